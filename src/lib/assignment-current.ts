/**
 * The assignment last opened on this device (`CURRENT_KEY`), in a module of its own with no zod:
 * the assignment bar (src/islands/assignment-bar.ts) reads it on every quiz page, and zod, about
 * 5 KB gzip even in its mini build, would not fit the quiz pages' 10 KB budget. The checks are
 * hand-written, like progress.ts's. src/lib/assignment-store.ts, which describes every key the
 * student page keeps, re-exports all of it.
 */
import { safely, type KeyValueStore } from './progress';

/** The assignment last opened on this device, for the bar on the pages it sends students to. */
export const CURRENT_KEY = 'sahel-assignment:current';

/** What `CURRENT_KEY` holds. */
export interface Current {
	/** The assignment's title, as the teacher wrote it. */
	title: string;
	/** The assignment's link, to lead back to it. */
	href: string;
	/** The slugs of its reading list. */
	read: string[];
	/** The slug of the page whose quiz it sets, when it sets one page's quiz. */
	quiz?: string;
}

/** Whether a value is what `CURRENT_KEY` holds. */
function isCurrent(value: unknown): value is Current {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const { title, href, read, quiz } = value as Record<string, unknown>;
	return (
		typeof title === 'string' &&
		typeof href === 'string' &&
		Array.isArray(read) &&
		read.every((slug) => typeof slug === 'string') &&
		(quiz === undefined || typeof quiz === 'string')
	);
}

/**
 * Read what `CURRENT_KEY` holds: the assignment, or `undefined` when the text is missing, not
 * JSON or not that shape. Never throws.
 * `parseCurrent('{"title":"Week 3","href":"…","read":["niger-coup"]}')` ⇒ the assignment;
 * `parseCurrent('{')` ⇒ `undefined`
 */
export function parseCurrent(text: string | null): Current | undefined {
	if (text === null) return undefined;
	const value = safely(() => JSON.parse(text) as unknown, undefined);
	return isCurrent(value) ? value : undefined;
}

/** The assignment last opened on this device, if one is kept and well-formed. Never throws. */
export const loadCurrent = (store: KeyValueStore): Current | undefined =>
	parseCurrent(safely(() => store.getItem(CURRENT_KEY), null));

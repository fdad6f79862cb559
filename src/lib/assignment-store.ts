/**
 * What the student page of an assignment (src/islands/tools/StudentAssignment.tsx) keeps in the
 * browser, beside the quiz answers that progress.ts keeps under the quiz's own key.
 *
 * Keys, and the text stored under each:
 * - `sahel-student-name`: the student's name as typed, plain text. One per device.
 * - `sahel-assignment:current`: the assignment last opened, as JSON
 *     { "title": "Week 3", "href": "<the assignment link>", "read": ["<slug>"], "quiz": "<slug>" }
 *   (`quiz` only when the quiz is one page's). The bar on the pages the reading list opens
 *   (src/islands/assignment-bar.ts) reads it to lead back to the assignment.
 * - `sahel-assignment:<id>:read`: the reading list's ticks, as JSON `["<slug>", …]`; `<id>` is
 *   the assignment's `assignmentId()`.
 * - `sahel-assignment:<id>:finished`: when the quiz was first finished, an ISO date-time, so a
 *   reload does not change the results code.
 * Stored text is parsed, not trusted: ticks that are not valid JSON or not a list of slugs are
 * removed with a notice, and a finish time that is not a date is forgotten. Nothing here throws,
 * whatever the storage holds or does (see `safely`).
 */
import * as z from 'zod/mini';
import { CURRENT_KEY, type Current } from './assignment-current';
import { safely, type KeyValueStore } from './progress';

/** The assignment last opened (`CURRENT_KEY`) has a zod-free module of its own, for the bar. */
export { CURRENT_KEY, loadCurrent, parseCurrent, type Current } from './assignment-current';

export const NAME_KEY = 'sahel-student-name';
const readKey = (id: number) => `sahel-assignment:${id}:read`;
const finishedKey = (id: number) => `sahel-assignment:${id}:finished`;

const TicksSchema = z.array(z.string());

const get = (store: KeyValueStore, key: string) => safely(() => store.getItem(key), null);
const set = (store: KeyValueStore, key: string, value: string) =>
	safely(() => store.setItem(key, value), undefined);
const remove = (store: KeyValueStore, key: string) =>
	safely(() => store.removeItem(key), undefined);

/** The student's name, or '' when none is kept. */
export const loadName = (store: KeyValueStore): string => get(store, NAME_KEY) ?? '';
export const saveName = (store: KeyValueStore, name: string) => set(store, NAME_KEY, name);

/** Remember the assignment just opened, for the bar on the reading pages. */
export const saveCurrent = (store: KeyValueStore, current: Current) =>
	set(store, CURRENT_KEY, JSON.stringify(current));

/**
 * The slugs ticked as read. A stored value that does not parse is removed and reported as
 * `corrupt`, so the page can say so rather than show ticks it cannot trust.
 * `loadTicks(store, 7)` ⇒ `{ read: ['niger-coup'] }`, or `{ read: [], notice: 'corrupt' }` for `"{"`
 */
export function loadTicks(
	store: KeyValueStore,
	id: number,
): { read: string[]; notice?: 'corrupt' } {
	const text = get(store, readKey(id));
	if (text === null) return { read: [] };
	const parsed = TicksSchema.safeParse(safely(() => JSON.parse(text) as unknown, undefined));
	if (parsed.success) return { read: parsed.data };
	remove(store, readKey(id));
	return { read: [], notice: 'corrupt' };
}
export const saveTicks = (store: KeyValueStore, id: number, read: string[]) =>
	set(store, readKey(id), JSON.stringify(read));

/** When the quiz was first finished, if a real date-time is kept. */
export function loadFinished(store: KeyValueStore, id: number): string | undefined {
	const text = get(store, finishedKey(id));
	return text && !Number.isNaN(Date.parse(text)) ? text : undefined;
}
/** Keep when the quiz was first finished, or forget it (`undefined`) when it is no longer finished. */
export const saveFinished = (store: KeyValueStore, id: number, at: string | undefined) =>
	at ? set(store, finishedKey(id), at) : remove(store, finishedKey(id));

/** Forget this student: name, ticks and finish time (the quiz's answers are progress.ts's). */
export function forgetStudent(store: KeyValueStore, id: number): void {
	for (const key of [NAME_KEY, readKey(id), finishedKey(id)]) remove(store, key);
}

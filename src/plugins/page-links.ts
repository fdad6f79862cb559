/**
 * Links between the site's pages: a French page's links go to the French pages, a link written
 * `/timeline/#id` goes to the event on its period's page (the timeline is one page per period),
 * and the first mention of a timeline event's full date can link there too (see time-dates.ts).
 * One of the jobs remark-explainer.ts composes.
 */
import { localePath } from '../i18n/lang';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { timelineHref } from '../lib/timeline';

/**
 * A timeline event: the first mention of its full date links to the event on its period's page,
 * `/timeline/<period>/#id`; a link written as `/timeline/#id` is sent there too.
 */
export interface TimelineTarget {
	id: string;
	date: string | number;
}

/** The timeline's addresses: the first event of each date, by date; every event's page, by id. */
export function timelineAddresses(timeline: TimelineTarget[]) {
	const events = new Map<string, string>();
	const eventHrefs = new Map<string, string>();
	for (const event of timeline) {
		const href = timelineHref(event);
		eventHrefs.set(event.id, href);
		if (!events.has(String(event.date))) events.set(String(event.date), href);
	}
	return { events, eventHrefs };
}

/** The timeline's addresses, as `timelineAddresses` gives them. */
export type TimelineAddresses = ReturnType<typeof timelineAddresses>;

/**
 * Point the page's links at the right pages: its edition's (`prefix` is `''` or `/fr`), and for
 * `/timeline/#id`, the event's period page. French pages' typography is set after the build (see
 * src/integrations/french-typography.ts).
 */
export function pageLinks(tree: Root, { eventHrefs }: TimelineAddresses, prefix: string): void {
	if (prefix === '/fr') {
		visit(tree, 'link', (node) => {
			node.url = localePath(node.url, 'fr');
		});
	}

	visit(tree, 'link', (node) => {
		const id = /^(?:\/fr)?\/timeline\/#(.+)$/.exec(node.url)?.[1];
		const href = id && eventHrefs.get(id);
		if (href) node.url = `${prefix}${href}`;
	});
}

/**
 * What a page's dates link to: the first mention of a date that is an event's links to the
 * event, later ones to nothing. One linker per page.
 */
export function dateLinker({ events }: TimelineAddresses, prefix: string) {
	const linkedDates = new Set<string>();
	return (iso: string): string | undefined => {
		const href = events.get(iso);
		if (!href || linkedDates.has(iso)) return undefined;
		linkedDates.add(iso);
		return `${prefix}${href}`;
	};
}

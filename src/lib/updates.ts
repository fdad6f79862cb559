/**
 * Choosing what a returning reader sees in "What's new on this page". A reader who comes back
 * wants what changed since the page's previous revision: the entries published with its latest
 * revision (all entries that share the newest date), corrections first (what they may have
 * learnt wrong matters most), up to a limit that keeps the box short on a phone (three); the
 * rest are one link away, on the updates page.
 */

/** What the box shows: the latest revision's date, its entries, and how many are left out. */
export interface WhatsNew<T> {
	/** The date of the latest revision, or undefined when the page has no entries. */
	date?: string;
	/** The entries published with that revision, corrections first, at most `limit`. */
	shown: T[];
	/** How many of the page's entries are not shown (older revisions, or over the limit). */
	more: number;
}

/**
 * `entries` are one page's changelog entries, newest first.
 * `whatsNew([{ date: '2026-12-04' }, { date: '2026-12-04', kind: 'correction' }, { date: '2026-11-26' }])`
 * ⇒ `{ date: '2026-12-04', shown: [the correction, then the first], more: 1 }`
 */
export function whatsNew<T extends { date: string; kind?: string }>(
	entries: T[],
	limit = 3,
): WhatsNew<T> {
	const date = entries[0]?.date;
	const latest = entries.filter((entry) => entry.date === date);
	const shown = [
		...latest.filter((entry) => entry.kind === 'correction'),
		...latest.filter((entry) => entry.kind !== 'correction'),
	].slice(0, limit);
	return { date, shown, more: entries.length - shown.length };
}

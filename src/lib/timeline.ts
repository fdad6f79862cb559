/** Grouping the timeline into periods, so a long list of events reads as a story. */
import { isNonEmpty, type NonEmpty } from './non-empty';

/** The periods' ids, oldest first: the interface strings name each one. */
export const periodIds = [
	'independence-to-2011',
	'sahel-war',
	'the-coup',
	'the-break',
	'the-confederation',
] as const;
export type PeriodId = (typeof periodIds)[number];

/** A period of the story: events dated on or after `from` (and before the next period). */
export interface Period {
	id: PeriodId;
	/** First date in the period, `YYYY-MM-DD`. */
	from: string;
}

/** The periods the timeline page uses, oldest first. Labels live in the interface strings. */
export const periods: readonly [Period, ...Period[]] = [
	{ id: 'independence-to-2011', from: '0000-01-01' },
	{ id: 'sahel-war', from: '2012-01-01' },
	{ id: 'the-coup', from: '2023-07-26' },
	{ id: 'the-break', from: '2023-09-01' },
	{ id: 'the-confederation', from: '2025-01-01' },
];

/**
 * Pad a partial date so that it sorts and compares with full ones: `1960` ⇒ `1960-00-00`,
 * `2023-07` ⇒ `2023-07-00` (before any day of that month).
 */
export function sortableDate(date: string): string {
	return `${date}-00-00`.slice(0, 10);
}

/** The period a date falls in: the last one that starts on or before it. */
export function periodOf(date: string): Period {
	const day = sortableDate(date);
	return periods.findLast((period) => period.from <= day) ?? periods[0];
}

/**
 * Where an event is shown: each period has its own page, and the event's id is its anchor there.
 * `timelineHref({ id: 'coup', date: '2023-07-26' })` ⇒ `/timeline/the-coup/#coup`.
 */
export function timelineHref(event: { id: string; date: string | number }): string {
	return `/timeline/${periodOf(String(event.date)).id}/#${event.id}`;
}

/**
 * Sort events into their periods, keeping their order. Periods without events are dropped.
 * `groupByPeriod([{ date: '1960-08-03' }, { date: '2023-07-26' }])` ⇒ two groups.
 */
export function groupByPeriod<T extends { date: string }>(
	events: readonly T[],
): { period: Period; events: NonEmpty<T> }[] {
	return periods.flatMap((period, i) => {
		const next = periods[i + 1]?.from ?? '9999-99-99';
		const inPeriod = events.filter(
			(event) => sortableDate(event.date) >= period.from && sortableDate(event.date) < next,
		);
		return isNonEmpty(inPeriod) ? [{ period, events: inPeriod }] : [];
	});
}

/** Ids of events dated earlier than the event before them: the file must be in date order. */
export function findOutOfOrder(events: readonly { id: string; date: string }[]): string[] {
	return events
		.filter((event, i) => {
			const before = events[i - 1];
			return before !== undefined && sortableDate(event.date) < sortableDate(before.date);
		})
		.map((event) => event.id);
}

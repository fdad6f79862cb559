import { describe, expect, test } from 'vitest';
import {
	findOutOfOrder,
	groupByPeriod,
	periodOf,
	sortableDate,
	timelineHref,
} from '../../src/lib/timeline';

describe('sortableDate', () => {
	test('puts a year or a month before the days it contains', () => {
		expect(sortableDate('1960')).toBe('1960-00-00');
		expect(sortableDate('2023-07')).toBe('2023-07-00');
		expect(sortableDate('2023-07-26')).toBe('2023-07-26');
		expect(sortableDate('2023-07') < sortableDate('2023-07-01')).toBe(true);
	});
});

describe('groupByPeriod', () => {
	test('sorts events into their periods and drops empty periods', () => {
		const groups = groupByPeriod([
			{ date: '1960-08-03' },
			{ date: '2023-07-25' },
			{ date: '2023-07-26' },
			{ date: '2023-08-31' },
			{ date: '2023-09-01' },
			{ date: '2026-01' },
		]);
		expect(
			groups.map((group) => [group.period.id, group.events.map((event) => event.date)]),
		).toEqual([
			['independence-to-2011', ['1960-08-03']],
			['sahel-war', ['2023-07-25']],
			['the-coup', ['2023-07-26', '2023-08-31']],
			['the-break', ['2023-09-01']],
			['the-confederation', ['2026-01']],
		]);
	});
});

describe('periodOf and timelineHref', () => {
	test('place an event on the page of the period its date falls in', () => {
		expect(periodOf('1960').id).toBe('independence-to-2011');
		expect(periodOf('2023-07-25').id).toBe('sahel-war');
		expect(periodOf('2023-07-26').id).toBe('the-coup');
		expect(periodOf('2023-09-01').id).toBe('the-break');
		expect(periodOf('2023-09').id).toBe('the-coup');
		expect(periodOf('2026-08-14').id).toBe('the-confederation');
		expect(timelineHref({ id: 'coup', date: '2023-07-26' })).toBe('/timeline/the-coup/#coup');
		expect(timelineHref({ id: 'old', date: 1974 })).toBe('/timeline/independence-to-2011/#old');
	});
});

describe('findOutOfOrder', () => {
	test('names each event dated before the one above it', () => {
		expect(
			findOutOfOrder([
				{ id: 'a', date: '2021-04-02' },
				{ id: 'b', date: '2021-04' },
				{ id: 'c', date: '2021-05' },
			]),
		).toEqual(['b']);
		expect(
			findOutOfOrder([
				{ id: 'a', date: '1960' },
				{ id: 'b', date: '1960-08-03' },
			]),
		).toEqual([]);
	});
});

import { describe, expect, test } from 'vitest';
import { formatDate, isCalendarDate, toIsoDate } from '../../src/lib/dates';

describe('isCalendarDate', () => {
	test.each([
		['2023-07-26', true],
		['2024-02-29', true],
		['2023-02-29', false],
		['2023-13-01', false],
		['2023-7-26', false],
		['26 July 2023', false],
	])('%s ⇒ %s', (input, expected) => {
		expect(isCalendarDate(input)).toBe(expected);
	});
});

describe('formatDate', () => {
	test.each([
		['2023-07-26', '26 July 2023'],
		['2025-01-09', '9 January 2025'],
		['2023-07', 'July 2023'],
		['1960', '1960'],
	])('writes %s as %s', (input, expected) => {
		expect(formatDate(input)).toBe(expected);
	});
});

describe('toIsoDate', () => {
	test('turns a written day, month and year into ISO form', () => {
		expect(toIsoDate('26', 'July', '2023')).toBe('2023-07-26');
		expect(toIsoDate('3', 'August', '1960')).toBe('1960-08-03');
	});
	test('gives a month when there is no day', () => {
		expect(toIsoDate(undefined, 'December', '2025')).toBe('2025-12');
	});
	test('refuses a day that the month does not have, and an unknown month', () => {
		expect(toIsoDate('31', 'June', '2024')).toBeUndefined();
		expect(toIsoDate('1', 'Juillet', '2024')).toBeUndefined();
	});
});

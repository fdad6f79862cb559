import { describe, expect, test } from 'vitest';
import { formatFigure } from '../../src/lib/figures';
import { whatsNew } from '../../src/lib/updates';

describe('formatFigure', () => {
	test.each([
		[1267000, {}, '1,267,000'],
		[2781392, {}, '2,781,392'],
		[27000000, { compact: true }, '27 million'],
		[71375590, { compact: true }, '71.4 million'],
		[188, { ordinal: true }, '188th'],
		[1, { ordinal: true }, '1st'],
		[22, { ordinal: true }, '22nd'],
		[103, { ordinal: true }, '103rd'],
		[113, { ordinal: true }, '113th'],
	])('%d with %o ⇒ %s', (value, options, expected) => {
		expect(formatFigure(value, options)).toBe(expected);
	});
});

describe('whatsNew', () => {
	const entry = (id: string, date: string) => ({ id, date });
	test('shows the entries of the latest revision and counts the rest', () => {
		const result = whatsNew([
			entry('a', '2026-12-04'),
			entry('b', '2026-12-04'),
			entry('c', '2026-11-26'),
		]);
		expect(result.date).toBe('2026-12-04');
		expect(result.shown.map((e) => e.id)).toEqual(['a', 'b']);
		expect(result.more).toBe(1);
	});
	test('puts corrections first and caps the box at three', () => {
		const result = whatsNew([
			{ id: 'a', date: '2026-12-04', kind: 'update' },
			{ id: 'b', date: '2026-12-04', kind: 'addition' },
			{ id: 'c', date: '2026-12-04', kind: 'correction' },
			{ id: 'd', date: '2026-12-04', kind: 'update' },
		]);
		expect(result.shown.map((e) => e.id)).toEqual(['c', 'a', 'b']);
		expect(result.more).toBe(1);
	});
	test('caps a large revision at the limit', () => {
		const entries = ['a', 'b', 'c', 'd'].map((id) => entry(id, '2026-12-04'));
		const result = whatsNew(entries, 3);
		expect(result.shown).toHaveLength(3);
		expect(result.more).toBe(1);
	});
	test('a page without entries shows nothing', () => {
		expect(whatsNew([])).toEqual({ date: undefined, shown: [], more: 0 });
	});
});

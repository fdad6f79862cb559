import { describe, expect, test } from 'vitest';
import { encodeResults } from '../../src/lib/results-code';
import { readResults, toCsv } from '../../src/lib/results-table';

const code = (name: string, right: boolean[], assignment = 42) =>
	encodeResults({ assignment, name, right, finishedAt: '2026-11-26T09:30:00Z' });

describe('readResults', () => {
	const awa = code('Awa', [true, true, false]);
	const musa = code('Musa "M" Ali', [false, true, false]);

	test('reads the codes of one assignment into rows, with the share right per question', () => {
		const table = readResults(`From Awa: ${awa}\n${musa}`, 42, 3);
		expect(table.problems).toEqual([]);
		expect(table.rows.map((row) => [row.name, row.score, row.line])).toEqual([
			['Awa', 2, 1],
			['Musa "M" Ali', 1, 2],
		]);
		expect(table.shareRight).toEqual([50, 100, 0]);
	});

	test('reports each bad line on its own: mistyped, another assignment, duplicate, wrong length', () => {
		const mistyped = awa.slice(0, 8) + (awa[8] === 'Z' ? 'Y' : 'Z') + awa.slice(9);
		const pasted = [
			awa,
			mistyped,
			code('Bintou', [true, true, true], 7),
			code('awa', [false, false, false]),
			code('Sani', [true]),
		].join('\n');
		const table = readResults(pasted, 42, 3);
		expect(table.rows.map((row) => row.name)).toEqual(['Awa']);
		expect(table.problems.map(({ line, problem }) => [line, problem])).toEqual([
			[2, 'checksum'],
			[3, 'other'],
			[4, 'duplicate'],
			[5, 'length'],
		]);
	});

	test('finds nothing in text without codes', () => {
		expect(readResults('Hello, no code here.', 42, 3)).toEqual({
			rows: [],
			problems: [],
			shareRight: [0, 0, 0],
		});
	});
});

describe('toCsv', () => {
	test('writes a row per student and the share right, quoting where needed', () => {
		const table = readResults(
			`${code('Awa', [true, true, false])}\n${code('Musa "M" Ali', [false, true, false])}`,
			42,
			3,
		);
		expect(toCsv(table, ['Q1', 'Q2', 'Q3'])).toBe(
			[
				'Name,Score,Out of,Q1,Q2,Q3,Finished (UTC)',
				'Awa,2,3,1,1,0,2026-11-26T09:30:00.000Z',
				'"Musa ""M"" Ali",1,3,0,1,0,2026-11-26T09:30:00.000Z',
				'Share right (%),,,50,100,0,',
				'',
			].join('\r\n'),
		);
	});
});

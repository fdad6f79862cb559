import { describe, expect, test } from 'vitest';
import { encodeResults } from '../../src/lib/results-code';
import { csvFileName, readResults, senderOf, toCsv } from '../../src/lib/results-table';
import { toolsUi } from '../../src/i18n/tools';
import { toolsUi as toolsFr } from '../../src/i18n/tools.fr';
import { parseCsv } from '../support/csv';

const code = (name: string, right: boolean[], assignment = 42, read: boolean[] = [true, false]) =>
	encodeResults({ assignment, name, right, read, finishedAt: '2026-11-26T09:30:00Z' });

describe('readResults', () => {
	const awa = code('Awa', [true, true, false]);
	const musa = code('Musa "M" Ali', [false, true, false], 42, [true, true]);

	test('reads the codes of one assignment into rows, with the share right per question', () => {
		const table = readResults(`From Awa: ${awa}\n${musa}`, 42, 3, 2);
		expect(table.problems).toEqual([]);
		expect(table.noCode).toEqual([]);
		expect(table.rows.map((row) => [row.name, row.score, row.line, row.read])).toEqual([
			['Awa', 2, 1, [true, false]],
			['Musa "M" Ali', 1, 2, [true, true]],
		]);
		expect(table.shareRight).toEqual([50, 100, 0]);
	});

	test('reports each bad line with its number, whose it is, the whole code and why', () => {
		const mistyped = awa.slice(0, 14) + (awa[14] === 'Z' ? 'Y' : 'Z') + awa.slice(15);
		const pasted = [
			awa,
			`Aïcha: here is my code ${mistyped} thanks!`,
			code('Bintou', [true, true, true], 7),
			code('awa', [false, false, false]),
			code('Sani', [true]),
			'Hello teacher, I lost my code',
			'',
			`${code('Kofi', [true, true, true], 42, [true])}`,
		].join('\n');
		const table = readResults(pasted, 42, 3, 2);
		expect(table.rows.map((row) => row.name)).toEqual(['Awa']);
		expect(table.problems.map(({ line, problem, name }) => [line, problem, name])).toEqual([
			[2, 'checksum', 'Aïcha'],
			[3, 'other', 'Bintou'],
			[4, 'duplicate', 'awa'],
			[5, 'length', 'Sani'],
			[8, 'length', 'Kofi'],
		]);
		// The whole code, not its first characters (the same for every student of the class).
		expect(table.problems[0]!.code).toBe(mistyped);
		expect(table.noCode).toEqual([{ line: 6, text: 'Hello teacher, I lost my code' }]);
	});

	test('names the student of a mistyped code from the code itself when the line does not', () => {
		const mistyped = awa.slice(0, 14) + (awa[14] === 'Z' ? 'Y' : 'Z') + awa.slice(15);
		expect(readResults(mistyped, 42, 3, 2).problems).toEqual([
			{ line: 1, code: mistyped, problem: 'checksum', name: 'Awa' },
		]);
	});

	test('finds nothing in text without codes, and says which lines it read', () => {
		expect(readResults('Hello, no code here.', 42, 3)).toEqual({
			rows: [],
			problems: [],
			noCode: [{ line: 1, text: 'Hello, no code here.' }],
			shareRight: [0, 0, 0],
		});
	});

	test.each([
		['Aïcha: here is my code', 'Aïcha'],
		['[04/12/2026, 10:42] Aïcha Diallo: ', 'Aïcha Diallo'],
		['04/12/2026 10:42 - Moussa: ', 'Moussa'],
		['From Awa: ', 'Awa'],
		['Awa Diallo\t', 'Awa Diallo'],
		['here is my code ', undefined],
		['https://x.org: ', undefined],
	])('reads the sender of %j', (text, name) => {
		expect(senderOf(text)).toBe(name);
	});
});

describe('toCsv', () => {
	const table = readResults(
		[
			code('Aïcha', [true, true, false]),
			code('Musa "M" Ali', [false, true, false], 42, [true, true]),
			code('Diallo; Awa', [true, true, true]),
			code('=1+2', [false, false, false]),
		].join('\n'),
		42,
		3,
		2,
	);
	const options = {
		questions: ['Who led the coup?', 'True or false: "ECOWAS", a bloc', 'Order these,\nplease'],
		pages: ['The coup in Niger', 'ECOWAS; the bloc'],
		labels: toolsUi.csv,
	};

	test('starts with a byte-order mark and writes comma-separated rows for Excel in English', () => {
		const csv = toCsv(table, { ...options, delimiter: ',' });
		const bytes = new TextEncoder().encode(csv);
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(csv.slice(1).split('\r\n')[0]).toBe(
			'Name,Score,Out of,Pages read,Read: The coup in Niger,Read: ECOWAS; the bloc,Q1: Who led the coup?,"Q2: True or false: ""ECOWAS"", a bloc","Q3: Order these,\nplease",Finished (UTC)',
		);
		expect(parseCsv(csv, ',')).toEqual([
			[
				'Name',
				'Score',
				'Out of',
				'Pages read',
				'Read: The coup in Niger',
				'Read: ECOWAS; the bloc',
				'Q1: Who led the coup?',
				'Q2: True or false: "ECOWAS", a bloc',
				'Q3: Order these,\nplease',
				'Finished (UTC)',
			],
			['Aïcha', '2', '3', '1', '1', '0', '1', '1', '0', '2026-11-26 09:30'],
			['Musa "M" Ali', '1', '3', '2', '1', '1', '0', '1', '0', '2026-11-26 09:30'],
			['Diallo; Awa', '3', '3', '1', '1', '0', '1', '1', '1', '2026-11-26 09:30'],
			["'=1+2", '0', '3', '1', '1', '0', '0', '0', '0', '2026-11-26 09:30'],
			['Share right (%)', '', '', '', '', '', '50', '75', '25', ''],
		]);
	});

	test('writes semicolon-separated rows for Excel in French, quoting fields that hold one', () => {
		const csv = toCsv(table, { ...options, delimiter: ';' });
		const lines = csv.slice(1).split('\r\n');
		expect(
			lines[0]!.startsWith(
				'Name;Score;Out of;Pages read;Read: The coup in Niger;"Read: ECOWAS; the bloc";',
			),
		).toBe(true);
		expect(csv).toContain('\r\n"Diallo; Awa";3;3;');
		// A comma needs no quotes here.
		expect(csv).toContain(';"Q2: True or false: ""ECOWAS"", a bloc";');
		const rows = parseCsv(csv, ';');
		expect(rows[1]![0]).toBe('Aïcha');
		expect(rows[3]![0]).toBe('Diallo; Awa');
		expect(rows.every((row) => row.length === 10)).toBe(true);
	});

	test('leaves the pages read empty for a version 1 code, and drops the columns with no pages', () => {
		const noPages = readResults(code('Awa', [true, false, true], 42, []), 42, 3, 0);
		expect(
			parseCsv(
				toCsv(noPages, {
					delimiter: ',',
					questions: ['a', 'b', 'c'],
					pages: [],
					labels: toolsUi.csv,
				}),
				',',
			)[0],
		).toEqual(['Name', 'Score', 'Out of', 'Q1: a', 'Q2: b', 'Q3: c', 'Finished (UTC)']);
		const v1 = { ...table, rows: [{ ...table.rows[0]!, read: undefined }] };
		expect(parseCsv(toCsv(v1, { ...options, delimiter: ',' }), ',')[1]!.slice(0, 6)).toEqual([
			'Aïcha',
			'2',
			'3',
			'',
			'',
			'',
		]);
	});
});

describe('csvFileName', () => {
	test.each([
		[
			'Niger : semaine 3 — le coup d’État',
			'2026-12-04',
			'Niger-semaine-3-le-coup-d-Etat-results-2026-12-04.csv',
		],
		['../../etc/passwd', '2026-12-04', 'etc-passwd-results-2026-12-04.csv'],
		['<>:"/\\|?*', '2026-12-04', 'results-2026-12-04.csv'],
		['A'.repeat(100), '2026-12-04', `${'A'.repeat(60)}-results-2026-12-04.csv`],
	])('%j on %s ⇒ %s', (title, date, name) => {
		expect(csvFileName(title, date)).toBe(name);
	});
});

test('a French teacher gets French headings and a French file name', () => {
	const csv = toCsv(readResults('', 1, 1, 1), {
		delimiter: ';',
		questions: ['Qui ?'],
		pages: ['Le coup'],
		labels: toolsFr.csv,
	});
	expect(csv.split('\r\n')[0]).toBe(
		'\uFEFFNom;Score;Sur;Pages lues;Lu : Le coup;Q1 : Qui ?;Terminé (UTC)',
	);
	expect(csvFileName('Niger : semaine 3', '2026-12-05', toolsFr.csv.file)).toBe(
		'Niger-semaine-3-resultats-2026-12-05.csv',
	);
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	assignmentId,
	decodeAssignment,
	encodeAssignment,
	questionIdsOf,
	type Assignment,
} from '../../src/lib/assignment';
import { crc16, decodeBase32, encodeBase32, hash32 } from '../../src/lib/base32';
import { encodeV1 } from '../support/results-v1';
import {
	decodeResults,
	encodeResults,
	findCodes,
	nameInCode,
	type Results,
} from '../../src/lib/results-code';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const assignment: Assignment = {
	v: 1,
	title: 'Niger : semaine 3 — le coup d’État',
	class: 'Form 4B',
	due: '2026-12-04',
	read: ['niger-coup', 'ecowas'],
	quiz: { kind: 'page', page: 'niger-coup' },
};
const results: Results = {
	assignment: assignmentId(assignment),
	name: 'Aïssatou Ndiaye',
	right: [true, false, true, true, false, true, true, true, false, true],
	read: [true, false],
	finishedAt: '2026-11-26T10:42:00.000Z',
};

describe('base32', () => {
	test('round-trips bytes and reads the look-alike letters as digits', () => {
		const bytes = new Uint8Array([0, 1, 2, 250, 255, 128]);
		expect(decodeBase32(encodeBase32(bytes))).toEqual(bytes);
		expect(encodeBase32(new Uint8Array([255]))).toBe('ZW');
		expect(decodeBase32('zw')).toEqual(new Uint8Array([255]));
		expect(decodeBase32('O1')).toEqual(decodeBase32('01'));
		expect(decodeBase32('U0')).toBeUndefined();
	});
	test('hash32 is 32-bit FNV-1a: the standard value for "a", and the same bytes give the same hash', () => {
		expect(hash32(new TextEncoder().encode('a'))).toBe(0xe40c292c);
		expect(hash32(new Uint8Array([1, 2, 3]))).toBe(hash32(new Uint8Array([1, 2, 3])));
		expect(hash32(new Uint8Array([1, 2, 3]))).not.toBe(hash32(new Uint8Array([1, 2, 4])));
	});
	test('CRC-16/CCITT-FALSE gives the standard check value', () => {
		expect(crc16(new TextEncoder().encode('123456789'))).toBe(0x29b1);
	});
});

describe('assignment links', () => {
	test('round-trip, Unicode included', () => {
		const decoded = decodeAssignment(
			`https://sahel-explained.org/assignment/#${encodeAssignment(assignment)}`,
		);
		expect(decoded).toEqual({ ok: true, assignment });
	});
	test('give the same identity to the same assignment, and another to a changed one', () => {
		expect(assignmentId({ ...assignment })).toBe(assignmentId(assignment));
		expect(assignmentId({ ...assignment, title: 'Another title' })).not.toBe(
			assignmentId(assignment),
		);
	});
	test.each([
		['no fragment', 'https://sahel-explained.org/assignment/', 'missing'],
		['a truncated link', `#${encodeAssignment(assignment).slice(0, 30)}`, 'malformed'],
		['text that is not base64url JSON', '#a=bm90IGpzb24', 'malformed'],
		['a link from a newer version', `#a=${btoa(JSON.stringify({ v: 2, title: 'x' }))}`, 'newer'],
		[
			'a link missing its quiz',
			`#a=${btoa(JSON.stringify({ v: 1, title: 'x', read: [] }))}`,
			'invalid',
		],
	])('explain %s instead of failing', (_, link, problem) => {
		expect(decodeAssignment(link)).toEqual({ ok: false, problem });
	});
});

describe('results codes', () => {
	test('round-trip the assignment, name, answers and time, grouped in fours', () => {
		const code = encodeResults(results);
		expect(code).toMatch(/^SE(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
		expect(decodeResults(code)).toEqual({ ok: true, results });
		expect(decodeResults(code.toLowerCase().replace(/-/g, ' '))).toEqual({ ok: true, results });
	});

	test('cut a long name to 40 bytes without breaking a character', () => {
		const decoded = decodeResults(encodeResults({ ...results, name: 'É'.repeat(30) }));
		expect(decoded.ok && decoded.results.name).toBe('É'.repeat(20));
	});

	test('catch every single-character change, at every position', () => {
		const code = encodeResults(results);
		let changes = 0;
		for (let i = 0; i < code.length; i++) {
			if (code[i] === '-' || i < 2) continue;
			for (const symbol of ALPHABET) {
				if (symbol === code[i]) continue;
				const changed = code.slice(0, i) + symbol + code.slice(i + 1);
				changes++;
				expect(decodeResults(changed).ok, `changing position ${i} to ${symbol}`).toBe(false);
			}
		}
		expect(changes).toBeGreaterThan(500);
	});

	test('report a dropped character and an empty or foreign string', () => {
		const code = encodeResults(results);
		expect(decodeResults(code.slice(0, -1))).toMatchObject({ ok: false });
		expect(decodeResults('')).toEqual({ ok: false, problem: 'empty' });
		expect(decodeResults('SE-HELLO-WORLD!')).toEqual({ ok: false, problem: 'characters' });
	});

	test('are found in pasted text with their line numbers', () => {
		const code = encodeResults(results);
		expect(
			findCodes(`Dear teacher,\nhere is mine: ${code} thanks\n\nSE-1234-5678`).map(
				({ line, code, decoded }) => [line, code, decoded.ok],
			),
		).toEqual([[2, code, true]]);
	});

	test('still read a version 1 code (no reading part), with the reading left unknown', () => {
		const { read, ...v1 } = results;
		expect(read).toBeDefined();
		const code = encodeV1(v1);
		// Version 1 in the first byte: the second character is 4 to 7 (version 2 gives 8 to B).
		expect(code).toMatch(/^SE-0[4-7]/);
		expect(decodeResults(code)).toEqual({ ok: true, results: v1 });
		expect(findCodes(`Awa: ${code.toLowerCase()}`)[0]!.decoded).toEqual({ ok: true, results: v1 });
	});

	test('report a code of a newer version as newer, not as mistyped', () => {
		const body = new Uint8Array([3, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
		const crc = crc16(body);
		const code = `SE-${encodeBase32(new Uint8Array([...body, crc >> 8, crc & 255]))}`;
		expect(decodeResults(code)).toEqual({ ok: false, problem: 'newer' });
		expect(findCodes(`${code} thanks`)).toMatchObject([
			{ code, decoded: { ok: false, problem: 'newer' } },
		]);
	});
});

describe('codes as people write them', () => {
	const code = encodeResults(results);
	const other = encodeResults({ ...results, name: 'Musa', right: Array(10).fill(true) });
	const bare = code.slice(3).replace(/-/g, '');
	/** Change one character (not a hyphen, not the prefix) to another of the alphabet. */
	const typo = (text: string, at: number) =>
		text.slice(0, at) + (text[at] === 'Z' ? 'Y' : 'Z') + text.slice(at + 1);
	const musa = decodeResults(other);
	const cases: [string, string, { code: string; ok: boolean; musa?: true; problem?: string }[]][] =
		[
			['as printed', code, [{ code, ok: true }]],
			['in lower case', code.toLowerCase(), [{ code: code.toLowerCase(), ok: true }]],
			[
				'with spaces for hyphens, upper case',
				code.replace(/-/g, ' '),
				[{ code: code.replace(/-/g, ' '), ok: true }],
			],
			[
				'with spaces, lower case',
				code.replace(/-/g, ' ').toLowerCase(),
				[{ code: code.replace(/-/g, ' ').toLowerCase(), ok: true }],
			],
			['with no separators', `SE${bare}`, [{ code: `SE${bare}`, ok: true }]],
			[
				'with no separators, lower case',
				`se${bare}`.toLowerCase(),
				[{ code: `se${bare}`.toLowerCase(), ok: true }],
			],
			[
				'with double spaces and a dash a phone made',
				code.replace(/-/g, '  ').replace('  ', ' – '),
				[{ code: code.replace(/-/g, '  ').replace('  ', ' – '), ok: true }],
			],
			[
				'with O for 0 and I or L for 1',
				code.replace(/0/g, 'O').replace(/1/, 'I').replace(/1/g, 'l'),
				[{ code: code.replace(/0/g, 'O').replace(/1/, 'I').replace(/1/g, 'l'), ok: true }],
			],
			['without its SE', code.slice(3), [{ code: code.slice(3), ok: true }]],
			[
				'in a pasted chat message',
				`Aïcha: here is my code ${code.toLowerCase().replace(/-/g, ' ')}  thanks!`,
				[{ code: code.toLowerCase().replace(/-/g, ' '), ok: true }],
			],
			[
				'in a WhatsApp export line',
				`[04/12/2026, 10:42] Aïssatou Ndiaye: ${code}`,
				[{ code, ok: true }],
			],
			[
				'two on one line',
				`${code} ${other}`,
				[
					{ code, ok: true },
					{ code: other, ok: true, musa: true },
				],
			],
			[
				'two on one line with nothing between',
				`${code}${other}`.replace(/-/g, ''),
				[
					{ code: code.replace(/-/g, ''), ok: true },
					{ code: other.replace(/-/g, ''), ok: true, musa: true },
				],
			],
			[
				'mistyped',
				`Aïcha: ${typo(code, 14)} thanks`,
				[{ code: typo(code, 14), ok: false, problem: 'checksum' }],
			],
			[
				'cut short',
				code.slice(0, 24),
				[{ code: code.slice(0, 24), ok: false, problem: 'truncated' }],
			],
		];
	test.each(cases)('%s', (_, text, expected) => {
		const found = findCodes(text);
		expect(found.map((f) => f.code)).toEqual(expected.map((e) => e.code));
		found.forEach((f, i) => {
			const want = expected[i]!;
			if (want.ok) expect(f.decoded).toEqual(want.musa ? musa : { ok: true, results });
			else expect(f.decoded).toEqual({ ok: false, problem: want.problem });
		});
	});

	test.each([
		'Se rappeler de faire le devoir pour lundi',
		'Send me 0 points at 10:05, see you',
		'SEO 0 and SE-HELLO',
		'Thanks, 0800 is my phone',
	])('find no code in ordinary text: %s', (text) => {
		expect(findCodes(text)).toEqual([]);
	});

	test('reads the name inside a mistyped code, so the teacher can tell whose it is', () => {
		const mistyped = typo(code, 14);
		expect(decodeResults(mistyped).ok).toBe(false);
		expect(nameInCode(mistyped)).toBe(results.name);
		expect(nameInCode('SE-HELLO')).toBeUndefined();
	});
});

describe('the decoders, given anything', () => {
	const code = encodeResults(results);
	const link = encodeAssignment(assignment);
	/** Random strings, and real codes and links with random edits. */
	const mutated = (base: string) =>
		fc
			.tuple(fc.nat({ max: base.length }), fc.nat({ max: 5 }), fc.string({ maxLength: 6 }))
			.map(([at, cut, insert]) => base.slice(0, at) + insert + base.slice(at + cut));
	const anything = fc.oneof(
		fc.string({ maxLength: 80 }),
		fc.string({ unit: 'binary', maxLength: 60 }),
		mutated(code),
		mutated(`#${link}`),
	);

	test('never throw, over 10,000 random and mutated strings', () => {
		fc.assert(
			fc.property(anything, (text) => {
				const a = decodeResults(text);
				const b = decodeAssignment(text);
				return typeof a.ok === 'boolean' && typeof b.ok === 'boolean';
			}),
			{ numRuns: 10_000, seed: 20261126 },
		);
	});
});

describe('questionIdsOf', () => {
	const quizzes = { 'niger-coup': ['nc-1', 'nc-2'], ecowas: ['ec-1'], final: ['nc-2', 'ec-1'] };
	const base = { v: 1 as const, title: 'T', read: [] };
	test('resolves a page quiz, the final quiz and hand-picked questions', () => {
		expect(questionIdsOf({ ...base, quiz: { kind: 'page', page: 'ecowas' } }, quizzes)).toEqual([
			'ec-1',
		]);
		expect(questionIdsOf({ ...base, quiz: { kind: 'final' } }, quizzes)).toEqual(['nc-2', 'ec-1']);
		expect(
			questionIdsOf({ ...base, quiz: { kind: 'picks', ids: ['ec-1', 'nc-1'] } }, quizzes),
		).toEqual(['ec-1', 'nc-1']);
	});
	test('finds an outdated link: a page or question that no longer exists', () => {
		expect(
			questionIdsOf({ ...base, quiz: { kind: 'page', page: 'gone' } }, quizzes),
		).toBeUndefined();
		expect(
			questionIdsOf({ ...base, quiz: { kind: 'picks', ids: ['ec-1', 'gone'] } }, quizzes),
		).toBeUndefined();
	});
});

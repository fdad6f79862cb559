/**
 * Results codes: what a student hands in at the end of an assignment — a short text they can copy,
 * email or read aloud, such as `SE-1A2B-3C4D-…`. It holds, in bytes, then Crockford base32:
 *
 *   version (1) · assignment id (4) · finished, minutes since 2020-01-01 UTC (4) ·
 *   number of questions n (1) · which were right, one bit each (⌈n/8⌉) ·
 *   name length (1) · name, UTF-8 (≤ 40) · CRC-16 of everything before it (2)
 *
 * The score is the number of right answers, so it is not stored twice. The CRC catches any
 * single mistyped character (a change confined to 5 bits), and decoding refuses a code whose
 * text is not exactly what its bytes encode to, so even a change in the last character's spare
 * bits is caught. Codes are for classroom convenience, not exam security: anyone who reads this
 * file can forge one.
 */
import { crc16, decodeBase32, encodeBase32 } from './base32';

/** What a results code says. */
export interface Results {
	/** The identity of the assignment (see `assignmentId`). */
	assignment: number;
	/** The name the student typed. */
	name: string;
	/** Right (true) or wrong (false), per question in the assignment's order. */
	right: boolean[];
	/** When the quiz was finished, to the minute, as an ISO string. */
	finishedAt: string;
}

/** Why a code could not be read. */
export type CodeProblem = 'empty' | 'characters' | 'checksum' | 'newer' | 'truncated';

const VERSION = 1;
const EPOCH = Date.UTC(2020, 0, 1);
const PREFIX = 'SE';
const MAX_NAME_BYTES = 40;

/** Cut a name to at most 40 bytes of UTF-8 without splitting a character. */
function nameBytes(name: string): Uint8Array {
	const encoder = new TextEncoder();
	let text = name.trim().replace(/\s+/g, ' ');
	while (encoder.encode(text).length > MAX_NAME_BYTES) text = [...text].slice(0, -1).join('');
	return encoder.encode(text);
}

/** Group a code's characters in fours, for reading aloud. */
const group = (text: string) => [PREFIX, ...(text.match(/.{1,4}/g) ?? [])].join('-');

/**
 * Write a results code.
 * `encodeResults({ assignment: 1, name: 'Awa', right: [true, false], finishedAt: '2026-11-26T10:00:00Z' })` ⇒ `'SE-…'`
 */
export function encodeResults(results: Results): string {
	const name = nameBytes(results.name);
	const n = results.right.length;
	if (n < 1 || n > 255) throw new RangeError(`A results code holds 1 to 255 questions (got ${n})`);
	const mask = new Uint8Array(Math.ceil(n / 8));
	results.right.forEach((right, i) => {
		if (right) mask[i >> 3]! |= 1 << (i & 7);
	});
	const minutes = Math.max(0, Math.floor((Date.parse(results.finishedAt) - EPOCH) / 60_000));
	const body = new Uint8Array(10 + mask.length + 1 + name.length);
	const view = new DataView(body.buffer);
	view.setUint8(0, VERSION);
	view.setUint32(1, results.assignment >>> 0);
	view.setUint32(5, minutes);
	view.setUint8(9, n);
	body.set(mask, 10);
	body[10 + mask.length] = name.length;
	body.set(name, 11 + mask.length);
	const crc = crc16(body);
	const bytes = new Uint8Array(body.length + 2);
	bytes.set(body);
	bytes[body.length] = crc >> 8;
	bytes[body.length + 1] = crc & 255;
	return group(encodeBase32(bytes));
}

/**
 * Read a results code. Never throws: whatever the text, it returns the results or the problem.
 * Case, spaces and hyphens do not matter; O reads as 0 and I or L as 1.
 */
export function decodeResults(
	code: string,
): { ok: true; results: Results } | { ok: false; problem: CodeProblem } {
	const text = code
		.trim()
		.toUpperCase()
		.replace(/^SE(?=[-\s])/, '')
		.replace(/[-\s]/g, '');
	if (!text) return { ok: false, problem: 'empty' };
	const bytes = decodeBase32(text);
	if (!bytes) return { ok: false, problem: 'characters' };
	// The text must be exactly what the bytes encode to (catches changes in the spare bits).
	if (encodeBase32(bytes) !== text.replace(/O/g, '0').replace(/[IL]/g, '1'))
		return { ok: false, problem: 'checksum' };
	if (bytes.length < 14) return { ok: false, problem: 'truncated' };
	const body = bytes.subarray(0, bytes.length - 2);
	const stored = (bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!;
	if (crc16(body) !== stored) return { ok: false, problem: 'checksum' };
	const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
	if (view.getUint8(0) !== VERSION)
		return { ok: false, problem: view.getUint8(0) > VERSION ? 'newer' : 'checksum' };
	const n = view.getUint8(9);
	const maskLength = Math.ceil(n / 8);
	const nameAt = 10 + maskLength;
	if (n === 0 || body.length < nameAt + 1 || body.length !== nameAt + 1 + body[nameAt]!)
		return { ok: false, problem: 'truncated' };
	let name: string;
	try {
		name = new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(nameAt + 1));
	} catch {
		return { ok: false, problem: 'checksum' };
	}
	const right = Array.from({ length: n }, (_, i) => (body[10 + (i >> 3)]! & (1 << (i & 7))) !== 0);
	return {
		ok: true,
		results: {
			assignment: view.getUint32(1),
			name,
			right,
			finishedAt: new Date(EPOCH + view.getUint32(5) * 60_000).toISOString(),
		},
	};
}

/**
 * Find the results codes in pasted text (one per line, or inside an email), with their line
 * numbers. `findCodes('Hi!\nSE-0G00-…\n')` ⇒ `[{ line: 2, code: 'SE-0G00-…' }]`
 */
export function findCodes(text: string): { line: number; code: string }[] {
	return text.split(/\r?\n/).flatMap((content, i) =>
		[...content.matchAll(/\bSE(?:-[0-9A-Za-z]+)+/g)].map((match) => ({
			line: i + 1,
			code: match[0],
		})),
	);
}

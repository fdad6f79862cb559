/**
 * Results codes: what a student hands in at the end of an assignment — a short text they can copy,
 * email or read aloud, such as `SE-1A2B-3C4D-…`. It holds, in bytes, then Crockford base32:
 *
 *   version (1) · assignment id (4) · finished, minutes since 2020-01-01 UTC (4) ·
 *   number of questions n (1) · which were right, one bit each (⌈n/8⌉) ·
 *   [version 2 on] number of pages to read r (1) · which were ticked "Done", one bit each (⌈r/8⌉) ·
 *   name length (1) · name, UTF-8 (≤ 40) · CRC-16 of everything before it (2)
 *
 * Version 1 codes (before December 2026) have no reading part; they are still read, with the
 * reading left unknown. Every version ends with the CRC of everything before it, so an intact
 * code of a newer version can be told from a mistyped one.
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
	/**
	 * Per page of the assignment's reading list, in order: ticked "Done" (true) or not. Absent
	 * from a version 1 code, which did not carry it.
	 */
	read?: boolean[];
	/** When the quiz was finished, to the minute, as an ISO string. */
	finishedAt: string;
}

/** Why a code could not be read. */
export type CodeProblem = 'empty' | 'characters' | 'checksum' | 'newer' | 'truncated';

const VERSION = 2;
const EPOCH = Date.UTC(2020, 0, 1);
const PREFIX = 'SE';
const MAX_NAME_BYTES = 40;
/** What people put between a code's groups: spaces, hyphens and the dashes phones turn them into. */
const SEPARATOR = /[\s\-_\u2010-\u2015]/;
/** Crockford's alphabet with the look-alikes O, I and L, in either case (everything but U). */
const CODE_CHAR = /[0-9A-TV-Z]/i;

/** Cut a name to at most 40 bytes of UTF-8 without splitting a character. */
function nameBytes(name: string): Uint8Array {
	const encoder = new TextEncoder();
	let text = name.trim().replace(/\s+/g, ' ');
	while (encoder.encode(text).length > MAX_NAME_BYTES) text = [...text].slice(0, -1).join('');
	return encoder.encode(text);
}

/** Group a code's characters in fours, for reading aloud. */
const group = (text: string) => [PREFIX, ...(text.match(/.{1,4}/g) ?? [])].join('-');

/** A bit mask of flags, one bit each, first flag in the lowest bit of the first byte. */
function mask(flags: boolean[]): Uint8Array {
	const bytes = new Uint8Array(Math.ceil(flags.length / 8));
	flags.forEach((on, i) => {
		if (on) bytes[i >> 3]! |= 1 << (i & 7);
	});
	return bytes;
}
const unmask = (bytes: Uint8Array, at: number, count: number) =>
	Array.from({ length: count }, (_, i) => (bytes[at + (i >> 3)]! & (1 << (i & 7))) !== 0);

/**
 * Where a code's parts lie, from its first bytes: the byte length its header announces, where
 * the reading part and the name start. `newer` for a version this file does not know; undefined
 * while the bytes are too few to tell, or for version 0 (which no code has).
 */
function layout(
	bytes: Uint8Array,
): { length: number; readAt?: number; nameAt: number } | 'newer' | undefined {
	const version = bytes[0];
	if (version === undefined || version === 0) return undefined;
	if (version > VERSION) return 'newer';
	if (bytes.length <= 9) return undefined;
	let at = 10 + Math.ceil(bytes[9]! / 8);
	let readAt: number | undefined;
	if (version >= 2) {
		if (bytes.length <= at) return undefined;
		readAt = at;
		at += 1 + Math.ceil(bytes[at]! / 8);
	}
	if (bytes.length <= at) return undefined;
	return { length: at + 1 + bytes[at]! + 2, readAt, nameAt: at };
}

/** How many base32 characters `bytes` bytes take. */
const charsFor = (bytes: number) => Math.ceil((bytes * 8) / 5);

/**
 * Write a results code (always the newest version).
 * `encodeResults({ assignment: 1, name: 'Awa', right: [true, false], read: [true], finishedAt: '2026-11-26T10:00:00Z' })` ⇒ `'SE-…'`
 */
export function encodeResults(results: Results): string {
	const name = nameBytes(results.name);
	const n = results.right.length;
	const read = results.read ?? [];
	if (n < 1 || n > 255) throw new RangeError(`A results code holds 1 to 255 questions (got ${n})`);
	if (read.length > 255)
		throw new RangeError(`A results code holds up to 255 pages (got ${read.length})`);
	const right = mask(results.right);
	const done = mask(read);
	const minutes = Math.max(0, Math.floor((Date.parse(results.finishedAt) - EPOCH) / 60_000));
	const body = new Uint8Array(10 + right.length + 1 + done.length + 1 + name.length);
	const view = new DataView(body.buffer);
	view.setUint8(0, VERSION);
	view.setUint32(1, results.assignment >>> 0);
	view.setUint32(5, minutes);
	view.setUint8(9, n);
	body.set(right, 10);
	let at = 10 + right.length;
	body[at] = read.length;
	body.set(done, at + 1);
	at += 1 + done.length;
	body[at] = name.length;
	body.set(name, at + 1);
	const crc = crc16(body);
	const bytes = new Uint8Array(body.length + 2);
	bytes.set(body);
	bytes[body.length] = crc >> 8;
	bytes[body.length + 1] = crc & 255;
	return group(encodeBase32(bytes));
}

/** A code's characters without its `SE` prefix and separators, in upper case. */
function bare(code: string): string {
	const text = code.trim().toUpperCase();
	const prefix = new RegExp(`^${PREFIX}(?:${SEPARATOR.source})*(?=[0O])`).exec(text);
	return text.slice(prefix ? prefix[0].length : 0).replace(new RegExp(SEPARATOR.source, 'g'), '');
}

/**
 * Read a results code. Never throws: whatever the text, it returns the results or the problem.
 * Case, spaces, hyphens (or none) do not matter; O reads as 0 and I or L as 1. Version 1 codes
 * are read too: their results have no `read`.
 */
export function decodeResults(
	code: string,
): { ok: true; results: Results } | { ok: false; problem: CodeProblem } {
	const text = bare(code);
	if (!text) return { ok: false, problem: 'empty' };
	const bytes = decodeBase32(text);
	if (!bytes) return { ok: false, problem: 'characters' };
	const parts = layout(bytes);
	// Fewer characters than the code's own header announces: cut short, or one left out.
	if (typeof parts === 'object' && text.length < charsFor(parts.length))
		return { ok: false, problem: 'truncated' };
	if (parts === undefined && bytes[0] !== 0) return { ok: false, problem: 'truncated' };
	// The text must be exactly what the bytes encode to (catches changes in the spare bits).
	if (encodeBase32(bytes) !== text.replace(/O/g, '0').replace(/[IL]/g, '1'))
		return { ok: false, problem: 'checksum' };
	if (bytes.length < 3) return { ok: false, problem: 'truncated' };
	const body = bytes.subarray(0, bytes.length - 2);
	const stored = (bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!;
	if (crc16(body) !== stored) return { ok: false, problem: 'checksum' };
	if (parts === 'newer') return { ok: false, problem: 'newer' };
	if (!parts) return { ok: false, problem: bytes[0] === 0 ? 'checksum' : 'truncated' };
	if (parts.length !== bytes.length) return { ok: false, problem: 'checksum' };
	const n = body[9]!;
	if (n === 0) return { ok: false, problem: 'checksum' };
	let name: string;
	try {
		name = new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(parts.nameAt + 1));
	} catch {
		return { ok: false, problem: 'checksum' };
	}
	const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
	const results: Results = {
		assignment: view.getUint32(1),
		name,
		right: unmask(body, 10, n),
		finishedAt: new Date(EPOCH + view.getUint32(5) * 60_000).toISOString(),
	};
	if (parts.readAt !== undefined)
		results.read = unmask(body, parts.readAt + 1, body[parts.readAt]!);
	return { ok: true, results };
}

/**
 * The name a code holds, read even when the code fails its check (a mistyped character
 * elsewhere leaves the name intact), so a teacher can tell whose code it is. Undefined when the
 * name part is not a plausible name. `nameInCode('SE-0…')` ⇒ `'Aïcha'`
 */
export function nameInCode(code: string): string | undefined {
	const bytes = decodeBase32(bare(code));
	const parts = bytes && layout(bytes);
	if (!bytes || typeof parts !== 'object') return undefined;
	const length = bytes[parts.nameAt]!;
	const start = parts.nameAt + 1;
	if (length === 0 || bytes.length < start + length) return undefined;
	try {
		const name = new TextDecoder('utf-8', { fatal: true }).decode(
			bytes.subarray(start, start + length),
		);
		return /^[\p{L}\p{M}][\p{L}\p{M}' .-]*$/u.test(name) ? name : undefined;
	} catch {
		return undefined;
	}
}

/** One code found in pasted text: where, as written, and what it says or why it cannot be read. */
export interface FoundCode {
	/** The line it is on, from 1. */
	line: number;
	/** The code as it was written, from its `SE` to its last character. */
	code: string;
	decoded: ReturnType<typeof decodeResults>;
}

const isWordChar = (char: string | undefined) => !!char && /[\p{L}\p{N}]/u.test(char);

/**
 * The code characters from `start` on: letters and digits, with at most three separators
 * between groups. Each with the index just after it in the line, and whether a group ends there.
 */
function run(line: string, start: number): { chars: string; ends: number[]; breaks: Set<number> } {
	let chars = '';
	const ends: number[] = [];
	const breaks = new Set<number>();
	let i = start;
	while (i < line.length) {
		if (CODE_CHAR.test(line[i]!)) {
			chars += line[i]!.toUpperCase();
			ends.push(++i);
			continue;
		}
		let j = i;
		while (j < line.length && j - i < 3 && SEPARATOR.test(line[j]!)) j++;
		if (j === i || j >= line.length || !CODE_CHAR.test(line[j]!)) break;
		breaks.add(chars.length);
		i = j;
	}
	breaks.add(chars.length);
	return { chars, ends, breaks };
}

/**
 * Find the code that starts at `start` (its first base32 character): the exact length its header
 * announces when that reads; else the group boundary nearest to it, so a code with a character
 * left out does not swallow the next word; for a newer version, the longest run that passes its
 * check. Returns how many characters it takes.
 */
function codeLength(chars: string, breaks: Set<number>): number {
	const bytes = decodeBase32(chars) ?? new Uint8Array();
	const parts = layout(bytes);
	const boundaries = [...breaks].filter((b) => b > 0).sort((a, b) => a - b);
	if (typeof parts === 'object') {
		const need = charsFor(parts.length);
		if (chars.length >= need && decodeResults(chars.slice(0, need)).ok) return need;
	}
	if (parts === 'newer') {
		const intact = boundaries.find((b) => {
			const decoded = decodeResults(chars.slice(0, b));
			return !decoded.ok && decoded.problem === 'newer';
		});
		if (intact) return intact;
	}
	// Written in groups of four, as printed: the code ends with the first group of another
	// length (its last), or before a longer word ("thanks").
	if (boundaries.length > 2 && boundaries[0] === 4 && boundaries[1] === 8) {
		for (let i = 2; i < boundaries.length; i++) {
			const size = boundaries[i]! - boundaries[i - 1]!;
			if (size > 4) return boundaries[i - 1]!;
			if (size < 4) return boundaries[i]!;
		}
		return boundaries[boundaries.length - 1]!;
	}
	if (typeof parts === 'object') {
		const need = charsFor(parts.length);
		return boundaries.reduce((best, b) => (Math.abs(b - need) <= Math.abs(best - need) ? b : best));
	}
	return boundaries[boundaries.length - 1] ?? chars.length;
}

/**
 * Find the results codes in pasted text, as people write them: any case, grouped by spaces or
 * hyphens or not at all, O for 0 and I or L for 1, inside chat messages, several on a line. A
 * code starts at a word `SE` followed by a 0 (every code's first character); one written without
 * its `SE` is found only when it reads whole, and fewer than 16 characters are not taken for a code
 * (the line is then reported as having none). Codes that cannot be read are returned too, with
 * the reason. `findCodes('Awa: se 040w …\nhi')` ⇒ `[{ line: 1, code: 'se 040w …', decoded }]`
 */
export function findCodes(text: string): FoundCode[] {
	const found: FoundCode[] = [];
	text.split(/\r\n|\r|\n/).forEach((line, index) => {
		let i = 0;
		let resumeAt = 0;
		while (i < line.length) {
			const fresh = i === resumeAt || !isWordChar(line[i - 1]);
			let body = -1;
			let prefixed = false;
			if (fresh && line.slice(i, i + 2).toUpperCase() === PREFIX) {
				let j = i + 2;
				while (j < line.length && j - i - 2 < 3 && SEPARATOR.test(line[j]!)) j++;
				if (/[0O]/i.test(line[j] ?? '')) {
					body = j;
					prefixed = true;
				}
			} else if (fresh && /[0O]/i.test(line[i]!)) body = i;
			if (body < 0) {
				i++;
				continue;
			}
			const { chars, ends, breaks } = run(line, body);
			// Too short to hold even a code's header: ordinary text ("SEO 0 and …").
			if (chars.length < 16) {
				i++;
				continue;
			}
			const length = codeLength(chars, breaks);
			const code = line.slice(i, ends[length - 1] ?? body + 1);
			const decoded = decodeResults(chars.slice(0, length));
			if (prefixed || decoded.ok) {
				found.push({ line: index + 1, code, decoded });
				i = resumeAt = i + code.length;
			} else i++;
		}
	});
	return found;
}

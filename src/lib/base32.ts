/**
 * Crockford's base32: digits and letters without I, L, O and U, so a code read aloud or copied
 * by hand survives. Decoding forgives case, and reads O as 0 and I or L as 1.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Encode bytes as base32 text. `encodeBase32(new Uint8Array([255])) ⇒ 'ZW'` */
export function encodeBase32(bytes: Uint8Array): string {
	let out = '';
	let buffer = 0;
	let bits = 0;
	for (const byte of bytes) {
		buffer = (buffer << 8) | byte;
		bits += 8;
		while (bits >= 5) {
			out += ALPHABET[(buffer >>> (bits - 5)) & 31];
			bits -= 5;
		}
	}
	if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
	return out;
}

/**
 * Decode base32 text to bytes, or `undefined` if a character is not in the alphabet.
 * `decodeBase32('zw') ⇒ Uint8Array [255]`
 */
export function decodeBase32(text: string): Uint8Array | undefined {
	const bytes: number[] = [];
	let buffer = 0;
	let bits = 0;
	for (const char of text.toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1')) {
		const value = ALPHABET.indexOf(char);
		if (value < 0) return undefined;
		buffer = ((buffer << 5) | value) & 0xfff;
		bits += 5;
		if (bits >= 8) {
			bytes.push((buffer >>> (bits - 8)) & 255);
			bits -= 8;
		}
	}
	return new Uint8Array(bytes);
}

/** CRC-16/CCITT-FALSE of some bytes: it catches any change confined to 16 consecutive bits. */
export function crc16(bytes: Uint8Array): number {
	let crc = 0xffff;
	for (const byte of bytes) {
		crc ^= byte << 8;
		for (let i = 0; i < 8; i++)
			crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
	}
	return crc;
}

// hash32 lives in hash.ts: quiz pages need it without the rest of this file.
export { hash32 } from './hash';

/**
 * Version 1 results codes (before December 2026, without the pages read), written here byte by
 * byte from the layout described in src/lib/results-code.ts, so that tests can check that codes
 * students already hold are still read.
 */
import { crc16, encodeBase32 } from '../../src/lib/base32';
import type { Results } from '../../src/lib/results-code';

/** A version 1 code of these results (their `read` is ignored). */
export function encodeV1({ assignment, name, right, finishedAt }: Results): string {
	const nameBytes = new TextEncoder().encode(name);
	const mask = new Uint8Array(Math.ceil(right.length / 8));
	right.forEach((r, i) => {
		if (r) mask[i >> 3]! |= 1 << (i & 7);
	});
	const body = new Uint8Array(10 + mask.length + 1 + nameBytes.length);
	const view = new DataView(body.buffer);
	view.setUint8(0, 1);
	view.setUint32(1, assignment);
	view.setUint32(5, (Date.parse(finishedAt) - Date.UTC(2020, 0, 1)) / 60_000);
	view.setUint8(9, right.length);
	body.set(mask, 10);
	body[10 + mask.length] = nameBytes.length;
	body.set(nameBytes, 11 + mask.length);
	const crc = crc16(body);
	const text = encodeBase32(new Uint8Array([...body, crc >> 8, crc & 255]));
	return ['SE', ...text.match(/.{1,4}/g)!].join('-');
}

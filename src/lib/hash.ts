/**
 * A short, stable hash for identities (quiz content versions, assignment ids, seeds). In a module
 * of its own so that a quiz page's bundle takes it without the results-code alphabet and checksum.
 */

/** A 32-bit FNV-1a hash of bytes, for short identities (not for security). */
export function hash32(bytes: Uint8Array): number {
	let hash = 0x811c9dc5;
	for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193);
	return hash >>> 0;
}

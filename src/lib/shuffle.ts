/**
 * Seeded shuffling, so that a quiz's order is the same on every reload of one attempt and new
 * on "Try again", and so that tests can pin it down.
 */
import { hash32 } from './hash';

/**
 * A 32-bit hash of a string: FNV-1a over its UTF-8 bytes (see `hash32`).
 * `hashString('abc') ⇒ 440920331`
 */
export function hashString(text: string): number {
	return hash32(new TextEncoder().encode(text));
}

/** A repeatable stream of numbers in [0, 1) from a seed (mulberry32). */
export function randomFrom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * A shuffled copy of `items`, the same for the same seed (Fisher–Yates).
 * `shuffled([1, 2, 3], 7)` always gives the same order; the input is left as it was.
 */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
	const copy = [...items];
	const random = randomFrom(seed);
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

/**
 * Shuffle an order question's items, but never hand them out already in the right order
 * (with three or more items there is always another order to give).
 */
export function shuffledOutOfOrder<T>(items: readonly T[], seed: number): T[] {
	for (let attempt = 0; attempt < 8; attempt++) {
		const result = shuffled(items, seed + attempt);
		if (result.some((item, i) => item !== items[i])) return result;
	}
	return [...items.slice(1), items[0]!];
}

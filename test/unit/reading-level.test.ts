import { describe, expect, test } from 'vitest';
import { readingLevel } from '../../src/lib/reading-level';

describe('readingLevel', () => {
	test('counts sentences, words and syllables and applies the Flesch–Kincaid grade formula', () => {
		const level = readingLevel('The cat sat on the mat. It was happy there.');
		expect(level).toMatchObject({ sentences: 2, words: 10, syllables: 11 });
		// 0.39 × 5 + 11.8 × 1.1 − 15.59
		expect(level.grade).toBeCloseTo(0.39 * 5 + 11.8 * 1.1 - 15.59, 1);
	});
	test('rates long sentences of long words higher', () => {
		const plain = readingLevel(
			'Soldiers held the president. The army joined them. Crowds came out.',
		);
		const dense = readingLevel(
			'The Economic Community of West African States, invoking its supplementary protocol on democracy and good governance, threatened an intervention of unprecedented consequence.',
		);
		expect(dense.grade).toBeGreaterThan(plain.grade + 8);
	});
	test('gives zero for text with no words', () => {
		expect(readingLevel('  ').grade).toBe(0);
	});
});

import { describe, expect, test } from 'vitest';
import { hashString, randomFrom, shuffled, shuffledOutOfOrder } from '../../src/lib/shuffle';
import { quizHash, resolvePicks, shownChoices } from '../../src/lib/quiz-view';
import { order, single } from '../support/questions';

describe('hashString', () => {
	test('is the FNV-1a hash, stable across runs', () => {
		expect(hashString('')).toBe(2166136261);
		expect(hashString('abc')).toBe(440920331);
	});
});

describe('shuffled', () => {
	const items = ['a', 'b', 'c', 'd', 'e', 'f'];
	test('gives the same order for the same seed, and leaves the input alone', () => {
		expect(shuffled(items, 42)).toEqual(shuffled(items, 42));
		expect(items).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
	});
	test('pins down the order a seed gives (a change here reshuffles every saved quiz)', () => {
		expect(shuffled(items, 1)).toEqual(['e', 'b', 'f', 'c', 'a', 'd']);
	});
	test('keeps every item exactly once', () => {
		for (let seed = 0; seed < 50; seed++) expect([...shuffled(items, seed)].sort()).toEqual(items);
	});
	test('gives different orders for different seeds', () => {
		const orders = new Set(Array.from({ length: 20 }, (_, seed) => shuffled(items, seed).join('')));
		expect(orders.size).toBeGreaterThan(10);
	});
});

describe('randomFrom', () => {
	test('is mulberry32: seed 1 starts with the reference value', () => {
		expect(randomFrom(1)()).toBe(0.6270739405881613);
	});
	test('stays in [0, 1)', () => {
		const random = randomFrom(7);
		for (let i = 0; i < 1000; i++) {
			const value = random();
			expect(value).toBeGreaterThanOrEqual(0);
			expect(value).toBeLessThan(1);
		}
	});
});

describe('shuffledOutOfOrder', () => {
	test('never hands out items already in the right order', () => {
		for (let seed = 0; seed < 200; seed++)
			expect(shuffledOutOfOrder(['x', 'y', 'z'], seed)).not.toEqual(['x', 'y', 'z']);
	});
});

describe('shownChoices', () => {
	test('shows the same order for one attempt and a new one for the next', () => {
		expect(shownChoices(single, 0)).toEqual(shownChoices(single, 0));
		const attempts = new Set(
			Array.from({ length: 6 }, (_, attempt) =>
				shownChoices(single, attempt)
					.map((c) => c.id)
					.join(),
			),
		);
		expect(attempts.size).toBeGreaterThan(1);
	});
	test('never shows an order question solved', () => {
		for (let attempt = 0; attempt < 20; attempt++) {
			expect(shownChoices(order, attempt).map((c) => c.id)).not.toEqual([
				'coup',
				'summit',
				'rally',
			]);
		}
	});
});

describe('quizHash', () => {
	test('changes when any question changes', () => {
		expect(quizHash([single])).toBe(quizHash([{ ...single }]));
		expect(quizHash([single])).not.toBe(quizHash([{ ...single, prompt: 'Another prompt?' }]));
	});
});

describe('resolvePicks', () => {
	const byId = new Map([
		['a', { id: 'a' }],
		['b', { id: 'b' }],
	]);
	test('returns the picked questions in the order picked', () => {
		expect(resolvePicks(['b', 'a'], byId)).toEqual([{ id: 'b' }, { id: 'a' }]);
	});
	test('names an id that no page quiz has', () => {
		expect(() => resolvePicks(['a', 'zz'], byId)).toThrow(
			'The final quiz picks "zz", which is not a question in any page quiz',
		);
	});
});

import { describe, expect, test } from 'vitest';
import { emptyAnswer, gradeAnswer, isAnswered, scoreAttempt } from '../../src/lib/grading';
import { match, multiple, order, single, truefalse } from '../support/questions';

describe('gradeAnswer', () => {
	test('single: right only for the answer', () => {
		expect(gradeAnswer(single, { type: 'single', choice: 'guard' }).correct).toBe(true);
		expect(gradeAnswer(single, { type: 'single', choice: 'army' }).correct).toBe(false);
		expect(gradeAnswer(single, { type: 'single', choice: null }).correct).toBe(false);
	});

	test('truefalse: right only for the stated value', () => {
		expect(gradeAnswer(truefalse, { type: 'truefalse', choice: false }).correct).toBe(true);
		expect(gradeAnswer(truefalse, { type: 'truefalse', choice: true }).correct).toBe(false);
	});

	test('multiple: all or nothing, with each option marked right or wrong', () => {
		expect(gradeAnswer(multiple, { type: 'multiple', choices: ['assets', 'borders'] })).toEqual({
			correct: true,
			parts: [
				{ id: 'borders', correct: true },
				{ id: 'assets', correct: true },
				{ id: 'troops', correct: true },
				{ id: 'expel', correct: true },
			],
		});
		const partial = gradeAnswer(multiple, { type: 'multiple', choices: ['borders', 'troops'] });
		expect(partial.correct).toBe(false);
		expect(partial.parts.map((part) => part.correct)).toEqual([true, false, false, true]);
	});

	test('order: right only in the exact order, each position marked', () => {
		expect(gradeAnswer(order, { type: 'order', order: ['coup', 'summit', 'rally'] }).correct).toBe(
			true,
		);
		const swapped = gradeAnswer(order, { type: 'order', order: ['coup', 'rally', 'summit'] });
		expect(swapped.correct).toBe(false);
		expect(swapped.parts).toEqual([
			{ id: 'coup', correct: true },
			{ id: 'summit', correct: false },
			{ id: 'rally', correct: false },
		]);
		expect(gradeAnswer(order, { type: 'order', order: ['coup', 'summit'] }).correct).toBe(false);
	});

	test('match: right only when every pair is, each pair marked', () => {
		expect(
			gradeAnswer(match, {
				type: 'match',
				pairs: { tiani: 'tiani', bazoum: 'bazoum', tinubu: 'tinubu' },
			}).correct,
		).toBe(true);
		const crossed = gradeAnswer(match, {
			type: 'match',
			pairs: { tiani: 'bazoum', bazoum: 'tiani', tinubu: 'tinubu' },
		});
		expect(crossed.correct).toBe(false);
		expect(crossed.parts.map((part) => part.correct)).toEqual([false, false, true]);
	});

	test('an answer of another type is wrong, not an error', () => {
		expect(gradeAnswer(single, { type: 'truefalse', choice: true })).toEqual({
			correct: false,
			parts: [],
		});
	});
});

describe('isAnswered', () => {
	test('needs a choice, at least one tick, or every pair; order is always ready', () => {
		expect(isAnswered(single, emptyAnswer(single))).toBe(false);
		expect(isAnswered(single, { type: 'single', choice: 'army' })).toBe(true);
		expect(isAnswered(multiple, emptyAnswer(multiple))).toBe(false);
		expect(isAnswered(truefalse, { type: 'truefalse', choice: false })).toBe(true);
		expect(isAnswered(order, emptyAnswer(order))).toBe(true);
		expect(isAnswered(match, { type: 'match', pairs: { tiani: 'tiani', bazoum: 'bazoum' } })).toBe(
			false,
		);
		expect(
			isAnswered(match, {
				type: 'match',
				pairs: { tiani: 'tiani', bazoum: 'bazoum', tinubu: 'x' },
			}),
		).toBe(true);
	});
});

describe('emptyAnswer', () => {
	test('starts an order question in the order it is shown', () => {
		expect(emptyAnswer(order, ['rally', 'coup', 'summit'])).toEqual({
			type: 'order',
			order: ['rally', 'coup', 'summit'],
		});
	});
});

describe('scoreAttempt', () => {
	test('counts questions checked right out of all questions', () => {
		expect(
			scoreAttempt([{ correct: true, parts: [] }, { correct: false, parts: [] }, undefined]),
		).toEqual({ correct: 1, total: 3 });
	});
});

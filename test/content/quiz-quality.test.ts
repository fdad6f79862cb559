/**
 * Editorial rules for quizzes that a schema cannot express: every type used, a mix of skills,
 * no "all/none of the above", feedback on every tempting wrong option, and right answers that
 * cannot be spotted by their length.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { QuizSchema, type Question } from '../../src/schemas/content';

const dir = 'content/quizzes';
const quizzes = readdirSync(dir)
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => ({ name, quiz: QuizSchema.parse(parse(readFileSync(`${dir}/${name}`, 'utf8'))) }))
	.flatMap(({ name, quiz }) => ('questions' in quiz ? [{ name, questions: quiz.questions }] : []));
const all: Question[] = quizzes.flatMap((quiz) => quiz.questions);
const share = (questions: Question[], skill: Question['skill']) =>
	questions.filter((q) => q.skill === skill).length / questions.length;

describe('every page quiz', () => {
	test('there are page quizzes to check', () => {
		expect(quizzes.length).toBeGreaterThanOrEqual(6);
	});

	test.each(quizzes)('$name uses all five question types', ({ questions }) => {
		expect(new Set(questions.map((q) => q.type))).toEqual(
			new Set(['single', 'multiple', 'truefalse', 'order', 'match']),
		);
	});

	test.each(quizzes)(
		'$name mixes recall, cause and effect, and interpretation',
		({ questions }) => {
			expect(share(questions, 'recall')).toBeLessThanOrEqual(0.5);
			expect(share(questions, 'cause')).toBeGreaterThanOrEqual(0.3);
			expect(share(questions, 'interpretation')).toBeGreaterThanOrEqual(0.2);
		},
	);
});

describe('every question', () => {
	test('avoids "all of the above" and "none of the above"', () => {
		const texts = all.flatMap((q) =>
			'options' in q ? q.options.map((o) => `${q.id}: ${o.text}`) : [],
		);
		expect(texts.filter((text) => /\b(all|none) of the above\b/i.test(text))).toEqual([]);
	});

	test('says why each tempting wrong answer is wrong', () => {
		const missing = all.flatMap((q) => {
			if (q.type === 'truefalse') return q.feedback ? [] : [q.id];
			if (q.type !== 'single' && q.type !== 'multiple') return [];
			const right = q.type === 'single' ? [q.answer] : q.answer;
			return q.options
				.filter((o) => !right.includes(o.id) && !o.feedback)
				.map((o) => `${q.id}/${o.id}`);
		});
		expect(missing).toEqual([]);
	});

	test('does not give its answer away by length: the right option is rarely the longest', () => {
		const singles = all.filter(
			(q): q is Extract<Question, { type: 'single' }> => q.type === 'single',
		);
		const longest = singles.filter((q) => {
			const right = q.options.find((o) => o.id === q.answer)!.text.length;
			return q.options.every((o) => o.id === q.answer || o.text.length < right);
		});
		// Chance alone would make it about one in three or four.
		expect(
			longest.length / singles.length,
			`right option strictly longest in ${longest.length} of ${singles.length} single-choice questions (limit 1 in 4): ${longest.map((q) => q.id).join(', ')}`,
		).toBeLessThanOrEqual(1 / 4);
	});
});

describe('the final quiz', () => {
	const final = QuizSchema.parse(parse(readFileSync(`${dir}/final.yaml`, 'utf8')));
	const picks = 'picks' in final ? final.picks : [];
	const byId = new Map(all.map((q) => [q.id, q]));
	const picked = picks.map((id) => byId.get(id)).filter((q): q is Question => q !== undefined);

	test('picks questions that exist in the page quizzes', () => {
		expect(picks.filter((id) => !byId.has(id))).toEqual([]);
		expect(picked.length).toBeGreaterThan(0);
	});

	test('keeps recall, cause and interpretation within 2 questions of 40/40/20', () => {
		const aims = { recall: 0.4, cause: 0.4, interpretation: 0.2 } as const;
		const mix = Object.fromEntries(
			Object.keys(aims).map((skill) => [skill, picked.filter((q) => q.skill === skill).length]),
		);
		for (const [skill, aim] of Object.entries(aims)) {
			const expected = aim * picked.length;
			expect(
				Math.abs(mix[skill]! - expected),
				`${skill}: ${mix[skill]} of ${picked.length} questions, aim about ${expected.toFixed(1)} (${JSON.stringify(mix)})`,
			).toBeLessThanOrEqual(2);
		}
	});

	test('uses all five question types', () => {
		expect(new Set(picked.map((q) => q.type))).toEqual(
			new Set(['single', 'multiple', 'truefalse', 'order', 'match']),
		);
	});
});

/** The student page parses the fetched quiz data rather than trusting it. */
import { describe, expect, test } from 'vitest';
import { parseQuizData } from '../../src/lib/quiz-data';
import { quizHash } from '../../src/lib/quiz-view';
import { allTypes, single, truefalse } from '../support/questions';

const good = {
	quizzes: { 'niger-coup': allTypes.map((q) => q.id) },
	questions: Object.fromEntries(allTypes.map((q) => [q.id, q])),
};

describe('parseQuizData', () => {
	test('keeps well-formed data of every question type, field for field', () => {
		expect(parseQuizData(JSON.parse(JSON.stringify(good)))).toEqual(good);
	});

	test('gives the questions back as they came, so their content hash matches the page quiz', () => {
		const parsed = parseQuizData(JSON.parse(JSON.stringify(good)))!;
		const ids = good.quizzes['niger-coup'];
		expect(quizHash(ids.map((id) => parsed.questions[id]!))).toBe(quizHash(allTypes));
	});

	test.each([
		['an error page read as text', '<html>Not found</html>'],
		['null', null],
		['a list', [good]],
		['no questions', { quizzes: good.quizzes }],
		['a quiz that is not a list of ids', { ...good, quizzes: { 'niger-coup': 'q1' } }],
		[
			'a question without its answer',
			{ ...good, questions: { q: { ...single, answer: undefined } } },
		],
		['a question of an unknown type', { ...good, questions: { q: { ...single, type: 'essay' } } }],
		[
			'a true/false answer given as text',
			{ ...good, questions: { q: { ...truefalse, answer: 'true' } } },
		],
		[
			'a question without its reading link',
			{ ...good, questions: { q: { ...single, read: null } } },
		],
	])('refuses %s', (_, value) => {
		expect(parseQuizData(value)).toBeUndefined();
	});
});

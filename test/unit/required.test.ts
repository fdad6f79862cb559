import { describe, expect, test } from 'vitest';
import {
	required,
	requiredFinalQuiz,
	requiredPage,
	requiredQuiz,
	requiredSource,
} from '../../src/lib/required';
import { isNonEmpty, last } from '../../src/lib/non-empty';

describe('required', () => {
	test('gives back a value that is there, falsy ones included', () => {
		expect(required(0, 'no zero')).toBe(0);
		expect(required('', 'no text')).toBe('');
	});
	test('says what is missing for undefined and null', () => {
		expect(() => required(undefined, 'x is missing')).toThrow('x is missing');
		expect(() => required(null, 'y is missing')).toThrow('y is missing');
	});
	test('names the page file an edition lacks and who needs it', () => {
		const site = { dir: 'content/fr', pages: new Map([['home', { id: 'home' }]]) };
		expect(requiredPage(site, 'home', 'the home page')).toEqual({ id: 'home' });
		expect(() => requiredPage(site, 'about', 'the about page')).toThrow(
			'content/fr/pages/about.mdx is missing: the about page needs it',
		);
	});
	test('names a missing quiz, final quiz or source', () => {
		const site = {
			dir: 'content',
			quizIndex: {
				byExplainer: new Map([['ecowas', 'q']]),
				final: undefined as string | undefined,
			},
			sourceFor: (id: string) => new Map([['a', 'source a']]).get(id),
		};
		expect(requiredQuiz(site, 'ecowas', 'the page')).toBe('q');
		expect(() => requiredQuiz(site, 'niger-coup', 'the page')).toThrow(
			'content/quizzes/niger-coup.yaml is missing: the page needs the quiz of the explainer "niger-coup"',
		);
		expect(() => requiredFinalQuiz(site, 'the quiz page')).toThrow(
			'the final quiz is missing: the quiz page needs a file in content/quizzes/ with `picks`',
		);
		expect(requiredSource(site, 'a', 'x.mdx')).toBe('source a');
		expect(() => requiredSource(site, 'b', 'x.mdx')).toThrow(
			'the source "b" is missing from content/sources.yaml: x.mdx cites it',
		);
	});
});

describe('non-empty lists', () => {
	test('isNonEmpty tells an empty list from one with items', () => {
		expect(isNonEmpty([])).toBe(false);
		expect(isNonEmpty([undefined])).toBe(true);
	});
	test('last gives the last item, the only one included', () => {
		expect(last([1, 2, 3])).toBe(3);
		expect(last(['a'])).toBe('a');
	});
});

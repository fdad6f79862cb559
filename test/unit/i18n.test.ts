/** The dictionaries: each language has every key, and the islands' words are plain data. */
import { describe, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n';

describe.each(['en', 'fr'] as const)('the %s dictionaries', (lang) => {
	const { quizUi, toolsUi } = dictionaries[lang];

	// The islands get their words in their JSON props: a function would arrive as nothing, and
	// the island would break when it calls it (a quiz's order question once did).
	test.each([
		['quizUi', quizUi],
		['toolsUi', toolsUi],
	] as const)('%s survives JSON: templates, never functions', (_, words) => {
		expect(JSON.parse(JSON.stringify(words))).toEqual(words);
	});

	test('say which language they are for plurals', () => {
		expect(quizUi.lang).toBe(lang);
		expect(toolsUi.lang).toBe(lang);
	});
});

test('the French dictionaries have every key of the English ones, and no other', () => {
	const keys = (value: unknown, path = ''): string[] =>
		value && typeof value === 'object'
			? Object.entries(value).flatMap(([key, item]) => keys(item, `${path}.${key}`))
			: [path];
	expect(keys(dictionaries.fr).sort()).toEqual(keys(dictionaries.en).sort());
});

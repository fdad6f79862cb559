/** The facts the remark plugin leaves for each explainer, parsed (not cast) by src/data/. */
import { evaluate } from '@mdx-js/mdx';
import * as runtime from 'preact/jsx-runtime';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { remarkExplainer } from '../../src/plugins/remark-explainer';
import {
	ExplainerFactsSchema,
	parseExplainerFacts,
	type ExplainerFacts,
} from '../../src/schemas/explainer-facts';

const file = 'content/explainers/niger-coup.mdx';

const facts: ExplainerFacts = {
	citations: ['reuters-2023-07-26-coup'],
	citationUses: [{ id: 'reuters-2023-07-26-coup', line: 7, section: 'the-coup' }],
	keyFacts: [4],
	figures: ['niger-map'],
	sections: [{ id: 'the-coup', depth: 2, line: 5, text: 'The coup' }],
	headingsWithoutId: [],
	words: 1200,
	minutes: 6,
	grade: 9.4,
};

describe('the explainer facts schema', () => {
	test('accepts what the plugin records and gives it back unchanged', () => {
		expect(parseExplainerFacts(facts, file)).toEqual(facts);
		expect(ExplainerFactsSchema.safeParse({ ...facts, grade: -1.4 }).success).toBe(true);
	});

	test('accepts what the plugin records for a real page', async () => {
		const mdx = ['## The coup {/* #the-coup */}', '', 'On 26 July 2023 it began.<Cite id="a" />'];
		const page = new VFile({ value: mdx.join('\n'), path: file });
		await evaluate(page, { ...runtime, remarkPlugins: [remarkExplainer] } as never);
		const recorded = (page.data as { astro: { frontmatter: { explainer: unknown } } }).astro
			.frontmatter.explainer;
		expect(parseExplainerFacts(recorded, file)).toMatchObject({
			citations: ['a'],
			citationUses: [{ id: 'a', line: 3, section: 'the-coup' }],
			sections: [{ id: 'the-coup', depth: 2, line: 1, text: 'The coup' }],
		});
	});

	test.each([
		['a missing field', { ...facts, words: undefined }, 'words: is missing (expected number)'],
		['a word count as text', { ...facts, words: '1200' }, 'words: expected number, got "1200"'],
		['less than a minute to read', { ...facts, minutes: 0 }, 'minutes: must be at least 1, got 0'],
		[
			'a citation id that is not text',
			{ ...facts, citations: [3] },
			'citations.0: expected string',
		],
		[
			'a citation without its line',
			{ ...facts, citationUses: [{ id: 'a', section: 'the-coup' }] },
			'citationUses.0.line: is missing',
		],
		[
			'a section of a fractional depth',
			{ ...facts, sections: [{ id: 'a', depth: 2.5, line: 1, text: 'A' }] },
			'sections.0.depth',
		],
	])('refuses %s, naming the explainer and the field', (_, malformed, message) => {
		expect(() => parseExplainerFacts(malformed, file)).toThrow(file);
		expect(() => parseExplainerFacts(malformed, file)).toThrow(message);
	});

	test('refuses nothing at all (the plugin did not run), naming the explainer', () => {
		expect(() => parseExplainerFacts(undefined, file)).toThrow(
			`${file}: the explainer plugin recorded malformed facts: (the facts): is missing`,
		);
	});

	test('names every wrong field at once', () => {
		expect(() => parseExplainerFacts({ ...facts, words: -1, figures: 'map' }, file)).toThrow(
			/figures: .*; words: |words: .*; figures: /,
		);
	});
});

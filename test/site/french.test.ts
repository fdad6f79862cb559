/**
 * The French edition speaks French: no English interface string and no run of English words in
 * a French page, outside what is English on purpose (a quotation, a cited title, a bibliography
 * entry, a name's other spellings, anything marked `lang="en"`); and French typography.
 */
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { parse } from 'yaml';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n';
import { builtLangs, fileFor, langOfPage, listPages } from '../support/dist';

const french = listPages().filter((path) => langOfPage(path) === 'fr');

/** English function words, which no French sentence uses. */
const FUNCTION_WORDS = [
	'the',
	'and',
	'of',
	'with',
	'which',
	'that',
	'from',
	'were',
	'was',
	'has',
	'have',
	'their',
	'been',
	'into',
	'would',
	'this',
	'these',
	'between',
	'after',
	'before',
	'against',
	'because',
	'while',
	'during',
	'about',
	'for',
	'to',
	'is',
	'are',
	'by',
];
const functionWord = new RegExp(
	`(?<![\\p{L}’'-])(${FUNCTION_WORDS.join('|')})(?![\\p{L}’'-])`,
	'gu',
);

/** Every English interface string of two words or more, as the pages write it. */
function englishStrings(): string[] {
	const found: string[] = [];
	const walk = (value: unknown) => {
		if (typeof value === 'string') {
			if (value.split(' ').length >= 2 && !/https?:|\{|\.(zip|xml)$/.test(value)) found.push(value);
		} else if (value && typeof value === 'object') Object.values(value).forEach(walk);
	};
	walk(dictionaries.en);
	// Names are the same in both languages: the site's, the map data's, a file format's.
	const names = ['Sahel Explained', 'Natural Earth', 'Moodle XML'];
	return [...new Set(found)].filter((text) => !names.includes(text));
}

/** What a French page says in its own voice: its text without what is English on purpose. */
function ownWords(path: string): string {
	const $ = load(readFileSync(fileFor(path)!, 'utf8'));
	$(
		'script, style, svg, template, cite, q, blockquote, code, [lang]:not(html), .source, .variants, a[href^="http"]',
	).remove();
	// What assistive technology reads out counts too: labels, titles, alternative texts.
	// (A link to a source may carry the source's own title, in its own language.)
	const attributes = $('body [aria-label], body [title], body [alt], body [placeholder]')
		.not('a[href^="http"]')
		.map((_, element) =>
			['aria-label', 'title', 'alt', 'placeholder'].map((name) => $(element).attr(name) ?? ''),
		)
		.get()
		.join(' | ');
	return `${$('body').text()} | ${attributes}`
		.replace(/[\u202F\u00A0]/g, ' ')
		.replace(/«[^»]*»/g, ' ')
		.replace(/\s+/g, ' ');
}

describe.skipIf(!builtLangs.includes('fr'))('no English left in the French pages', () => {
	const strings = englishStrings();

	test('there are French pages, and English strings to look for', () => {
		expect(french.length).toBeGreaterThan(40);
		expect(strings).toContain('Take the quiz');
	});

	test.each(french)('%s has no English interface string and no English function word', (path) => {
		const text = ownWords(path);
		expect(strings.filter((string) => text.includes(string))).toEqual([]);
		const runs = [...text.matchAll(functionWord)].map(
			(match) => `…${text.slice(Math.max(0, match.index - 30), match.index + 30)}…`,
		);
		expect(runs).toEqual([]);
	});

	test('the check finds English where it is left', () => {
		const $ = load('<body><p>Le coup d’État of 2023, Take the quiz</p></body>');
		const text = $('body').text();
		expect(strings.filter((string) => text.includes(string))).toEqual(['Take the quiz']);
		expect([...text.matchAll(functionWord)].map((m) => m[1])).toEqual(['of', 'the']);
	});
});

describe.skipIf(!builtLangs.includes('fr'))('French typography', () => {
	test.each(french)('%s has no plain space before ; : ! ? and none inside « »', (path) => {
		const $ = load(readFileSync(fileFor(path)!, 'utf8'));
		$('script:not([type="application/json"]), style, cite, [lang]:not(html)').remove();
		const text = $('body').text();
		const bad = [...text.matchAll(/.{0,20}(?: [;:!?»]|« ).{0,20}/g)].map((match) => match[0]);
		expect(bad).toEqual([]);
	});
});

describe.skipIf(!builtLangs.includes('fr'))('the French quiz exports', () => {
	const data = JSON.parse(readFileSync(fileFor('/fr/quiz-data.json')!, 'utf8')) as {
		quizzes: Record<string, string[]>;
		questions: Record<string, { prompt: string }>;
	};
	const { exportsUi } = dictionaries.fr;

	test.each(Object.keys(data.quizzes))(
		'%s: a QTI package in French and a Moodle file with the French questions',
		(quiz) => {
			const qti = fileFor(`/fr/teachers/export/${exportsUi.qtiFile(quiz)}`);
			const moodle = fileFor(`/fr/teachers/export/${exportsUi.moodleFile(quiz)}`);
			expect(qti, 'no QTI package').toBeDefined();
			expect(moodle, 'no Moodle file').toBeDefined();
			const files = unzipSync(readFileSync(qti!));
			const items = Object.entries(files).filter(
				([name]) => name.endsWith('.xml') && name !== 'imsmanifest.xml',
			);
			expect(items.length).toBeGreaterThan(0);
			for (const [, bytes] of items) expect(strFromU8(bytes)).toContain('xml:lang="fr"');
			// Both set in French typography: compare the words.
			const plain = (text: string) =>
				text
					.replace(/&apos;|&#39;|’/g, "'")
					.replace(/&quot;/g, '"')
					.replace(/[\u202F\u00A0]/g, ' ');
			const xml = plain(readFileSync(moodle!, 'utf8'));
			const first = plain(data.questions[data.quizzes[quiz]![0]!]!.prompt);
			expect(xml).toContain(first.slice(0, 30));
			// The QTI items too: no plain space before a colon (a narrow no-break one instead).
			for (const [name, bytes] of items)
				expect(strFromU8(bytes), name).not.toMatch(/[^\s] [:;!?](\s|<)/);
		},
	);
});

describe.skipIf(!builtLangs.includes('fr'))('French originals of sources', () => {
	const sources = parse(readFileSync('content/sources.yaml', 'utf8')) as {
		id: string;
		url: string;
		french?: string;
	}[];
	const translated = sources.filter((source) => source.french);
	const byId = new Map(sources.map((source) => [source.id, source]));

	test('the French pages cite the French original where the English ones cite its translation', () => {
		expect(translated.length).toBeGreaterThan(0);
		for (const source of translated) {
			const original = byId.get(source.french!)!;
			const citing = listPages().filter(
				(path) =>
					langOfPage(path) === 'en' &&
					load(readFileSync(fileFor(path)!, 'utf8'))(
						`article.explainer .sources-list a[href="${source.url}"]`,
					).length > 0,
			);
			expect(citing.length, `${source.id} is cited somewhere`).toBeGreaterThan(0);
			for (const path of citing) {
				const $ = load(readFileSync(fileFor(`/fr${path}`)!, 'utf8'));
				expect($(`.sources-list a[href="${original.url}"]`).length, `/fr${path}`).toBe(1);
				expect($(`.sources-list a[href="${source.url}"]`).length, `/fr${path}`).toBe(0);
			}
		}
	});
});

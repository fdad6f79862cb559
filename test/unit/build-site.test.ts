/**
 * What an edition's pages read, built from its content without Astro (src/data/build-site.ts).
 * The quizzes are the test fixture's, parsed with the real schema.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
	buildAnchors,
	buildContentIndex,
	buildLinks,
	buildQuizzes,
	buildSite,
	buildSourcePages,
	buildUpdatePages,
	changelogOrder,
	latestFactsAsOf,
	splitQuizzes,
	withMentions,
	type ExplainerBasics,
	type SiteContent,
} from '../../src/data/build-site';
import type { ExplainerFacts } from '../../src/plugins/remark-explainer';
import {
	QuizSchema,
	type Person,
	type Profile,
	type Source,
	type Update,
} from '../../src/schemas/content';

const quizFile = (name: string) => ({
	id: name,
	data: QuizSchema.parse(parse(readFileSync(`test/fixtures/site/quizzes/${name}.yaml`, 'utf8'))),
});
const quizzes = [quizFile('alpha'), quizFile('beta'), quizFile('final')];

const facts = (sections: [id: string, text: string][]): ExplainerFacts => ({
	citations: [],
	citationUses: [],
	keyFacts: [],
	figures: [],
	sections: sections.map(([id, text], i) => ({ id, depth: 2, line: i + 5, text })),
	headingsWithoutId: [],
	words: 100,
	minutes: 1,
	grade: 8,
});

const explainer = (
	slug: string,
	title: string,
	factsAsOf: string,
	navLabel?: string,
): ExplainerBasics => ({
	slug,
	file: `content/explainers/${slug}.mdx`,
	data: { title, navLabel, factsAsOf, checkedAsOf: factsAsOf },
	facts: facts([
		['first', `${title}: first`],
		['second', `${title}: second`],
	]),
});
// In reading order: beta comes first, so its quiz does too.
const explainers = [
	explainer('beta', 'Beta page', '2026-03-01', 'Beta'),
	explainer('alpha', 'Alpha page', '2026-05-01'),
];

const source = (id: string, type: Source['type'], publisher: string, date?: string): Source =>
	({ id, type, publisher, date, title: id, url: `https://example.org/${id}` }) as Source;

const update = (id: string, date: string, pages: string[]): Update => ({
	id,
	date,
	kind: 'update',
	pages,
	sections: [],
	text: 'Something changed.',
});

describe('splitQuizzes', () => {
	test('separates the page quizzes, with their file names, from the final quiz', () => {
		const { pageQuizzes, final } = splitQuizzes(quizzes);
		expect(pageQuizzes.map((quiz) => [quiz.id, quiz.explainer])).toEqual([
			['alpha', 'alpha'],
			['beta', 'beta'],
		]);
		expect(final?.id).toBe('final');
	});
});

describe('buildQuizzes', () => {
	const { pageQuizzes, final } = splitQuizzes(quizzes);
	const built = buildQuizzes({ lang: 'en', explainers, pageQuizzes, final });

	test('lists page quizzes in the explainers’ order, then the final quiz', () => {
		expect(built.quizList.map((quiz) => [quiz.id, quiz.label, quiz.explainer])).toEqual([
			['beta', 'Beta', 'beta'],
			['alpha', 'Alpha page', 'alpha'],
			['final', 'The final quiz', undefined],
		]);
		expect(built.quizList.at(-1)?.intro).toBe('Twenty fixture questions.');
	});

	test('tells each question which section teaches it', () => {
		const question = built.quizIndex.questions['fx-0'];
		expect(question?.read).toEqual({ href: '/alpha/#second', title: 'Alpha page: second' });
		expect(question).not.toHaveProperty('explainer');
	});

	test('points French questions at French pages', () => {
		const french = buildQuizzes({ lang: 'fr', explainers, pageQuizzes, final });
		expect(french.quizIndex.questions['fy-1']?.read.href).toBe('/fr/beta/#first');
	});

	test('indexes the quizzes by id, by explainer, and the final one', () => {
		expect(Object.keys(built.quizIndex.ids)).toEqual(['beta', 'alpha', 'final']);
		expect(built.quizIndex.ids.final).toEqual(final && 'picks' in final.data && final.data.picks);
		expect(built.quizIndex.byExplainer.get('alpha')?.id).toBe('alpha');
		expect(built.quizIndex.final?.id).toBe('final');
		expect(built.questionsById.get('fy-0')?.explainer).toBe('beta');
	});

	test('the final quiz takes its questions, prepared, from the page quizzes', () => {
		const finalQuiz = built.quizIndex.final;
		expect(finalQuiz?.questions[0]).toEqual(built.quizIndex.questions['fx-0']);
	});

	test('without a final quiz there is none', () => {
		const only = buildQuizzes({ lang: 'en', explainers, pageQuizzes, final: undefined });
		expect(only.quizIndex.final).toBeUndefined();
		expect(only.quizList).toHaveLength(2);
	});
});

describe('buildSourcePages', () => {
	const sources = [
		source('b', 'news', 'Zeta', '2024-01-01'),
		source('a', 'news', 'Alpha', '2025-01-01'),
		source('c', 'news', 'Alpha', '2023-01-01'),
		source('r', 'reference', 'Ref'),
		...Array.from({ length: 81 }, (_, i) => source(`w${i}`, 'wire', 'Wire')),
	];
	const built = buildSourcePages(sources, 'en');

	test('gives each type its pages, sorted by publisher then date, at most 80 a page', () => {
		expect(built.sourcePages.map((page) => [page.type, page.number, page.of, page.path])).toEqual([
			['wire', 1, 2, '/sources/wire/'],
			['wire', 2, 2, '/sources/wire/2/'],
			['news', 1, 1, '/sources/news/'],
			['reference', 1, 1, '/sources/reference/'],
		]);
		expect(built.sourcePages[2]?.sources.map((s) => s.id)).toEqual(['c', 'a', 'b']);
	});

	test('says where each source is listed', () => {
		expect(built.sourceHref('w80')).toBe('/sources/wire/2/#w80');
		expect(built.sourceHref('unknown')).toBe('/sources/#unknown');
		expect(built.sourcesById.get('r')?.publisher).toBe('Ref');
		expect(buildSourcePages(sources, 'fr').sourceHref('a')).toBe('/fr/sources/news/#a');
	});
});

describe('the changelog', () => {
	test('is newest first, entries of one day in file order', () => {
		const ordered = changelogOrder([
			update('old', '2026-01-01', ['alpha']),
			update('new-1', '2026-02-01', ['alpha']),
			update('new-2', '2026-02-01', ['beta']),
		]);
		expect(ordered.map((entry) => entry.id)).toEqual(['new-1', 'new-2', 'old']);
	});

	const updates = Array.from({ length: 45 }, (_, i) =>
		update(`u${i}`, '2026-01-01', i % 2 ? ['alpha'] : ['beta']),
	);
	const built = buildUpdatePages(updates, 'fr');

	test('is split into pages of 20', () => {
		expect(built.updatePages.map((page) => [page.number, page.of, page.path])).toEqual([
			[1, 3, '/fr/updates/'],
			[2, 3, '/fr/updates/2/'],
			[3, 3, '/fr/updates/3/'],
		]);
		expect(built.updatePages[2]?.entries).toHaveLength(5);
	});

	test('says where an entry is and which touched a page', () => {
		expect(built.updateHref('u0')).toBe('/fr/updates/#u0');
		expect(built.updateHref('u44')).toBe('/fr/updates/3/#u44');
		expect(built.updatesFor('alpha')).toHaveLength(22);
	});
});

const people = [
	{
		id: 'tiani',
		name: 'Abdourahamane Tiani',
		variants: [],
		mentionedAs: ['Tiani'],
		kind: 'person',
	},
	{ id: 'ecowas', name: 'ECOWAS', variants: [], mentionedAs: [], kind: 'body' },
] as unknown as Person[];
const profiles = [
	{ id: 'niger', facts: [{ id: 'capital' }, { id: 'population' }] },
] as unknown as Profile[];
const timeline = [
	{ id: 'coup', date: '2023-07-26', theme: 'niger-politics', text: 'The coup.', source: 's' },
	{ id: 'independence', date: '1960', theme: 'niger-politics', text: 'Independence.', source: 's' },
] as const;
const glossary = [{ id: 'aes', term: 'AES', variants: [], definition: 'The confederation.' }];
const pages = new Map([
	['home', { data: { title: 'Home' } }],
	['about', { data: { title: 'About us' } }],
]);

describe('withMentions', () => {
	test('finds the explainers that mention each person or body', () => {
		const found = withMentions(people, [
			{ id: 'alpha', body: 'General Tiani took power.' },
			{ id: 'beta', body: 'The ECOWAS summit met.' },
			{ id: 'gamma' },
		]);
		expect(found.map((person) => [person.id, person.explainers])).toEqual([
			['tiani', ['alpha']],
			['ecowas', ['beta']],
		]);
	});
});

describe('buildAnchors', () => {
	test('lists every page a changelog entry may name, with its anchors', () => {
		expect(
			buildAnchors({ pageNames: pages.keys(), timeline, people, glossary, profiles, explainers }),
		).toEqual({
			home: [],
			about: [],
			quiz: [],
			timeline: ['coup', 'independence'],
			people: ['tiani', 'ecowas'],
			glossary: ['aes'],
			'at-a-glance': ['niger', 'niger-capital', 'niger-population'],
			beta: ['first', 'second'],
			alpha: ['first', 'second'],
		});
	});
});

describe('buildLinks', () => {
	const links = (lang: 'en' | 'fr') =>
		buildLinks({
			lang,
			explainers,
			pages,
			final: { data: { title: 'The final quiz' } },
			timeline: [...timeline],
			people,
			glossary: glossary as never,
		});

	test('names a page and gives its address', () => {
		const { pageLink } = links('en');
		expect(pageLink('alpha')).toEqual({ href: '/alpha/', title: 'Alpha page' });
		expect(pageLink('home')).toEqual({ href: '/', title: 'Home' });
		expect(pageLink('quiz')).toEqual({ href: '/quiz/', title: 'The final quiz' });
		expect(pageLink('about')).toEqual({ href: '/about/', title: 'About us' });
		expect(pageLink('nowhere')).toEqual({ href: '/nowhere/', title: 'nowhere' });
		expect(links('fr').pageLink('about').href).toBe('/fr/about/');
	});

	test('names a section, sending timeline events to their period’s page', () => {
		const { sectionLink } = links('fr');
		expect(sectionLink('alpha#second')).toEqual({
			href: '/fr/alpha/#second',
			title: 'Alpha page: second',
			page: 'alpha',
		});
		expect(sectionLink('timeline#coup')).toEqual({
			href: '/fr/timeline/the-coup/#coup',
			title: 'The coup.',
			page: 'timeline',
		});
		expect(sectionLink('people#tiani').title).toBe('Abdourahamane Tiani');
		expect(sectionLink('glossary#aes').title).toBe('AES');
		expect(sectionLink('about#team')).toEqual({
			href: '/fr/about/#team',
			title: 'team',
			page: 'about',
		});
	});
});

describe('buildContentIndex', () => {
	test('gives the checks every file and id they need', () => {
		const { pageQuizzes, final } = splitQuizzes(quizzes);
		const anchors = { alpha: ['first'] };
		const index = buildContentIndex({
			dir: 'content/fr',
			explainers,
			sources: [source('s', 'news', 'P')],
			pageQuizzes,
			final,
			timeline: [...timeline],
			people: withMentions(people, []).map((person) => ({ ...person, source: 's' })),
			glossary: [],
			updates: [],
			profiles: [
				{ id: 'niger', facts: [{ id: 'capital', sources: ['s', 't'] }] },
			] as unknown as Profile[],
			anchors,
		});
		expect(index.explainers[0]).toMatchObject({
			slug: 'beta',
			file: 'content/explainers/beta.mdx',
			dates: { factsAsOf: '2026-03-01', checkedAsOf: '2026-03-01' },
		});
		expect(index.sourceIds).toEqual(['s']);
		expect(index.pageQuizzes.map((quiz) => quiz.file)).toEqual([
			'content/fr/quizzes/alpha.yaml',
			'content/fr/quizzes/beta.yaml',
		]);
		expect(index.finalQuiz?.file).toBe('content/fr/quizzes/final.yaml');
		expect(index.sourced.map((entry) => `${entry.file} ${entry.id} ${entry.source}`)).toEqual([
			'content/fr/timeline.yaml coup s',
			'content/fr/timeline.yaml independence s',
			'content/fr/people.yaml tiani s',
			'content/fr/people.yaml ecowas s',
			'content/fr/profiles.yaml niger.capital s',
			'content/fr/profiles.yaml niger.capital t',
		]);
		expect(index.timeline?.file).toBe('content/fr/timeline.yaml');
		expect(index.updates).toEqual({ file: 'content/fr/updates.yaml', entries: [], pages: anchors });
	});
});

describe('latestFactsAsOf', () => {
	test('is the latest date of any explainer, or empty without one', () => {
		expect(latestFactsAsOf(explainers)).toBe('2026-05-01');
		expect(latestFactsAsOf([])).toBe('');
	});
});

describe('buildSite', () => {
	test('puts the parts together for the pages', () => {
		const content = {
			lang: 'fr',
			dir: 'content/fr',
			explainers,
			pages,
			sources: [source('s', 'news', 'P')],
			quizzes,
			timeline: [...timeline],
			people: withMentions(people, []),
			glossary,
			updates: [update('u', '2026-01-01', ['alpha'])],
			profiles,
		} as unknown as SiteContent;
		const site = buildSite(content);
		expect(site.href('/about/')).toBe('/fr/about/');
		expect(site.quizList.map((quiz) => quiz.id)).toEqual(['beta', 'alpha', 'final']);
		expect(site.final?.id).toBe('final');
		expect(site.sourceHref('s')).toBe('/fr/sources/news/#s');
		expect(site.updateHref('u')).toBe('/fr/updates/#u');
		expect(site.pageLink('quiz').title).toBe('The final quiz');
		expect(site.latestFactsAsOf).toBe('2026-05-01');
		expect(site.explainers).toBe(content.explainers);
	});
});

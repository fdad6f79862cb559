/**
 * Everything pages read from the content, loaded once and checked once. Importing this module
 * runs the cross-file integrity checks; any problem stops the build with a message that names
 * the file, the field and the bad value. What is built from the content (quiz lists, the
 * bibliography's and changelog's pages, links) is built by the pure functions of
 * ./build-site.ts; this module fetches the collections, checks them and hands them over.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { langOf, langParam, type Lang } from '../i18n/lang';
import {
	checkContent,
	checkFrontmatterDates,
	formatProblems,
	type ContentProblem,
} from '../lib/integrity';
import { parseExplainerFacts } from '../schemas/explainer-facts';
import { checkParity, checkStamps, type EditionShape } from '../lib/parity';
import type { Person } from '../schemas/content';
import {
	buildAnchors,
	buildContentIndex,
	buildSite,
	changelogOrder,
	splitQuizzes,
	withMentions,
	type ExplainerPage,
	type Site,
	type SiteContent,
} from './build-site';
import { entryData, inFileOrder } from './file-order';

export type { ExplainerPage, QuizEntry, QuizIndexes, Site } from './build-site';

/** What the parity checks need of an edition: its content, before anything is built from it. */
type EditionParts = Omit<SiteContent, 'sources' | 'quizzes'>;

const root = process.env.CONTENT_DIR ?? 'content';

/** Each edition's collections (see src/content.config.ts); sources are shared. */
const collectionNames = {
	en: {
		explainers: 'explainers',
		quizzes: 'quizzes',
		pages: 'pages',
		timeline: 'timeline',
		people: 'people',
		glossary: 'glossary',
		updates: 'updates',
		profiles: 'profiles',
	},
	fr: {
		explainers: 'frExplainers',
		quizzes: 'frQuizzes',
		pages: 'frPages',
		timeline: 'frTimeline',
		people: 'frPeople',
		glossary: 'frGlossary',
		updates: 'frUpdates',
		profiles: 'frProfiles',
	},
} as const;

/** Where an edition's files are: `content/` for English, `content/fr/` for French. */
export const editionRoot = (lang: Lang) => (lang === 'en' ? root : `${root}/fr`);

/** An Astro collection of either edition, typed as the English one (the schemas are shared). */
async function collection<C extends keyof (typeof collectionNames)['en']>(
	lang: Lang,
	name: C,
): Promise<CollectionEntry<(typeof collectionNames)['en'][C]>[]> {
	return (await getCollection(collectionNames[lang][name] as never)) as never;
}

/** One edition's content from its collections, rendered where it is MDX. */
async function fetchContent(lang: Lang): Promise<SiteContent> {
	const dir = editionRoot(lang);
	const explainerEntries = (await collection(lang, 'explainers')).sort(
		(a, b) => a.data.order - b.data.order,
	);
	const explainers: ExplainerPage[] = await Promise.all(
		explainerEntries.map(async (entry) => {
			const { Content, remarkPluginFrontmatter } = await render(entry);
			return {
				slug: entry.id,
				file: `${dir}/explainers/${entry.id}.mdx`,
				entry,
				data: entry.data,
				facts: parseExplainerFacts(
					remarkPluginFrontmatter.explainer,
					`${dir}/explainers/${entry.id}.mdx`,
				),
				Content,
			};
		}),
	);
	return {
		lang,
		dir,
		explainers,
		pages: new Map((await collection(lang, 'pages')).map((entry) => [entry.id, entry])),
		sources: entryData(await getCollection('sources')),
		quizzes: await collection(lang, 'quizzes'),
		// The timeline, the changelog and the profiles mean something in file order; the others
		// keep the order getCollection gives (by id), as pages sort them as they need.
		timeline: inFileOrder(await collection(lang, 'timeline')),
		// Which explainers mention each person or body is read from the text, never kept by hand.
		people: withMentions(entryData(await collection(lang, 'people')), explainerEntries),
		glossary: entryData(await collection(lang, 'glossary')),
		updates: changelogOrder(inFileOrder(await collection(lang, 'updates'))),
		// The profiles page shows them in file order: Niger first, then the bloc.
		profiles: inFileOrder(await collection(lang, 'profiles')),
	};
}

/**
 * The problems in an edition's content; a French edition is also checked against its English
 * twin (`english`).
 */
async function problemsIn(content: SiteContent, english?: EditionParts) {
	const { pageQuizzes, final } = splitQuizzes(content.quizzes);
	const anchors = buildAnchors({ pageNames: content.pages.keys(), ...content });
	const index = buildContentIndex({ ...content, pageQuizzes, final, anchors });
	// YAML reads an impossible date such as `2026-02-30` in frontmatter as a Date and rolls it
	// over to 2 March before the schema sees it, and the content layer keeps only the parsed
	// data: only the raw file still shows the mistake, so this is the one check that reads it.
	const rawDates = await Promise.all(
		content.explainers.map(async (page) =>
			checkFrontmatterDates(page.file, await readFile(page.file, 'utf8')),
		),
	);
	const problems = [...rawDates.flat(), ...checkContent(index), ...checkFrenchOriginals(content)];
	// A translation is checked against its English twin first: a section the French lacks is
	// reported as such, before what it breaks in the French edition itself.
	if (english) {
		const parity = await editionProblems(english, content);
		// While a translation is being drafted, `FR_DRAFT=1 npm run dev` shows the pages with
		// these problems listed in the terminal; every real build (and CI) stops on them.
		if (parity.length > 0 && process.env.FR_DRAFT === '1')
			console.warn(`[FR_DRAFT] ${formatProblems(parity)}`);
		else problems.unshift(...parity);
	}
	return problems;
}

/** A source's French original (`french:` in sources.yaml) must exist and be in French. */
function checkFrenchOriginals({ sources }: SiteContent): ContentProblem[] {
	const byId = new Map(sources.map((source) => [source.id, source]));
	return sources.flatMap((source) => {
		if (!source.french) return [];
		const original = byId.get(source.french);
		if (original?.lang === 'fr') return [];
		return [
			{
				file: `${root}/sources.yaml`,
				field: `${source.id}.french`,
				message: original
					? `names "${source.french}", which is not marked lang: fr`
					: `names "${source.french}", which is not in ${root}/sources.yaml`,
			},
		];
	});
}

/** One edition: fetched, checked (a problem stops the build), and built for the pages. */
async function load(lang: Lang, english?: EditionParts): Promise<Site> {
	const content = await fetchContent(lang);
	const problems = await problemsIn(content, english);
	if (problems.length > 0) throw new Error(formatProblems(problems));
	return buildSite(content);
}

/** The English site's content, loaded and checked. */
export const site = await load('en');

/** The French edition, when the content has one; checked against the English (see lib/parity). */
export const siteFr = existsSync(`${root}/fr`) ? await load('fr', site) : undefined;

/** What the parity checks compare of one edition (see src/lib/parity.ts). */
async function shapeOf(edition: EditionParts): Promise<EditionShape> {
	const lang = edition.lang;
	const list = async (name: 'maps' | 'charts') =>
		entryData<unknown>(
			await getCollection(
				(lang === 'fr' ? `fr${name[0]!.toUpperCase()}${name.slice(1)}` : name) as never,
			),
		);
	const data = [
		...(await collection(lang, 'quizzes')).map((quiz) => ({
			name: `quizzes/${quiz.id}.yaml`,
			file: `${edition.dir}/quizzes/${quiz.id}.yaml`,
			data: quiz.data,
		})),
		...(
			[
				['timeline.yaml', edition.timeline],
				[
					'people.yaml',
					// What the build adds to each person (the pages that mention them) is not content.
					edition.people.map((person) => {
						const { explainers: _, ...content } = person as Person & { explainers?: string[] };
						return content;
					}),
				],
				['glossary.yaml', edition.glossary],
				['updates.yaml', edition.updates],
				['profiles.yaml', edition.profiles],
				['maps.yaml', await list('maps')],
				['charts.yaml', await list('charts')],
			] as const
		)
			.filter(([name, entries]) => entries.length > 0 || existsSync(`${edition.dir}/${name}`))
			.map(([name, entries]) => ({ name, file: `${edition.dir}/${name}`, data: entries })),
	];
	return {
		explainers: edition.explainers.map((page) => ({
			slug: page.slug,
			file: page.file,
			factsAsOf: page.data.factsAsOf,
			checkedAsOf: page.data.checkedAsOf,
			order: page.data.order,
			objectives: page.data.objectives.length,
			discussion: page.data.discussion.length,
			sections: page.facts.sections,
			citationUses: page.facts.citationUses,
			keyFacts: page.facts.keyFacts,
			figures: page.facts.figures,
		})),
		pages: [...edition.pages.keys()].map((name) => ({
			name: `pages/${name}.mdx`,
			file: `${edition.dir}/pages/${name}.mdx`,
		})),
		data,
	};
}

/**
 * The French edition must have the English one's structure, and every French file must have
 * been revised since its English twin last changed; each way it falls short is a problem that
 * names the file and the id (see src/lib/parity.ts).
 */
async function editionProblems(en: EditionParts, fr: EditionParts) {
	const enShape = await shapeOf(en);
	const problems = checkParity(enShape, await shapeOf(fr), fr.dir);
	// The stamps are about files, not content: `translations.yaml` (no collection: it is the
	// translators' record, not the site's) and a hash of each English file's exact bytes.
	const stampsFile = `${fr.dir}/translations.yaml`;
	const stamps = new Map<string, string>(
		existsSync(stampsFile)
			? Object.entries(
					z
						.record(z.string(), z.string().regex(/^[0-9a-f]{12}$/))
						.parse(parseYaml(await readFile(stampsFile, 'utf8')) ?? {}),
				)
			: [],
	);
	const names = [
		...enShape.explainers.map((page) => `explainers/${page.slug}.mdx`),
		...enShape.pages.map((page) => page.name),
		...enShape.data.map((entry) => entry.name),
	];
	const english = new Map(
		await Promise.all(
			names.map(async (name) => [name, stampOf(await readFile(`${en.dir}/${name}`))] as const),
		),
	);
	problems.push(...checkStamps(english, stamps, stampsFile, en.dir));
	return problems;
}

/** The stamp of an English file: the first 12 hex digits of the SHA-256 of its bytes. */
export function stampOf(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}

/** The languages the site is built in. */
export const editions: Lang[] = siteFr ? ['en', 'fr'] : ['en'];

/** The content of a page's language, from `Astro.currentLocale`. */
export function siteFor(locale: string | undefined): Site {
	const lang = langOf(locale);
	if (lang === 'fr' && siteFr) return siteFr;
	return site;
}

/** The `[...lang]` route parameters for a page built in every edition. */
export function editionPaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
	return editions.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** Each edition with its content and its `[...lang]` route parameter, for `getStaticPaths`. */
export function editionSites(): { lang: Lang; param: string | undefined; site: Site }[] {
	return editions.map((lang) => ({
		lang,
		param: langParam(lang),
		site: lang === 'fr' && siteFr ? siteFr : site,
	}));
}

/** The route parameters of a page per quiz (`[...lang]/…/[quiz]`): every quiz of every edition. */
export function quizPaths() {
	return editionSites().flatMap(({ param, site }) =>
		site.quizList.map((quiz) => ({ params: { lang: param, quiz: quiz.id }, props: { quiz } })),
	);
}

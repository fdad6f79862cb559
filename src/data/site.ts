/**
 * Everything pages read from the content, loaded once and checked once. Importing this module
 * runs the cross-file integrity checks; any problem stops the build with a message that names
 * the file, the field and the bad value.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { langOf, langParam, localePath, type Lang } from '../i18n/lang';
import type { ExplainerFacts } from '../plugins/remark-explainer';
import { parseExplainerFacts } from '../schemas/explainer-facts';
import {
	checkContent,
	checkFrontmatterDates,
	formatProblems,
	type ContentIndex,
} from '../lib/integrity';
import { readYamlList } from '../lib/yaml-list';
import { mentions } from '../lib/mentions';
import { checkParity, checkStamps, type EditionShape } from '../lib/parity';
import { paginate } from '../lib/paginate';
import { timelineHref } from '../lib/timeline';
import type { QuizIndex } from '../lib/assignment';
import { resolvePicks, type QuizQuestion } from '../lib/quiz-view';
import {
	SourceTypeSchema,
	TimelineEventSchema,
	type Person,
	type Profile,
	type Question,
	type Source,
	type Term,
	type TimelineEvent,
	type Update,
} from '../schemas/content';

/** What the parity checks need of an edition: its content, before anything is built from it. */
interface EditionParts {
	lang: Lang;
	dir: string;
	explainers: ExplainerPage[];
	pages: Map<string, unknown>;
	timeline: TimelineEvent[];
	people: Person[];
	glossary: Term[];
	updates: Update[];
	profiles: Profile[];
}

/** An explainer with what rendering taught us about it. */
export interface ExplainerPage {
	slug: string;
	file: string;
	entry: CollectionEntry<'explainers'>;
	data: CollectionEntry<'explainers'>['data'];
	facts: ExplainerFacts;
	Content: Awaited<ReturnType<typeof render>>['Content'];
}

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

async function load(lang: Lang, english?: EditionParts) {
	const dir = editionRoot(lang);
	const href = (path: string) => localePath(path, lang);
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
	const pages = new Map((await collection(lang, 'pages')).map((entry) => [entry.id, entry]));
	const sources = (await getCollection('sources')).map((entry) => entry.data);
	const quizzes = await collection(lang, 'quizzes');
	// getCollection returns entries sorted by id; the timeline's meaning is its file order, so read
	// the file (the collection's loader has already refused it if anything in it is wrong).
	const timelineFile = `${dir}/timeline.yaml`;
	const timeline = readYamlList(
		await readFile(timelineFile, 'utf8'),
		timelineFile,
		TimelineEventSchema,
	).entries.map((entry) => entry.data);
	// Which explainers mention each person or body is read from the text, never kept by hand.
	const people = (await collection(lang, 'people')).map(({ data }) => ({
		...data,
		explainers: explainerEntries
			.filter((entry) =>
				mentions(
					[data.name, ...data.variants, ...data.mentionedAs],
					entry.body ?? '',
					data.kind === 'body',
				),
			)
			.map((entry) => entry.id),
	}));
	const glossary = (await collection(lang, 'glossary')).map((entry) => entry.data);
	// Like the timeline, the changelog and the profiles mean something in file order: read it.
	const fileOrder = async (file: string) =>
		existsSync(file)
			? readYamlList(
					await readFile(file, 'utf8'),
					file,
					z.looseObject({ id: z.string() }),
				).entries.map((entry) => entry.id)
			: [];
	const updatesOrder = await fileOrder(`${dir}/updates.yaml`);
	// Newest first; entries of one day keep their file order (the file is written newest first).
	const updates = (await collection(lang, 'updates'))
		.map((entry) => entry.data)
		.sort(
			(a, b) =>
				b.date.localeCompare(a.date) || updatesOrder.indexOf(a.id) - updatesOrder.indexOf(b.id),
		);
	// The profiles page shows them in file order: Niger first, then the bloc.
	const profilesOrder = await fileOrder(`${dir}/profiles.yaml`);
	const profiles = (await collection(lang, 'profiles'))
		.map((entry) => entry.data)
		.sort((a, b) => profilesOrder.indexOf(a.id) - profilesOrder.indexOf(b.id));

	const pageQuizzes = quizzes.flatMap((quiz) =>
		'explainer' in quiz.data ? [{ id: quiz.id, ...quiz.data }] : [],
	);
	const final = quizzes.find((quiz) => 'picks' in quiz.data);

	// Every page a changelog entry may name, with the anchors a section link may point at.
	const anchors: Record<string, string[]> = Object.fromEntries([
		...[...pages.keys()].map((name) => [name, [] as string[]]),
		['quiz', []],
		['timeline', timeline.map((event) => event.id)],
		['people', people.map((person) => person.id)],
		['glossary', glossary.map((term) => term.id)],
		[
			'at-a-glance',
			profiles.flatMap((profile) => [
				profile.id,
				...profile.facts.map((fact) => `${profile.id}-${fact.id}`),
			]),
		],
		...explainers.map((page) => [page.slug, page.facts.sections.map((section) => section.id)]),
	]);

	const index: ContentIndex = {
		explainers: explainers.map((page) => ({
			slug: page.slug,
			file: page.file,
			...page.facts,
			dates: { factsAsOf: page.data.factsAsOf, checkedAsOf: page.data.checkedAsOf },
		})),
		sourceIds: sources.map((source) => source.id),
		pageQuizzes: pageQuizzes.map((quiz) => ({
			file: `${dir}/quizzes/${quiz.id}.yaml`,
			explainer: quiz.explainer,
			questions: quiz.questions,
		})),
		finalQuiz:
			final && 'picks' in final.data
				? { file: `${dir}/quizzes/${final.id}.yaml`, picks: final.data.picks }
				: undefined,
		sourced: [
			...timeline.map((event) => ({
				file: `${dir}/timeline.yaml`,
				id: event.id,
				source: event.source,
			})),
			...people.map((person) => ({
				file: `${dir}/people.yaml`,
				id: person.id,
				source: person.source,
			})),
			...profiles.flatMap((profile) =>
				profile.facts.flatMap((fact) =>
					fact.sources.map((source) => ({
						file: `${dir}/profiles.yaml`,
						id: `${profile.id}.${fact.id}`,
						source,
					})),
				),
			),
		],
		timeline: { file: `${dir}/timeline.yaml`, events: timeline },
		updates: {
			file: `${dir}/updates.yaml`,
			entries: updates,
			pages: anchors,
		},
	};
	const rawDates = await Promise.all(
		explainers.map(async (page) =>
			checkFrontmatterDates(page.file, await readFile(page.file, 'utf8')),
		),
	);
	const problems = [...rawDates.flat(), ...checkContent(index)];
	// A translation is checked against its English twin first: a section the French lacks is
	// reported as such, before what it breaks in the French edition itself.
	if (english) {
		const parity = await editionProblems(english, {
			lang,
			dir,
			explainers,
			pages,
			timeline,
			people,
			glossary,
			updates,
			profiles,
		});
		// While a translation is being drafted, `FR_DRAFT=1 npm run dev` shows the pages with
		// these problems listed in the terminal; every real build (and CI) stops on them.
		if (parity.length > 0 && process.env.FR_DRAFT === '1')
			console.warn(`[FR_DRAFT] ${formatProblems(parity)}`);
		else problems.unshift(...parity);
	}
	if (problems.length > 0) throw new Error(formatProblems(problems));

	// The changelog's pages, newest first: it grows with every change, and a page of it must stay
	// within a reading page's first 14 KB.
	const updatePages = paginate(updates, UPDATES_PER_PAGE).map((entries, i, all) => ({
		number: i + 1,
		of: all.length,
		path: href(i === 0 ? '/updates/' : `/updates/${i + 1}/`),
		entries,
	}));
	const updatePath = new Map(
		updatePages.flatMap((page) => page.entries.map((entry) => [entry.id, page.path] as const)),
	);
	const sourcesById = new Map<string, Source>(sources.map((source) => [source.id, source]));
	// A source's French original must exist and be in French (the French edition cites it).
	for (const source of sources.filter((s) => s.french)) {
		const original = sourcesById.get(source.french!);
		if (!original || original.lang !== 'fr')
			problems.push({
				file: `${root}/sources.yaml`,
				field: `${source.id}.french`,
				message: original
					? `names "${source.french}", which is not marked lang: fr`
					: `names "${source.french}", which is not in ${root}/sources.yaml`,
			});
	}
	if (problems.length > 0) throw new Error(formatProblems(problems));
	/** The source an edition shows for a cited id: in French, its French original if it has one. */
	const sourceFor = (id: string): Source | undefined => {
		const source = sourcesById.get(id);
		const original = lang === 'fr' && source?.french ? sourcesById.get(source.french) : undefined;
		return original ?? source;
	};
	const sourcePages = paginateSources(sources, lang);
	const sourcePath = new Map(
		sourcePages.flatMap((page) => page.sources.map((source) => [source.id, page.path] as const)),
	);
	const questionsById = new Map<string, Question & { explainer: string }>(
		pageQuizzes.flatMap((quiz) =>
			quiz.questions.map((q) => [q.id, { ...q, explainer: quiz.explainer }] as const),
		),
	);
	// Every quiz, page quizzes first then the final one, with each question told where to read.
	const sectionTitle = (slug: string, section: string) =>
		explainers.find((page) => page.slug === slug)?.facts.sections.find((s) => s.id === section)
			?.text ?? section;
	const prepare = (question: Question & { explainer: string }): QuizQuestion => {
		const { explainer, ...rest } = question;
		return {
			...rest,
			read: {
				href: href(`/${explainer}/#${question.section}`),
				title: sectionTitle(explainer, question.section),
			},
		};
	};
	const finalData = final && 'picks' in final.data ? final.data : undefined;
	const quizList: QuizEntry[] = [
		...explainers.flatMap((page) =>
			pageQuizzes
				.filter((quiz) => quiz.explainer === page.slug)
				.map((quiz) => ({
					id: quiz.id,
					title: quiz.title,
					label: page.data.navLabel ?? page.data.title,
					explainer: page.slug,
					questions: quiz.questions.map((q) => prepare({ ...q, explainer: page.slug })),
				})),
		),
		...(final && finalData
			? [
					{
						id: final.id,
						title: finalData.title,
						label: finalData.title,
						intro: finalData.intro,
						questions: resolvePicks(finalData.picks, questionsById).map(prepare),
					},
				]
			: []),
	];

	const quizIndex: QuizIndexes = {
		ids: Object.fromEntries(quizList.map((quiz) => [quiz.id, quiz.questions.map((q) => q.id)])),
		questions: Object.fromEntries(quizList.flatMap((quiz) => quiz.questions.map((q) => [q.id, q]))),
		byExplainer: new Map(
			quizList.flatMap((quiz) => (quiz.explainer ? [[quiz.explainer, quiz] as const] : [])),
		),
		final: quizList.find((quiz) => !quiz.explainer),
	};

	return {
		lang,
		/** This edition's address for a site path: `href('/about/')` is `/fr/about/` in French. */
		href,
		dir,
		pages,
		quizList,
		quizIndex,
		explainers,
		sources,
		sourcesById,
		sourcePages,
		/** Where a source is listed in the bibliography. */
		sourceHref: (id: string) => {
			const shown = sourceFor(id)?.id ?? id;
			return `${sourcePath.get(shown) ?? href('/sources/')}#${shown}`;
		},
		sourceFor,
		pageQuizzes,
		final,
		questionsById,
		timeline,
		people,
		glossary,
		updates,
		updatePages,
		/** Where a changelog entry is listed: `/updates/#id`, or a later page of the changelog. */
		updateHref: (id: string) => `${updatePath.get(id) ?? href('/updates/')}#${id}`,
		/** The changelog entries that touched a page, newest first. */
		updatesFor: (page: string) => updates.filter((update) => update.pages.includes(page)),
		/** Where a changelog entry's page or section is, and what to call it. */
		pageLink: (page: string) => pageLink(page),
		sectionLink: (value: string) => {
			const [page = '', id = ''] = value.split('#');
			// A timeline event lives on the page of its period.
			const event = page === 'timeline' ? timeline.find((e) => e.id === id) : undefined;
			const link = event ? localePath(timelineHref(event), lang) : `${pageLink(page).href}#${id}`;
			const explainer = explainers.find((e) => e.slug === page);
			const title =
				explainer?.facts.sections.find((section) => section.id === id)?.text ??
				timeline.find((event) => event.id === id)?.text ??
				people.find((person) => person.id === id)?.name ??
				glossary.find((term) => term.id === id)?.term ??
				id;
			return { href: link, title, page };
		},
		profiles,
		/** The latest factsAsOf of any explainer: the date the site as a whole is current to. */
		latestFactsAsOf:
			explainers
				.map((page) => page.data.factsAsOf)
				.sort()
				.at(-1) ?? '',
	};

	/** A page named in the changelog: its address and its title. */
	function pageLink(page: string) {
		const explainer = explainers.find((e) => e.slug === page);
		if (explainer) return { href: href(`/${page}/`), title: explainer.data.title };
		if (page === 'home') return { href: href('/'), title: pages.get('home')?.data.title ?? page };
		if (page === 'quiz') return { href: href('/quiz/'), title: final?.data.title ?? page };
		return { href: href(`/${page}/`), title: pages.get(page)?.data.title ?? page };
	}
}

/**
 * The bibliography's pages: one per type of source, split so that no page is too heavy for a
 * slow connection (at most 80 entries, about 9 KB gzip). Sorted by publisher, then date.
 */
function paginateSources(sources: Source[], lang: Lang) {
	return SourceTypeSchema.options.flatMap((type) => {
		const ofType = sources
			.filter((source) => source.type === type)
			.sort(
				(a, b) =>
					a.publisher.localeCompare(b.publisher) || (a.date ?? '').localeCompare(b.date ?? ''),
			);
		const chunks = paginate(ofType, 80);
		return chunks.map((chunk, i) => ({
			type,
			number: i + 1,
			of: chunks.length,
			path: localePath(i === 0 ? `/sources/${type}/` : `/sources/${type}/${i + 1}/`, lang),
			sources: chunk,
		}));
	});
}

/** A quiz ready to show: its questions know which section teaches them. */
export interface QuizEntry {
	/** The quiz file's name: `niger-coup`, `final`. */
	id: string;
	title: string;
	/** A short name for lists ("The coup", "The final quiz"). */
	label: string;
	/** The explainer a page quiz follows; none for the final quiz. */
	explainer?: string;
	intro?: string;
	questions: QuizQuestion[];
}

/** The quizzes indexed the ways the routes look them up, built once. */
export interface QuizIndexes {
	/** Each quiz's question ids, in order (`final` included): what links and results codes name. */
	ids: QuizIndex;
	/** Every question of every quiz, ready to show, by id. */
	questions: Record<string, QuizQuestion>;
	/** The quiz that follows each explainer, by the explainer's slug. */
	byExplainer: Map<string, QuizEntry>;
	/** The final quiz, if the content has one. */
	final?: QuizEntry;
}

/** How many changelog entries a page of the changelog lists. */
const UPDATES_PER_PAGE = 20;

/** One edition's content, loaded and checked. */
export type Site = Awaited<ReturnType<typeof load>>;

/** The English site's content, loaded and checked. */
export const site = await load('en');

/** The French edition, when the content has one; checked against the English (see lib/parity). */
export const siteFr = existsSync(`${root}/fr`) ? await load('fr', site) : undefined;

/** What the parity checks compare of one edition (see src/lib/parity.ts). */
async function shapeOf(edition: EditionParts): Promise<EditionShape> {
	const lang = edition.lang;
	const list = async (name: 'maps' | 'charts') =>
		(
			await getCollection(
				(lang === 'fr' ? `fr${name[0]!.toUpperCase()}${name.slice(1)}` : name) as never,
			)
		).map((entry: { data: unknown }) => entry.data);
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

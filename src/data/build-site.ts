/**
 * What an edition's pages read, built from its content: the quizzes ready to show, the
 * bibliography's and the changelog's pages, the anchors a changelog entry may point at and the
 * links to pages and sections. Every function here is pure: it takes the content as
 * `src/data/site.ts` fetched it from the collections and returns what is built from it, so
 * each can be tested without Astro (test/unit/build-site.test.ts).
 */
import type { NonEmpty } from '../lib/non-empty';
import type { CollectionEntry, render } from 'astro:content';
import { localePath, type Lang } from '../i18n/lang';
import type { QuizIndex } from '../lib/assignment';
import type { ContentIndex } from '../lib/integrity';
import { mentions } from '../lib/mentions';
import { paginate } from '../lib/paginate';
import { resolvePicks, type QuizQuestion } from '../lib/quiz-view';
import { timelineHref } from '../lib/timeline';
import type { ExplainerFacts } from '../plugins/remark-explainer';
import {
	SourceTypeSchema,
	type Explainer,
	type Person,
	type Profile,
	type Question,
	type Quiz,
	type Source,
	type SourceType,
	type Term,
	type TimelineEvent,
	type Update,
} from '../schemas/content';

/** An explainer with what rendering taught us about it. */
export interface ExplainerPage {
	slug: string;
	file: string;
	entry: CollectionEntry<'explainers'>;
	data: CollectionEntry<'explainers'>['data'];
	facts: ExplainerFacts;
	Content: Awaited<ReturnType<typeof render>>['Content'];
}

/** What the builders read of an explainer (tests give just this). */
export interface ExplainerBasics {
	slug: string;
	file: string;
	data: Pick<Explainer, 'title' | 'navLabel' | 'factsAsOf' | 'checkedAsOf'>;
	facts: ExplainerFacts;
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

/** A page quiz (`quizzes/<slug>.yaml`) with its file's name. */
export type PageQuiz = { id: string } & Extract<Quiz, { explainer: string }>;
/** The final quiz's content. */
export type FinalQuizData = Extract<Quiz, { picks: string[] }>;
/** A question of a page quiz, with the explainer whose quiz it is in. */
export type PageQuestion = Question & { explainer: string };
/** A person or body, with the explainers that mention them. */
export type PersonWithPages = Person & { explainers: string[] };

/** A page of the bibliography: one type of source, or part of one. */
export interface SourcePage {
	type: SourceType;
	number: number;
	of: number;
	path: string;
	/** Never empty: a page exists because it has sources to list. */
	sources: NonEmpty<Source>;
}

/** A page of the changelog. */
export interface UpdatePage {
	number: number;
	of: number;
	path: string;
	/** Never empty: a page exists because it has changes to list. */
	entries: NonEmpty<Update>;
}

/** A page or section named in the changelog: its address and what to call it. */
export interface PageLink {
	href: string;
	title: string;
}

/** One edition's content, loaded and checked. */
export interface Site {
	lang: Lang;
	/** This edition's address for a site path: `href('/about/')` is `/fr/about/` in French. */
	href: (path: string) => string;
	dir: string;
	pages: Map<string, CollectionEntry<'pages'>>;
	quizList: QuizEntry[];
	quizIndex: QuizIndexes;
	explainers: ExplainerPage[];
	sources: Source[];
	sourcesById: Map<string, Source>;
	sourcePages: SourcePage[];
	/** Where a source is listed in the bibliography (in French, its French original's entry). */
	sourceHref: (id: string) => string;
	/** The source shown for a cited id: in French, its French original when it has one. */
	sourceFor: (id: string) => Source | undefined;
	pageQuizzes: PageQuiz[];
	final: CollectionEntry<'quizzes'> | undefined;
	questionsById: Map<string, PageQuestion>;
	timeline: TimelineEvent[];
	people: PersonWithPages[];
	glossary: Term[];
	updates: Update[];
	updatePages: UpdatePage[];
	/** Where a changelog entry is listed: `/updates/#id`, or a later page of the changelog. */
	updateHref: (id: string) => string;
	/** The changelog entries that touched a page, newest first. */
	updatesFor: (page: string) => Update[];
	/** Where a changelog entry's page is, and what to call it. */
	pageLink: (page: string) => PageLink;
	/** Where a changelog entry's section (`page#id`) is, what to call it, and its page. */
	sectionLink: (value: string) => PageLink & { page: string };
	profiles: Profile[];
	/** The latest factsAsOf of any explainer: the date the site as a whole is current to. */
	latestFactsAsOf: string;
}

/** An edition's content as fetched from its collections, before anything is built from it. */
export interface SiteContent {
	lang: Lang;
	dir: string;
	/** In reading order. */
	explainers: ExplainerPage[];
	pages: Map<string, CollectionEntry<'pages'>>;
	sources: Source[];
	quizzes: CollectionEntry<'quizzes'>[];
	/** In file order, which is date order. */
	timeline: TimelineEvent[];
	people: PersonWithPages[];
	glossary: Term[];
	/** Newest first (see `changelogOrder`). */
	updates: Update[];
	/** In file order. */
	profiles: Profile[];
}

/** How many changelog entries a page of the changelog lists. */
export const UPDATES_PER_PAGE = 20;
/** How many sources a page of the bibliography lists (about 9 KB gzip). */
export const SOURCES_PER_PAGE = 80;

/** An edition's address for a site path. */
const hrefIn = (lang: Lang) => (path: string) => localePath(path, lang);

/**
 * Which explainers mention each person or body, read from the text, never kept by hand.
 * `withMentions([{ name: 'Tiani', … }], [{ id: 'coup', body: '… Tiani …' }])` ⇒ `explainers: ['coup']`.
 */
export function withMentions(
	people: readonly Person[],
	explainers: readonly { id: string; body?: string | undefined }[],
): PersonWithPages[] {
	return people.map((person) => ({
		...person,
		explainers: explainers
			.filter((entry) =>
				mentions(
					[person.name, ...person.variants, ...person.mentionedAs],
					entry.body ?? '',
					person.kind === 'body',
				),
			)
			.map((entry) => entry.id),
	}));
}

/** The changelog newest first; entries of one day keep their file order (written newest first). */
export function changelogOrder(updates: readonly Update[]): Update[] {
	return [...updates].sort((a, b) => b.date.localeCompare(a.date));
}

/** The page quizzes (with their file names) and the final quiz, from the quiz files. */
export function splitQuizzes<Q extends { id: string; data: Quiz }>(
	quizzes: readonly Q[],
): { pageQuizzes: PageQuiz[]; final: Q | undefined } {
	return {
		pageQuizzes: quizzes.flatMap((quiz) =>
			'explainer' in quiz.data ? [{ id: quiz.id, ...quiz.data }] : [],
		),
		final: quizzes.find((quiz) => 'picks' in quiz.data),
	};
}

/**
 * Every quiz, page quizzes first (in the explainers' order) then the final one, each question
 * told which section teaches it; and the indexes the routes look them up by.
 */
export function buildQuizzes(input: {
	lang: Lang;
	explainers: readonly ExplainerBasics[];
	pageQuizzes: readonly PageQuiz[];
	final: { id: string; data: Quiz } | undefined;
}): { quizList: QuizEntry[]; quizIndex: QuizIndexes; questionsById: Map<string, PageQuestion> } {
	const { explainers, pageQuizzes, final } = input;
	const href = hrefIn(input.lang);
	const questionsById = new Map<string, PageQuestion>(
		pageQuizzes.flatMap((quiz) =>
			quiz.questions.map((q) => [q.id, { ...q, explainer: quiz.explainer }] as const),
		),
	);
	const sectionTitle = (slug: string, section: string) =>
		explainers.find((page) => page.slug === slug)?.facts.sections.find((s) => s.id === section)
			?.text ?? section;
	const prepare = (question: PageQuestion): QuizQuestion => {
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
	return { quizList, quizIndex, questionsById };
}

/**
 * The bibliography's pages: one per type of source, split so that no page is too heavy for a
 * slow connection (at most 80 entries, about 9 KB gzip). Sorted by publisher, then date.
 */
export function buildSourcePages(
	sources: readonly Source[],
	lang: Lang,
): {
	sourcesById: Map<string, Source>;
	sourcePages: SourcePage[];
	sourceHref: (id: string) => string;
	sourceFor: (id: string) => Source | undefined;
} {
	const sourcePages = SourceTypeSchema.options.flatMap((type) => {
		const ofType = sources
			.filter((source) => source.type === type)
			.sort(
				(a, b) =>
					a.publisher.localeCompare(b.publisher) || (a.date ?? '').localeCompare(b.date ?? ''),
			);
		const chunks = paginate(ofType, SOURCES_PER_PAGE);
		return chunks.map((chunk, i) => ({
			type,
			number: i + 1,
			of: chunks.length,
			path: localePath(i === 0 ? `/sources/${type}/` : `/sources/${type}/${i + 1}/`, lang),
			sources: chunk,
		}));
	});
	const sourcePath = new Map(
		sourcePages.flatMap((page) => page.sources.map((source) => [source.id, page.path] as const)),
	);
	const sourcesById = new Map(sources.map((source) => [source.id, source]));
	/** The source an edition shows for a cited id: in French, its French original if it has one. */
	const sourceFor = (id: string): Source | undefined => {
		const source = sourcesById.get(id);
		const original = lang === 'fr' && source?.french ? sourcesById.get(source.french) : undefined;
		return original ?? source;
	};
	return {
		sourcesById,
		sourcePages,
		sourceHref: (id) => {
			const shown = sourceFor(id)?.id ?? id;
			return `${sourcePath.get(shown) ?? localePath('/sources/', lang)}#${shown}`;
		},
		sourceFor,
	};
}

/**
 * The changelog's pages, newest first: it grows with every change, and a page of it must stay
 * within a reading page's first 14 KB. `updates` is newest first already.
 */
export function buildUpdatePages(
	updates: readonly Update[],
	lang: Lang,
): {
	updatePages: UpdatePage[];
	updateHref: (id: string) => string;
	updatesFor: (page: string) => Update[];
} {
	const href = hrefIn(lang);
	const updatePages = paginate(updates, UPDATES_PER_PAGE).map((entries, i, all) => ({
		number: i + 1,
		of: all.length,
		path: href(i === 0 ? '/updates/' : `/updates/${i + 1}/`),
		entries,
	}));
	const updatePath = new Map(
		updatePages.flatMap((page) => page.entries.map((entry) => [entry.id, page.path] as const)),
	);
	return {
		updatePages,
		updateHref: (id) => `${updatePath.get(id) ?? href('/updates/')}#${id}`,
		updatesFor: (page) => updates.filter((update) => update.pages.includes(page)),
	};
}

/** Every page a changelog entry may name, with the anchors a section link may point at. */
export function buildAnchors(content: {
	pageNames: Iterable<string>;
	timeline: readonly { id: string }[];
	people: readonly { id: string }[];
	glossary: readonly { id: string }[];
	profiles: readonly Pick<Profile, 'id' | 'facts'>[];
	explainers: readonly Pick<ExplainerBasics, 'slug' | 'facts'>[];
}): Record<string, string[]> {
	return Object.fromEntries([
		...[...content.pageNames].map((name) => [name, [] as string[]]),
		['quiz', []],
		['timeline', content.timeline.map((event) => event.id)],
		['people', content.people.map((person) => person.id)],
		['glossary', content.glossary.map((term) => term.id)],
		[
			'at-a-glance',
			content.profiles.flatMap((profile) => [
				profile.id,
				...profile.facts.map((fact) => `${profile.id}-${fact.id}`),
			]),
		],
		...content.explainers.map((page) => [
			page.slug,
			page.facts.sections.map((section) => section.id),
		]),
	]);
}

/** The links a changelog entry's pages and sections make: where each is, and what to call it. */
export function buildLinks(content: {
	lang: Lang;
	explainers: readonly ExplainerBasics[];
	pages: ReadonlyMap<string, { data: { title: string } }>;
	final: { data: { title: string } } | undefined;
	timeline: readonly TimelineEvent[];
	people: readonly Pick<Person, 'id' | 'name'>[];
	glossary: readonly Pick<Term, 'id' | 'term'>[];
}): {
	pageLink: (page: string) => PageLink;
	sectionLink: (value: string) => PageLink & { page: string };
} {
	const { lang, explainers, pages, final, timeline, people, glossary } = content;
	const href = hrefIn(lang);
	/** A page named in the changelog: its address and its title. */
	const pageLink = (page: string): PageLink => {
		const explainer = explainers.find((e) => e.slug === page);
		if (explainer) return { href: href(`/${page}/`), title: explainer.data.title };
		if (page === 'home') return { href: href('/'), title: pages.get('home')?.data.title ?? page };
		if (page === 'quiz') return { href: href('/quiz/'), title: final?.data.title ?? page };
		return { href: href(`/${page}/`), title: pages.get(page)?.data.title ?? page };
	};
	const sectionLink = (value: string) => {
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
	};
	return { pageLink, sectionLink };
}

/** What the cross-file checks (src/lib/integrity.ts) read of an edition. */
export function buildContentIndex(
	content: Omit<SiteContent, 'explainers' | 'pages' | 'quizzes' | 'lang'> & {
		explainers: readonly ExplainerBasics[];
		pageQuizzes: readonly PageQuiz[];
		final: { id: string; data: Quiz } | undefined;
		anchors: Record<string, string[]>;
	},
): ContentIndex {
	const { dir, explainers, sources, pageQuizzes, final, timeline, people, profiles } = content;
	return {
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
		updates: { file: `${dir}/updates.yaml`, entries: content.updates, pages: content.anchors },
	};
}

/** The latest factsAsOf of any explainer, or `''` when there are none. */
export function latestFactsAsOf(explainers: readonly Pick<ExplainerBasics, 'data'>[]): string {
	return (
		explainers
			.map((page) => page.data.factsAsOf)
			.sort()
			.at(-1) ?? ''
	);
}

/** Everything an edition's pages read, built from its checked content. */
export function buildSite(content: SiteContent): Site {
	const { lang, explainers, pages, sources, timeline, people, glossary, updates, profiles } =
		content;
	const { pageQuizzes, final } = splitQuizzes(content.quizzes);
	return {
		lang,
		href: hrefIn(lang),
		dir: content.dir,
		pages,
		...buildQuizzes({ lang, explainers, pageQuizzes, final }),
		explainers,
		sources,
		...buildSourcePages(sources, lang),
		pageQuizzes,
		final,
		timeline,
		people,
		glossary,
		updates,
		...buildUpdatePages(updates, lang),
		...buildLinks({ lang, explainers, pages, final, timeline, people, glossary }),
		profiles,
		latestFactsAsOf: latestFactsAsOf(explainers),
	};
}

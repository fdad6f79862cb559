/**
 * Everything pages read from the content, loaded once and checked once. Importing this module
 * runs the cross-file integrity checks; any problem stops the build with a message that names
 * the file, the field and the bad value.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { ExplainerFacts } from '../plugins/remark-explainer';
import {
	checkContent,
	checkFrontmatterDates,
	formatProblems,
	type ContentIndex,
} from '../lib/integrity';
import { readYamlList } from '../lib/yaml-list';
import { mentions } from '../lib/mentions';
import { paginate } from '../lib/paginate';
import type { QuizIndex } from '../lib/assignment';
import { resolvePicks, type QuizQuestion } from '../lib/quiz-view';
import {
	SourceTypeSchema,
	TimelineEventSchema,
	type Question,
	type Source,
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

const root = process.env.CONTENT_DIR ?? 'content';

async function load() {
	const explainerEntries = (await getCollection('explainers')).sort(
		(a, b) => a.data.order - b.data.order,
	);
	const explainers: ExplainerPage[] = await Promise.all(
		explainerEntries.map(async (entry) => {
			const { Content, remarkPluginFrontmatter } = await render(entry);
			return {
				slug: entry.id,
				file: `${root}/explainers/${entry.id}.mdx`,
				entry,
				data: entry.data,
				facts: remarkPluginFrontmatter.explainer as ExplainerFacts,
				Content,
			};
		}),
	);
	const pages = new Map((await getCollection('pages')).map((entry) => [entry.id, entry]));
	const sources = (await getCollection('sources')).map((entry) => entry.data);
	const quizzes = await getCollection('quizzes');
	// getCollection returns entries sorted by id; the timeline's meaning is its file order, so read
	// the file (the collection's loader has already refused it if anything in it is wrong).
	const timelineFile = `${root}/timeline.yaml`;
	const timeline = readYamlList(
		await readFile(timelineFile, 'utf8'),
		timelineFile,
		TimelineEventSchema,
	).entries.map((entry) => entry.data);
	// Which explainers mention each person or body is read from the text, never kept by hand.
	const people = (await getCollection('people')).map(({ data }) => ({
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
	const glossary = (await getCollection('glossary')).map((entry) => entry.data);
	// Like the timeline, the changelog and the profiles mean something in file order: read it.
	const fileOrder = async (file: string) =>
		existsSync(file)
			? readYamlList(
					await readFile(file, 'utf8'),
					file,
					z.looseObject({ id: z.string() }),
				).entries.map((entry) => entry.id)
			: [];
	const updatesOrder = await fileOrder(`${root}/updates.yaml`);
	// Newest first; entries of one day keep their file order (the file is written newest first).
	const updates = (await getCollection('updates'))
		.map((entry) => entry.data)
		.sort(
			(a, b) =>
				b.date.localeCompare(a.date) || updatesOrder.indexOf(a.id) - updatesOrder.indexOf(b.id),
		);
	// The profiles page shows them in file order: Niger first, then the bloc.
	const profilesOrder = await fileOrder(`${root}/profiles.yaml`);
	const profiles = (await getCollection('profiles'))
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
			file: `${root}/quizzes/${quiz.id}.yaml`,
			explainer: quiz.explainer,
			questions: quiz.questions,
		})),
		finalQuiz:
			final && 'picks' in final.data
				? { file: `${root}/quizzes/${final.id}.yaml`, picks: final.data.picks }
				: undefined,
		sourced: [
			...timeline.map((event) => ({
				file: `${root}/timeline.yaml`,
				id: event.id,
				source: event.source,
			})),
			...people.map((person) => ({
				file: `${root}/people.yaml`,
				id: person.id,
				source: person.source,
			})),
			...profiles.flatMap((profile) =>
				profile.facts.flatMap((fact) =>
					fact.sources.map((source) => ({
						file: `${root}/profiles.yaml`,
						id: `${profile.id}.${fact.id}`,
						source,
					})),
				),
			),
		],
		timeline: { file: `${root}/timeline.yaml`, events: timeline },
		updates: {
			file: `${root}/updates.yaml`,
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
	if (problems.length > 0) throw new Error(formatProblems(problems));

	const sourcesById = new Map<string, Source>(sources.map((source) => [source.id, source]));
	const sourcePages = paginateSources(sources);
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
				href: `/${explainer}/#${question.section}`,
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
		pages,
		quizList,
		quizIndex,
		explainers,
		sources,
		sourcesById,
		sourcePages,
		/** Where a source is listed in the bibliography. */
		sourceHref: (id: string) => `${sourcePath.get(id) ?? '/sources/'}#${id}`,
		pageQuizzes,
		final,
		questionsById,
		timeline,
		people,
		glossary,
		updates,
		/** The changelog entries that touched a page, newest first. */
		updatesFor: (page: string) => updates.filter((update) => update.pages.includes(page)),
		/** Where a changelog entry's page or section is, and what to call it. */
		pageLink: (page: string) => pageLink(page),
		sectionLink: (value: string) => {
			const [page = '', id = ''] = value.split('#');
			const href = `${pageLink(page).href}#${id}`;
			const explainer = explainers.find((e) => e.slug === page);
			const title =
				explainer?.facts.sections.find((section) => section.id === id)?.text ??
				timeline.find((event) => event.id === id)?.text ??
				people.find((person) => person.id === id)?.name ??
				glossary.find((term) => term.id === id)?.term ??
				id;
			return { href, title, page };
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
		if (explainer) return { href: `/${page}/`, title: explainer.data.title };
		if (page === 'home') return { href: '/', title: pages.get('home')?.data.title ?? page };
		if (page === 'quiz') return { href: '/quiz/', title: final?.data.title ?? page };
		return { href: `/${page}/`, title: pages.get(page)?.data.title ?? page };
	}
}

/**
 * The bibliography's pages: one per type of source, split so that no page is too heavy for a
 * slow connection (at most 80 entries, about 9 KB gzip). Sorted by publisher, then date.
 */
function paginateSources(sources: Source[]) {
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
			path: i === 0 ? `/sources/${type}/` : `/sources/${type}/${i + 1}/`,
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

/** The whole site's content, loaded and checked. */
export const site = await load();

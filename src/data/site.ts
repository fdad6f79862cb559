/**
 * Everything pages read from the content, loaded once and checked once. Importing this module
 * runs the cross-file integrity checks; any problem stops the build with a message that names
 * the file, the field and the bad value.
 */
import { readFile } from 'node:fs/promises';
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
	const updates = (await getCollection('updates'))
		.map((entry) => entry.data)
		.sort((a, b) => b.date.localeCompare(a.date));

	const pageQuizzes = quizzes.flatMap((quiz) =>
		'explainer' in quiz.data ? [{ id: quiz.id, ...quiz.data }] : [],
	);
	const final = quizzes.find((quiz) => 'picks' in quiz.data);

	const index: ContentIndex = {
		explainers: explainers.map((page) => ({ slug: page.slug, file: page.file, ...page.facts })),
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
		],
		timeline: { file: `${root}/timeline.yaml`, events: timeline },
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

	return {
		pages,
		quizList,
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
	};
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

/** The whole site's content, loaded and checked. */
export const site = await load();

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
import { TimelineEventSchema, type Question, type Source } from '../schemas/content';

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
	// getCollection returns entries sorted by id; the timeline's meaning is its file order.
	const timelineById = new Map(
		(await getCollection('timeline')).map((entry) => [entry.id, entry.data]),
	);
	const timelineFile = `${root}/timeline.yaml`;
	const timeline = readYamlList(
		await readFile(timelineFile, 'utf8'),
		timelineFile,
		TimelineEventSchema,
	).entries.map((entry) => timelineById.get(entry.id)!);
	const people = (await getCollection('people')).map((entry) => entry.data);
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
		explainerLinks: people.map((person) => ({
			file: `${root}/people.yaml`,
			id: person.id,
			explainers: person.explainers,
		})),
	};
	const rawDates = await Promise.all(
		explainers.map(async (page) =>
			checkFrontmatterDates(page.file, await readFile(page.file, 'utf8')),
		),
	);
	const problems = [...rawDates.flat(), ...checkContent(index)];
	if (problems.length > 0) throw new Error(formatProblems(problems));

	const sourcesById = new Map<string, Source>(sources.map((source) => [source.id, source]));
	const questionsById = new Map<string, Question & { explainer: string }>(
		pageQuizzes.flatMap((quiz) =>
			quiz.questions.map((q) => [q.id, { ...q, explainer: quiz.explainer }] as const),
		),
	);
	return {
		pages,
		explainers,
		sources,
		sourcesById,
		pageQuizzes,
		final,
		questionsById,
		timeline,
		people,
		glossary,
		updates,
	};
}

/** The whole site's content, loaded and checked. */
export const site = await load();

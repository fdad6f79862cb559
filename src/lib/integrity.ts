/**
 * Cross-file checks of the content that no single schema can make: every id that one file uses
 * must exist in another. Each problem comes back as a `ContentProblem` that names the file, the
 * field and the bad value, and the build stops on any of them (see `src/data/site.ts`).
 */
import { isCalendarDate } from './dates';
import { findOutOfOrder } from './timeline';

/** One thing wrong with the content, phrased for the person who wrote it. */
export interface ContentProblem {
	/** The file, relative to the project (`content/sources.yaml`), with `:line` when known. */
	file: string;
	/** The field or element at fault (`<Cite id>`, `questions[3].section`). */
	field: string;
	/** What is wrong and what to do, naming the bad value. */
	message: string;
}

/** What the checks need to know about one explainer. */
export interface ExplainerIndex {
	slug: string;
	file: string;
	citationUses: { id: string; line: number }[];
	sections: { id: string; line: number }[];
	headingsWithoutId: { text: string; line: number }[];
	/** The frontmatter dates that must agree with each other. */
	dates?: { factsAsOf: string; checkedAsOf: string };
}

/** The changelog, reduced to what the checks need. */
export interface UpdatesIndex {
	file: string;
	entries: { id: string; pages: string[]; sections: string[] }[];
	/**
	 * Every page an entry may name, with the ids a section link may point at on it (explainer
	 * sections, timeline events, glossary terms…); an empty list when the page has none.
	 */
	pages: Record<string, string[]>;
}

/** A page quiz, reduced to what the checks need. */
export interface PageQuizIndex {
	file: string;
	explainer: string;
	questions: { id: string; section: string; source: string }[];
}

/** The final quiz, reduced to what the checks need. */
export interface FinalQuizIndex {
	file: string;
	picks: string[];
}

/** Everything the cross-file checks look at. */
export interface ContentIndex {
	explainers: ExplainerIndex[];
	sourceIds: string[];
	pageQuizzes: PageQuizIndex[];
	finalQuiz?: FinalQuizIndex;
	/** Data entries that cite one source each (timeline, people), by file. */
	sourced: { file: string; id: string; source: string }[];
	/** Timeline events in file order, which must be date order. */
	timeline?: { file: string; events: { id: string; date: string }[] };
	/** The changelog, whose pages and sections must exist. */
	updates?: UpdatesIndex;
}

/**
 * Check the dates in a file's raw YAML frontmatter. YAML reads `2026-02-30` as a Date and rolls
 * it over to 2 March without a word, so the schema never sees the mistake; the raw text does.
 * `checkFrontmatterDates('x.mdx', '---\nupdated: 2026-02-30\n---')` ⇒ one problem for `updated`.
 */
export function checkFrontmatterDates(file: string, text: string): ContentProblem[] {
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
	const problems: ContentProblem[] = [];
	for (const [, field, value] of frontmatter.matchAll(
		/^([A-Za-z]\w*):\s*['"]?(\d{4}-\d{2}-\d{2})['"]?\s*$/gm,
	)) {
		if (!isCalendarDate(value!)) {
			problems.push({
				file,
				field: field!,
				message: `expected a real date written YYYY-MM-DD, got "${value}"`,
			});
		}
	}
	return problems;
}

/** Render problems as the lines of one error message. */
export function formatProblems(problems: ContentProblem[]): string {
	const lines = problems.map((p) => `  ${p.file} — ${p.field}: ${p.message}`);
	return `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

/** Ids that appear more than once, each reported once. */
export function findDuplicates(ids: string[]): string[] {
	const seen = new Set<string>();
	const repeated = new Set<string>();
	for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
	return [...repeated];
}

/**
 * Check that every reference in the content resolves. Returns no problems for sound content.
 * `checkContent({ …, sourceIds: ['a'], explainers: [{ citationUses: [{ id: 'b', line: 4 }] … }] })`
 * ⇒ one problem: `<Cite id>` names "b", which is not in content/sources.yaml.
 */
export function checkContent(index: ContentIndex): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const sources = new Set(index.sourceIds);
	const unknownSource = (id: string) =>
		`names the source "${id}", which is not in content/sources.yaml`;

	for (const explainer of index.explainers) {
		for (const use of explainer.citationUses) {
			if (!sources.has(use.id)) {
				problems.push({
					file: `${explainer.file}:${use.line}`,
					field: '<Cite id>',
					message: unknownSource(use.id),
				});
			}
		}
		for (const heading of explainer.headingsWithoutId) {
			problems.push({
				file: `${explainer.file}:${heading.line}`,
				field: '## heading',
				message: `"${heading.text}" has no section id: end the line with {/* #some-id */}`,
			});
		}
		for (const id of findDuplicates(explainer.sections.map((s) => s.id))) {
			problems.push({
				file: explainer.file,
				field: 'section id',
				message: `"${id}" is used by more than one heading`,
			});
		}
		if (explainer.dates && explainer.dates.checkedAsOf < explainer.dates.factsAsOf) {
			problems.push({
				file: explainer.file,
				field: 'checkedAsOf',
				message: `is ${explainer.dates.checkedAsOf}, earlier than factsAsOf (${explainer.dates.factsAsOf}): the latest reporting checked cannot predate the latest fact`,
			});
		}
		if (!index.pageQuizzes.some((quiz) => quiz.explainer === explainer.slug)) {
			problems.push({
				file: explainer.file,
				field: 'quiz',
				message: `the explainer "${explainer.slug}" has no quiz: add content/quizzes/${explainer.slug}.yaml`,
			});
		}
	}

	const questionIds = index.pageQuizzes.flatMap((quiz) => quiz.questions.map((q) => q.id));
	for (const id of findDuplicates(questionIds)) {
		const files = index.pageQuizzes
			.filter((quiz) => quiz.questions.some((q) => q.id === id))
			.map((q) => q.file);
		problems.push({
			file: files.join(', '),
			field: 'questions[].id',
			message: `the question id "${id}" is used more than once`,
		});
	}

	for (const quiz of index.pageQuizzes) {
		const explainer = index.explainers.find((e) => e.slug === quiz.explainer);
		if (!explainer) {
			problems.push({
				file: quiz.file,
				field: 'explainer',
				message: `"${quiz.explainer}" is not an explainer in content/explainers/`,
			});
		}
		const sections = new Set(explainer?.sections.map((s) => s.id));
		quiz.questions.forEach((question, i) => {
			if (explainer && !sections.has(question.section)) {
				problems.push({
					file: quiz.file,
					field: `questions[${i}].section`,
					message: `"${question.section}" (question ${question.id}) is not a section id of ${explainer.file}`,
				});
			}
			if (!sources.has(question.source)) {
				problems.push({
					file: quiz.file,
					field: `questions[${i}].source`,
					message: unknownSource(question.source),
				});
			}
		});
	}

	if (index.finalQuiz) {
		const { file, picks } = index.finalQuiz;
		const known = new Set(questionIds);
		picks.forEach((id, i) => {
			if (!known.has(id))
				problems.push({
					file,
					field: `picks[${i}]`,
					message: `"${id}" is not the id of a question in any page quiz`,
				});
		});
		for (const id of findDuplicates(picks)) {
			problems.push({ file, field: 'picks', message: `"${id}" is picked more than once` });
		}
		for (const quiz of index.pageQuizzes) {
			if (!quiz.questions.some((q) => picks.includes(q.id))) {
				problems.push({
					file,
					field: 'picks',
					message: `no question is picked from ${quiz.file}: the final quiz must cover every explainer`,
				});
			}
		}
	}

	if (index.timeline) {
		for (const id of findOutOfOrder(index.timeline.events)) {
			problems.push({
				file: index.timeline.file,
				field: `${id}.date`,
				message: 'is earlier than the event before it: keep events in date order',
			});
		}
	}

	if (index.updates) {
		const { file, entries, pages } = index.updates;
		for (const entry of entries) {
			entry.pages.forEach((page, i) => {
				if (!(page in pages))
					problems.push({
						file,
						field: `${entry.id}.pages[${i}]`,
						message: `"${page}" is not a page of the site (one of: ${Object.keys(pages).join(', ')})`,
					});
			});
			entry.sections.forEach((value, i) => {
				const [page = '', section = ''] = value.split('#');
				const ids = pages[page];
				if (!ids) {
					problems.push({
						file,
						field: `${entry.id}.sections[${i}]`,
						message: `"${value}" names the page "${page}", which is not a page of the site`,
					});
				} else if (!ids.includes(section)) {
					problems.push({
						file,
						field: `${entry.id}.sections[${i}]`,
						message: `"${value}": the page "${page}" has no section with the id "${section}"`,
					});
				}
			});
		}
	}

	for (const entry of index.sourced) {
		if (!sources.has(entry.source)) {
			problems.push({
				file: entry.file,
				field: `${entry.id}.source`,
				message: unknownSource(entry.source),
			});
		}
	}
	return problems;
}

import { describe, expect, test } from 'vitest';
import {
	checkContent,
	checkFrontmatterDates,
	findDuplicates,
	formatProblems,
	type ContentIndex,
} from '../../src/lib/integrity';

/** A small, sound content index; each test breaks one thing in a copy of it. */
function sound(): ContentIndex {
	return {
		explainers: [
			{
				slug: 'niger-coup',
				file: 'content/explainers/niger-coup.mdx',
				citationUses: [{ id: 'afp-1', line: 12 }],
				sections: [{ id: 'night', line: 10 }],
				headingsWithoutId: [],
				dates: { factsAsOf: '2026-01-02', checkedAsOf: '2026-01-30' },
			},
		],
		sourceIds: ['afp-1', 'reuters-1'],
		pageQuizzes: [
			{
				file: 'content/quizzes/niger-coup.yaml',
				explainer: 'niger-coup',
				questions: [
					{ id: 'nc-1', section: 'night', source: 'afp-1' },
					{ id: 'nc-2', section: 'night', source: 'reuters-1' },
				],
			},
		],
		finalQuiz: { file: 'content/quizzes/final.yaml', picks: ['nc-1'] },
		sourced: [{ file: 'content/timeline.yaml', id: 'coup', source: 'afp-1' }],
		updates: {
			file: 'content/updates.yaml',
			entries: [
				{
					id: 'fix',
					pages: ['niger-coup', 'timeline'],
					sections: ['niger-coup#night', 'timeline#coup'],
				},
			],
			pages: { 'niger-coup': ['night'], timeline: ['coup'], about: [] },
		},
	};
}

describe('checkContent', () => {
	test('finds nothing wrong with sound content', () => {
		expect(checkContent(sound())).toEqual([]);
	});

	test('names the file, line and id of a citation to an unknown source', () => {
		const index = sound();
		index.explainers[0]!.citationUses.push({ id: 'afp-typo', line: 40 });
		expect(checkContent(index)).toEqual([
			{
				file: 'content/explainers/niger-coup.mdx:40',
				field: '<Cite id>',
				message: 'names the source "afp-typo", which is not in content/sources.yaml',
			},
		]);
	});

	test('refuses a question id used in two quizzes', () => {
		const index = sound();
		index.pageQuizzes.push({
			file: 'content/quizzes/ecowas.yaml',
			explainer: 'niger-coup',
			questions: [{ id: 'nc-1', section: 'night', source: 'afp-1' }],
		});
		const problems = checkContent(index);
		expect(problems).toContainEqual({
			file: 'content/quizzes/niger-coup.yaml, content/quizzes/ecowas.yaml',
			field: 'questions[].id',
			message: 'the question id "nc-1" is used more than once',
		});
	});

	test('refuses a question that points at a section the page does not have', () => {
		const index = sound();
		index.pageQuizzes[0]!.questions[1]!.section = 'morning';
		expect(checkContent(index)).toEqual([
			{
				file: 'content/quizzes/niger-coup.yaml',
				field: 'questions[1].section',
				message:
					'"morning" (question nc-2) is not a section id of content/explainers/niger-coup.mdx',
			},
		]);
	});

	test('refuses a question, timeline event or person citing an unknown source', () => {
		const index = sound();
		index.pageQuizzes[0]!.questions[0]!.source = 'nope';
		index.sourced[0]!.source = 'nope-2';
		const fields = checkContent(index).map((p) => `${p.file} ${p.field}`);
		expect(fields).toEqual([
			'content/quizzes/niger-coup.yaml questions[0].source',
			'content/timeline.yaml coup.source',
		]);
	});

	test('refuses an explainer without a quiz', () => {
		const index = sound();
		index.pageQuizzes = [];
		index.finalQuiz = undefined;
		expect(checkContent(index)).toEqual([
			{
				file: 'content/explainers/niger-coup.mdx',
				field: 'quiz',
				message: 'the explainer "niger-coup" has no quiz: add content/quizzes/niger-coup.yaml',
			},
		]);
	});

	test('refuses a section heading without an id, and a section id used twice', () => {
		const index = sound();
		index.explainers[0]!.headingsWithoutId.push({ text: 'Reactions', line: 30 });
		index.explainers[0]!.sections.push({ id: 'night', line: 50 });
		expect(checkContent(index).map((p) => p.field)).toEqual(['## heading', 'section id']);
	});

	test('refuses final-quiz picks that do not exist, repeat, or leave an explainer out', () => {
		const index = sound();
		index.finalQuiz!.picks = ['nc-9', 'nc-9'];
		expect(checkContent(index).map((p) => p.message)).toEqual([
			'"nc-9" is not the id of a question in any page quiz',
			'"nc-9" is not the id of a question in any page quiz',
			'"nc-9" is picked more than once',
			'no question is picked from content/quizzes/niger-coup.yaml: the final quiz must cover every explainer',
		]);
	});
});

describe('checkContent: currency', () => {
	test('refuses a checkedAsOf earlier than factsAsOf, naming file and field', () => {
		const index = sound();
		index.explainers[0]!.dates = { factsAsOf: '2026-01-02', checkedAsOf: '2025-12-31' };
		expect(checkContent(index)).toEqual([
			{
				file: 'content/explainers/niger-coup.mdx',
				field: 'checkedAsOf',
				message:
					'is 2025-12-31, earlier than factsAsOf (2026-01-02): the latest reporting checked cannot predate the latest fact',
			},
		]);
	});

	test('accepts a checkedAsOf equal to factsAsOf', () => {
		const index = sound();
		index.explainers[0]!.dates = { factsAsOf: '2026-01-02', checkedAsOf: '2026-01-02' };
		expect(checkContent(index)).toEqual([]);
	});

	test('refuses a changelog entry naming a page or a section that does not exist', () => {
		const index = sound();
		index.updates!.entries.push({
			id: 'typo',
			pages: ['niger-cop', 'niger-coup'],
			sections: ['niger-coup#nigth', 'glossary#cnsp'],
		});
		expect(checkContent(index)).toEqual([
			{
				file: 'content/updates.yaml',
				field: 'typo.pages[0]',
				message: '"niger-cop" is not a page of the site (one of: niger-coup, timeline, about)',
			},
			{
				file: 'content/updates.yaml',
				field: 'typo.sections[0]',
				message: '"niger-coup#nigth": the page "niger-coup" has no section with the id "nigth"',
			},
			{
				file: 'content/updates.yaml',
				field: 'typo.sections[1]',
				message: '"glossary#cnsp" names the page "glossary", which is not a page of the site',
			},
		]);
	});
});

describe('findDuplicates', () => {
	test('returns each repeated id once', () => {
		expect(findDuplicates(['a', 'b', 'a', 'a', 'c', 'b'])).toEqual(['a', 'b']);
		expect(findDuplicates([])).toEqual([]);
	});
});

describe('formatProblems', () => {
	test('lists every problem on its own line under a count', () => {
		expect(
			formatProblems([
				{ file: 'a.yaml', field: 'id', message: 'x' },
				{ file: 'b.mdx:3', field: '<Cite id>', message: 'y' },
			]),
		).toBe('The content has 2 problems:\n  a.yaml — id: x\n  b.mdx:3 — <Cite id>: y');
	});
});

describe('checkFrontmatterDates', () => {
	test('finds a date that YAML would silently roll over, naming field and value', () => {
		const text =
			'---\ntitle: A page\nupdated: 2026-11-26\nfactsAsOf: 2026-02-30\n---\n\nBody 2026-99-99.';
		expect(checkFrontmatterDates('content/explainers/x.mdx', text)).toEqual([
			{
				file: 'content/explainers/x.mdx',
				field: 'factsAsOf',
				message: 'expected a real date written YYYY-MM-DD, got "2026-02-30"',
			},
		]);
	});
	test('accepts real dates, quoted or not', () => {
		expect(
			checkFrontmatterDates('x.mdx', "---\nupdated: '2024-02-29'\nfactsAsOf: 2026-03-15\n---\n"),
		).toEqual([]);
	});
});

import { describe, expect, test } from 'vitest';
import {
	ExplainerSchema,
	QuestionSchema,
	QuizSchema,
	ProfileSchema,
	SourceSchema,
	TimelineEventSchema,
	UpdateSchema,
} from '../../src/schemas/content';

const summary = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
const explainer = {
	title: 'The coup in Niger',
	description: 'How the presidential guard overthrew the elected president of Niger in July 2023.',
	summary,
	order: 1,
	updated: new Date('2026-11-26'),
	factsAsOf: '2026-03-15',
	checkedAsOf: '2026-04-01',
	objectives: [
		'Explain who took power.',
		'Explain why they said they did.',
		'Describe the reactions.',
	],
	discussion: ['Was it a coup?', 'Who gained from it?', 'What should ECOWAS have done?'],
};

/** The message zod gives for the first issue at `field`. */
function issueAt(
	result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
	field: string,
) {
	expect(result.success).toBe(false);
	return result.error!.issues.find((issue) => issue.path.join('.') === field)?.message;
}

describe('ExplainerSchema', () => {
	test('accepts sound frontmatter and keeps dates as YYYY-MM-DD strings', () => {
		const data = ExplainerSchema.parse(explainer);
		expect(data.updated).toBe('2026-11-26');
		expect(data.factsAsOf).toBe('2026-03-15');
	});
	test.each([
		['title', { title: undefined }, /expected string/],
		['description', { description: 'x'.repeat(161) }, /at most 160 characters \(is 161\)/],
		['summary', { summary: 'Far too short.' }, /about 80 words \(50–110\), has 3/],
		['order', { order: 0 }, /must be more than 0, got 0/],
		['updated', { updated: '26 July 2023' }, /YYYY-MM-DD, got "26 July 2023"/],
		['factsAsOf', { factsAsOf: '2026-02-30' }, /real date written YYYY-MM-DD, got "2026-02-30"/],
		['checkedAsOf', { checkedAsOf: undefined }, /expected a date written YYYY-MM-DD, got nothing/],
		['checkedAsOf', { checkedAsOf: 'April 2026' }, /YYYY-MM-DD, got "April 2026"/],
		['objectives', { objectives: ['Only one objective here.'] }, /needs at least 3 entries, has 1/],
		['discussion', { discussion: ['Only one question?'] }, /needs at least 3 entries, has 1/],
	])('refuses a bad %s with a message that says why', (field, change, message) => {
		expect(issueAt(ExplainerSchema.safeParse({ ...explainer, ...change }), field)).toMatch(message);
	});
});

describe('SourceSchema', () => {
	const source = {
		id: 'afp-2023-07-27-guard',
		publisher: 'AFP',
		title: 'Guard seizes power',
		date: '2023-07-27',
		url: 'https://example.org/a',
		type: 'wire',
	};
	test('accepts a sound source', () => {
		expect(SourceSchema.parse(source).type).toBe('wire');
	});
	test.each([
		['id', { id: 'AFP 27 July' }, /kebab-case id .* got "AFP 27 July"/],
		['url', { url: 'ftp://example.org' }, /http\(s\) address, got "ftp:\/\/example.org"/],
		[
			'type',
			{ type: 'blog' },
			/must be one of "primary", "wire", "news", "analysis", "reference", got "blog"/,
		],
		['date', { date: 'July 2023' }, /YYYY, YYYY-MM or YYYY-MM-DD, got "July 2023"/],
	])('refuses a bad %s', (field, change, message) => {
		expect(issueAt(SourceSchema.safeParse({ ...source, ...change }), field)).toMatch(message);
	});
});

describe('QuestionSchema', () => {
	const base = {
		skill: 'recall',
		prompt: 'Which unit?',
		explanation: 'Because the guard did it.',
		section: 'night',
		source: 'afp-1',
	};
	const options = [
		{ id: 'a', text: 'A' },
		{ id: 'b', text: 'B' },
		{ id: 'c', text: 'C' },
		{ id: 'd', text: 'D' },
	];
	test.each([
		['single', { type: 'single', options, answer: 'a' }],
		['multiple', { type: 'multiple', options, answer: ['a', 'c'] }],
		['truefalse', { type: 'truefalse', answer: false, feedback: 'It was the guard.' }],
		[
			'order',
			{
				type: 'order',
				items: [
					{ id: 'x', text: 'X' },
					{ id: 'y', text: 'Y' },
					{ id: 'z', text: 'Z' },
				],
			},
		],
		[
			'match',
			{
				type: 'match',
				pairs: [
					{ id: 'p', left: 'L1', right: 'R1' },
					{ id: 'q', left: 'L2', right: 'R2' },
					{ id: 'r', left: 'L3', right: 'R3' },
				],
			},
		],
	])('accepts a sound %s question', (_, fields) => {
		expect(QuestionSchema.parse({ id: 'q-1', ...base, ...fields }).id).toBe('q-1');
	});
	test('refuses an answer that is not one of the options', () => {
		expect(
			issueAt(
				QuestionSchema.safeParse({ id: 'q', ...base, type: 'single', options, answer: 'e' }),
				'answer',
			),
		).toBe('answer must be the id of one of the options');
	});
	test('refuses a multiple question with a single answer, and an order question of two items', () => {
		expect(
			QuestionSchema.safeParse({ id: 'q', ...base, type: 'multiple', options, answer: ['a'] })
				.success,
		).toBe(false);
		expect(
			QuestionSchema.safeParse({ id: 'q', ...base, type: 'order', items: options.slice(0, 2) })
				.success,
		).toBe(false);
	});
	test('refuses an unknown type', () => {
		expect(QuestionSchema.safeParse({ id: 'q', ...base, type: 'essay' }).success).toBe(false);
	});
});

describe('QuizSchema', () => {
	test('accepts a final quiz of 20 picks and refuses one of 5', () => {
		const picks = Array.from({ length: 20 }, (_, i) => `q-${i}`);
		expect(QuizSchema.safeParse({ title: 'Final quiz', picks }).success).toBe(true);
		expect(QuizSchema.safeParse({ title: 'Final quiz', picks: picks.slice(0, 5) }).success).toBe(
			false,
		);
	});
});

describe('TimelineEventSchema', () => {
	test('accepts a year, a month or a day, and refuses a written date', () => {
		const event = {
			id: 'independence',
			theme: 'niger-politics',
			text: 'Niger becomes independent.',
			source: 'x',
		};
		expect(TimelineEventSchema.parse({ ...event, date: 1960 }).date).toBe('1960');
		expect(TimelineEventSchema.parse({ ...event, date: '1960-08' }).date).toBe('1960-08');
		expect(TimelineEventSchema.safeParse({ ...event, date: '3 August 1960' }).success).toBe(false);
	});
});

describe('UpdateSchema', () => {
	const update = {
		id: 'a-change',
		date: '2026-12-04',
		pages: ['niger-coup'],
		sections: ['niger-coup#reasons'],
		text: 'What changed, in a sentence.',
	};
	test('defaults the kind to update and the sections to none', () => {
		const { kind, sections } = UpdateSchema.parse({ ...update, sections: undefined });
		expect(kind).toBe('update');
		expect(sections).toEqual([]);
	});
	test('accepts a correction that says what was wrong', () => {
		expect(
			UpdateSchema.parse({ ...update, kind: 'correction', wrong: 'The page gave 5 August.' }).kind,
		).toBe('correction');
	});
	test.each([
		['wrong', { kind: 'correction' }, /a correction must say what the page said that was wrong/],
		['kind', { kind: 'fix' }, /must be one of "update", "correction", "addition", got "fix"/],
		['sections.0', { sections: ['niger-coup'] }, /expected <page>#<section-id>.*got "niger-coup"/],
		[
			'sections.0',
			{ sections: ['ecowas#reasons'] },
			/names the page "ecowas", which is not in this entry's pages/,
		],
		['date', { date: '4 December 2026' }, /YYYY-MM-DD/],
	])('refuses a bad %s with a message that says why', (field, change, message) => {
		expect(issueAt(UpdateSchema.safeParse({ ...update, ...change }), field)).toMatch(message);
	});
});

describe('ProfileSchema', () => {
	const profile = {
		id: 'niger',
		title: 'Niger',
		kind: 'country',
		intro: 'The basic facts about Niger.',
		checkedAsOf: '2026-12-04',
		facts: [
			{ id: 'area', label: 'Area', number: 1267000, unit: 'km²', sources: ['a'] },
			{ id: 'capital', label: 'Capital', text: 'Niamey', sources: ['b'] },
			{
				id: 'population',
				label: 'Population',
				number: 27000000,
				compact: true,
				asOf: 2024,
				sources: ['c'],
			},
		],
	};
	test('accepts sound data, reading a year as a partial date', () => {
		const data = ProfileSchema.parse(profile);
		expect(data.facts[2]!.asOf).toBe('2024');
		expect(data.facts[0]!.compact).toBe(false);
	});
	test('refuses a fact with neither a number nor a text, or without sources', () => {
		const bad = {
			...profile,
			facts: [...profile.facts, { id: 'empty', label: 'Empty', sources: [] }],
		};
		const result = ProfileSchema.safeParse(bad);
		expect(issueAt(result, 'facts.3.text')).toMatch(
			/give the fact as a `number`, a `text`, or both/,
		);
		expect(issueAt(result, 'facts.3.sources')).toMatch(/needs at least 1 entry, has 0/);
	});
});

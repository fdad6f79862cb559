/** The stale-future-tense detector, case by case (see src/lib/stale-tense.ts for the rules). */
import { describe, expect, test } from 'vitest';
import { findStaleFuture, findStaleInFile, isBefore } from '../../src/lib/stale-tense';

const CUTOFF = '2026-10-09';

describe('findStaleFuture flags', () => {
	test.each([
		['Elections are scheduled for 6 December 2025.', '2025-12-06'],
		['The commission president’s term is due to end in July 2026.', '2026-07'],
		['Talon is due to hand over after the April 2026 election.', '2026-04'],
		['The transition will end in 2025, the junta says.', '2025'],
		['The vote is set for 24 May 2026.', '2026-05-24'],
		['The summit, expected in early 2025, will decide.', '2025'],
		['A ruling is expected on 6–7 March 2026 in Abuja.', '2026-03-07'],
		['The mission is set to end by the end of 2025.', '2025'],
		['Elections are scheduled\nfor 6 December 2025.', '2025-12-06'],
		['He said elections will be held in 2025.', '2025'],
		['The force is due in March 2026.', '2026-03'],
	])('%s', (text, date) => {
		const hits = findStaleFuture(text, CUTOFF);
		expect(hits, text).toHaveLength(1);
		expect(hits[0]!.date).toBe(date);
	});
});

describe('findStaleFuture lets pass', () => {
	test.each([
		// Past tense around the trigger.
		['The term was due to end in July 2026 but was cut short.'],
		['Elections were expected in 2025; none took place.'],
		['The vote had been scheduled for 6 December 2025.'],
		['The handover had been set for March 2026.'],
		// Dates that are not yet past at the cut-off.
		['Elections are scheduled for 6 December 2026.'],
		['The term is due to end in October 2026.'],
		['The charter will run until 2030.'],
		// "Due to" as "because of", "will" as a noun, and no date in the sentence.
		['The vote was postponed due to insecurity in 2025.'],
		['It reflected the will of the people in 2021.'],
		['The junta will hold a referendum. It did so in 2025.'],
		// Someone's words, in quotation marks.
		['Macron said: "our troops will leave by the end of 2023".'],
		['Tiani promised “elections will come in 2025” in a speech.'],
		// A date before the trigger is not what the trigger announces.
		['On 6 December 2025 the junta said a new charter is expected.'],
	])('%s', (text) => {
		expect(findStaleFuture(text, CUTOFF)).toEqual([]);
	});
});

describe('where it looks', () => {
	test('names the line of the trigger', () => {
		const hits = findStaleFuture('First line.\nSecond line.\nIt will end in May 2025.', CUTOFF);
		expect(hits).toEqual([{ line: 3, text: 'will end in May 2025', date: '2025-05' }]);
	});

	test('reads YAML values, without their quotes, at the line they start on', () => {
		const yaml = [
			'- id: touray',
			'  role: "Head of the Commission; his term is due to end in July 2026."',
			'- id: talon',
			'  role: >-',
			'    President of Benin,',
			'    due to hand over after the April 2026 election.',
		].join('\n');
		const hits = findStaleInFile('people.yaml', yaml, CUTOFF);
		expect(hits.map((hit) => [hit.line, hit.date])).toEqual([
			[2, '2026-07'],
			[4, '2026-04'],
		]);
	});

	test('reads MDX frontmatter as YAML and the body as text, with the file’s own lines', () => {
		const mdx = [
			'---',
			'title: A page',
			'summary: Elections are scheduled for 6 December 2025.',
			'---',
			'',
			'## Heading {/* #h */}',
			'',
			'The mission is set to end in 2025.<Cite id="x" />',
		].join('\n');
		expect(findStaleInFile('x.mdx', mdx, CUTOFF).map((hit) => hit.line)).toEqual([3, 8]);
	});
});

describe('isBefore', () => {
	test.each([
		['2026-10-08', true],
		['2026-10-09', false],
		['2026-09', true],
		['2026-10', false],
		['2025', true],
		['2026', false],
	])('%s before 2026-10-09 ⇒ %s', (date, expected) => {
		expect(isBefore(date, CUTOFF)).toBe(expected);
	});
});

describe('dated entries speak from their own date', () => {
	test('a timeline event may announce what came after it', () => {
		const yaml = [
			'- id: exit-accepted',
			'  date: 2024-12-15',
			'  text: ECOWAS accepts that the three states will cease to be members on 29 January 2025.',
		].join('\n');
		expect(findStaleInFile('timeline.yaml', yaml, CUTOFF)).toEqual([]);
	});
	test('but not what came before it', () => {
		const yaml = ['- date: 2025-06-01', '  event: Says elections will be held in 2024'].join('\n');
		expect(findStaleInFile('people.yaml', yaml, CUTOFF).map((hit) => hit.date)).toEqual(['2024']);
	});
	test('an entry without a date is checked against the site’s cut-off', () => {
		const yaml = ['- id: touray', '  role: His term is due to end in July 2026.'].join('\n');
		expect(findStaleInFile('people.yaml', yaml, CUTOFF)).toHaveLength(1);
	});
});

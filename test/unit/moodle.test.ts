import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { exportsUi } from '../../src/i18n/exports';
import { buildMoodleXml, shareOf, type MoodleQuiz } from '../../src/lib/moodle';
import { allTypes, match, multiple, order, single, truefalse } from '../support/questions';

const quiz: MoodleQuiz = {
	title: 'Sahel Explained: The coup',
	site: 'https://sahel-explained.org',
	questions: allTypes,
};

interface Text {
	text: string;
}
interface ReadAnswer extends Text {
	fraction: string;
	feedback?: Text;
}
/** A question as read back from the file: the fields these tests look at. */
interface ReadQuestion {
	type: string;
	name: Text;
	category?: Text;
	questiontext: Text;
	generalfeedback: Text;
	defaultgrade: string;
	single?: string;
	gradingtype?: string;
	answer: ReadAnswer[];
	subquestion: (Text & { answer: Text[] })[];
}

/** The file read back as Moodle's importer reads it: CDATA as text, attributes kept. */
function readBack(xml: string) {
	const parsed = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: '',
		// Moodle reads every value as text.
		parseTagValue: false,
		isArray: (name) => ['question', 'answer', 'subquestion'].includes(name),
	}).parse(xml);
	return parsed.quiz.question as ReadQuestion[];
}
const questions = readBack(buildMoodleXml(quiz, exportsUi.moodle));
const byName = (id: string) => questions.find((q) => q.name?.text === id)!;
/** The text inside `<p>…</p>`, unescaped as a browser would. */
const plain = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(
			/&(amp|lt|gt|quot);/g,
			(_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e as 'amp']!,
		);

describe('buildMoodleXml', () => {
	test('the file opens with a category named after the quiz, then one question each', () => {
		expect(questions[0]).toMatchObject({
			type: 'category',
			category: { text: '$course$/top/Sahel Explained: The coup' },
		});
		expect(questions.slice(1).map((q) => [q.type, q.name.text])).toEqual([
			['multichoice', 'q-single'],
			['multichoice', 'q-multiple'],
			['truefalse', 'q-truefalse'],
			['ordering', 'q-order'],
			['matching', 'q-match'],
		]);
	});

	test('every question carries its prompt, its explanation and an absolute "Read" link', () => {
		for (const question of allTypes) {
			const read = byName(question.id);
			expect(plain(read.questiontext.text)).toBe(question.prompt);
			expect(read.generalfeedback.text).toContain(question.explanation);
			expect(read.generalfeedback.text).toContain(
				`href="https://sahel-explained.org${question.read.href}"`,
			);
			expect(read.defaultgrade).toBe('1');
		}
	});

	test('single choice: one answer at 100%, the others at 0% with their feedback', () => {
		const read = byName('q-single');
		expect(read.single).toBe('true');
		expect(
			read.answer.map((a) => [
				plain(a.text),
				a.fraction,
				a.feedback ? plain(a.feedback.text) : undefined,
			]),
		).toEqual(
			single.type === 'single'
				? single.options.map((o) => [
						o.text,
						o.id === (single as { answer: string }).answer ? '100' : '0',
						o.feedback,
					])
				: [],
		);
	});

	test('select all: right options share 100%, wrong ones take it away, so that guessing all scores 0', () => {
		const read = byName('q-multiple');
		expect(read.single).toBe('false');
		const fractions = read.answer.map((a) => Number(a.fraction));
		const right = multiple.type === 'multiple' ? multiple.answer : [];
		const rights = read.answer.filter((a) => Number(a.fraction) > 0).map((a) => plain(a.text));
		expect(rights).toEqual(
			multiple.type === 'multiple'
				? multiple.options.filter((o) => right.includes(o.id)).map((o) => o.text)
				: [],
		);
		const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
		expect(sum(fractions.filter((f) => f > 0))).toBeCloseTo(100, 3);
		expect(sum(fractions.filter((f) => f < 0))).toBeCloseTo(-100, 3);
	});

	test('true/false: the right side at 100%, the tempting side with its feedback', () => {
		const read = byName('q-truefalse');
		expect(read.answer.map((a) => [a.text, a.fraction])).toEqual([
			['true', '0'],
			['false', '100'],
		]);
		expect(plain(read.answer[0]?.feedback?.text ?? '')).toBe(
			truefalse.type === 'truefalse' ? truefalse.feedback : '',
		);
	});

	test('order: the items in the right order, graded all or nothing', () => {
		const read = byName('q-order');
		expect(read.gradingtype).toBe('ALL_OR_NOTHING');
		expect(read.answer.map((a) => plain(a.text))).toEqual(
			order.type === 'order' ? order.items.map((i) => i.text) : [],
		);
	});

	test('match: each left item with its right one', () => {
		const read = byName('q-match');
		expect(read.subquestion.map((s) => [plain(s.text), s.answer[0]?.text])).toEqual(
			match.type === 'match' ? match.pairs.map((p) => [p.left, p.right]) : [],
		);
	});

	test('says at the top what a Moodle without the Ordering plugin receives', () => {
		expect(buildMoodleXml(quiz, exportsUi.moodle)).toMatch(
			/<!--.*Ordering plugin.*skips them.*-->/s,
		);
	});

	test('markup in the text stays text', () => {
		const xml = buildMoodleXml(
			{ ...quiz, questions: [{ ...single, prompt: 'A <script> & "quote"' }] },
			exportsUi.moodle,
		);
		expect(plain(readBack(xml)[1]!.questiontext.text)).toBe('A <script> & "quote"');
		expect(xml).not.toContain('<p>A <script>');
	});
});

describe('shareOf', () => {
	test.each([
		[1, '100'],
		[2, '50'],
		[3, '33.33333'],
		[4, '25'],
		[5, '20'],
	])('gives each of %i right options a share of %s', (count, share) => {
		expect(shareOf(count)).toBe(share);
	});
});

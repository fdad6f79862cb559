/**
 * A quiz as Moodle XML, for Moodle's question bank ("Import", format "Moodle XML").
 *
 * single ⇒ `multichoice` (one answer); select all ⇒ `multichoice` (several answers); true/false
 * ⇒ `truefalse`; match ⇒ `matching`; order ⇒ `ordering`, a question type that Moodle has only
 * with the Ordering plugin (qtype_ordering): a Moodle without it skips those questions on import.
 *
 * Scoring differs in one place: Moodle gives part marks on several-answer questions (each right
 * option ticked earns its share of the mark, each wrong one takes a share away, never below 0),
 * where the site scores all or nothing. Every other type scores as on the site.
 */
import XMLBuilder from 'fast-xml-builder';
import type { QuizQuestion } from './quiz-view';

/** The words the file carries, passed in so that each language can have its own. */
export interface MoodleLabels {
	/** Before the title of the section that teaches the answer: "Read: …". */
	read: string;
	/** The comment at the top of the file: what the file is and what each Moodle receives. */
	note: string;
}

/** What the file needs to know about the quiz besides its questions. */
export interface MoodleQuiz {
	title: string;
	/** The site's address, for absolute "Read" links. */
	site: string;
	questions: QuizQuestion[];
}

const builder = new XMLBuilder({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	cdataPropName: '#cdata',
	commentPropName: '#comment',
	suppressBooleanAttributes: false,
	// Not indented: Moodle keeps the white space around a CDATA section as part of the text.
	format: false,
});

/** HTML text: Moodle reads `format="html"` fields as HTML, so our plain text is escaped once. */
const html = (text: string) => ({
	'@_format': 'html',
	text: { '#cdata': `<p>${escapeHtml(text)}</p>` },
});

function escapeHtml(text: string): string {
	return text.replace(
		/[&<>"]/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!,
	);
}

/**
 * Moodle accepts only certain fractions (100, 50, 33.33333, 25, 20…): each right option of `n`
 * earns 100/n, each wrong option of `m` costs 100/m, rounded as Moodle writes them.
 * `shareOf(3) ⇒ '33.33333'`, `shareOf(4) ⇒ '25'`
 */
export function shareOf(count: number): string {
	return String(Math.round((100 / count) * 1e5) / 1e5);
}

/** The fields every Moodle question has. */
function common(question: QuizQuestion, quiz: MoodleQuiz, labels: MoodleLabels) {
	const readHref = new URL(question.read.href, quiz.site).href;
	return {
		name: { text: question.id },
		questiontext: html(question.prompt),
		generalfeedback: {
			'@_format': 'html',
			text: {
				'#cdata': `<p>${escapeHtml(question.explanation)}</p><p><a href="${escapeHtml(readHref)}">${escapeHtml(`${labels.read} ${question.read.title}`)}</a></p>`,
			},
		},
		defaultgrade: '1',
		penalty: '0',
		hidden: '0',
		idnumber: question.id,
	};
}

function answer(fraction: string, text: string, feedback?: string) {
	return {
		'@_fraction': fraction,
		...html(text),
		...(feedback ? { feedback: html(feedback) } : {}),
	};
}

/** One question as a Moodle `<question>` object. */
function moodleQuestion(question: QuizQuestion, quiz: MoodleQuiz, labels: MoodleLabels) {
	const base = common(question, quiz, labels);
	switch (question.type) {
		case 'single':
			return {
				'@_type': 'multichoice',
				...base,
				single: 'true',
				shuffleanswers: 'true',
				answernumbering: 'abc',
				answer: question.options.map((option) =>
					answer(option.id === question.answer ? '100' : '0', option.text, option.feedback),
				),
			};
		case 'multiple': {
			const right = question.answer.length;
			const wrong = question.options.length - right;
			return {
				'@_type': 'multichoice',
				...base,
				single: 'false',
				shuffleanswers: 'true',
				answernumbering: 'abc',
				answer: question.options.map((option) =>
					answer(
						question.answer.includes(option.id) ? shareOf(right) : `-${shareOf(wrong)}`,
						option.text,
						option.feedback,
					),
				),
			};
		}
		case 'truefalse':
			return {
				'@_type': 'truefalse',
				...base,
				answer: [true, false].map((side) => ({
					'@_fraction': side === question.answer ? '100' : '0',
					'@_format': 'moodle_auto_format',
					text: String(side),
					...(side !== question.answer && question.feedback
						? { feedback: html(question.feedback) }
						: {}),
				})),
			};
		case 'match':
			return {
				'@_type': 'matching',
				...base,
				shuffleanswers: 'true',
				subquestion: question.pairs.map((pair) => ({
					...html(pair.left),
					answer: { text: pair.right },
				})),
			};
		case 'order':
			return {
				'@_type': 'ordering',
				...base,
				layouttype: 'VERTICAL',
				selecttype: 'ALL',
				selectcount: '0',
				gradingtype: 'ALL_OR_NOTHING',
				showgrading: 'SHOW',
				numberingstyle: 'none',
				answer: question.items.map((item, i) => ({
					'@_fraction': String(i + 1),
					...html(item.text),
				})),
			};
	}
}

/** The quiz as a Moodle XML file (text): a category named after the quiz, then its questions. */
export function buildMoodleXml(quiz: MoodleQuiz, labels: MoodleLabels): string {
	const document = {
		'?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
		'#comment': ` ${labels.note} `,
		quiz: {
			question: [
				{
					'@_type': 'category',
					category: { text: `$course$/top/${quiz.title}` },
				},
				...quiz.questions.map((question) => moodleQuestion(question, quiz, labels)),
			],
		},
	};
	return builder.build(document);
}

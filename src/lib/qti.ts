/**
 * A quiz as a QTI 3.0 content package: one assessment item per question, an assessment test
 * that lists them, and the `imsmanifest.xml` that names every file, zipped.
 *
 * Scoring is the site's own: a question scores 1 when the whole answer is right, else 0 (select
 * all that apply included: no part marks). Each item carries the explanation and the "Read" link
 * as feedback (shown right or wrong), and a wrong option's own feedback when it was chosen.
 *
 * The XML is built as objects by fast-xml-builder (it escapes text and attributes), and
 * zipped by fflate; nothing here touches the file system or the DOM.
 */
import { zipSync, strToU8 } from 'fflate';
import XMLBuilder from 'fast-xml-builder';
import type { QuizQuestion } from './quiz-view';

/** The words an exported item shows, passed in so that each language can have its own. */
export interface QtiLabels {
	/** The title of the feedback shown after a right answer. */
	right: string;
	/** The title of the feedback shown after a wrong one. */
	wrong: string;
	/** Before the title of the section that teaches the answer: "Read: …". */
	read: string;
	/** The two choices of a true/false question. */
	true: string;
	false: string;
}

/** What the package needs to know about the quiz besides its questions. */
export interface QtiQuiz {
	/** The quiz's id (`niger-coup`, `final`): the test's identifier. */
	id: string;
	title: string;
	/** The site's address, for absolute "Read" links: `https://sahel-explained.org`. */
	site: string;
	/** The language of the text, BCP 47. */
	lang: string;
	questions: QuizQuestion[];
}

const ASI = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const ASI_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd';
const CP = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
const CP_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imscp_v1p1.xsd';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

const builder = new XMLBuilder({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	format: true,
	indentBy: '\t',
	suppressEmptyNode: true,
	// `shuffle="true"` must stay an attribute with a value: XML has no bare attributes.
	suppressBooleanAttributes: false,
});
const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** QTI identifiers must be XML names: ours may start with a digit, so each kind gets a prefix. */
export const qtiId = {
	item: (questionId: string) => `Q-${questionId}`,
	choice: (optionId: string) => `C-${optionId}`,
	left: (pairId: string) => `L-${pairId}`,
	right: (pairId: string) => `R-${pairId}`,
};

/** The file name of a question's item inside the package. */
export const itemFile = (questionId: string) => `items/${qtiId.item(questionId)}.xml`;

const value = (text: string) => ({ 'qti-value': text });
const baseValue = (baseType: string, text: string) => ({
	'@_base-type': baseType,
	'#text': text,
});
const setOutcome = (identifier: string, content: object) => ({
	'@_identifier': identifier,
	...content,
});

/** A choice as the item shows it, with the feedback for choosing it when it is wrong. */
interface Choice {
	id: string;
	text: string;
	feedback?: string;
}

/** The response: its cardinality, base type and the right answer, as QTI values. */
function response(
	question: QuizQuestion,
	labels: QtiLabels,
): { cardinality: string; baseType: string; correct: string[]; choices: Choice[] } {
	switch (question.type) {
		case 'single':
			return {
				cardinality: 'single',
				baseType: 'identifier',
				correct: [qtiId.choice(question.answer)],
				choices: question.options.map((o) => ({
					id: qtiId.choice(o.id),
					text: o.text,
					feedback: o.feedback,
				})),
			};
		case 'multiple':
			return {
				cardinality: 'multiple',
				baseType: 'identifier',
				correct: question.answer.map(qtiId.choice),
				choices: question.options.map((o) => ({
					id: qtiId.choice(o.id),
					text: o.text,
					feedback: o.feedback,
				})),
			};
		case 'truefalse':
			return {
				cardinality: 'single',
				baseType: 'identifier',
				correct: [qtiId.choice(String(question.answer))],
				choices: [
					{
						id: qtiId.choice('true'),
						text: labels.true,
						feedback: question.answer ? undefined : question.feedback,
					},
					{
						id: qtiId.choice('false'),
						text: labels.false,
						feedback: question.answer ? question.feedback : undefined,
					},
				],
			};
		case 'order':
			return {
				cardinality: 'ordered',
				baseType: 'identifier',
				correct: question.items.map((item) => qtiId.choice(item.id)),
				choices: question.items.map((item) => ({ id: qtiId.choice(item.id), text: item.text })),
			};
		case 'match':
			return {
				cardinality: 'multiple',
				baseType: 'directedPair',
				correct: question.pairs.map((pair) => `${qtiId.left(pair.id)} ${qtiId.right(pair.id)}`),
				choices: [],
			};
	}
}

/** The interaction the reader answers in: choice, order or match. */
function interaction(question: QuizQuestion, choices: { id: string; text: string }[]) {
	const prompt = { 'qti-prompt': question.prompt };
	const simpleChoices = choices.map((choice) => ({
		'@_identifier': choice.id,
		'#text': choice.text,
	}));
	switch (question.type) {
		case 'single':
		case 'truefalse':
			return {
				'qti-choice-interaction': {
					'@_response-identifier': 'RESPONSE',
					'@_max-choices': '1',
					'@_shuffle': question.type === 'single' ? 'true' : 'false',
					...prompt,
					'qti-simple-choice': simpleChoices,
				},
			};
		case 'multiple':
			return {
				'qti-choice-interaction': {
					'@_response-identifier': 'RESPONSE',
					'@_max-choices': '0',
					'@_shuffle': 'true',
					...prompt,
					'qti-simple-choice': simpleChoices,
				},
			};
		case 'order':
			return {
				'qti-order-interaction': {
					'@_response-identifier': 'RESPONSE',
					'@_shuffle': 'true',
					...prompt,
					'qti-simple-choice': simpleChoices,
				},
			};
		case 'match':
			return {
				'qti-match-interaction': {
					'@_response-identifier': 'RESPONSE',
					'@_max-associations': String(question.pairs.length),
					'@_shuffle': 'true',
					...prompt,
					'qti-simple-match-set': [
						{
							'qti-simple-associable-choice': question.pairs.map((pair) => ({
								'@_identifier': qtiId.left(pair.id),
								'@_match-max': '1',
								'#text': pair.left,
							})),
						},
						{
							'qti-simple-associable-choice': question.pairs.map((pair) => ({
								'@_identifier': qtiId.right(pair.id),
								'@_match-max': '1',
								'#text': pair.right,
							})),
						},
					],
				},
			};
	}
}

/**
 * Response processing: SCORE 1 when the response matches the right answer, else 0; FEEDBACK
 * holds CORRECT or INCORRECT and, for choice questions, the choices made (so that a chosen
 * wrong option's own feedback shows).
 */
function processing(withChoiceFeedback: boolean) {
	const feedback = (verdict: string) =>
		setOutcome('FEEDBACK', {
			'qti-multiple': {
				'qti-base-value': baseValue('identifier', verdict),
				...(withChoiceFeedback ? { 'qti-variable': { '@_identifier': 'RESPONSE' } } : {}),
			},
		});
	const score = (points: string) =>
		setOutcome('SCORE', { 'qti-base-value': baseValue('float', points) });
	return {
		'qti-response-condition': {
			'qti-response-if': {
				'qti-match': {
					'qti-variable': { '@_identifier': 'RESPONSE' },
					'qti-correct': { '@_identifier': 'RESPONSE' },
				},
				'qti-set-outcome-value': [score('1'), feedback('CORRECT')],
			},
			'qti-response-else': {
				'qti-set-outcome-value': [score('0'), feedback('INCORRECT')],
			},
		},
	};
}

/** One question as a QTI 3.0 assessment item (XML text). */
export function buildQtiItem(question: QuizQuestion, quiz: QtiQuiz, labels: QtiLabels): string {
	const { cardinality, baseType, correct, choices } = response(question, labels);
	const readHref = new URL(question.read.href, quiz.site).href;
	const explanation = {
		p: [
			question.explanation,
			{ a: { '@_href': readHref, '#text': `${labels.read} ${question.read.title}` } },
		],
	};
	const choiceFeedback = choices.filter((choice) => choice.feedback);
	const item = {
		'qti-assessment-item': {
			'@_xmlns': ASI,
			'@_xmlns:xsi': XSI,
			'@_xsi:schemaLocation': `${ASI} ${ASI_XSD}`,
			'@_identifier': qtiId.item(question.id),
			'@_title': question.prompt,
			'@_adaptive': 'false',
			'@_time-dependent': 'false',
			'@_xml:lang': quiz.lang,
			'qti-response-declaration': {
				'@_identifier': 'RESPONSE',
				'@_cardinality': cardinality,
				'@_base-type': baseType,
				'qti-correct-response': { 'qti-value': correct },
			},
			'qti-outcome-declaration': [
				{
					'@_identifier': 'SCORE',
					'@_cardinality': 'single',
					'@_base-type': 'float',
					'qti-default-value': value('0'),
				},
				{
					'@_identifier': 'MAXSCORE',
					'@_cardinality': 'single',
					'@_base-type': 'float',
					'qti-default-value': value('1'),
				},
				{ '@_identifier': 'FEEDBACK', '@_cardinality': 'multiple', '@_base-type': 'identifier' },
			],
			'qti-item-body': interaction(question, choices),
			'qti-response-processing': processing(choiceFeedback.length > 0),
			'qti-modal-feedback': [
				modalFeedback('CORRECT', labels.right, explanation),
				modalFeedback('INCORRECT', labels.wrong, explanation),
				...choiceFeedback.map((choice) =>
					modalFeedback(choice.id, choice.text, { p: choice.feedback }),
				),
			],
		},
	};
	return declaration + builder.build(item);
}

function modalFeedback(identifier: string, title: string, body: object) {
	return {
		'@_outcome-identifier': 'FEEDBACK',
		'@_identifier': identifier,
		'@_show-hide': 'show',
		'@_title': title,
		'qti-content-body': body,
	};
}

/** The assessment test: one part, one section, every item in quiz order. */
export function buildQtiTest(quiz: QtiQuiz): string {
	const test = {
		'qti-assessment-test': {
			'@_xmlns': ASI,
			'@_xmlns:xsi': XSI,
			'@_xsi:schemaLocation': `${ASI} ${ASI_XSD}`,
			'@_identifier': `T-${quiz.id}`,
			'@_title': quiz.title,
			'@_xml:lang': quiz.lang,
			'qti-outcome-declaration': {
				'@_identifier': 'SCORE',
				'@_cardinality': 'single',
				'@_base-type': 'float',
				'qti-default-value': value('0'),
			},
			'qti-test-part': {
				'@_identifier': 'P-1',
				'@_navigation-mode': 'nonlinear',
				'@_submission-mode': 'individual',
				'qti-assessment-section': {
					'@_identifier': 'S-1',
					'@_title': quiz.title,
					'@_visible': 'true',
					'qti-assessment-item-ref': quiz.questions.map((question) => ({
						'@_identifier': qtiId.item(question.id),
						'@_href': `../${itemFile(question.id)}`,
					})),
				},
			},
			'qti-outcome-processing': {
				'qti-set-outcome-value': setOutcome('SCORE', {
					'qti-sum': { 'qti-test-variables': { '@_variable-identifier': 'SCORE' } },
				}),
			},
		},
	};
	return declaration + builder.build(test);
}

/** The package's manifest: the test and every item as resources, each naming its file. */
export function buildManifest(quiz: QtiQuiz): string {
	const manifest = {
		manifest: {
			'@_xmlns': CP,
			'@_xmlns:xsi': XSI,
			'@_xsi:schemaLocation': `${CP} ${CP_XSD}`,
			'@_identifier': `M-${quiz.id}`,
			metadata: { schema: 'QTI Package', schemaversion: '3.0.0' },
			organizations: '',
			resources: {
				resource: [
					{
						'@_identifier': `T-${quiz.id}`,
						'@_type': 'imsqti_test_xmlv3p0',
						'@_href': 'tests/test.xml',
						file: { '@_href': 'tests/test.xml' },
						dependency: quiz.questions.map((q) => ({ '@_identifierref': qtiId.item(q.id) })),
					},
					...quiz.questions.map((question) => ({
						'@_identifier': qtiId.item(question.id),
						'@_type': 'imsqti_item_xmlv3p0',
						'@_href': itemFile(question.id),
						file: { '@_href': itemFile(question.id) },
					})),
				],
			},
		},
	};
	return declaration + builder.build(manifest);
}

/** Every file of the package, by path: the manifest, the test and one item per question. */
export function qtiFiles(quiz: QtiQuiz, labels: QtiLabels): Record<string, string> {
	return {
		'imsmanifest.xml': buildManifest(quiz),
		'tests/test.xml': buildQtiTest(quiz),
		...Object.fromEntries(
			quiz.questions.map((question) => [
				itemFile(question.id),
				buildQtiItem(question, quiz, labels),
			]),
		),
	};
}

/** The package as zip bytes. Files carry a fixed date so that a rebuild gives the same bytes. */
export function zipQtiPackage(quiz: QtiQuiz, labels: QtiLabels): Uint8Array {
	const files = qtiFiles(quiz, labels);
	const mtime = new Date('2026-01-01T00:00:00Z');
	return zipSync(
		Object.fromEntries(
			Object.entries(files).map(([path, text]) => [path, [strToU8(text), { mtime }]]),
		),
		{ level: 9 },
	);
}

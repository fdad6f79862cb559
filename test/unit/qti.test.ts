import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { exportsUi } from '../../src/i18n/exports';
import {
	buildManifest,
	buildQtiItem,
	buildQtiTest,
	itemFile,
	qtiFiles,
	zipQtiPackage,
	type QtiQuiz,
} from '../../src/lib/qti';
import { allTypes, match, multiple, order, single, truefalse } from '../support/questions';

const quiz: QtiQuiz = {
	id: 'niger-coup',
	title: 'Sahel Explained: The coup',
	site: 'https://sahel-explained.org',
	lang: 'en',
	questions: allTypes,
};
const labels = exportsUi.qti;

/** Parsed with element order kept, as a schema-checking reader would see it. */
const ordered = new XMLParser({ ignoreAttributes: false, preserveOrder: true });
const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '',
	isArray: (name) =>
		[
			'qti-value',
			'qti-simple-choice',
			'qti-modal-feedback',
			'qti-simple-associable-choice',
			'resource',
			'qti-assessment-item-ref',
			'dependency',
		].includes(name),
});
const item = (question = single) =>
	parser.parse(buildQtiItem(question, quiz, labels))['qti-assessment-item'];
/** The names of an element's children, in document order. */
const childNames = (xml: string, root: string) => {
	const doc = ordered.parse(xml) as Record<string, unknown>[];
	const top = doc.find((node) => root in node) as Record<string, Record<string, unknown>[]>;
	return top[root]!.map((node) => Object.keys(node).find((key) => key !== ':@')!);
};
/** The XML name production, for the identifiers QTI requires to be names. */
const NCNAME = /^[A-Za-z_][\w.-]*$/;

describe('buildQtiItem', () => {
	test.each(allTypes)('$type: the item follows the QTI 3.0 sequence of children', (question) => {
		const names = childNames(buildQtiItem(question, quiz, labels), 'qti-assessment-item');
		// imsqti_asiv3p0: declarations, then the body, then processing, then modal feedback.
		const rank = (name: string) =>
			[
				'qti-response-declaration',
				'qti-outcome-declaration',
				'qti-item-body',
				'qti-response-processing',
				'qti-modal-feedback',
			].indexOf(name);
		expect(names.every((name) => rank(name) >= 0)).toBe(true);
		expect(names.map(rank)).toEqual([...names.map(rank)].sort((a, b) => a - b));
	});

	test.each(allTypes)(
		'$type: every identifier is an XML name and the required attributes are there',
		(question) => {
			const xml = buildQtiItem(question, quiz, labels);
			const ids = [...xml.matchAll(/ identifier="([^"]+)"/g)].map((m) => m[1]!);
			expect(ids.length).toBeGreaterThan(3);
			expect(ids.filter((id) => !NCNAME.test(id))).toEqual([]);
			const root = item(question);
			expect(root.xmlns).toBe('http://www.imsglobal.org/xsd/imsqtiasi_v3p0');
			expect(root).toMatchObject({
				identifier: `Q-${question.id}`,
				adaptive: 'false',
				'time-dependent': 'false',
			});
			expect(xml).not.toMatch(/ shuffle(?!=)/);
		},
	);

	test.each([
		[single, 'single', 'identifier', ['C-guard'], 'qti-choice-interaction'],
		[multiple, 'multiple', 'identifier', ['C-borders', 'C-assets'], 'qti-choice-interaction'],
		[truefalse, 'single', 'identifier', ['C-false'], 'qti-choice-interaction'],
		[order, 'ordered', 'identifier', ['C-coup', 'C-summit', 'C-rally'], 'qti-order-interaction'],
		[
			match,
			'multiple',
			'directedPair',
			['L-tiani R-tiani', 'L-bazoum R-bazoum', 'L-tinubu R-tinubu'],
			'qti-match-interaction',
		],
	] as const)(
		'%# the right answer of a %s question is declared',
		(question, cardinality, baseType, correct, interaction) => {
			const root = item(question);
			expect(root['qti-response-declaration']).toMatchObject({
				cardinality,
				'base-type': baseType,
			});
			expect(root['qti-response-declaration']['qti-correct-response']['qti-value']).toEqual(
				correct,
			);
			expect(root['qti-item-body'][interaction]['qti-prompt']).toBe(question.prompt);
		},
	);

	test('a single-choice item lets one choice be made, a select-all item any number', () => {
		expect(item(single)['qti-item-body']['qti-choice-interaction']['max-choices']).toBe('1');
		expect(item(multiple)['qti-item-body']['qti-choice-interaction']['max-choices']).toBe('0');
	});

	test('the explanation and an absolute "Read" link are feedback whether right or wrong', () => {
		const feedback = item(single)['qti-modal-feedback'] as Record<string, unknown>[];
		for (const verdict of ['CORRECT', 'INCORRECT']) {
			const one = feedback.find((f) => f.identifier === verdict) as {
				'qti-content-body': { p: unknown[] };
			};
			expect(JSON.stringify(one['qti-content-body'])).toContain(single.explanation);
			expect(JSON.stringify(one['qti-content-body'])).toContain(
				'https://sahel-explained.org/niger-coup/#night',
			);
		}
	});

	test('each wrong option with feedback of its own has a feedback shown when it is chosen', () => {
		const feedback = item(single)['qti-modal-feedback'] as { identifier: string }[];
		expect(feedback.map((f) => f.identifier)).toEqual([
			'CORRECT',
			'INCORRECT',
			'C-army',
			'C-police',
		]);
		const tf = item(truefalse)['qti-modal-feedback'] as { identifier: string }[];
		expect(tf.map((f) => f.identifier)).toEqual(['CORRECT', 'INCORRECT', 'C-true']);
	});

	test('text is escaped, never broken into markup', () => {
		const tricky = { ...single, prompt: 'Is <b>this</b> & "that" safe?' };
		const xml = buildQtiItem(tricky, quiz, labels);
		expect(xml).not.toContain('<b>');
		expect(item(tricky)['qti-item-body']['qti-choice-interaction']['qti-prompt']).toBe(
			'Is &lt;b&gt;this&lt;/b&gt; &amp; &quot;that&quot; safe?'.replace(
				/&lt;|&gt;|&amp;|&quot;/g,
				(e) => ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"' })[e]!,
			),
		);
	});
});

describe('buildQtiTest and buildManifest', () => {
	test('the test refers to every item, in quiz order, by its file', () => {
		const refs = parser.parse(buildQtiTest(quiz))['qti-assessment-test']['qti-test-part'][
			'qti-assessment-section'
		]['qti-assessment-item-ref'];
		expect(refs.map((r: { href: string }) => r.href)).toEqual(
			allTypes.map((q) => `../${itemFile(q.id)}`),
		);
	});

	test('the manifest names the test and each item as resources of the QTI 3.0 types', () => {
		const resources = parser.parse(buildManifest(quiz)).manifest.resources.resource;
		expect(resources[0]).toMatchObject({ type: 'imsqti_test_xmlv3p0', href: 'tests/test.xml' });
		expect(resources.slice(1).map((r: { type: string; href: string }) => [r.type, r.href])).toEqual(
			allTypes.map((q) => ['imsqti_item_xmlv3p0', itemFile(q.id)]),
		);
	});
});

describe('zipQtiPackage', () => {
	test('the zip holds exactly the files the manifest names, byte for byte', () => {
		const files = unzipSync(zipQtiPackage(quiz, labels));
		const expected = qtiFiles(quiz, labels);
		expect(Object.keys(files).sort()).toEqual(Object.keys(expected).sort());
		for (const [path, text] of Object.entries(expected)) expect(strFromU8(files[path]!)).toBe(text);
		const named = [...expected['imsmanifest.xml']!.matchAll(/<file href="([^"]+)"/g)].map(
			(m) => m[1],
		);
		expect(named.sort()).toEqual(
			Object.keys(expected)
				.filter((p) => p !== 'imsmanifest.xml')
				.sort(),
		);
	});

	test('a rebuild gives the same bytes', () => {
		expect(zipQtiPackage(quiz, labels)).toEqual(zipQtiPackage(quiz, labels));
	});
});

/** The checks that keep the French edition in step with the English (src/lib/parity.ts). */
import { describe, expect, test } from 'vitest';
import {
	checkParity,
	checkStamps,
	type EditionShape,
	type ExplainerShape,
} from '../../src/lib/parity';

const page = (over: Partial<ExplainerShape> = {}): ExplainerShape => ({
	slug: 'niger-coup',
	file: 'content/explainers/niger-coup.mdx',
	factsAsOf: '2026-01-30',
	checkedAsOf: '2026-12-04',
	order: 1,
	objectives: 4,
	discussion: 3,
	sections: [
		{ id: 'night', depth: 2 },
		{ id: 'who', depth: 2 },
		{ id: 'who-army', depth: 3 },
	],
	citationUses: [
		{ id: 'afp-1', section: 'night' },
		{ id: 'rfi-1', section: 'night' },
		{ id: 'ap-1', section: 'who' },
	],
	keyFacts: [5],
	figures: ['sahel'],
	...over,
});
const quiz = {
	explainer: 'niger-coup',
	title: 'Check your understanding',
	questions: [
		{
			id: 'nc-who',
			type: 'single',
			skill: 'recall',
			prompt: 'Which force detained President Mohamed Bazoum on 26 July 2023?',
			options: [
				{ id: 'guard', text: 'The presidential guard' },
				{
					id: 'army',
					text: 'The army',
					feedback: 'The army only rallied to the soldiers a day later.',
				},
			],
			answer: 'guard',
			explanation: 'Soldiers of the presidential guard held him in the palace.',
			section: 'night',
			source: 'afp-1',
		},
	],
};
const quizFr = {
	explainer: 'niger-coup',
	title: 'Vérifiez ce que vous avez compris',
	questions: [
		{
			...quiz.questions[0]!,
			prompt: 'Quelle force a retenu le président Mohamed Bazoum le 26 juillet 2023 ?',
			options: [
				{ id: 'guard', text: 'La garde présidentielle' },
				{
					id: 'army',
					text: 'L’armée',
					feedback: 'L’armée ne s’est ralliée aux soldats que le lendemain.',
				},
			],
			explanation: 'Des soldats de la garde présidentielle l’ont retenu au palais.',
		},
	],
};
const timeline = [
	{
		id: 'coup',
		date: '2023-07-26',
		theme: 'niger-politics',
		text: 'The guard detains Bazoum in the palace in Niamey.',
		source: 'afp-1',
	},
];
const timelineFr = [{ ...timeline[0]!, text: 'La garde retient Bazoum au palais, à Niamey.' }];
const glossary = [
	{
		id: 'ecowas',
		term: 'ECOWAS',
		french: 'CEDEAO',
		variants: [],
		definition: 'The Economic Community of West African States.',
	},
];
const glossaryFr = [
	{
		id: 'ecowas',
		term: 'CEDEAO',
		english: 'ECOWAS',
		variants: ['ECOWAS', 'Cédéao'],
		definition: 'La Communauté économique des États de l’Afrique de l’Ouest.',
	},
];

function editions(
	fr: Partial<{
		page: ExplainerShape;
		quiz: unknown;
		timeline: unknown;
		glossary: unknown;
		pages: string[];
	}> = {},
) {
	const en: EditionShape = {
		explainers: [page()],
		pages: [{ name: 'pages/about.mdx', file: 'content/pages/about.mdx' }],
		data: [
			{ name: 'quizzes/niger-coup.yaml', file: 'content/quizzes/niger-coup.yaml', data: quiz },
			{ name: 'timeline.yaml', file: 'content/timeline.yaml', data: timeline },
			{ name: 'glossary.yaml', file: 'content/glossary.yaml', data: glossary },
		],
	};
	const french: EditionShape = {
		explainers: [fr.page ?? page({ file: 'content/fr/explainers/niger-coup.mdx' })],
		pages: (fr.pages ?? ['pages/about.mdx']).map((name) => ({ name, file: `content/fr/${name}` })),
		data: [
			{
				name: 'quizzes/niger-coup.yaml',
				file: 'content/fr/quizzes/niger-coup.yaml',
				data: fr.quiz ?? quizFr,
			},
			{ name: 'timeline.yaml', file: 'content/fr/timeline.yaml', data: fr.timeline ?? timelineFr },
			{ name: 'glossary.yaml', file: 'content/fr/glossary.yaml', data: fr.glossary ?? glossaryFr },
		],
	};
	return checkParity(en, french, 'content/fr');
}
const said = (problems: ReturnType<typeof checkParity>) =>
	problems.map((p) => `${p.file} — ${p.field}: ${p.message}`);

describe('checkParity', () => {
	test('a faithful translation passes: texts differ, every id, date, answer and source is the same', () => {
		expect(said(editions())).toEqual([]);
	});

	test('names a French explainer that lacks a section, has one the English lacks, or reorders them', () => {
		const missing = editions({
			page: page({
				file: 'content/fr/explainers/niger-coup.mdx',
				sections: [
					{ id: 'night', depth: 2 },
					{ id: 'who-army', depth: 3 },
					{ id: 'extra', depth: 2 },
				],
			}),
		});
		expect(said(missing)).toEqual(
			expect.arrayContaining([
				expect.stringMatching(
					/^content\/fr\/explainers\/niger-coup\.mdx — section #who: is missing/,
				),
				expect.stringMatching(/section #extra: is not in the English/),
			]),
		);
		const reordered = editions({
			page: page({
				file: 'content/fr/explainers/niger-coup.mdx',
				sections: [
					{ id: 'who', depth: 2 },
					{ id: 'night', depth: 2 },
					{ id: 'who-army', depth: 3 },
				],
			}),
		});
		expect(said(reordered)).toEqual([expect.stringMatching(/sections: are in another order/)]);
	});

	test('names a citation missing from a section, or moved to another, and key facts, figures and dates that differ', () => {
		const problems = said(
			editions({
				page: page({
					file: 'content/fr/explainers/niger-coup.mdx',
					citationUses: [
						{ id: 'afp-1', section: 'night' },
						{ id: 'rfi-1', section: 'who' },
						{ id: 'ap-1', section: 'who' },
					],
					keyFacts: [4],
					figures: [],
					factsAsOf: '2026-01-29',
				}),
			}),
		);
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/<Cite id="rfi-1">: is missing from section #night/),
				expect.stringMatching(
					/<Cite id="rfi-1">: in section #who is not cited there in the English/,
				),
				expect.stringMatching(/<KeyFacts>: has 4 items where the English has 5/),
				expect.stringMatching(
					/<MapFigure>\/<ChartFigure>: shows none where the English shows sahel/,
				),
				expect.stringMatching(/factsAsOf: is 2026-01-29 where the English has 2026-01-30/),
			]),
		);
	});

	test('names a question whose answer, option ids or source differ, and a text left in English', () => {
		const q = quizFr.questions[0]!;
		const problems = said(
			editions({
				quiz: {
					...quizFr,
					questions: [
						{
							...q,
							answer: 'army',
							source: 'rfi-1',
							options: [q.options[0], { ...q.options[1], id: 'armee' }],
							explanation: quiz.questions[0]!.explanation,
						},
					],
				},
			}),
		);
		expect(problems).toEqual(
			expect.arrayContaining([
				expect.stringMatching(
					/^content\/fr\/quizzes\/niger-coup\.yaml — questions\[0\] \(nc-who\)\.answer: is "army" where the English has "guard"/,
				),
				expect.stringMatching(/questions\[0\] \(nc-who\)\.source: is "rfi-1"/),
				expect.stringMatching(/options\[1\] \(armee\): is "armee" where the English has "army"/),
				expect.stringMatching(/explanation: is still the English text/),
			]),
		);
	});

	test('names an entry missing its French text, or out of step with the English entries', () => {
		const { text: _, ...noText } = timelineFr[0]!;
		expect(said(editions({ timeline: [noText] }))).toEqual([
			'content/fr/timeline.yaml — [0] (coup).text: is missing: every text needs its French, every id its twin',
		]);
		expect(said(editions({ timeline: [{ ...timelineFr[0]!, date: '2023-07-27' }] }))).toEqual([
			expect.stringMatching(
				/\[0\] \(coup\)\.date: is "2023-07-27" where the English has "2023-07-26"/,
			),
		]);
		expect(said(editions({ timeline: [] }))).toEqual([
			'content/fr/timeline.yaml — (file): has 0 entries where the English has 1',
		]);
	});

	test('names a missing French file, and lets the glossary give its English form instead of its French', () => {
		expect(said(editions({ pages: [] }))).toEqual([
			'content/fr/pages/about.mdx — file: is missing: content/pages/about.mdx needs its French twin',
		]);
		expect(said(editions({ glossary: [{ ...glossaryFr[0]!, english: undefined }] }))).toEqual([]);
	});
});

describe('checkStamps', () => {
	const english = new Map([
		['explainers/niger-coup.mdx', 'aaaaaaaaaaaa'],
		['timeline.yaml', 'bbbbbbbbbbbb'],
	]);
	test('passes when every French file was revised against the English as it is now', () => {
		expect(
			checkStamps(english, new Map(english), 'content/fr/translations.yaml', 'content'),
		).toEqual([]);
	});
	test('names an English file changed since its twin was revised, a missing stamp and a stray one', () => {
		const stamps = new Map([
			['explainers/niger-coup.mdx', 'cccccccccccc'],
			['gone.yaml', 'dddddddddddd'],
		]);
		const problems = said(checkStamps(english, stamps, 'content/fr/translations.yaml', 'content'));
		expect(problems).toEqual([
			expect.stringMatching(
				/explainers\/niger-coup\.mdx: content\/explainers\/niger-coup\.mdx has changed since its French twin was last revised \(stamp cccccccccccc, English now aaaaaaaaaaaa\)/,
			),
			expect.stringMatching(/timeline\.yaml: has no stamp/),
			expect.stringMatching(/gone\.yaml: names a file that is not in content\//),
		]);
	});
});

import { describe, expect, test } from 'vitest';
import { chartSourceIds, checkPictureSources, mapSourceIds } from '../../src/lib/picture-checks';
import { ChartSchema, MapViewSchema } from '../../src/schemas/content';

const figure = {
	title: 'A picture for a test',
	description: 'A picture for a test of its sources, long enough for the schema to take it.',
	alt: 'A picture drawn only for a test.',
	asOf: '2025-01-01',
};

const view = MapViewSchema.parse({
	...figure,
	id: 'aes',
	extent: [
		[-20, 0],
		[20, 20],
	],
	categories: [{ id: 'aes', label: 'Alliance of Sahel States', style: 'solid' }],
	countries: [
		{ name: 'Mali', category: 'aes', note: 'Coup of 2020.', sources: ['afp-mali'] },
		{ name: 'Niger', category: 'aes', note: 'Coup of 2023.', sources: ['ap-niger', 'rfi-niger'] },
	],
	areas: [
		{
			kind: 'circle',
			name: 'Liptako-Gourma',
			around: ['Mali', 'Burkina Faso', 'Niger'],
			areaKm2: 370_000,
			note: 'The tri-border area.',
			sources: ['icg-liptako'],
		},
	],
	places: [{ name: 'Niamey', at: [2.11, 13.51], note: 'Capital.', sources: ['ap-niger'] }],
});

const chart = ChartSchema.parse({
	...figure,
	id: 'coups',
	kind: 'columns',
	categoryLabel: 'Year',
	valueLabel: 'Coups (number)',
	credit: 'made up',
	categories: ['2021', '2022'],
	series: [
		{
			id: 'takeovers',
			label: 'Soldiers took power',
			source: 'afp-count',
			points: [
				{ category: '2021', value: 3, sources: ['reuters-factbox', 'afp-mali'] },
				{ category: '2022', value: 2 },
			],
		},
		{
			id: 'failed',
			label: 'Attempt failed',
			points: [
				{ category: '2021', value: 1, sources: ['ap-niger'] },
				{ category: '2022', value: 0 },
			],
		},
	],
});

describe('mapSourceIds', () => {
	test('lists every source of the countries, then the areas, then the places, with the field of each', () => {
		expect(mapSourceIds(view)).toEqual([
			{ field: '"aes".countries[0].sources[0]', id: 'afp-mali' },
			{ field: '"aes".countries[1].sources[0]', id: 'ap-niger' },
			{ field: '"aes".countries[1].sources[1]', id: 'rfi-niger' },
			{ field: '"aes".areas[0].sources[0]', id: 'icg-liptako' },
			{ field: '"aes".places[0].sources[0]', id: 'ap-niger' },
		]);
	});

	test('lists nothing for a map with nothing on it', () => {
		expect(mapSourceIds({ ...view, countries: [], areas: [], places: [] })).toEqual([]);
	});
});

describe('chartSourceIds', () => {
	test("lists each series' source and each figure's sources, with the field of each", () => {
		expect(chartSourceIds(chart)).toEqual([
			{ field: '"coups".series[0].source', id: 'afp-count' },
			{ field: '"coups".series[0].points[0].sources[0]', id: 'reuters-factbox' },
			{ field: '"coups".series[0].points[0].sources[1]', id: 'afp-mali' },
			{ field: '"coups".series[1].points[0].sources[0]', id: 'ap-niger' },
		]);
	});

	test('lists nothing for a series without a source whose figures cite none', () => {
		const bare = {
			...chart,
			series: [{ ...chart.series[1]!, points: [{ category: '2021', value: 0 }] }],
		};
		expect(chartSourceIds(bare)).toEqual([]);
	});
});

describe('checkPictureSources', () => {
	const known = new Set(['afp-mali', 'ap-niger', 'rfi-niger', 'icg-liptako']);

	test('finds nothing wrong when every source is in the bibliography', () => {
		expect(checkPictureSources('content/maps.yaml', mapSourceIds(view), known)).toEqual([]);
	});

	test('names the file, the field and the unknown id of each source not in the bibliography', () => {
		expect(checkPictureSources('content/charts.yaml', chartSourceIds(chart), known)).toEqual([
			{
				file: 'content/charts.yaml',
				field: '"coups".series[0].source',
				message: 'names the source "afp-count", which is not in content/sources.yaml',
			},
			{
				file: 'content/charts.yaml',
				field: '"coups".series[0].points[0].sources[0]',
				message: 'names the source "reuters-factbox", which is not in content/sources.yaml',
			},
		]);
	});

	test('reports each citation of an unknown id, in order', () => {
		const cited = [
			{ field: 'a', id: 'nope' },
			{ field: 'b', id: 'afp-mali' },
			{ field: 'c', id: 'nope' },
		];
		expect(
			checkPictureSources('content/maps.yaml', cited, known).map((problem) => problem.field),
		).toEqual(['a', 'c']);
	});

	test('gives one problem for the example of its doc comment', () => {
		expect(
			checkPictureSources('content/maps.yaml', [{ field: 'x', id: 'nope' }], new Set()),
		).toEqual([
			{
				file: 'content/maps.yaml',
				field: 'x',
				message: 'names the source "nope", which is not in content/sources.yaml',
			},
		]);
	});

	test('matches ids exactly', () => {
		const cited = [{ field: 'x', id: 'AFP-Mali' }];
		expect(checkPictureSources('content/maps.yaml', cited, known)).toHaveLength(1);
	});
});

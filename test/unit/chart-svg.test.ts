import { describe, expect, test } from 'vitest';
import { drawChart, formatFigure, stack, totals, wrap } from '../../src/lib/chart-svg';
import { ui } from '../../src/i18n/ui';
import { textWidth } from '../../src/lib/text-width';
import { printVersion } from '../../src/lib/svg';
import { ChartSchema, type Chart } from '../../src/schemas/content';

/** The words the site passes in, without a footer. */
const words = { footer: '', none: ui.pictures.none };

/** A chart as the schema reads it from content/charts.yaml, with defaults filled in. */
const chart = (fields: Record<string, unknown>): Chart =>
	ChartSchema.parse({
		id: 'test-chart',
		title: 'Coups & attempts <by year>',
		description: 'Made-up figures for a test, long enough for the schema to take them.',
		alt: 'Columns of made-up figures, by year.',
		asOf: '2025-01-01',
		categoryLabel: 'Year',
		valueLabel: 'Coups (number)',
		credit: 'made up',
		...fields,
	});

/** Two series stacked: 2021 has 3 + 1, 2022 has 2 + 0, 2023 has 0 and no second figure. */
const coups = chart({
	kind: 'columns',
	categories: ['2021', '2022', '2023'],
	series: [
		{
			id: 'takeovers',
			label: 'Soldiers took power',
			source: 'src-a',
			points: [
				{ category: '2021', value: 3 },
				{ category: '2022', value: 2 },
				{ category: '2023', value: 0 },
			],
		},
		{
			id: 'failed',
			label: 'Attempt failed',
			style: 'hatched',
			source: 'src-b',
			points: [
				{ category: '2021', value: 1 },
				{ category: '2022', value: 0 },
			],
		},
	],
});

/** One series, with figures as the source words them. */
const deaths = (kind: 'bars' | 'columns') =>
	chart({
		kind,
		categoryLabel: 'Country',
		valueLabel: 'People killed',
		categories: ['Burkina Faso', 'Mali', 'Niger'],
		series: [
			{
				id: 'acled',
				label: 'ACLED count',
				source: 'acled',
				points: [
					{ category: 'Burkina Faso', value: 7500, text: 'over 7,500' },
					{ category: 'Mali', value: 4000 },
					{ category: 'Niger', value: 1700, text: 'about 1,700' },
				],
			},
		],
	});

interface Rect {
	fill: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The bars of a drawn chart, in the order drawn. */
const bars = (svg: string): Rect[] =>
	[
		...svg.matchAll(
			/<rect class="bar ([^"]+)" x="([-\d.]+)" y="([-\d.]+)" width="([-\d.]+)" height="([-\d.]+)"\/>/g,
		),
	].map((m) => ({
		fill: m[1]!,
		x: Number(m[2]),
		y: Number(m[3]),
		width: Number(m[4]),
		height: Number(m[5]),
	}));

/** The texts of a drawn chart that carry `attribute`, in order. */
const textsWith = (svg: string, attribute: string) =>
	[...svg.matchAll(new RegExp(`<text [^>]*${attribute}[^>]*>([^<]*)</text>`, 'g'))].map(
		(m) => m[1],
	);

describe('wrap', () => {
	/** Ten pixels a character. */
	const measure = (text: string) => text.length * 10;

	test.each([
		['Source: ACLED, reported by dpa.', 100, ['Source:', 'ACLED,', 'reported', 'by dpa.']],
		['Source: ACLED, reported by dpa.', 140, ['Source: ACLED,', 'reported by', 'dpa.']],
		['Source: ACLED, reported by dpa.', 1000, ['Source: ACLED, reported by dpa.']],
		['one two', 70, ['one two']],
		['one two', 69, ['one', 'two']],
	])('breaks %j at %s pixels into %j', (text, width, lines) => {
		expect(wrap(text, width, measure)).toEqual(lines);
	});

	test('keeps every line within the width', () => {
		const text =
			'Counted by Sahel Explained from the cases on this page, each cited to its report.';
		const lines = wrap(text, 120, measure);
		for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(120);
		expect(lines.join(' ')).toBe(text);
	});

	test('puts a word wider than the width on a line of its own, unbroken', () => {
		expect(wrap('a Liptako-Gourma b', 50, measure)).toEqual(['a', 'Liptako-Gourma', 'b']);
	});

	test('collapses runs of white space and gives no line for no text', () => {
		expect(wrap('  one \n\t two  ', 1000, measure)).toEqual(['one two']);
		expect(wrap('', 100, measure)).toEqual([]);
		expect(wrap('   ', 100, measure)).toEqual([]);
	});
});

describe('formatFigure', () => {
	test.each([
		[1700, '1,700'],
		[7500, '7,500'],
		[1234567, '1,234,567'],
		[999, '999'],
		[0, '0'],
		[2.5, '2.5'],
	])('writes %s as %s', (value, text) => {
		expect(formatFigure(value)).toBe(text);
	});
});

describe('stack', () => {
	test("stacks each category's figures in series order, each from where the last ended", () => {
		expect(
			stack(coups).map(({ series, category, from, to, text }) => [
				category,
				series.id,
				from,
				to,
				text,
			]),
		).toEqual([
			['2021', 'takeovers', 0, 3, '3'],
			['2021', 'failed', 3, 4, '1'],
			['2022', 'takeovers', 0, 2, '2'],
			['2022', 'failed', 2, 2, '0'],
			['2023', 'takeovers', 0, 0, '0'],
		]);
	});

	test('follows the order of the categories, not of the points', () => {
		const reordered = chart({
			...coups,
			categories: ['2023', '2021', '2022'],
		});
		expect(stack(reordered).map((s) => s.category)).toEqual([
			'2023',
			'2021',
			'2021',
			'2022',
			'2022',
		]);
	});

	test('writes a figure as the source words it, or else as a formatted number', () => {
		expect(stack(deaths('bars')).map((s) => s.text)).toEqual([
			'over 7,500',
			'4,000',
			'about 1,700',
		]);
	});
});

describe('totals', () => {
	test('adds up each category across series, counting a missing figure as nothing', () => {
		expect(totals(coups)).toEqual(
			new Map([
				['2021', 4],
				['2022', 2],
				['2023', 0],
			]),
		);
	});

	test('gives one total per category, in order, even to a category without figures', () => {
		const sparse = chart({
			kind: 'columns',
			categories: ['2020', '2021', '2022'],
			series: [
				{ id: 'a', label: 'Series A', source: 'src', points: [{ category: '2021', value: 5 }] },
			],
		});
		expect([...totals(sparse)]).toEqual([
			['2020', 0],
			['2021', 5],
			['2022', 0],
		]);
	});

	test('agrees with the top of each stack', () => {
		const tops = new Map(stack(coups).map((s) => [s.category, s.to]));
		for (const [category, total] of totals(coups)) expect(tops.get(category)).toBe(total);
	});
});

describe('drawChart', () => {
	test('is an SVG image labelled by its escaped <title> and <desc>', () => {
		const { svg } = drawChart(coups, words);
		expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*>/);
		expect(svg).toMatch(/^<svg [^>]*aria-labelledby="title desc"[^>]*>/);
		expect(svg).toContain('<title id="title">Coups &amp; attempts &lt;by year&gt;</title>');
		expect(svg).toContain(`<desc id="desc">${coups.description}</desc>`);
	});

	test.each([
		[undefined, 480],
		[320, 320],
		[640, 640],
	])('at width %s, is %s pixels wide and as high as its viewBox says', (width, expected) => {
		const drawing = drawChart(coups, words, width);
		expect(drawing.width).toBe(expected);
		expect(drawing.svg).toContain(`viewBox="0 0 ${expected} ${drawing.height}"`);
		expect(drawing.svg).toContain(
			`<rect class="paper" width="${expected}" height="${drawing.height}"/>`,
		);
	});

	describe('columns', () => {
		test('draws one bar per figure above zero, in the fill of its series', () => {
			expect(bars(drawChart(coups, words).svg).map((b) => b.fill)).toEqual([
				'fill-solid',
				'fill-hatched',
				'fill-solid',
			]);
		});

		test('stands bars on the axis, stacks them, and makes their heights proportional to the figures', () => {
			const { svg } = drawChart(coups, words);
			const axis = Number(/<line class="axis" [^>]*y1="([\d.]+)"/.exec(svg)![1]);
			const [takeovers2021, failed2021, takeovers2022] = bars(svg) as [Rect, Rect, Rect];
			expect(takeovers2021.y + takeovers2021.height).toBeCloseTo(axis, 0);
			expect(takeovers2022.y + takeovers2022.height).toBeCloseTo(axis, 0);
			expect(failed2021.y + failed2021.height).toBeCloseTo(takeovers2021.y, 0);
			expect(failed2021.x).toBe(takeovers2021.x);
			expect(takeovers2022.x).toBeGreaterThan(takeovers2021.x);
			expect(takeovers2021.height / takeovers2022.height).toBeCloseTo(3 / 2, 1);
			expect(takeovers2021.height / failed2021.height).toBeCloseTo(3, 1);
		});

		test('writes the total over each column, "none" for nothing, and each category under it', () => {
			const { svg } = drawChart(coups, words);
			expect(textsWith(svg, 'font-weight="bold"')).toEqual(['4', '2', 'none']);
			for (const year of coups.categories) expect(svg).toContain(`>${year}</text>`);
		});

		test('writes the figure of each part of a stacked column, but not of a part that is the whole', () => {
			expect(textsWith(drawChart(coups, words).svg, 'class="halo"')).toEqual(['3', '1']);
		});

		test('with one series, writes each figure over its column as the source words it, with no legend', () => {
			const { svg } = drawChart(deaths('columns'), words);
			expect(bars(svg)).toHaveLength(3);
			expect(textsWith(svg, 'font-weight="bold"')).toEqual(['over 7,500', '4,000', 'about 1,700']);
			expect(svg).not.toContain('class="legend"');
			expect(svg).not.toContain('class="halo"');
		});

		test('labels both axes', () => {
			const { svg } = drawChart(coups, words);
			expect(svg).toContain('>Coups (number)</text>');
			expect(svg).toContain('>Year</text>');
		});
	});

	describe('bars', () => {
		const { svg, width } = drawChart(deaths('bars'), words);

		test('draws one bar per figure, all starting from the axis, with lengths proportional to the figures', () => {
			const drawn = bars(svg);
			expect(drawn).toHaveLength(3);
			const axis = Number(/<line class="axis" x1="([\d.]+)"/.exec(svg)![1]);
			for (const bar of drawn) expect(bar.x).toBe(axis);
			expect(drawn[0]!.width / drawn[1]!.width).toBeCloseTo(7500 / 4000, 1);
			expect(drawn[0]!.width / drawn[2]!.width).toBeCloseTo(7500 / 1700, 1);
			expect(drawn[1]!.y).toBeGreaterThan(drawn[0]!.y);
		});

		test('names each bar on its left and writes its figure, as the source words it, on its right', () => {
			expect(textsWith(svg, 'text-anchor="end"')).toEqual(
				expect.arrayContaining(['Burkina Faso', 'Mali', 'Niger']),
			);
			const figures = [
				...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" font-weight="bold">([^<]*)</g),
			];
			expect(figures.map((m) => m[2])).toEqual(['over 7,500', '4,000', 'about 1,700']);
			bars(svg).forEach((bar, i) =>
				expect(Number(figures[i]![1])).toBeGreaterThan(bar.x + bar.width),
			);
		});

		test('keeps the figures inside the picture', () => {
			for (const m of svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" font-weight="bold">([^<]*)</g))
				expect(Number(m[1]) + textWidth(m[2]!, 12)).toBeLessThanOrEqual(width);
		});

		// A bug found by this test: room was kept for the widest single figure, not for the figures
		// written joined ("over 7,500 + about 1,200"), which ran past the edge.
		test('keeps the joined figures of stacked bars inside the picture', () => {
			const stacked = chart({
				kind: 'bars',
				categoryLabel: 'Country',
				valueLabel: 'People killed',
				categories: ['Mali', 'Niger'],
				series: [
					{
						id: 'a',
						label: 'Series A',
						source: 'src-a',
						points: [
							{ category: 'Mali', value: 7500, text: 'over 7,500' },
							{ category: 'Niger', value: 1000 },
						],
					},
					{
						id: 'b',
						label: 'Series B',
						source: 'src-b',
						points: [
							{ category: 'Mali', value: 1200, text: 'about 1,200' },
							{ category: 'Niger', value: 500 },
						],
					},
				],
			});
			const drawing = drawChart(stacked, words);
			const figures = [
				...drawing.svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" font-weight="bold">([^<]*)</g),
			];
			expect(figures.map((m) => m[2])).toEqual(['over 7,500 + about 1,200', '1,000 + 500']);
			for (const m of figures)
				expect(Number(m[1]) + textWidth(m[2]!, 12)).toBeLessThanOrEqual(drawing.width);
		});
	});

	test('with several series, draws a legend of their labels and fills; with one, none', () => {
		const { svg } = drawChart(coups, words);
		const key = /<g class="legend">(.*?)<\/g>/.exec(svg)![1]!;
		expect(key).toContain('<rect class="fill-solid swatch"');
		expect(key).toContain('>Soldiers took power</text>');
		expect(key).toContain('<rect class="fill-hatched swatch"');
		expect(key).toContain('>Attempt failed</text>');
		expect(drawChart(deaths('bars'), words).svg).not.toContain('class="legend"');
	});

	test('writes the footer under the chart, wrapped to the width, and grows to hold it', () => {
		const footer =
			'Source: counted by Sahel Explained from reports by AFP, AP, Reuters, RFI, The New York Times & Premium Times. Figures as of 7 December 2025.';
		const bare = drawChart(coups, words, 320);
		const { svg, height } = drawChart(coups, { ...words, footer }, 320);
		const lines = textsWith(svg, 'class="muted small"');
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe(footer.replace('&', '&amp;'));
		for (const line of lines)
			expect(textWidth(line!.replace('&amp;', '&'), 11)).toBeLessThanOrEqual(312);
		expect(height).toBe(bare.height + lines.length * 14 + 6);
		const baselines = [...svg.matchAll(/<text class="muted small" x="4" y="([\d.]+)"/g)].map((m) =>
			Number(m[1]),
		);
		expect(baselines[0]).toBe(bare.height + 4);
		expect(baselines.every((y, i) => i === 0 || y - baselines[i - 1]! === 14)).toBe(true);
		expect(baselines.at(-1)!).toBeLessThan(height);
	});

	test('has no footer text when given none', () => {
		expect(drawChart(coups, words).svg).not.toContain('class="muted small"');
	});

	test('prints in light colours only', () => {
		const print = printVersion(drawChart(coups, words).svg);
		expect(print).not.toContain('prefers-color-scheme');
		expect(print).not.toContain('#161513');
		expect(print).toContain('--paper:#fdfcf9');
		expect(bars(print)).toHaveLength(3);
	});
});

/**
 * Drawing a bar chart of sourced figures (`content/charts.yaml`) into a standalone SVG
 * document: labelled axes, a legend when there are several series, each figure written on its
 * bar as the source words it, and the source and date under the chart. Pure.
 */
import { formatFigure as formatNumber, type NumberLang } from './figures';
import { scaleBand, scaleLinear } from 'd3-scale';
import type { Chart } from '../schemas/content';
import { textWidth, wrap } from './text-width';

export { wrap };
import {
	FILLS,
	PATTERNS,
	el,
	escapeXml,
	legend,
	pictureStyle,
	svgDocument,
	type LegendItem,
} from './svg';

/** Text size of the chart, in pixels of the drawing. */
export const CHART_FONT_SIZE = 12;

/** The drawn chart and its size. */
export interface ChartDrawing {
	svg: string;
	width: number;
	height: number;
}

/** One stacked segment of a bar. */
interface Segment {
	series: Chart['series'][number];
	category: string;
	from: number;
	to: number;
	text: string;
}

/** `1700` ⇒ `1,700` (`1 700` in French): figures are written as the site writes them. */
export function formatFigure(value: number, lang: NumberLang = 'en'): string {
	return formatNumber(value, {}, lang);
}

/** Stack each category's figures in series order. */
export function stack(chart: Chart, lang: NumberLang = 'en'): Segment[] {
	const segments: Segment[] = [];
	for (const category of chart.categories) {
		let base = 0;
		for (const series of chart.series) {
			const point = series.points.find((p) => p.category === category);
			if (!point) continue;
			segments.push({
				series,
				category,
				from: base,
				to: base + point.value,
				text: point.text ?? formatFigure(point.value, lang),
			});
			base += point.value;
		}
	}
	return segments;
}

/** The total of each category, across series. */
export function totals(chart: Chart): Map<string, number> {
	return new Map(
		chart.categories.map((category) => [
			category,
			chart.series.reduce(
				(sum, series) => sum + (series.points.find((p) => p.category === category)?.value ?? 0),
				0,
			),
		]),
	);
}

const CHART_STYLE = [
	'.axis{stroke:var(--ink);stroke-width:1}',
	'.grid{stroke:var(--grid);stroke-width:1}',
	'.bar{stroke:var(--ink);stroke-width:.8}',
	'.legend-bg{fill:var(--paper)}',
	'.small{font-size:11px}',
].join('');

/** The words a chart draws besides its content, in the reader's language. */
export interface ChartWords {
	/** The source and date, written under the chart so that the image carries them alone. */
	footer: string;
	/** Written over a column whose total is zero. */
	none: string;
	/** The language figures are written in (English when not given). */
	lang?: NumberLang;
}

/**
 * Draw a chart, `width` pixels wide. Columns (`kind: columns`) suit years; bars lying along the
 * axis (`kind: bars`) suit long category names such as countries. `words` are the footer and
 * the word for zero, passed in so that drawing stays apart from the interface's language.
 */
export function drawChart(chart: Chart, words: ChartWords, width = 480): ChartDrawing {
	const { footer, none } = words;
	const font = CHART_FONT_SIZE;
	const measure = (text: string) => textWidth(text, font);
	const multi = chart.series.length > 1;
	const key = multi
		? legend(
				chart.series.map((series): LegendItem => ({
					swatch: FILLS[series.style],
					text: series.label,
				})),
				width,
				0,
				measure,
			)
		: { svg: '', height: 0 };
	const sums = totals(chart);
	const max = Math.max(...sums.values(), 1);
	const lang = words.lang ?? 'en';
	const segments = stack(chart, lang);
	const parts: string[] = [];
	let height: number;

	if (chart.kind === 'columns') {
		const top = key.height + 24;
		const plotHeight = 190;
		const left = 36;
		const right = width - 10;
		const bottom = top + plotHeight;
		height = bottom + 50;
		// Room above the tallest column for its total.
		const y = scaleLinear()
			.domain([0, max])
			.nice()
			.range([bottom, top + font + 8]);
		const x = scaleBand().domain(chart.categories).range([left, right]).padding(0.3);
		const ticks = y.ticks(Math.min(5, y.domain()[1]!)).filter(Number.isInteger);
		// The value axis's title sits above it, read horizontally.
		parts.push(el('text', { x: 4, y: top - 12 }, escapeXml(chart.valueLabel)));
		for (const tick of ticks) {
			parts.push(
				el('line', { class: 'grid', x1: left, x2: right, y1: y(tick), y2: y(tick) }),
				el(
					'text',
					{ class: 'muted', x: left - 6, y: y(tick) + 4, 'text-anchor': 'end' },
					formatFigure(tick, lang),
				),
			);
		}
		for (const segment of segments) {
			if (segment.to === segment.from) continue;
			const x0 = x(segment.category)!;
			const y0 = y(segment.to);
			const h = y(segment.from) - y0;
			parts.push(
				el('rect', {
					class: `bar ${FILLS[segment.series.style]}`,
					x: x0,
					y: y0,
					width: x.bandwidth(),
					height: h,
				}),
			);
			// A figure inside each part of a stacked column, unless it is the whole column.
			const whole = segment.to - segment.from === sums.get(segment.category);
			if (multi && !whole && h >= font + 4) {
				parts.push(
					el(
						'text',
						{
							class: 'halo',
							x: x0 + x.bandwidth() / 2,
							y: y0 + h / 2 + font * 0.35,
							'text-anchor': 'middle',
						},
						escapeXml(segment.text),
					),
				);
			}
		}
		for (const category of chart.categories) {
			const cx = x(category)! + x.bandwidth() / 2;
			const total = sums.get(category)!;
			const single = !multi
				? segments.find((segment) => segment.category === category)?.text
				: undefined;
			parts.push(
				el(
					'text',
					{ x: cx, y: y(total) - 5, 'text-anchor': 'middle', 'font-weight': 'bold' },
					escapeXml(single ?? (total === 0 ? none : formatFigure(total, lang))),
				),
				el('text', { x: cx, y: bottom + 16, 'text-anchor': 'middle' }, escapeXml(category)),
			);
		}
		parts.push(
			el('line', { class: 'axis', x1: left, x2: right, y1: bottom, y2: bottom }),
			el(
				'text',
				{ x: (left + right) / 2, y: bottom + 34, 'text-anchor': 'middle' },
				escapeXml(chart.categoryLabel),
			),
		);
	} else {
		const labelWidth = Math.max(...chart.categories.map(measure)) + 10;
		const top = key.height + 24;
		const band = 38;
		const left = labelWidth;
		// Each bar ends with its figures joined ("over 7,500 + about 1,200"): keep room for the
		// widest joined label, not just the widest single figure.
		const labels = new Map(
			chart.categories.map((category) => [
				category,
				segments
					.filter((segment) => segment.category === category)
					.map((segment) => segment.text)
					.join(' + '),
			]),
		);
		const right = width - Math.max(...[...labels.values()].map(measure), 0) - 14;
		const bottom = top + band * chart.categories.length;
		height = bottom + 52;
		const x = scaleLinear().domain([0, max]).nice().range([left, right]);
		const y = scaleBand().domain(chart.categories).range([top, bottom]).padding(0.25);
		const ticks = x.ticks(4);
		parts.push(
			el(
				'text',
				{ class: 'muted', x: left - 8, y: top - 10, 'text-anchor': 'end' },
				escapeXml(chart.categoryLabel),
			),
		);
		for (const tick of ticks) {
			parts.push(
				el('line', { class: 'grid', x1: x(tick), x2: x(tick), y1: top, y2: bottom }),
				el(
					'text',
					{ class: 'muted', x: x(tick), y: bottom + 16, 'text-anchor': 'middle' },
					formatFigure(tick, lang),
				),
			);
		}
		for (const segment of segments) {
			const y0 = y(segment.category)!;
			const x0 = x(segment.from);
			const w = x(segment.to) - x0;
			parts.push(
				el('rect', {
					class: `bar ${FILLS[segment.series.style]}`,
					x: x0,
					y: y0,
					width: w,
					height: y.bandwidth(),
				}),
			);
		}
		for (const category of chart.categories) {
			const cy = y(category)! + y.bandwidth() / 2 + font * 0.35;
			const total = sums.get(category)!;
			parts.push(
				el('text', { x: left - 8, y: cy, 'text-anchor': 'end' }, escapeXml(category)),
				el(
					'text',
					{ x: x(total) + 6, y: cy, 'font-weight': 'bold' },
					escapeXml(labels.get(category)!),
				),
			);
		}
		parts.push(
			el('line', { class: 'axis', x1: left, x2: left, y1: top, y2: bottom }),
			el(
				'text',
				{ x: (left + right) / 2, y: bottom + 36, 'text-anchor': 'middle' },
				escapeXml(chart.valueLabel),
			),
		);
	}

	const footerLines = wrap(footer, width - 8, (text) => textWidth(text, 11));
	footerLines.forEach((line, i) =>
		parts.push(el('text', { class: 'muted small', x: 4, y: height + 4 + i * 14 }, escapeXml(line))),
	);
	height += footerLines.length * 14 + (footerLines.length > 0 ? 6 : 0);

	const svg = svgDocument(
		width,
		height,
		chart.title,
		chart.description,
		pictureStyle(CHART_STYLE),
		PATTERNS,
		el('rect', { class: 'paper', width, height }),
		key.svg,
		...parts,
	);
	return { svg, width, height };
}

/**
 * Writing SVG as text, for pictures drawn at build time: escaping, elements, and the shared
 * look of every map and chart (palette for light, dark and print; fill patterns). Pure.
 */
import type { FillStyle } from '../schemas/content';
import tokens from '../styles/tokens.css?raw';
import { readPalette } from './palette';
import { wrap } from './text-width';

/** Escape text for XML content and attribute values, quoted either way. `escapeXml('a < b')` ⇒ `a &lt; b`. */
export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** Attribute values: numbers are rounded to one decimal; `undefined` and `false` are left out. */
type Attributes = Record<string, string | number | boolean | undefined>;

/** Round to one decimal, dropping a trailing `.0`. `round1(3.04)` ⇒ `3`. */
export function round1(value: number): number {
	return Math.round(value * 10) / 10;
}

/**
 * One element as text. `el('rect', { width: 4 })` ⇒ `<rect width="4"/>`;
 * children are strings of SVG already written (escape text with `escapeXml`).
 */
export function el(name: string, attributes: Attributes = {}, ...children: string[]): string {
	const attrs = Object.entries(attributes)
		.filter(([, value]) => value !== undefined && value !== false)
		.map(([key, value]) =>
			value === true
				? key
				: `${key}="${typeof value === 'number' ? round1(value) : escapeXml(String(value))}"`,
		)
		.join(' ');
	const open = attrs ? `${name} ${attrs}` : name;
	return children.length === 0 ? `<${open}/>` : `<${open}>${children.join('')}</${name}>`;
}

/** Text set in several lines, with a halo so that it stays legible over shapes and lines. */
export function textLines(
	lines: readonly string[],
	x: number,
	baselines: readonly number[],
	attributes: Attributes = {},
): string {
	return el(
		'text',
		{ x, y: baselines[0], ...attributes },
		...lines.map((line, i) =>
			i === 0 ? escapeXml(line) : el('tspan', { x, y: baselines[i] }, escapeXml(line)),
		),
	);
}

/** The fill of each style: a colour, or a pattern of the same colour over the land. */
export const FILLS: Record<FillStyle, string> = {
	solid: 'fill-solid',
	tint: 'fill-tint',
	hatched: 'fill-hatched',
	dotted: 'fill-dotted',
};

/**
 * The patterns every picture may use: diagonal hatching and dots, drawn in the picture's own
 * colours so that they change with the colour scheme.
 */
export const PATTERNS = el(
	'defs',
	{},
	el(
		'pattern',
		{
			id: 'hatch',
			width: 6,
			height: 6,
			patternUnits: 'userSpaceOnUse',
			patternTransform: 'rotate(45)',
		},
		el('rect', { class: 'hatch-bg', width: 6, height: 6 }),
		el('rect', { class: 'hatch-fg', width: 2.4, height: 6 }),
	),
	el(
		'pattern',
		{ id: 'dots', width: 5, height: 5, patternUnits: 'userSpaceOnUse' },
		el('rect', { class: 'dots-bg', width: 5, height: 5 }),
		el('circle', { class: 'dots-fg', cx: 2.5, cy: 2.5, r: 1.2 }),
	),
	el(
		'pattern',
		{ id: 'band', width: 7, height: 7, patternUnits: 'userSpaceOnUse' },
		el('circle', { class: 'dots-fg', cx: 3.5, cy: 3.5, r: 0.9 }),
	),
);

/** The page's colours (tokens.css), which the pictures share: paper, ink and muted ink. */
const page = readPalette(tokens);

/**
 * Colours in light mode: the page's paper and inks, then the pictures' own. Each meets 3:1
 * against its neighbours, text 4.5:1 against the paper.
 */
const LIGHT = `--paper:${page.light.bg};--ink:${page.light.text};--muted:${page.light['text-muted']};--sea:#e3ebef;--land:#eee8dc;--edge:#8a8272;--coast:#6b6455;--a:#c0742c;--a-tint:#f0d2ae;--b:#1f5a8c;--b-bg:#dbe7f1;--c:#7a2a5e;--grid:#d6d0c4`;
/** Colours in dark mode. */
const DARK = `--paper:${page.dark.bg};--ink:${page.dark.text};--muted:${page.dark['text-muted']};--sea:#17222a;--land:#2f2c27;--edge:#8a8272;--coast:#a69d8c;--a:#e59a52;--a-tint:#54402b;--b:#8cc4ff;--b-bg:#24313d;--c:#f29ad0;--grid:#45413a`;

/**
 * The `<style>` of a picture. An image in an `<img>` cannot read the page's CSS, so each
 * picture carries its palette, switches it with `prefers-color-scheme` (which browsers pass on
 * from the page) and goes back to the light one on paper. `extra` adds the picture's own rules;
 * `fontSize` is the size of its text in pixels of the drawing.
 */
export function pictureStyle(extra = '', fontSize = 12): string {
	const rules = [
		`svg{${LIGHT};font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Ubuntu,sans-serif;font-size:${fontSize}px}`,
		`@media (prefers-color-scheme:dark){svg{${DARK}}}`,
		`@media print{svg{${LIGHT}}}`,
		'.paper{fill:var(--paper)}',
		'text{fill:var(--ink)}',
		'.muted{fill:var(--muted)}',
		'.halo{paint-order:stroke;stroke:var(--paper);stroke-width:3px;stroke-linejoin:round}',
		'.fill-solid{fill:var(--a)}',
		'.fill-tint{fill:var(--a-tint)}',
		'.fill-hatched{fill:url(#hatch)}',
		'.fill-dotted{fill:url(#dots)}',
		'.hatch-bg{fill:var(--b-bg)}',
		'.hatch-fg{fill:var(--b)}',
		'.dots-bg{fill:var(--land)}',
		'.dots-fg{fill:var(--c)}',
		'.swatch{stroke:var(--ink);stroke-width:.6}',
		extra,
	];
	return el('style', {}, rules.join(''));
}

/**
 * The same picture in its light colours only, for paper: an image in a page cannot tell that
 * the page is being printed, so the page offers this one to print (see Picture.astro).
 * `printVersion(pictureStyle())` has no `prefers-color-scheme` rule left.
 */
export function printVersion(svg: string): string {
	return svg
		.replace(/@media \(prefers-color-scheme:dark\)\{svg\{[^}]*\}\}/, '')
		.replace(/@media print\{svg\{[^}]*\}\}/, '');
}

/** The opening of a standalone SVG document that names itself for assistive technology. */
export function svgDocument(
	width: number,
	height: number,
	title: string,
	description: string,
	...body: string[]
): string {
	return el(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			viewBox: `0 0 ${width} ${height}`,
			width,
			height,
			role: 'img',
			'aria-labelledby': 'title desc',
			lang: 'en',
		},
		el('title', { id: 'title' }, escapeXml(title)),
		el('desc', { id: 'desc' }, escapeXml(description)),
		...body,
	);
}

/** A legend entry: a swatch of a fill (or a marker) and its text. */
export interface LegendItem {
	/**
	 * The class of the swatch's fill (`fill-solid`), or SVG to draw in a 16×11 box whose top
	 * left corner is written `{x},{y}` and centre `{cx},{cy}`.
	 */
	swatch: string;
	text: string;
}

/**
 * A legend laid out in rows that wrap at `width`, starting at `top`; an entry too long for one
 * row is broken into lines. Returns the SVG and the height it takes.
 */
export function legend(
	items: readonly LegendItem[],
	width: number,
	top: number,
	measure: (text: string) => number,
): { svg: string; height: number } {
	const row = 19;
	let x = 8;
	let y = top + 4;
	const parts: string[] = [];
	for (const item of items) {
		const room = width - 16 - 36;
		const lines = measure(item.text) > room ? wrap(item.text, room, measure) : [item.text];
		const w = 22 + Math.max(...lines.map(measure)) + 14;
		if (x > 8 && x + w > width - 8) {
			x = 8;
			y += row;
		}
		const swatch = item.swatch.startsWith('<')
			? item.swatch
					.replaceAll('{x}', String(x))
					.replaceAll('{y}', String(y + 1))
					.replaceAll('{cx}', String(x + 8))
					.replaceAll('{cy}', String(y + 6.5))
			: el('rect', { class: `${item.swatch} swatch`, x, y: y + 1, width: 16, height: 11 });
		parts.push(
			swatch,
			textLines(
				lines,
				x + 22,
				lines.map((_, i) => y + 11 + i * row),
			),
		);
		x += w;
		if (lines.length > 1) {
			// The next entry starts on a row of its own.
			y += (lines.length - 1) * row;
			x = width;
		}
	}
	return { svg: el('g', { class: 'legend' }, ...parts), height: y + row - top + 4 };
}

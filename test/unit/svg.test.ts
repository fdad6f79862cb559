import { describe, expect, test } from 'vitest';
import {
	FILLS,
	el,
	escapeXml,
	legend,
	pictureStyle,
	printVersion,
	round1,
	svgDocument,
	textLines,
} from '../../src/lib/svg';

/** The values of the custom properties called `name` in a style, in order. */
const colours = (css: string, name: string) =>
	[...css.matchAll(new RegExp(`--${name}:(#[0-9a-f]{6})`, 'g'))].map((m) => m[1]);

/** Undo the five XML entities, to check that escaping loses nothing. */
const unescape = (text: string) =>
	text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');

describe('escapeXml', () => {
	test.each([
		['a < b', 'a &lt; b'],
		['a > b', 'a &gt; b'],
		['Mali & Niger', 'Mali &amp; Niger'],
		['the "AES"', 'the &quot;AES&quot;'],
		['<b>&amp;</b>', '&lt;b&gt;&amp;amp;&lt;/b&gt;'],
		['Niamey', 'Niamey'],
		['', ''],
	])('writes %j as %j', (input, expected) => {
		expect(escapeXml(input)).toBe(expected);
	});

	test('escapes & first, so that an entity it writes is not escaped again', () => {
		expect(escapeXml('<')).toBe('&lt;');
		expect(escapeXml('<')).not.toContain('&amp;');
	});

	test('leaves no character that could end a text or a double-quoted attribute, and loses nothing', () => {
		const text = `Côte d'Ivoire & "Burkina" <Faso> 'AES' && <<>>`;
		const escaped = escapeXml(text);
		expect(escaped).not.toMatch(/[<>"']/);
		expect(escaped).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
		expect(unescape(escaped)).toBe(text);
	});
});

describe('round1', () => {
	test.each([
		[3.04, 3],
		[3.06, 3.1],
		[2.25, 2.3],
		[12.345, 12.3],
		[7, 7],
		[-1.26, -1.3],
		[0.04, 0],
	])('rounds %s to %s', (input, expected) => {
		expect(round1(input)).toBe(expected);
	});

	test('drops a trailing .0 when written', () => {
		expect(String(round1(3.04))).toBe('3');
		expect(String(round1(199.96))).toBe('200');
	});
});

describe('el', () => {
	test('writes an empty element closed on itself', () => {
		expect(el('rect', { width: 4 })).toBe('<rect width="4"/>');
		expect(el('defs')).toBe('<defs/>');
	});

	test('wraps its children, which are SVG already written', () => {
		expect(el('g', { class: 'a' }, '<rect/>', '<circle/>')).toBe(
			'<g class="a"><rect/><circle/></g>',
		);
	});

	test('rounds numbers to one decimal, escapes strings, and leaves out undefined and false', () => {
		expect(
			el('text', {
				x: 1.26,
				y: 2.04,
				class: 'a"b<c',
				hidden: false,
				id: undefined,
				focusable: true,
			}),
		).toBe('<text x="1.3" y="2" class="a&quot;b&lt;c" focusable/>');
	});
});

describe('textLines', () => {
	test('writes one line as plain text on its baseline', () => {
		expect(textLines(['Niamey'], 10, [20])).toBe('<text x="10" y="20">Niamey</text>');
	});

	test('writes each further line as a tspan at the same x on its own baseline', () => {
		expect(textLines(['Burkina', 'Faso'], 50, [20, 35.5])).toBe(
			'<text x="50" y="20">Burkina<tspan x="50" y="35.5">Faso</tspan></text>',
		);
	});

	test('escapes every line', () => {
		const svg = textLines(['A & B', '<C>'], 0, [10, 20]);
		expect(svg).toContain('A &amp; B');
		expect(svg).toContain('&lt;C&gt;');
		expect(svg).not.toContain('<C>');
	});

	test('adds the given attributes, leaving out undefined ones, and rounds the positions', () => {
		expect(
			textLines(['Mali'], 10.04, [20.06], {
				class: 'halo',
				'text-anchor': 'middle',
				lang: undefined,
			}),
		).toBe('<text x="10" y="20.1" class="halo" text-anchor="middle">Mali</text>');
	});
});

describe('pictureStyle', () => {
	const style = pictureStyle();

	test('is one <style> element', () => {
		expect(style).toMatch(/^<style>[^<]*<\/style>$/);
	});

	test('sets the text size, 12px unless told otherwise', () => {
		expect(style).toContain('font-size:12px');
		expect(pictureStyle('', 13)).toContain('font-size:13px');
		expect(pictureStyle('', 13)).not.toContain('font-size:12px');
	});

	test('carries the light palette, the dark one for a dark scheme, and the light one again on paper', () => {
		expect(colours(style, 'paper')).toEqual(['#fdfcf9', '#161513', '#fdfcf9']);
		expect(style).toMatch(
			/^<style>svg\{--paper:#fdfcf9;.*@media \(prefers-color-scheme:dark\)\{svg\{--paper:#161513;.*@media print\{svg\{--paper:#fdfcf9;/,
		);
	});

	test('gives every fill style a rule', () => {
		for (const fill of Object.values(FILLS)) expect(style).toContain(`.${fill}{fill:`);
	});

	test("adds the picture's own rules", () => {
		expect(pictureStyle('.sea{fill:var(--sea)}')).toContain('.sea{fill:var(--sea)}</style>');
	});
});

describe('printVersion', () => {
	test('leaves no prefers-color-scheme rule (and no print rule) in pictureStyle()', () => {
		const print = printVersion(pictureStyle());
		expect(print).not.toContain('prefers-color-scheme');
		expect(print).not.toContain('@media');
	});

	test('keeps only the light colours', () => {
		const print = printVersion(pictureStyle('', 13));
		expect(colours(print, 'paper')).toEqual(['#fdfcf9']);
		expect(colours(print, 'ink')).toEqual(['#1c1b19']);
		expect(print).not.toContain('#161513');
		expect(print).not.toContain('#ece8df');
	});

	test('leaves the rest of the picture as it was', () => {
		const svg = svgDocument(
			100,
			50,
			'A title',
			'A description',
			pictureStyle('.sea{fill:var(--sea)}'),
			'<rect class="sea"/>',
		);
		const print = printVersion(svg);
		expect(print).toContain('<title id="title">A title</title>');
		expect(print).toContain('.sea{fill:var(--sea)}');
		expect(print).toContain('.halo{paint-order:stroke;');
		expect(print).toContain('<rect class="sea"/>');
		expect(print).toContain('font-size:12px');
		// What was taken out is exactly the two rules.
		expect(svg.length - print.length).toBe(
			pictureStyle().length - printVersion(pictureStyle()).length,
		);
	});

	test('leaves a picture without a palette alone', () => {
		const svg = '<svg><rect width="4"/></svg>';
		expect(printVersion(svg)).toBe(svg);
	});
});

describe('svgDocument', () => {
	const svg = svgDocument(
		320,
		180.04,
		'Coups & attempts',
		'The <count> of "coups"',
		'<rect id="one"/>',
		'<rect id="two"/>',
	);

	test('is a standalone SVG sized by its viewBox, width and height', () => {
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
		expect(svg).toContain('viewBox="0 0 320 180.04"');
		expect(svg).toContain('width="320"');
		expect(svg).toContain('height="180"');
		expect(svg).toMatch(/<\/svg>$/);
	});

	test('names itself for assistive technology: an image labelled by its title and description', () => {
		expect(svg).toContain('role="img"');
		expect(svg).toContain('aria-labelledby="title desc"');
		expect(svg).toContain('lang="en"');
		expect(svg).toMatch(
			/^<svg [^>]*><title id="title">Coups &amp; attempts<\/title><desc id="desc">The &lt;count&gt; of &quot;coups&quot;<\/desc>/,
		);
	});

	test('puts the body after the description, in order', () => {
		expect(svg).toMatch(/<\/desc><rect id="one"\/><rect id="two"\/><\/svg>$/);
	});
});

describe('legend wrapping', () => {
	test('breaks an entry too long for one row into lines within the width', () => {
		const measure = (text: string) => text.length * 7;
		const text = 'Member in July 2023 and after 29 January 2025, and a little more';
		const { svg, height } = legend([{ swatch: 'fill-solid', text }], 200, 0, measure);
		const lines = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].length + 1;
		expect(lines).toBeGreaterThan(1);
		expect(height).toBeGreaterThanOrEqual(lines * 19);
		for (const line of svg.matchAll(/>([^<>]+)</g))
			expect(measure(line[1]!)).toBeLessThanOrEqual(200 - 16 - 36);
	});
});

describe('legend', () => {
	/** Ten pixels a character: an item is 22 + 10 × length + 14 pixels wide. */
	const measure = (text: string) => text.length * 10;
	const item = (text: string, swatch = 'fill-solid') => ({ swatch, text });
	const positions = (svg: string, tag: string) =>
		[...svg.matchAll(new RegExp(`<${tag}[^>]* x="([\\d.]+)" y="([\\d.]+)"`, 'g'))].map((m) => [
			Number(m[1]),
			Number(m[2]),
		]);

	test('lays items out in a row: a swatch, then its text 22 pixels on', () => {
		const { svg, height } = legend([item('abc'), item('de', 'fill-hatched')], 400, 100, measure);
		expect(svg).toMatch(/^<g class="legend">.*<\/g>$/);
		expect(svg).toContain('<rect class="fill-solid swatch" x="8" y="105" width="16" height="11"/>');
		expect(svg).toContain(
			'<rect class="fill-hatched swatch" x="74" y="105" width="16" height="11"/>',
		);
		expect(positions(svg, 'text')).toEqual([
			[30, 115],
			[96, 115],
		]);
		expect(height).toBe(27);
	});

	test.each([
		[300, 3, 1],
		[214, 3, 1],
		[213, 3, 2],
		[148, 3, 2],
		[147, 3, 3],
		[50, 3, 3],
	])('at width %s, wraps %s items into %s rows', (width, count, rows) => {
		const items = Array.from({ length: count }, () => item('abc'));
		const { svg, height } = legend(items, width, 0, measure);
		const ys = new Set(positions(svg, 'text').map(([, y]) => y));
		expect(ys.size).toBe(rows);
		expect(height).toBe(8 + 19 * rows);
		// Every row starts at the left margin.
		const xs = positions(svg, 'text').map(([x]) => x);
		expect(xs.filter((x) => x === 30)).toHaveLength(rows);
	});

	test('keeps every item inside the width unless it is wider than the width on its own', () => {
		const items = ['Soldiers took power', 'Attempt failed', 'Plot', 'Other countries'].map((t) =>
			item(t),
		);
		const { svg } = legend(items, 420, 0, measure);
		const texts = [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+">([^<]*)<\/text>/g)];
		expect(texts.map((m) => m[2])).toEqual(items.map((i) => i.text));
		for (const [, x, text] of texts)
			expect(Number(x) + measure(text!) + 14).toBeLessThanOrEqual(412);
	});

	test('fills the placeholders of a drawn swatch with its box and centre', () => {
		const { svg } = legend(
			[item('abc'), item('Town', '<circle cx="{cx}" cy="{cy}" r="3.5"/><rect x="{x}" y="{y}"/>')],
			400,
			40,
			measure,
		);
		expect(svg).toContain('<circle cx="82" cy="50.5" r="3.5"/><rect x="74" y="45"/>');
		expect(svg).not.toContain('{');
	});

	test('escapes the text', () => {
		expect(legend([item('A & <B>')], 400, 0, measure).svg).toContain('>A &amp; &lt;B&gt;</text>');
	});
});

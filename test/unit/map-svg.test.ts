import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import atlas from 'world-atlas/countries-50m.json';
import type { Topology } from 'topojson-specification';
import { describe, expect, test } from 'vitest';
import { mercatorLayout } from '../../src/lib/projection';
import { ui } from '../../src/i18n/ui';
import { drawMap, keyText, mapLayout } from '../../src/lib/map-svg';
import { MapViewSchema, type MapView } from '../../src/schemas/content';

/** A view as the schema reads it from content/maps.yaml, with defaults filled in. */
const view = (fields: Record<string, unknown>): MapView =>
	MapViewSchema.parse({
		id: 'test-map',
		title: 'Niger and its capital',
		description: 'A small map for a test: Niger shaded, and Niamey marked with a square.',
		alt: 'Map of West Africa with Niger shaded.',
		asOf: '2025-01-01',
		extent: [
			[-20, 0],
			[20, 20],
		],
		categories: [{ id: 'aes', label: 'Alliance of Sahel States', style: 'solid' }],
		...fields,
	});

describe('mapLayout', () => {
	test('fits the extent to the width of the view, 520 pixels unless it says otherwise', () => {
		expect(mapLayout(view({})).width).toBe(520);
		expect(mapLayout(view({ width: 400 })).width).toBe(400);
	});

	test('is the Mercator layout of the view’s extent and width', () => {
		const layout = mapLayout(view({ width: 400 }));
		const expected = mercatorLayout(
			[
				[-20, 0],
				[20, 20],
			],
			400,
		);
		expect(layout.height).toBe(expected.height);
		expect(layout.pixelsPerDegree).toBeCloseTo(expected.pixelsPerDegree, 9);
		expect(layout.projection([2.11, 13.51])).toEqual(expected.projection([2.11, 13.51]));
	});

	test('puts the north-west corner of the extent at the top left and the south-east at the bottom right', () => {
		const layout = mapLayout(view({ width: 400 }));
		// 40 degrees of longitude across 400 pixels; 20 degrees of latitude near the equator.
		expect(layout.pixelsPerDegree).toBeCloseTo(10, 6);
		expect(layout.height).toBeGreaterThan(200);
		expect(layout.height).toBeLessThan(206);
		const [x0, y0] = layout.projection([-20, 20])!;
		const [x1, y1] = layout.projection([20, 0])!;
		expect(x0).toBeCloseTo(0, 1);
		expect(y0).toBeCloseTo(0, 1);
		expect(x1).toBeCloseTo(400, 1);
		expect(y1).toBeCloseTo(layout.height, 0);
	});

	test('follows the extent: a box twice as tall is about twice as high', () => {
		const low = mapLayout(
			view({
				extent: [
					[-20, 0],
					[20, 10],
				],
			}),
		);
		const high = mapLayout(
			view({
				extent: [
					[-20, 0],
					[20, 20],
				],
			}),
		);
		expect(high.width).toBe(low.width);
		expect(high.height / low.height).toBeGreaterThan(1.9);
		expect(high.height / low.height).toBeLessThan(2.1);
	});

	test('is the map alone: the drawing adds its legend below it', () => {
		const niger = view({
			countries: [
				{ name: 'Niger', category: 'aes', note: 'Coup of 26 July 2023.', sources: ['src-a'] },
			],
			places: [
				{ name: 'Niamey', at: [2.11, 13.51], capital: true, note: 'Capital.', sources: ['src-b'] },
			],
		});
		const layout = mapLayout(niger);
		const drawing = drawMap(niger, atlas as unknown as Topology, ui.pictures);
		expect(drawing.width).toBe(layout.width);
		expect(drawing.height).toBeGreaterThan(layout.height);
		expect(drawing.svg).toContain(
			`<rect class="sea" width="${layout.width}" height="${layout.height}"/>`,
		);
		expect(drawing.svg).toContain(`<rect class="legend-bg" y="${layout.height}"`);
	});
});

describe('keyText', () => {
	test.each([
		['Niger', ['Niger', 'Jul 2023', '(failed Mar 2021)'], 'Niger: Jul 2023, failed Mar 2021'],
		["Côte d'Ivoire", ['Côte', "d'Ivoire"], "Côte d'Ivoire"],
		['Burkina Faso', ['Burkina Faso', 'left'], 'Burkina Faso: left'],
		['The Gambia', ['The Gambia'], 'The Gambia'],
		[
			'Guinea-Bissau',
			['Guinea-Bissau', 'Nov 2025', 'failed Feb 2022', 'and Dec 2023'],
			'Guinea-Bissau: Nov 2025, failed Feb 2022 and Dec 2023',
		],
		[
			'São Tomé and Príncipe',
			['São Tomé', 'failed Nov 2022'],
			'São Tomé and Príncipe: failed Nov 2022',
		],
	])('%s, labelled %j, is keyed as %s', (name, lines, expected) => {
		expect(keyText(name, lines)).toBe(expected);
	});
});

describe('a map drawn for phones', () => {
	const views = (parse(readFileSync('content/maps.yaml', 'utf8')) as unknown[]).map((raw) =>
		MapViewSchema.parse(raw),
	);
	test.each(views.map((view) => [view.id, view] as const))(
		'%s at 340 px: every label is on the map, as a name or a number named in the key',
		(_, view) => {
			const { svg, width } = drawMap(view, atlas as unknown as Topology, ui.pictures, true, 340);
			expect(width).toBe(340);
			const labels = svg.match(/<g class="labels">(.*?)<\/g>/)![1]!;
			const numbers = [...labels.matchAll(/class="halo key"[^>]*>(\d+)</g)].map((m) => m[1]);
			const legend = svg.match(/<g class="legend">(.*?)<\/g>/)![1]!;
			numbers.forEach((n, i) => {
				expect(n).toBe(String(i + 1));
				expect(legend).toContain(`>${n}</text>`);
			});
			// Nothing goes far from its point on a leader line except a number.
			expect(svg.match(/class="leader"/g)?.length ?? 0).toBeLessThanOrEqual(numbers.length);
			for (const place of view.places) expect(svg).toContain(place.name);
		},
	);
});

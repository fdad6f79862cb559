import { readFileSync } from 'node:fs';
import { geoArea, geoPath } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import atlas from 'world-atlas/countries-50m.json';
import type { Topology } from 'topojson-specification';
import { boxesOverlap, segmentHitsBox, segmentsCross, type Box } from '../../src/lib/boxes';
import { placeLabels, type LabelRequest } from '../../src/lib/labels';
import { landMask } from '../../src/lib/land-mask';
import {
	circleOfArea,
	EARTH_RADIUS_KM,
	latitudeBand,
	mercatorLayout,
	parallel,
} from '../../src/lib/projection';
import { textWidth } from '../../src/lib/text-width';
import {
	bordersOf,
	countriesOf,
	countryFeatures,
	decodeArcs,
	landOf,
	signedArea,
	simplifyTopology,
	tripoint,
} from '../../src/lib/topology';
import { ui } from '../../src/i18n/ui';
import { drawMap } from '../../src/lib/map-svg';
import { MapViewSchema } from '../../src/schemas/content';

const world = atlas as unknown as Topology;
const westAfrica: [[number, number], [number, number]] = [
	[-24, -4.6],
	[24.3, 25.4],
];

describe('simplifyTopology on small cases', () => {
	const topologyOf = (arcs: number[][][]): Topology =>
		({
			type: 'Topology',
			objects: {
				countries: {
					type: 'GeometryCollection',
					geometries: arcs.map((_, i) => ({
						type: 'LineString',
						arcs: [i],
						properties: { name: `arc ${i}` },
					})),
				},
			},
			arcs,
		}) as unknown as Topology;

	test('drops a point that strays less than the tolerance, keeping both ends', () => {
		const simple = simplifyTopology(
			topologyOf([
				[
					[0, 0],
					[1, 0.01],
					[2, 0],
				],
			]),
			0.1,
		);
		expect(simple.arcs[0]).toEqual([
			[0, 0],
			[2, 0],
		]);
	});

	test('keeps a point that strays further than the tolerance', () => {
		const line = [
			[0, 0],
			[1, 1],
			[2, 0],
		];
		expect(simplifyTopology(topologyOf([line]), 0.5).arcs[0]).toEqual(line);
	});

	test('keeps a tiny island a ring: closed, enclosing the same side', () => {
		const ring = Array.from({ length: 40 }, (_, i) => {
			const a = (i / 39) * 2 * Math.PI;
			return [Math.cos(a) * 0.01, Math.sin(a) * 0.01];
		});
		ring[39] = ring[0]!;
		const simplified = simplifyTopology(topologyOf([ring]), 1).arcs[0]!;
		expect(simplified.length).toBeGreaterThanOrEqual(4);
		expect(simplified.at(-1)).toEqual(simplified[0]);
		expect(Math.sign(signedArea(simplified))).toBe(Math.sign(signedArea(ring)));
	});
});

/**
 * Two unit squares side by side, A west of B, sharing the edge x = 1 (arc 0), and an island C
 * away from both, in plain longitudes and latitudes (no quantisation).
 */
const squares = {
	type: 'Topology',
	arcs: [
		[
			[1, 0],
			[1, 1],
		],
		[
			[1, 1],
			[0, 1],
			[0, 0],
			[1, 0],
		],
		[
			[1, 0],
			[2, 0],
			[2, 1],
			[1, 1],
		],
		[
			[5, 5],
			[5, 6],
			[6, 6],
			[6, 5],
			[5, 5],
		],
	],
	objects: {
		countries: {
			type: 'GeometryCollection',
			geometries: [
				{ type: 'Polygon', arcs: [[0, 1]], properties: { name: 'A' } },
				{ type: 'Polygon', arcs: [[~0, 2]], properties: { name: 'B' } },
				{ type: 'Polygon', arcs: [[3]], properties: { name: 'C' } },
			],
		},
	},
} as unknown as Topology;

describe('countriesOf', () => {
	test('gives the countries of a world-atlas file, each with its name', () => {
		const countries = countriesOf(world);
		expect(countries.type).toBe('GeometryCollection');
		expect(countries.geometries.length).toBeGreaterThan(200);
		const names = countries.geometries.map(
			(g) => (g.properties as { name?: string } | undefined)?.name,
		);
		expect(names).toEqual(expect.arrayContaining(['Niger', 'Mali', 'Burkina Faso', 'Nigeria']));
		expect(names.every((name) => typeof name === 'string' && name.length > 0)).toBe(true);
	});

	test('gives the very collection of the topology', () => {
		expect(countriesOf(squares)).toBe(squares.objects.countries);
	});

	test.each([
		['no countries', { type: 'Topology', arcs: [], objects: { land: squares.objects.countries } }],
		[
			'countries that are not a collection',
			{ type: 'Topology', arcs: [], objects: { countries: { type: 'Polygon', arcs: [[0]] } } },
		],
	])('refuses a topology with %s', (_, topology) => {
		expect(() => countriesOf(topology as unknown as Topology)).toThrow(
			'The topology has no "countries" collection (is it a world-atlas file?)',
		);
	});
});

describe('signedArea', () => {
	const square = [
		[0, 0],
		[1, 0],
		[1, 1],
		[0, 1],
	];
	test.each([
		['a unit square, anticlockwise', square, 2],
		['a unit square, clockwise', [...square].reverse(), -2],
		['a unit square, closed', [...square, [0, 0]], 2],
		[
			'a 4 × 3 right triangle, anticlockwise',
			[
				[0, 0],
				[4, 0],
				[0, 3],
			],
			12,
		],
		[
			'the same triangle far from the origin',
			[
				[10, -20],
				[14, -20],
				[10, -17],
			],
			12,
		],
		[
			'a line, which encloses nothing',
			[
				[0, 0],
				[1, 1],
				[2, 2],
			],
			0,
		],
		['no points', [], 0],
	])('is twice the area of %s, with its sign: %s', (_, ring, expected) => {
		expect(signedArea(ring)).toBeCloseTo(expected, 9);
	});
});

describe('simplifyTopology', () => {
	test('keeps every arc, with its ends where they were, and far fewer points', () => {
		const before = decodeArcs(world);
		const after = simplifyTopology(world, 0.015);
		expect(after.transform).toBeUndefined();
		expect(after.arcs).toHaveLength(before.length);
		after.arcs.forEach((arc, i) => {
			expect(arc[0]).toEqual(before[i]![0]);
			expect(arc.at(-1)).toEqual(before[i]!.at(-1));
		});
		const count = (arcs: number[][][]) => arcs.reduce((n, arc) => n + arc.length, 0);
		expect(count(after.arcs as number[][][])).toBeLessThan(count(before) / 2);
	});

	test('leaves neighbours sharing one border: Niger and Nigeria still touch', () => {
		const simple = simplifyTopology(world, 0.015);
		const [niger, nigeria] = countryFeatures(simple, ['Niger', 'Nigeria']);
		const key = (p: number[]) => p.join(',');
		const points = (f: typeof niger) =>
			new Set(
				(f!.geometry.type === 'Polygon'
					? f!.geometry.coordinates.flat()
					: f!.geometry.coordinates.flat(2)
				).map(key),
			);
		const shared = [...points(niger)].filter((p) => points(nigeria).has(p));
		expect(shared.length).toBeGreaterThan(5);
	});
});

describe('countryFeatures', () => {
	test('finds the countries of the story by their Natural Earth names', () => {
		const names = ['Mali', 'Burkina Faso', 'Niger', "Côte d'Ivoire", 'Gambia', 'Cabo Verde'];
		expect(countryFeatures(world, names).map((f) => f.properties.name)).toEqual(names);
	});

	test('names the unknown country in its error', () => {
		expect(() => countryFeatures(world, ['Mali', 'Nigerr'])).toThrow(/"Nigerr"/);
	});
});

describe('tripoint', () => {
	test('finds where Mali, Burkina Faso and Niger meet, in the Liptako-Gourma', () => {
		const [lon, lat] = tripoint(world, ['Mali', 'Burkina Faso', 'Niger']);
		expect(lon).toBeCloseTo(0.2, 0);
		expect(lat).toBeCloseTo(15.0, 0);
	});

	test('throws for countries that do not meet', () => {
		expect(() => tripoint(world, ['Mali', 'Gabon', 'Benin'])).toThrow(/no point in common/);
	});
});

describe('mercatorLayout', () => {
	test('fits the box to the width, with the height that keeps its shape', () => {
		const layout = mercatorLayout(westAfrica, 520);
		expect(layout.width).toBe(520);
		expect(layout.height).toBeGreaterThan(300);
		expect(layout.height).toBeLessThan(360);
		const [x0, y0] = layout.projection([-24, 25.4])!;
		const [x1, y1] = layout.projection([24.3, -4.6])!;
		expect(x0).toBeCloseTo(0, 0);
		expect(y0).toBeCloseTo(0, 0);
		expect(x1).toBeCloseTo(520, 0);
		expect(y1).toBeCloseTo(layout.height, 0);
	});

	test('refuses a box written the wrong way round', () => {
		expect(() =>
			mercatorLayout(
				[
					[10, 0],
					[-10, 20],
				],
				400,
			),
		).toThrow(/west, south/);
	});

	test('clips what lies outside the box, and rounds paths to one decimal', () => {
		const layout = mercatorLayout(westAfrica, 520);
		const path = geoPath(layout.projection).digits(1);
		const [brazil] = countryFeatures(world, ['Brazil']);
		expect(path(brazil!) ?? '').toBe('');
		const [mali] = countryFeatures(world, ['Mali']);
		const d = path(mali!)!;
		expect(d).not.toMatch(/\.\d\d/);
	});
});

describe('latitudeBand and circleOfArea', () => {
	test('a band is a small area (wound the way d3-geo reads as inside), not the rest of the globe', () => {
		const band = latitudeBand(-20, 20, 12, 18);
		expect(geoArea(band)).toBeLessThan(0.5);
		expect(geoArea(band)).toBeGreaterThan(0);
	});

	test('a circle has the area asked for', () => {
		const circle = circleOfArea([0.2, 15], 370_000);
		const km2 = geoArea(circle) * EARTH_RADIUS_KM ** 2;
		expect(km2).toBeGreaterThan(370_000 * 0.97);
		expect(km2).toBeLessThan(370_000 * 1.03);
	});
});

describe('bordersOf', () => {
	test('draws only the borders between countries: not the coasts, nor an island', () => {
		const borders = bordersOf(squares);
		expect(borders.type).toBe('MultiLineString');
		expect(borders.coordinates).toHaveLength(1);
		const [border] = borders.coordinates;
		expect([...border!].sort()).toEqual([
			[1, 0],
			[1, 1],
		]);
	});

	test('gives no line for countries with no neighbour', () => {
		const island = {
			...squares,
			objects: {
				countries: {
					type: 'GeometryCollection',
					geometries: [{ type: 'Polygon', arcs: [[3]], properties: { name: 'C' } }],
				},
			},
		} as unknown as Topology;
		expect(bordersOf(island).coordinates).toEqual([]);
	});

	test('draws the border of Niger and Nigeria once, and leaves out the coast of the Gulf of Guinea', () => {
		const borders = bordersOf(world);
		const points = borders.coordinates.flat();
		const near = (lon: number, lat: number, within: number) =>
			points.some(([x, y]) => Math.hypot(x! - lon, y! - lat) < within);
		// On the Niger–Nigeria border, north of Sokoto.
		expect(near(5.5, 13.8, 0.2)).toBe(true);
		// Lagos lies on the coast, nowhere near a border.
		expect(near(3.4, 6.45, 0.2)).toBe(false);
		// Each border is drawn once: no line appears twice, even reversed.
		const keys = borders.coordinates.map(
			(line) => [JSON.stringify(line), JSON.stringify([...line].reverse())].sort()[0],
		);
		expect(new Set(keys).size).toBe(keys.length);
	});

	test('refuses a topology that is not a world-atlas file', () => {
		expect(() =>
			bordersOf({ type: 'Topology', arcs: [], objects: {} } as unknown as Topology),
		).toThrow(/no "countries" collection/);
	});
});

describe('parallel', () => {
	test.each([
		[15, -10, 10, 1, 21],
		[15, -10, 10, 5, 5],
		[0, 0, 2.5, 1, 4],
		[12, 0, 1, 5, 2],
	])(
		'along %s° from %s° to %s°, a point every %s° makes %s points',
		(lat, west, east, step, count) => {
			const line = parallel(lat, west, east, step);
			expect(line.type).toBe('LineString');
			expect(line.coordinates).toHaveLength(count);
		},
	);

	test('runs from west to east along the one latitude, in even steps no longer than asked', () => {
		const { coordinates } = parallel(13.5, -5, 2.5, 2);
		expect(coordinates[0]).toEqual([-5, 13.5]);
		expect(coordinates.at(-1)).toEqual([2.5, 13.5]);
		expect(coordinates.every(([, lat]) => lat === 13.5)).toBe(true);
		const steps = coordinates.slice(1).map(([lon], i) => lon! - coordinates[i]![0]!);
		for (const step of steps) {
			expect(step).toBeCloseTo(7.5 / 4, 9);
			expect(step).toBeLessThanOrEqual(2);
		}
	});

	test('steps one degree unless told otherwise', () => {
		expect(parallel(10, 0, 3).coordinates).toEqual([
			[0, 10],
			[1, 10],
			[2, 10],
			[3, 10],
		]);
	});
});

describe('landMask', () => {
	test('tells Niamey (land) from the Gulf of Guinea (sea)', () => {
		const layout = mercatorLayout(westAfrica, 520);
		const isLand = landMask(landOf(simplifyTopology(world, 0.015)), layout);
		expect(isLand(layout.projection([2.11, 13.51]) as [number, number])).toBe(true);
		expect(isLand(layout.projection([-5, 1]) as [number, number])).toBe(false);
	});
});

describe('geometry of boxes and segments', () => {
	const box: Box = { x: 0, y: 0, width: 10, height: 10 };
	test('boxesOverlap', () => {
		expect(boxesOverlap(box, { x: 5, y: 5, width: 10, height: 10 })).toBe(true);
		expect(boxesOverlap(box, { x: 11, y: 0, width: 5, height: 5 })).toBe(false);
		expect(boxesOverlap(box, { x: 11, y: 0, width: 5, height: 5 }, 2)).toBe(true);
	});
	test('segmentHitsBox', () => {
		expect(segmentHitsBox([-5, 5], [15, 5], box)).toBe(true);
		expect(segmentHitsBox([-5, -5], [-1, 20], box)).toBe(false);
	});
	test('segmentsCross', () => {
		expect(
			segmentsCross(
				[
					[0, 0],
					[10, 10],
				],
				[
					[0, 10],
					[10, 0],
				],
			),
		).toBe(true);
		expect(
			segmentsCross(
				[
					[0, 0],
					[10, 0],
				],
				[
					[0, 5],
					[10, 5],
				],
			),
		).toBe(false);
	});
	test('textWidth grows with the text and the size', () => {
		expect(textWidth('Ouagadougou', 12)).toBeGreaterThan(textWidth('Mali', 12));
		expect(textWidth('Mali', 24)).toBeGreaterThan(textWidth('Mali', 12));
		// An upper estimate: about 0.6 em a character for a word in capitals and small letters.
		expect(textWidth('Niamey', 12)).toBeGreaterThan(30);
		expect(textWidth('Niamey', 12)).toBeLessThan(50);
	});
});

describe('placeLabels', () => {
	const bounds: Box = { x: 0, y: 0, width: 300, height: 200 };
	const label = (id: string, x: number, y: number): LabelRequest => ({
		id,
		anchor: [x, y],
		lines: [id],
		fontSize: 12,
		mode: 'around',
		gap: 4,
	});
	const noOverlaps = (boxes: Box[]) =>
		boxes.every((a, i) => boxes.every((b, j) => i === j || !boxesOverlap(a, b)));

	test('keeps a label that avoids lines off them: a country name does not sit on a border', () => {
		const border: [[number, number], [number, number]] = [
			[100, 0],
			[100, 200],
		];
		const request: LabelRequest = {
			...label('Burkina Faso', 100, 100),
			mode: 'center',
			avoidLines: true,
		};
		const [placed] = placeLabels([request], bounds, [], true, undefined, [border]);
		expect(segmentHitsBox(border[0], border[1], placed!.box)).toBe(false);
		// Without the rule it would sit across the line, on its point.
		const [free] = placeLabels([{ ...request, avoidLines: false }], bounds, [], true);
		expect(segmentHitsBox(border[0], border[1], free!.box)).toBe(true);
	});

	test('numbers the labels with no room, in turn, and tries the name alone first', () => {
		const small: Box = { x: 0, y: 0, width: 60, height: 40 };
		const placed = placeLabels(
			[
				{ ...label('A very long name indeed', 30, 20), numberIfNoRoom: true },
				{
					...label('Mali', 20, 10),
					lines: ['Mali', 'Aug 2020', 'May 2021'],
					shortLines: ['Mali'],
					numberIfNoRoom: true,
				},
				{ ...label('Another long one', 40, 30), numberIfNoRoom: true },
			],
			small,
		);
		expect(placed.map((p) => p.lines)).toEqual([['1'], ['Mali'], ['2']]);
		expect(placed.map((p) => p.number)).toEqual([1, undefined, 2]);
		expect(placed[1]!.short).toBe(true);
		expect(noOverlaps(placed.map((p) => p.box))).toBe(true);
	});

	test('keeps a label that must stay near its point from going far on a leader line', () => {
		const crowd = [label('Niamey', 100, 100), label('Tillabéri', 100, 100)];
		const placed = placeLabels(
			crowd.map((r) => ({ ...r, nearOnly: true, numberIfNoRoom: true })),
			bounds,
		);
		for (const p of placed) if (!p.number) expect(p.leader).toBeUndefined();
	});

	test('puts a lone label right of its point', () => {
		const [placed] = placeLabels([label('Niamey', 100, 100)], bounds);
		expect(placed!.box.x).toBeGreaterThan(100);
		expect(placed!.textAnchor).toBe('start');
		expect(placed!.leader).toBeUndefined();
	});

	test('moves crowded labels apart and keeps them clear of every marker', () => {
		const requests = [
			label('Niamey', 100, 100),
			label('Tillabéri', 96, 92),
			label('Ouallam', 104, 94),
			label('Ayorou', 98, 86),
		];
		const markers = requests.map((r) => ({
			x: r.anchor[0] - 4,
			y: r.anchor[1] - 4,
			width: 8,
			height: 8,
		}));
		const placed = placeLabels(requests, bounds, markers);
		expect(noOverlaps(placed.map((p) => p.box))).toBe(true);
		for (const p of placed) {
			for (const m of markers) expect(boxesOverlap(p.box, m)).toBe(false);
		}
	});

	test('keeps labels inside the drawing', () => {
		const [placed] = placeLabels([label('Ouagadougou', 295, 5)], bounds);
		expect(placed!.box.x).toBeGreaterThanOrEqual(0);
		expect(placed!.box.x + placed!.box.width).toBeLessThanOrEqual(300);
		expect(placed!.box.y).toBeGreaterThanOrEqual(0);
	});

	test('refuses, naming the label, when there is no room', () => {
		const tiny: Box = { x: 0, y: 0, width: 30, height: 14 };
		expect(() => placeLabels([label('Ouagadougou', 15, 7)], tiny)).toThrow(/Ouagadougou/);
	});
});

describe('the site’s maps', () => {
	const views = (parse(readFileSync('content/maps.yaml', 'utf8')) as unknown[]).map((raw) =>
		MapViewSchema.parse(raw),
	);

	test.each(views.map((view) => [view.id, view] as const))(
		'%s draws, with its title, description and every label, within 40 KB gzip',
		async (_, view) => {
			const { gzipSync } = await import('node:zlib');
			const { svg, width, height } = drawMap(view, world, ui.pictures);
			expect(width).toBe(view.width);
			expect(svg).toContain(`<title id="title">`);
			expect(svg).toContain(`<desc id="desc">`);
			for (const place of view.places) expect(svg).toContain(`>${place.name}<`);
			expect(height).toBeGreaterThan(200);
			expect(gzipSync(svg, { level: 9 }).length).toBeLessThanOrEqual(40 * 1024);
		},
	);
});

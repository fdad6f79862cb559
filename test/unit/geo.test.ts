import { readFileSync } from 'node:fs';
import { geoArea, geoPath } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import atlas from 'world-atlas/countries-50m.json';
import type { Topology } from 'topojson-specification';
import {
	boxesOverlap,
	circleOfArea,
	countryFeatures,
	decodeArcs,
	EARTH_RADIUS_KM,
	landMask,
	landOf,
	latitudeBand,
	mercatorLayout,
	placeLabels,
	segmentHitsBox,
	segmentsCross,
	simplifyLine,
	simplifyTopology,
	textWidth,
	tripoint,
	type Box,
	type LabelRequest,
} from '../../src/lib/geo';
import { drawMap } from '../../src/lib/map-svg';
import { MapViewSchema } from '../../src/schemas/content';

const world = atlas as unknown as Topology;
const westAfrica: [[number, number], [number, number]] = [
	[-24, -4.6],
	[24.3, 25.4],
];

describe('simplifyLine', () => {
	test('drops points within the tolerance and keeps both ends', () => {
		expect(
			simplifyLine(
				[
					[0, 0],
					[1, 0.01],
					[2, 0],
				],
				0.1,
			),
		).toEqual([
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
		expect(simplifyLine(line, 0.5)).toEqual(line);
	});

	test('keeps a ring a ring: at least four points, closed', () => {
		const ring = Array.from({ length: 40 }, (_, i) => {
			const a = (i / 39) * 2 * Math.PI;
			return [Math.cos(a) * 0.01, Math.sin(a) * 0.01];
		});
		ring[39] = ring[0]!;
		const simplified = simplifyLine(ring, 1);
		expect(simplified.length).toBeGreaterThanOrEqual(4);
		expect(simplified.at(-1)).toEqual(simplified[0]);
	});
});

describe('simplifyTopology', () => {
	test('keeps every arc, with its ends where they were, and far fewer points', () => {
		const before = decodeArcs(world);
		const after = simplifyTopology(world, 0.05);
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
		const simple = simplifyTopology(world, 0.05);
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

describe('landMask', () => {
	test('tells Niamey (land) from the Gulf of Guinea (sea)', () => {
		const layout = mercatorLayout(westAfrica, 520);
		const isLand = landMask(landOf(simplifyTopology(world, 0.05)), layout);
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
			const { svg, width, height } = drawMap(view, world);
			expect(width).toBe(view.width);
			expect(svg).toContain(`<title id="title">`);
			expect(svg).toContain(`<desc id="desc">`);
			for (const place of view.places) expect(svg).toContain(`>${place.name}<`);
			expect(height).toBeGreaterThan(200);
			expect(gzipSync(svg, { level: 9 }).length).toBeLessThanOrEqual(40 * 1024);
		},
	);
});

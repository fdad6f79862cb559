/**
 * Whether a point of a map drawing lies on land, so that labels can prefer the sea. Pure.
 */
import { geoPath } from 'd3-geo';
import { polygonContains } from 'd3-polygon';
import type { MultiPolygon } from 'geojson';
import type { Box } from './boxes';
import type { Layout, Pixel } from './projection';

/**
 * A test of whether a point of the drawing lies on land. The land is projected once into
 * pixel rings (clipped to the drawing); a point is on land when an odd number of rings hold it
 * (d3-polygon's `polygonContains`), so that lakes are holes. Answers are remembered on a grid
 * of `cell` pixels, so that label placement can prefer the sea cheaply.
 */
export function landMask(land: MultiPolygon, layout: Layout, cell = 3): (p: Pixel) => boolean {
	const rings: { points: [number, number][]; box: Box }[] = [];
	let ring: [number, number][] = [];
	const close = () => {
		if (ring.length >= 3) {
			const xs = ring.map(([x]) => x);
			const ys = ring.map(([, y]) => y);
			const x = Math.min(...xs);
			const y = Math.min(...ys);
			rings.push({
				points: ring,
				box: { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y },
			});
		}
		ring = [];
	};
	geoPath(layout.projection, {
		moveTo: (x: number, y: number) => {
			close();
			ring.push([x, y]);
		},
		lineTo: (x: number, y: number) => void ring.push([x, y]),
		closePath: close,
		arc: () => undefined,
	} as never)(land);
	close();
	const cache = new Map<number, boolean>();
	return ([x, y]) => {
		const i = Math.floor(x / cell);
		const j = Math.floor(y / cell);
		const key = j * 100_000 + i;
		let inside = cache.get(key);
		if (inside === undefined) {
			const point: [number, number] = [(i + 0.5) * cell, (j + 0.5) * cell];
			const holding = rings.filter(
				({ points, box }) =>
					point[0] >= box.x &&
					point[0] <= box.x + box.width &&
					point[1] >= box.y &&
					point[1] <= box.y + box.height &&
					polygonContains(points, point),
			);
			inside = holding.length % 2 === 1;
			cache.set(key, inside);
		}
		return inside;
	};
}

/**
 * Whether a point of a map drawing lies on land, so that labels can prefer the sea. Pure.
 */
import { geoPath } from 'd3-geo';
import type { MultiPolygon } from 'geojson';
import type { Box } from './boxes';
import type { Layout, Pixel } from './projection';

/**
 * A test of whether a point of the drawing lies on land. The land is projected once into
 * pixel rings (clipped to the drawing) and tested there with the even-odd rule, answers being
 * remembered on a grid of `cell` pixels, so that label placement can prefer the sea cheaply.
 */
export function landMask(land: MultiPolygon, layout: Layout, cell = 3): (p: Pixel) => boolean {
	const rings: { points: number[]; box: Box }[] = [];
	let ring: number[] = [];
	const close = () => {
		if (ring.length >= 6) {
			const xs = ring.filter((_, i) => i % 2 === 0);
			const ys = ring.filter((_, i) => i % 2 === 1);
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
			ring.push(x, y);
		},
		lineTo: (x: number, y: number) => void ring.push(x, y),
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
			const px = (i + 0.5) * cell;
			const py = (j + 0.5) * cell;
			inside = false;
			for (const { points, box } of rings) {
				if (px < box.x || px > box.x + box.width || py < box.y || py > box.y + box.height) continue;
				for (let k = 0, l = points.length - 2; k < points.length; l = k, k += 2) {
					const xk = points[k]!;
					const yk = points[k + 1]!;
					const xl = points[l]!;
					const yl = points[l + 1]!;
					if (yk > py !== yl > py && px < ((xl - xk) * (py - yk)) / (yl - yk) + xk)
						inside = !inside;
				}
			}
			cache.set(key, inside);
		}
		return inside;
	};
}

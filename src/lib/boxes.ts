/** Rectangles and segments on a drawing, and whether they meet. Pure. */
import type { Pixel } from './projection';

/** A rectangle on the drawing. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Whether two boxes overlap, allowing `padding` pixels of clearance around them. */
export function boxesOverlap(a: Box, b: Box, padding = 0): boolean {
	return (
		a.x < b.x + b.width + padding &&
		b.x < a.x + a.width + padding &&
		a.y < b.y + b.height + padding &&
		b.y < a.y + a.height + padding
	);
}

/** Whether the segment from `p` to `q` crosses the box. */
export function segmentHitsBox(p: Pixel, q: Pixel, box: Box): boolean {
	// Liang–Barsky clipping: does any part of the segment lie inside the box?
	let t0 = 0;
	let t1 = 1;
	const dx = q[0] - p[0];
	const dy = q[1] - p[1];
	const edges: [number, number][] = [
		[-dx, p[0] - box.x],
		[dx, box.x + box.width - p[0]],
		[-dy, p[1] - box.y],
		[dy, box.y + box.height - p[1]],
	];
	for (const [d, room] of edges) {
		if (d === 0) {
			if (room < 0) return false;
		} else {
			const t = room / d;
			if (d < 0) t0 = Math.max(t0, t);
			else t1 = Math.min(t1, t);
			if (t0 > t1) return false;
		}
	}
	return true;
}

/** Whether two segments cross (touching at an end does not count). */
export function segmentsCross(a: [Pixel, Pixel], b: [Pixel, Pixel]): boolean {
	const side = (p: Pixel, q: Pixel, r: Pixel) =>
		Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
	return (
		side(a[0], a[1], b[0]) * side(a[0], a[1], b[1]) < 0 &&
		side(b[0], b[1], a[0]) * side(b[0], b[1], a[1]) < 0
	);
}

/**
 * Label placement on a drawing: each label takes the nearest free spot around its point,
 * clear of the other labels, the markers and the edge, with a leader line when it is far. Pure.
 */
import { boxesOverlap, segmentHitsBox, segmentsCross, type Box } from './boxes';
import type { Pixel } from './projection';
import { textWidth } from './text-width';

/** How a label sits relative to its point. */
export type LabelMode = 'center' | 'around';

/** A label to place: its point, its lines, and how it may move. */
export interface LabelRequest {
	id: string;
	/** The point it names, in pixels. */
	anchor: Pixel;
	lines: string[];
	fontSize: number;
	/** `center`: on the point if there is room (a country's name); `around`: beside it (a town). */
	mode: LabelMode;
	/** Radius of the point's marker, kept clear of the text. */
	gap?: number;
	/** The least distance from the point, for a label that must sit outside a small country. */
	minDistance?: number;
	/** Where the label's centre must go, bypassing the search (still checked for collisions). */
	fixed?: Pixel;
	/** Rather over the sea than over land (a callout for a small coastal country). */
	preferSea?: boolean;
	/**
	 * When the label has no room, put a number in its place instead (the next one free), for a
	 * key under the drawing to name. Without it, a label with no room stops the build.
	 */
	numberIfNoRoom?: boolean;
	/** Shorter lines to try (the name alone) before a number, when the full label has no room. */
	shortLines?: string[];
	/** Cross none of the `lines` given to `placeLabels` (the borders, which a halo would hide). */
	avoidLines?: boolean;
	/** Only on or next to its point, never far away with a leader line (its number may be). */
	nearOnly?: boolean;
	/**
	 * The shape the label names (a country), as a test of a point: a label whose centre is
	 * inside it is next to its point wherever it is, and needs no leader line.
	 */
	within?: (p: Pixel) => boolean;
}

/** Where a label goes: its box, how its text is anchored, and a leader line when it is far. */
export interface PlacedLabel {
	id: string;
	box: Box;
	lines: string[];
	fontSize: number;
	/** The x of the text and its alignment, as SVG's `text-anchor`. */
	x: number;
	textAnchor: 'start' | 'middle' | 'end';
	/** Baselines of each line. */
	baselines: number[];
	/** A line from the point to the label, when the label is not next to its point. */
	leader?: [Pixel, Pixel];
	/** Set when the label could not be placed clear of the others (only when not strict). */
	collides?: boolean;
	/** The number drawn instead of the label's lines, when they had no room. */
	number?: number;
	/** Set when the label is its `shortLines`, the full one having no room. */
	short?: boolean;
}

/** Line height of labels, in ems. */
const LINE = 1.2;

/** The box a label of `lines` takes when its centre is at `center`. */
function boxAround(center: Pixel, width: number, height: number): Box {
	return { x: center[0] - width / 2, y: center[1] - height / 2, width, height };
}

/** The nearest point of a box to `p`. */
function nearestOnBox(p: Pixel, box: Box): Pixel {
	return [
		Math.max(box.x, Math.min(p[0], box.x + box.width)),
		Math.max(box.y, Math.min(p[1], box.y + box.height)),
	];
}

/** Directions tried around a point, best first: right, left, then the diagonals, above, below. */
const DIRECTIONS: Pixel[] = [
	[1, 0],
	[-1, 0],
	[1, -1],
	[1, 1],
	[-1, -1],
	[-1, 1],
	[0, -1],
	[0, 1],
];
const DISTANCES = [4, 8, 14, 22, 32, 44, 58, 74, 92, 112, 135];

/**
 * Place labels so that none overlaps another label, a marker, a leader line or the edge of the
 * drawing. Labels are placed in the order given (put the most important first); each takes the
 * nearest free spot, and one placed far from its point gets a leader line. `obstacles` are
 * boxes no label may cover (markers, a legend). Throws, naming the label, when one cannot fit:
 * the build then stops rather than print labels on top of each other. With `strict` false
 * (for previews while editing a map), such a label is put on its point and marked `collides`.
 * Given `isLand`, labels that `preferSea` avoid land where they can. Labels that `avoidLines`
 * cross none of `lines` (the borders, which a label's halo would hide); a label that
 * `numberIfNoRoom` and finds no room becomes a number, placed the same way.
 */
export function placeLabels(
	requests: readonly LabelRequest[],
	bounds: Box,
	obstacles: readonly Box[] = [],
	strict = true,
	isLand?: (p: Pixel) => boolean,
	lines: readonly [Pixel, Pixel][] = [],
): PlacedLabel[] {
	const placed: PlacedLabel[] = [];
	// Each line with its bounding box, to skip the far ones quickly.
	const walls = lines.map(([p, q]) => ({
		p,
		q,
		box: {
			x: Math.min(p[0], q[0]),
			y: Math.min(p[1], q[1]),
			width: Math.abs(p[0] - q[0]),
			height: Math.abs(p[1] - q[1]),
		},
	}));
	// The text inside a label's box: widths are estimated on the generous side, and a line
	// that only grazes the halo at the ends of the text hides nothing of it.
	const core = (box: Box): Box => ({
		x: box.x + box.width * 0.1,
		y: box.y + 2,
		width: box.width * 0.8,
		height: box.height - 4,
	});
	const crossesLine = (box: Box): boolean => {
		const inner = core(box);
		return walls.some(
			({ p, q, box: around }) => boxesOverlap(inner, around) && segmentHitsBox(p, q, inner),
		);
	};
	let numbers = 0;
	const blocked = (
		box: Box,
		leader: [Pixel, Pixel] | undefined,
		own: Box[],
		avoidLines: boolean,
	): boolean => {
		if (
			box.x < bounds.x + 2 ||
			box.y < bounds.y + 2 ||
			box.x + box.width > bounds.x + bounds.width - 2 ||
			box.y + box.height > bounds.y + bounds.height - 2
		)
			return true;
		if (obstacles.some((o) => !own.includes(o) && boxesOverlap(box, o, 1))) return true;
		for (const other of placed) {
			if (boxesOverlap(box, other.box, 2)) return true;
			if (leader && other.leader && segmentsCross(leader, other.leader)) return true;
			if (other.leader && segmentHitsBox(other.leader[0], other.leader[1], box)) return true;
			if (leader && segmentHitsBox(leader[0], leader[1], other.box)) return true;
		}
		if (
			leader &&
			obstacles.some((o) => !own.includes(o) && segmentHitsBox(leader[0], leader[1], o))
		)
			return true;
		return avoidLines && crossesLine(box);
	};

	const search = (request: LabelRequest): PlacedLabel | undefined => {
		const width = Math.max(...request.lines.map((line) => textWidth(line, request.fontSize)));
		const height = request.lines.length * request.fontSize * LINE;
		const gap = request.gap ?? 0;
		const [ax, ay] = request.anchor;
		// The marker of this label's own point is not an obstacle to its leader line.
		const own = obstacles.filter(
			(o) => ax >= o.x && ax <= o.x + o.width && ay >= o.y && ay <= o.y + o.height,
		);
		const candidates: { center: Pixel; cost: number }[] = [];
		if (request.fixed) candidates.push({ center: request.fixed, cost: 0 });
		else {
			if (request.mode === 'center' && !request.minDistance)
				candidates.push({ center: [ax, ay], cost: 0 });
			DISTANCES.forEach((step) => {
				const distance = gap + step + (request.minDistance ?? 0);
				DIRECTIONS.forEach(([dx, dy], order) => {
					// Offset the box so that its nearest edge, not its centre, is `distance` away.
					const cx = ax + dx * (distance + width / 2);
					const cy = ay + dy * (distance + height / 2);
					candidates.push({ center: [cx, cy], cost: distance + order * 0.75 });
				});
			});
		}
		if (request.preferSea && isLand) {
			for (const candidate of candidates) {
				const box = boxAround(candidate.center, width, height);
				const samples: Pixel[] = [0, 0.5, 1].flatMap((fx) =>
					[0, 0.5, 1].map((fy): Pixel => [box.x + fx * box.width, box.y + fy * box.height]),
				);
				candidate.cost += samples.filter(isLand).length * 60;
			}
		}
		candidates.sort((a, b) => a.cost - b.cost);
		let chosen: PlacedLabel | undefined;
		for (const { center } of candidates) {
			const box = boxAround(center, width, height);
			const near = nearestOnBox(request.anchor, box);
			const distance = Math.hypot(near[0] - ax, near[1] - ay);
			const far =
				request.mode === 'center'
					? distance > 6 && !(request.within?.(center) ?? false)
					: distance > gap + 12;
			let leader: [Pixel, Pixel] | undefined;
			if (far) {
				const length = Math.hypot(near[0] - ax, near[1] - ay);
				const start: Pixel = [
					ax + ((near[0] - ax) / length) * gap,
					ay + ((near[1] - ay) / length) * gap,
				];
				leader = [start, near];
			}
			if (leader && request.nearOnly) continue;
			if (blocked(box, leader, own, request.avoidLines ?? false)) continue;
			const alignment = center[0] > ax + 1 ? 'start' : center[0] < ax - 1 ? 'end' : 'middle';
			const textAnchor = request.mode === 'center' && !far ? 'middle' : alignment;
			const x =
				textAnchor === 'start' ? box.x : textAnchor === 'end' ? box.x + box.width : center[0];
			const baselines = request.lines.map((_, i) => box.y + request.fontSize * (0.95 + i * LINE));
			chosen = {
				id: request.id,
				box,
				lines: request.lines,
				fontSize: request.fontSize,
				x,
				textAnchor,
				baselines,
				leader,
			};
			break;
		}
		return chosen;
	};

	for (const request of requests) {
		let chosen = search(request);
		if (!chosen && request.shortLines) {
			chosen = search({ ...request, lines: request.shortLines });
			if (chosen) chosen = { ...chosen, short: true };
		}
		if (!chosen && request.numberIfNoRoom) {
			const number = numbers + 1;
			chosen = search({
				...request,
				lines: [String(number)],
				fixed: undefined,
				nearOnly: false,
				// A number is small: over a border it hides little of it.
				avoidLines: false,
			});
			if (chosen) {
				numbers = number;
				chosen = { ...chosen, number };
			}
		}
		if (!chosen && !strict) {
			const width = Math.max(...request.lines.map((line) => textWidth(line, request.fontSize)));
			const height = request.lines.length * request.fontSize * LINE;
			const box = boxAround(request.anchor, width, height);
			chosen = {
				id: request.id,
				box,
				lines: request.lines,
				fontSize: request.fontSize,
				x: request.anchor[0],
				textAnchor: 'middle',
				baselines: request.lines.map((_, i) => box.y + request.fontSize * (0.95 + i * LINE)),
				collides: true,
			};
		}
		if (!chosen) {
			throw new Error(
				`The label "${request.lines.join(' ')}" (${request.id}) cannot be placed without covering another: ` +
					'move it with a fixed position, shorten it or widen the map',
			);
		}
		placed.push(chosen);
	}
	return placed;
}

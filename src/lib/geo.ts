/**
 * Map geometry, done once at build time: lighter country shapes from Natural Earth (TopoJSON),
 * a Mercator projection fitted to a box of longitudes and latitudes, shapes for sketched areas,
 * and label positions that do not collide. Pure functions: no Astro, no DOM, no file access.
 */
import { geoCircle, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import type {
	Feature,
	LineString,
	MultiLineString,
	MultiPolygon,
	Polygon,
	Position,
} from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A longitude/latitude pair, in degrees. */
export type LonLat = [number, number];
/** A box of longitudes and latitudes: `[[west, south], [east, north]]`. */
export type Extent = [LonLat, LonLat];
/** A point on the drawing, in pixels from the top left. */
export type Pixel = [number, number];

/** The countries object of a world-atlas file: each geometry has `properties.name`. */
type Countries = GeometryCollection<{ name: string }>;

/** The Natural Earth name of a country's geometry. */
const nameOf = (geometry: { properties?: unknown }): string =>
	(geometry.properties as { name?: string } | undefined)?.name ?? '';

/** The countries of a world-atlas topology. */
export function countriesOf(topology: Topology): Countries {
	const countries = topology.objects.countries;
	if (countries?.type !== 'GeometryCollection') {
		throw new Error('The topology has no "countries" collection (is it a world-atlas file?)');
	}
	return countries as Countries;
}

/** The arcs of a topology in plain longitudes and latitudes (undoing quantisation and deltas). */
export function decodeArcs(topology: Topology): Position[][] {
	const transform = topology.transform;
	if (!transform) return topology.arcs.map((arc) => arc.map((point) => [point[0]!, point[1]!]));
	const [sx, sy] = transform.scale;
	const [tx, ty] = transform.translate;
	return topology.arcs.map((arc) => {
		let x = 0;
		let y = 0;
		return arc.map((point) => {
			x += point[0]!;
			y += point[1]!;
			return [x * sx + tx, y * sy + ty];
		});
	});
}

/** Distance from `p` to the segment `a`–`b` (to `a` itself when the segment has no length). */
function segmentDistance(p: Position, a: Position, b: Position): number {
	const [px, py] = p as [number, number];
	const [ax, ay] = a as [number, number];
	const [bx, by] = b as [number, number];
	const dx = bx - ax;
	const dy = by - ay;
	const length2 = dx * dx + dy * dy;
	const t =
		length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
	return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * Douglas–Peucker: drop the points of a line that lie within `tolerance` of the simplified
 * line, always keeping both ends. A closed line (a ring) keeps at least four points so that it
 * still encloses an area. `simplifyLine([[0,0],[1,0.01],[2,0]], 0.1)` ⇒ `[[0,0],[2,0]]`.
 */
export function simplifyLine(points: Position[], tolerance: number): Position[] {
	if (points.length <= 2) return points;
	const keep = new Uint8Array(points.length);
	keep[0] = 1;
	keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	while (stack.length > 0) {
		const [first, last] = stack.pop()!;
		let farthest = -1;
		let distance = tolerance;
		for (let i = first + 1; i < last; i++) {
			const d = segmentDistance(points[i]!, points[first]!, points[last]!);
			if (d > distance) {
				distance = d;
				farthest = i;
			}
		}
		if (farthest >= 0) {
			keep[farthest] = 1;
			stack.push([first, farthest], [farthest, last]);
		}
	}
	const result = points.filter((_, i) => keep[i] === 1);
	const closed = points[0]![0] === points.at(-1)![0] && points[0]![1] === points.at(-1)![1];
	if (closed && result.length < 4 && points.length >= 4) {
		// Keep a quadrilateral of evenly spaced points rather than a ring with no area.
		const step = (points.length - 1) / 3;
		return [0, 1, 2, 3].map((k) => points[Math.round(k * step)]!);
	}
	return result;
}

/** Twice the signed area of a ring in the plane of longitude and latitude (shoelace formula). */
export function signedArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
	}
	return sum;
}

/**
 * A copy of a topology with every arc simplified (`tolerance` in degrees). Arcs are shared
 * between neighbours, so a border simplified once stays the same line for both countries:
 * no gaps and no slivers appear between them.
 */
export function simplifyTopology(topology: Topology, tolerance: number): Topology {
	const arcs = decodeArcs(topology).map((arc) => {
		const simple = simplifyLine(arc, tolerance);
		// An island is one closed arc. If simplifying turned it inside out (a thin island can
		// fold over), d3-geo would read it as the whole globe but the island: keep it as it was.
		const closed = arc.length > 3 && arc[0]![0] === arc.at(-1)![0] && arc[0]![1] === arc.at(-1)![1];
		if (closed && Math.sign(signedArea(simple)) !== Math.sign(signedArea(arc))) return arc;
		return simple;
	});
	const { transform: _transform, ...rest } = topology;
	return { ...rest, arcs } as Topology;
}

/**
 * The countries called `names` (Natural Earth's English names, e.g. `Côte d'Ivoire`), as
 * GeoJSON features in the order asked. An unknown name throws, listing the names that do exist
 * nearby in the alphabet, so that a typo in the content stops the build with a clear message.
 */
export function countryFeatures(
	topology: Topology,
	names: readonly string[],
): Feature<Polygon | MultiPolygon, { name: string }>[] {
	const countries = countriesOf(topology);
	const byName = new Map(countries.geometries.map((g) => [nameOf(g), g]));
	const missing = names.filter((name) => !byName.has(name));
	if (missing.length > 0) {
		throw new Error(
			`No country called ${missing.map((name) => JSON.stringify(name)).join(', ')} in Natural Earth ` +
				`(names are English, e.g. "Côte d'Ivoire", "Gambia", "Cabo Verde")`,
		);
	}
	return names.map(
		(name) =>
			feature(topology, byName.get(name)!) as Feature<Polygon | MultiPolygon, { name: string }>,
	);
}

/** Every land area of the topology as one shape (coastlines only, no borders). */
export function landOf(topology: Topology): MultiPolygon {
	return merge(topology, countriesOf(topology).geometries as never);
}

/** The borders between countries, each drawn once, without the coastlines. */
export function bordersOf(topology: Topology): MultiLineString {
	return mesh(topology, countriesOf(topology), (a, b) => a !== b);
}

/**
 * The point where the borders of the three countries `names` meet (for instance where Mali,
 * Burkina Faso and Niger meet: the Liptako-Gourma tri-border area). Throws when they have no
 * common point.
 */
export function tripoint(topology: Topology, names: readonly [string, string, string]): LonLat {
	const arcs = decodeArcs(topology);
	const geometries = countriesOf(topology).geometries;
	const arcsOf = (name: string): Set<number> => {
		const geometry = geometries.find((g) => nameOf(g) === name);
		if (!geometry) throw new Error(`No country called "${name}" in Natural Earth`);
		const found = new Set<number>();
		const walk = (value: unknown): void => {
			if (typeof value === 'number') found.add(value < 0 ? ~value : value);
			else if (Array.isArray(value)) value.forEach(walk);
		};
		walk((geometry as { arcs?: unknown }).arcs);
		return found;
	};
	const [a, b, c] = names.map(arcsOf) as [Set<number>, Set<number>, Set<number>];
	const key = (p: Position) => `${p[0]},${p[1]}`;
	const ends = (set: Set<number>) =>
		new Map([...set].flatMap((i) => [arcs[i]![0]!, arcs[i]!.at(-1)!]).map((p) => [key(p), p]));
	const shared = (x: Set<number>, y: Set<number>) => new Set([...x].filter((i) => y.has(i)));
	const ab = ends(shared(a, b));
	const bc = ends(shared(b, c));
	const ac = ends(shared(a, c));
	for (const [k, point] of ab) {
		if (bc.has(k) || ac.has(k)) return [point[0]!, point[1]!];
	}
	throw new Error(`${names.join(', ')} have no point in common`);
}

/** A projection fitted to a box, with the size of the drawing it makes. */
export interface Layout {
	projection: GeoProjection;
	width: number;
	height: number;
	/** Pixels per degree of longitude: how fine the geometry needs to be. */
	pixelsPerDegree: number;
}

/**
 * A Mercator projection that fits the box `extent` to `width` pixels, clipped to the drawing.
 * Near the equator, where West Africa lies, Mercator keeps shapes true with little distortion
 * of area. `mercatorLayout([[-20, 0], [20, 20]], 400).height` ⇒ about 204.
 */
export function mercatorLayout(extent: Extent, width: number): Layout {
	const [[west, south], [east, north]] = extent;
	if (!(west < east && south < north)) {
		throw new Error(`The extent ${JSON.stringify(extent)} must be [[west, south], [east, north]]`);
	}
	const box: Feature<Polygon> = {
		type: 'Feature',
		properties: {},
		geometry: latitudeBand(west, east, south, north),
	};
	const projection = geoMercator().fitWidth(width, box);
	const [[, top], [, bottom]] = geoPath(projection).bounds(box);
	const height = Math.round(bottom - top);
	projection.translate([projection.translate()[0], projection.translate()[1] - top]);
	projection.clipExtent([
		[0, 0],
		[width, height],
	]);
	return { projection, width, height, pixelsPerDegree: (projection.scale() * Math.PI) / 180 };
}

/**
 * The area between two parallels and two meridians, with its edges following the parallels
 * (a ring of points every `step` degrees, wound clockwise as d3-geo expects).
 */
export function latitudeBand(
	west: number,
	east: number,
	south: number,
	north: number,
	step = 1,
): Polygon {
	const along = (from: number, to: number): number[] => {
		const n = Math.max(1, Math.ceil(Math.abs(to - from) / step));
		return Array.from({ length: n + 1 }, (_, i) => from + ((to - from) * i) / n);
	};
	const ring: Position[] = [
		...along(west, east).map((lon) => [lon, north]),
		...along(east, west).map((lon) => [lon, south]),
	];
	ring.push(ring[0]!);
	return { type: 'Polygon', coordinates: [ring] };
}

/** A line along the parallel `lat` from `west` to `east`, with a point every `step` degrees. */
export function parallel(lat: number, west: number, east: number, step = 1): LineString {
	const n = Math.max(1, Math.ceil((east - west) / step));
	return {
		type: 'LineString',
		coordinates: Array.from({ length: n + 1 }, (_, i) => [west + ((east - west) * i) / n, lat]),
	};
}

/** Mean radius of the Earth, in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

/**
 * A circle on the globe that covers `areaKm2` square kilometres around `center`: a way to show
 * roughly where and how large an area is when its exact border is not drawn.
 */
export function circleOfArea(center: LonLat, areaKm2: number): Polygon {
	// Area of a spherical cap: 2πR²(1 − cos θ).
	const theta = Math.acos(1 - areaKm2 / (2 * Math.PI * EARTH_RADIUS_KM ** 2));
	return geoCircle()
		.center(center)
		.radius((theta * 180) / Math.PI)
		.precision(2)();
}

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

/** Rough advance widths of a system sans-serif, in ems, by character. */
function charWidth(char: string): number {
	if (char === ' ') return 0.28;
	if (/[.,:;!'’|iIl]/.test(char)) return 0.3;
	if (/[()\-–fjrt/]/.test(char)) return 0.38;
	if (/[mwMW]/.test(char)) return 0.88;
	if (/[0-9]/.test(char)) return 0.58;
	if (/[A-Z]/.test(char)) return 0.7;
	return 0.56;
}

/**
 * An upper estimate of the width of `text` set at `fontSize` pixels, so that labels are given
 * a little more room than they take. No fonts are loaded at build time.
 */
export function textWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) ems += charWidth(char);
	return Math.ceil(ems * fontSize * 1.06);
}

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
 * Given `isLand`, labels that `preferSea` avoid land where they can.
 */
export function placeLabels(
	requests: readonly LabelRequest[],
	bounds: Box,
	obstacles: readonly Box[] = [],
	strict = true,
	isLand?: (p: Pixel) => boolean,
): PlacedLabel[] {
	const placed: PlacedLabel[] = [];
	const blocked = (box: Box, leader: [Pixel, Pixel] | undefined, own: Box[]): boolean => {
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
		return false;
	};

	for (const request of requests) {
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
			const far = request.mode === 'center' ? distance > 6 : distance > gap + 12;
			let leader: [Pixel, Pixel] | undefined;
			if (far) {
				const length = Math.hypot(near[0] - ax, near[1] - ay);
				const start: Pixel = [
					ax + ((near[0] - ax) / length) * gap,
					ay + ((near[1] - ay) / length) * gap,
				];
				leader = [start, near];
			}
			if (blocked(box, leader, own)) continue;
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
		if (!chosen && !strict) {
			const box = boxAround(request.anchor, width, height);
			chosen = {
				id: request.id,
				box,
				lines: request.lines,
				fontSize: request.fontSize,
				x: ax,
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

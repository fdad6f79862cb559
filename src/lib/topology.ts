/**
 * Country shapes from Natural Earth (world-atlas TopoJSON), done once at build time: decoding,
 * simplifying while neighbours keep one shared border, picking countries by name, the land,
 * the borders and the point where three countries meet. Pure: no Astro, no DOM, no file access.
 */
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LonLat } from './projection';

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

/** Twice the signed area of a ring in the plane of longitude and latitude (shoelace formula). */
export function signedArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
	}
	return sum;
}

/**
 * A copy of a topology with every arc simplified by topojson-simplify (Visvalingam): a point
 * goes when the triangle it makes with its neighbours is smaller than `minArea` square degrees
 * (in the plane of longitude and latitude). Arcs are shared between
 * neighbours, so a border simplified once stays the same line for both countries: no gaps and
 * no slivers appear between them.
 */
export function simplifyTopology(topology: Topology, minArea: number): Topology {
	const original = decodeArcs(topology);
	const simplified = simplify(presimplify(topology as Parameters<typeof presimplify>[0]), minArea);
	const arcs = simplified.arcs.map((simple, i) => {
		const arc = original[i]!;
		// An island is one closed arc. If simplifying left it no area or turned it inside out (a
		// thin island can fold over), d3-geo would read it as the whole globe but the island:
		// keep it as it was.
		const closed = arc.length > 3 && arc[0]![0] === arc.at(-1)![0] && arc[0]![1] === arc.at(-1)![1];
		if (
			closed &&
			(simple.length < 4 || Math.sign(signedArea(simple)) !== Math.sign(signedArea(arc)))
		)
			return arc;
		return simple;
	});
	const { transform: _transform, ...rest } = simplified;
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
	const missing: string[] = [];
	const features: Feature<Polygon | MultiPolygon, { name: string }>[] = [];
	for (const name of names) {
		const geometry = byName.get(name);
		if (geometry)
			features.push(
				feature(topology, geometry) as Feature<Polygon | MultiPolygon, { name: string }>,
			);
		else missing.push(name);
	}
	if (missing.length > 0) {
		throw new Error(
			`No country called ${missing.map((name) => JSON.stringify(name)).join(', ')} in Natural Earth ` +
				`(names are English, e.g. "Côte d'Ivoire", "Gambia", "Cabo Verde")`,
		);
	}
	return features;
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

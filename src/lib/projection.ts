/**
 * Where things go on a map drawing: a Mercator projection fitted to a box of longitudes and
 * latitudes, and the shapes of sketched areas (bands between parallels, circles of a given
 * area). Pure.
 */
import { geoCircle, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, LineString, Polygon, Position } from 'geojson';

/** A longitude/latitude pair, in degrees. */
export type LonLat = [number, number];
/** A box of longitudes and latitudes: `[[west, south], [east, north]]`. */
export type Extent = [LonLat, LonLat];
/** A point on the drawing, in pixels from the top left. */
export type Pixel = [number, number];

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

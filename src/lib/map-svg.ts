/**
 * Drawing one map view (`content/maps.yaml`) into a standalone SVG document: land, shaded
 * countries, borders, sketched areas, places, labels that do not collide, and a legend under
 * the map. Pure: it is given the Natural Earth topology and returns text.
 */
import { geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { MapView } from '../schemas/content';
import type { Box } from './boxes';
import { placeLabels, type LabelRequest } from './labels';
import { landMask } from './land-mask';
import { required } from './required';
import {
	circleOfArea,
	latitudeBand,
	mercatorLayout,
	parallel,
	type Layout,
	type Pixel,
} from './projection';
import { textWidth } from './text-width';
import { bordersOf, countryFeatures, landOf, simplifyTopology, tripoint } from './topology';
import {
	FILLS,
	PATTERNS,
	el,
	legend,
	pictureStyle,
	svgDocument,
	textLines,
	type LegendItem,
} from './svg';

/** Text size of labels and legend, in pixels of the drawing. */
export const MAP_FONT_SIZE = 13;
/**
 * How much simplified borders may differ from Natural Earth's lines: a point whose triangle
 * with its neighbours is smaller than this many square pixels is dropped.
 */
const MIN_AREA_PX2 = 1.2;
/** Islands smaller than this many square pixels are left out: they would be specks. */
const SPECK_PX2 = 0.8;

/** The words a map draws besides its content (in its legend), in the reader's language. */
export interface MapWords {
	otherCountries: string;
	/** A sketched area's legend entry, from its name. */
	sketch: (name: string) => string;
	capital: string;
	town: string;
}

/** The drawn map and its size. */
export interface MapDrawing {
	svg: string;
	width: number;
	height: number;
}

/** Only the polygons of a shape that are big enough to see on this drawing. */
function withoutSpecks(
	shape: Polygon | MultiPolygon,
	path: GeoPath,
): MultiPolygon | Polygon | undefined {
	const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
	const kept = polygons.filter(
		(coordinates) => path.area({ type: 'Polygon', coordinates }) >= SPECK_PX2,
	);
	return kept.length === 0 ? undefined : { type: 'MultiPolygon', coordinates: kept };
}

/** A shape as a MultiPolygon. */
function asMulti(shape: Polygon | MultiPolygon): MultiPolygon {
	return shape.type === 'Polygon'
		? { type: 'MultiPolygon', coordinates: [shape.coordinates] }
		: shape;
}

/** The point a country's label names: the centre of its largest part on the drawing. */
function labelPoint(shape: Polygon | MultiPolygon, path: GeoPath): Pixel {
	const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
	const largest = required(
		polygons
			.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }))
			.sort((a, b) => path.area(b) - path.area(a))[0],
		'a shape without a polygon has no point to label',
	);
	return path.centroid(largest) as Pixel;
}

/**
 * The layout of a view, `width` pixels wide: its projection and the size of the map (the
 * legend comes below).
 */
export function mapLayout(view: MapView, width = view.width): Layout {
	return mercatorLayout(view.extent, width);
}

/** The straight pieces of lines (borders) as drawn by a projection, in pixels. */
export function projectedSegments(
	lines: MultiLineString,
	projection: GeoProjection,
): [Pixel, Pixel][] {
	const segments: [Pixel, Pixel][] = [];
	let last: Pixel | undefined;
	geoPath(projection, {
		moveTo: (x: number, y: number) => void (last = [x, y]),
		lineTo: (x: number, y: number) => {
			if (last) segments.push([last, [x, y]]);
			last = [x, y];
		},
		closePath: () => undefined,
		arc: () => undefined,
	} as never)(lines);
	return segments;
}

/**
 * What the key under the map says for a label drawn as a number: the name, then the label's
 * other lines. `keyText('Niger', ['Niger', 'Jul 2023', '(failed Mar 2021)'])` ⇒
 * `Niger: Jul 2023, failed Mar 2021`; lines that are part of the name (`Côte`, `d'Ivoire`, or
 * `São Tomé` for São Tomé and Príncipe) are the name.
 */
export function keyText(name: string, lines: readonly string[]): string {
	const extra = lines
		.filter((line) => !name.includes(line))
		.map((line) => line.replace(/^\((.*)\)$/, '$1'));
	if (extra.length === 0) return name;
	// A line that carries on the one before (`and Dec 2023`) is joined without a comma.
	const text = extra.reduce((all, line) =>
		/^and /.test(line) ? `${all} ${line}` : `${all}, ${line}`,
	);
	return `${name}: ${text}`;
}

const MAP_STYLE = [
	'.sea{fill:var(--sea)}',
	'.land{fill:var(--land)}',
	'.coast{fill:none;stroke:var(--coast);stroke-width:.7}',
	'.border{fill:none;stroke:var(--edge);stroke-width:.6}',
	'.band{fill:url(#band)}',
	'.band-edge{fill:none;stroke:var(--c);stroke-width:1;stroke-dasharray:4 3}',
	'.zone{fill:var(--b);fill-opacity:.16;stroke:var(--b);stroke-width:1.6;stroke-dasharray:5 3}',
	'.marker{fill:var(--ink);stroke:var(--paper);stroke-width:1.2}',
	'.leader{fill:none;stroke:var(--ink);stroke-width:.8}',
	'.legend-bg{fill:var(--paper)}',
	'.collides{fill:red}',
	'.key{font-weight:bold}',
].join('');

/** Legend swatches that are not a plain fill. */
const SWATCH = {
	band: '<rect class="land swatch" x="{x}" y="{y}" width="16" height="11"/><rect class="band" x="{x}" y="{y}" width="16" height="11"/>',
	zone: '<rect class="land swatch" x="{x}" y="{y}" width="16" height="11"/><rect class="zone" x="{x}" y="{y}" width="16" height="11"/>',
	capital:
		'<rect class="marker" x="{x}" y="{y}" width="7" height="7" transform="translate(4.5 2)"/>',
	town: '<circle class="marker" cx="{cx}" cy="{cy}" r="3.5"/>',
	number: '<text class="key" x="{cx}" y="{cy}" dy="4.5" text-anchor="middle">{n}</text>',
};

/** The marker of a place, centred on `p`: a square for a capital, a dot for a town. */
function marker(p: Pixel, capital: boolean): string {
	return capital
		? el('rect', { class: 'marker', x: p[0] - 3.5, y: p[1] - 3.5, width: 7, height: 7 })
		: el('circle', { class: 'marker', cx: p[0], cy: p[1], r: 3.5 });
}

/**
 * Draw a view, with the legend's `words` passed in so that drawing stays apart from the
 * interface's language. Throws (and so stops the build) when a country name is not in Natural
 * Earth or a label cannot be placed without covering another (unless `strict` is false, for a
 * preview while editing: such labels are then drawn in red).
 */
export function drawMap(
	view: MapView,
	atlas: Topology,
	words: MapWords,
	strict = true,
	width = view.width,
): MapDrawing {
	const layout = mapLayout(view, width);
	// Drawn smaller than designed (for phones), no label goes far from its point on a leader
	// line: it becomes a number next to its point instead, named in the key.
	const compact = width < view.width;
	const { projection } = layout;
	const mapHeight = layout.height;
	const topology = simplifyTopology(atlas, MIN_AREA_PX2 / layout.pixelsPerDegree ** 2);
	const path = geoPath(projection).digits(1);
	const project = (lonLat: [number, number]): Pixel => projection(lonLat) as Pixel;

	const wholeLand = landOf(topology);
	const land = withoutSpecks(wholeLand, path);
	const borderLines = bordersOf(topology);
	const borders = path(borderLines) ?? '';

	// Shaded countries: one path per category, so a category is one element.
	const features = countryFeatures(
		topology,
		view.countries.map((country) => country.name),
	);
	// Each country with its shape on this map (`features` is in the order of `view.countries`).
	const shapes = view.countries.map((country, i) => {
		const shape = withoutSpecks(features[i]!.geometry, path);
		if (!shape) throw new Error(`${country.name} is not inside the extent of the map "${view.id}"`);
		return { country, shape };
	});
	const shaded = view.categories.map((category) => {
		const d = shapes
			.filter(({ country }) => country.category === category.id)
			.map(({ shape }) => path(shape) ?? '')
			.join('');
		return d ? el('path', { class: FILLS[category.style], d }) : '';
	});

	// Sketched areas.
	const [[west], [east]] = view.extent;
	const areaShapes: string[] = [];
	const requests: LabelRequest[] = [];
	const obstacles: Box[] = [];
	for (const area of view.areas) {
		if (area.kind === 'band') {
			const band = latitudeBand(west - 5, east + 5, area.south, area.north);
			const edges = [area.south, area.north].map((lat) => parallel(lat, west - 5, east + 5));
			areaShapes.push(
				el(
					'g',
					{ 'clip-path': 'url(#on-land)' },
					el('path', { class: 'band', d: path(band) ?? '' }),
					...edges.map((edge) => el('path', { class: 'band-edge', d: path(edge) ?? '' })),
				),
			);
		} else {
			const center = tripoint(atlas, area.around);
			const circle: Feature<Polygon> = {
				type: 'Feature',
				properties: {},
				geometry: circleOfArea(center, area.areaKm2),
			};
			areaShapes.push(el('path', { class: 'zone', d: path(circle) ?? '' }));
		}
	}

	// Places: a marker each, which no label may cover.
	const markers = view.places.map((place) => {
		const p = project(place.at);
		obstacles.push({ x: p[0] - 4.5, y: p[1] - 4.5, width: 9, height: 9 });
		return marker(p, place.capital);
	});

	// Labels: places first (they are the densest), then countries, then areas. A label with no
	// room clear of the others and of the borders becomes a number, named in the key.
	const keyNames = new Map<string, string>();
	const keyFills = new Map<string, string>();
	const categoryStyle = new Map(view.categories.map((category) => [category.id, category.style]));
	for (const place of view.places) {
		const lines = place.label ?? [place.name];
		if (lines.length === 0) continue;
		requests.push({
			id: place.name,
			anchor: project(place.at),
			lines,
			fontSize: MAP_FONT_SIZE,
			mode: 'around',
			gap: 5,
			fixed: place.labelAt && project(place.labelAt),
			numberIfNoRoom: true,
			nearOnly: compact,
		});
		keyNames.set(place.name, place.name);
	}
	for (const { country, shape } of shapes) {
		const lines = country.label ?? [country.displayName ?? country.name];
		if (lines.length === 0) continue;
		const name = country.displayName ?? country.name;
		const nameLines = lines.filter((line) => name.includes(line));
		requests.push({
			id: country.name,
			anchor: country.anchor ? project(country.anchor) : labelPoint(shape, path),
			lines,
			fontSize: MAP_FONT_SIZE,
			mode: country.callout ? 'around' : 'center',
			gap: country.callout ? 2 : 0,
			minDistance: country.callout ? 6 : undefined,
			preferSea: country.callout,
			fixed: country.labelAt && project(country.labelAt),
			numberIfNoRoom: true,
			// A country's name sits inside it, or beside it for a small one, never over a border.
			avoidLines: true,
			nearOnly: compact || (!country.callout && !country.labelAt),
			within: country.callout ? undefined : landMask(asMulti(shape), layout, 2),
			shortLines: nameLines.length > 0 && nameLines.length < lines.length ? nameLines : undefined,
		});
		const style = required(
			categoryStyle.get(country.category),
			`the map "${view.id}" shows ${country.name} as "${country.category}", which is not one of its categories`,
		);
		keyFills.set(country.name, FILLS[style]);
		keyNames.set(country.name, keyText(country.displayName ?? country.name, lines));
	}
	for (const area of view.areas) {
		const lines = area.label ?? [area.name];
		if (lines.length === 0) continue;
		const anchor =
			area.kind === 'band' ? project(area.anchor) : project(tripoint(atlas, area.around));
		requests.push({
			id: area.name,
			anchor,
			lines,
			fontSize: MAP_FONT_SIZE,
			mode: 'center',
			fixed: area.labelAt && project(area.labelAt),
			numberIfNoRoom: true,
			avoidLines: true,
			nearOnly: compact,
		});
		keyNames.set(area.name, area.name);
	}
	const labels = placeLabels(
		requests,
		{ x: 0, y: 0, width, height: mapHeight },
		obstacles,
		strict,
		landMask(wholeLand, layout),
		projectedSegments(borderLines, projection),
	);

	// The legend, under the map.
	const items: LegendItem[] = [
		...view.categories.map((category) => ({
			swatch: FILLS[category.style],
			text: category.label,
		})),
		...(view.countries.length > 0 ? [{ swatch: 'land', text: words.otherCountries }] : []),
		...view.areas.map((area) => ({
			swatch: area.kind === 'band' ? SWATCH.band : SWATCH.zone,
			text: words.sketch(area.name),
		})),
		...(view.places.some((place) => place.capital)
			? [{ swatch: SWATCH.capital, text: words.capital }]
			: []),
		...(view.places.some((place) => !place.capital)
			? [{ swatch: SWATCH.town, text: words.town }]
			: []),
		// Labels shortened to a name, then labels drawn as numbers, in full.
		...labels
			.filter((label) => label.short)
			.map((label) => ({
				swatch: keyFills.get(label.id) ?? 'land',
				text: keyNames.get(label.id) ?? label.id,
			})),
		...labels
			.filter((label) => label.number !== undefined)
			.map((label) => ({
				swatch: SWATCH.number.replace('{n}', String(label.number)),
				text: keyNames.get(label.id) ?? label.id,
			})),
	];
	const key = legend(items, width, mapHeight, (text) => textWidth(text, MAP_FONT_SIZE));
	const height = Math.ceil(mapHeight + key.height);

	const landPath = land ? (path(land) ?? '') : '';
	const svg = svgDocument(
		width,
		height,
		view.title,
		view.description,
		pictureStyle(MAP_STYLE, MAP_FONT_SIZE),
		PATTERNS,
		el(
			'defs',
			{},
			el('path', { id: 'land', d: landPath }),
			el('clipPath', { id: 'on-land' }, el('use', { href: '#land' })),
		),
		el('rect', { class: 'sea', width, height: mapHeight }),
		el('use', { href: '#land', class: 'land' }),
		...shaded,
		...areaShapes,
		el('path', { class: 'border', d: borders }),
		el('use', { href: '#land', class: 'coast' }),
		...labels.flatMap((label) =>
			label.leader
				? [
						el('path', {
							class: 'leader',
							d: `M${label.leader[0].map((n) => Math.round(n * 10) / 10).join(' ')}L${label.leader[1].map((n) => Math.round(n * 10) / 10).join(' ')}`,
						}),
					]
				: [],
		),
		...markers,
		el(
			'g',
			{ class: 'labels' },
			...labels.map((label) =>
				textLines(label.lines, label.x, label.baselines, {
					class: label.collides ? 'halo collides' : label.number ? 'halo key' : 'halo',
					'text-anchor': label.textAnchor === 'start' ? undefined : label.textAnchor,
				}),
			),
		),
		el('rect', { class: 'legend-bg', y: mapHeight, width, height: height - mapHeight }),
		key.svg,
	);
	return { svg, width, height };
}

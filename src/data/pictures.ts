/**
 * The maps and charts, loaded, checked and drawn once per build. The SVG endpoints
 * (`src/pages/maps/[...file].ts`, `src/pages/charts/[...file].ts`) serve the drawings, each
 * with a `print/` version and, for maps, a `phone/` one; the figure components read
 * their size, caption and table from here. A problem stops the build with the file and field.
 */
import { getCollection } from 'astro:content';
import type { Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-50m.json';
import { drawChart } from '../lib/chart-svg';
import { formatDate } from '../lib/dates';
import { formatProblems } from '../lib/integrity';
import { drawMap, MAP_FONT_SIZE } from '../lib/map-svg';
import { printVersion } from '../lib/svg';
import { chartSourceIds, checkPictureSources, mapSourceIds } from '../lib/picture-checks';
import type { Chart, MapView, Source } from '../schemas/content';
import { dictionaries } from '../i18n';
import { langOf, langOfPath, langParam, localePath, unprefixed, type Lang } from '../i18n/lang';
import { entryData } from './file-order';
import { editionRoot, editions, site } from './site';
import { required, requiredSource } from '../lib/required';

/**
 * A picture's files: `src` follows the reader's colour scheme on screen; `printSrc` is the
 * same in light colours only, for paper.
 */
interface Drawn {
	src: string;
	printSrc: string;
	width: number;
	height: number;
	svg: string;
	printSvg: string;
}

/** The smallest size, in CSS pixels, at which a picture's text may be shown. */
export const MIN_TEXT_PX = 11;
/** The page's padding on either side of the text column on a phone (2 × `--space-3`). */
const COLUMN_PADDING_PX = 32;
/** How wide a map is drawn for phones: on a 360 px screen it is shown at about 96 %. */
export const PHONE_MAP_WIDTH = 340;

/** A map's version for narrow screens, and the media query that picks it. */
export interface PhoneDrawing {
	src: string;
	width: number;
	height: number;
	svg: string;
	/** Screens narrower than the one at which the full map's text would be below `MIN_TEXT_PX`. */
	media: string;
}

/** A map ready to show: its view, where its SVG is served, and the drawing. */
export interface MapPicture extends Drawn {
	view: MapView;
	phone: PhoneDrawing;
}

/** A chart ready to show, with the sources of its figures in order of first use. */
export interface ChartPicture extends Drawn {
	chart: Chart;
	sources: Source[];
}

/** Where a drawing is served, under `/maps/` or `/charts/`, and its version for paper. */
function files(
	folder: string,
	id: string,
	drawing: { svg: string; width: number; height: number },
	lang: Lang,
): Drawn {
	return {
		...drawing,
		src: localePath(`/${folder}/${id}.svg`, lang),
		printSrc: localePath(`/${folder}/print/${id}.svg`, lang),
		printSvg: printVersion(drawing.svg),
	};
}

/**
 * A drawing marked with the language of its words (lib/svg writes `lang="en"` on the root, the
 * drawing code knowing nothing of languages).
 */
function inLanguage<T extends { svg: string }>(drawing: T, lang: Lang): T {
	return lang === 'en'
		? drawing
		: { ...drawing, svg: drawing.svg.replace(' lang="en"', ` lang="${lang}"`) };
}

/** The sources of a list of ids, each once, in order. */
function sourcesOf(ids: string[]): Source[] {
	return [...new Set(ids)].map((id) =>
		requiredSource(site, id, 'a map or chart (content/maps.yaml, content/charts.yaml)'),
	);
}

async function load(lang: Lang) {
	const { ui } = dictionaries[lang];
	const root = editionRoot(lang);
	// Both editions' collections have the same schema (see src/content.config.ts).
	const views = entryData(
		(await getCollection((lang === 'fr' ? 'frMaps' : 'maps') as never)) as { data: MapView }[],
	);
	const charts = entryData(
		(await getCollection((lang === 'fr' ? 'frCharts' : 'charts') as never)) as { data: Chart }[],
	);
	const known = new Set(site.sourcesById.keys());
	const problems = [
		...checkPictureSources(`${root}/maps.yaml`, views.flatMap(mapSourceIds), known),
		...checkPictureSources(`${root}/charts.yaml`, charts.flatMap(chartSourceIds), known),
	];
	if (problems.length > 0) throw new Error(formatProblems(problems));

	const maps = new Map<string, MapPicture>(
		views.map((view) => {
			const drawing = inLanguage(drawMap(view, atlas as unknown as Topology, ui.pictures), lang);
			const small = inLanguage(
				drawMap(view, atlas as unknown as Topology, ui.pictures, true, PHONE_MAP_WIDTH),
				lang,
			);
			// The full map is shown at the column's width: below this screen width its text
			// would be smaller than MIN_TEXT_PX, so the phone drawing is shown instead.
			const breakpoint = Math.ceil(COLUMN_PADDING_PX + (view.width * MIN_TEXT_PX) / MAP_FONT_SIZE);
			const phone: PhoneDrawing = {
				...small,
				src: localePath(`/maps/phone/${view.id}.svg`, lang),
				media: `screen and (max-width: ${breakpoint - 0.02}px)`,
			};
			return [view.id, { view, phone, ...files('maps', view.id, drawing, lang) }];
		}),
	);
	const chartPictures = new Map<string, ChartPicture>(
		charts.map((chart) => {
			const sources = sourcesOf(chartSourceIds(chart).map(({ id }) => id));
			const footer = ui.chartFooter(chart.credit, formatDate(chart.asOf, lang));
			const drawing = inLanguage(drawChart(chart, { footer, none: ui.pictures.none, lang }), lang);
			return [chart.id, { chart, sources, ...files('charts', chart.id, drawing, lang) }];
		}),
	);
	// Every SVG file, by the path it is served at.
	const svgFiles = new Map<string, string>([
		...[...maps.values()].flatMap((map): [string, string][] => [
			[map.src, map.svg],
			[map.printSrc, map.printSvg],
			[map.phone.src, map.phone.svg],
		]),
		...[...chartPictures.values()].flatMap((chart): [string, string][] => [
			[chart.src, chart.svg],
			[chart.printSrc, chart.printSvg],
		]),
	]);
	return { maps, charts: chartPictures, svgFiles };
}

type Pictures = Awaited<ReturnType<typeof load>>;

/** Every map and chart of the site, drawn, in each language. */
const drawn = new Map<Lang, Pictures>();
for (const lang of editions) drawn.set(lang, await load(lang));

/** The maps and charts of a page's language, from `Astro.currentLocale`. */
export function picturesFor(locale: string | undefined): Pictures {
	return required(
		drawn.get(langOf(locale)) ?? drawn.get('en'),
		'the English maps and charts are missing: every page falls back on them',
	);
}

/**
 * The static paths of the SVG files under `/<folder>/` (`maps` or `charts`), for a
 * `[...lang]/<folder>/[...file].ts` route: `{ params: { lang: 'fr', file: 'print/ecowas.svg' } }`.
 */
export function svgPaths(folder: 'maps' | 'charts') {
	return [...drawn].flatMap(([lang, pictures]) =>
		[...pictures.svgFiles.keys()]
			.map(unprefixed)
			.filter((path) => path.startsWith(`/${folder}/`))
			.map((path) => ({
				params: { lang: langParam(lang), file: path.slice(folder.length + 2) },
			})),
	);
}

/** The response for one SVG file, by its path (with its language prefix). */
export function svgResponse(path: string): Response {
	const lang = langOfPath(path);
	const svg = drawn.get(lang)?.svgFiles.get(path);
	if (svg === undefined) throw new Error(`No picture is served at ${path}`);
	return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
}

/** The sources of one map row or chart figure, for a table cell. */
export function sourcesFor(ids: string[]): Source[] {
	return sourcesOf(ids);
}

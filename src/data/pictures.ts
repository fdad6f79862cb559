/**
 * The maps and charts, loaded, checked and drawn once per build. The SVG endpoints
 * (`src/pages/maps/`, `src/pages/charts/`, each with a `print/` version) serve the drawings; the figure components read
 * their size, caption and table from here. A problem stops the build with the file and field.
 */
import { getCollection } from 'astro:content';
import type { Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-50m.json';
import { drawChart } from '../lib/chart-svg';
import { formatDate } from '../lib/dates';
import { formatProblems } from '../lib/integrity';
import { drawMap } from '../lib/map-svg';
import { printVersion } from '../lib/svg';
import { chartSourceIds, checkPictureSources, mapSourceIds } from '../lib/picture-checks';
import type { Chart, MapView, Source } from '../schemas/content';
import { ui } from '../i18n/ui';
import { site } from './site';

const root = process.env.CONTENT_DIR ?? 'content';

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

/** A map ready to show: its view, where its SVG is served, and the drawing. */
export interface MapPicture extends Drawn {
	view: MapView;
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
): Drawn {
	return {
		...drawing,
		src: `/${folder}/${id}.svg`,
		printSrc: `/${folder}/print/${id}.svg`,
		printSvg: printVersion(drawing.svg),
	};
}

/** The sources of a list of ids, each once, in order. */
function sourcesOf(ids: string[]): Source[] {
	return [...new Set(ids)].map((id) => site.sourcesById.get(id)!);
}

async function load() {
	const views = (await getCollection('maps')).map((entry) => entry.data);
	const charts = (await getCollection('charts')).map((entry) => entry.data);
	const known = new Set(site.sourcesById.keys());
	const problems = [
		...checkPictureSources(`${root}/maps.yaml`, views.flatMap(mapSourceIds), known),
		...checkPictureSources(`${root}/charts.yaml`, charts.flatMap(chartSourceIds), known),
	];
	if (problems.length > 0) throw new Error(formatProblems(problems));

	const maps = new Map<string, MapPicture>(
		views.map((view) => {
			const drawing = drawMap(view, atlas as unknown as Topology, ui.pictures);
			return [view.id, { view, ...files('maps', view.id, drawing) }];
		}),
	);
	const chartPictures = new Map<string, ChartPicture>(
		charts.map((chart) => {
			const sources = sourcesOf(chartSourceIds(chart).map(({ id }) => id));
			const footer = ui.chartFooter(chart.credit, formatDate(chart.asOf));
			const drawing = drawChart(chart, { footer, none: ui.pictures.none });
			return [chart.id, { chart, sources, ...files('charts', chart.id, drawing) }];
		}),
	);
	return { maps, charts: chartPictures };
}

/** Every map and chart of the site, drawn. */
export const pictures = await load();

/** The sources of one map row or chart figure, for a table cell. */
export function sourcesFor(ids: string[]): Source[] {
	return sourcesOf(ids);
}

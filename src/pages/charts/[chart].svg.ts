/** Each chart as a static SVG file, `/charts/<id>.svg`, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pictures } from '../../data/pictures';

export const getStaticPaths: GetStaticPaths = () =>
	[...pictures.charts.keys()].map((chart) => ({ params: { chart } }));

export const GET: APIRoute = ({ params }) =>
	new Response(pictures.charts.get(params.chart!)!.svg, {
		headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
	});

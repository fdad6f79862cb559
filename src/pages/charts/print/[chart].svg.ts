/** Each chart in light colours only, `/charts/print/<id>.svg`, for the page to print. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pictures } from '../../../data/pictures';

export const getStaticPaths: GetStaticPaths = () =>
	[...pictures.charts.keys()].map((chart) => ({ params: { chart } }));

export const GET: APIRoute = ({ params }) =>
	new Response(pictures.charts.get(params.chart!)!.printSvg, {
		headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
	});

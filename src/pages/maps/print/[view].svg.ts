/** Each map in light colours only, `/maps/print/<id>.svg`, for the page to print. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pictures } from '../../../data/pictures';

export const getStaticPaths: GetStaticPaths = () =>
	[...pictures.maps.keys()].map((view) => ({ params: { view } }));

export const GET: APIRoute = ({ params }) =>
	new Response(pictures.maps.get(params.view!)!.printSvg, {
		headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
	});

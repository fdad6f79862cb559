/** Each map as a static SVG file, `/maps/<id>.svg`, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pictures } from '../../data/pictures';

export const getStaticPaths: GetStaticPaths = () =>
	[...pictures.maps.keys()].map((view) => ({ params: { view } }));

export const GET: APIRoute = ({ params }) =>
	new Response(pictures.maps.get(params.view!)!.svg, {
		headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
	});

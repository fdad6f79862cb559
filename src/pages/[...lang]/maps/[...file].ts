/**
 * Every map as a static SVG file drawn at build time: `/maps/<id>.svg`,
 * `/maps/print/<id>.svg`, `/maps/phone/<id>.svg`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { svgPaths, svgResponse } from '../../../data/pictures';

export const getStaticPaths = (() => svgPaths('maps')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
	svgResponse(`${params.lang ? `/${params.lang}` : ''}/maps/${params.file}`);

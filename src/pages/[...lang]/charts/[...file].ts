/**
 * Every chart as a static SVG file drawn at build time: `/charts/<id>.svg`,
 * `/charts/print/<id>.svg`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { svgPaths, svgResponse } from '../../../data/pictures';

export const getStaticPaths = (() => svgPaths('charts')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
	svgResponse(`${params.lang ? `/${params.lang}` : ''}/charts/${params.file}`);

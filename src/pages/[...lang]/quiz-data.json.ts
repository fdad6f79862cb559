/**
 * Every quiz question as JSON, for the student page of an assignment: it fetches this once (from
 * the site itself) and shows the questions its link names.
 */
import type { APIRoute } from 'astro';
import { editionPaths, siteFor } from '../../data/site';

/** One file per language: `/quiz-data.json`, `/fr/quiz-data.json` (same ids, each edition's words). */
export const getStaticPaths = editionPaths;

export const GET: APIRoute = ({ props }) => {
	const { ids: quizzes, questions } = siteFor((props as { lang: string }).lang).quizIndex;
	return new Response(JSON.stringify({ quizzes, questions }), {
		headers: { 'Content-Type': 'application/json' },
	});
};

/**
 * Every quiz question as JSON, for the student page of an assignment: it fetches this once (from
 * the site itself) and shows the questions its link names.
 */
import type { APIRoute } from 'astro';
import { site } from '../data/site';

export const GET: APIRoute = () => {
	const { ids: quizzes, questions } = site.quizIndex;
	return new Response(JSON.stringify({ quizzes, questions }), {
		headers: { 'Content-Type': 'application/json' },
	});
};

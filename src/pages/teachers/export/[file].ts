/**
 * Each quiz as a QTI 3.0 package and as Moodle XML, built from the same questions as the site,
 * so that a school can import it into its own platform.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { site, type QuizEntry } from '../../../data/site';
import { exportsUi } from '../../../i18n/exports';
import { buildMoodleXml } from '../../../lib/moodle';
import { zipQtiPackage } from '../../../lib/qti';

export const getStaticPaths = (() =>
	site.quizList.flatMap((quiz) => [
		{ params: { file: exportsUi.qtiFile(quiz.id) }, props: { quiz, format: 'qti' as const } },
		{ params: { file: exportsUi.moodleFile(quiz.id) }, props: { quiz, format: 'moodle' as const } },
	])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site: address }) => {
	const { quiz, format } = props as { quiz: QuizEntry; format: 'qti' | 'moodle' };
	const base = String(address ?? 'https://sahel-explained.org');
	const title = exportsUi.title(quiz.label);
	if (format === 'qti') {
		const zip = zipQtiPackage(
			{ id: quiz.id, title, site: base, lang: 'en', questions: quiz.questions },
			exportsUi.qti,
		);
		return new Response(new Uint8Array(zip), { headers: { 'Content-Type': 'application/zip' } });
	}
	const xml = buildMoodleXml({ title, site: base, questions: quiz.questions }, exportsUi.moodle);
	return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};

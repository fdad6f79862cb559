/**
 * Each quiz as a QTI 3.0 package and as Moodle XML, built from the same questions as the site,
 * so that a school can import it into its own platform.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { editionSites, type QuizEntry } from '../../../../data/site';
import { dictionaries } from '../../../../i18n';
import type { Lang } from '../../../../i18n/lang';
import { buildMoodleXml } from '../../../../lib/moodle';
import { zipQtiPackage } from '../../../../lib/qti';
import { typesetDeep } from '../../../../lib/typography';

export const getStaticPaths = (() =>
	editionSites().flatMap(({ lang, param, site }) => {
		const { exportsUi } = dictionaries[lang];
		return site.quizList.flatMap((quiz) => [
			{
				params: { lang: param, file: exportsUi.qtiFile(quiz.id) },
				props: { quiz, lang, format: 'qti' as const },
			},
			{
				params: { lang: param, file: exportsUi.moodleFile(quiz.id) },
				props: { quiz, lang, format: 'moodle' as const },
			},
		]);
	})) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site: address }) => {
	const { quiz, format, lang } = props as { quiz: QuizEntry; format: 'qti' | 'moodle'; lang: Lang };
	// A zip is not set by the pass over the built pages: its French gets its typography here.
	const french = lang === 'fr';
	const exportsUi = french ? typesetDeep(dictionaries.fr.exportsUi) : dictionaries.en.exportsUi;
	const base = String(address ?? 'https://sahel-explained.org');
	const title = exportsUi.title(quiz.label);
	const questions = french ? typesetDeep(quiz.questions) : quiz.questions;
	if (format === 'qti') {
		const zip = zipQtiPackage({ id: quiz.id, title, site: base, lang, questions }, exportsUi.qti);
		return new Response(new Uint8Array(zip), { headers: { 'Content-Type': 'application/zip' } });
	}
	const xml = buildMoodleXml({ title, site: base, questions }, exportsUi.moodle);
	return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};

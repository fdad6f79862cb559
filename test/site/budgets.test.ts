/**
 * Byte budgets (bytes are stable, so they are tested; times are not — see `npm run bench`).
 * A budget that fails names the page and the bytes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtLangs, distDir, fileFor, inLang, listPages, page } from '../support/dist';
import { weigh, weighPage } from '../support/weigh';

const KB = 1024;
const pages = listPages();
const islandsOf = (path: string) =>
	page(path)('[data-island]')
		.map((_, el) => page(path)(el).attr('data-island'))
		.get();
const readingPages = pages.filter((path) => islandsOf(path).length === 0);
const quizPages = pages.filter((path) => islandsOf(path).join() === 'quiz');
/** The teachers' tools and the student's assignment page (link decoding, QR codes, results codes). */
const toolPages = pages.filter((path) =>
	islandsOf(path).some((name) => !['quiz', 'search', 'offline'].includes(name)),
);
/** Pages whose only script is the few lines behind "Save for offline" (the home page). */
const savePages = pages.filter((path) => islandsOf(path).join() === 'offline');

describe('byte budgets', () => {
	test.each(readingPages)(
		'reading page %s loads no JavaScript and its first response is at most 14 KB gzip',
		(path) => {
			const weight = weighPage(fileFor(path)!, distDir);
			expect(weight.js.raw, `${path} loads ${weight.js.raw} bytes of JavaScript`).toBe(0);
			expect(weight.html.gzip, `${path} is ${weight.html.gzip} bytes gzip`).toBeLessThanOrEqual(
				14 * KB,
			);
		},
	);

	test.each(quizPages)('quiz page %s loads at most 10 KB gzip of JavaScript in all', (path) => {
		const weight = weighPage(fileFor(path)!, distDir);
		expect(weight.scripts.length).toBeGreaterThan(0);
		expect(
			weight.js.gzip,
			`${path} loads ${weight.js.gzip} bytes gzip of JavaScript (${weight.scripts.join(', ')})`,
		).toBeLessThanOrEqual(10 * KB);
	});

	test('there are pages of every kind to weigh', () => {
		expect(readingPages.length).toBeGreaterThan(5);
		expect(quizPages.length).toBeGreaterThanOrEqual(7);
		expect(toolPages).toEqual(
			builtLangs
				.flatMap((lang) =>
					['/assignment/', '/teachers/assign/', '/teachers/results/'].map((path) =>
						inLang(path, lang),
					),
				)
				.sort(),
		);
	});

	test.each(builtLangs)(
		'the %s home page is a reading page but for a few lines: "Save for offline", the language',
		(lang) => {
			expect(savePages).toEqual(builtLangs.map((other) => inLang('/', other)));
			const path = inLang('/', lang);
			const weight = weighPage(fileFor(path)!, distDir);
			expect(weight.scripts, 'the home page loads a script file').toEqual([]);
			expect(weight.js.gzip, `the home page runs ${weight.js.gzip} bytes gzip`).toBeLessThanOrEqual(
				512,
			);
			expect(weight.html.gzip, `${path} is ${weight.html.gzip} bytes gzip`).toBeLessThanOrEqual(
				14 * KB,
			);
		},
	);

	test.each(builtLangs)(
		'the %s script behind "Save for offline", loaded on a press, is at most 3 KB gzip',
		(lang) => {
			const save = weigh(readFileSync(join(distDir, inLang('/offline/save.js', lang)))).gzip;
			const worker = weigh(readFileSync(join(distDir, 'sw.js'))).gzip;
			expect(save, `offline/save.js is ${save} bytes gzip`).toBeLessThanOrEqual(3 * KB);
			expect(worker, `sw.js is ${worker} bytes gzip`).toBeLessThanOrEqual(3 * KB);
		},
	);

	test.each(toolPages)('tool page %s loads at most 24 KB gzip of JavaScript in all', (path) => {
		const weight = weighPage(fileFor(path)!, distDir);
		expect(
			weight.js.gzip,
			`${path} loads ${weight.js.gzip} bytes gzip of JavaScript (${weight.scripts.join(', ')})`,
		).toBeLessThanOrEqual(24 * KB);
	});

	test.each(builtLangs)(
		'the %s search page loads at most 30 KB gzip of JavaScript before any index chunk',
		(lang) => {
			const path = inLang('/search/', lang);
			expect(islandsOf(path)).toEqual(['search']);
			const weight = weighPage(fileFor(path)!, distDir);
			// Its own script imports Pagefind's at run time; the index chunks come only with a query.
			const pagefind = weigh(readFileSync(join(distDir, 'pagefind/pagefind.js'))).gzip;
			const total = weight.js.gzip + pagefind;
			expect(total, `${path} loads ${weight.js.gzip} + ${pagefind} bytes gzip`).toBeLessThanOrEqual(
				30 * KB,
			);
		},
	);

	/** gzip bytes below dist/, split by what a reader fetches: pages, the search index, downloads. */
	function weighSite() {
		const totals = { pages: 0, search: 0, exports: 0, exportsFr: 0 };
		const walk = (dir: string) => {
			for (const name of readdirSync(dir)) {
				const path = join(dir, name);
				if (statSync(path).isDirectory()) walk(path);
				else {
					const part = path.includes('/pagefind/')
						? 'search'
						: path.includes('/teachers/export/')
							? path.includes('/fr/teachers/')
								? 'exportsFr'
								: 'exports'
							: 'pages';
					totals[part] += weigh(readFileSync(path)).gzip;
				}
			}
		};
		walk(distDir);
		return totals;
	}
	const site = weighSite();

	test('the pages of the site, both languages, with their styles, scripts and pictures, are at most 1.5 MB gzip', () => {
		expect(site.pages, `pages are ${site.pages} bytes gzip`).toBeLessThanOrEqual(1536 * KB);
	});

	// Fetched a chunk at a time, only by someone who searches, in the language of the page.
	test('the search index is at most 512 KB gzip per language', () => {
		expect(site.search, `the index is ${site.search} bytes gzip`).toBeGreaterThan(0);
		expect(site.search).toBeLessThanOrEqual(512 * KB * builtLangs.length);
	});

	// Downloaded only by a teacher who takes a quiz into a learning platform.
	test('the quiz exports for learning platforms are at most 256 KB gzip per language', () => {
		expect(site.exports, `the exports are ${site.exports} bytes gzip`).toBeGreaterThan(0);
		expect(site.exports).toBeLessThanOrEqual(256 * KB);
		expect(
			site.exportsFr,
			`the French exports are ${site.exportsFr} bytes gzip`,
		).toBeLessThanOrEqual(256 * KB);
		if (builtLangs.includes('fr')) expect(site.exportsFr).toBeGreaterThan(0);
	});
});

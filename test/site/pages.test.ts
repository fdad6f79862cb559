/** Every built page: its head, its scripts, and every link and fragment it points to. */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtLangs, distDir, fileFor, inLang, langOfPage, listPages, page } from '../support/dist';

const pages = listPages();
/** Pages that carry a quiz island may load JavaScript; every other page is for reading only. */
const hasIsland = (path: string) => page(path)('[data-island]').length > 0;

describe('every built page', () => {
	test('there are pages to check', () => {
		expect(pages).toContain('/');
		expect(pages).toContain('/niger-coup/');
		expect(pages).toContain('/sources/');
		expect(pages).toContain('/404.html');
	});

	test.each(pages)('%s has a title, a description, a canonical URL and its language', (path) => {
		const $ = page(path);
		expect($('title').text().trim().length).toBeGreaterThan(5);
		expect($('meta[name="description"]').attr('content')?.length).toBeGreaterThan(40);
		expect($('link[rel="canonical"]').attr('href')).toMatch(/^https:\/\//);
		expect($('html').attr('lang')).toBe(langOfPage(path));
		expect($('h1')).toHaveLength(1);
		expect($('main#main')).toHaveLength(1);
	});

	const readingPages = pages.filter((path) => !hasIsland(path));
	const islandPages = pages.filter(hasIsland);

	test.each(readingPages)('%s, a reading page, ships no JavaScript', (path) => {
		const $ = page(path);
		expect($('script').length, `${path} has a <script>`).toBe(0);
		expect($('link[rel="modulepreload"]').length).toBe(0);
	});

	test.each(islandPages)(
		'%s, a page with an island, loads only its own module scripts from the site',
		(path) => {
			const $ = page(path);
			// Data for the island travels as JSON, which the browser never runs.
			const code = $('script').filter((_, script) => $(script).attr('type') !== 'application/json');
			expect(code.length, `${path} holds an island but loads no script for it`).toBeGreaterThan(0);
			code.each((_, script) => {
				// The one classic script allowed is inline in the head of the home pages (remembering
				// the reader's language before the page is drawn; allowed by its hash).
				if ($(script).parent().is('head') && !$(script).attr('src') && /^\/(fr\/)?$/.test(path))
					return;
				expect($(script).attr('type'), `${path}: a classic script`).toBe('module');
				// A small module may be inlined; the CSP test below checks it is allowed by hash.
				const src = $(script).attr('src');
				if (src !== undefined)
					expect(src, `${path}: a script from elsewhere`).toMatch(/^\/_astro\/[\w.-]+\.js$/);
			});
		},
	);

	test.each(pages)('%s links only to pages, files and fragments that exist', (path) => {
		const $ = page(path);
		const broken: string[] = [];
		$('a[href], link[href], img[src], script[src], source[src]').each((_, element) => {
			const target = $(element).attr('href') ?? $(element).attr('src')!;
			if (
				/^(https?:|mailto:|data:)/.test(target) &&
				!target.startsWith('https://sahel-explained.org')
			)
				return;
			const url = new URL(target, `https://sahel-explained.org${path}`);
			if (url.origin !== 'https://sahel-explained.org') return;
			if ($(element).is('link[rel="canonical"]') || $(element).attr('property')) return;
			const targetPath = url.pathname;
			if (!fileFor(targetPath)) {
				broken.push(`${target} (no file for ${targetPath})`);
				return;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (
				fragment &&
				targetPath.endsWith('/') &&
				page(targetPath)(`[id="${fragment}"]`).length === 0
			) {
				broken.push(`${target} (no element with id "${fragment}" on ${targetPath})`);
			}
		});
		expect(broken, `${path} has broken links`).toEqual([]);
	});

	test.each(pages)('%s carries a strict Content Security Policy', (path) => {
		const policy = page(path)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
		const directive = (name: string) =>
			policy
				.split(';')
				.map((part) => part.trim())
				.find((part) => part.startsWith(`${name} `)) ?? '';
		expect(directive('default-src')).toBe("default-src 'self'");
		expect(directive('object-src')).toBe("object-src 'none'");
		expect(directive('base-uri')).toBe("base-uri 'self'");
		expect(directive('form-action')).toBe("form-action 'self'");
		expect(directive('script-src')).toMatch(/^script-src 'self'/);
		expect(directive('script-src')).not.toContain('unsafe-inline');
		expect(directive('style-src')).not.toContain('unsafe-inline');
	});

	test.each(pages)('%s uses each id once', (path) => {
		const $ = page(path);
		const ids = $('[id]')
			.map((_, element) => $(element).attr('id'))
			.get();
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});
});

describe.skipIf(builtLangs.length < 2)('two languages', () => {
	const english = pages.filter((path) => langOfPage(path) === 'en' && path !== '/404.html');
	const french = pages.filter((path) => langOfPage(path) === 'fr');
	const twinOf = (path: string) => (langOfPage(path) === 'fr' ? path.slice(3) : `/fr${path}`);

	test('every English page has a French twin at the same path under /fr/, and the reverse', () => {
		expect(english.filter((path) => !fileFor(twinOf(path)))).toEqual([]);
		expect(french.filter((path) => !fileFor(twinOf(path)))).toEqual([]);
		expect(french.length).toBe(english.length);
	});

	test.each([...english, ...french])(
		'%s names its twin: hreflang alternates and a language link to the same page',
		(path) => {
			const $ = page(path);
			const lang = langOfPage(path);
			const other = lang === 'en' ? 'fr' : 'en';
			const twin = twinOf(path);
			const switcher = $(`header a[hreflang="${other}"]`);
			expect(switcher.attr('href')).toBe(twin);
			expect(switcher.attr('lang')).toBe(other);
			if ($('meta[name="robots"][content="noindex"]').length) return;
			const alternates = Object.fromEntries(
				$('link[rel="alternate"][hreflang]')
					.map((_, link) => [[$(link).attr('hreflang'), $(link).attr('href')]])
					.get(),
			);
			expect(alternates).toEqual({
				en: `https://sahel-explained.org${lang === 'en' ? path : twin}`,
				fr: `https://sahel-explained.org${lang === 'fr' ? path : twin}`,
				'x-default': `https://sahel-explained.org${lang === 'en' ? path : twin}`,
			});
			expect($('meta[property="og:locale"]').attr('content')).toBe(
				lang === 'fr' ? 'fr_FR' : 'en_GB',
			);
		},
	);

	test.each(french)('%s links only to French pages, but for its English twin', (path) => {
		const $ = page(path);
		const english = $('a[href^="/"], form[action^="/"]')
			.map((_, element) => $(element).attr('href') ?? $(element).attr('action'))
			.get()
			.filter((href) => !href.startsWith('/fr/') && href !== twinOf(path));
		expect(english).toEqual([]);
	});

	test('the sitemap lists both languages, each page with its twin as an alternate', () => {
		const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
		for (const path of ['/', '/niger-coup/', '/fr/', '/fr/niger-coup/'])
			expect(xml).toContain(`<loc>https://sahel-explained.org${path}</loc>`);
		expect(xml).toContain(
			'<xhtml:link rel="alternate" hreflang="fr" href="https://sahel-explained.org/fr/niger-coup/"/>',
		);
	});

	test('the not-found page says it in both languages, each marked and linking into its edition', () => {
		const $ = page('/404.html');
		expect($('section[lang="en"] a[href="/"]')).toHaveLength(1);
		expect($('section[lang="fr"] a[href="/fr/"]')).toHaveLength(1);
		expect($('header .languages')).toHaveLength(0);
	});

	test('each home page remembers its language without a cookie, the English one before drawing', () => {
		for (const lang of builtLangs) {
			const $ = page(inLang('/', lang));
			const code = $('head script:not([type])').text();
			expect(code).toContain('localStorage');
			expect(code).not.toContain('cookie');
		}
	});
});

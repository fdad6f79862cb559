/** Every built page: its head, its scripts, and every link and fragment it points to. */
import { describe, expect, test } from 'vitest';
import { fileFor, listPages, page } from '../support/dist';

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

	test.each(pages)('%s has a title, a description, a canonical URL and lang="en"', (path) => {
		const $ = page(path);
		expect($('title').text().trim().length).toBeGreaterThan(5);
		expect($('meta[name="description"]').attr('content')?.length).toBeGreaterThan(40);
		expect($('link[rel="canonical"]').attr('href')).toMatch(/^https:\/\//);
		expect($('html').attr('lang')).toBe('en');
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

/**
 * The offline pack (src/integrations/offline-pack.ts): what "Save for offline" saves, what it says
 * it weighs, and that no page registers a service worker on a plain visit.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { aboutSize, type OfflinePack } from '../../src/integrations/offline-pack';
import { builtLangs, distDir, fileFor, inLang, listPages, page } from '../support/dist';
import { offlineUi as offlineFr } from '../../src/i18n/offline.fr';
import { scriptsOf } from '../support/weigh';

const pack = JSON.parse(readFileSync(join(distDir, 'offline/pack.json'), 'utf8')) as OfflinePack;
const pages = listPages();
const fileOf = (path: string) => fileFor(path) ?? join(distDir, path);

describe('the offline pack', () => {
	test('the home page saves the explainers, their quizzes and the reference pages, not the tools', () => {
		for (const lang of builtLangs) {
			const home = pack.home[lang];
			for (const path of ['/', '/niger-coup/', '/ecowas/', '/quiz/', '/glossary/', '/people/'])
				expect(home).toContain(inLang(path, lang));
			expect(home).toContain(inLang('/timeline/the-coup/', lang));
			for (const path of home) {
				expect(path).not.toMatch(/^(\/fr)?\/(teachers|sources|search)\//);
				// Each home page saves its own language's pages only.
				expect(path.startsWith('/fr/')).toBe(lang === 'fr');
			}
			expect(pack.sharedByLang[lang]).toEqual([
				inLang('/offline/', lang),
				inLang('/offline/save.js', lang),
			]);
		}
		expect(pack.shared).toEqual(expect.arrayContaining(['/manifest.webmanifest']));
	});

	test('every file it lists exists, with its gzip bytes', () => {
		const files = new Set([
			...pack.shared,
			...Object.values(pack.sharedByLang).flat(),
			...Object.values(pack.pages).flat(),
		]);
		for (const file of files) {
			expect(existsSync(fileOf(file)), `${file} is not built`).toBe(true);
			expect(pack.bytes[file], file).toBe(
				gzipSync(readFileSync(fileOf(file)), { level: 9 }).length,
			);
		}
	});

	test("an explainer's files include its quiz's scripts and what they import", () => {
		const files = pack.pages['/niger-coup/']!;
		const html = readFileSync(fileOf('/niger-coup/'), 'utf8');
		expect(files[0]).toBe('/niger-coup/');
		expect(files).toEqual(expect.arrayContaining(scriptsOf(html, distDir)));
		expect(scriptsOf(html, distDir).length).toBeGreaterThan(0);
	});

	test.each(builtLangs)(
		'the %s home page says what its pack weighs, before anything is downloaded',
		(lang) => {
			const files = new Set([
				...pack.shared,
				...pack.sharedByLang[lang],
				...pack.home[lang].flatMap((path) => pack.pages[path]!),
			]);
			const total = [...files].reduce((sum, file) => sum + pack.bytes[file]!, 0);
			const said = page(inLang('/', lang))('.save-offline [data-size]').text();
			// The home page's own bytes changed by a few when its size was written in.
			if (lang === 'en') {
				expect(said).toBe(aboutSize(total));
				expect(said).toMatch(/^about \d+ KB$|^about \d\.\d MB$/);
				expect(page('/')('.save-offline').text()).toContain('to download (compressed)');
			} else {
				expect(said.replace(/[\u202F\u00A0]/g, ' ')).toBe(offlineFr.about(total));
				expect(said).toMatch(/^environ /);
			}
		},
	);

	test('the assignment page carries the bytes of every page an assignment can list', () => {
		const json = page('/assignment/')('.save-offline script[type="application/json"]').text();
		const lists = JSON.parse(json) as { pages: Record<string, Record<string, number>> };
		expect(Object.keys(lists.pages)).toEqual(
			expect.arrayContaining(['/assignment/', '/niger-coup/', '/quiz/']),
		);
		expect(lists.pages['/assignment/']!['/quiz-data.json']).toBe(pack.bytes['/quiz-data.json']);
	});

	test('the worker is stamped with the pack version', () => {
		const worker = readFileSync(join(distDir, 'sw.js'), 'utf8');
		expect(pack.version).toMatch(/^[0-9a-f]{12}$/);
		expect(worker).toContain(`const VERSION = '${pack.version}'`);
		expect(worker).not.toContain('__VERSION__');
	});

	test('the offline page is a reading page, saved with every copy, that links to saved pages', () => {
		expect(pack.pages['/offline/']).toEqual(['/offline/']);
		if (builtLangs.includes('fr')) expect(pack.pages['/fr/offline/']).toEqual(['/fr/offline/']);
		const $ = page('/offline/');
		expect($('h1').text()).toBe('You are offline');
		const links = $('main a')
			.map((_, a) => $(a).attr('href'))
			.get();
		for (const link of links.filter((href) => href.startsWith('/')))
			expect(pack.home.en).toContain(link);
		expect(links).toContain('/glossary/');
	});
});

describe('no service worker on a plain visit', () => {
	const scripts = readdirSync(join(distDir, '_astro')).filter((name) => name.endsWith('.js'));

	test.each(pages)('%s registers no service worker, in its HTML or its scripts', (path) => {
		const html = readFileSync(fileOf(path), 'utf8');
		const code = [
			html,
			...scriptsOf(html, distDir).map((file) => readFileSync(join(distDir, file), 'utf8')),
		];
		for (const text of code) expect(text).not.toMatch(/serviceWorker\s*\.\s*register/);
	});

	test('only the script loaded by pressing "Save for offline" registers it', () => {
		for (const name of scripts)
			expect(readFileSync(join(distDir, '_astro', name), 'utf8')).not.toMatch(
				/serviceWorker\.register/,
			);
		for (const lang of builtLangs)
			expect(readFileSync(join(distDir, inLang('/offline/save.js', lang)), 'utf8')).toMatch(
				/serviceWorker\.register\(["'`]\/sw\.js["'`]\)/,
			);
		const loading = pages.filter((path) => page(path)('[data-script$="/offline/save.js"]').length);
		expect(loading).toEqual(
			builtLangs.flatMap((lang) => [inLang('/', lang), inLang('/assignment/', lang)]).sort(),
		);
		for (const path of loading)
			expect(page(path)('[data-script]').attr('data-script')).toBe(
				path.startsWith('/fr/') ? '/fr/offline/save.js' : '/offline/save.js',
			);
		// Each script carries its own language's words.
		if (builtLangs.includes('fr')) {
			expect(readFileSync(join(distDir, 'fr/offline/save.js'), 'utf8')).toContain(offlineFr.saving);
			expect(readFileSync(join(distDir, 'offline/save.js'), 'utf8')).not.toContain(
				offlineFr.saving,
			);
		}
	});

	test.each(pages.filter((path) => page(path)('[data-island]').length === 0))(
		'%s, a reading page, mentions no service worker at all',
		(path) => {
			expect(readFileSync(fileOf(path), 'utf8')).not.toContain('serviceWorker');
		},
	);
});

describe('the web app manifest', () => {
	const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.webmanifest'), 'utf8'));

	test('names the site and gives an icon of any size', () => {
		expect(manifest.name).toBe('Sahel Explained');
		expect(manifest.start_url).toBe('/');
		expect(manifest.icons).toEqual([
			expect.objectContaining({ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }),
		]);
		expect(existsSync(join(distDir, 'favicon.svg'))).toBe(true);
	});

	test.each(pages)('%s links to it', (path) => {
		expect(page(path)('head link[rel="manifest"]').attr('href')).toBe('/manifest.webmanifest');
	});
});

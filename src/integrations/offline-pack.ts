/**
 * The offline pack, made once the site is built (`astro:build:done`), in the same shape as the
 * search index (search-index.ts): what a reader can save for offline, and what it weighs.
 *
 * - `dist/offline/pack.json` lists, for every page that can be saved, the files it needs (its
 *   HTML, the scripts it loads with their imports, its stylesheets and pictures) and the bytes of
 *   each file, **gzip** (what a host that compresses, as static hosts do, sends over the wire).
 * - `dist/sw.js` is the service worker (src/offline/sw.js) stamped with the pack's version, a
 *   hash of every file it can cache: a deploy that changes any of them changes the worker, which
 *   is how browsers learn that the saved copy is out of date.
 * - The home page's "about 1.1 MB" is written into its HTML here (the placeholder `OFFLINE_SIZE`),
 *   since the size is known only once every page is built. The assignment page gets the per-page
 *   lists it needs to weigh the pages of whatever assignment a student opened.
 *
 * - `dist/offline/save.js` is islands/offline/save.ts, bundled here with esbuild rather than by
 *   Vite: the home page imports it only when a button is pressed, and a dynamic import that Vite
 *   sees brings its 1.7 KB preload helper along on every load of the page.
 *
 * Nothing is downloaded by a reader until they press "Save for offline".
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'esbuild';
import { offlineUi } from '../i18n/offline.ts';
import { offlineUi as offlineUiFr } from '../i18n/offline.fr.ts';
import { langOfPath, localePath as inLang, unprefixed as bare, type Lang } from '../i18n/lang.ts';
import { required } from '../lib/required.ts';

/** What the worker and the save scripts read from `/offline/pack.json`. */
export interface OfflinePack {
	/** A hash of every file below: changes whenever a deploy changes any of them. */
	version: string;
	/** gzip bytes of each file, by site path. */
	bytes: Record<string, number>;
	/** The files each page needs (its own path first), by page path. */
	pages: Record<string, string[]>;
	/** Files every saved copy holds, whatever its language: the manifest, the icon. */
	shared: string[];
	/** Files a saved copy holds for each language it has pages in: the offline page, the script. */
	sharedByLang: Record<Lang, string[]>;
	/** The pages "Save for offline" on each language's home page saves. */
	home: Record<Lang, string[]>;
}

/** How each language says "about 1.1 MB". */
const aboutIn: Record<Lang, (bytes: number) => string> = {
	en: offlineUi.about,
	fr: offlineUiFr.about,
};

/** The script behind the "Save for offline" buttons, loaded when one is pressed. */
export const SAVE_SCRIPT = '/offline/save.js';

/** The placeholder the home page carries until the pack is weighed. */
export const SIZE_PLACEHOLDER = 'OFFLINE_SIZE';
/** The placeholder for the assignment page's per-page lists (inside a JSON script). */
export const PACK_PLACEHOLDER = '"OFFLINE_PACK"';

/** "about 1.1 MB", "about 240 KB": the rounded size a reader is told before saving. */
export const aboutSize = offlineUi.about;

/** The file of a page path: `/glossary/` ⇒ `glossary/index.html`. */
const fileOf = (path: string) =>
	path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);

/**
 * Every file a page needs, in site paths: itself, its module scripts and what they import,
 * stylesheets, pictures. `filesOf('/glossary/', html, dist)` ⇒ `['/glossary/', '/favicon.svg', …]`.
 */
export function filesOf(path: string, html: string, dist: string): string[] {
	const found = new Set<string>([path]);
	const local = (url: string) => url.startsWith('/') && !url.startsWith('//');
	for (const m of html.matchAll(/<(?:script|img|source)\b[^>]*?\s(?:src|srcset)="([^"]+)"/g))
		for (const candidate of m[1]!.split(',')) {
			const url = candidate.trim().split(/\s+/)[0]!;
			if (local(url)) found.add(url);
		}
	for (const m of html.matchAll(/<link\b[^>]*rel="(?:stylesheet|modulepreload)"[^>]*>/g)) {
		const href = /href="([^"]+)"/.exec(m[0])?.[1];
		if (href && local(href)) found.add(href);
	}
	// Inline modules import their chunks too.
	const queue = [...found].filter((file) => file.endsWith('.js'));
	for (const m of html.matchAll(/(?:import|from)\s*["'](\/_astro\/[^"']+)["']/g)) queue.push(m[1]!);
	while (queue.length) {
		const script = queue.shift()!;
		found.add(script);
		const file = join(dist, script);
		if (!existsSync(file)) continue;
		for (const m of readFileSync(file, 'utf8').matchAll(
			/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g,
		)) {
			const next = new URL(m[1]!, `https://x${script}`).pathname;
			if (!found.has(next)) queue.push(next);
		}
	}
	return [...found];
}

export interface OfflineOptions {
	/** Which built pages the home page saves (paths without their language prefix). */
	home: (path: string) => boolean;
	/** Which pages can be saved from the assignment page (itself and any reading list). */
	more: (path: string) => boolean;
}

/** The Astro integration that writes the offline pack and the service worker after each build. */
export function offlinePack(options: OfflineOptions): AstroIntegration {
	return {
		name: 'sahel-offline-pack',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const dist = fileURLToPath(dir);
				const langs: Lang[] = existsSync(join(dist, 'fr/index.html')) ? ['en', 'fr'] : ['en'];
				// The save script, once per language: each carries only its own words.
				for (const lang of langs) {
					mkdirSync(join(dist, inLang('/offline/', lang)), { recursive: true });
					await build({
						entryPoints: [fileURLToPath(new URL('../islands/offline/save.ts', import.meta.url))],
						outfile: join(dist, inLang(SAVE_SCRIPT, lang)),
						bundle: true,
						format: 'esm',
						minify: true,
						target: 'es2022',
						charset: 'utf8',
						logLevel: 'silent',
						plugins: lang === 'en' ? [] : [wordsIn(lang)],
					});
				}
				const shared = ['/manifest.webmanifest', '/favicon.svg'];
				const sharedByLang = Object.fromEntries(
					langs.map((lang) => [lang, [inLang('/offline/', lang), inLang(SAVE_SCRIPT, lang)]]),
				) as Record<Lang, string[]>;
				const allShared = [...shared, ...Object.values(sharedByLang).flat()];
				const read = (path: string) => readFileSync(join(dist, fileOf(path)));
				// Every built page, by the address a reader uses: `about/index.html` ⇒ `/about/`.
				const built = readdirSync(dist, { recursive: true, encoding: 'utf8' })
					.filter((file) => file.endsWith('index.html'))
					.map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
					.sort();
				const home = Object.fromEntries(
					langs.map((lang) => [
						lang,
						built.filter((path) => langOfPath(path) === lang && options.home(bare(path))),
					]),
				) as Record<Lang, string[]>;
				const more = built.filter((path) => options.more(bare(path)));
				const pages: Record<string, string[]> = {};
				for (const path of new Set([...Object.values(home).flat(), ...more]))
					pages[path] = filesOf(path, read(path).toString('utf8'), dist);
				for (const lang of langs) {
					const offline = inLang('/offline/', lang);
					pages[offline] = filesOf(offline, read(offline).toString('utf8'), dist);
					// The assignment page fetches the questions.
					const assignment = inLang('/assignment/', lang);
					const data = inLang('/quiz-data.json', lang);
					if (pages[assignment] && existsSync(join(dist, fileOf(data))))
						pages[assignment].push(data);
				}
				const filesFor = (path: string) =>
					required(pages[path], `the offline pack has no list of the files of ${path}`);
				const weighAll = () => {
					const bytes: Record<string, number> = {};
					for (const file of new Set([...allShared, ...Object.values(pages).flat()]))
						bytes[file] = gzipSync(read(file), { level: 9 }).length;
					return bytes;
				};
				const homeFiles = (lang: Lang) =>
					new Set([...shared, ...sharedByLang[lang], ...home[lang].flatMap(filesFor)]);
				// Weigh, write the size into each home page (which changes its bytes), weigh again.
				let bytes = weighAll();
				const weight = (file: string) =>
					required(bytes[file], `the offline pack did not weigh ${file}`);
				const homeBytes = (lang: Lang) =>
					[...homeFiles(lang)].reduce((sum, file) => sum + weight(file), 0);
				for (const lang of langs) {
					const path = inLang('/', lang);
					writeFileSync(
						join(dist, fileOf(path)),
						read(path)
							.toString('utf8')
							.replace(SIZE_PLACEHOLDER, aboutIn[lang](homeBytes(lang))),
					);
				}
				// What each assignment page needs to weigh any assignment: its language's pages.
				const assignmentHtml = Object.fromEntries(
					langs
						.map((lang) => inLang('/assignment/', lang))
						.filter((path) => existsSync(join(dist, fileOf(path))))
						.map((path) => [path, read(path).toString('utf8')]),
				);
				const writeAssignments = () => {
					for (const [path, html] of Object.entries(assignmentHtml)) {
						const lang = langOfPath(path);
						const lists = Object.fromEntries(
							more
								.filter((page) => langOfPath(page) === lang)
								.map((page) => [
									page,
									Object.fromEntries(filesFor(page).map((file) => [file, bytes[file] ?? 0])),
								]),
						);
						const json = JSON.stringify({
							pages: lists,
							shared: Object.fromEntries(
								[...shared, ...sharedByLang[lang]].map((f) => [f, weight(f)]),
							),
						});
						writeFileSync(
							join(dist, fileOf(path)),
							html.replace(PACK_PLACEHOLDER, json.replace(/</g, '\\u003c')),
						);
					}
				};
				writeAssignments();
				bytes = weighAll();
				writeAssignments();
				bytes = weighAll();
				const hash = createHash('sha256');
				for (const file of Object.keys(bytes).sort()) hash.update(file).update(read(file));
				const worker = readFileSync(new URL('../offline/sw.js', import.meta.url), 'utf8');
				hash.update(worker);
				const version = hash.digest('hex').slice(0, 12);
				const pack: OfflinePack = { version, bytes, pages, shared, sharedByLang, home };
				writeFileSync(join(dist, 'offline/pack.json'), JSON.stringify(pack));
				writeFileSync(join(dist, 'sw.js'), worker.replace('__VERSION__', version));
				for (const lang of langs)
					logger.info(
						`offline pack ${version}: ${inLang('/', lang)} saves ${aboutIn.en(homeBytes(lang))} gzip (${homeFiles(lang).size} files)`,
					);
			},
		},
	};
}

/**
 * An esbuild plugin that gives the save script another language's words, set in that language's
 * typography (its messages are functions, so the pass over the built pages cannot reach them).
 */
function wordsIn(lang: Lang): Plugin {
	return {
		name: `offline-words-${lang}`,
		setup(builder) {
			builder.onResolve({ filter: /\/i18n\/offline$/ }, (args) => ({
				path: join(args.resolveDir, `${args.path}.${lang}.ts`),
				namespace: 'words',
			}));
			builder.onLoad({ filter: /.*/, namespace: 'words' }, (args) => ({
				contents: [
					`import { offlineUi as words } from ${JSON.stringify(args.path)};`,
					`import { typesetDeep } from ${JSON.stringify(fileURLToPath(new URL('../lib/typography.ts', import.meta.url)))};`,
					'export const offlineUi = typesetDeep(words);',
				].join('\n'),
				loader: 'ts',
				resolveDir: fileURLToPath(new URL('.', import.meta.url)),
			}));
		},
	};
}

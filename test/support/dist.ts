/** Reading the built site in `dist/` for tests: its pages, parsed, and where links lead. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { langOfPath, localePath } from '../../src/i18n/lang';

export const distDir = join(process.cwd(), process.env.OUT_DIR ?? 'dist');

/** Every HTML file in dist/, as site paths (`/niger-coup/`, `/404.html`). */
export function listPages(dir = distDir): string[] {
	const pages: string[] = [];
	const walk = (folder: string) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.html'))
				pages.push(`/${relative(dir, path).replace(/index\.html$/, '')}`);
		}
	};
	if (!existsSync(dir)) throw new Error(`No built site in ${dir}: run \`npm run build\` first.`);
	walk(dir);
	return pages.sort();
}

/** The file in dist/ that serves a site path, or undefined when there is none. */
export function fileFor(path: string): string | undefined {
	const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
	const candidates = clean.endsWith('/')
		? [join(distDir, clean, 'index.html')]
		: [join(distDir, clean), join(distDir, clean, 'index.html')];
	return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

const cache = new Map<string, CheerioAPI>();

/** A built page, parsed. */
export function page(path: string): CheerioAPI {
	const file = fileFor(path);
	if (!file) throw new Error(`No built page for ${path}`);
	if (!cache.has(file)) cache.set(file, load(readFileSync(file, 'utf8')));
	return cache.get(file)!;
}

/** The languages the site is built in: French when `dist/fr/` exists. */
export const builtLangs: ('en' | 'fr')[] = existsSync(join(distDir, 'fr/index.html'))
	? ['en', 'fr']
	: ['en'];

/** The language a built page is in, by its address (the 404 page is in both: English first). */
export const langOfPage = langOfPath;

/** A site path in a language: `inLang('/updates/', 'fr')` ⇒ `/fr/updates/`. */
export const inLang = localePath;

/** Where each edition's content files are. */
export const contentOf = (lang: 'en' | 'fr') => (lang === 'en' ? 'content' : 'content/fr');

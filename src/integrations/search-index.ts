/**
 * The search index, made with Pagefind once the site is built (`astro:build:done`).
 *
 * Reading pages are indexed by their `<main>` (section headings with ids become the results'
 * "jump to" links). Glossary terms, people and timeline events are indexed one record each,
 * pointing at their own anchor, so that a search for a name or a term finds its entry first
 * rather than the long list page that holds it. Tool pages, printables and the bibliography are
 * left out: they answer no reader's question. Everything is served from the site itself.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { load } from 'cheerio';
import * as pagefind from 'pagefind';
// A page's language is its address's (Pagefind keeps one index per language).
import { langOfPath as langOf, unprefixed as bare } from '../i18n/lang.ts';
import type { SearchKind } from '../i18n/search';

/** Pages indexed as a whole: everything but lists read entry by entry, tools and printables. */
const skipPage =
	/^\/(404\.html|search\/|quiz\/|assignment\/|sources\/|teachers\/(?!$)|glossary\/|people\/|timeline\/)/;

/** A search record for one entry of a list page. */
export interface EntryRecord {
	url: string;
	title: string;
	content: string;
	/** What kind of entry, shown beside the result: "Glossary", "People", "Timeline". */
	kind: SearchKind;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The entries of a glossary, people or timeline page, one record each with its anchor.
 * `entryRecords('/glossary/', html)` ⇒ `[{ url: '/glossary/#acled', title: 'ACLED — …', … }, …]`
 */
export function entryRecords(path: string, html: string): EntryRecord[] {
	const $ = load(html);
	$('.visually-hidden, .source-link, [aria-hidden="true"]').remove();
	// The French pages' entries are found the same way: `/fr/glossary/` is a glossary page.
	const page = bare(path);
	if (page === '/glossary/')
		return $('.entry[id]')
			.map((_, entry): EntryRecord => ({
				url: `${path}#${$(entry).attr('id')}`,
				title: squash($(entry).find('dt').first().text()),
				content: squash($(entry).text()),
				kind: 'Glossary',
			}))
			.get();
	if (page === '/people/')
		return $('article.person[id]')
			.map((_, person): EntryRecord => ({
				url: `${path}#${$(person).attr('id')}`,
				title: squash($(person).find('h3').first().text()),
				content: squash($(person).text()),
				kind: 'People',
			}))
			.get();
	if (page.startsWith('/timeline/'))
		return $('li[id]:has(time)')
			.map((_, event): EntryRecord => {
				const when = squash($(event).find('time').first().text());
				const what = squash($(event).find('p').first().text());
				return {
					url: `${path}#${$(event).attr('id')}`,
					title: when,
					content: `${when}. ${what}`,
					kind: 'Timeline',
				};
			})
			.get();
	return [];
}

/** An entry as a small page of its own: its title as the heading, its kind as metadata. */
function entryPage(entry: EntryRecord, lang: string): string {
	const escape = (text: string) =>
		text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
	return `<!doctype html><html lang="${lang}"><body><main><h1>${escape(entry.title)}</h1><p>${escape(entry.content)}</p><span data-pagefind-meta="kind:${entry.kind}"></span></main></body></html>`;
}

/** The Astro integration that writes `dist/pagefind/` after each build. */
export function searchIndex(): AstroIntegration {
	return {
		name: 'sahel-search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { index, errors } = await pagefind.createIndex({
					rootSelector: 'main',
					excludeSelectors: ['[data-island]', 'nav', '.visually-hidden', 'sup', 'figure', 'table'],
				});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				let records = 0;
				const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
					.filter((file) => file.endsWith('.html'))
					.sort();
				for (const file of files) {
					// The address a reader uses: `about/index.html` ⇒ `/about/`.
					const path = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
					const html = readFileSync(join(outDir, file), 'utf8');
					for (const entry of entryRecords(path, html)) {
						// A term or a name is the entry's heading, which Pagefind weighs above body
						// text, so that searching for it finds the entry before pages that mention it.
						// Timeline events have no name to weigh: they are plain records.
						if (entry.kind === 'Timeline')
							await index.addCustomRecord({
								url: entry.url,
								content: entry.content,
								language: langOf(path),
								meta: { title: entry.title, kind: entry.kind },
							});
						else
							await index.addHTMLFile({
								url: entry.url,
								content: entryPage(entry, langOf(path)),
							});
						records++;
					}
					if (skipPage.test(bare(path))) continue;
					await index.addHTMLFile({ url: path, content: html });
					records++;
				}
				const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
				if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
				await pagefind.close();
				// Pagefind writes its own ready-made interfaces too; the search page has its own, so
				// those files (200 KB) and the wasm for pages without a language are left out.
				for (const unused of readdirSync(join(outDir, 'pagefind')))
					if (/^pagefind-(component-ui|modular-ui|ui|highlight)\.|^wasm\.unknown\./.test(unused))
						rmSync(join(outDir, 'pagefind', unused));
				logger.info(`search index: ${records} records`);
			},
		},
	};
}

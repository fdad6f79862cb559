/**
 * Currency in the built site: the updates feed (well-formed, one item per changelog entry, every
 * link absolute and landing on a built page and fragment), the updates page, the feed's link in
 * every page's head, and the "at a glance" profiles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { load } from 'cheerio';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n';
import { timelineHref } from '../../src/lib/timeline';
import {
	builtLangs,
	contentOf,
	distDir,
	fileFor,
	inLang,
	langOfPage,
	listPages,
	page,
} from '../support/dist';

const SITE = 'https://sahel-explained.org';
type Update = { id: string; kind?: string; wrong?: string; sections?: string[] };
const updatesIn = (lang: 'en' | 'fr'): Update[] =>
	parse(readFileSync(`${contentOf(lang)}/updates.yaml`, 'utf8'));
const timeline: { id: string; date: string }[] = parse(
	readFileSync('content/timeline.yaml', 'utf8'),
);
/** The built text of a French page has narrow no-break spaces where the source has spaces. */
const plain = (text: string) => text.replace(/[\u202F\u00A0]/g, ' ').replace(/’/g, "'");

/** Whether an absolute link of the site lands on a built page and, if it has one, a fragment. */
function resolves(href: string): string | undefined {
	const url = new URL(href);
	if (url.origin !== SITE) return `${href} is not on ${SITE}`;
	if (!fileFor(url.pathname)) return `${href}: no built page for ${url.pathname}`;
	const id = decodeURIComponent(url.hash.slice(1));
	if (id && page(url.pathname)(`[id="${id}"]`).length !== 1)
		return `${href}: no element with id "${id}"`;
	return undefined;
}

describe.each(builtLangs)('the updates feed (%s)', (lang) => {
	const xml = readFileSync(join(distDir, inLang('/updates/feed.xml', lang)), 'utf8');
	const updates = updatesIn(lang);
	const { ui } = dictionaries[lang];
	test('is well-formed XML', () => {
		expect(XMLValidator.validate(xml)).toBe(true);
	});

	const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(
		xml,
	);
	const items: {
		title: string;
		link: string;
		guid: { '#text': string };
		pubDate: string;
		'content:encoded': string;
	}[] = feed.rss.channel.item;

	test('has one item per entry of its updates.yaml, in the same order', () => {
		expect(items).toHaveLength(updates.length);
		expect(items.map((item) => new URL(item.link).hash.slice(1))).toEqual(
			// Newest first; the file is written newest first.
			updates.map((update) => update.id),
		);
	});

	test('gives every item a title, a date and a unique guid', () => {
		for (const item of items) {
			expect(item.title.length).toBeGreaterThan(5);
			expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
		}
		expect(new Set(items.map((item) => item.guid['#text'])).size).toBe(items.length);
	});

	test('links only to absolute addresses that resolve to built pages and fragments', () => {
		const links = [
			feed.rss.channel.link as string,
			...items.map((item) => item.link),
			...items.flatMap((item) =>
				load(item['content:encoded'])('a')
					.map((_, a) => a.attribs.href!)
					.get(),
			),
		];
		expect(links.length).toBeGreaterThan(items.length * 2);
		for (const href of links) expect(href, href).toMatch(/^https:\/\//);
		expect(links.map(resolves).filter(Boolean)).toEqual([]);
	});

	test('says what was wrong in each correction', () => {
		for (const update of updates.filter((u) => u.kind === 'correction')) {
			const item = items.find((i) => i.link.endsWith(`#${update.id}`))!;
			expect(plain(item.title)).toMatch(new RegExp(`^${ui.updateKinds.correction} ?: `));
			// The feed's HTML may write an apostrophe as an entity, or not: compare the words.
			const html = plain(String(item['content:encoded']).replace(/&#39;|&apos;/g, "'"));
			expect(html).toContain(plain(update.wrong!).slice(0, 20));
		}
	});
});

describe('every page', () => {
	test.each(listPages())('%s links to the feed of its language in its head', (path) => {
		const link = page(path)('head link[rel="alternate"][type="application/rss+xml"]');
		expect(link).toHaveLength(1);
		expect(link.attr('href')).toBe(inLang('/updates/feed.xml', langOfPage(path)));
	});
});

/** Every page of a language's changelog, parsed into one: `/updates/`, `/updates/2/`… */
function changelog(lang: 'en' | 'fr') {
	const pages = [inLang('/updates/', lang)];
	while (fileFor(inLang(`/updates/${pages.length + 1}/`, lang)))
		pages.push(inLang(`/updates/${pages.length + 1}/`, lang));
	return load(pages.map((path) => page(path)('main').html()).join(''));
}

describe.each(builtLangs)('the updates page (%s)', (lang) => {
	const $ = changelog(lang);
	const updates = updatesIn(lang);
	const { ui } = dictionaries[lang];
	test('shows one dated entry per change, with its kind in words', () => {
		const entries = $('ol > li');
		expect(entries).toHaveLength(updates.length);
		entries.each((_, li) => {
			expect($(li).find('time').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(Object.values(ui.updateKinds)).toContain($(li).find('.update-kind').text().trim());
			expect($(li).find('.update-kind svg[aria-hidden="true"]')).toHaveLength(1);
		});
	});

	test('marks corrections in words and says what was wrong', () => {
		for (const update of updates.filter((u) => u.kind === 'correction')) {
			const li = $(`li[id="${update.id}"]`);
			expect(li.find('.update-kind').text().trim()).toBe(ui.updateKinds.correction);
			expect(plain(li.text())).toContain(plain(`${ui.wrongBefore} ${update.wrong}`));
		}
	});

	test('links each change to the sections it touched', () => {
		for (const update of updates.filter((u) => u.sections?.length)) {
			const hrefs = $(`li[id="${update.id}"] a`)
				.map((_, a) => $(a).attr('href'))
				.get();
			for (const section of update.sections!) {
				const [slug, id] = section.split('#');
				// A timeline event is on the page of its period.
				const event = slug === 'timeline' && timeline.find((e) => e.id === id);
				expect(hrefs).toContain(inLang(event ? timelineHref(event) : `/${slug}/#${id}`, lang));
			}
		}
	});

	test('links to the feed', () => {
		expect(
			page(inLang('/updates/', lang))(`main a[href="${inLang('/updates/feed.xml', lang)}"]`),
		).toHaveLength(1);
	});
});

describe('the at-a-glance page', () => {
	const $ = page('/at-a-glance/');
	const profiles: {
		id: string;
		facts: { id: string; number?: number; asOf?: string; sources: string[] }[];
	}[] = parse(readFileSync('content/profiles.yaml', 'utf8'));

	test('is in the footer of every page and linked from the coup and since-the-coup explainers', () => {
		expect(page('/timeline/')('footer a[href="/at-a-glance/"]')).toHaveLength(1);
		for (const path of ['/niger-coup/', '/since-the-coup/'])
			expect(page(path)('article .see-also a[href="/at-a-glance/"]'), path).toHaveLength(1);
	});

	test('shows every fact of every profile with its sources, its date and Intl-formatted numbers', () => {
		for (const profile of profiles) {
			expect($(`section[id="${profile.id}"] h2`).text().length).toBeGreaterThan(2);
			for (const fact of profile.facts) {
				const row = $(`tr[id="${profile.id}-${fact.id}"]`);
				expect(row, `${profile.id}-${fact.id}`).toHaveLength(1);
				expect(row.find('a[href^="/sources/"]')).toHaveLength(fact.sources.length);
				if (fact.asOf) expect(row.find('time').attr('datetime')).toBe(String(fact.asOf));
				if (fact.number && fact.number >= 10_000 && fact.number < 1_000_000)
					expect(row.text()).toContain(fact.number.toLocaleString('en-GB'));
			}
		}
		expect($('tr[id="niger-area"]').text()).toContain('1,267,000 km²');
		expect($('tr[id="niger-population"]').text()).toContain('27 million people');
		expect($('tr[id="niger-hdi"]').text()).toContain('188th');
		expect($('tr[id="aes-founded"]').text()).toContain('16 September 2023');
		expect($('tr[id="aes-confederation"]').text()).toContain('6 July 2024');
	});
});

describe.skipIf(!builtLangs.includes('fr'))('the French at-a-glance page', () => {
	const $ = page('/fr/at-a-glance/');
	test('writes numbers, ordinals and dates the French way, and links to the French sources', () => {
		const N = '\u202F';
		expect($('tr[id="niger-area"]').text()).toContain(`1${N}267${N}000 km²`);
		expect($('tr[id="niger-population"]').text()).toContain('27 millions');
		expect($('tr[id="niger-hdi"]').text()).toContain('188e');
		expect($('tr[id="aes-founded"]').text()).toContain('16 septembre 2023');
		expect($('tr[id="niger-area"] a[href^="/fr/sources/"]').length).toBeGreaterThan(0);
		expect($('tr[id="niger-area"] a[href^="/sources/"]')).toHaveLength(0);
	});
});

describe.each(builtLangs)('the changelog in parts (%s)', (lang) => {
	test('lists twenty changes a page, newest first, each part linking to every other', () => {
		const first = page(inLang('/updates/', lang));
		const parts = first('nav .pages a')
			.map((_, a) => first(a).attr('href'))
			.get();
		expect(parts.length).toBeGreaterThan(1);
		expect(parts[0]).toBe(inLang('/updates/', lang));
		expect(first('main ol > li')).toHaveLength(20);
		const dates = changelog(lang)('ol > li time')
			.map((_, time) => first(time).attr('datetime'))
			.get();
		expect(dates).toEqual([...dates].sort().reverse());
		for (const part of parts)
			expect(page(part)('nav .pages a[aria-current="page"]').attr('href')).toBe(part);
	});
});

/** The built explainers keep the editorial promises: length, sources, dates, citations that resolve. */
import { describe, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n';
import { builtLangs, inLang, langOfPage, listPages, page } from '../support/dist';

const explainers = listPages().filter((path) => page(path)('article.explainer').length > 0);
const words = (path: string) => dictionaries[langOfPage(path)].ui;
/** French takes about a quarter more words than English to say the same: its cap is higher. */
const maxWords = (path: string) => (langOfPage(path) === 'fr' ? 3900 : 3000);
/** A date as each language writes it: `26 July 2023`, `1er août 2023`. */
const writtenDate = /(1er|\d{1,2}) \p{L}+ \d{4}/u;
/** Spaces a French page sets where the source has plain ones. */
const plain = (text: string) => text.replace(/[\u202F\u00A0]/g, ' ');
/** The minimum number of distinct sources per page; the flagship needs more. */
const minimumSources = (path: string) => (path === '/niger-coup/' ? 12 : 10);

describe('every explainer', () => {
	test('all six explainers are built, in each language', () => {
		const slugs = [
			'/coup-belt/',
			'/ecowas/',
			'/foreign-powers/',
			'/niger-coup/',
			'/sahel-insurgency/',
			'/since-the-coup/',
		];
		expect(explainers).toEqual(
			builtLangs.flatMap((lang) => slugs.map((slug) => inLang(slug, lang))).sort(),
		);
	});

	test.each(explainers)('%s has 1,500–3,000 words of text (3,900 in French)', (path) => {
		const $ = page(path);
		// The count the build made (the remark plugin, which teachers see too)…
		const counted = Number($('article.explainer').attr('data-words'));
		expect(counted).toBeGreaterThanOrEqual(1500);
		expect(counted).toBeLessThanOrEqual(maxWords(path));
		// …agrees with the words a reader actually gets, give or take lists and figures.
		const text = $('.prose').clone();
		text.find('.cite, figure').remove();
		const words = text
			.text()
			.split(/\s+/)
			.filter((word) => /\w/.test(word)).length;
		expect(Math.abs(words - counted) / counted).toBeLessThan(0.2);
	});

	test.each(explainers)('%s cites enough distinct sources, each listed at the foot', (path) => {
		const $ = page(path);
		const notes = $('.sources-list li[id^="source-"]');
		expect(notes.length).toBeGreaterThanOrEqual(minimumSources(path));
		// Every citation links to a note, and every note links back to each of its citations.
		$('.cite a').each((_, a) => {
			expect($(`[id="${$(a).attr('href')!.slice(1)}"]`).length).toBe(1);
		});
		notes.each((_, li) => {
			expect($(li).find('a[href^="#cite-"]').length).toBeGreaterThan(0);
		});
	});

	test.each(explainers)('%s says what each of its dates means, each in a <time>', (path) => {
		const $ = page(path);
		const ui = words(path);
		const row = (term: string) =>
			$('article header dl.dates dt')
				.filter((_, dt) => plain($(dt).text()).replace(/ ?:$/, '') === term)
				.next('dd');
		const date = /^\d{4}-\d{2}-\d{2}$/;
		// "Facts as of" and "Latest reporting checked" sit apart from the page's revision date,
		// which is labelled as such, so that no reader takes it for the date the facts run to.
		for (const term of [ui.factsAsOf, ui.checkedAsOf, ui.pageRevised]) {
			expect(plain(row(term).text()), `${path}: ${term}`).toMatch(writtenDate);
			expect(row(term).find('time').attr('datetime')).toMatch(date);
		}
		const facts = row(ui.factsAsOf).find('time').attr('datetime')!;
		const checked = row(ui.checkedAsOf).find('time').attr('datetime')!;
		expect(checked >= facts, `${path}: checked ${checked} before facts ${facts}`).toBe(true);
		expect($('article header').text()).not.toMatch(/Updated \d/);
	});

	test.each(explainers)('%s says what is new on it, each change linked to its section', (path) => {
		const $ = page(path);
		const ui = words(path);
		const box = $('#whats-new');
		expect(plain(box.find('h2').text()).replace(/’/g, "'")).toBe(ui.whatsNew.replace(/’/g, "'"));
		expect($('dl.dates a[href="#whats-new"]').length).toBe(1);
		const items = box.find('li');
		expect(items.length).toBeGreaterThan(0);
		items.each((_, li) => {
			expect(Object.values(ui.updateKinds)).toContain($(li).find('.update-kind').text().trim());
			if ($(li).find('.update-kind-correction').length)
				expect(plain($(li).text())).toContain(ui.wrongBefore.replace(/ ?:$/, ''));
			$(li)
				.find('a')
				.each((_, a) => {
					const href = $(a).attr('href')!;
					if (href.startsWith('#')) expect($(`[id="${href.slice(1)}"]`).length, href).toBe(1);
				});
		});
	});

	test.each(explainers)('%s has a summary, contents and an "In brief" section', (path) => {
		const $ = page(path);
		expect($('.summary p').text().split(/\s+/).length).toBeGreaterThan(40);
		expect($('.toc a').length).toBeGreaterThanOrEqual(5);
		expect($('h2#in-brief').length).toBe(1);
	});

	test.each(explainers)('%s links every paragraph of running text to a source', (path) => {
		const $ = page(path);
		const uncited = $('.prose > p')
			.filter(
				(_, p) =>
					$(p).text().trim().split(/\s+/).length > (langOfPage(path) === 'fr' ? 32 : 25) &&
					$(p).find('.cite').length === 0,
			)
			.map((_, p) => $(p).text().slice(0, 80))
			.get();
		// The "In brief" answers repeat what the page has already sourced.
		const inBrief = $('#in-brief')
			.nextAll('p')
			.map((_, p) => $(p).text().slice(0, 80))
			.get();
		expect(uncited.filter((text) => !inBrief.includes(text))).toEqual([]);
	});

	test.each(builtLangs)('are reachable from the navigation of the %s home page', (lang) => {
		const $ = page(inLang('/', lang));
		const nav = $('header nav a')
			.map((_, a) => $(a).attr('href'))
			.get();
		expect(nav).toEqual(
			expect.arrayContaining(explainers.filter((path) => langOfPage(path) === lang)),
		);
	});
});

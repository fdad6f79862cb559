/**
 * The maps and charts in the built site: each is a static SVG with a title and a description,
 * shown by a lazy <img> with its size and alternative text, captioned with its date and source,
 * and followed by a table of the same information. The countries and places the content names
 * are all there, no picture brings a script, and each SVG stays within 40 KB gzip.
 */
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { builtLangs, contentOf, fileFor, inLang, listPages, page } from '../support/dist';
import { weigh } from '../support/weigh';

const KB = 1024;

interface MapEntry {
	id: string;
	title: string;
	asOf: string;
	categories?: { id: string; label: string }[];
	countries?: { name: string; displayName?: string; category: string }[];
	areas?: { name: string }[];
	places?: { name: string }[];
}
interface ChartEntry {
	id: string;
	title: string;
	asOf: string;
	categories: string[];
	series: {
		label: string;
		points: { category: string; value: number; text?: string; sources?: string[] }[];
	}[];
}
type Lang = 'en' | 'fr';
const mapsIn = (lang: Lang) =>
	parse(readFileSync(`${contentOf(lang)}/maps.yaml`, 'utf8')) as MapEntry[];
const chartsIn = (lang: Lang) =>
	parse(readFileSync(`${contentOf(lang)}/charts.yaml`, 'utf8')) as ChartEntry[];
const maps = mapsIn('en');
const charts = chartsIn('en');

/** Where each picture is expected, by figure id, in English. */
const places: Record<string, string> = {
	'map-ecowas': '/ecowas/',
	'map-coups': '/coup-belt/',
	'map-sahel': '/sahel-insurgency/',
	'chart-coups-per-year': '/coup-belt/',
	'chart-acled-deaths-2024': '/sahel-insurgency/',
};
/** Every picture of every edition: `map-ecowas`, and `fr:map-ecowas` on the French page. */
const expected: Record<string, string> = Object.fromEntries(
	builtLangs.flatMap((lang) =>
		Object.entries(places).map(([id, path]) => [
			lang === 'en' ? id : `${lang}:${id}`,
			inLang(path, lang),
		]),
	),
);
/** A key's language and figure id: `fr:map-ecowas` ⇒ `['fr', 'map-ecowas']`. */
const split = (key: string): [Lang, string] =>
	key.startsWith('fr:') ? ['fr', key.slice(3)] : ['en', key];
/** A French page's words as written in the content: typographic spaces and apostrophes undone. */
const plain = (text: string) => text.replace(/[\u202F\u00A0]/g, ' ').replace(/’/g, "'");

const pages = listPages();
/** Every picture in the built site: the page and the figure's id. */
const found = pages.flatMap((path) =>
	page(path)('.picture')
		.map((_, element) => ({ path, id: page(path)(element).attr('id')! }))
		.get(),
);

/** The picture's parts on its page, and its SVG file parsed. */
function picture(key: string) {
	const path = expected[key]!;
	const [, id] = split(key);
	const $ = page(path);
	const figure = $(`[id="${id}"]`);
	const img = figure.find('picture > img');
	const src = figure.find('picture > source[media="screen"]').attr('srcset')!;
	const file = fileFor(src);
	const raw = file ? readFileSync(file) : Buffer.from('');
	const svg = load(raw.toString('utf8'), { xml: true });
	const printSrc = img.attr('src')!;
	const printFile = fileFor(printSrc);
	const printRaw = printFile ? readFileSync(printFile) : Buffer.from('');
	return { $, figure, img, src, file, raw, svg, printSrc, printFile, printRaw };
}

describe('pictures in the built site', () => {
	test('every map and chart appears, where expected and only there', () => {
		expect(found.map(({ id, path }) => `${id} on ${path}`).sort()).toEqual(
			Object.entries(expected)
				.map(([key, path]) => `${split(key)[1]} on ${path}`)
				.sort(),
		);
		expect(maps.map((map) => `map-${map.id}`).sort()).toEqual(
			Object.keys(places)
				.filter((id) => id.startsWith('map-'))
				.sort(),
		);
		expect(charts.map((chart) => `chart-${chart.id}`).sort()).toEqual(
			Object.keys(places)
				.filter((id) => id.startsWith('chart-'))
				.sort(),
		);
	});

	test.each(Object.keys(expected))(
		'%s is a lazy <img> of a static SVG with its size and alternative text',
		(id) => {
			const { figure, img, src, file, svg, printSrc, printFile } = picture(id);
			expect(src).toMatch(/^(\/fr)?\/(maps|charts)\/[a-z0-9-]+\.svg$/);
			expect(file, `${src} is not in the build`).toBeDefined();
			// On screen the SVG that follows the colour scheme; on paper (the <img>) a light one.
			expect(figure.find('picture > source[media="screen"]').length).toBe(1);
			expect(printSrc).toBe(src.replace(/\/(maps|charts)\//, '/$1/print/'));
			expect(printFile, `${printSrc} is not in the build`).toBeDefined();
			expect(img.attr('loading')).toBe('lazy');
			expect(img.attr('alt')!.length).toBeGreaterThan(40);
			const root = svg('svg').first();
			expect(img.attr('width')).toBe(root.attr('width'));
			expect(img.attr('height')).toBe(root.attr('height'));
			expect(root.attr('viewBox')).toBe(`0 0 ${root.attr('width')} ${root.attr('height')}`);
		},
	);

	test.each(Object.keys(expected))(
		'%s has a <title> and a <desc> that name it (aria-labelledby)',
		(id) => {
			const { figure, svg } = picture(id);
			const root = svg('svg').first();
			expect(root.attr('xmlns')).toBe('http://www.w3.org/2000/svg');
			expect(root.attr('role')).toBe('img');
			const labelledBy = root.attr('aria-labelledby')!.split(' ');
			expect(labelledBy).toEqual(['title', 'desc']);
			const title = svg('svg > title#title').text();
			const desc = svg('svg > desc#desc').text();
			expect(title).toBe(figure.find('figcaption strong').text().replace(/\.$/, ''));
			expect(desc.length).toBeGreaterThan(80);
		},
	);

	test.each(Object.keys(expected))('%s is at most 40 KB gzip, on screen and on paper', (id) => {
		const { raw, src, printRaw, printSrc } = picture(id);
		for (const [file, bytes] of [
			[src, raw],
			[printSrc, printRaw],
		] as const) {
			const { gzip } = weigh(bytes);
			expect(gzip, `${file} is ${gzip} bytes gzip`).toBeLessThanOrEqual(40 * KB);
		}
	});

	test.each(Object.keys(expected))(
		'%s has colours for dark mode on screen, and only light ones on paper',
		(id) => {
			const { raw, printRaw } = picture(id);
			expect(raw.toString('utf8')).toContain('@media (prefers-color-scheme:dark)');
			expect(printRaw.toString('utf8')).not.toContain('prefers-color-scheme');
			// Colours come from custom properties, never fixed fills that vanish on a dark page.
			expect(raw.toString('utf8')).not.toMatch(/\sfill="#/);
			expect(printRaw.toString('utf8').replace(/<style>.*<\/style>/s, '')).toBe(
				raw.toString('utf8').replace(/<style>.*<\/style>/s, ''),
			);
		},
	);

	test.each(Object.keys(expected))(
		'%s brings no script: none in its SVG, none in its figure',
		(id) => {
			const { figure, svg, raw } = picture(id);
			expect(svg('script').length).toBe(0);
			expect(raw.toString('utf8')).not.toMatch(/\son[a-z]+=|javascript:/i);
			expect(figure.find('script').length).toBe(0);
			// The only images it loads come from the site itself.
			expect(raw.toString('utf8')).not.toMatch(/(href|src)="(https?:)?\/\//);
		},
	);

	test('a page with pictures loads no more scripts than an explainer without any', () => {
		const scripts = (path: string) =>
			page(path)('script')
				.map((_, element) => page(path)(element).attr('src') ?? 'inline')
				.get().length;
		const plain = pages.find(
			(path) => page(path)('.prose').length > 0 && page(path)('.picture').length === 0,
		)!;
		for (const path of new Set(Object.values(places)))
			expect(scripts(path), path).toBe(scripts(plain));
	});

	test.each(Object.keys(expected))(
		'%s has a caption with its date, and a table of the same information',
		(key) => {
			const { figure } = picture(key);
			const [lang, id] = split(key);
			const entry = id.startsWith('map-')
				? mapsIn(lang).find((map) => `map-${map.id}` === id)!
				: chartsIn(lang).find((chart) => `chart-${chart.id}` === id)!;
			const caption = figure.find('figcaption');
			expect(caption.find(`time[datetime="${entry.asOf}"]`).length).toBe(1);
			const table = figure.find('details table');
			expect(figure.find('details summary').text().length).toBeGreaterThan(5);
			expect(plain(table.find('caption').text())).toBe(plain(entry.title));
			expect(table.find('thead th[scope="col"]').length).toBeGreaterThanOrEqual(2);
			expect(table.find('tbody tr').length).toBeGreaterThanOrEqual(2);
			table.find('tbody tr').each((_, row) => {
				expect(figure.find(row).find('th[scope="row"]').text().trim().length).toBeGreaterThan(0);
			});
		},
	);
});

describe('maps', () => {
	test.each(maps.map((map) => map.id))(
		'map %s names Natural Earth and lists every country, area and place it shows',
		(mapId) => {
			const map = maps.find((entry) => entry.id === mapId)!;
			const { figure, svg } = picture(`map-${mapId}`);
			expect(figure.find('figcaption a[href^="https://www.naturalearthdata.com"]').text()).toBe(
				'Natural Earth',
			);
			const rows = figure
				.find('tbody th[scope="row"]')
				.map((_, th) => figure.find(th).text().trim())
				.get();
			const names = [
				...(map.countries ?? []).map((country) => country.displayName ?? country.name),
				...(map.areas ?? []).map((area) => area.name),
				...(map.places ?? []).map((place) => place.name),
			];
			expect(rows).toEqual(names);
			// Places are named on the map itself, too.
			const labels = svg('text').text();
			for (const place of map.places ?? []) expect(labels).toContain(place.name);
			// Every row cites at least one source, linked to it.
			figure.find('tbody tr').each((_, row) => {
				expect(figure.find(row).find('td a[href^="http"]').length).toBeGreaterThan(0);
			});
		},
	);

	test.each(maps.map((map) => map.id))(
		'map %s: each row of its table shows its own category, naming no other row',
		(mapId) => {
			const map = maps.find((entry) => entry.id === mapId)!;
			const { figure } = picture(`map-${mapId}`);
			const names = (map.countries ?? []).map((country) => country.displayName ?? country.name);
			const categories = new Map(
				(map.categories ?? []).map((category) => [category.id, category.label]),
			);
			const rows = figure
				.find('tbody tr')
				.map((_, row) => ({
					name: figure.find(row).find('th[scope="row"]').text().trim(),
					shownAs: figure.find(row).find('td').first().text().trim(),
				}))
				.get();
			for (const [i, country] of (map.countries ?? []).entries()) {
				const row = rows[i]!;
				expect(row.name).toBe(names[i]);
				expect(row.shownAs, row.name).toBe(categories.get(country.category));
				// A category that names one country cannot describe the others.
				for (const other of names.filter((name) => name !== row.name))
					expect(row.shownAs, `${row.name}'s row names ${other}`).not.toMatch(
						new RegExp(`\\b${other.replace(/^The /, '')}\\b`),
					);
			}
		},
	);

	test('the ECOWAS map shows the three states that left, and the twelve that stayed', () => {
		const { figure, svg } = picture('map-ecowas');
		const rows = figure.find('tbody tr').text();
		for (const name of ['Mali', 'Burkina Faso', 'Niger']) expect(rows).toContain(name);
		expect(figure.find('tbody tr').length).toBe(15);
		expect(
			figure
				.find('tbody tr')
				.filter((_, row) => figure.find(row).text().includes('left on 29 January 2025')).length,
		).toBe(3);
		expect(svg('text').text()).toContain('left on 29 January 2025');
		expect(svg('pattern#hatch').length).toBe(1);
	});

	test('the coups map names every country concerned, with dates', () => {
		const { figure, svg } = picture('map-coups');
		const rows = figure.find('tbody').text();
		const labels = svg('text').text();
		for (const name of [
			'Mali',
			'Guinea',
			'Burkina Faso',
			'Niger',
			'Gabon',
			'Chad',
			'Guinea-Bissau',
			'Sierra Leone',
			'Benin',
			'The Gambia',
			'São Tomé and Príncipe',
			'DR Congo',
			'Nigeria',
		]) {
			expect(rows).toContain(name);
			expect(labels).toContain(name);
		}
		for (const date of [
			'18 August 2020',
			'24 May 2021',
			'5 September 2021',
			'24 January 2022',
			'30 September 2022',
			'26 July 2023',
			'30 August 2023',
			'26 November 2023',
			'1 February 2022',
			'26 November 2025',
			'7 December 2025',
			'24 to 25 November 2022',
			'1 December 2023',
			'19 May 2024',
			'October 2025',
		])
			expect(rows).toContain(date);
	});

	test('the Sahel map shows the band, the Liptako-Gourma area and the places of the story', () => {
		const { figure, svg } = picture('map-sahel');
		const rows = figure.find('tbody').text();
		for (const name of [
			'Sahel',
			'Liptako-Gourma',
			'Niamey',
			'Agadez',
			'Arlit',
			'Diffa',
			'Tillabéri',
			'Abuja',
			'Bamako',
			'Ouagadougou',
		]) {
			expect(rows).toContain(name);
			expect(svg('text').text()).toContain(name);
		}
		expect(svg('clipPath#on-land').length).toBe(1);
	});
});

describe('charts', () => {
	test.each(charts.map((chart) => chart.id))(
		'chart %s: axes labelled, source and date under it, every figure in its table',
		(chartId) => {
			const chart = charts.find((entry) => entry.id === chartId)!;
			const { figure, svg } = picture(`chart-${chartId}`);
			const labels = svg('text')
				.map((_, text) => svg(text).text())
				.get()
				.join(' ');
			for (const category of chart.categories) expect(labels).toContain(category);
			expect(labels).toMatch(/Source: .+\. Figures as of \d{1,2} \w+ \d{4}\./);
			const table = figure.find('tbody').text();
			for (const series of chart.series) {
				expect(figure.find('thead').text()).toContain(series.label);
				for (const point of series.points) {
					expect(table).toContain(point.text ?? point.value.toLocaleString('en'));
				}
			}
			expect(figure.find('figcaption').text()).toMatch(/Figures as of/);
		},
	);

	test('figures worded by a source appear, with those words, in the text of their page', () => {
		for (const chart of charts) {
			const path = expected[`chart-${chart.id}`]!;
			const $ = page(path);
			const prose = $('.prose').clone();
			prose.find('.picture').remove();
			const text = prose.text().replace(/\s+/g, ' ');
			for (const series of chart.series)
				for (const point of series.points)
					if (point.text) expect(text).toContain(point.text.replace(/^(over|about) /, ''));
		}
	});

	test('the coups chart runs through 2026 and misses none of the attempts the review listed', () => {
		const chart = charts.find((entry) => entry.id === 'coups-per-year')!;
		expect(chart.categories.at(-1)).toBe('2026');
		expect(chart.title).toMatch(/2020–2026/);
		const failed = chart.series[1]!.points;
		const year = (category: string) => failed.find((point) => point.category === category)!;
		expect(year('2024').value).toBeGreaterThanOrEqual(1);
		const table = picture('chart-coups-per-year').figure.find('tbody').text();
		for (const text of ['São Tomé and Príncipe', 'Guinea-Bissau, 1 December', 'DR Congo, 19 May'])
			expect(table).toContain(text);
		// Every case has its report in the table.
		for (const point of failed)
			if (point.value > 0) expect(point.sources?.length).toBe(point.value);
	});

	test('the coups chart adds up to the nine takeovers the page counts', () => {
		const chart = charts.find((entry) => entry.id === 'coups-per-year')!;
		const takeovers = chart.series[0]!.points.reduce((sum, point) => sum + point.value, 0);
		expect(takeovers).toBe(9);
		expect(page('/coup-belt/')('article').text()).toMatch(/nine times/);
	});
});

describe.skipIf(!builtLangs.includes('fr'))('the French maps and charts', () => {
	const N = /[\u202F\u00A0]/g;
	test.each(mapsIn('fr').map((map) => map.id))(
		'map %s lists every country, area and place in French, and draws them',
		(mapId) => {
			const map = mapsIn('fr').find((entry) => entry.id === mapId)!;
			const { figure, svg, src } = picture(`fr:map-${mapId}`);
			expect(src).toMatch(/^\/fr\/maps\//);
			expect(svg('svg').attr('lang')).toBe('fr');
			const rows = figure
				.find('tbody th[scope="row"]')
				.map((_, th) => plain(figure.find(th).text().trim()))
				.get();
			expect(rows).toEqual(
				[
					...(map.countries ?? []).map((country) => country.displayName ?? country.name),
					...(map.areas ?? []).map((area) => area.name),
					...(map.places ?? []).map((place) => place.name),
				].map(plain),
			);
			const labels = plain(svg('text').text());
			for (const place of map.places ?? []) expect(labels).toContain(plain(place.name));
			for (const category of map.categories ?? [])
				expect(plain(figure.find('tbody').text())).toContain(plain(category.label));
		},
	);

	test.each(chartsIn('fr').map((chart) => chart.id))(
		'chart %s: its words and figures are French, in the drawing and in its table',
		(chartId) => {
			const chart = chartsIn('fr').find((entry) => entry.id === chartId)!;
			const { figure, svg } = picture(`fr:chart-${chartId}`);
			expect(svg('svg').attr('lang')).toBe('fr');
			const labels = svg('text')
				.map((_, text) => svg(text).text())
				.get()
				.join(' ')
				.replace(N, ' ');
			for (const category of chart.categories) expect(labels).toContain(category);
			expect(labels).toMatch(/Source : .+\d{1,2} \p{L}+ \d{4}/u);
			const table = figure.find('tbody').text().replace(N, ' ');
			for (const series of chart.series)
				for (const point of series.points)
					expect(table).toContain((point.text ?? point.value.toLocaleString('fr')).replace(N, ' '));
		},
	);
});

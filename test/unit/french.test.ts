/** The French edition's pure helpers: addresses, typography, dates, numbers and messages. */
import { describe, expect, test } from 'vitest';
import { langOf, langOfPath, localePath, unprefixed } from '../../src/i18n/lang';
import { formatDate, toIsoDate } from '../../src/lib/dates';
import { formatFigure } from '../../src/lib/figures';
import { say } from '../../src/lib/message';
import { frenchTypography, typesetMarkup } from '../../src/lib/typography';

const N = '\u202F';

describe('addresses in two languages', () => {
	test.each([
		['/about/', 'fr', '/fr/about/'],
		['/', 'fr', '/fr/'],
		['/fr/about/#x', 'en', '/about/#x'],
		['/fr/about/', 'fr', '/fr/about/'],
		['https://example.org/', 'fr', 'https://example.org/'],
		['#top', 'fr', '#top'],
		['//cdn.example.org/x', 'fr', '//cdn.example.org/x'],
	] as const)('localePath(%s, %s) ⇒ %s', (path, lang, expected) =>
		expect(localePath(path, lang)).toBe(expected),
	);
	test('a path knows its language, and loses its prefix', () => {
		expect(langOfPath('/fr/people/')).toBe('fr');
		expect(langOfPath('/french-page/')).toBe('en');
		expect(unprefixed('/fr/')).toBe('/');
		expect(unprefixed('/fr')).toBe('/');
		expect(unprefixed('/frontier/')).toBe('/frontier/');
		expect(langOf('fr')).toBe('fr');
		expect(langOf(undefined)).toBe('en');
		expect(langOf('de')).toBe('en');
	});
});

describe('French typography', () => {
	test.each([
		['Faits au : 3', `Faits au${N}: 3`],
		['Faits au: 3', `Faits au${N}: 3`],
		['Vraiment ? Oui ! Non ; peut-être', `Vraiment${N}? Oui${N}! Non${N}; peut-être`],
		['« citation »', `«${N}citation${N}»`],
		['«citation»', `«${N}citation${N}»`],
		['1 267 000 km²', `1${N}267${N}000 km²`],
		['12 %', `12${N}%`],
		["l'État d'urgence", 'l’État d’urgence'],
		['https://example.org/a?b=c', 'https://example.org/a?b=c'],
		['à 10:30 ce jour', 'à 10:30 ce jour'],
		['en 2023 et 2024', 'en 2023 et 2024'],
		['&lt;p&gt;Texte&lt;/p&gt; suite', '&lt;p&gt;Texte&lt;/p&gt; suite'],
		['a &amp; b', 'a &amp; b'],
		['l&#39;armée', 'l’armée'],
		[': suite', `${N}: suite`],
	])('%j ⇒ %j', (text, expected) => expect(frenchTypography(text)).toBe(expected));

	test('is idempotent', () => {
		const once = frenchTypography("« Il a dit : l'armée ? » 1 000 %");
		expect(frenchTypography(once)).toBe(once);
	});

	test('sets text, read attributes and JSON islands, never scripts, styles, addresses or English', () => {
		const page = [
			'<a href="https://x.org/a:b" title="Titre : x">Lien: ici</a>',
			'<script>const a = { b: "c : d" };</script>',
			'<style>a:hover{color:red}</style>',
			'<script type="application/json">{"t":"Question ?"}</script>',
			'<cite>Niger coup: what we know</cite>',
			'<span lang="en">English: kept</span>',
			'<meta name="description" content="Une phrase : oui">',
			'<meta property="og:url" content="https://x.org/fr/">',
		].join('');
		const set = typesetMarkup(page);
		expect(set).toContain(`href="https://x.org/a:b" title="Titre${N}: x">Lien${N}: ici</a>`);
		expect(set).toContain('<script>const a = { b: "c : d" };</script>');
		expect(set).toContain('<style>a:hover{color:red}</style>');
		expect(set).toContain(`{"t":"Question${N}?"}`);
		expect(set).toContain('<cite>Niger coup: what we know</cite>');
		expect(set).toContain('<span lang="en">English: kept</span>');
		expect(set).toContain(`content="Une phrase${N}: oui"`);
		expect(set).toContain('content="https://x.org/fr/"');
	});
});

describe('dates and numbers in French', () => {
	test.each([
		['2023-07-26', '26 juillet 2023'],
		['2023-08-01', '1er août 2023'],
		['2023-12', 'décembre 2023'],
		['1960', '1960'],
	])('formatDate(%s, fr) ⇒ %s', (iso, said) => expect(formatDate(iso, 'fr')).toBe(said));
	test('a written French date reads back', () => {
		expect(toIsoDate('1er', 'août', '2023', 'fr')).toBe('2023-08-01');
		expect(toIsoDate('31', 'février', '2023', 'fr')).toBeUndefined();
		expect(toIsoDate('26', 'juillet', '2023', 'en')).toBeUndefined();
	});
	test('numbers follow the language', () => {
		expect(formatFigure(1267000, {}, 'fr')).toBe(`1${N}267${N}000`);
		expect(formatFigure(27000000, { compact: true }, 'fr')).toBe('27 millions');
		expect(formatFigure(188, { ordinal: true }, 'fr')).toBe('188e');
		expect(formatFigure(1, { ordinal: true }, 'fr')).toBe('1er');
		expect(formatFigure(188, { ordinal: true })).toBe('188th');
		expect(formatFigure(1267000)).toBe('1,267,000');
	});
});

describe('messages as data', () => {
	const reviewing = { one: 'la question manquée', other: 'les {count} questions manquées' };
	test('fills slots and picks the plural form of the language', () => {
		expect(say('Question {n} sur {total}', { n: 2, total: 10 })).toBe('Question 2 sur 10');
		expect(say(reviewing, { count: 3 }, 'fr')).toBe('les 3 questions manquées');
		expect(say(reviewing, { count: 1 }, 'fr')).toBe('la question manquée');
		// French counts zero as singular; English does not.
		expect(say(reviewing, { count: 0 }, 'fr')).toBe('la question manquée');
		expect(say(reviewing, { count: 0 }, 'en')).toBe('les 0 questions manquées');
	});
	test('leaves a slot it has no value for, so that a missing value shows', () => {
		expect(say('Score: {right} of {total}', { right: 3 })).toBe('Score: 3 of {total}');
	});
});

/**
 * The site's languages and their addresses. English lives at the root (`/about/`), French under
 * `/fr/` (`/fr/about/`); a page has the same path after the prefix in both languages, and every
 * id (a section, a question, an event) is the same in both.
 */
export const langs = ['en', 'fr'] as const;
export type Lang = (typeof langs)[number];

/** The language of a page from Astro's `currentLocale` (anything unknown is English). */
export function langOf(locale: string | undefined): Lang {
	return locale === 'fr' ? 'fr' : 'en';
}

/** The BCP 47 tag for `Intl` and `<html lang>`. */
export const htmlLang = { en: 'en', fr: 'fr' } as const satisfies Record<Lang, string>;
/** Open Graph's locale. */
export const ogLocale = { en: 'en_GB', fr: 'fr_FR' } as const satisfies Record<Lang, string>;
/** Each language's name in itself, for the language switcher. */
export const langNames = { en: 'English', fr: 'Français' } as const satisfies Record<Lang, string>;

/** `/fr/about/` → `/about/`: the path without its language prefix. */
export function unprefixed(path: string): string {
	return path === '/fr' || path.startsWith('/fr/') ? path.slice(3) || '/' : path;
}

/** The language a path belongs to, by its prefix. */
export function langOfPath(path: string): Lang {
	return unprefixed(path) === path ? 'en' : 'fr';
}

/**
 * A site path in a language: `localePath('/about/#x', 'fr')` → `/fr/about/#x`. Paths that are
 * not the site's own (`https://…`, `#x`, `mailto:`) are returned as they are, and a path already
 * in a language is moved to the one asked for.
 */
export function localePath(path: string, lang: Lang): string {
	if (!path.startsWith('/') || path.startsWith('//')) return path;
	const bare = unprefixed(path);
	return lang === 'en' ? bare : `/fr${bare}`;
}

/** The `lang` route parameter of `src/pages/[...lang]/`: none for English, `fr` for French. */
export function langParam(lang: Lang): string | undefined {
	return lang === 'en' ? undefined : lang;
}

/**
 * Numbers written for readers with `Intl`, never by hand: "1,267,000", "27 million", "188th" in
 * English; "1 267 000", "27 millions", "188e" in French.
 */

/** The languages numbers are written in (the site's, see src/i18n/lang.ts). */
export type NumberLang = 'en' | 'fr';
const LOCALES: Record<NumberLang, string> = { en: 'en-GB', fr: 'fr-FR' };

/** English ordinal suffixes by plural category (`one` → 1st, 21st; `two` → 2nd; `few` → 3rd). */
const SUFFIXES: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/**
 * Format a figure. `formatFigure(1267000) ⇒ '1,267,000'`,
 * `formatFigure(27000000, { compact: true }) ⇒ '27 million'`,
 * `formatFigure(188, { ordinal: true }) ⇒ '188th'`.
 */
export function formatFigure(
	value: number,
	{ compact = false, ordinal = false }: { compact?: boolean; ordinal?: boolean } = {},
	lang: NumberLang = 'en',
): string {
	const locale = LOCALES[lang];
	if (ordinal) {
		const number = new Intl.NumberFormat(locale).format(value);
		// French: 1er, then 2e, 3e… (Intl gives French one ordinal category only).
		if (lang === 'fr') return `${number}${value === 1 ? 'er' : 'e'}`;
		const category = new Intl.PluralRules(locale, { type: 'ordinal' }).select(value);
		return `${number}${SUFFIXES[category] ?? 'th'}`;
	}
	return new Intl.NumberFormat(
		locale,
		compact ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 } : {},
	).format(value);
}

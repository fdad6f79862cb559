/** Numbers written for readers with `Intl`, never by hand: "1,267,000", "27 million", "188th". */

const LOCALE = 'en-GB';

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
): string {
	if (ordinal) {
		const category = new Intl.PluralRules(LOCALE, { type: 'ordinal' }).select(value);
		return `${new Intl.NumberFormat(LOCALE).format(value)}${SUFFIXES[category] ?? 'th'}`;
	}
	return new Intl.NumberFormat(
		LOCALE,
		compact ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 } : {},
	).format(value);
}

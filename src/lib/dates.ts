/**
 * Dates in the content are strings: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where the day or month
 * is not known. These helpers check and format them without time zones getting in the way.
 */
import { isCalendarDate } from '../schemas/calendar';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
] as const;

const MONTHS_FR = [
	'janvier',
	'février',
	'mars',
	'avril',
	'mai',
	'juin',
	'juillet',
	'août',
	'septembre',
	'octobre',
	'novembre',
	'décembre',
] as const;

/** The languages dates are written in (the site's, see src/i18n/lang.ts). */
export type DateLang = 'en' | 'fr';

/** The English month names, January first. */
export const monthNames: readonly string[] = MONTHS;
/** The month names of each language, January first. */
export const monthNamesIn: Record<DateLang, readonly string[]> = { en: MONTHS, fr: MONTHS_FR };

// Defined beside the date schemas, which stand below lib/ and may import nothing from it.
export { isCalendarDate };

/**
 * Format a full or partial ISO date the way the site writes dates.
 * `formatDate('2023-07-26') ⇒ '26 July 2023'`, `formatDate('2023-07') ⇒ 'July 2023'`,
 * `formatDate('1960') ⇒ '1960'`
 */
export function formatDate(iso: string, lang: DateLang = 'en'): string {
	const [year, month, day] = iso.split('-');
	if (!month) return year ?? iso;
	const name = monthNamesIn[lang][Number(month) - 1];
	if (!name) return iso;
	if (!day) return `${name} ${year}`;
	// French writes the first of the month as an ordinal: « 1er août 2023 ».
	const d = lang === 'fr' && Number(day) === 1 ? '1er' : String(Number(day));
	return `${d} ${name} ${year}`;
}

/**
 * Turn a written date back into ISO form, or `undefined` when it is not one.
 * `toIsoDate('26', 'July', '2023') ⇒ '2023-07-26'`, `toIsoDate(undefined, 'July', '2023') ⇒ '2023-07'`
 */
export function toIsoDate(
	day: string | undefined,
	monthName: string,
	year: string,
	lang: DateLang = 'en',
): string | undefined {
	const month = monthNamesIn[lang].indexOf(monthName) + 1;
	if (month === 0) return undefined;
	const yearMonth = `${year}-${String(month).padStart(2, '0')}`;
	if (day === undefined) return yearMonth;
	const iso = `${yearMonth}-${day.replace(/er$/, '').padStart(2, '0')}`;
	return isCalendarDate(iso) ? iso : undefined;
}

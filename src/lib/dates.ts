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

/** The English month names, January first. */
export const monthNames: readonly string[] = MONTHS;

// Defined beside the date schemas, which stand below lib/ and may import nothing from it.
export { isCalendarDate };

/**
 * Format a full or partial ISO date the way the site writes dates.
 * `formatDate('2023-07-26') ⇒ '26 July 2023'`, `formatDate('2023-07') ⇒ 'July 2023'`,
 * `formatDate('1960') ⇒ '1960'`
 */
export function formatDate(iso: string): string {
	const [year, month, day] = iso.split('-');
	if (!month) return year ?? iso;
	const name = MONTHS[Number(month) - 1];
	if (!name) return iso;
	return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/**
 * Turn a written date back into ISO form, or `undefined` when it is not one.
 * `toIsoDate('26', 'July', '2023') ⇒ '2023-07-26'`, `toIsoDate(undefined, 'July', '2023') ⇒ '2023-07'`
 */
export function toIsoDate(
	day: string | undefined,
	monthName: string,
	year: string,
): string | undefined {
	const month = MONTHS.indexOf(monthName as (typeof MONTHS)[number]) + 1;
	if (month === 0) return undefined;
	const yearMonth = `${year}-${String(month).padStart(2, '0')}`;
	if (day === undefined) return yearMonth;
	const iso = `${yearMonth}-${day.padStart(2, '0')}`;
	return isCalendarDate(iso) ? iso : undefined;
}

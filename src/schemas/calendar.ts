/**
 * The one calendar rule the schemas need, in a module of its own with no imports: lib/dates
 * re-exports it, and the browser bundles that use it must not pull in zod with the schemas.
 */

/**
 * Whether a string is a real calendar date written `YYYY-MM-DD`.
 * `isCalendarDate('2024-02-29') ⇒ true`, `isCalendarDate('2023-02-29') ⇒ false`
 */
export function isCalendarDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

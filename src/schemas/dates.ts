import { z } from 'astro/zod';
import { isCalendarDate } from './calendar';

/** YAML turns an unquoted `2023-07-26` into a Date; we keep dates as `YYYY-MM-DD` strings. */
const toIsoString = (value: unknown) =>
	value instanceof Date && !Number.isNaN(value.getTime())
		? value.toISOString().slice(0, 10)
		: value;

/**
 * A full calendar date written `YYYY-MM-DD` (`2023-07-26`). The message names the bad value,
 * so a broken file fails the build with something a writer can act on.
 */
export const IsoDateSchema = z.preprocess(
	toIsoString,
	z
		.string({ error: (issue) => `expected a date written YYYY-MM-DD, got ${show(issue.input)}` })
		.refine(isCalendarDate, {
			error: (issue) => `expected a real date written YYYY-MM-DD, got ${show(issue.input)}`,
		}),
);

/** A date that may be only a year (`1960`) or a month (`2023-07`), for timelines and key dates. */
export const PartialDateSchema = z.preprocess(
	(value) => (typeof value === 'number' ? String(value) : toIsoString(value)),
	z
		.string({ error: (issue) => `expected YYYY, YYYY-MM or YYYY-MM-DD, got ${show(issue.input)}` })
		.refine((value) => /^\d{4}(-\d{2})?$/.test(value) || isCalendarDate(value), {
			error: (issue) => `expected YYYY, YYYY-MM or YYYY-MM-DD, got ${show(issue.input)}`,
		}),
);

/** A kebab-case identifier, the form every id in the content takes. */
export const IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
	error: (issue) => `expected a kebab-case id (a-z, 0-9, hyphens), got ${show(issue.input)}`,
});

/** Quote a value for an error message, whatever its type. */
export function show(value: unknown): string {
	if (value === undefined) return 'nothing';
	return JSON.stringify(value) ?? String(value);
}

/**
 * One set of plain words for zod's own checks, so that a writer whose file breaks the build reads
 * "needs at least 3 entries, has 1" rather than "Too small: expected array to have >=3 items".
 * Checks with a message of their own (dates, ids, summaries…) keep it; this covers the rest.
 * Imported once by the schemas; it sets zod's error map for every schema in the build.
 */
import { z } from 'astro/zod';
import { show } from './dates';

const count = (n: number | bigint, one: string, many: string) =>
	`${n} ${Number(n) === 1 ? one : many}`;
const lengthOf = (input: unknown) =>
	Array.isArray(input) ? input.length : typeof input === 'string' ? input.length : undefined;

/**
 * The message for one issue, or `undefined` to keep zod's.
 * `friendlyMessage({ code: 'too_small', origin: 'array', minimum: 3, input: ['a'] })`
 * ⇒ `'needs at least 3 entries, has 1'`
 */
export function friendlyMessage(issue: z.core.$ZodRawIssue): string | undefined {
	switch (issue.code) {
		case 'too_small':
		case 'too_big': {
			const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
			const word = issue.code === 'too_small' ? 'at least' : 'at most';
			const has = lengthOf(issue.input);
			if (issue.origin === 'array')
				return `needs ${word} ${count(bound, 'entry', 'entries')}, has ${has}`;
			if (issue.origin === 'string')
				return `must be ${word} ${count(bound, 'character', 'characters')} long, is ${has}`;
			const strict = issue.inclusive === false;
			return `must be ${strict ? (issue.code === 'too_small' ? 'more than' : 'less than') : word} ${bound}, got ${show(issue.input)}`;
		}
		case 'invalid_value':
			return `must be one of ${issue.values.map((value) => show(value)).join(', ')}, got ${show(issue.input)}`;
		case 'invalid_type':
			return issue.input === undefined
				? `is missing (expected ${issue.expected})`
				: `expected ${issue.expected}, got ${show(issue.input)}`;
		case 'unrecognized_keys':
			return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} the site does not know: ${issue.keys.join(', ')}`;
		default:
			return undefined;
	}
}

z.config({ customError: friendlyMessage });

/**
 * Read a YAML file that holds a list of entries with `id`s (`content/sources.yaml` and its
 * kind), checking each entry against a schema. Every problem names the file, the entry, the
 * field and the bad value, so that the build can stop with a message a writer can act on.
 */
import { parse, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { show } from '../schemas/dates';
import { findDuplicates, type ContentProblem } from './integrity';

/** The entries that passed, and a problem for each that did not. */
export interface YamlListResult<T> {
	entries: { id: string; data: T; raw: Record<string, unknown> }[];
	problems: ContentProblem[];
}

/** Follow a zod issue path into the raw data to show the value that failed. */
function valueAt(data: unknown, path: PropertyKey[]): unknown {
	let value: unknown = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

/**
 * Explain a schema's issues with one entry, one problem each.
 * A missing field reads "is required but missing"; any other names the value it got.
 */
export function describeIssues(
	file: string,
	label: string,
	raw: unknown,
	error: z.ZodError,
): ContentProblem[] {
	return error.issues.map((issue) => {
		const value = valueAt(raw, issue.path);
		const field = `${label}${issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('')}`;
		const message =
			value === undefined && issue.code === 'invalid_type'
				? 'is required but missing'
				: issue.message.includes('got ')
					? issue.message
					: `${issue.message} (got ${show(value)})`;
		return { file, field, message };
	});
}

/**
 * Parse `text` (the contents of `file`) as a YAML list of entries and validate each.
 * `readYamlList('- id: a\n- id: a', 'x.yaml', schema)` ⇒ a problem: the id "a" is used twice.
 */
export function readYamlList<S extends z.ZodType>(
	text: string,
	file: string,
	schema: S,
): YamlListResult<z.output<S>> {
	let data: unknown;
	try {
		data = parse(text);
	} catch (error) {
		const where =
			error instanceof YAMLParseError && error.linePos ? `:${error.linePos[0].line}` : '';
		const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
		return {
			entries: [],
			problems: [
				{ file: `${file}${where}`, field: 'YAML', message: `is not valid YAML: ${message}` },
			],
		};
	}
	if (data === null || data === undefined) data = [];
	if (!Array.isArray(data)) {
		return {
			entries: [],
			problems: [
				{ file, field: '(top level)', message: `must be a list of entries (got ${typeof data})` },
			],
		};
	}

	const result: YamlListResult<z.output<S>> = { entries: [], problems: [] };
	data.forEach((raw: unknown, i: number) => {
		const id = (raw as { id?: unknown } | null)?.id;
		const label = typeof id === 'string' ? `[${i}] "${id}"` : `[${i}]`;
		const parsed = schema.safeParse(raw);
		if (!parsed.success) {
			result.problems.push(...describeIssues(file, label, raw, parsed.error));
			return;
		}
		result.entries.push({ id: String(id), data: parsed.data, raw: raw as Record<string, unknown> });
	});
	for (const id of findDuplicates(
		data.map((raw) => String((raw as { id?: unknown } | null)?.id)),
	)) {
		const at = data.flatMap((raw, i) => ((raw as { id?: unknown } | null)?.id === id ? [i] : []));
		result.problems.push({
			file,
			field: 'id',
			message: `"${id}" is used by more than one entry (entries ${at.join(', ')}); ids must be unique`,
		});
	}
	return result;
}

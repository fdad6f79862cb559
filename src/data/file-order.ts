/**
 * The order of a YAML list's entries, kept through the content layer.
 *
 * Astro's content store does not keep the order in which a loader adds entries: the store is
 * written to disk with each collection sorted by id, and `getCollection` returns it in that
 * order. A timeline, a changelog or the profiles page means something in file order, so
 * `yamlList` (src/data/loaders.ts) records each entry's place in its file beside the fields
 * the schema checked, under a key no schema declares (the schema has already run, so the key
 * is not content and cannot clash with it). Everything that reads such a collection goes
 * through `inFileOrder` or `entryData`, which take the key off again, so that pages and the
 * parity checks see exactly the schema's output.
 */

/** Where `yamlList` keeps an entry's index in its file (0 for the first). */
const POSITION = '$filePosition';

/** The schema's output for an entry, with its index in the file recorded. */
export function withFilePosition(
	data: Record<string, unknown>,
	position: number,
): Record<string, unknown> {
	return { ...data, [POSITION]: position };
}

/** An entry's data without the recorded position. */
function withoutPosition<T>(data: T): T {
	if (data === null || typeof data !== 'object' || !(POSITION in data)) return data;
	const { [POSITION]: _, ...rest } = data as Record<string, unknown>;
	return rest as T;
}

/** An entry's index in its file; entries without one (not from `yamlList`) sort last. */
function positionOf(data: unknown): number {
	const position =
		data !== null && typeof data === 'object'
			? (data as Record<string, unknown>)[POSITION]
			: undefined;
	return typeof position === 'number' ? position : Number.POSITIVE_INFINITY;
}

/**
 * A collection's data in the order of its file, whatever order the store returned it in.
 * `inFileOrder(await getCollection('timeline'))` ⇒ the events as `timeline.yaml` lists them.
 */
export function inFileOrder<T>(entries: readonly { data: T }[]): T[] {
	return entries
		.map((entry, i) => ({ data: entry.data, position: positionOf(entry.data), i }))
		.sort((a, b) => a.position - b.position || a.i - b.i)
		.map((entry) => withoutPosition(entry.data));
}

/** A collection's data in the order `getCollection` returned it (by id). */
export function entryData<T>(entries: readonly { data: T }[]): T[] {
	return entries.map((entry) => withoutPosition(entry.data));
}

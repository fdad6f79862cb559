import type { NonEmpty } from './non-empty';

/**
 * Split a list into pages of at most `size` items, the last page taking the remainder.
 * `paginate([1, 2, 3, 4, 5], 2)` ⇒ `[[1, 2], [3, 4], [5]]`; an empty list gives no pages, and
 * no page is empty.
 */
export function paginate<T>(items: readonly T[], size: number): NonEmpty<T>[] {
	if (size < 1) throw new RangeError(`A page must hold at least one item (got ${size})`);
	const pages: NonEmpty<T>[] = [];
	for (let i = 0; i < items.length; i += size)
		pages.push([items[i]!, ...items.slice(i + 1, i + size)]);
	return pages;
}

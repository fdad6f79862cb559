/** Lists that cannot be empty, so that their first and last items are always there. */

/** A list with at least one item. */
export type NonEmpty<T> = [T, ...T[]];

/** Whether a list has an item, telling the type so. */
export const isNonEmpty = <T>(items: T[]): items is NonEmpty<T> => items.length > 0;

/** The last item of a list that has one. */
export const last = <T>(items: readonly [T, ...T[]]): T => items.reduce((_, item) => item);

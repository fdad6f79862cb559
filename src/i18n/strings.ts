/**
 * The type a translation of a dictionary of interface strings must have: the English
 * dictionary's shape, with every string free to say something else (the English ones are
 * written `as const`), and every function taking the same arguments.
 */
export type Strings<T> = T extends string
	? string
	: T extends (...args: infer A) => infer R
		? (...args: A) => Strings<R>
		: T extends readonly unknown[]
			? { readonly [K in keyof T]: Strings<T[K]> }
			: T extends object
				? { readonly [K in keyof T]: Strings<T[K]> }
				: T;

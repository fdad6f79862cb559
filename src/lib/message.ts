/**
 * Messages as data: the islands' words travel in the page's JSON props, so that a page's
 * JavaScript carries no language at all. A message is a template with `{name}` slots, or, when
 * it depends on a count, one template per plural category of the language (`one`, `other`),
 * chosen with `Intl.PluralRules` (French counts 0 and 1 as singular, English only 1).
 */
export type Message = string | { one: string; other: string };

/** Fill a message's `{name}` slots; a plural message picks its form by `count`. */
export function say(
	message: Message,
	values: Record<string, string | number> = {},
	lang = 'en',
): string {
	const template =
		typeof message === 'string'
			? message
			: new Intl.PluralRules(lang).select(Number(values.count)) === 'one'
				? message.one
				: message.other;
	return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
		name in values ? String(values[name]) : slot,
	);
}

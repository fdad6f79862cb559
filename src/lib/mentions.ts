/**
 * Which pages mention a person or body: derived from the text at build time, so the people page
 * never claims a mention that is not there, nor misses one that is.
 */

/**
 * Escape text for use inside a regular expression. An apostrophe matches either way of writing
 * it, straight or typographic, so that « d'État » finds « d’État ».
 */
export const escapeRegExp = (text: string) =>
	text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");

/**
 * A pattern matching any of the alternatives (regular-expression source) as a whole word or
 * phrase: not inside a longer word, nor part of a hyphenated id.
 */
export function wholeWords(alternatives: readonly string[], flags: string): RegExp {
	return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}-])`, flags);
}

/**
 * Whether `text` names any of `forms` as a whole word or phrase. Names match case for case;
 * with `anyCase` (institutions: "the presidential guard") case does not matter.
 * `mentions(['Tiani'], 'General Tiani spoke')` ⇒ true; `mentions(['Tiani'], 'tiani-sworn-in')` ⇒ false
 */
export function mentions(forms: readonly string[], text: string, anyCase = false): boolean {
	const usable = forms.filter((form) => form.trim().length >= 3);
	if (usable.length === 0) return false;
	const pattern = wholeWords(usable.map(escapeRegExp), anyCase ? 'iu' : 'u');
	return pattern.test(text);
}

/**
 * Which pages mention a person or body: derived from the text at build time, so the people page
 * never claims a mention that is not there, nor misses one that is.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `text` names any of `forms` as a whole word or phrase. Names match case for case;
 * with `anyCase` (institutions: "the presidential guard") case does not matter.
 * `mentions(['Tiani'], 'General Tiani spoke')` ⇒ true; `mentions(['Tiani'], 'tiani-sworn-in')` ⇒ false
 */
export function mentions(forms: readonly string[], text: string, anyCase = false): boolean {
	const usable = forms.filter((form) => form.trim().length >= 3);
	if (usable.length === 0) return false;
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}-])(?:${usable.map(escape).join('|')})(?![\\p{L}\\p{N}-])`,
		anyCase ? 'iu' : 'u',
	);
	return pattern.test(text);
}

/**
 * French typography for text written with ordinary spaces: a narrow no-break space (U+202F)
 * before `; : ! ?` and `%`, inside « guillemets », and between groups of digits (`1 267 000`),
 * so that no line ever starts with a colon or a closing guillemet; and the typographic
 * apostrophe. A sign inside a word or an address (`https://`, `10:30`) is left as it is.
 */
const NNBSP = '\u202F';

export function frenchTypography(text: string): string {
	return (
		text
			// « guillemets » : whatever space (or none) the writer left inside becomes a narrow one.
			.replace(/«[ \u00A0\u202F]*/g, `«${NNBSP}`)
			.replace(/[ \u00A0\u202F]*»/g, `${NNBSP}»`)
			// A space before ; : ! ? or % becomes a narrow no-break space…
			.replace(/[ \u00A0]+([;:!?%])/g, `${NNBSP}$1`)
			// …and one is added where a word or a closing mark touches the sign (`Faits au:`), when
			// the sign ends a phrase (so `https://` and `10:30` are left alone).
			// (never inside a character reference such as `&gt;`).
			.replace(/(?<!&#?\w*)([\p{L}\p{N})»\]])([;:!?])(?=\s|$)/gu, `$1${NNBSP}$2`)
			// The apostrophe between two letters is the typographic one: « l’État ».
			.replace(/(\p{L})(?:'|&#39;|&#x27;|&apos;)(?=\p{L})/gu, '$1’')
			// A sign at the start of a text, after an element (`<time>…</time>: …`).
			.replace(/^([;:!?])(?=\s)/, `${NNBSP}$1`)
			// Digit groups: 1 267 000 (the lookahead lets a run of groups be joined in one pass).
			.replace(/(\d)[ \u00A0](?=\d{3}(?!\d))/g, `$1${NNBSP}`)
	);
}

/** Attributes whose values people read or hear (labels, titles, descriptions). */
const READ_ATTRIBUTES = /\b(aria-label|title|alt|placeholder|content)="([^"]*)"/g;

/**
 * French typography for a whole built page (HTML, SVG or an XML feed): in its text, in the
 * attributes people read, and in JSON data islands (their strings are words too), but never in
 * a script that runs, a style, or an address. Idempotent: a page set twice is unchanged.
 */
export function typesetMarkup(markup: string): string {
	// Split off the elements whose text is code (runnable scripts and styles; a JSON data
	// island, `type="application/json"`, is words and is set like text) and those in English: a
	// cited title (`<cite>`) and anything marked `lang="en"` keep their own typography.
	return markup
		.split(
			/(<script(?![^>]*application\/json)[^>]*>[\s\S]*?<\/script>|<style[^>]*>[\s\S]*?<\/style>|<cite\b[^>]*>[\s\S]*?<\/cite>|<(?:span|a|q|i|dd|li|p)\b[^>]*\slang="en"[^>]*>[^<]*(?:<(?!\/?(?:span|a|q|i|dd|li|p)\b)[^<]*)*<\/(?:span|a|q|i|dd|li|p)>)/,
		)
		.map((part, i) =>
			i % 2 === 1
				? part
				: part.replace(
						/(<[^>]+>)|([^<]+)/g,
						(_, tag: string | undefined, text: string | undefined) =>
							tag
								? tag.replace(READ_ATTRIBUTES, (__, name: string, value: string) =>
										// `content` of a meta tag: only the ones that are sentences.
										name === 'content' && !/\s/.test(value)
											? `${name}="${value}"`
											: `${name}="${frenchTypography(value)}"`,
									)
								: frenchTypography(text!),
					),
		)
		.join('');
}

/**
 * French typography for a dictionary of words that is code (strings and functions returning
 * strings), for the two scripts whose messages are functions: the search page's and the offline
 * save script. Everything else reaches the page as HTML or JSON and is set after the build.
 */
export function typesetDeep<T>(value: T): T {
	if (typeof value === 'string') return frenchTypography(value) as T;
	if (typeof value === 'function')
		return ((...args: unknown[]) =>
			typesetDeep((value as (...a: unknown[]) => unknown)(...args))) as T;
	if (Array.isArray(value)) return value.map(typesetDeep) as T;
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [key, typesetDeep(item)]),
		) as T;
	return value;
}

/**
 * The page's colours, read from `src/styles/tokens.css`, the one place they are decided: the
 * pictures (whose SVG cannot read the page's CSS) and the browser's theme colour take theirs
 * from it. Pure: it is given the CSS text.
 */

/** Custom properties by name (without `--`), for light and for dark mode. */
export interface Palette {
	light: Record<string, string>;
	dark: Record<string, string>;
}

/** The `--name: value;` declarations of a block of CSS. */
function declarations(block: string): Record<string, string> {
	return Object.fromEntries(
		[...block.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]),
	);
}

/**
 * The light colours (the first `:root` block) and the dark ones (the `:root` inside
 * `@media (prefers-color-scheme: dark)`). Throws when either is missing.
 * `readPalette(':root{--bg:#fff;}@media (prefers-color-scheme: dark){:root{--bg:#000;}}')`
 * ⇒ `{ light: { bg: '#fff' }, dark: { bg: '#000' } }`.
 */
export function readPalette(css: string): Palette {
	const light = /(?:^|\})\s*(?:\/\*[^*]*\*\/\s*)*:root\s*\{([^}]*)\}/.exec(css);
	const dark = /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css);
	if (!light || !dark) throw new Error('tokens.css must set :root colours for light and dark mode');
	return { light: declarations(light[1]!), dark: declarations(dark[1]!) };
}

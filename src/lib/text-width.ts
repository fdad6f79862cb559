/** How wide a line of text will be, estimated without fonts (none are loaded at build time). */

/** Rough advance widths of a system sans-serif, in ems, by character. */
function charWidth(char: string): number {
	if (char === ' ') return 0.28;
	if (/[.,:;!'’|iIl]/.test(char)) return 0.3;
	if (/[()\-–fjrt/]/.test(char)) return 0.38;
	if (/[mwMW]/.test(char)) return 0.88;
	if (/[0-9]/.test(char)) return 0.58;
	if (/[A-Z]/.test(char)) return 0.7;
	return 0.56;
}

/**
 * An upper estimate of the width of `text` set at `fontSize` pixels, so that labels are given
 * a little more room than they take. No fonts are loaded at build time.
 */
export function textWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) ems += charWidth(char);
	return Math.ceil(ems * fontSize * 1.06);
}

/** Break `text` into lines no wider than `width`. */
export function wrap(text: string, width: number, measure: (text: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && measure(next) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

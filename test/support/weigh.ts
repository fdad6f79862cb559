/**
 * What a built page costs a reader, in bytes: its HTML (CSS is inlined), and every JavaScript
 * file it loads, following static imports between modules. Shared by the budget tests and the
 * benchmark so that both count the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip bytes of a piece of text or a file. */
export interface Weight {
	raw: number;
	gzip: number;
}

export const weigh = (content: string | Buffer): Weight => ({
	raw: Buffer.byteLength(content),
	gzip: gzipSync(content, { level: 9 }).length,
});

const sum = (weights: Weight[]): Weight =>
	weights.reduce((total, w) => ({ raw: total.raw + w.raw, gzip: total.gzip + w.gzip }), {
		raw: 0,
		gzip: 0,
	});

/** The site paths of every script a page loads: `<script src>` and what those modules import. */
export function scriptsOf(html: string, dist: string): string[] {
	const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
	const seen = new Set<string>();
	while (queue.length) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		const file = join(dist, path);
		if (!existsSync(file)) continue;
		const code = readFileSync(file, 'utf8');
		for (const m of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
			queue.push(new URL(m[1]!, `https://x${path}`).pathname);
		}
	}
	return [...seen];
}

/** The bytes of one page: HTML, inline scripts, external scripts (with imports) and CSS files. */
export function weighPage(htmlFile: string, dist: string) {
	const html = readFileSync(htmlFile, 'utf8');
	const inlineScripts = [
		...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g),
	].map((m) => weigh(m[1]!));
	const scripts = scriptsOf(html, dist);
	const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
		(m) => m[1]!,
	);
	return {
		html: weigh(html),
		js: sum([...inlineScripts, ...scripts.map((path) => weigh(readFileSync(join(dist, path))))]),
		css: sum(css.map((path) => weigh(readFileSync(join(dist, path))))),
		scripts,
		requests: 1 + scripts.length + css.length,
	};
}

/** The offline pack's pieces: the size a reader is told, and the files a page needs. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { aboutSize, filesOf } from '../../src/integrations/offline-pack';

describe('aboutSize', () => {
	test.each([
		[1, 'about 1 KB'],
		[396_706, 'about 397 KB'],
		[999_499, 'about 999 KB'],
		[1_000_000, 'about 1.0 MB'],
		[1_149_999, 'about 1.1 MB'],
		[12_345_678, 'about 12.3 MB'],
	])('%i bytes ⇒ %s', (bytes, said) => expect(aboutSize(bytes)).toBe(said));
});

describe('filesOf', () => {
	const dist = mkdtempSync(join(tmpdir(), 'sahel-pack-'));
	afterAll(() => rmSync(dist, { recursive: true, force: true }));
	mkdirSync(join(dist, '_astro'));
	writeFileSync(join(dist, '_astro/page.js'), 'import{a}from"./shared.js";import("./lazy.js")');
	writeFileSync(join(dist, '_astro/shared.js'), 'export const a=1;import"../_astro/page.js"');
	writeFileSync(join(dist, '_astro/lazy.js'), 'export{}');
	writeFileSync(join(dist, '_astro/inline-dep.js'), 'export{}');

	test('a page needs itself, its scripts with what they import, styles and pictures', () => {
		const html = `<html><head><link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="/x/">
			<script type="module" src="/_astro/page.js"></script>
			<script type="module">import{b}from"/_astro/inline-dep.js";</script></head>
			<body><img src="/pictures/a.webp" alt=""><picture><source srcset="/pictures/b-480.avif 480w, /pictures/b-960.avif 960w">
			<img src="https://elsewhere.example/c.png" alt=""></picture><a href="/y/">y</a></body></html>`;
		expect(filesOf('/x/', html, dist).sort()).toEqual(
			[
				'/x/',
				'/_astro/a.css',
				'/_astro/page.js',
				'/_astro/shared.js',
				'/_astro/lazy.js',
				'/_astro/inline-dep.js',
				'/pictures/a.webp',
				'/pictures/b-480.avif',
				'/pictures/b-960.avif',
			].sort(),
		);
	});

	test('a page without scripts or pictures needs only itself', () => {
		expect(filesOf('/glossary/', '<p>Hello <a href="/">home</a></p>', dist)).toEqual([
			'/glossary/',
		]);
	});
});

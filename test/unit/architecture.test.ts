/**
 * The rooms of src/ and the one direction between them (README, "Project structure"): schemas
 * stand below lib, and neither reaches up into Astro components, islands or pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const src = join(import.meta.dirname, '../../src');

/** Every TypeScript file below a folder of src/, with the modules it imports. */
function importsIn(folder: string): [file: string, imports: string[]][] {
	return readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.tsx?$/.test(name))
		.map((name) => {
			const text = readFileSync(join(src, folder, name), 'utf8');
			const imports = [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)];
			return [relative(src, join(src, folder, name)), imports.map((match) => match[1] ?? '')];
		});
}

describe('the direction of imports in src/', () => {
	test('schemas import nothing from lib, data, components, islands or pages', () => {
		const upward = importsIn('schemas').flatMap(([file, imports]) =>
			imports
				.filter((path) => /\/(lib|data|components|islands|pages|layouts)\//.test(`${path}/`))
				.map((path) => `${file} imports ${path}`),
		);
		expect(upward).toEqual([]);
	});

	test('lib imports no Astro module, component, island or page', () => {
		const upward = importsIn('lib').flatMap(([file, imports]) =>
			imports
				.filter(
					(path) =>
						path.startsWith('astro:') ||
						/\.astro$/.test(path) ||
						/\/(data|components|islands|pages|layouts)\//.test(`${path}/`),
				)
				.map((path) => `${file} imports ${path}`),
		);
		expect(upward).toEqual([]);
	});
});

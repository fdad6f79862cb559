/**
 * The build itself refuses broken content. Each test copies the small fixture site in
 * test/fixtures/site, breaks one thing, runs a real `astro build` on it and reads the message.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const fixture = resolve('test/fixtures/site');
/** The French edition of the fixture: copied in as `content/fr/` to build the site in both languages. */
const frenchFixture = resolve('test/fixtures/site-fr/fr');
// Relative: Astro wants content paths inside the project.
const work = '.tmp/content-tests';

/** Build a copy of the fixture after `breakIt` has edited it; return the exit code and output. */
function buildWith(name: string, breakIt: (dir: string) => void) {
	const dir = join(work, name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	cpSync(fixture, join(dir, 'content'), { recursive: true });
	breakIt(join(dir, 'content'));
	const run = spawnSync('npm', ['run', '--silent', 'build'], {
		encoding: 'utf8',
		env: {
			...process.env,
			CONTENT_DIR: join(dir, 'content'),
			OUT_DIR: join(dir, 'dist'),
			CACHE_DIR: join(dir, 'cache'),
		},
	});
	return { status: run.status, output: `${run.stdout}\n${run.stderr}`, dist: join(dir, 'dist') };
}

/** Replace `from` with `to` in one file of the copied content, failing if `from` is not there. */
function edit(dir: string, file: string, from: string | RegExp, to: string) {
	const path = join(dir, file);
	const text = readFileSync(path, 'utf8');
	const changed = text.replace(from, to);
	expect(changed, `${file} should contain ${from}`).not.toBe(text);
	writeFileSync(path, changed);
}

describe('the build', () => {
	test('builds the sound fixture site', () => {
		const { status, output, dist } = buildWith('sound', () => {});
		expect(status, output).toBe(0);
		expect(existsSync(join(dist, 'alpha/index.html'))).toBe(true);
		expect(readFileSync(join(dist, 'updates/feed.xml'), 'utf8')).toContain(
			'/updates/#fixture</link>',
		);
	});

	test('stops on a citation of an unknown source, naming the file, line and id', () => {
		const { status, output } = buildWith('unknown-source', (dir) =>
			edit(
				dir,
				'explainers/alpha.mdx',
				'More words follow here.<Cite id="fixture-source" />',
				'More words.<Cite id="no-such-source" />',
			),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/explainers\/alpha\.mdx:\d+ — <Cite id>: names the source "no-such-source", which is not in content\/sources\.yaml/,
		);
	});

	test('stops on a duplicate source id, naming the file and the id', () => {
		const { status, output } = buildWith('duplicate-id', (dir) => {
			const path = join(dir, 'sources.yaml');
			writeFileSync(path, readFileSync(path, 'utf8').repeat(2));
		});
		expect(status).not.toBe(0);
		expect(output).toMatch(/sources\.yaml — id: "fixture-source" is used by more than one entry/);
	});

	test('stops on a missing required field, naming the entry and the field', () => {
		const { status, output } = buildWith('missing-field', (dir) =>
			edit(dir, 'explainers/alpha.mdx', /^title: .*\n/m, ''),
		);
		expect(status).not.toBe(0);
		expect(output).toContain('alpha');
		expect(output).toMatch(/title/);
		expect(output).toMatch(/expected string, received undefined|Required/);
	});

	test('stops on a malformed date, naming the entry, the field and the bad value', () => {
		const { status, output } = buildWith('bad-date', (dir) =>
			edit(dir, 'explainers/alpha.mdx', 'factsAsOf: 2026-03-15', 'factsAsOf: 2026-02-30'),
		);
		expect(status).not.toBe(0);
		expect(output).toContain('alpha');
		expect(output).toMatch(/factsAsOf/);
		expect(output).toContain('expected a real date written YYYY-MM-DD, got "2026-02-30"');
	});

	test('stops on a malformed date in a data file, naming the file, entry and value', () => {
		const { status, output } = buildWith('bad-source-date', (dir) =>
			edit(dir, 'sources.yaml', 'date: 2023-07-27', 'date: 27/07/2023'),
		);
		expect(status).not.toBe(0);
		expect(output).toContain(
			'sources.yaml — [0] "fixture-source".date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "27/07/2023"',
		);
	});

	test('stops on a quiz question whose section is not on the page', () => {
		const { status, output } = buildWith('bad-section', (dir) =>
			edit(dir, 'quizzes/alpha.yaml', 'section: first', 'section: third'),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/quizzes\/alpha\.yaml — questions\[\d\]\.section: "third" \(question fx-\d\) is not a section id/,
		);
	});

	test('stops on a missing checkedAsOf, naming the entry and the field', () => {
		const { status, output } = buildWith('missing-checked', (dir) =>
			edit(dir, 'explainers/alpha.mdx', /^checkedAsOf: .*\n/m, ''),
		);
		expect(status).not.toBe(0);
		expect(output).toContain('alpha');
		expect(output).toMatch(/checkedAsOf/);
		expect(output).toContain('expected a date written YYYY-MM-DD, got nothing');
	});

	test('stops on an impossible checkedAsOf, naming the file, the field and the value', () => {
		const { status, output } = buildWith('bad-checked', (dir) =>
			edit(dir, 'explainers/alpha.mdx', 'checkedAsOf: 2026-03-15', 'checkedAsOf: 2026-02-30'),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(/alpha/);
		expect(output).toMatch(/checkedAsOf/);
		expect(output).toContain('expected a real date written YYYY-MM-DD, got "2026-02-30"');
	});

	test('stops on a checkedAsOf earlier than factsAsOf, naming the file and the field', () => {
		const { status, output } = buildWith('early-checked', (dir) =>
			edit(dir, 'explainers/alpha.mdx', 'checkedAsOf: 2026-03-15', 'checkedAsOf: 2026-03-01'),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/explainers\/alpha\.mdx — checkedAsOf: is 2026-03-01, earlier than factsAsOf \(2026-03-15\)/,
		);
	});

	test('stops on a changelog entry naming a section the page does not have', () => {
		const { status, output } = buildWith('bad-update-section', (dir) =>
			edit(dir, 'updates.yaml', 'alpha#first', 'alpha#third'),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/updates\.yaml — fixture\.sections\[0\]: "alpha#third": the page "alpha" has no section with the id "third"/,
		);
	});

	test('stops on a correction that does not say what was wrong', () => {
		const { status, output } = buildWith('correction-without-wrong', (dir) =>
			edit(dir, 'updates.yaml', 'kind: addition', 'kind: correction'),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/updates\.yaml — \[0\] "fixture"\.wrong: a correction must say what the page said that was wrong/,
		);
	});
});

describe('the build in two languages', () => {
	/** The fixture with its French edition, after `breakIt` has edited it (both editions in `dir`). */
	const bilingual = (name: string, breakIt: (dir: string) => void = () => {}) =>
		buildWith(`fr-${name}`, (dir) => {
			cpSync(frenchFixture, join(dir, 'fr'), { recursive: true });
			breakIt(dir);
		});

	test('builds the sound fixture in English at the root and in French under /fr/', () => {
		const { status, output, dist } = bilingual('sound');
		expect(status, output).toBe(0);
		const french = readFileSync(join(dist, 'fr/alpha/index.html'), 'utf8');
		expect(french).toContain('<html lang="fr"');
		expect(french).toContain('hreflang="en" href="https://sahel-explained.org/alpha/"');
		expect(french).toContain('<time datetime="2023-07-26">26 juillet 2023</time>');
		expect(readFileSync(join(dist, 'alpha/index.html'), 'utf8')).toContain('<html lang="en"');
	});

	test('stops when a French explainer lacks a section of its English twin, naming file and id', () => {
		const { status, output } = bilingual('missing-section', (dir) =>
			edit(dir, 'fr/explainers/alpha.mdx', '{/* #second */}', '{/* #deuxieme */}'),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(/fr\/explainers\/alpha\.mdx — section #second: is missing/);
		expect(output).toMatch(/fr\/explainers\/alpha\.mdx — section #deuxieme: is not in the English/);
	});

	test('stops when a French section lacks a citation its English twin has', () => {
		const { status, output } = bilingual('missing-cite', (dir) =>
			edit(
				dir,
				'fr/explainers/alpha.mdx',
				/(## [^\n]*#second[\s\S]*?)<Cite id="fixture-source" \/>/,
				'$1',
			),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/fr\/explainers\/alpha\.mdx — <Cite id="fixture-source">: is missing from section #second/,
		);
	});

	test('stops when a French question has another answer, naming the file and the question', () => {
		const { status, output } = bilingual('other-answer', (dir) =>
			edit(dir, 'fr/quizzes/alpha.yaml', /answer: false/, 'answer: true'),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/fr\/quizzes\/alpha\.yaml — questions\[0\] \(fx-0\)\.answer: is true where the English has false/,
		);
	});

	test('stops when a French entry lacks its French text', () => {
		const { status, output } = bilingual('missing-text', (dir) =>
			edit(dir, 'fr/updates.yaml', /^ {2}text: .*\n/m, ''),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(/fr\/updates\.yaml/);
		expect(output).toMatch(/text/);
	});

	test('stops when the English changed after its French twin was last revised, saying how to fix it', () => {
		const { status, output } = bilingual('stale-translation', (dir) =>
			edit(
				dir,
				'explainers/alpha.mdx',
				'More words follow here.',
				'More words follow here, and more.',
			),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/fr\/translations\.yaml — explainers\/alpha\.mdx: .*explainers\/alpha\.mdx has changed since its French twin was last revised/,
		);
		expect(output).toContain('npm run fr:stamp -- explainers/alpha.mdx');
	});

	test('stops on a source whose French original is not a French source of the bibliography', () => {
		const { status, output } = bilingual('bad-french-original', (dir) =>
			edit(dir, 'sources.yaml', /(- id: fixture-source\n)/, '$1  french: no-such-source\n'),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/sources\.yaml — fixture-source\.french: names "no-such-source", which is not in .*sources\.yaml/,
		);
	});

	test('stops when an English page has no French twin', () => {
		const { status, output } = bilingual('missing-twin', (dir) =>
			rmSync(join(dir, 'fr/explainers/beta.mdx')),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/fr\/explainers\/beta\.mdx — file: is missing: .*explainers\/beta\.mdx needs its French twin/,
		);
	});
});

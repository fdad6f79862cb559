/**
 * No stale future tense in the content: nothing in content/ may say that something "is due",
 * "set for", "scheduled", "expected" or "will" happen on a date earlier than the site's latest
 * "Facts as of" (the latest `factsAsOf` of any explainer). Each hit names file and line. Rules:
 * src/lib/stale-tense.ts. Known hits waiting for a content fix are listed, with the reason, in
 * test/unit/stale-tense.allow.yaml; an entry there that no longer matches fails too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { findStaleInFile } from '../../src/lib/stale-tense';

const root = 'content';
const files = [
	...['explainers', 'pages', 'quizzes'].flatMap((folder) =>
		readdirSync(join(root, folder))
			.filter((name) => /\.(mdx|ya?ml)$/.test(name))
			.map((name) => join(root, folder, name)),
	),
	...readdirSync(root)
		.filter((name) => /\.ya?ml$/.test(name))
		.map((name) => join(root, name)),
].sort();

// STALE_CUTOFF=YYYY-MM-DD previews the hits a later cut-off would bring.
const cutoff =
	process.env.STALE_CUTOFF ??
	readdirSync(join(root, 'explainers'))
		.map(
			(name) =>
				/^factsAsOf:\s*['"]?(\d{4}-\d{2}-\d{2})/m.exec(
					readFileSync(join(root, 'explainers', name), 'utf8'),
				)?.[1],
		)
		.filter((date): date is string => Boolean(date))
		.sort()
		.at(-1)!;

interface Allowed {
	file: string;
	text: string;
}
const allowed: Allowed[] = parse(readFileSync('test/unit/stale-tense.allow.yaml', 'utf8')) ?? [];

const hits = files.flatMap((file) =>
	findStaleInFile(file, readFileSync(file, 'utf8'), cutoff).map((hit) => ({ file, ...hit })),
);

describe(`stale future tense (the site's facts run to ${cutoff})`, () => {
	test('the cut-off is read from the explainers', () => {
		expect(cutoff).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(files.length).toBeGreaterThan(10);
	});

	test('no text announces as future a date that is already past', () => {
		const unexpected = hits
			.filter((hit) => !allowed.some((a) => a.file === hit.file && a.text === hit.text))
			.map(
				(hit) =>
					`${hit.file}:${hit.line} — "${hit.text}" (${hit.date} is before ${cutoff}): put it in the past tense or bring it up to date`,
			);
		expect(unexpected, unexpected.join('\n')).toEqual([]);
	});

	test('every allow-list entry still matches a hit (remove the ones the text no longer has)', () => {
		const stale = allowed
			.filter((a) => !hits.some((hit) => a.file === hit.file && a.text === hit.text))
			.map((a) => `${a.file} — "${a.text}"`);
		expect(stale, stale.join('\n')).toEqual([]);
	});
});

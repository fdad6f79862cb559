/**
 * The content store returns a collection sorted by id; `yamlList` records each entry's place
 * in its file so that the timeline, the changelog and the profiles keep their file order.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { entryData, inFileOrder, withFilePosition } from '../../src/data/file-order';
import { linkTargets } from '../../src/data/link-targets';
import { yamlList } from '../../src/data/loaders';
import { TimelineEventSchema } from '../../src/schemas/content';

/** What getCollection gives back: the stored entries, sorted by id. */
const byId = <T extends { id: string }>(entries: T[]) =>
	[...entries].sort((a, b) => a.id.localeCompare(b.id));

describe('file order', () => {
	const stored = byId(
		['zulu', 'alpha', 'mike'].map((id, i) => ({ id, data: withFilePosition({ id }, i) })),
	);

	test('inFileOrder puts entries back in file order and takes the position off', () => {
		expect(inFileOrder(stored)).toEqual([{ id: 'zulu' }, { id: 'alpha' }, { id: 'mike' }]);
	});

	test('entryData keeps the store’s order and takes the position off', () => {
		expect(entryData(stored)).toEqual([{ id: 'alpha' }, { id: 'mike' }, { id: 'zulu' }]);
	});

	test('entries without a position (not from yamlList) keep their order, after the others', () => {
		expect(inFileOrder([{ data: { id: 'b' } }, ...stored, { data: { id: 'a' } }])).toEqual([
			{ id: 'zulu' },
			{ id: 'alpha' },
			{ id: 'mike' },
			{ id: 'b' },
			{ id: 'a' },
		]);
	});
});

/** A folder holding `files`, standing in for the project root. */
function project(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'file-order-'));
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return dir;
}

const event = (id: string, date: string) =>
	`- id: ${id}\n  date: ${date}\n  theme: ecowas\n  text: Something happened then.\n  source: s\n`;

describe('yamlList', () => {
	test('stores each entry, parsed, with its place in the file', async () => {
		const root = project({ 'timeline.yaml': event('zulu', '2020') + event('alpha', '2021-05') });
		const stored: { id: string; data: Record<string, unknown> }[] = [];
		await yamlList('timeline.yaml', TimelineEventSchema).load({
			config: { root: new URL(`file://${root}/`) },
			store: {
				clear: () => stored.splice(0),
				set: (entry: { id: string; data: Record<string, unknown> }) => stored.push(entry),
			},
			parseData: async ({ data }: { data: unknown }) => TimelineEventSchema.parse(data),
		} as never);
		expect(inFileOrder(byId(stored)).map((entry) => entry.id)).toEqual(['zulu', 'alpha']);
		// The schema's output: the year is a string.
		expect(entryData(stored)[0]).toMatchObject({ id: 'zulu', date: '2020' });
	});
});

describe('linkTargets', () => {
	test('reads both editions with the schemas, French under `fr`', () => {
		const root = project({
			'glossary.yaml': '- id: aes\n  term: AES\n  definition: The Alliance of Sahel States.\n',
			'timeline.yaml': event('coup', '2023-07-26') + event('independence', '1960'),
		});
		const targets = linkTargets(root);
		expect(targets.glossary).toEqual([
			{ id: 'aes', term: 'AES', variants: [], definition: 'The Alliance of Sahel States.' },
		]);
		expect(targets.timeline?.map((entry) => [entry.id, entry.date])).toEqual([
			['coup', '2023-07-26'],
			['independence', '1960'],
		]);
		// No French folder: no French links.
		expect(targets.fr).toEqual({ glossary: [], timeline: [] });
	});

	test('a broken file gives no links (its loader reports it)', () => {
		const root = project({
			'glossary.yaml': '- id: aes\n  term: AES\n',
			'timeline.yaml': 'not: [a list',
		});
		expect(linkTargets(root)).toEqual({
			glossary: [],
			timeline: [],
			fr: { glossary: [], timeline: [] },
		});
	});
});

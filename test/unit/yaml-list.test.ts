import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { describeIssues, readYamlList } from '../../src/lib/yaml-list';
import { SourceSchema } from '../../src/schemas/content';

const fixture = (name: string) =>
	readFileSync(new URL(`../fixtures/yaml/${name}`, import.meta.url), 'utf8');
const read = (name: string) => readYamlList(fixture(name), `content/${name}`, SourceSchema);

describe('readYamlList', () => {
	test('reads a sound list of sources, keeping partial dates', () => {
		const { entries, problems } = read('sources-valid.yaml');
		expect(problems).toEqual([]);
		expect(entries.map((entry) => entry.id)).toEqual([
			'reuters-2023-07-30-ecowas-summit',
			'ecowas-2023-07-30-communique',
		]);
		expect(entries[0]!.data.date).toBe('2023-07-30');
		expect(entries[1]!.data.date).toBe('2023-07');
	});

	test('refuses a duplicate id, naming the file, the field and the id', () => {
		const { problems } = read('sources-duplicate-id.yaml');
		expect(problems).toEqual([
			{
				file: 'content/sources-duplicate-id.yaml',
				field: 'id',
				message:
					'"afp-2023-07-27-guard" is used by more than one entry (entries 0, 1); ids must be unique',
			},
		]);
	});

	test('refuses a malformed date, naming the entry, the field and the bad value', () => {
		const { problems } = read('sources-bad-date.yaml');
		expect(problems).toHaveLength(1);
		expect(problems[0]!.file).toBe('content/sources-bad-date.yaml');
		expect(problems[0]!.field).toBe('[0] "bbc-2023-08-03-rally".date');
		expect(problems[0]!.message).toContain('"2023-08-32"');
	});

	test('refuses an entry with a required field missing, naming the field', () => {
		const { problems } = read('sources-missing-field.yaml');
		expect(problems).toEqual([
			{
				file: 'content/sources-missing-field.yaml',
				field: '[0] "ap-2023-10-10-coup-designation".publisher',
				message: 'is required but missing',
			},
		]);
	});

	test('reports a file that is not YAML with its line, instead of loading nothing', () => {
		const { entries, problems } = read('not-yaml.yaml');
		expect(entries).toEqual([]);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.file).toMatch(/^content\/not-yaml\.yaml:\d+$/);
		expect(problems[0]!.message).toMatch(/^is not valid YAML/);
	});

	test('refuses a file whose top level is not a list', () => {
		const { problems } = readYamlList('id: one\ntitle: x', 'content/x.yaml', SourceSchema);
		expect(problems[0]!.message).toBe('must be a list of entries (got object)');
	});
});

describe('describeIssues', () => {
	test('names the field by its path and shows the value that failed, or says it is missing', () => {
		const raw = {
			id: 'x',
			publisher: 'AFP',
			title: 'T',
			date: 'soon',
			url: 'https://a.b',
			type: 'wire',
			nested: [{}],
		};
		const parsed = SourceSchema.safeParse({ ...raw, publisher: undefined });
		expect(parsed.success).toBe(false);
		const problems = describeIssues(
			'content/sources.yaml',
			'[4] "x"',
			{ ...raw, publisher: undefined },
			parsed.error!,
		);
		expect(problems).toContainEqual({
			file: 'content/sources.yaml',
			field: '[4] "x".publisher',
			message: 'is required but missing',
		});
		expect(problems.find((p) => p.field === '[4] "x".date')!.message).toContain('"soon"');
	});
});

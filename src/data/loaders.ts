import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { formatProblems } from '../lib/integrity';
import { readYamlList } from '../lib/yaml-list';
import { withFilePosition } from './file-order';

/**
 * Load a YAML list of entries. Unlike Astro's `file()` loader, which logs a parse error and
 * carries on with an empty collection, this one stops the build, naming the file, entry,
 * field and value, and it refuses duplicate ids instead of keeping the last. Each entry keeps
 * its place in the file (the store itself sorts by id): read the collection with `inFileOrder`
 * or `entryData` from ./file-order.
 */
export function yamlList(fileName: string, schema: z.ZodType): Loader {
	return {
		name: 'yaml-list',
		load: async ({ config, store, parseData, watcher }) => {
			const url = new URL(fileName, config.root);
			const sync = async () => {
				const { entries, problems } = readYamlList(await readFile(url, 'utf8'), fileName, schema);
				if (problems.length > 0) throw new Error(formatProblems(problems));
				store.clear();
				for (const [position, entry] of entries.entries()) {
					const data = await parseData({ id: entry.id, data: entry.raw, filePath: fileName });
					store.set({ id: entry.id, data: withFilePosition(data, position), filePath: fileName });
				}
			};
			await sync();
			watcher?.add(url.pathname);
			watcher?.on('change', (changed) => {
				if (changed === url.pathname) void sync();
			});
		},
	};
}

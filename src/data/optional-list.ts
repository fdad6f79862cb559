import { existsSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { yamlList } from './loaders';

/**
 * Like `yamlList`, for a file a site may do without (the maps and charts): when the file does
 * not exist the collection is empty; when it exists it is checked just as strictly, and its
 * entries keep their file order the same way (see ./file-order).
 */
export function optionalYamlList(fileName: string, schema: z.ZodType): Loader {
	const strict = yamlList(fileName, schema);
	return {
		name: 'optional-yaml-list',
		load: async (context) => {
			if (!existsSync(new URL(fileName, context.config.root))) {
				context.store.clear();
				return;
			}
			await strict.load(context);
		},
	};
}

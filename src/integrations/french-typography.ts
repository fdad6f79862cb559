/**
 * French typography on the French edition, once the site is built (`astro:build:done`): every
 * page, map, chart and feed under `/fr/` gets its narrow no-break spaces before `; : ! ?` and
 * inside « guillemets », wherever its words came from (content, interface strings, data passed
 * to an island). Writers type ordinary spaces; see `typesetMarkup` in src/lib/typography.ts.
 * Runs before the offline pack and the search index, which read the pages as readers get them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { typesetMarkup } from '../lib/typography';

export function frenchTypography(): AstroIntegration {
	return {
		name: 'sahel-french-typography',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = join(fileURLToPath(dir), 'fr');
				// A site built without its French edition (the test fixtures) has nothing to set.
				if (!existsSync(root)) return;
				let files = 0;
				for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
					if (!/\.(html|svg|xml)$/.test(name)) continue;
					const file = join(root, name);
					const before = readFileSync(file, 'utf8');
					const after = typesetMarkup(before);
					if (after !== before) {
						writeFileSync(file, after);
						files += 1;
					}
				}
				logger.info(`French typography set in ${files} files under /fr/`);
			},
		},
	};
}

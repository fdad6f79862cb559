/**
 * What the remark plugin links to (glossary terms, timeline dates), for `astro.config.mjs`.
 *
 * Markdown is configured before the content layer exists, so the plugin cannot be handed the
 * collections: this reads the same files with the same parser and schemas as the collections'
 * loader (`readYamlList`, see ./loaders.ts), so the links are made from exactly the entries the
 * site shows. A file that is missing or has any problem gives no links here rather than a
 * second, earlier error: the loader stops the build on it with the full message.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { readYamlList } from '../lib/yaml-list';
import { TermSchema, TimelineEventSchema } from '../schemas/content';
import type { LinkTargets } from '../plugins/remark-explainer';

/** The entries of one YAML list, or none when the file is missing or broken. */
function entriesOf<S extends z.ZodType>(file: string, schema: S): z.output<S>[] {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return [];
	}
	const { entries, problems } = readYamlList(text, file, schema);
	return problems.length > 0 ? [] : entries.map((entry) => entry.data);
}

/** One edition's targets, from its folder (`content`, `content/fr`). */
function editionTargets(dir: string): Omit<LinkTargets, 'fr'> {
	return {
		glossary: entriesOf(`${dir}/glossary.yaml`, TermSchema),
		timeline: entriesOf(`${dir}/timeline.yaml`, TimelineEventSchema),
	};
}

/** The plugin's targets for both editions: English from `root`, French from `root/fr`. */
export function linkTargets(root: string): LinkTargets {
	return { ...editionTargets(root), fr: editionTargets(`${root}/fr`) };
}

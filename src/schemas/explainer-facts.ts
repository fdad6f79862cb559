/**
 * What the remark plugin (src/plugins/remark-explainer.ts) records about one explainer, left in
 * `remarkPluginFrontmatter.explainer`. Astro hands it back untyped, so src/data/ parses it here
 * rather than trusting a cast: a plugin that records the wrong shape stops the build naming the
 * explainer and the field.
 * Re-exported by `./content`, where the other concepts' schemas are.
 */
import { z } from 'astro/zod';
import './errors';

/** A line number in the MDX file (0 when the plugin could not tell). */
const LineSchema = z.number().int().min(0);

/** What the plugins record about one explainer, readable from `remarkPluginFrontmatter`. */
export const ExplainerFactsSchema = z.object({
	/** Source ids in order of first citation; a source's note number is its index + 1. */
	citations: z.array(z.string()),
	/** Every citation with its line and the section it is in (for error messages, and for
	 * comparing a translation with its original section by section). */
	citationUses: z.array(z.object({ id: z.string(), line: LineSchema, section: z.string() })),
	/** How many items each `<KeyFacts>` list has, in page order. */
	keyFacts: z.array(z.number().int().min(0)),
	/** The ids of the maps and charts the page shows, in page order. */
	figures: z.array(z.string()),
	/** Section ids of `##` and `###` headings, with the line they are on. */
	sections: z.array(
		z.object({
			id: z.string(),
			depth: z.number().int().min(1).max(6),
			line: LineSchema,
			text: z.string(),
		}),
	),
	/** `##` headings that have no explicit id, with their line. */
	headingsWithoutId: z.array(z.object({ text: z.string(), line: LineSchema })),
	/** Words of running text, citations excluded. */
	words: z.number().int().min(0),
	/** Minutes to read at 200 words a minute, rounded up. */
	minutes: z.number().int().min(1),
	/** Flesch–Kincaid grade level of the running text (see lib/reading-level). */
	grade: z.number(),
});
export type ExplainerFacts = z.output<typeof ExplainerFactsSchema>;

/**
 * Read the facts the plugin left for one explainer, or throw an error that names the file and
 * every field that is wrong.
 * `parseExplainerFacts({ …, words: -1 }, 'content/explainers/niger-coup.mdx')` throws
 * `content/explainers/niger-coup.mdx: the explainer plugin recorded malformed facts: words: must be at least 0, got -1`
 */
export function parseExplainerFacts(value: unknown, file: string): ExplainerFacts {
	const parsed = ExplainerFactsSchema.safeParse(value);
	if (parsed.success) return parsed.data;
	const problems = parsed.error.issues.map(
		(issue) => `${issue.path.join('.') || '(the facts)'}: ${issue.message}`,
	);
	throw new Error(`${file}: the explainer plugin recorded malformed facts: ${problems.join('; ')}`);
}

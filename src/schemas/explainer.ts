/**
 * Frontmatter of an explainer page: the schema `src/content.config.ts` gives the explainers.
 * Re-exported by `./content`, where the other concepts' schemas are.
 */
import { z } from 'astro/zod';
import { IsoDateSchema } from './dates';
import './errors';

/** Words as a reader counts them: punctuation standing alone (French `:` and `;`) is not one. */
const words = (text: string) =>
	text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** Frontmatter of an explainer page (`content/explainers/<slug>.mdx`). */
export const ExplainerSchema = z.object({
	/** The page title, also the `<title>` and the navigation label's source. */
	title: z.string().min(5),
	/** Short label for the navigation bar; defaults to the title. */
	navLabel: z.string().optional(),
	/** One sentence for search results and link previews (meta description). */
	description: z
		.string()
		.min(50)
		.max(160, {
			error: (issue) => `must be at most 160 characters (is ${String(issue.input).length})`,
		}),
	/** About 80 words that tell the page's story, shown on top of it. */
	summary: z.string().refine((text) => words(text) >= 50 && words(text) <= 110, {
		error: (issue) => `should be about 80 words (50–110), has ${words(String(issue.input))}`,
	}),
	/** Position in the navigation and in the previous/next links. */
	order: z.number().int().positive(),
	/** When the page last changed (YYYY-MM-DD). */
	updated: IsoDateSchema,
	/** The date of the latest event the page covers (YYYY-MM-DD): "Facts as of". */
	factsAsOf: IsoDateSchema,
	/**
	 * When the latest reporting was last searched for news that would change the page
	 * (YYYY-MM-DD): "Latest reporting checked". Never earlier than `factsAsOf` (checked at build).
	 */
	checkedAsOf: IsoDateSchema,
	/** 3–5 things a reader can do after reading, shown to teachers and answered in "In brief". */
	objectives: z.array(z.string().min(10)).min(3).max(5),
	/** 3–5 questions for a class discussion, shown on the teachers' page. */
	discussion: z.array(z.string().min(10)).min(3).max(5),
});
export type Explainer = z.output<typeof ExplainerSchema>;

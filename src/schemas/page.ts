/**
 * Frontmatter of a standalone prose page (home, about…).
 * Re-exported by `./content`, where the other concepts' schemas are.
 */
import { z } from 'astro/zod';
import { IsoDateSchema } from './dates';
import './errors';

/** Frontmatter of a standalone prose page (`content/pages/<name>.mdx`: home, about…). */
export const PageSchema = z.object({
	/** The page title. */
	title: z.string().min(3),
	/** One sentence for search results and link previews. */
	description: z.string().min(50).max(160),
	/** When the page last changed (YYYY-MM-DD). */
	updated: IsoDateSchema,
});
export type Page = z.output<typeof PageSchema>;

/**
 * The people and bodies of the story: one entry of `content/people.yaml`.
 * Re-exported by `./content`, where the other concepts' schemas are.
 */
import { z } from 'astro/zod';
import { IdSchema, PartialDateSchema } from './dates';
import './errors';

/** One person or body (`content/people.yaml`). */
export const PersonSchema = z.object({
	/** Stable id: pages link to `/people/#<id>`. */
	id: IdSchema,
	/** The one spelling the site uses. */
	name: z.string().min(2),
	/** A person or an institution / armed group. */
	kind: z.enum(['person', 'body']),
	/** Other spellings and names, given once. */
	variants: z.array(z.string()).default([]),
	/** Who they are and what they did in this story. */
	role: z.string().min(10),
	/** Dated milestones. */
	keyDates: z.array(z.object({ date: PartialDateSchema, event: z.string().min(3) })).default([]),
	/** Short forms the explainers use, such as a surname alone; with the name and variants, they
	 * are how the build finds the pages that mention the entry. */
	mentionedAs: z.array(z.string().min(3)).default([]),
	/** The source id that supports the entry. */
	source: IdSchema,
});
export type Person = z.output<typeof PersonSchema>;

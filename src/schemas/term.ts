/**
 * The glossary: one term of `content/glossary.yaml`.
 * Re-exported by `./content`, where the other concepts' schemas are.
 */
import { z } from 'astro/zod';
import { IdSchema } from './dates';
import './errors';

/** One glossary term (`content/glossary.yaml`). */
export const TermSchema = z.object({
	/** Stable id: pages link to `/glossary/#<id>`. */
	id: IdSchema,
	/** The term as the site writes it. */
	term: z.string().min(1),
	/** What an acronym stands for, in English. */
	expansion: z.string().optional(),
	/** The French form, where there is one (English edition). */
	french: z.string().optional(),
	/** The English form, where it differs (French edition). */
	english: z.string().optional(),
	/** Other spellings or names. */
	variants: z.array(z.string()).default([]),
	/** One to three sentences. */
	definition: z.string().min(10),
});
export type Term = z.output<typeof TermSchema>;

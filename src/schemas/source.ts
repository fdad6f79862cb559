/**
 * The bibliography: one entry of `content/sources.yaml` and the kinds of source.
 * Re-exported by `./content`, where the other concepts' schemas are.
 */
import { z } from 'astro/zod';
import { IdSchema, PartialDateSchema } from './dates';
import './errors';

/** The kinds of source, so readers see who is speaking. */
export const SourceTypeSchema = z.enum(['primary', 'wire', 'news', 'analysis', 'reference']);
export type SourceType = z.output<typeof SourceTypeSchema>;

/** One entry of the bibliography (`content/sources.yaml`). */
export const SourceSchema = z.object({
	/** Stable id that citations use: `publisher-yyyy-mm-dd-keyword`. */
	id: IdSchema,
	/** Who wrote it: the wire, outlet or institution. */
	publisher: z.string().min(2),
	/** The headline or document title as published. */
	title: z.string().min(3),
	/** Publication date (YYYY-MM-DD), or YYYY-MM / YYYY when only that is known; omit for undated pages. */
	date: PartialDateSchema.optional(),
	/** Where it can be read. */
	url: z.url({
		protocol: /^https?$/,
		error: (issue) => `expected an http(s) address, got ${JSON.stringify(issue.input)}`,
	}),
	/** primary document, wire report, news report, analysis or reference. */
	type: SourceTypeSchema,
	/** The site that carries a wire story or document, when it is not the publisher's own. */
	via: z.string().optional(),
	/** The language, when it is not English (BCP 47, e.g. `fr`). */
	lang: z.string().optional(),
	/**
	 * The id of the same report in its original French (an AFP dispatch on the French wire, a
	 * communiqué as issued), when this one is a translation: the French edition cites it instead.
	 */
	french: IdSchema.optional(),
});
export type Source = z.output<typeof SourceSchema>;

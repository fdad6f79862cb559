/**
 * The timeline: one dated event of `content/timeline.yaml` and the themes events belong to.
 * Re-exported by `./content`, where the other concepts' schemas are.
 */
import { z } from 'astro/zod';
import { IdSchema, PartialDateSchema } from './dates';
import './errors';

/** The themes a timeline event belongs to. */
export const ThemeSchema = z.enum(['niger-politics', 'ecowas', 'security', 'foreign-powers']);
export type Theme = z.output<typeof ThemeSchema>;

/** One dated event (`content/timeline.yaml`). */
export const TimelineEventSchema = z.object({
	/** Stable id: the anchor of the event on its period's page, `/timeline/<period>/#<id>`. */
	id: IdSchema,
	/** When: YYYY-MM-DD, or YYYY-MM / YYYY where the day is not known. */
	date: PartialDateSchema,
	/** Which strand of the story it belongs to. */
	theme: ThemeSchema,
	/** One sentence saying what happened. */
	text: z.string().min(10),
	/** The source id that supports it. */
	source: IdSchema,
});
export type TimelineEvent = z.output<typeof TimelineEventSchema>;

/**
 * The "at a glance" profiles of `content/profiles.yaml`: a country or a bloc, line by line.
 * Re-exported by `./content`, where the other concepts' schemas are.
 */
import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema, PartialDateSchema } from './dates';
import './errors';

/**
 * One line of an "at a glance" profile: a figure or a short fact, with when it holds and who
 * says so. A number is written for the reader with `Intl.NumberFormat`; words go in `text`.
 */
export const ProfileFactSchema = z
	.object({
		/** Stable id: the line's anchor is `/at-a-glance/#<profile>-<id>`. */
		id: IdSchema,
		/** What the line gives ("Population", "Capital"). */
		label: z.string().min(2),
		/** The figure, when it is one number (1267000); formatted with Intl, never by hand. */
		number: z.number().positive().optional(),
		/** Write the number in words of scale ("27 million") rather than in full ("27,000,000"). */
		compact: z.boolean().default(false),
		/** Write the number as a rank ("188th"). */
		ordinal: z.boolean().default(false),
		/** What the number counts, after it ("km²", "people"). */
		unit: z.string().optional(),
		/** The fact in words when it is not one number, or the words that follow the number and unit. */
		text: z.string().min(2).optional(),
		/** The date or year the figure or fact refers to (YYYY, YYYY-MM or YYYY-MM-DD). */
		asOf: PartialDateSchema.optional(),
		/** The source ids that support it (checked at build). */
		sources: z.array(IdSchema).min(1),
	})
	.refine((fact) => fact.number !== undefined || fact.text !== undefined, {
		error: 'give the fact as a `number`, a `text`, or both',
		path: ['text'],
	});
export type ProfileFact = z.output<typeof ProfileFactSchema>;

/** A profile shown on the "at a glance" page (`content/profiles.yaml`): a country or a bloc. */
export const ProfileSchema = z.object({
	/** Stable id: the profile's anchor is `/at-a-glance/#<id>`. */
	id: IdSchema,
	/** The heading ("Niger", "The Confederation of Sahel States (AES)"). */
	title: z.string().min(3),
	/** A country or a group of countries. */
	kind: z.enum(['country', 'bloc']),
	/** One sentence under the heading, saying what the profile is of. */
	intro: z.string().min(10),
	/** When the profile as a whole was last checked against its sources (YYYY-MM-DD). */
	checkedAsOf: IsoDateSchema,
	/** The lines of the profile, in the order shown. */
	facts: z.array(ProfileFactSchema).min(3),
});
export type Profile = z.output<typeof ProfileSchema>;

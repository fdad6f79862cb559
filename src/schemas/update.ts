/**
 * The changelog: one entry of `content/updates.yaml` and the kinds of change it records.
 * Re-exported by `./content`, where the other concepts' schemas are.
 */
import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema, show } from './dates';
import './errors';

/** What kind of change a changelog entry records. */
export const UpdateKindSchema = z.enum(['update', 'correction', 'addition']);
export type UpdateKind = z.output<typeof UpdateKindSchema>;

/** One entry of the changelog (`content/updates.yaml`): one published change. */
export const UpdateSchema = z
	.object({
		/** Stable id: the updates page and the feed link to `/updates/#<id>`. */
		id: IdSchema,
		/** When the change was published (YYYY-MM-DD). */
		date: IsoDateSchema,
		/** `update` (new facts), `correction` (the page said something wrong) or `addition` (new page or section). */
		kind: UpdateKindSchema.default('update'),
		/** The explainer slugs or page names it touched (checked at build). */
		pages: z.array(IdSchema).min(1),
		/** The sections it changed, written `<page>#<section-id>` (checked at build). */
		sections: z
			.array(
				z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/, {
					error: (issue) =>
						`expected <page>#<section-id> (kebab-case on both sides), got ${show(issue.input)}`,
				}),
			)
			.default([]),
		/** What changed, in a sentence or two. */
		text: z.string().min(10),
		/** For a correction: what the page said that was wrong. */
		wrong: z.string().min(10).optional(),
	})
	.superRefine((update, ctx) => {
		if (update.kind === 'correction' && !update.wrong)
			ctx.addIssue({
				code: 'custom',
				path: ['wrong'],
				message: 'a correction must say what the page said that was wrong',
			});
		update.sections.forEach((section, i) => {
			const page = section.split('#')[0]!;
			if (!update.pages.includes(page))
				ctx.addIssue({
					code: 'custom',
					path: ['sections', i],
					message: `names the page "${page}", which is not in this entry's pages (${update.pages.join(', ')})`,
				});
		});
	});
export type Update = z.output<typeof UpdateSchema>;

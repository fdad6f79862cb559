/**
 * The shape of every piece of content, in one module. `src/content.config.ts` wires these to
 * files; tests and `src/lib/` reuse them to validate data that comes from anywhere else.
 * Each schema `XxxSchema` has a matching `type Xxx = z.output<typeof XxxSchema>`.
 */
import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema, PartialDateSchema } from './dates';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

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
	/** The date of the latest fact the page relies on (YYYY-MM-DD). */
	factsAsOf: IsoDateSchema,
	/** 3–5 things a reader can do after reading, shown to teachers and answered in "In brief". */
	objectives: z.array(z.string().min(10)).min(3).max(5),
	/** 3–5 questions for a class discussion, shown on the teachers' page. */
	discussion: z.array(z.string().min(10)).min(3).max(5).optional(),
});
export type Explainer = z.output<typeof ExplainerSchema>;

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
});
export type Source = z.output<typeof SourceSchema>;

/** What a question tests: recalling a fact, a cause and its effect, or reading a position. */
const SkillSchema = z.enum(['recall', 'cause', 'interpretation']);

/** Fields every question has, whatever its type. */
const QuestionBase = {
	/** Unique across every quiz; results codes and the final quiz refer to it. */
	id: IdSchema,
	/** What the question tests. */
	skill: SkillSchema,
	/** The question as the reader sees it. */
	prompt: z.string().min(5),
	/** Why the right answer is right. */
	explanation: z.string().min(10),
	/** The id of the explainer section that teaches it (checked at build). */
	section: IdSchema,
	/** The source id that supports the answer (checked at build). */
	source: IdSchema,
};

/** A choice in a single or multiple question. */
const OptionSchema = z.object({
	/** Stable within the question. */
	id: IdSchema,
	/** What the reader sees. */
	text: z.string().min(1),
	/** Why this option, when wrong, is tempting and wrong. */
	feedback: z.string().optional(),
});

/** Option ids must be unique within a question and the answer must name them. */
const optionIds = (options: { id: string }[]) => options.map((option) => option.id);

/** One right option among 3–5. */
export const SingleQuestionSchema = z
	.object({
		...QuestionBase,
		type: z.literal('single'),
		options: z.array(OptionSchema).min(3).max(5),
		/** The id of the right option. */
		answer: IdSchema,
	})
	.refine((q) => optionIds(q.options).includes(q.answer), {
		error: 'answer must be the id of one of the options',
		path: ['answer'],
	});

/** Select all that apply: two or more right options among 4–6. */
export const MultipleQuestionSchema = z
	.object({
		...QuestionBase,
		type: z.literal('multiple'),
		options: z.array(OptionSchema).min(4).max(6),
		/** The ids of every right option. */
		answer: z.array(IdSchema).min(2),
	})
	.refine((q) => q.answer.every((id) => optionIds(q.options).includes(id)), {
		error: 'every answer must be the id of one of the options',
		path: ['answer'],
	});

/** A statement judged true or false. */
export const TrueFalseQuestionSchema = z.object({
	...QuestionBase,
	type: z.literal('truefalse'),
	/** Whether the statement is true. */
	answer: z.boolean(),
	/** Why the tempting wrong choice is wrong. */
	feedback: z.string().optional(),
});

/** Events to put in chronological order, written here in the right order. */
export const OrderQuestionSchema = z.object({
	...QuestionBase,
	type: z.literal('order'),
	/** 3–6 items in the correct order; the quiz shuffles them. */
	items: z
		.array(z.object({ id: IdSchema, text: z.string().min(1) }))
		.min(3)
		.max(6),
});

/** People or bodies to pair with their roles. */
export const MatchQuestionSchema = z.object({
	...QuestionBase,
	type: z.literal('match'),
	/** 3–5 pairs, each `left` matched to its `right`. */
	pairs: z
		.array(z.object({ id: IdSchema, left: z.string().min(1), right: z.string().min(1) }))
		.min(3)
		.max(5),
});

/** Any question. */
export const QuestionSchema = z.discriminatedUnion('type', [
	SingleQuestionSchema,
	MultipleQuestionSchema,
	TrueFalseQuestionSchema,
	OrderQuestionSchema,
	MatchQuestionSchema,
]);
export type Question = z.output<typeof QuestionSchema>;
export type QuestionType = Question['type'];

/** A page quiz (`content/quizzes/<slug>.yaml`) or the final quiz (`content/quizzes/final.yaml`). */
export const QuizSchema = z.union([
	z.object({
		/** The explainer this quiz follows. */
		explainer: IdSchema,
		/** The heading shown above the quiz. */
		title: z.string().min(3),
		/** 8–12 questions. */
		questions: z.array(QuestionSchema).min(8).max(12),
	}),
	z.object({
		/** The heading of the final quiz. */
		title: z.string().min(3),
		/** One or two sentences shown above it. */
		intro: z.string().optional(),
		/** 20–25 question ids picked from the page quizzes (no copies). */
		picks: z.array(IdSchema).min(20).max(25),
	}),
]);
export type Quiz = z.output<typeof QuizSchema>;

/** The themes a timeline event belongs to. */
export const ThemeSchema = z.enum(['niger-politics', 'ecowas', 'security', 'foreign-powers']);
export type Theme = z.output<typeof ThemeSchema>;

/** One dated event (`content/timeline.yaml`). */
export const TimelineEventSchema = z.object({
	/** Stable id: explainers link to `/timeline/#<id>`. */
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

/** The explainers' slugs, for fields that point at a page. */
const ExplainerSlugSchema = IdSchema;

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
	/** The explainers that mention them. */
	explainers: z.array(ExplainerSlugSchema).default([]),
	/** The source id that supports the entry. */
	source: IdSchema,
});
export type Person = z.output<typeof PersonSchema>;

/** One glossary term (`content/glossary.yaml`). */
export const TermSchema = z.object({
	/** Stable id: pages link to `/glossary/#<id>`. */
	id: IdSchema,
	/** The term as the site writes it. */
	term: z.string().min(1),
	/** What an acronym stands for, in English. */
	expansion: z.string().optional(),
	/** The French form, where there is one. */
	french: z.string().optional(),
	/** Other spellings or names. */
	variants: z.array(z.string()).default([]),
	/** One to three sentences. */
	definition: z.string().min(10),
});
export type Term = z.output<typeof TermSchema>;

/** One entry of the changelog (`content/updates.yaml`). */
export const UpdateSchema = z.object({
	/** Stable id. */
	id: IdSchema,
	/** When the change was published. */
	date: IsoDateSchema,
	/** The explainer slugs (or data pages) it touched. */
	pages: z.array(IdSchema).min(1),
	/** What changed, in a sentence or two. */
	text: z.string().min(10),
});
export type Update = z.output<typeof UpdateSchema>;

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

/**
 * Quizzes: the five kinds of question, and a page quiz or the final quiz that holds them.
 * Re-exported by `./content`, where the other concepts' schemas are.
 */
import { z } from 'astro/zod';
import { IdSchema } from './dates';
import './errors';

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

/**
 * A choice in a single or multiple question. Strict, like the other parts of a question: in a
 * YAML flow mapping an unquoted comma splits the text into a second key, which must fail the
 * build rather than quietly cut the option short.
 */
const OptionSchema = z.strictObject({
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
		.array(z.strictObject({ id: IdSchema, text: z.string().min(1) }))
		.min(3)
		.max(6),
});

/** People or bodies to pair with their roles. */
export const MatchQuestionSchema = z.object({
	...QuestionBase,
	type: z.literal('match'),
	/** 3–5 pairs, each `left` matched to its `right`. */
	pairs: z
		.array(z.strictObject({ id: IdSchema, left: z.string().min(1), right: z.string().min(1) }))
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

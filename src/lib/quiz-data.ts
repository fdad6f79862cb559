/**
 * The site's questions as the student page fetches them (`/quiz-data.json`, written by
 * src/pages/quiz-data.json.ts): `{ "quizzes": { "<quizId>": ["<questionId>", …] },
 * "questions": { "<questionId>": QuizQuestion } }`. What comes over the network is parsed, not
 * trusted: a cache, a proxy or a cut-short download can hand back anything. The schema checks
 * the shape the quiz draws and grades; the content rules (lengths, counts, answers that name
 * options) were checked at build by src/schemas/content.ts. zod's mini build keeps it small, and
 * the two maps are walked by hand rather than with `z.record`, which alone would add about
 * 600 bytes gzip to every tool page (they share one zod chunk).
 */
import * as z from 'zod/mini';
import type { QuizIndex } from './assignment';
import type { QuizQuestion } from './quiz-view';

const text = z.string();
const option = z.object({ id: text, text, feedback: z.optional(text) });
const base = {
	id: text,
	skill: z.literal(['recall', 'cause', 'interpretation']),
	prompt: text,
	explanation: text,
	section: text,
	source: text,
	read: z.object({ href: text, title: text }),
};
const IdsSchema = z.array(text);
const QuestionSchema = z.discriminatedUnion('type', [
	z.object({ ...base, type: z.literal('single'), options: z.array(option), answer: text }),
	z.object({
		...base,
		type: z.literal('multiple'),
		options: z.array(option),
		answer: z.array(text),
	}),
	z.object({
		...base,
		type: z.literal('truefalse'),
		answer: z.boolean(),
		feedback: z.optional(text),
	}),
	z.object({ ...base, type: z.literal('order'), items: z.array(z.object({ id: text, text })) }),
	z.object({
		...base,
		type: z.literal('match'),
		pairs: z.array(z.object({ id: text, left: text, right: text })),
	}),
]);

const isMap = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every value of a map checked by one schema, or `undefined` if any fails (or it is no map).
 * The values come back as they came, not as zod's copies: a copy lists its keys in the schema's
 * order, and the quiz's content hash (`quizHash`) is over the questions' JSON, key order
 * included, so a copy would not find the answers given to the same quiz on its own page.
 */
function eachOf<T>(map: unknown, schema: z.ZodMiniType<T>): Record<string, T> | undefined {
	if (!isMap(map)) return undefined;
	for (const item of Object.values(map)) if (!schema.safeParse(item).success) return undefined;
	return map as Record<string, T>;
}

export interface QuizData {
	quizzes: QuizIndex;
	questions: Record<string, QuizQuestion>;
}

/**
 * The quiz data, or `undefined` when it is not that shape.
 * `parseQuizData({ quizzes: {}, questions: {} })` ⇒ that object; `parseQuizData('<html>')` ⇒ undefined
 */
export function parseQuizData(value: unknown): QuizData | undefined {
	const { quizzes, questions } = (isMap(value) && value) || {};
	const ids = eachOf(quizzes, IdsSchema);
	const byId = eachOf(questions, QuestionSchema);
	return ids && byId && { quizzes: ids, questions: byId };
}

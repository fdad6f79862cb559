/**
 * Grading quiz answers.
 *
 * Scoring rule: each question scores 1 when the whole answer is right and 0 otherwise
 * (all-or-nothing, so a guess at "select all that apply" cannot earn part marks). Feedback is
 * finer: `parts` says which options, positions or pairs were right, so a reader sees what to fix.
 */
import type { Question } from '../schemas/content';

/** A reader's answer, by question type (`null` / empty while unanswered). */
export type Answer =
	| { type: 'single'; choice: string | null }
	| { type: 'multiple'; choices: string[] }
	| { type: 'truefalse'; choice: boolean | null }
	| { type: 'order'; order: string[] }
	| { type: 'match'; pairs: Record<string, string> };

/** The result of checking one answer. */
export interface Grade {
	/** Whether the whole answer is right: the question scores 1 if so, else 0. */
	correct: boolean;
	/** Per option (multiple), position (order) or pair (match): whether that part is right. */
	parts: { id: string; correct: boolean }[];
}

/** The empty answer a question starts with; `order` starts in the order it is shown. */
export function emptyAnswer(question: Question, shownOrder: string[] = []): Answer {
	switch (question.type) {
		case 'single':
			return { type: 'single', choice: null };
		case 'multiple':
			return { type: 'multiple', choices: [] };
		case 'truefalse':
			return { type: 'truefalse', choice: null };
		case 'order':
			return {
				type: 'order',
				order: shownOrder.length ? shownOrder : question.items.map((item) => item.id),
			};
		case 'match':
			return { type: 'match', pairs: {} };
	}
}

/**
 * Whether an answer is complete enough to check. An order question always is (moving items is
 * optional); a match question needs every pair chosen.
 */
export function isAnswered(question: Question, answer: Answer): boolean {
	switch (answer.type) {
		case 'single':
		case 'truefalse':
			return answer.choice !== null;
		case 'multiple':
			return answer.choices.length > 0;
		case 'order':
			return true;
		case 'match':
			return (
				question.type === 'match' && question.pairs.every((pair) => Boolean(answer.pairs[pair.id]))
			);
	}
}

/**
 * Check an answer against its question.
 * `gradeAnswer(multipleQuestion, { type: 'multiple', choices: ['a'] })` where the answer is
 * `['a', 'c']` ⇒ `{ correct: false, parts: [{ id: 'a', correct: true }, { id: 'b', correct: true }, { id: 'c', correct: false }, …] }`
 * (a part is right when the option was ticked exactly when it should be).
 */
export function gradeAnswer(question: Question, answer: Answer): Grade {
	if (answer.type !== question.type) return { correct: false, parts: [] };
	switch (question.type) {
		case 'single': {
			const choice = (answer as Extract<Answer, { type: 'single' }>).choice;
			return { correct: choice === question.answer, parts: [] };
		}
		case 'truefalse': {
			const choice = (answer as Extract<Answer, { type: 'truefalse' }>).choice;
			return { correct: choice === question.answer, parts: [] };
		}
		case 'multiple': {
			const choices = new Set((answer as Extract<Answer, { type: 'multiple' }>).choices);
			const parts = question.options.map((option) => ({
				id: option.id,
				correct: choices.has(option.id) === question.answer.includes(option.id),
			}));
			return { correct: parts.every((part) => part.correct), parts };
		}
		case 'order': {
			const order = (answer as Extract<Answer, { type: 'order' }>).order;
			const parts = question.items.map((item, i) => ({
				id: item.id,
				correct: order[i] === item.id,
			}));
			const complete = order.length === question.items.length;
			return { correct: complete && parts.every((part) => part.correct), parts };
		}
		case 'match': {
			const pairs = (answer as Extract<Answer, { type: 'match' }>).pairs;
			const parts = question.pairs.map((pair) => ({
				id: pair.id,
				correct: pairs[pair.id] === pair.id,
			}));
			return { correct: parts.every((part) => part.correct), parts };
		}
	}
}

/** The score of an attempt: how many questions were checked right, out of how many. */
export function scoreAttempt(grades: (Grade | undefined)[]): { correct: number; total: number } {
	return { correct: grades.filter((grade) => grade?.correct).length, total: grades.length };
}

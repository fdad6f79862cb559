/**
 * What the quiz shows, decided apart from how it is drawn: the order options and items appear
 * in for one attempt, and the content hash that versions saved progress.
 */
import type { Question } from '../schemas/content';
import { hashString, shuffled, shuffledOutOfOrder } from './shuffle';

/** A question as the island receives it: with where to read about it. */
export type QuizQuestion = Question & {
	/** The section that teaches it: its address and its heading. */
	read: { href: string; title: string };
};

/** One thing to show in a question: an option, an order item or a match choice. */
export interface Shown {
	id: string;
	text: string;
}

/**
 * The options (single, multiple), items (order) or right-hand choices (match) of a question,
 * in the order this attempt shows them. Attempt 0 is what the server renders; each "Try again"
 * adds one, so the order changes but stays the same across reloads of one attempt.
 */
export function shownChoices(question: Question, attempt: number): Shown[] {
	const seed = hashString(question.id) + attempt;
	switch (question.type) {
		case 'single':
		case 'multiple':
			return shuffled(question.options, seed);
		case 'order':
			return shuffledOutOfOrder(question.items, seed);
		case 'match':
			return shuffled(
				question.pairs.map((pair) => ({ id: pair.id, text: pair.right })),
				seed,
			);
		case 'truefalse':
			return [];
	}
}

/** A short hash of a quiz's questions: it changes whenever any question changes. */
export function quizHash(questions: readonly Question[]): string {
	return hashString(JSON.stringify(questions)).toString(36);
}

/**
 * The final quiz's questions, in the order picked, looked up by id in the page quizzes.
 * Throws on an unknown id, which the build's integrity check reports first in any case.
 * `resolvePicks(['b', 'a'], byId)` ⇒ `[byId.get('b'), byId.get('a')]`
 */
export function resolvePicks<Q>(picks: readonly string[], byId: ReadonlyMap<string, Q>): Q[] {
	return picks.map((id) => {
		const question = byId.get(id);
		if (!question)
			throw new Error(`The final quiz picks "${id}", which is not a question in any page quiz`);
		return question;
	});
}

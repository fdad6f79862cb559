/** What a question says about its answer: the answer itself, and feedback once checked. */
import type { Answer, Grade } from '../../lib/grading';
import type { QuizQuestion } from '../../lib/quiz-view';
import { quizUi } from '../../i18n/ui';

/** The right answer in words, for the no-JavaScript `<details>` and the answer key. */
export function RightAnswer({ question }: { question: QuizQuestion }) {
	switch (question.type) {
		case 'single':
			return <p>{question.options.find((option) => option.id === question.answer)?.text}</p>;
		case 'multiple':
			return (
				<ul>
					{question.options
						.filter((option) => question.answer.includes(option.id))
						.map((option) => (
							<li key={option.id}>{option.text}</li>
						))}
				</ul>
			);
		case 'truefalse':
			return <p>{question.answer ? quizUi.true : quizUi.false}</p>;
		case 'order':
			return (
				<ol>
					{question.items.map((item) => (
						<li key={item.id}>{item.text}</li>
					))}
				</ol>
			);
		case 'match':
			return (
				<ul>
					{question.pairs.map((pair) => (
						<li key={pair.id}>
							{pair.left} — {pair.right}
						</li>
					))}
				</ul>
			);
	}
}

/** The explanation and the link to the section that teaches the question. */
export function Explanation({ question }: { question: QuizQuestion }) {
	return (
		<>
			<p>{question.explanation}</p>
			<p>
				{quizUi.read} <a href={question.read.href}>{question.read.title}</a>
			</p>
		</>
	);
}

/** A question with the reader's answer and its grade. */
interface Checked {
	question: QuizQuestion;
	answer: Answer;
	grade: Grade;
}

/**
 * Feedback after checking: right or wrong in words (the ✓ or ✗ comes from CSS); when wrong, the
 * right answer in words and why the reader's own choices were wrong, where the question says;
 * then the explanation. The options themselves are marked one by one (see Controls).
 */
export function Feedback({ question, answer, grade }: Checked) {
	// The options the reader got wrong by picking (single) or ticking (multiple) them.
	const { choice, choices = [] } = answer as { choice?: unknown; choices?: string[] };
	const picked =
		question.type === 'single'
			? question.options.filter((option) => option.id === choice)
			: question.type === 'multiple'
				? question.options.filter(
						(option) => choices.includes(option.id) && !question.answer.includes(option.id),
					)
				: [];
	return (
		<>
			<p class={grade.correct ? 'verdict ok' : 'verdict no'}>
				{grade.correct ? quizUi.right : quizUi.wrong}
			</p>
			{!grade.correct && (
				<>
					<p>{quizUi.rightAnswer}</p>
					<RightAnswer question={question} />
					{picked.map(
						(option) =>
							option.feedback && (
								<p key={option.id}>
									{question.type === 'multiple' && `${option.text}: `}
									{option.feedback}
								</p>
							),
					)}
					{question.type === 'truefalse' && question.feedback && <p>{question.feedback}</p>}
				</>
			)}
			<Explanation question={question} />
		</>
	);
}

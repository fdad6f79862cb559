/** Feedback once a question is checked; the answer's own views are in src/views/answer.tsx. */
import type { Answer, Grade } from '../../lib/grading';
import type { QuizQuestion } from '../../lib/quiz-view';
import type { QuizStrings } from '../../i18n/types';
import { Explanation, RightAnswer } from '../../views/answer';

/** A question with the reader's answer and its grade. */
interface Checked {
	question: QuizQuestion;
	answer: Answer;
	grade: Grade;
	t: QuizStrings;
}

/**
 * Feedback after checking: right or wrong in words (the ✓ or ✗ comes from CSS); when wrong, the
 * right answer in words and why the reader's own choices were wrong, where the question says;
 * then the explanation. The options themselves are marked one by one (see Controls).
 */
export function Feedback({ question, answer, grade, t }: Checked) {
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
			<p class={grade.correct ? 'verdict ok' : 'verdict no'}>{grade.correct ? t.right : t.wrong}</p>
			{!grade.correct && (
				<>
					<p>{t.rightAnswer}</p>
					<RightAnswer question={question} t={t} />
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
			<Explanation question={question} t={t} />
		</>
	);
}

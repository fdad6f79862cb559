/**
 * One question: a fieldset with its prompt as legend, its controls, and its answer or feedback.
 * The server renders it exactly as the hydrated island first draws it, so nothing moves when the
 * island hydrates; the answer also waits in a `<details>` that CSS shows only to a browser
 * without JavaScript, where the buttons (which could do nothing) are hidden (see quiz.css).
 */
import { gradeAnswer, isAnswered, type Answer } from '../../lib/grading';
import { shownChoices, type QuizQuestion } from '../../lib/quiz-view';
import type { QuizStrings } from '../../i18n/types';
import { say } from '../../lib/message';
import { Controls } from './Controls';
import { Feedback } from './Feedback';
import { Explanation, RightAnswer } from '../../views/answer';

interface Props {
	question: QuizQuestion;
	number: number;
	total: number;
	answer: Answer;
	attempt: number;
	checked: boolean;
	onChange: (answer: Answer) => void;
	onCheck: () => void;
	announce: (message: string) => void;
	t: QuizStrings;
}

export function QuestionCard(props: Props) {
	const { question, number, total, answer, attempt, checked, t } = props;
	const grade = checked ? gradeAnswer(question, answer) : undefined;
	const hintId = `hint-${question.id}`;
	const answered = isAnswered(question, answer);
	return (
		<div class="question" id={`question-${question.id}`} tabIndex={-1}>
			<fieldset>
				<legend id={`legend-${question.id}`}>
					<span class="number">{say(t.questionOf, { n: number, total })}</span> {question.prompt}
				</legend>
				<Controls
					question={question}
					answer={answer}
					choices={shownChoices(question, attempt)}
					disabled={checked}
					onChange={props.onChange}
					announce={props.announce}
					t={t}
				/>
			</fieldset>
			<details class="answer">
				<summary>{t.showAnswer}</summary>
				<p>{t.answerIs}</p>
				<RightAnswer question={question} t={t} />
				<Explanation question={question} t={t} />
			</details>
			{grade ? (
				<div
					class={grade.correct ? 'feedback ok' : 'feedback no'}
					id={`feedback-${question.id}`}
					tabIndex={-1}
				>
					<Feedback question={question} answer={answer} grade={grade} t={t} />
				</div>
			) : (
				<p class="check">
					<button
						type="button"
						onClick={props.onCheck}
						disabled={!answered}
						aria-describedby={hintId}
					>
						{t.check}
					</button>{' '}
					<span id={hintId} class="muted">
						{answered ? '' : t.checkHint}
					</span>
				</p>
			)}
		</div>
	);
}

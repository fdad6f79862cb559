/** One question: a fieldset with its prompt as legend, its controls, and its answer or feedback. */
import { gradeAnswer, isAnswered, type Answer } from '../../lib/grading';
import { shownChoices, type QuizQuestion } from '../../lib/quiz-view';
import { quizUi } from '../../i18n/ui';
import { Controls } from './Controls';
import { Explanation, Feedback, RightAnswer } from './Feedback';

interface Props {
	question: QuizQuestion;
	number: number;
	total: number;
	answer: Answer;
	attempt: number;
	checked: boolean;
	/** False in the server-rendered page: then the answer waits in a `<details>`. */
	interactive: boolean;
	onChange: (answer: Answer) => void;
	onCheck: () => void;
	announce: (message: string) => void;
}

export function QuestionCard(props: Props) {
	const { question, number, total, answer, attempt, checked, interactive } = props;
	const grade = checked ? gradeAnswer(question, answer) : undefined;
	const hintId = `hint-${question.id}`;
	return (
		<div class="question" id={`question-${question.id}`}>
			<fieldset>
				<legend id={`legend-${question.id}`}>
					<span class="number">{quizUi.questionOf(number, total)}</span> {question.prompt}
				</legend>
				<Controls
					question={question}
					answer={answer}
					choices={shownChoices(question, attempt)}
					disabled={checked}
					interactive={interactive}
					onChange={props.onChange}
					announce={props.announce}
				/>
			</fieldset>
			{!interactive && (
				<details class="answer">
					<summary>{quizUi.showAnswer}</summary>
					<p class="answer-label">{quizUi.answerIs}</p>
					<RightAnswer question={question} />
					<Explanation question={question} />
				</details>
			)}
			{interactive && !checked && (
				<p class="check">
					<button
						type="button"
						onClick={props.onCheck}
						disabled={!isAnswered(question, answer)}
						aria-describedby={hintId}
					>
						{quizUi.check}
					</button>{' '}
					<span id={hintId} class="muted">
						{isAnswered(question, answer) ? '' : quizUi.checkHint}
					</span>
				</p>
			)}
			{grade && (
				<div
					class={grade.correct ? 'feedback right' : 'feedback wrong'}
					id={`feedback-${question.id}`}
					tabIndex={-1}
				>
					<Feedback question={question} answer={answer} grade={grade} />
				</div>
			)}
		</div>
	);
}

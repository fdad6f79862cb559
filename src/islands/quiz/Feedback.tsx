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

/** Why the reader's wrong choice was wrong, where the question says. */
function WhyWrong({ question, answer, grade }: Checked) {
	if (question.type === 'single' && answer.type === 'single') {
		const chosen = question.options.find((option) => option.id === answer.choice);
		return chosen?.feedback ? <p>{chosen.feedback}</p> : null;
	}
	if (question.type === 'truefalse') return question.feedback ? <p>{question.feedback}</p> : null;
	if (question.type === 'multiple' && answer.type === 'multiple') {
		return (
			<ul class="parts">
				{question.options.map((option) => {
					const ok = grade.parts.find((part) => part.id === option.id)?.correct;
					const should = question.answer.includes(option.id);
					return (
						<li key={option.id}>
							<span aria-hidden="true">{ok ? '✓ ' : '✗ '}</span>
							{option.text}:{' '}
							{ok
								? quizUi.partRight
								: `${quizUi.partWrong}, ${should ? quizUi.shouldTick : quizUi.shouldNotTick}`}
							{!ok && !should && answer.choices.includes(option.id) && option.feedback && (
								<> — {option.feedback}</>
							)}
						</li>
					);
				})}
			</ul>
		);
	}
	if (question.type === 'order') {
		return (
			<>
				<p>{quizUi.correctOrder}</p>
				<RightAnswer question={question} />
			</>
		);
	}
	if (question.type === 'match') {
		return (
			<>
				<p>{quizUi.correctPairs}</p>
				<RightAnswer question={question} />
			</>
		);
	}
	return null;
}

/** Feedback after checking: right or wrong in an icon and in words, then why. */
export function Feedback({ question, answer, grade }: Checked) {
	return (
		<>
			<p class={grade.correct ? 'verdict right' : 'verdict wrong'}>
				<span aria-hidden="true">{grade.correct ? '✓ ' : '✗ '}</span>
				{grade.correct ? quizUi.right : quizUi.wrong}
			</p>
			{!grade.correct && <WhyWrong question={question} answer={answer} grade={grade} />}
			<Explanation question={question} />
		</>
	);
}

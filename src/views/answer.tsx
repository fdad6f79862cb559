/**
 * How a question's answer reads, in the quiz island (after checking, and in the no-JavaScript
 * `<details>`) and in the teachers' answer key (src/components/AnswerKey.astro), which renders
 * the same views at build time.
 */
import type { QuizQuestion } from '../lib/quiz-view';
import type { QuizStrings } from '../i18n/types';

/** The right answer in words, for the no-JavaScript `<details>` and the answer key. */
export function RightAnswer({ question, t }: { question: QuizQuestion; t: QuizStrings }) {
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
			return <p>{question.answer ? t.true : t.false}</p>;
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
export function Explanation({ question, t }: { question: QuizQuestion; t: QuizStrings }) {
	return (
		<>
			<p>{question.explanation}</p>
			<p>
				{t.read} <a href={question.read.href}>{question.read.title}</a>
			</p>
		</>
	);
}

/** The answer controls of each question type: native inputs, selects and buttons only. */
import type { Answer } from '../../lib/grading';
import type { QuizQuestion, Shown } from '../../lib/quiz-view';
import { quizUi } from '../../i18n/ui';

interface Props {
	question: QuizQuestion;
	answer: Answer;
	choices: Shown[];
	/** Locked once checked. */
	disabled: boolean;
	onChange: (answer: Answer) => void;
	/** Say something in the quiz's live region. */
	announce: (message: string) => void;
	/** False in the server-rendered page, where buttons could do nothing. */
	interactive: boolean;
}

export function Controls({
	question,
	answer,
	choices,
	disabled,
	onChange,
	announce,
	interactive,
}: Props) {
	const name = `q-${question.id}`;
	// Single, multiple and true/false are all a list of native radios or checkboxes.
	const list = (
		kind: 'radio' | 'checkbox',
		items: { id: string; text: string; on: boolean; pick: (on: boolean) => Answer }[],
	) => (
		<ul class="choices">
			{items.map((item) => (
				<li key={item.id}>
					<label>
						<input
							type={kind}
							name={name}
							value={item.id}
							checked={item.on}
							disabled={disabled}
							onChange={(event) =>
								onChange(item.pick((event.currentTarget as HTMLInputElement).checked))
							}
						/>{' '}
						{item.text}
					</label>
				</li>
			))}
		</ul>
	);
	switch (answer.type) {
		case 'single':
			return list(
				'radio',
				choices.map((choice) => ({
					...choice,
					on: answer.choice === choice.id,
					pick: () => ({ type: 'single', choice: choice.id }),
				})),
			);
		case 'multiple':
			return list(
				'checkbox',
				choices.map((choice) => ({
					...choice,
					on: answer.choices.includes(choice.id),
					pick: (on) => {
						const rest = answer.choices.filter((id) => id !== choice.id);
						return { type: 'multiple', choices: on ? [...rest, choice.id] : rest };
					},
				})),
			);
		case 'truefalse':
			return list(
				'radio',
				[true, false].map((value) => ({
					id: String(value),
					text: value ? quizUi.true : quizUi.false,
					on: answer.choice === value,
					pick: () => ({ type: 'truefalse', choice: value }),
				})),
			);
		case 'order': {
			const text = (id: string) => choices.find((choice) => choice.id === id)?.text ?? id;
			const move = (from: number, to: number) => {
				const order = [...answer.order];
				const [item] = order.splice(from, 1);
				order.splice(to, 0, item!);
				onChange({ type: 'order', order });
				announce(quizUi.moved(text(item!), to + 1, order.length));
			};
			return (
				<ol class="order">
					{answer.order.map((id, i) => (
						<li key={id}>
							<span class="order-text">{text(id)}</span>
							{interactive && (
								<span class="order-buttons">
									<button
										type="button"
										disabled={disabled || i === 0}
										onClick={() => move(i, i - 1)}
									>
										{quizUi.moveUp}
										<span class="visually-hidden">: {text(id)}</span>
									</button>
									<button
										type="button"
										disabled={disabled || i === answer.order.length - 1}
										onClick={() => move(i, i + 1)}
									>
										{quizUi.moveDown}
										<span class="visually-hidden">: {text(id)}</span>
									</button>
								</span>
							)}
						</li>
					))}
				</ol>
			);
		}
		case 'match':
			if (question.type !== 'match') return null;
			return (
				<ul class="match">
					{question.pairs.map((pair) => (
						<li key={pair.id}>
							<label for={`${name}-${pair.id}`}>{pair.left}</label>
							<select
								id={`${name}-${pair.id}`}
								disabled={disabled}
								value={answer.pairs[pair.id] ?? ''}
								onChange={(event) =>
									onChange({
										type: 'match',
										pairs: {
											...answer.pairs,
											[pair.id]: (event.currentTarget as HTMLSelectElement).value,
										},
									})
								}
							>
								<option value="">{quizUi.choose}</option>
								{choices.map((choice) => (
									<option key={choice.id} value={choice.id}>
										{choice.text}
									</option>
								))}
							</select>
						</li>
					))}
				</ul>
			);
	}
}

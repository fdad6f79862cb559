/**
 * The answer controls of each question type: native inputs, selects and buttons only. Once a
 * question is checked, each option, item or pair says in words what the reader did with it and
 * whether that was right (the ✓ and ✗ come from CSS, see `.mark` in quiz.css).
 */
import type { Answer } from '../../lib/grading';
import type { QuizQuestion, Shown } from '../../lib/quiz-view';
import type { QuizStrings } from '../../i18n/types';
import { say } from '../../lib/message';

interface Props {
	question: QuizQuestion;
	answer: Answer;
	choices: Shown[];
	/** Locked and marked once checked. */
	disabled: boolean;
	onChange: (answer: Answer) => void;
	/** Say something in the quiz's live region. */
	announce: (message: string) => void;
	t: QuizStrings;
}

/** A mark after an option, item or pair once checked: right (✓) or not (✗), in words. */
const Mark = ({ ok, text }: { ok: boolean; text: string }) => (
	<span class={ok ? 'mark ok' : 'mark no'}>{text}</span>
);

export function Controls({ question, answer, choices, disabled, onChange, announce, t }: Props) {
	const name = `q-${question.id}`;
	// Single, multiple and true/false are all a list of native radios or checkboxes.
	const list = (
		kind: 'radio' | 'checkbox',
		items: {
			id: string;
			text: string;
			on: boolean;
			/** Whether the right answer picks this option. */
			right: boolean;
			pick: (on: boolean) => Answer;
		}[],
	) => (
		<ul class="choices">
			{items.map((item) => {
				const said = t.marks[kind][+item.on * 2 + +item.right];
				return (
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
							/>
							<span>
								{item.text}
								{disabled && said && (
									<Mark ok={kind === 'radio' ? item.right : item.on === item.right} text={said} />
								)}
							</span>
						</label>
					</li>
				);
			})}
		</ul>
	);
	// The question's fields by the type its answer says it is (the two always agree).
	const q = question as unknown as {
		answer: unknown;
		items: Shown[];
		pairs: { id: string; left: string; right: string }[];
	};
	switch (answer.type) {
		case 'single':
			return list(
				'radio',
				choices.map((choice) => ({
					...choice,
					on: answer.choice === choice.id,
					right: q.answer === choice.id,
					pick: () => ({ type: 'single', choice: choice.id }),
				})),
			);
		case 'multiple':
			return list(
				'checkbox',
				choices.map((choice) => ({
					...choice,
					on: answer.choices.includes(choice.id),
					right: (q.answer as string[]).includes(choice.id),
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
					text: value ? t.true : t.false,
					on: answer.choice === value,
					right: q.answer === value,
					pick: () => ({ type: 'truefalse', choice: value }),
				})),
			);
		case 'order': {
			const { order } = answer;
			const text = (id: string) => choices.find((choice) => choice.id === id)?.text ?? id;
			const move = (from: number, to: number) => {
				const moved = [...order];
				const [item] = moved.splice(from, 1);
				moved.splice(to, 0, item!);
				onChange({ type: 'order', order: moved });
				announce(say(t.moved, { item: text(item!), position: to + 1, total: moved.length }));
				// Keep focus on the moved item (its nodes move, which drops focus), on the same
				// button unless that one can go no further.
				setTimeout(() => {
					const buttons = document.getElementById(`${name}-${item}`)?.querySelectorAll('button');
					const same = +(to > from);
					buttons?.[buttons[same]!.disabled ? 1 - same : same]!.focus();
				});
			};
			return (
				<ol class="order">
					{order.map((id, i) => {
						const place = q.items.findIndex((item) => item.id === id);
						return (
							<li key={id} id={`${name}-${id}`}>
								<span class="order-text">{text(id)}</span>
								{disabled ? (
									<Mark
										ok={place === i}
										text={place === i ? t.placeRight : say(t.placeWrong, { position: place + 1 })}
									/>
								) : (
									<span class="order-buttons">
										<button type="button" disabled={i === 0} onClick={() => move(i, i - 1)}>
											{t.moveUp}
											<span class="visually-hidden">: {text(id)}</span>
										</button>
										<button
											type="button"
											disabled={i === order.length - 1}
											onClick={() => move(i, i + 1)}
										>
											{t.moveDown}
											<span class="visually-hidden">: {text(id)}</span>
										</button>
									</span>
								)}
							</li>
						);
					})}
				</ol>
			);
		}
		case 'match':
			return (
				<ul class="match">
					{q.pairs.map((pair) => {
						const ok = answer.pairs[pair.id] === pair.id;
						return (
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
									<option value="">{t.choose}</option>
									{choices.map((choice) => (
										<option key={choice.id} value={choice.id}>
											{choice.text}
										</option>
									))}
								</select>
								{disabled && (
									<Mark ok={ok} text={ok ? t.pairRight : `${t.pairWrong} ${pair.right}`} />
								)}
							</li>
						);
					})}
				</ul>
			);
	}
}

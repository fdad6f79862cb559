// @vitest-environment happy-dom
/** The quiz island, rendered in happy-dom and used as a reader would: by role and label. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import Quiz from '../../src/islands/Quiz';
import { memoryStore, progressKey, saveProgress } from '../../src/lib/progress';
import { allTypes, match, multiple, order, single, truefalse } from '../support/questions';

afterEach(cleanup);

const questionBox = (prompt: string) =>
	screen
		.getByRole('group', { name: new RegExp(prompt.replace(/[?.]/g, '.')) })
		.closest<HTMLElement>('.question')!;
/** The Move up button of an item (happy-dom's name computation puts a space before the colon). */
const moveUp = (box: HTMLElement, item: string) =>
	within(box).getByRole('button', { name: new RegExp(`^Move up ?: ${item}$`) });
const checkButton = (box: HTMLElement) => within(box).getByRole('button', { name: 'Check answer' });

/** Answer every question of `allTypes` right, except the single-choice one. */
function answerAllButOneRight() {
	fireEvent.click(within(questionBox(single.prompt)).getByLabelText('The army'));
	fireEvent.click(checkButton(questionBox(single.prompt)));
	const multi = questionBox(multiple.prompt);
	fireEvent.click(within(multi).getByLabelText('Closing borders'));
	fireEvent.click(within(multi).getByLabelText('Freezing assets'));
	fireEvent.click(checkButton(multi));
	fireEvent.click(within(questionBox(truefalse.prompt)).getByLabelText('False'));
	fireEvent.click(checkButton(questionBox(truefalse.prompt)));
	sortOrderQuestion();
	fireEvent.click(checkButton(questionBox(order.prompt)));
	const pairs = questionBox(match.prompt);
	for (const pair of match.type === 'match' ? match.pairs : []) {
		fireEvent.change(within(pairs).getByLabelText(pair.left), { target: { value: pair.id } });
	}
	fireEvent.click(checkButton(pairs));
}

/** Put the order question right with its Move up buttons, as a reader would. */
function sortOrderQuestion() {
	const box = questionBox(order.prompt);
	const wanted = order.type === 'order' ? order.items.map((item) => item.text) : [];
	for (let target = 0; target < wanted.length; target++) {
		const shown = () =>
			within(box)
				.getAllByRole('listitem')
				.map((li) => li.querySelector('.order-text')!.textContent);
		let at = shown().indexOf(wanted[target]!);
		while (at > target) {
			fireEvent.click(moveUp(box, wanted[target]!));
			at -= 1;
		}
	}
}

describe('the quiz island', () => {
	test('keeps Check answer disabled until an answer is given, and never checks on selection', () => {
		render(<Quiz quizId="t" hash="h" questions={[single]} store={memoryStore()} />);
		const box = questionBox(single.prompt);
		expect(checkButton(box)).toHaveProperty('disabled', true);
		fireEvent.click(within(box).getByLabelText('The army'));
		expect(checkButton(box)).toHaveProperty('disabled', false);
		expect(within(box).queryByText('Not quite.')).toBeNull();
	});

	test('says why a wrong answer is wrong, explains the right one, and links to the section', () => {
		render(<Quiz quizId="t" hash="h" questions={[single]} store={memoryStore()} />);
		const box = questionBox(single.prompt);
		fireEvent.click(within(box).getByLabelText('The army'));
		fireEvent.click(checkButton(box));
		expect(within(box).getByText('Not quite.')).toBeTruthy();
		expect(within(box).getByText('The army joined a day later.')).toBeTruthy();
		expect(within(box).getByText('Because the page says so.')).toBeTruthy();
		expect(within(box).getByRole('link', { name: 'Section night' }).getAttribute('href')).toBe(
			'/niger-coup/#night',
		);
		// The verdict is in words and in a symbol, never in colour alone; the inputs are locked.
		expect(within(box).getByText('✗', { exact: false })).toBeTruthy();
		expect(within(box).getByLabelText('The army')).toHaveProperty('disabled', true);
		// The live region announces it.
		expect(document.querySelector('[aria-live="polite"]')!.textContent).toContain('Not quite.');
	});

	test('announces each move of an order item', () => {
		render(<Quiz quizId="t" hash="h" questions={[order]} store={memoryStore()} />);
		const box = questionBox(order.prompt);
		const second = box.querySelectorAll('.order-text')[1]!.textContent!;
		fireEvent.click(moveUp(box, second));
		expect(box.querySelectorAll('.order-text')[0]!.textContent).toBe(second);
		expect(document.querySelector('[aria-live="polite"]')!.textContent).toBe(
			`${second}: now 1 of 3.`,
		);
	});

	test('scores the attempt, reviews the mistakes, and reshuffles on Try again', () => {
		render(<Quiz quizId="t" hash="h" questions={allTypes} store={memoryStore()} />);
		answerAllButOneRight();
		expect(screen.getByText('You got 4 of 5 right.')).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Review my mistakes' }));
		expect(screen.getAllByRole('group')).toHaveLength(1);
		expect(screen.getByRole('group', { name: /Which unit detained/ })).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
		expect(screen.getAllByRole('group')).toHaveLength(5);
		expect(screen.queryByText(/You got/)).toBeNull();
		expect(screen.getAllByRole('button', { name: 'Check answer' })).toHaveLength(5);
	});

	test('restores answers and checks after a remount, and clears them on request', () => {
		const store = memoryStore();
		const first = render(
			<Quiz quizId="t" hash="h" questions={[single, truefalse]} store={store} />,
		);
		fireEvent.click(within(questionBox(single.prompt)).getByLabelText('The presidential guard'));
		fireEvent.click(checkButton(questionBox(single.prompt)));
		fireEvent.click(within(questionBox(truefalse.prompt)).getByLabelText('True'));
		first.unmount();

		render(<Quiz quizId="t" hash="h" questions={[single, truefalse]} store={store} />);
		expect(within(questionBox(single.prompt)).getByText('Correct.')).toBeTruthy();
		expect(within(questionBox(truefalse.prompt)).getByLabelText('True')).toHaveProperty(
			'checked',
			true,
		);
		fireEvent.click(screen.getByRole('button', { name: 'Clear my answers' }));
		expect(within(questionBox(single.prompt)).queryByText('Correct.')).toBeNull();
		expect(within(questionBox(truefalse.prompt)).getByLabelText('True')).toHaveProperty(
			'checked',
			false,
		);
	});

	test('sets a corrupt save aside with a notice instead of crashing', () => {
		const store = memoryStore();
		store.setItem(progressKey('t', 'h'), '{"v":1,"answers":');
		render(<Quiz quizId="t" hash="h" questions={[single]} store={store} />);
		expect(screen.getByRole('status').textContent).toMatch(/could not be read/);
		expect(checkButton(questionBox(single.prompt))).toBeTruthy();
	});

	test('sets aside answers saved for an older version of the quiz', () => {
		const store = memoryStore();
		saveProgress(store, 't', 'old', { v: 1, seed: 0, answers: {}, checked: [single.id] });
		render(<Quiz quizId="t" hash="new" questions={[single]} store={store} />);
		expect(screen.getByRole('status').textContent).toMatch(/has changed/);
		expect(within(questionBox(single.prompt)).queryByText('Correct.')).toBeNull();
	});
});

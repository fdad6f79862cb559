// @vitest-environment happy-dom
/** The quiz island, rendered in happy-dom and used as a reader would: by role and label. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, test } from 'vitest';
import Quiz from '../../src/islands/Quiz';
import { quizUi } from '../../src/i18n/ui';
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
/** The feedback shown once a question is checked. */
const feedbackOf = (box: HTMLElement) => box.querySelector<HTMLElement>('.feedback')!;
/** What the label of an option says about it once checked (its mark), and whether it is ✓. */
const markOf = (box: HTMLElement, option: string) => {
	const mark = within(box)
		.getByLabelText(option, { exact: false })
		.closest('label')!
		.querySelector('.mark');
	return mark && { text: mark.textContent, ok: mark.classList.contains('ok') };
};
const liveRegion = () => document.querySelector('[aria-live="polite"]')!.textContent;
/** The order items as shown, top to bottom. */
const shownOrder = (box: HTMLElement) =>
	[...box.querySelectorAll('.order .order-text')].map((item) => item.textContent);

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
		let at = shownOrder(box).indexOf(wanted[target]!);
		while (at > target) {
			fireEvent.click(moveUp(box, wanted[target]!));
			at -= 1;
		}
	}
}

describe('the quiz island', () => {
	test('draws on the server exactly what it draws once hydrated, so nothing moves', () => {
		const server = renderToString(
			<Quiz t={quizUi} quizId="t" hash="h" questions={allTypes} store={memoryStore()} />,
		);
		const { container } = render(
			<Quiz t={quizUi} quizId="t" hash="h" questions={allTypes} store={memoryStore()} />,
		);
		// The server marks the chosen option with `selected`; the browser sets the select's value.
		const normal = (html: string) => {
			const box = document.createElement('div');
			box.innerHTML = html;
			for (const option of box.querySelectorAll('option')) option.removeAttribute('selected');
			return box.innerHTML;
		};
		expect(normal(container.innerHTML)).toBe(normal(server));
		// Buttons and answers both: CSS shows the buttons with scripting and the answers without.
		expect(container.querySelectorAll('details.answer')).toHaveLength(allTypes.length);
		expect(container.querySelectorAll('.check button')).toHaveLength(allTypes.length);
		expect(container.querySelector('.quiz-foot button')!.textContent).toBe('Clear my answers');
	});

	test('keeps Check answer disabled until an answer is given, and never checks on selection', () => {
		render(<Quiz t={quizUi} quizId="t" hash="h" questions={[single]} store={memoryStore()} />);
		const box = questionBox(single.prompt);
		expect(checkButton(box)).toHaveProperty('disabled', true);
		fireEvent.click(within(box).getByLabelText('The army'));
		expect(checkButton(box)).toHaveProperty('disabled', false);
		expect(within(box).queryByText('Not quite.')).toBeNull();
	});

	test('says why a wrong answer is wrong, explains the right one, and links to the section', () => {
		render(<Quiz t={quizUi} quizId="t" hash="h" questions={[single]} store={memoryStore()} />);
		const box = questionBox(single.prompt);
		fireEvent.click(within(box).getByLabelText('The army'));
		fireEvent.click(checkButton(box));
		expect(within(box).getByText('Not quite.')).toBeTruthy();
		const feedback = feedbackOf(box);
		expect(within(feedback).getByText('The army joined a day later.')).toBeTruthy();
		expect(within(feedback).getByText('Because the page says so.')).toBeTruthy();
		expect(within(feedback).getByRole('link', { name: 'Section night' }).getAttribute('href')).toBe(
			'/niger-coup/#night',
		);
		// The verdict is in words, marked by class (CSS draws ✓ or ✗), never colour alone.
		expect(feedback.querySelector('.verdict.no')!.textContent).toBe('Not quite.');
		expect(within(box).getByLabelText('The army', { exact: false })).toHaveProperty(
			'disabled',
			true,
		);
		// The live region announces it.
		expect(document.querySelector('[aria-live="polite"]')!.textContent).toContain('Not quite.');
	});

	test('after a wrong single choice, names and marks the right answer and keeps the pick', () => {
		render(<Quiz t={quizUi} quizId="t" hash="h" questions={[single]} store={memoryStore()} />);
		const box = questionBox(single.prompt);
		fireEvent.click(within(box).getByLabelText('The army'));
		fireEvent.click(checkButton(box));
		const feedback = feedbackOf(box);
		expect(feedback.textContent).toContain('The right answer:The presidential guard');
		expect(markOf(box, 'The presidential guard')).toEqual({ text: 'The right answer', ok: true });
		expect(markOf(box, 'The army')).toEqual({ text: 'Your answer: wrong', ok: false });
		expect(markOf(box, 'The police')).toBeNull();
		expect(within(box).getByLabelText('The army', { exact: false })).toHaveProperty(
			'checked',
			true,
		);
	});

	test('after a true/false question, names and marks the right answer', () => {
		render(<Quiz t={quizUi} quizId="t" hash="h" questions={[truefalse]} store={memoryStore()} />);
		const box = questionBox(truefalse.prompt);
		fireEvent.click(within(box).getByLabelText('True'));
		fireEvent.click(checkButton(box));
		expect(feedbackOf(box).textContent).toContain('The right answer:False');
		expect(feedbackOf(box).textContent).toContain('He refused to resign.');
		expect(markOf(box, 'False')).toEqual({ text: 'The right answer', ok: true });
		expect(markOf(box, 'True')).toEqual({ text: 'Your answer: wrong', ok: false });
	});

	test('a right answer is marked as the reader’s own, and right', () => {
		render(<Quiz t={quizUi} quizId="t" hash="h" questions={[single]} store={memoryStore()} />);
		const box = questionBox(single.prompt);
		fireEvent.click(within(box).getByLabelText('The presidential guard'));
		fireEvent.click(checkButton(box));
		expect(feedbackOf(box).querySelector('.verdict.ok')!.textContent).toBe('Correct.');
		expect(markOf(box, 'The presidential guard')).toEqual({
			text: 'Your answer: right',
			ok: true,
		});
		expect(feedbackOf(box).textContent).not.toContain('The right answer:');
	});

	test('select-all feedback says what the reader did with each option', () => {
		render(<Quiz t={quizUi} quizId="t" hash="h" questions={[multiple]} store={memoryStore()} />);
		const box = questionBox(multiple.prompt);
		// Right: borders and assets. Ticked: borders (right) and troops (wrong); assets missed;
		// expel rightly left out.
		fireEvent.click(within(box).getByLabelText('Closing borders'));
		fireEvent.click(within(box).getByLabelText('Sending troops at once'));
		fireEvent.click(checkButton(box));
		expect(markOf(box, 'Closing borders')).toEqual({ text: 'Ticked, and right to be', ok: true });
		expect(markOf(box, 'Sending troops at once')).toEqual({
			text: 'Ticked, but should not have been',
			ok: false,
		});
		expect(markOf(box, 'Freezing assets')).toEqual({
			text: 'Missed: should have been ticked',
			ok: false,
		});
		expect(markOf(box, 'Expelling Niger')).toEqual({ text: 'Correctly left out', ok: true });
		// Nowhere does an option left out read as plain "right", as if it were an answer.
		expect(box.textContent).not.toMatch(/Expelling Niger:? ?right/);
		const feedback = feedbackOf(box);
		expect(
			within(feedback)
				.getAllByRole('listitem')
				.map((li) => li.textContent),
		).toEqual(['Closing borders', 'Freezing assets']);
		// Why the wrong tick was wrong; nothing about the option rightly left out.
		expect(feedback.textContent).toContain('Sending troops at once: Force was only threatened.');
		expect(feedback.textContent).not.toContain('Niger was not expelled.');
	});

	test('match feedback marks each pair and gives the right pairing', () => {
		render(<Quiz t={quizUi} quizId="t" hash="h" questions={[match]} store={memoryStore()} />);
		const box = questionBox(match.prompt);
		const set = (left: string, id: string) =>
			fireEvent.change(within(box).getByLabelText(left), { target: { value: id } });
		set('Tiani', 'tiani');
		set('Bazoum', 'tinubu');
		set('Tinubu', 'bazoum');
		fireEvent.click(checkButton(box));
		const marks = [...box.querySelectorAll('.match li')].map((li) => {
			const mark = li.querySelector('.mark')!;
			return `${li.querySelector('label')!.textContent} ${mark.className}: ${mark.textContent}`;
		});
		expect(marks).toEqual([
			'Tiani mark ok: Right match',
			'Bazoum mark no: Wrong match. Right: The detained president',
			'Tinubu mark no: Wrong match. Right: Chair of ECOWAS',
		]);
	});

	test('an order item moved by keyboard keeps the focus, and its new place is announced', async () => {
		render(<Quiz t={quizUi} quizId="t" hash="h" questions={[order]} store={memoryStore()} />);
		const box = questionBox(order.prompt);
		const last = shownOrder(box)[2]!;
		const button = moveUp(box, last);
		button.focus();
		fireEvent.click(button);
		expect(shownOrder(box)[1]).toBe(last);
		expect(liveRegion()).toBe(`Moved to position 2 of 3: ${last}.`);
		await waitFor(() => expect(document.activeElement).toBe(moveUp(box, last)));
		// A second press works from where the focus is; at the top, focus goes to Move down.
		fireEvent.click(document.activeElement!);
		expect(shownOrder(box)[0]).toBe(last);
		expect(liveRegion()).toBe(`Moved to position 1 of 3: ${last}.`);
		await waitFor(() =>
			expect(document.activeElement!.textContent).toMatch(new RegExp(`^Move down ?: ${last}$`)),
		);
	});

	test('marks each order item as in its place or where it belongs', () => {
		render(<Quiz t={quizUi} quizId="t" hash="h" questions={[order]} store={memoryStore()} />);
		const box = questionBox(order.prompt);
		fireEvent.click(checkButton(box));
		const items = order.type === 'order' ? order.items.map((item) => item.text) : [];
		const marks = [...box.querySelectorAll('.order li')].map(
			(li) =>
				`${li.querySelector('.order-text')!.textContent}: ${li.querySelector('.mark')!.textContent}`,
		);
		expect(marks).toHaveLength(3);
		shownOrder(box).forEach((text, i) => {
			const place = items.indexOf(text!);
			expect(marks[i]).toBe(
				`${text}: ${place === i ? 'In the right place' : `Belongs in place ${place + 1}`}`,
			);
		});
		expect(within(box).queryByRole('button', { name: /Move/ })).toBeNull();
	});

	test('scores the attempt, reviews the mistakes, and reshuffles on Try again', () => {
		render(<Quiz t={quizUi} quizId="t" hash="h" questions={allTypes} store={memoryStore()} />);
		answerAllButOneRight();
		expect(screen.getByText('You got 4 of 5 right.')).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Review my mistakes' }));
		expect(document.querySelectorAll('fieldset')).toHaveLength(1);
		expect(screen.getByRole('group', { name: /Which unit detained/ })).toBeTruthy();
		// It says what it shows, takes the reader there, and has a way back.
		const notice = screen.getByText('Showing the 1 question you missed.', { exact: false });
		expect(document.activeElement).toBe(notice);
		fireEvent.click(within(notice).getByRole('button', { name: 'Show all questions' }));
		expect(document.querySelectorAll('fieldset')).toHaveLength(5);
		expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Review my mistakes' }));
		// The score's own button toggles too.
		fireEvent.click(screen.getByRole('button', { name: 'Review my mistakes' }));
		fireEvent.click(
			within(screen.getByRole('region', { name: 'Your score' })).getByRole('button', {
				name: 'Show all questions',
			}),
		);
		expect(document.querySelectorAll('fieldset')).toHaveLength(5);
		fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
		expect(document.querySelectorAll('fieldset')).toHaveLength(5);
		expect(screen.queryByText(/You got/)).toBeNull();
		expect(screen.getAllByRole('button', { name: 'Check answer' })).toHaveLength(5);
		// The new attempt is said above the first question, and the focus is there.
		expect(screen.getByRole('status').textContent).toBe(
			'New attempt: the options have been reshuffled.',
		);
		expect(document.activeElement).toBe(document.querySelector('.question'));
		expect(
			screen.getByRole('status').compareDocumentPosition(document.querySelector('.question')!) &
				Node.DOCUMENT_POSITION_FOLLOWING,
		).toBeTruthy();
	});

	test('restores answers and checks after a remount, and clears them on request', () => {
		const store = memoryStore();
		const first = render(
			<Quiz t={quizUi} quizId="t" hash="h" questions={[single, truefalse]} store={store} />,
		);
		fireEvent.click(within(questionBox(single.prompt)).getByLabelText('The presidential guard'));
		fireEvent.click(checkButton(questionBox(single.prompt)));
		fireEvent.click(within(questionBox(truefalse.prompt)).getByLabelText('True'));
		first.unmount();

		render(<Quiz t={quizUi} quizId="t" hash="h" questions={[single, truefalse]} store={store} />);
		expect(within(questionBox(single.prompt)).getByText('Correct.')).toBeTruthy();
		expect(within(questionBox(truefalse.prompt)).getByLabelText('True')).toHaveProperty(
			'checked',
			true,
		);
		// Clearing asks first; Cancel keeps everything and gives the focus back.
		fireEvent.click(screen.getByRole('button', { name: 'Clear my answers' }));
		expect(within(questionBox(single.prompt)).getByText('Correct.')).toBeTruthy();
		expect(screen.getByText(/Clear all your answers to this quiz\?/)).toBeTruthy();
		expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
		fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(within(questionBox(single.prompt)).getByText('Correct.')).toBeTruthy();
		expect(screen.queryByRole('button', { name: 'Yes, clear' })).toBeNull();
		expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Clear my answers' }));
		fireEvent.click(screen.getByRole('button', { name: 'Clear my answers' }));
		fireEvent.click(screen.getByRole('button', { name: 'Yes, clear' }));
		expect(within(questionBox(single.prompt)).queryByText('Correct.')).toBeNull();
		expect(screen.getByRole('status').textContent).toBe('Your answers were cleared.');
		expect(document.activeElement).toBe(document.querySelector('.question'));
		expect(within(questionBox(truefalse.prompt)).getByLabelText('True')).toHaveProperty(
			'checked',
			false,
		);
	});

	test('sets a corrupt save aside with a notice instead of crashing', () => {
		const store = memoryStore();
		store.setItem(progressKey('t', 'h'), '{"v":1,"answers":');
		render(<Quiz t={quizUi} quizId="t" hash="h" questions={[single]} store={store} />);
		expect(screen.getByRole('status').textContent).toMatch(/could not be read/);
		expect(checkButton(questionBox(single.prompt))).toBeTruthy();
	});

	test('sets aside answers saved for an older version of the quiz', () => {
		const store = memoryStore();
		saveProgress(store, 't', 'old', { v: 1, seed: 0, answers: {}, checked: [single.id] });
		render(<Quiz t={quizUi} quizId="t" hash="new" questions={[single]} store={store} />);
		expect(screen.getByRole('status').textContent).toMatch(/has changed/);
		expect(within(questionBox(single.prompt)).queryByText('Correct.')).toBeNull();
	});
});

/**
 * Readers take a quiz in Chromium: with the keyboard alone through all five question types to
 * the score, on a phone and a desktop; review their mistakes, try again and clear their answers
 * by keyboard; without JavaScript, across a reload, and under axe before and after answering.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const quizPage = '/niger-coup/';
const phone = { width: 360, height: 740 };
const desktop = { width: 1280, height: 800 };
test.setTimeout(120_000);

/** Wait until the quiz has hydrated (its Check buttons only exist then). */
async function ready(page: Page) {
	await page.locator('#quiz').scrollIntoViewIfNeeded();
	await expect(page.getByRole('button', { name: 'Check answer' }).first()).toBeVisible();
}

/** Press Tab until the focused element matches `inside` (a CSS selector); fail after `limit` presses. */
async function tabTo(page: Page, inside: string, limit = 40) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		if (
			await page.evaluate((selector) => Boolean(document.activeElement?.closest(selector)), inside)
		)
			return;
	}
	throw new Error(`Tab never reached ${inside}`);
}

async function axeViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	return results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
	);
}

/** The id of a question box, without its `question-` prefix. */
const idOf = async (page: Page, i: number) =>
	(await page.locator('#quiz .question').nth(i).getAttribute('id'))!.replace('question-', '');

/** Whether an element is inside the viewport, top and bottom. */
const onScreen = (page: Page, selector: string) =>
	page.evaluate((s) => {
		const box = document.querySelector(s)!.getBoundingClientRect();
		// Within a pixel: scroll positions are whole pixels, layout is not.
		return box.top > -1 && box.bottom < window.innerHeight + 1;
	}, selector);

/**
 * Take the whole quiz with the keyboard alone: answer each question with whatever its first
 * control does, check it, and see the feedback focused, with the right answer marked in words.
 */
async function takeQuizByKeyboard(page: Page) {
	const questions = page.locator('#quiz .question');
	const count = await questions.count();
	const types = new Set<string>();
	for (let i = 0; i < count; i++) {
		const id = await idOf(page, i);
		await tabTo(page, `#question-${id} fieldset`);
		const kind = await page.evaluate(() => {
			const active = document.activeElement as HTMLElement;
			return active.tagName === 'SELECT'
				? 'select'
				: active.tagName === 'BUTTON'
					? 'button'
					: (active as HTMLInputElement).type;
		});
		types.add(kind);
		if (kind === 'radio' || kind === 'checkbox') {
			await page.keyboard.press('Space');
		} else if (kind === 'button') {
			// An order question: move the first item down twice. The focus stays with the moved
			// item, so the second press works, and each new place is announced.
			const item = (await page.evaluate(
				() => document.activeElement!.closest('li')!.querySelector('.order-text')!.textContent,
			))!;
			await page.keyboard.press('Enter');
			await expect(page.locator('#quiz [aria-live="polite"]')).toContainText(
				`Moved to position 2 of`,
			);
			await expect(page.locator(`#question-${id} .order li`).nth(1)).toContainText(item);
			await expect(
				page
					.locator(`#question-${id} .order li`)
					.nth(1)
					.getByRole('button', { name: /Move down/ }),
			).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page.locator('#quiz [aria-live="polite"]')).toContainText(
				`Moved to position 3 of`,
			);
			await expect(page.locator(`#question-${id} .order li`).nth(2)).toContainText(item);
			// At the bottom Move down can go no further: the focus moves to Move up.
			await expect(
				page
					.locator(`#question-${id} .order li`)
					.nth(2)
					.getByRole('button', { name: /Move up/ }),
			).toBeFocused();
		} else if (kind === 'select') {
			const selects = await questions.nth(i).locator('select').count();
			for (let s = 0; s < selects; s++) {
				if (s > 0) await page.keyboard.press('Tab');
				await page.keyboard.press('ArrowDown');
				// A customizable select (Chromium) opens its list instead, on "Choose…": move to
				// the next option and pick it.
				if (await page.evaluate(() => document.activeElement!.tagName === 'OPTION')) {
					await page.keyboard.press('ArrowDown');
					await page.keyboard.press('Enter');
				}
			}
		}
		await tabTo(page, `#question-${id} .check button`);
		await expect(page.locator(`#question-${id} .check button`)).toBeEnabled();
		await page.keyboard.press('Enter');
		const feedback = page.locator(`#feedback-${id}`);
		await expect(feedback).toBeFocused();
		// Right or wrong in words; when wrong, the right answer in words; and the options,
		// items or pairs each marked in words.
		await expect(feedback.locator('.verdict')).toHaveText(/^(Correct\.|Not quite\.)$/);
		if ((await feedback.locator('.verdict').textContent()) === 'Not quite.')
			await expect(feedback).toContainText('The right answer:');
		expect(await page.locator(`#question-${id} .mark`).count()).toBeGreaterThan(0);
	}
	expect([...types].sort()).toEqual(['button', 'checkbox', 'radio', 'select']);
	return count;
}

for (const viewport of [phone, desktop]) {
	test(`a keyboard user answers every type of question and reaches the score (${viewport.width} px)`, async ({
		browser,
	}) => {
		const context = await browser.newContext({ viewport });
		const page = await context.newPage();
		await page.goto(`${quizPage}#quiz`);
		await ready(page);
		const count = await takeQuizByKeyboard(page);
		await expect(page.locator('#quiz .score')).toContainText(
			new RegExp(`You got \\d+ of ${count} right\\.`),
		);
		await expect(page.locator('#quiz [aria-live="polite"]')).toContainText(
			`${count} of ${count} checked`,
		);
		// Nothing sticks out sideways, on a phone either: marks and pairs wrap.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			viewport.width,
		);
		await context.close();
	});
}

test('by keyboard, a reader reviews their mistakes, goes back to all, and tries again', async ({
	browser,
}) => {
	// Reduced motion: focus moves are instant, so where the page lands is checked, not how long a
	// smooth scroll takes on a busy machine (one still under way can end after the check).
	const context = await browser.newContext({ viewport: phone, reducedMotion: 'reduce' });
	const page = await context.newPage();
	await page.goto(`${quizPage}#quiz`);
	await ready(page);
	// Answer every question wrong where that is easy (the first option of a single choice
	// usually is not the answer) by taking the quiz; then count what was missed.
	const count = await takeQuizByKeyboard(page);
	const missed = await page.locator('#quiz .feedback.no').count();
	test.skip(missed === 0, 'every answer happened to be right');
	await tabTo(page, '#quiz .score button');
	await expect(page.locator(':focus')).toHaveText('Review my mistakes');
	await page.keyboard.press('Enter');
	// Only the missed questions, said and counted at the top, with the focus there.
	await expect(page.locator('#quiz .question')).toHaveCount(missed);
	const notice = page.locator('#quiz .reviewing');
	await expect(notice).toContainText(
		missed === 1
			? 'Showing the 1 question you missed.'
			: `Showing the ${missed} questions you missed.`,
	);
	await expect(notice).toBeFocused();
	await expect.poll(() => onScreen(page, '#quiz .reviewing')).toBe(true);
	// The way back.
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveText('Show all questions');
	await page.keyboard.press('Enter');
	await expect(page.locator('#quiz .question')).toHaveCount(count);
	await expect(page.locator(':focus')).toHaveText('Review my mistakes');
	// Try again: a fresh attempt, the notice above the first question, the focus on it.
	await tabTo(page, '#quiz .score button:last-child', 3);
	await expect(page.locator(':focus')).toHaveText('Try again');
	await page.keyboard.press('Enter');
	const first = page.locator('#quiz .question').first();
	await expect(first).toBeFocused();
	await expect(page.getByRole('status')).toHaveText(
		'New attempt: the options have been reshuffled.',
	);
	await expect.poll(() => onScreen(page, '#quiz .notice')).toBe(true);
	await expect(page.locator('#quiz .feedback')).toHaveCount(0);
	// The next Tab goes into the first question.
	await page.keyboard.press('Tab');
	expect(
		await page.evaluate(() => Boolean(document.activeElement!.closest('.question fieldset'))),
	).toBe(true);
	await context.close();
});

test('"Clear my answers" asks first, and Cancel keeps everything', async ({ page }) => {
	await page.goto(quizPage);
	await ready(page);
	const first = page.locator('#quiz .question').first();
	await first.locator('input').first().check();
	await first.getByRole('button', { name: 'Check answer' }).click();
	await expect(first.locator('.feedback')).toBeVisible();
	const clear = page.getByRole('button', { name: 'Clear my answers' });
	await clear.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('#quiz .quiz-foot')).toContainText(
		'Clear all your answers to this quiz?',
	);
	await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(first.locator('.feedback')).toBeVisible();
	await expect(clear).toBeFocused();
	// Confirmed, by keyboard: Shift+Tab from Cancel reaches "Yes, clear".
	await page.keyboard.press('Enter');
	await page.keyboard.press('Shift+Tab');
	await expect(page.getByRole('button', { name: 'Yes, clear' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('#quiz .feedback')).toHaveCount(0);
	await expect(page.getByRole('status')).toHaveText('Your answers were cleared.');
	await expect(page.locator('#quiz .question').first()).toBeFocused();
	// Gone from storage too: a reload shows a fresh quiz.
	await page.reload();
	await ready(page);
	await expect(page.locator('#quiz .feedback')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`a checked answer stays readable: the reader's choice and the marks have 4.5:1 contrast (${colorScheme})`, async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme });
		await page.goto(quizPage);
		await ready(page);
		const question = page
			.locator('#quiz .question')
			.filter({ has: page.locator('input') })
			.first();
		await question.locator('input').first().check();
		await question.getByRole('button', { name: 'Check answer' }).click();
		await expect(question.locator('.feedback')).toBeVisible();
		const low = await question.evaluate((box) => {
			// WCAG contrast of two opaque rgb() colours.
			const luminance = (color: string) => {
				const [r, g, b] = color
					.match(/[\d.]+/g)!
					.slice(0, 3)
					.map((v) => {
						const c = Number(v) / 255;
						return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
					});
				return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
			};
			const contrast = (a: string, b: string) => {
				const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
				return (x! + 0.05) / (y! + 0.05);
			};
			const background = getComputedStyle(document.body).backgroundColor;
			const found: string[] = [];
			for (const input of box.querySelectorAll('input')) {
				const style = getComputedStyle(input);
				if (!input.disabled) found.push('an input is not locked');
				if (style.appearance !== 'none')
					found.push(`input drawn by the browser (${style.appearance})`);
				const ratio = contrast(style.borderTopColor, background);
				if (ratio < 4.5) found.push(`input border ${ratio.toFixed(2)}`);
				if (input.checked && contrast(style.color, background) < 4.5) found.push('checked dot');
				const label = getComputedStyle(input.closest('label')!);
				if (contrast(label.color, background) < 4.5) found.push(`label ${label.color}`);
			}
			for (const mark of box.querySelectorAll('.mark, .verdict')) {
				const ratio = contrast(getComputedStyle(mark).color, background);
				if (ratio < 4.5) found.push(`${mark.textContent} ${ratio.toFixed(2)}`);
			}
			return found;
		});
		expect(low).toEqual([]);
		// The reader's own choice is still shown as chosen.
		await expect(question.locator('input:checked')).toHaveCount(1);
	});
}

test('a match question wraps a long choice on a 360 px phone instead of cutting it off', async ({
	browser,
}) => {
	const context = await browser.newContext({ viewport: phone });
	const page = await context.newPage();
	await page.goto(quizPage);
	await ready(page);
	const question = page
		.locator('#quiz .question')
		.filter({ has: page.locator('select') })
		.first();
	const select = question.locator('select').first();
	const oneLine = (await select.boundingBox())!.height;
	// Pick the longest choice: wider than the select, so it must wrap to be read in full.
	const longest = await select.evaluate(
		(s: HTMLSelectElement) =>
			[...s.options].reduce((a, b) => (b.text.length > a.text.length ? b : a)).value,
	);
	await select.selectOption(longest);
	const box = (await select.boundingBox())!;
	expect(box.x + box.width).toBeLessThanOrEqual(phone.width);
	expect(box.height, 'the chosen text wraps onto a second line').toBeGreaterThan(oneLine + 10);
	for (const other of (await question.locator('select').all()).slice(1))
		await other.selectOption({ index: 1 });
	await question.getByRole('button', { name: 'Check answer' }).click();
	// Each pair marked ✓ or ✗ in words; wrong ones give the right pairing.
	const marks = await question.locator('.match .mark').allTextContents();
	expect(marks.length).toBe(await question.locator('select').count());
	for (const mark of marks) expect(mark).toMatch(/^Right match$|^Wrong match\. Right: .+/);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		phone.width,
	);
	await context.close();
});

test('the quiz is linked near the top of each explainer and in its contents', async ({ page }) => {
	// Instant jumps (see above): the landing place is what is checked.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	for (const path of ['/niger-coup/', '/ecowas/']) {
		await page.goto(path);
		const count = await page.locator('#quiz .question').count();
		const link = page.getByRole('link', { name: `Take the quiz (${count} questions)` });
		await expect(link).toHaveAttribute('href', '#quiz');
		// Near the top: before the text begins.
		expect(
			await link.evaluate(
				(a) =>
					!!(
						a.compareDocumentPosition(document.querySelector('.prose')!) &
						Node.DOCUMENT_POSITION_FOLLOWING
					),
			),
		).toBe(true);
		const contents = page.getByRole('navigation', { name: 'On this page' });
		await expect(contents.locator('a[href="#quiz"]')).toContainText(`${count} questions`);
	}
	// A keyboard user gets there in a few presses (past the header, its search form and the page's
	// dates and what's new), not some 170.
	await page.goto('/niger-coup/');
	await tabTo(page, '.quiz-link', 25);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#quiz$/);
	// Not ready(): its scrollIntoView would move the page itself while the jump is under way.
	await expect(page.getByRole('button', { name: 'Check answer' }).first()).toBeAttached();
	await expect.poll(() => onScreen(page, '#quiz-heading')).toBe(true);
});

test('a reader without JavaScript can read every question and open its answer', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(quizPage);
	const questions = page.locator('#quiz .question');
	const count = await questions.count();
	expect(count).toBeGreaterThanOrEqual(8);
	await expect(page.locator('#quiz details.answer')).toHaveCount(count);
	await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
	const first = page.locator('#quiz details.answer').first();
	await first.locator('summary').click();
	await expect(first.getByRole('link')).toBeVisible();
	await context.close();
});

test('a reader who reloads the page finds their answers still there', async ({ page }) => {
	await page.goto(quizPage);
	await ready(page);
	const first = page.locator('#quiz .question').first();
	await first.locator('input').first().check();
	await first.getByRole('button', { name: 'Check answer' }).click();
	await expect(first.locator('.feedback')).toBeVisible();
	await page.reload();
	await ready(page);
	await expect(page.locator('#quiz .question').first().locator('.feedback')).toBeVisible();
});

test('a reader whose saved answers are corrupt gets a notice, not a broken page', async ({
	page,
}) => {
	await page.goto(quizPage);
	await ready(page);
	await page.locator('#quiz .question').first().locator('input').first().check();
	const key = await page.evaluate(() =>
		Object.keys(localStorage).find((k) => k.startsWith('sahel-quiz:niger-coup:')),
	);
	expect(key).toBeTruthy();
	await page.evaluate((k) => localStorage.setItem(k!, '{broken'), key);
	await page.reload();
	await ready(page);
	await expect(page.getByRole('status')).toContainText('could not be read');
	await expect(page.locator('#quiz .question').first().locator('input').first()).not.toBeChecked();
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violation on a quiz before and after answering (${colorScheme})`, async ({
		page,
	}) => {
		test.setTimeout(240_000);
		await page.emulateMedia({ colorScheme });
		await page.goto(quizPage);
		await ready(page);
		expect(await axeViolations(page)).toEqual([]);
		const questions = page.locator('#quiz .question');
		// Answer the first three questions, whatever their types, and check them.
		for (let i = 0; i < 3; i++) {
			const question = questions.nth(i);
			if (await question.locator('input').count()) await question.locator('input').first().check();
			else if (await question.locator('select').count()) {
				for (const select of await question.locator('select').all())
					await select.selectOption({ index: 1 });
			} else
				await question
					.getByRole('button', { name: /Move down/ })
					.first()
					.click();
			await question.getByRole('button', { name: 'Check answer' }).click();
		}
		await expect(page.locator('#quiz .feedback').first()).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
}

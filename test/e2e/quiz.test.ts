/**
 * Readers take a quiz in Chromium: with the keyboard alone through all five question types to
 * the score, without JavaScript, across a reload, and under axe before and after answering.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const quizPage = '/niger-coup/';

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

test('a keyboard user answers every type of question and reaches the score', async ({ page }) => {
	await page.goto(`${quizPage}#quiz`);
	await ready(page);
	const questions = page.locator('#quiz .question');
	const count = await questions.count();
	const types = new Set<string>();
	for (let i = 0; i < count; i++) {
		const id = (await questions.nth(i).getAttribute('id'))!;
		await tabTo(page, `#${id} fieldset`);
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
			// An order question: move the first item down, and hear about it.
			await page.keyboard.press('Enter');
			await expect(page.locator('#quiz [aria-live="polite"]')).toContainText('now 2 of');
		} else if (kind === 'select') {
			const selects = await questions.nth(i).locator('select').count();
			for (let s = 0; s < selects; s++) {
				if (s > 0) await page.keyboard.press('Tab');
				await page.keyboard.press('ArrowDown');
			}
		}
		await tabTo(page, `#${id} .check button`);
		await expect(page.locator(`#${id} .check button`)).toBeEnabled();
		await page.keyboard.press('Enter');
		await expect(page.locator(`#feedback-${id.replace('question-', '')}`)).toBeFocused();
	}
	expect([...types].sort()).toEqual(['button', 'checkbox', 'radio', 'select']);
	await expect(page.locator('#quiz .score')).toContainText(
		new RegExp(`You got \\d+ of ${count} right\\.`),
	);
	await expect(page.locator('#quiz [aria-live="polite"]')).toContainText(
		`${count} of ${count} checked`,
	);
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

/**
 * A teacher builds an assignment, a student does it on another device and hands in a code, and
 * the teacher reads it back with a mistyped code and one from another assignment; then prints a
 * worksheet.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { encodeResults } from '../../src/lib/results-code';

/** Answer every question of the quiz on the page, whatever its type, and check it. */
async function answerAll(page: Page) {
	const questions = page.locator('.question');
	const count = await questions.count();
	for (let i = 0; i < count; i++) {
		const question = questions.nth(i);
		if (await question.locator('input').count()) await question.locator('input').first().check();
		else if (await question.locator('select').count()) {
			for (const select of await question.locator('select').all())
				await select.selectOption({ index: 1 });
		}
		await question.getByRole('button', { name: 'Check answer' }).click();
	}
	return count;
}

test('a teacher assigns a page, a student does it, and the teacher reads the results', async ({
	browser,
	baseURL,
}) => {
	// The teacher builds the assignment.
	const teacher = await browser.newContext();
	const builder = await teacher.newPage();
	await builder.goto('/teachers/assign/');
	await builder.getByRole('button', { name: 'Create the link' }).click();
	await expect(builder.getByRole('alert')).toHaveText('Give the assignment a title.');
	await builder.getByLabel('Title').fill('Niger: week 3');
	await builder.getByLabel('Class (optional)').fill('Form 4B');
	await builder.getByLabel('Due date (optional)').fill('2026-12-04');
	await builder.getByRole('checkbox', { name: 'The coup in Niger, 26 July 2023' }).check();
	await builder.getByLabel('Which page').selectOption('niger-coup');
	await builder.getByRole('button', { name: 'Create the link' }).click();
	const link = await builder.getByRole('textbox', { name: 'Assignment link' }).inputValue();
	expect(link).toMatch(new RegExp(`^${baseURL}/assignment/#a=[A-Za-z0-9_-]+$`));
	await expect(builder.getByRole('img', { name: 'QR code of the assignment link' })).toBeVisible();

	// The student opens it on their own device, reads, answers, and copies the code.
	const student = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
	const desk = await student.newPage();
	await desk.goto(link);
	await expect(desk.getByRole('heading', { level: 1, name: 'Niger: week 3' })).toBeVisible();
	await expect(desk.getByText('Class: Form 4B.')).toBeVisible();
	await desk.getByRole('checkbox', { name: /Done\s?: The coup in Niger/ }).check();
	await desk.getByLabel('Your name').fill('Awa Diallo');
	const total = await answerAll(desk);
	const scoreText = await desk.getByText(/^Score: \d+ of \d+$/).textContent();
	const [, right] = /Score: (\d+) of/.exec(scoreText!)!;
	const code = (await desk.locator('.results-code').textContent())!.trim();
	expect(code).toMatch(/^SE(-[0-9A-Z]{1,4})+$/);
	await desk.getByRole('button', { name: /Copy.*results code/ }).click();
	expect(await desk.evaluate(() => navigator.clipboard.readText())).toBe(code);
	// A reload keeps the reading ticks, the name and the code.
	await desk.reload();
	await expect(desk.getByRole('checkbox', { name: /Done\s?: The coup in Niger/ })).toBeChecked();
	await expect(desk.locator('.results-code')).toHaveText(code);

	// The teacher pastes it with a mistyped copy and a code from another assignment.
	const mistyped = code.slice(0, 9) + (code[9] === 'Z' ? 'Y' : 'Z') + code.slice(10);
	const other = encodeResults({
		assignment: 12345,
		name: 'Musa',
		right: Array(total).fill(true),
		finishedAt: '2026-11-26T10:00:00Z',
	});
	const reader = await teacher.newPage();
	await reader.goto('/teachers/results/');
	await reader.getByRole('textbox', { name: 'The assignment link' }).fill(link);
	await reader
		.getByRole('textbox', { name: 'Results codes' })
		.fill(`From Awa: ${code}\n${mistyped}\n${other}`);
	await reader.getByRole('button', { name: 'Show the results' }).click();
	const row = reader.getByRole('row', { name: /Awa Diallo/ });
	await expect(row).toContainText(`${right} / ${total}`);
	const problems = reader.locator('.problems li');
	await expect(problems).toHaveCount(2);
	await expect(problems.nth(0)).toContainText('Line 2');
	await expect(problems.nth(0)).toContainText('mistyped');
	await expect(problems.nth(1)).toContainText('Line 3');
	await expect(problems.nth(1)).toContainText('another assignment');

	// The CSV has the same figures.
	const [download] = await Promise.all([
		reader.waitForEvent('download'),
		reader.getByRole('link', { name: 'Download as CSV' }).click(),
	]);
	const csv = readFileSync((await download.path())!, 'utf8');
	expect(csv.split('\r\n')[1]).toMatch(new RegExp(`^Awa Diallo,${right},${total},`));
	await teacher.close();
	await student.close();
});

test('a student with a broken link is told what to do, and offered a way home', async ({
	page,
}) => {
	await page.goto('/assignment/#a=eyJ2IjoxLCJ0aXRsZSI6');
	await expect(page.getByRole('alert')).toContainText('broken or cut short');
	await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
});

test('a printed worksheet shows the questions and none of the answers', async ({ page }) => {
	await page.goto('/teachers/worksheets/niger-coup/');
	await page.emulateMedia({ media: 'print' });
	const printed = await page.evaluate(() => document.body.innerText);
	expect(printed).toContain('Which force detained President Mohamed Bazoum on 26 July 2023?');
	const key = await (await page.context().newPage()).goto('/teachers/answer-keys/niger-coup/');
	const answers = await key!.text();
	// No explanation from the answer key appears anywhere on the printed worksheet.
	const explanations = [
		...answers.matchAll(/<li class="key-question[^"]*"[\s\S]*?<\/div>\s*<p[^>]*>([^<]{40,})/g),
	].map((m) => m[1]!.slice(0, 40));
	expect(explanations.length).toBeGreaterThan(5);
	for (const explanation of explanations) expect(printed).not.toContain(explanation);
	expect(printed).not.toMatch(/Answer:|Correct\.|Read:/);
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.length).toBeGreaterThan(10_000);
});

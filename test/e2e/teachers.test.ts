/**
 * A teacher builds an assignment, a student does it on another device and hands in a code, and
 * the teacher reads it back with a mistyped code and one from another assignment; then prints a
 * worksheet.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
	assignmentId,
	decodeAssignment,
	encodeAssignment,
	type Assignment,
} from '../../src/lib/assignment';
import { decodeResults, encodeResults } from '../../src/lib/results-code';
import { parseCsv } from '../support/csv';
import { encodeV1 } from '../support/results-v1';

/** How many questions the six page quizzes hold, and the coup page's own, from the built site. */
const quizzes = (
	JSON.parse(readFileSync(`${process.env.OUT_DIR ?? 'dist'}/quiz-data.json`, 'utf8')) as {
		quizzes: Record<string, string[]>;
	}
).quizzes;
const pageQuestions = Object.entries(quizzes)
	.filter(([id]) => id !== 'final')
	.reduce((total, [, ids]) => total + ids.length, 0);
const niger = quizzes['niger-coup']?.length ?? 0;

/** Answer every question of the quiz on the page, whatever its type, and check it. */
async function answerAll(page: Page) {
	const questions = page.locator('.question');
	const count = await questions.count();
	for (let i = 0; i < count; i++) {
		const question = questions.nth(i);
		// Already checked (on the page itself, say): nothing to do.
		if (!(await question.getByRole('button', { name: 'Check answer' }).count())) continue;
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

/** The journeys of issue 12, on a phone and on a desktop. */
for (const viewport of [
	{ width: 360, height: 740 },
	{ width: 1280, height: 800 },
]) {
	test.describe(`at ${viewport.width}×${viewport.height}`, () => {
		test.use({ viewport });

		test('a link made then edited is rebuilt at once; one the form cannot make is withdrawn', async ({
			page,
		}) => {
			await page.goto('/teachers/assign/');
			await page.getByLabel('Title').fill('Week 3');
			await page.getByRole('button', { name: 'Create the link' }).click();
			const box = page.getByRole('textbox', { name: 'Assignment link' });
			const first = await box.inputValue();
			await page.getByLabel('Title').fill('Week 4');
			await expect(box).not.toHaveValue(first);
			expect(decodeAssignment(await box.inputValue())).toMatchObject({
				assignment: { title: 'Week 4' },
			});
			await expect(page.getByText(/^Updated: the link and QR code/)).toBeVisible();
			await page.getByRole('checkbox', { name: 'ECOWAS', exact: false }).first().check();
			expect(decodeAssignment(await box.inputValue())).toMatchObject({
				assignment: { read: ['ecowas'] },
			});
			// A form that cannot make a link: the old one goes, and cannot be copied.
			await page.getByRole('radio', { name: 'Questions I choose' }).check();
			await expect(box).toHaveCount(0);
			await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
			await expect(page.getByText(/^Out of date/)).toBeVisible();
			// Every question of the six page quizzes can be picked (none yet).
			const counter = page.getByText(/^\d+ of \d+ questions picked$/);
			await expect(counter).toHaveText(`0 of ${pageQuestions} questions picked`);
			await page
				.getByRole('button', { name: /^Pick all from this page ?: The coup in Niger/ })
				.click();
			await expect(counter).toHaveText(
				new RegExp(`^${niger} of ${pageQuestions} questions picked$`),
			);
			await expect(box).toBeVisible();
			// The QR code, large for a projector; Escape closes it.
			await page.getByRole('button', { name: 'Show the QR code large' }).click();
			const dialog = page.getByRole('dialog', { name: 'QR code of the assignment link' });
			await expect(dialog).toBeVisible();
			const size = await dialog.locator('svg').boundingBox();
			expect(size!.width).toBeGreaterThan(Math.min(viewport.width, viewport.height) * 0.6);
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
		});

		test('a student goes from the assignment to a page and back, with one quiz; the teacher reads every way of typing the code', async ({
			browser,
		}) => {
			test.setTimeout(90_000);
			const teacher = await browser.newContext({ viewport });
			const builder = await teacher.newPage();
			await builder.goto('/teachers/assign/');
			await builder.getByLabel('Title').fill('Niger : semaine 3');
			await builder.getByRole('checkbox', { name: 'The coup in Niger, 26 July 2023' }).check();
			await builder.getByRole('checkbox', { name: /^ECOWAS/ }).check();
			await builder.getByLabel('Which page').selectOption('niger-coup');
			await builder.getByRole('button', { name: 'Create the link' }).click();
			const link = await builder.getByRole('textbox', { name: 'Assignment link' }).inputValue();

			const student = await browser.newContext({ viewport });
			const desk = await student.newPage();
			await desk.goto(link);
			await desk.getByLabel('Your name').fill('Aïcha Diallo');
			// To the page: it says it is part of the assignment, and its quiz counts for it.
			await desk.getByRole('link', { name: 'The coup in Niger, 26 July 2023' }).click();
			await expect(desk).toHaveURL(/\/niger-coup\/\?assignment$/);
			const bar = desk.getByRole('complementary', { name: 'Your assignment' });
			await expect(bar).toBeVisible();
			await expect(bar).toContainText('“Niger : semaine 3”');
			await expect(bar).toContainText('The quiz at the end of this page counts for it.');
			// Answer the first question here.
			const question = desk.locator('.quiz-section .question').first();
			await question.scrollIntoViewIfNeeded();
			await question.locator('input').first().check();
			await question.getByRole('button', { name: 'Check answer' }).click();
			// Back: the same assignment, with that answer already there (one saved progress).
			await bar.getByRole('link', { name: /Back to the assignment/ }).click();
			await expect(desk).toHaveURL(link);
			await expect(
				desk.locator('.question').first().getByRole('button', { name: 'Check answer' }),
			).toHaveCount(0);
			// ECOWAS is read but its own quiz is not the assignment's: it is hidden there.
			await desk.locator('a[href="/ecowas/?assignment"]').click();
			await expect(desk.getByRole('complementary', { name: 'Your assignment' })).toContainText(
				'Its quiz is on the assignment page.',
			);
			await expect(desk.locator('.quiz-section')).toBeHidden();
			await desk.getByRole('link', { name: /Back to the assignment/ }).click();
			// The same page opened any other way is the ordinary page.
			const plain = await student.newPage();
			await plain.goto('/ecowas/');
			await expect(plain.locator('.assignment-bar')).toBeHidden();
			await plain.close();
			await desk.getByRole('checkbox', { name: /Done\s?: The coup in Niger/ }).check();
			await answerAll(desk);
			const code = (await desk.locator('.results-code').textContent())!.trim();
			const decoded = decodeResults(code);
			expect(decoded).toMatchObject({
				ok: true,
				results: { name: 'Aïcha Diallo', read: [true, false] },
			});
			await desk.screenshot({
				path: `test-results/journey-student-${viewport.width}.png`,
				fullPage: false,
			});

			// The teacher types and pastes it in every way people do.
			const { assignment } = decodeAssignment(link) as { ok: true; assignment: Assignment };
			const id = assignmentId(assignment);
			const total = (decoded as { results: { right: boolean[] } }).results.right.length;
			const make = (name: string, read = [true, true]) =>
				encodeResults({
					assignment: id,
					name,
					right: Array(total).fill(true),
					read,
					finishedAt: '2026-12-04T09:00:00Z',
				});
			const bintou = make('Bintou');
			const mistyped = bintou.slice(0, 14) + (bintou[14] === 'Z' ? 'Y' : 'Z') + bintou.slice(15);
			const pasted = [
				code.toLowerCase().replace(/-/g, ' '),
				`Moussa: here is my code ${make('Moussa').toLowerCase()}  thanks!`,
				make('Kofi').replace(/-/g, ''),
				make('Sani').replace(/0/g, 'O').replace(/1/g, 'l'),
				`${make('Awa')} ${make('Ibrahim')}`,
				`Bintou: ${mistyped}`,
				encodeResults({
					assignment: id + 1,
					name: 'Musa',
					right: [true],
					finishedAt: '2026-12-04T09:00:00Z',
				}),
				'ok see you',
				// A code made before the pages read were recorded.
				encodeV1({
					assignment: id,
					name: 'Fatou',
					right: Array(total).fill(false),
					finishedAt: '2026-12-01T09:00:00Z',
				}),
			].join('\n');
			const reader = await teacher.newPage();
			await reader.goto('/teachers/results/');
			await reader.getByRole('textbox', { name: 'The assignment link' }).fill(link);
			await reader.getByRole('textbox', { name: 'Results codes' }).fill(pasted);
			await reader.getByRole('button', { name: 'Show the results' }).click();
			await expect(reader.getByRole('row', { name: /Fatou/ })).toContainText(`0 / ${total}`);
			await expect(reader.getByRole('row', { name: /Fatou/ })).toContainText('not known');
			for (const name of ['Aïcha Diallo', 'Moussa', 'Kofi', 'Sani', 'Awa', 'Ibrahim'])
				await expect(reader.getByRole('row', { name: new RegExp(name) })).toBeVisible();
			await expect(reader.getByRole('row', { name: /Aïcha Diallo/ })).toContainText('1 / 2');
			const problems = reader.locator('.problems li');
			await expect(problems).toHaveCount(2);
			await expect(problems.nth(0)).toContainText('Line 6 — Bintou');
			await expect(problems.nth(0)).toContainText('mistyped');
			await expect(problems.nth(0).locator('code')).toHaveText(mistyped);
			await expect(problems.nth(1)).toContainText('Line 7 — Musa');
			await expect(problems.nth(1)).toContainText('another assignment');
			await expect(reader.locator('.no-code summary')).toHaveText('1 line has no code in it');
			// The table scrolls inside its box; nothing sticks out of the page.
			const widths = await reader.evaluate(() => ({
				page: document.documentElement.scrollWidth,
				view: document.documentElement.clientWidth,
				box: document.querySelector('.table-wrap')!.getBoundingClientRect().right,
			}));
			expect(widths.page).toBeLessThanOrEqual(widths.view);
			expect(widths.box).toBeLessThanOrEqual(widths.view);
			await reader.screenshot({
				path: `test-results/journey-results-${viewport.width}.png`,
				fullPage: true,
			});

			// The CSV, for Excel in French: bytes as Excel reads them.
			await reader.getByRole('radio', { name: /Excel in French/ }).check();
			const [download] = await Promise.all([
				reader.waitForEvent('download'),
				reader.getByRole('link', { name: 'Download as CSV' }).click(),
			]);
			expect(download.suggestedFilename()).toMatch(
				/^Niger-semaine-3-results-\d{4}-\d{2}-\d{2}\.csv$/,
			);
			const bytes = readFileSync((await download.path())!);
			expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			const rows = parseCsv(bytes.toString('utf8'), ';');
			expect(rows[0]!.slice(0, 6)).toEqual([
				'Name',
				'Score',
				'Out of',
				'Pages read',
				'Read: The coup in Niger, 26 July 2023',
				expect.stringMatching(/^Read: ECOWAS/),
			]);
			expect(rows[0]![6]).toMatch(/^Q1: Which force detained President Mohamed Bazoum/);
			expect(rows[1]!.slice(0, 6)).toEqual([
				'Aïcha Diallo',
				expect.any(String),
				String(total),
				'1',
				'1',
				'0',
			]);
			expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
			await teacher.close();
			await student.close();
		});

		test('a shared phone: the student clears the device after confirming; the next one starts clean', async ({
			page,
		}) => {
			const link = `/assignment/#${encodeAssignment({ v: 1, title: 'Week 5', read: ['niger-coup'], quiz: { kind: 'page', page: 'niger-coup' } })}`;
			await page.goto(link);
			await page.getByLabel('Your name').fill('Awa');
			await page.getByRole('checkbox', { name: /Done/ }).check();
			await answerAll(page);
			await expect(page.locator('.results-code')).toBeVisible();
			const clear = page.getByRole('button', {
				name: 'Finished — clear this device for the next student',
			});
			await clear.click();
			const dialog = page.getByRole('dialog', { name: 'Clear this device?' });
			await expect(dialog).toBeVisible();
			await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
			await expect(page.getByLabel('Your name')).toHaveValue('Awa');
			await clear.focus();
			await page.keyboard.press('Enter');
			await dialog.getByRole('button', { name: 'Yes, clear this device' }).focus();
			await page.keyboard.press('Enter');
			await expect(page.getByLabel('Your name')).toHaveValue('');
			await expect(page.getByLabel('Your name')).toBeFocused();
			await expect(page.locator('.results-code')).toHaveCount(0);
			await expect(
				page.getByText('This device is clear: the next student can start.'),
			).toBeVisible();
			await page.reload();
			await expect(page.getByLabel('Your name')).toHaveValue('');
			await expect(page.getByRole('checkbox', { name: /Done/ })).not.toBeChecked();
			await expect(
				page.locator('.question').first().getByRole('button', { name: 'Check answer' }),
			).toBeVisible();
			// The page's own quiz is clear too.
			await page.goto('/niger-coup/');
			await page.locator('.quiz-section .question').first().scrollIntoViewIfNeeded();
			await expect(
				page
					.locator('.quiz-section .question')
					.first()
					.getByRole('button', { name: 'Check answer' }),
			).toBeVisible();
		});

		test('a teacher without the assignment link is told what to do; Teachers is in the header', async ({
			page,
		}) => {
			await page.goto('/teachers/results/');
			await page.getByRole('textbox', { name: 'Results codes' }).fill('se 0800 1234');
			await page.getByRole('button', { name: 'Show the results' }).click();
			await expect(page.getByRole('status').first()).toContainText(
				'Paste the assignment link you gave your students',
			);
			await expect(page.getByRole('link', { name: 'Create an assignment' })).toBeVisible();
			await expect(
				page
					.getByRole('navigation', { name: 'Explainers' })
					.getByRole('link', { name: 'Teachers' }),
			).toBeVisible();
			// The header lines up with the text column.
			const name = await page.locator('.site-name').boundingBox();
			const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
			expect(Math.abs(name!.x - heading!.x)).toBeLessThanOrEqual(1);
		});

		test('the answer key gives the match letters the worksheet prints', async ({ page }) => {
			await page.goto('/teachers/worksheets/niger-coup/');
			const question = page
				.locator('.ws-question', { has: page.locator('.match-columns') })
				.first();
			const prompt = (await question.locator('.prompt').textContent())!;
			const letters = new Map<string, string>();
			for (const item of await question.locator('.lettered li').all()) {
				const [, letter, text] = /^([A-H])\.\s*(.*)$/s.exec((await item.textContent())!.trim())!;
				letters.set(text!.trim(), letter!);
			}
			expect(letters.size).toBeGreaterThan(2);
			await page.goto('/teachers/answer-keys/niger-coup/');
			const key = page.locator('.key-question', { hasText: prompt }).first();
			const pairs = await key.locator('.answer li').allTextContents();
			expect(pairs.length).toBe(letters.size);
			for (const pair of pairs) {
				const [, letter, text] = /— ([A-H])\.\s*(.*)$/s.exec(pair.trim())!;
				expect(letters.get(text!.trim())).toBe(letter);
			}
		});
	});
}

test('on a slow phone the tools cannot be typed into before their script arrives, so nothing is lost', async ({
	page,
}) => {
	// Hold back the islands' scripts: the server-rendered forms are all a slow phone shows at first.
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_astro/*.js', async (route) => {
		await held;
		await route.continue();
	});
	for (const [path, box] of [
		['/teachers/assign/', 'Title'],
		['/teachers/results/', 'Assignment link'],
	] as const) {
		// Module scripts hold back DOMContentLoaded: wait only for the page to start arriving.
		await page.goto(path, { waitUntil: 'commit' });
		await expect(page.getByRole('textbox', { name: box }).first()).toBeDisabled();
	}
	release();
	await page.goto('/teachers/assign/');
	const title = page.getByRole('textbox', { name: 'Title' });
	await expect(title).toBeEnabled();
	await title.fill('niger week 3');
	await expect(title).toHaveValue('niger week 3');
});

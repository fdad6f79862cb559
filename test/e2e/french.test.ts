/**
 * The French edition in Chromium, as its people use it: a teacher makes an assignment in French,
 * a student does it in French, and its results code reads in the French reader and the English
 * one alike; a reader takes a French quiz; a reader who chose French finds it again at the root.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { quizUi as quizFr } from '../../src/i18n/ui.fr';
import { toolsUi as toolsFr } from '../../src/i18n/tools.fr';

test.setTimeout(120_000);

/** A French string as the page shows it: its spaces may be narrow no-break ones. */
const shown = (text: string) =>
	new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\u202F\\u00A0]'));

const dist = process.env.OUT_DIR ?? 'dist';
const frenchQuizzes = (
	JSON.parse(readFileSync(`${dist}/fr/quiz-data.json`, 'utf8')) as {
		quizzes: Record<string, string[]>;
	}
).quizzes;

/** Answer every question of the quiz on the page, whatever its type, and check it. */
async function answerAll(page: Page, check: string) {
	const questions = page.locator('.question');
	const count = await questions.count();
	for (let i = 0; i < count; i++) {
		const question = questions.nth(i);
		if (!(await question.getByRole('button', { name: shown(check) }).count())) continue;
		if (await question.locator('input').count()) await question.locator('input').first().check();
		else if (await question.locator('select').count()) {
			for (const select of await question.locator('select').all())
				await select.selectOption({ index: 1 });
		}
		await question.getByRole('button', { name: shown(check) }).click();
	}
	return count;
}

test('an assignment made in French is done in French, and its code reads in either reader', async ({
	browser,
	baseURL,
}) => {
	const teacher = await browser.newContext();
	const builder = await teacher.newPage();
	await builder.goto('/fr/teachers/assign/');
	await expect(builder.locator('html')).toHaveAttribute('lang', 'fr');
	await builder.getByRole('button', { name: shown(toolsFr.create) }).click();
	await expect(builder.getByRole('alert')).toHaveText(shown(toolsFr.needTitle));
	await builder.getByLabel(toolsFr.title, { exact: true }).fill('Niger : semaine 3');
	await builder.getByRole('checkbox', { name: /Le coup d’État au Niger/ }).check();
	await builder.getByLabel(shown(toolsFr.whichPage)).selectOption('niger-coup');
	await builder.getByRole('button', { name: shown(toolsFr.create) }).click();
	const link = await builder.getByRole('textbox', { name: shown(toolsFr.link) }).inputValue();
	expect(link).toMatch(new RegExp(`^${baseURL}/fr/assignment/#a=[A-Za-z0-9_-]+$`));

	// The student does it on a phone, in French.
	const student = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const desk = await student.newPage();
	await desk.goto(link);
	await expect(
		desk.getByRole('heading', { level: 1, name: /Niger\s*:\s*semaine 3/ }),
	).toBeVisible();
	await desk.getByRole('checkbox', { name: /Le coup d’État au Niger/ }).check();
	await desk.getByLabel(shown(toolsFr.yourName)).fill('Aïcha Moussa');
	const total = await answerAll(desk, quizFr.check);
	expect(total).toBe(frenchQuizzes['niger-coup']!.length);
	const score = await desk.getByText(/^Score\s*:\s*\d+ sur \d+$/).textContent();
	const [, right] = /(\d+) sur/.exec(score!)!;
	const code = (await desk.locator('.results-code').textContent())!.trim();
	expect(code).toMatch(/^SE(-[0-9A-Z]{1,4})+$/);
	// The reading list links to the French page, marked as part of the assignment.
	await expect(desk.getByRole('link', { name: /Le coup d’État au Niger/ })).toHaveAttribute(
		'href',
		'/fr/niger-coup/?assignment',
	);

	// The code reads the same in the English reader…
	const english = await teacher.newPage();
	await english.goto('/teachers/results/');
	await english.getByRole('textbox', { name: 'The assignment link' }).fill(link);
	await english.getByRole('textbox', { name: 'Results codes' }).fill(`Aïcha : ${code}`);
	await english.getByRole('button', { name: 'Show the results' }).click();
	await expect(english.getByRole('row', { name: /Aïcha Moussa/ })).toContainText(
		`${right} / ${total}`,
	);

	// …and in the French one, which speaks French.
	const french = await teacher.newPage();
	await french.goto('/fr/teachers/results/');
	await french.getByRole('textbox', { name: shown(toolsFr.pasteLink) }).fill(link);
	await french.getByRole('textbox', { name: shown(toolsFr.pasteCodes) }).fill(code);
	await french.getByRole('button', { name: shown(toolsFr.readCodes) }).click();
	await expect(french.getByRole('row', { name: /Aïcha Moussa/ })).toContainText(
		`${right} / ${total}`,
	);
	await expect(french.getByRole('columnheader', { name: shown(toolsFr.student) })).toBeVisible();
	// Its spreadsheet is for Excel in French: semicolons, French headings, a French file name.
	const [download] = await Promise.all([
		french.waitForEvent('download'),
		french.getByRole('link', { name: shown(toolsFr.downloadCsv) }).click(),
	]);
	expect(download.suggestedFilename()).toMatch(
		/^Niger-semaine-3-resultats-\d{4}-\d{2}-\d{2}\.csv$/,
	);
	const csv = readFileSync((await download.path())!, 'utf8');
	expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFNom;Score;Sur;Pages lues;/);
	expect(csv.split('\r\n')[1]).toMatch(new RegExp(`^Aïcha Moussa;${right};${total};`));
	await teacher.close();
	await student.close();
});

test('a code from an English assignment reads in the French reader', async ({ browser }) => {
	const context = await browser.newContext();
	const builder = await context.newPage();
	await builder.goto('/teachers/assign/');
	await builder.getByLabel('Title').fill('Week 4');
	await builder.getByLabel('Which page').selectOption('ecowas');
	await builder.getByRole('button', { name: 'Create the link' }).click();
	const link = await builder.getByRole('textbox', { name: 'Assignment link' }).inputValue();
	const desk = await context.newPage();
	await desk.goto(link);
	await desk.getByLabel('Your name').fill('Musa');
	await answerAll(desk, 'Check answer');
	const code = (await desk.locator('.results-code').textContent())!.trim();
	const reader = await context.newPage();
	await reader.goto('/fr/teachers/results/');
	await reader.getByRole('textbox', { name: shown(toolsFr.pasteLink) }).fill(link);
	await reader.getByRole('textbox', { name: shown(toolsFr.pasteCodes) }).fill(code);
	await reader.getByRole('button', { name: shown(toolsFr.readCodes) }).click();
	await expect(reader.getByRole('row', { name: /Musa/ })).toBeVisible();
	await context.close();
});

test('a French quiz answers in French, with French typography', async ({ page }) => {
	await page.goto('/fr/niger-coup/');
	await page.locator('#quiz').scrollIntoViewIfNeeded();
	const first = page.locator('.question').first();
	await expect(first.getByRole('button', { name: shown(quizFr.check) })).toBeVisible();
	await expect(first.locator('legend')).toContainText('Question 1 sur');
	// A wrong choice: the feedback says so in French, with a narrow space before its colon.
	const options = first.locator('input[type="radio"]');
	const count = await options.count();
	for (let i = 0; i < count; i++) {
		await options.nth(i).check();
		await first.getByRole('button', { name: shown(quizFr.check) }).click();
		break;
	}
	const feedback = first.locator('.feedback');
	await expect(feedback).toContainText(/Bonne réponse\.|Pas tout à fait\./);
	const text = (await feedback.textContent())!;
	expect(text).not.toMatch(/ [:;!?]/);
	await expect(page.locator('[aria-live="polite"]').first()).toContainText(/Questions vérifiées/);
});

test('a reader who chose French finds it again at the root, and can choose English back', async ({
	page,
}) => {
	await page.goto('/fr/');
	// Later, the site's address typed in: the French home page, before anything else is drawn.
	await page.goto('/');
	await expect(page).toHaveURL(/\/fr\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	// "English", from a French page, is a choice: the English home stays, and is remembered.
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	// No cookie is ever set.
	expect(await page.context().cookies()).toEqual([]);
});

test('the language link goes to the same page in the other language, on a phone', async ({
	page,
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/people/');
	await page.getByRole('link', { name: 'Français' }).click();
	await expect(page).toHaveURL(/\/fr\/people\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qui est qui');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/people\/$/);
});

test('on an explainer, the language link lands on the section being read', async ({ page }) => {
	await page.goto('/niger-coup/#reactions-abroad');
	const link = page.locator('header .languages a');
	await expect(link).toHaveAttribute('href', /\/fr\/niger-coup\/#reactions-abroad$/);
	await page.locator('h2#bazoum-detention').scrollIntoViewIfNeeded();
	await page.mouse.wheel(0, 200);
	await expect(link).toHaveAttribute('href', /#bazoum-detention$|#what-happened-next$/);
	await link.click();
	await expect(page).toHaveURL(/\/fr\/niger-coup\/#(bazoum-detention|what-happened-next)$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('a French reader searches in lower case and finds the French entries, in French', async ({
	page,
}) => {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(message.text());
	});
	await page.goto('/fr/niger-coup/');
	await page.getByRole('searchbox').fill('cedeao');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/fr\/search\/\?q=cedeao$/);
	await expect(page.getByRole('status')).toHaveText(/^\d+[\s\u202F]résultats? pour/);
	const links = await page
		.locator('#search-results > li h2 a')
		.evaluateAll((found) => found.map((link) => link.getAttribute('href')));
	expect(links.length).toBeGreaterThan(0);
	// Only French pages: each language has its own index.
	for (const link of links) expect(link).toMatch(/^\/fr\//);
	expect(links).toContain('/fr/glossary/#ecowas');
	expect(problems).toEqual([]);
});

test('a French worksheet prints in French, without the answers, and its answer key has them', async ({
	page,
}) => {
	const data = JSON.parse(readFileSync(`${dist}/fr/quiz-data.json`, 'utf8')) as {
		quizzes: Record<string, string[]>;
		questions: Record<string, { prompt: string; explanation: string }>;
	};
	const first = data.questions[data.quizzes['niger-coup']![0]!]!;
	const words = (text: string) => text.replace(/[\s\u202F\u00A0]+/g, ' ').replace(/’/g, "'");
	await page.goto('/fr/teachers/worksheets/niger-coup/');
	await page.emulateMedia({ media: 'print' });
	const printed = words(await page.evaluate(() => document.body.innerText));
	expect(printed).toContain(words(first.prompt));
	expect(printed).toMatch(/Nom/);
	expect(printed).not.toContain(words(first.explanation).slice(0, 40));
	await page.goto('/fr/teachers/answer-keys/niger-coup/');
	expect(words(await page.evaluate(() => document.body.innerText))).toContain(
		words(first.explanation).slice(0, 40),
	);
});

test('a French page sets its labels the French way, and an assignment bar quotes « … » and leads back', async ({
	page,
}) => {
	await page.goto('/fr/ecowas/');
	const label = await page
		.locator('article header dl.dates dt')
		.first()
		.evaluate((dt) => getComputedStyle(dt, '::after').content);
	expect(label).toBe('"\u202F:"');
	// A French student's bar: the title in guillemets, the way back to their own link.
	await page.evaluate((origin) => {
		localStorage.setItem(
			'sahel-assignment:current',
			JSON.stringify({
				title: 'Niger : semaine 3',
				href: `${origin}/fr/assignment/#a=x`,
				read: ['ecowas'],
				quiz: 'ecowas',
			}),
		);
	}, new URL(page.url()).origin);
	await page.goto('/fr/ecowas/?assignment');
	const bar = page.locator('#assignment-bar');
	await expect(bar).toBeVisible();
	await expect(bar.locator('strong')).toHaveText(
		/^«[\u202F\u00A0]Niger : semaine 3[\u202F\u00A0]»\.$/,
	);
	await expect(bar.locator('[data-back]')).toHaveAttribute('href', /\/fr\/assignment\/#a=x$/);
});

/**
 * Reading an explainer on a phone and on paper: a tapped citation lands on its note, nothing
 * moves while the page loads and the quiz hydrates, citation links are big enough to tap, and
 * a page prints in a sensible number of A4 pages.
 */
import { expect, test, type Page } from '@playwright/test';

const explainers = [
	'/niger-coup/',
	'/sahel-insurgency/',
	'/ecowas/',
	'/coup-belt/',
	'/foreign-powers/',
	'/since-the-coup/',
];
const phone = { width: 360, height: 740 };

/** Record every layout shift from the first paint on (read back with `shifts`). */
async function recordShifts(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { shifts: { value: number; recent: boolean; at: string }[] };
		w.shifts = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as unknown as {
				value: number;
				hadRecentInput: boolean;
				sources?: { node?: Node }[];
			}[]) {
				const node = entry.sources?.[0]?.node;
				w.shifts.push({
					value: entry.value,
					recent: entry.hadRecentInput,
					at: node instanceof Element ? node.outerHTML.slice(0, 80) : String(node?.nodeName),
				});
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** Scroll from top to bottom a screen at a time, as a reader flicking through would. */
async function scrollThrough(page: Page) {
	for (;;) {
		const done = await page.evaluate(() => {
			window.scrollBy({ top: window.innerHeight * 0.8, behavior: 'instant' });
			return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
		});
		await page.waitForTimeout(60);
		if (done) break;
	}
	// Let the quiz hydrate and anything it sets off settle.
	await expect(page.getByRole('button', { name: 'Check answer' }).first()).toBeAttached();
	await page.waitForTimeout(300);
}

/** Wait until the page stops scrolling (a smooth scroll takes a few hundred milliseconds). */
async function scrollSettled(page: Page) {
	let last = -1;
	for (let i = 0; i < 50; i++) {
		const y = await page.evaluate(() => window.scrollY);
		if (y === last) return;
		last = y;
		await page.waitForTimeout(150);
	}
}

for (const viewport of [phone, { width: 1280, height: 800 }]) {
	test(`the quiz has the same size before and after it hydrates (${viewport.width} px)`, async ({
		browser,
	}) => {
		const context = await browser.newContext({ viewport });
		const page = await context.newPage();
		// The page as the server sent it, with scripting on but the island's code not loaded…
		await page.route('**/_astro/*.js', (route) => route.abort());
		await page.goto('/niger-coup/');
		const quiz = page.locator('[data-island="quiz"]');
		const before = (await quiz.boundingBox())!.height;
		await page.unroute('**/_astro/*.js');
		// …and hydrated.
		await page.goto('/niger-coup/#quiz');
		await expect(page.getByRole('button', { name: 'Check answer' }).first()).toBeAttached();
		await expect(quiz.locator('.quiz-foot button')).toBeVisible();
		await page.waitForFunction(() => document.querySelector('.quiz-foot')?.textContent);
		const after = (await quiz.boundingBox())!.height;
		expect(after).toBe(before);
		await context.close();
	});

	test(`nothing moves through a full scroll of an explainer with its quiz, hydration included (${viewport.width} px)`, async ({
		browser,
	}) => {
		const context = await browser.newContext({ viewport });
		const page = await context.newPage();
		await recordShifts(page);
		await page.goto('/niger-coup/');
		await scrollThrough(page);
		const shifts = await page.evaluate(
			() =>
				(window as unknown as { shifts: { value: number; recent: boolean; at: string }[] }).shifts,
		);
		const cls = shifts.filter((s) => !s.recent).reduce((sum, s) => sum + s.value, 0);
		console.log(`CLS through a full scroll at ${viewport.width} px: ${cls.toFixed(4)}`);
		expect(shifts.filter((s) => !s.recent && s.value > 0)).toEqual([]);
		await context.close();
	});
}

for (const saved of [false, true]) {
	test(`a tapped citation lands with its note at the top of the screen, highlighted${saved ? ' (with saved quiz answers)' : ''}`, async ({
		browser,
	}) => {
		const context = await browser.newContext({ viewport: phone, hasTouch: true });
		const page = await context.newPage();
		await recordShifts(page);
		if (saved) {
			// A reader who took part of the quiz earlier: the quiz grows when it restores them.
			await page.goto('/niger-coup/#quiz');
			const first = page.locator('#quiz .question').first();
			await first.locator('input').first().check();
			await first.getByRole('button', { name: 'Check answer' }).click();
			await expect(first.locator('.feedback')).toBeVisible();
		}
		await page.goto('/niger-coup/');
		// A citation some way down the text, so the scroll passes the quiz on its way to the notes.
		const cite = page.locator('.prose .cite a').nth(10);
		const href = (await cite.getAttribute('href'))!;
		await cite.scrollIntoViewIfNeeded();
		await cite.tap();
		await scrollSettled(page);
		const note = page.locator(href);
		const box = (await note.boundingBox())!;
		expect(
			box.y,
			`the note's top is ${box.y} px from the top of the screen`,
		).toBeGreaterThanOrEqual(0);
		expect(box.y).toBeLessThan(60);
		expect(await note.evaluate((li) => li.matches(':target'))).toBe(true);
		const background = await note.evaluate((li) => getComputedStyle(li).backgroundColor);
		const body = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(background).not.toBe(body);
		// And its back link returns to the very citation that was tapped.
		const back = note.locator(`a[href="#${await cite.evaluate((a) => a.parentElement!.id)}"]`);
		await back.tap();
		await scrollSettled(page);
		const citeBox = (await cite.boundingBox())!;
		expect(citeBox.y).toBeGreaterThanOrEqual(0);
		expect(citeBox.y).toBeLessThan(phone.height);
		const shifts = await page.evaluate(
			() => (window as unknown as { shifts: { value: number; recent: boolean }[] }).shifts,
		);
		console.log(
			`CLS with a citation tapped${saved ? ', saved answers' : ''}: ${shifts
				.filter((s) => !s.recent)
				.reduce((sum, s) => sum + s.value, 0)
				.toFixed(4)}`,
		);
		await context.close();
	});
}

test('citation numbers and back links are at least 24×24 px to tap on a 360 px phone', async ({
	browser,
}) => {
	const context = await browser.newContext({ viewport: phone });
	const page = await context.newPage();
	for (const path of ['/niger-coup/', '/since-the-coup/']) {
		await page.goto(path);
		const small = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.cite a, .backrefs a')]
				.map((a) => {
					const box = a.getBoundingClientRect();
					return { text: a.textContent!.trim(), width: box.width, height: box.height };
				})
				.filter((box) => box.width < 24 || box.height < 24),
		);
		const count = await page.locator('.cite a, .backrefs a').count();
		expect(count).toBeGreaterThan(20);
		expect(
			small.slice(0, 5),
			`${small.length} of ${count} targets are too small on ${path}`,
		).toEqual([]);
	}
	// A sample checked with Playwright's own measure, as a tap would find it.
	await page.goto('/niger-coup/');
	for (const link of [
		page.locator('.cite a').first(),
		page.locator('.backrefs a').first(),
		page.locator('.backrefs a').last(),
	]) {
		const box = (await link.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(24);
		expect(box.height).toBeGreaterThanOrEqual(24);
	}
	await context.close();
});

test('every explainer prints on at most 11 A4 pages, with its notes and without the quiz, in English and in French', async ({
	page,
}) => {
	test.setTimeout(120_000);
	const counts: Record<string, number> = {};
	const shown: Record<string, { notes: boolean; quiz: boolean }> = {};
	const printed = [...explainers, ...explainers.map((path) => `/fr${path}`)];
	for (const path of printed) {
		await page.goto(path);
		await page.emulateMedia({ media: 'print' });
		const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
		counts[path] = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
		shown[path] = {
			notes: await page.locator('.sources-list li').first().isVisible(),
			quiz: await page.locator('#quiz .question').first().isVisible(),
		};
		await page.emulateMedia({ media: 'screen' });
	}
	console.log(`A4 pages: ${JSON.stringify(counts)}`);
	for (const path of printed) expect(shown[path], path).toEqual({ notes: true, quiz: false });
	for (const [path, pages] of Object.entries(counts)) {
		expect(pages, `${path} prints on ${pages} pages`).toBeGreaterThan(2);
		// 15–17 pages before the print styles; 8–11 now that the pages run to late 2026 (a
		// 3,000-word page with some 70 notes): a bound that catches the print styles breaking.
		expect(pages, `${path} prints on ${pages} pages`).toBeLessThanOrEqual(11);
	}
});

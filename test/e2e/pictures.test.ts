/**
 * A reader sees each map and chart in Chromium, in light and dark: the image loads (it has a
 * natural width), it follows the colour scheme, and its table opens. A screenshot of each
 * figure is saved to test-results/pictures/<name>-<scheme>.png (also <name>-phone.png, on a
 * 390 px screen, <name>-table.png, with its table open, and <name>-print.png, printed from
 * dark mode) for a person to look at.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator } from '@playwright/test';

const dist = process.env.OUT_DIR ?? 'dist';
const shots = 'test-results/pictures';

/** The explainers that hold a picture, found in the built site, with their figures' ids. */
function picturePages(): { path: string; ids: string[] }[] {
	return readdirSync(dist)
		.filter((name) => statSync(join(dist, name)).isDirectory())
		.flatMap((name) => {
			const file = join(dist, name, 'index.html');
			try {
				const html = readFileSync(file, 'utf8');
				const ids = [...html.matchAll(/<div class="picture[^"]*" id="([^"]+)"/g)].map((m) => m[1]!);
				return ids.length > 0 ? [{ path: `/${name}/`, ids }] : [];
			} catch {
				return [];
			}
		});
}

/** Bring a figure into view and wait until its image has loaded. */
async function showFigure(figure: Locator) {
	await figure.scrollIntoViewIfNeeded();
	const img = figure.locator('picture img');
	await expect(img).toBeVisible();
	await expect
		.poll(() =>
			img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth),
		)
		.toBeGreaterThan(0);
	return img;
}

const pages = picturePages();

test('the built site holds the maps and charts', () => {
	expect(pages.flatMap((p) => p.ids).sort()).toEqual([
		'chart-acled-deaths-2024',
		'chart-coups-per-year',
		'map-coups',
		'map-ecowas',
		'map-sahel',
	]);
});

for (const { path, ids } of pages) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`the pictures on ${path} load and can be read in ${colorScheme} mode`, async ({
			page,
		}) => {
			mkdirSync(shots, { recursive: true });
			await page.emulateMedia({ colorScheme });
			await page.setViewportSize({ width: 1000, height: 900 });
			await page.goto(path);
			for (const id of ids) {
				const figure = page.locator(`[id="${id}"]`);
				const img = await showFigure(figure);
				const { natural, shown } = await img.evaluate((element: HTMLImageElement) => ({
					natural: element.naturalWidth,
					shown: element.getBoundingClientRect().width,
				}));
				expect(natural).toBeGreaterThan(0);
				expect(shown).toBeGreaterThan(300);
				await figure.screenshot({
					path: `${shots}/${id.replace(/^(map|chart)-/, '')}-${colorScheme}.png`,
				});
				// The table opens and shows as many rows as the picture has items.
				await figure.locator('summary').click();
				await expect(figure.locator('table')).toBeVisible();
				expect(await figure.locator('tbody tr').count()).toBeGreaterThan(1);
				if (colorScheme === 'light')
					await figure.screenshot({
						path: `${shots}/${id.replace(/^(map|chart)-/, '')}-table.png`,
					});
			}
		});
	}
}

test('each picture follows the colour scheme: its pixels differ in light and dark', async ({
	page,
}) => {
	for (const { path, ids } of pages) {
		await page.goto(path);
		for (const id of ids) {
			const figure = page.locator(`[id="${id}"]`);
			await page.emulateMedia({ colorScheme: 'light' });
			const img = await showFigure(figure);
			const light = await img.screenshot();
			await page.emulateMedia({ colorScheme: 'dark' });
			await page.waitForTimeout(100);
			const dark = await img.screenshot();
			expect(light.equals(dark), `${id} looks the same in light and dark`).toBe(false);
		}
	}
});

test('on a phone, each picture fits the screen, and opens full size on its own', async ({
	browser,
}) => {
	const context = await browser.newContext({
		viewport: { width: 390, height: 800 },
		deviceScaleFactor: 2,
	});
	const page = await context.newPage();
	mkdirSync(shots, { recursive: true });
	for (const { path, ids } of pages) {
		await page.goto(path);
		for (const id of ids) {
			const figure = page.locator(`[id="${id}"]`);
			const img = await showFigure(figure);
			const box = await img.evaluate((element) => element.getBoundingClientRect().toJSON());
			expect(box.left).toBeGreaterThanOrEqual(0);
			expect(box.right).toBeLessThanOrEqual(390);
			expect(box.width).toBeGreaterThan(320);
			await figure.screenshot({ path: `${shots}/${id.replace(/^(map|chart)-/, '')}-phone.png` });
			const src = await figure.locator('picture source').getAttribute('srcset');
			await expect(figure.getByRole('link', { name: /full size/ })).toHaveAttribute('href', src!);
		}
	}
	await context.close();
});

test('on paper, each picture prints in light colours, with its table open', async ({ page }) => {
	mkdirSync(shots, { recursive: true });
	// A reader in dark mode prints: the page and its pictures go light.
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	for (const { path, ids } of pages) {
		await page.goto(path);
		for (const id of ids) {
			const figure = page.locator(`[id="${id}"]`);
			const img = await showFigure(figure);
			await expect
				.poll(() => img.evaluate((element: HTMLImageElement) => element.currentSrc))
				.toMatch(/\/(maps|charts)\/print\/[a-z0-9-]+\.svg$/);
			await expect(figure.locator('table')).toBeVisible();
			await expect(figure.locator('summary')).toBeHidden();
			await figure.screenshot({ path: `${shots}/${id.replace(/^(map|chart)-/, '')}-print.png` });
		}
	}
});

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
			const src = await figure.locator('picture source[media="screen"]').getAttribute('srcset');
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

/**
 * The labels of a map as the reader sees them: the SVG the page chose (its `currentSrc`) is
 * opened on its own, each text's box is measured in the drawing's units and scaled by the
 * width the image takes on the page.
 */
async function renderedLabels(
	page: import('@playwright/test').Page,
	img: Locator,
): Promise<{
	scale: number;
	src: string;
	texts: { text: string; size: number; box: DOMRect; label: boolean }[];
}> {
	const { src, shown } = await img.evaluate((element: HTMLImageElement) => ({
		src: element.currentSrc,
		shown: element.getBoundingClientRect().width,
	}));
	const svgPage = await page.context().newPage();
	await svgPage.goto(src);
	const result = await svgPage.evaluate((shownWidth) => {
		const svg = document.querySelector('svg')!;
		const scale = shownWidth / svg.viewBox.baseVal.width;
		const texts = [...svg.querySelectorAll('text')].map((text) => {
			const box = text.getBBox();
			return {
				text: text.textContent ?? '',
				size: parseFloat(getComputedStyle(text).fontSize) * scale,
				box: {
					x: box.x * scale,
					y: box.y * scale,
					width: box.width * scale,
					height: box.height * scale,
				} as DOMRect,
				label: text.closest('.labels') !== null,
			};
		});
		return { scale, texts };
	}, shown);
	await svgPage.close();
	return { ...result, src };
}

for (const viewport of [
	{ width: 360, height: 740 },
	{ width: 1280, height: 800 },
]) {
	test(`at ${viewport.width}×${viewport.height}, every map's text is at least 11 px and no two labels overlap`, async ({
		browser,
	}) => {
		const context = await browser.newContext({ viewport });
		const page = await context.newPage();
		mkdirSync(shots, { recursive: true });
		const maps = pages.flatMap(({ path, ids }) =>
			ids.filter((id) => id.startsWith('map-')).map((id) => ({ path, id })),
		);
		expect(maps.length).toBeGreaterThanOrEqual(3);
		for (const { path, id } of maps) {
			await page.goto(path);
			const figure = page.locator(`[id="${id}"]`);
			const img = await showFigure(figure);
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				await page.waitForTimeout(100);
				await figure.locator('figure').screenshot({
					path: `${shots}/${id.replace(/^map-/, '')}-${viewport.width}-${colorScheme}.png`,
				});
			}
			await page.emulateMedia({ colorScheme: 'light' });
			const { texts, src } = await renderedLabels(page, img);
			expect(texts.length, `${id} (${src}) has text`).toBeGreaterThan(3);
			const smallest = Math.min(...texts.map((t) => t.size));
			test.info().annotations.push({
				type: 'smallest text',
				description: `${id} at ${viewport.width} px (${src}): ${smallest.toFixed(1)} px`,
			});
			for (const { text, size } of texts)
				expect(size, `"${text}" in ${id} (${src}) is ${size.toFixed(1)} px`).toBeGreaterThanOrEqual(
					11,
				);
			const labels = texts.filter((t) => t.label);
			for (const [i, a] of labels.entries())
				for (const b of labels.slice(i + 1)) {
					const overlap =
						a.box.x < b.box.x + b.box.width &&
						b.box.x < a.box.x + a.box.width &&
						a.box.y < b.box.y + b.box.height &&
						b.box.y < a.box.y + a.box.height;
					expect(overlap, `"${a.text}" overlaps "${b.text}" in ${id} (${src})`).toBe(false);
				}
		}
		await context.close();
	});
}

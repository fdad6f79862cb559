/**
 * A reader opens every page of the built site in Chromium, in light and dark: nothing fails in
 * the console, nothing is fetched from another origin, axe finds no WCAG 2.2 A/AA violation, and
 * the skip link takes keyboard users to the main content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The pages the sitemap lists, as paths, plus the 404 page (which it rightly leaves out). */
function sitemapPaths(): string[] {
	const xml = readFileSync(join(process.env.OUT_DIR ?? 'dist', 'sitemap-0.xml'), 'utf8');
	const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
		(match) => new URL(match[1]!).pathname,
	);
	return [...paths, '/404.html'];
}

/** Collect console errors, page errors and requests that leave the site's origin. */
function watch(page: Page, origin: string) {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.origin !== origin && url.protocol !== 'data:')
			problems.push(`request to another origin: ${request.url()}`);
	});
	return problems;
}

for (const path of sitemapPaths()) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`a reader opens ${path} in ${colorScheme} mode and meets no error, no foreign request and no axe violation`, async ({
			page,
			baseURL,
		}) => {
			await page.emulateMedia({ colorScheme });
			const problems = watch(page, new URL(baseURL!).origin);
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					console.error(
						`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`,
					);
				});
			});
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await page.waitForLoadState('networkidle');
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			const violations = results.violations.map(
				(violation) =>
					`${violation.id}: ${violation.help} — ${violation.nodes
						.map((node) => node.target.join(' '))
						.slice(0, 3)
						.join(', ')}`,
			);
			expect(violations).toEqual([]);
			// Scroll to the foot so that anything loaded on sight (the quiz) loads, then look again.
			await page.keyboard.press('End');
			await page.waitForLoadState('networkidle');
			expect(problems).toEqual([]);
		});
	}
}

test('a reader on a small phone never has to scroll the page sideways', async ({ browser }) => {
	// One test visits every page of the sitemap (46 and growing, with the timeline's period pages).
	test.slow();
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	const wide: string[] = [];
	for (const path of sitemapPaths()) {
		await page.goto(path);
		await page.keyboard.press('End');
		await page.waitForLoadState('networkidle');
		const [scroll, width] = await page.evaluate(() => [
			document.documentElement.scrollWidth,
			window.innerWidth,
		]);
		if (scroll > width) wide.push(`${path} is ${scroll}px wide`);
	}
	expect(wide).toEqual([]);
	await context.close();
});

test("a reader who follows a dead link gets the site's own not-found page, with status 404", async ({
	page,
}) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('link', { name: /home/i }).first()).toBeVisible();
});

test('a keyboard user skips the navigation straight to the main content', async ({ page }) => {
	await page.goto('/niger-coup/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.locator('main#main')).toBeFocused();
});

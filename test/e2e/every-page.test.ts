/**
 * A reader opens every page of the built site in Chromium, in light and dark: nothing fails in
 * the console, nothing is fetched from another origin, axe finds no WCAG 2.2 A/AA violation, and
 * the skip link takes keyboard users to the main content.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The pages the sitemap lists, as paths, plus the 404 page (which it rightly leaves out). */
function sitemapPaths(): string[] {
	const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
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
			const response = await page.goto(path);
			expect(response?.status()).toBe(path === '/404.html' ? 200 : 200);
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
			expect(problems).toEqual([]);
		});
	}
}

test('a keyboard user skips the navigation straight to the main content', async ({ page }) => {
	await page.goto('/niger-coup/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.locator('main#main')).toBeFocused();
});

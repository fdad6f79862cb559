/**
 * A reader searches the site: from the form in any page's header, with or without JavaScript,
 * by keyboard, in lower case as people type. Names and terms find their own entry first.
 */
import { expect, test, type Page } from '@playwright/test';

/** Fail on any CSP violation or request off the site while searching. */
function watch(page: Page) {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(message.text());
	});
	page.on('request', (request) => {
		if (!request.url().startsWith('http://127.0.0.1')) problems.push(`request: ${request.url()}`);
	});
	return problems;
}

const results = (page: Page) => page.locator('#search-results > li');

test('a reader types a term in the header of an explainer and finds its own entries first', async ({
	page,
}) => {
	const problems = watch(page);
	await page.goto('/niger-coup/');
	await page.getByRole('searchbox', { name: 'Search the site' }).fill('jnim');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=jnim$/);
	await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “jnim”\.$/);
	// JNIM has an entry in the glossary and one in who's who (it lists bodies as well as people).
	const firstTwo = await results(page)
		.locator('h2 a')
		.evaluateAll((links) => links.slice(0, 2).map((link) => link.getAttribute('href')));
	expect(firstTwo.sort()).toEqual(['/glossary/#jnim', '/people/#jnim']);
	await expect(results(page).filter({ hasText: 'Glossary' }).first()).toContainText('JNIM');
	// The words searched for are marked in the excerpts.
	await expect(results(page).first().locator('mark').first()).toHaveText(/jnim/i);
	expect(problems).toEqual([]);
});

test('a reader searches for a person and lands on their entry in who’s who', async ({ page }) => {
	await page.goto('/search/?q=tiani');
	await expect(page.getByRole('status')).toHaveText(/results? for “tiani”/);
	// The person and the glossary's note on the spelling of the name come before any long page.
	const titles = results(page).locator('h2 a');
	const firstTwo = await titles.evaluateAll((links) =>
		links.slice(0, 2).map((link) => link.getAttribute('href')),
	);
	expect(firstTwo).toContain('/people/#abdourahamane-tiani');
	await page.locator('#search-results h2 a[href="/people/#abdourahamane-tiani"]').click();
	await expect(page).toHaveURL(/\/people\/#abdourahamane-tiani$/);
	await expect(page.locator('#abdourahamane-tiani')).toBeInViewport();
});

test('results come as the reader types, the address follows, and sections link to their anchors', async ({
	page,
}) => {
	await page.goto('/search/');
	await expect(page.getByRole('status')).toHaveText('Type a word to search.');
	const box = page.getByRole('searchbox', { name: 'Search the site' });
	await box.pressSequentially('uranium', { delay: 30 });
	await expect(page.getByRole('status')).toHaveText(/results? for “uranium”/);
	await expect(page).toHaveURL(/\?q=uranium$/);
	const sectionLinks = page.locator('#search-results ul a');
	await expect(sectionLinks.first()).toHaveAttribute('href', /^\/[a-z-]+\/#[a-z0-9-]+$/);
	// A word nobody wrote gets a word of advice, not an empty page.
	await box.fill('zzqxv');
	await expect(page.getByRole('status')).toHaveText(/No results for “zzqxv”/);
	await expect(results(page)).toHaveCount(0);
});

test('a keyboard user reaches the search box from the top of a page and searches', async ({
	page,
}) => {
	await page.goto('/');
	const box = page.getByRole('searchbox', { name: 'Search the site' });
	for (let i = 0; i < 30 && !(await box.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(box).toBeFocused();
	await page.keyboard.type('ecowas sanctions');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText(/results? for “ecowas sanctions”/);
	await expect(results(page).first()).toBeVisible();
});

test('without JavaScript the form still takes the reader to the search page, which says where to look', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/glossary/');
	await page.getByRole('searchbox', { name: 'Search the site' }).fill('ecowas');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=ecowas$/);
	await expect(page.getByText(/Showing results needs JavaScript/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Glossary' }).last()).toBeVisible();
	await context.close();
});

test('reading pages load no script and no search index until the reader searches', async ({
	page,
}) => {
	const loaded: string[] = [];
	page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
	await page.goto('/ecowas/');
	await page.waitForLoadState('networkidle');
	expect(loaded.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
	await page.goto('/search/');
	await page.waitForLoadState('networkidle');
	expect(loaded.filter((path) => /\/pagefind\/(index|fragment)\//.test(path))).toEqual([]);
});

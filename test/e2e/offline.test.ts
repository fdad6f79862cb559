/**
 * "Save for offline": nothing is downloaded or registered until the reader asks; once saved,
 * the saved pages open without a connection, an unsaved page shows the offline page, and
 * "Remove offline copy" takes it all away again.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import sirv from 'sirv';
import type { OfflinePack } from '../../src/integrations/offline-pack';
import { distDir } from '../support/dist';
import { encodeAssignment } from '../../src/lib/assignment';

/** Fail on any error in the console or request off the site. */
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

const registrations = (page: Page) =>
	page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
const offlineCaches = (page: Page) =>
	page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('sahel-')));

test('a plain visit registers no worker and downloads nothing beyond the page', async ({
	page,
}) => {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
	await page.goto('/');
	const section = page.getByRole('region', { name: 'Read without a connection' });
	await expect(section).toBeVisible();
	await expect(section).toContainText(/about \d+(\.\d)? (KB|MB) to download \(compressed\)/);
	await expect(section.getByRole('button', { name: 'Save for offline' })).toBeVisible();
	await expect(section.getByRole('button', { name: 'Remove offline copy' })).toBeHidden();
	await page.goto('/niger-coup/');
	await page.goto('/');
	expect(await registrations(page)).toBe(0);
	expect(await offlineCaches(page)).toEqual([]);
	expect(requests.filter((path) => path.startsWith('/offline/') || path === '/sw.js')).toEqual([]);
});

test('a reader saves the site from the home page, reads it offline, and removes it', async ({
	page,
	context,
}) => {
	const problems = watch(page);
	await page.goto('/');
	const section = page.getByRole('region', { name: 'Read without a connection' });
	await section.getByRole('button', { name: 'Save for offline' }).click();
	await expect(section.getByRole('status')).toHaveText(/^Saved for offline: \d+ pages\./, {
		timeout: 20_000,
	});
	await expect(section.getByRole('button', { name: 'Remove offline copy' })).toBeVisible();
	expect(await registrations(page)).toBe(1);
	expect(await offlineCaches(page)).toHaveLength(1);

	await context.setOffline(true);
	// Saved pages open, with their quiz working.
	await page.goto('/niger-coup/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Niger');
	await expect(page.locator('[data-island="quiz"] button').first()).toBeVisible();
	await page.goto('/niger-coup/?assignment');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Niger');
	await page.goto('/glossary/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
	// A page that was not saved shows the offline page, which leads to the saved ones.
	await page.goto('/teachers/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
	await page.getByRole('link', { name: 'Glossary' }).first().click();
	await expect(page).toHaveURL(/\/glossary\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
	// Home says the copy is saved, offline too.
	await page.goto('/');
	await expect(section.getByRole('status')).toHaveText(
		/^Saved on this device on .+ \(\d+ pages\)\./,
	);
	await context.setOffline(false);

	await section.getByRole('button', { name: 'Remove offline copy' }).click();
	await expect(section.getByRole('status')).toHaveText(
		'The offline copy is removed from this device.',
	);
	expect(await registrations(page)).toBe(0);
	expect(await offlineCaches(page)).toEqual([]);
	await page.goto('/');
	await context.setOffline(true);
	// No worker answers any more (a page the browser's own cache holds may still open).
	const glossary = await page.goto('/glossary/').catch(() => null);
	expect(glossary?.fromServiceWorker() ?? false).toBe(false);
	const failed = await page.goto('/sources/').then(
		() => false,
		() => true,
	);
	expect(failed, 'the offline page still answered after removing the copy').toBe(true);
	await context.setOffline(false);
	expect(problems.filter((text) => !/ERR_INTERNET_DISCONNECTED/.test(text))).toEqual([]);
});

test('an assignment page without an assignment in its link offers nothing to save', async ({
	page,
}) => {
	await page.goto('/assignment/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Read without a connection' })).toBeHidden();
});

test('a student saves an assignment: its page, its reading and its quiz open offline', async ({
	page,
	context,
}) => {
	const link = `/assignment/#${encodeAssignment({ v: 1, title: 'Week 5', read: ['ecowas'], quiz: { kind: 'page', page: 'ecowas' } })}`;
	await page.goto(link);
	const section = page.getByRole('region', { name: 'Read without a connection' });
	await expect(section).toContainText(/about \d+ KB to download/);
	await section.getByRole('button', { name: 'Save for offline' }).click();
	await expect(section.getByRole('status')).toHaveText(/^Saved for offline: 2 pages\./, {
		timeout: 20_000,
	});
	await context.setOffline(true);
	await page.goto('/ecowas/?assignment');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('ECOWAS');
	await page.goto(link);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// The quiz loads its questions from the saved copy.
	await expect(page.getByText('Week 5').first()).toBeVisible();
	await expect(page.getByRole('group').first()).toBeVisible();
	// A page the assignment does not list was not saved.
	await page.goto('/glossary/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
	await context.setOffline(false);
});

/**
 * A deploy after saving: the site is built again (with another address, so that every page
 * changes) into a folder of its own, and the same origin starts serving it. The saved copy
 * updates itself, the home page says so once, and the old cache is gone.
 */
test('a new deploy updates the saved copy, and the home page says so', async ({ page }) => {
	test.setTimeout(240_000);
	const tmp = mkdtempSync(join(tmpdir(), 'sahel-offline-'));
	const next = join(tmp, 'dist');
	execFileSync('npm', ['run', '--silent', 'build'], {
		env: {
			...process.env,
			OUT_DIR: next,
			CACHE_DIR: join(tmp, 'cache'),
			SITE_URL: 'https://next.example.org',
		},
		stdio: 'ignore',
	});
	const versionOf = (dir: string) =>
		(JSON.parse(readFileSync(join(dir, 'offline/pack.json'), 'utf8')) as OfflinePack).version;
	const before = versionOf(distDir);
	const after = versionOf(next);
	expect(after).not.toBe(before);

	// One origin, serving the first deploy and then the second.
	let serve = sirv(distDir, { dev: true });
	const server = createServer((request, response) => serve(request, response));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const canonical = () => page.locator('link[rel="canonical"]').getAttribute('href');
	try {
		await page.goto(`${origin}/`);
		const section = page.getByRole('region', { name: 'Read without a connection' });
		await section.getByRole('button', { name: 'Save for offline' }).click();
		await expect(section.getByRole('status')).toHaveText(/^Saved for offline/, { timeout: 20_000 });
		await page.goto(`${origin}/glossary/`);
		expect(await canonical()).toBe('https://sahel-explained.org/glossary/');

		serve = sirv(next, { dev: true });
		// The browser looks for a new worker on a visit; this asks it at once.
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await expect
			.poll(() => page.evaluate(() => caches.keys()), { timeout: 60_000 })
			.toEqual([`sahel-offline-${after}`]);

		await page.goto(`${origin}/`);
		await expect(section.getByRole('status')).toHaveText(
			/^Your offline copy was updated to the latest version of the site on /,
		);
		await page.goto(`${origin}/glossary/`);
		expect(await canonical()).toBe('https://next.example.org/glossary/');
		// Said once.
		await page.goto(`${origin}/`);
		await expect(section.getByRole('status')).toHaveText(/^Saved on this device on /);
	} finally {
		server.close();
		rmSync(tmp, { recursive: true, force: true });
	}
});

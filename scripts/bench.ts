/**
 * `npm run bench`: build the site, serve it, and report what each kind of page costs — bytes,
 * requests, Lighthouse (mobile) scores and timings — plus the build time. Timings are noisy, so
 * they live here and never in the tests. Writes bench/results.json to compare two runs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { listPages, fileFor, distDir } from '../test/support/dist.ts';
import { findChromium } from '../test/support/chromium.ts';
import { weigh, weighPage, type Weight } from '../test/support/weigh.ts';
import type { OfflinePack } from '../src/integrations/offline-pack.ts';

// Another port can be chosen (BENCH_PORT) so that two people can run the bench side by side.
const port = Number(process.env.BENCH_PORT ?? 4330);
const kinds: Record<string, string> = {
	home: '/',
	explainer: '/sahel-insurgency/',
	'explainer with quiz (flagship)': '/niger-coup/',
	'final quiz': '/quiz/',
	timeline: '/timeline/the-confederation/',
	teachers: '/teachers/',
	glossary: '/glossary/',
	sources: '/sources/',
	'home (French)': '/fr/',
	'explainer with quiz (French)': '/fr/niger-coup/',
	'glossary (French)': '/fr/glossary/',
};

const started = performance.now();
const build = spawnSync('npm', ['run', '--silent', 'build'], {
	stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - started) / 1000;
const pageCount = listPages().length;

const server = spawn('npm', ['run', '--silent', 'serve', '--', String(port)], {
	stdio: 'ignore',
	detached: true,
});
const stopServer = () => {
	try {
		// No pid: the server never started.
		if (server.pid !== undefined) process.kill(-server.pid);
	} catch {
		// Already gone.
	}
};
process.on('exit', stopServer);
for (let i = 0; i < 60; i++) {
	if (
		await fetch(`http://127.0.0.1:${port}/`).then(
			(r) => r.ok,
			() => false,
		)
	)
		break;
	await new Promise((resolve) => setTimeout(resolve, 500));
}

const chrome = await launch({
	chromePath: process.env.CHROME_PATH ?? findChromium(),
	chromeFlags: [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	],
});

/** One row of the report: a kind of page and what it costs, or that it is not built yet. */
type Row =
	| { kind: string; path: string; missing: true }
	| {
			kind: string;
			path: string;
			missing?: false;
			html: Weight;
			css: Weight;
			js: Weight;
			requests: number;
			performance: number;
			accessibility: number;
			bestPractices: number;
			seo: number;
			fcpMs: number;
			lcpMs: number;
			tbtMs: number;
			cls: number;
			/** Layout shift summed through a full scroll on a 360×740 phone, the quiz's hydration included. */
			scrollCls?: number;
	  };
const results: Row[] = [];
for (const [kind, path] of Object.entries(kinds)) {
	const file = fileFor(path);
	if (!file || !existsSync(file)) {
		results.push({ kind, path, missing: true });
		continue;
	}
	const weight = weighPage(file, distDir);
	const run = await lighthouse(
		`http://127.0.0.1:${port}${path}`,
		{ port: chrome.port, output: 'json', logLevel: 'error' },
		{
			extends: 'lighthouse:default',
			settings: {
				formFactor: 'mobile',
				onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			},
		},
	);
	if (!run) throw new Error(`Lighthouse gave no result for ${path}`);
	const lhr = run.lhr;
	const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
	const ms = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? 0);
	results.push({
		kind,
		path,
		html: weight.html,
		css: weight.css,
		js: weight.js,
		requests:
			(lhr.audits['network-requests']?.details as { items?: unknown[] } | undefined)?.items
				?.length ?? weight.requests,
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		fcpMs: ms('first-contentful-paint'),
		lcpMs: ms('largest-contentful-paint'),
		tbtMs: ms('total-blocking-time'),
		cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
	});
}
chrome.kill();

/**
 * Lighthouse measures layout shift while a page loads, before anyone scrolls; the quiz hydrates
 * as it comes into view. So each page is also scrolled top to bottom on a phone, a screen at a
 * time, summing every layout shift not caused by input.
 */
const browser = await chromium.launch({ executablePath: findChromium() });
for (const row of results) {
	if (row.missing) continue;
	const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
	await page.addInitScript(() => {
		const w = window as unknown as { shifted: number };
		w.shifted = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as unknown as {
				value: number;
				hadRecentInput: boolean;
			}[])
				if (!entry.hadRecentInput) w.shifted += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(`http://127.0.0.1:${port}${row.path}`, { waitUntil: 'load' });
	for (let i = 0; i < 200; i++) {
		const bottom = await page.evaluate(() => {
			window.scrollBy({ top: window.innerHeight * 0.8, behavior: 'instant' });
			return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
		});
		await page.waitForTimeout(50);
		if (bottom) break;
	}
	await page.waitForTimeout(500);
	row.scrollCls = Number(
		(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toFixed(3),
	);
	await page.close();
}
await browser.close();
stopServer();

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(
	`\nBuild: ${buildSeconds.toFixed(1)} s for ${pageCount} pages (${((buildSeconds * 1000) / pageCount).toFixed(0)} ms a page)\n`,
);
console.log(
	'| page | HTML KB (gzip) | CSS KB (gzip) | JS KB (gzip) | requests | perf | a11y | best | SEO | FCP ms | LCP ms | TBT ms | CLS | CLS, full scroll (phone) |',
);
console.log(
	'| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
);
for (const r of results) {
	if (r.missing) {
		console.log(`| ${r.kind} (${r.path}) | not built yet | | | | | | | | | | | | |`);
		continue;
	}
	console.log(
		`| ${r.kind} (${r.path}) | ${kb(r.html.raw)} (${kb(r.html.gzip)}) | ${kb(r.css.raw)} (${kb(r.css.gzip)}) | ${kb(r.js.raw)} (${kb(r.js.gzip)}) | ${r.requests} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.fcpMs} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls} | ${r.scrollCls} |`,
	);
}
// What "Save for offline" on the home page downloads, and the scripts behind it.
const pack = JSON.parse(readFileSync(join(distDir, 'offline/pack.json'), 'utf8')) as OfflinePack;
const packFiles = [
	...new Set([
		...pack.shared,
		...pack.sharedByLang.en,
		...pack.home.en.flatMap((path) => {
			const files = pack.pages[path];
			if (!files)
				throw new Error(`offline/pack.json lists ${path} for the home page but not its files`);
			return files;
		}),
	]),
];
const fileOfPath = (path: string) => fileFor(path) ?? join(distDir, path);
const offline = {
	version: pack.version,
	pages: pack.home.en.length,
	files: packFiles.length,
	pack: packFiles
		.map((path) => weigh(readFileSync(fileOfPath(path))))
		.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 }),
	saveScript: weigh(readFileSync(join(distDir, 'offline/save.js'))),
	worker: weigh(readFileSync(join(distDir, 'sw.js'))),
};
console.log(
	`\nOffline pack (home page): ${offline.pages} pages, ${offline.files} files, ${kb(offline.pack.raw)} KB (${kb(offline.pack.gzip)} KB gzip); save script ${kb(offline.saveScript.gzip)} KB gzip, worker ${kb(offline.worker.gzip)} KB gzip`,
);
mkdirSync('bench', { recursive: true });
writeFileSync(
	join('bench', 'results.json'),
	JSON.stringify(
		{ date: new Date().toISOString(), buildSeconds, pageCount, pages: results, offline },
		null,
		'\t',
	),
);
console.log('\nWritten to bench/results.json');
process.exit(0);

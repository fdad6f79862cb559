import { defineConfig } from '@playwright/test';
import { findChromium } from './test/support/chromium';

// Another port can be chosen so that two checkouts (or two people) can test side by side.
const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
	testDir: 'test/e2e',
	// Two cores: two workers keep the machine busy without starving the preview server.
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: {
			executablePath: findChromium(),
			// Chromium's own calls home are refused on a closed network; keep it quiet and offline.
			args: [
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic',
			],
		},
	},
	webServer: {
		// The built site, served as a static host would (run `npm run build` first; `npm test` does).
		// Our own small server, not `astro preview`: Astro allows one preview per project, so the
		// tests would fail while `npm start` is serving the site.
		command: `npm run --silent serve -- ${port}`,
		url: `http://127.0.0.1:${port}/`,
		// Always the dist/ just built: a server left on this port from another checkout would test
		// other pages. If the port is taken, set E2E_PORT to another.
		reuseExistingServer: false,
		timeout: 60_000,
	},
});

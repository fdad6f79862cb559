import { defineConfig } from 'vitest/config';

export default defineConfig({
	// Component tests render Preact islands; the JSX must compile against Preact, not React.
	oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
	test: {
		// Three suites, each runnable alone: `npm run test:unit` needs no build and takes seconds.
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'] },
			},
			{
				extends: true,
				// Real builds of small broken fixture sites: each takes seconds, so give them time.
				test: {
					name: 'content',
					include: ['test/content/**/*.test.ts'],
					testTimeout: 120_000,
					hookTimeout: 120_000,
				},
			},
			{
				extends: true,
				// The built dist/ (run `npm run build` first); the HTML checker needs a minute.
				test: {
					name: 'site',
					include: ['test/site/**/*.test.ts'],
					testTimeout: 120_000,
					hookTimeout: 120_000,
				},
			},
		],
		// The colour tokens are read as text (`tokens.css?raw`) by the pictures: let Vite's CSS
		// handling give that file's text rather than an empty module.
		css: { include: [/tokens\.css/] },
	},
});

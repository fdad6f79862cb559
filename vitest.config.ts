import { defineConfig } from 'vitest/config';

export default defineConfig({
	// Component tests render Preact islands; the JSX must compile against Preact, not React.
	oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
	test: {
		include: [
			'test/unit/**/*.test.{ts,tsx}',
			'test/content/**/*.test.ts',
			'test/site/**/*.test.ts',
		],
		// The colour tokens are read as text (`tokens.css?raw`) by the pictures: let Vite's CSS
		// handling give that file's text rather than an empty module.
		css: { include: [/tokens\.css/] },
		// The content tests run real builds of small fixtures; give them time.
		testTimeout: 120_000,
		hookTimeout: 120_000,
	},
});

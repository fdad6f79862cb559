// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { remarkExplainer } from './src/plugins/remark-explainer.ts';

// The address the site is deployed at: canonical and Open Graph URLs are built from it.
const site = process.env.SITE_URL ?? 'https://sahel-explained.org';

export default defineConfig({
	site,
	trailingSlash: 'always',
	// Tests build broken fixtures into their own folder so they never clobber dist/.
	outDir: process.env.OUT_DIR ?? './dist',
	// …and keep their content cache apart, so a fixture's entries never leak into the real site.
	cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
	integrations: [mdx(), preact(), sitemap()],
	markdown: {
		// Astro 7's default processor runs no remark plugins; ours number citations and set ids.
		processor: unified({ remarkPlugins: [remarkExplainer] }),
	},
	build: {
		// One request for a reading page: its CSS travels inside the HTML.
		inlineStylesheets: 'always',
	},
	devToolbar: { enabled: false },
});

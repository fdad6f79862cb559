// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { readdirSync } from 'node:fs';
import { remarkExplainer } from './src/plugins/remark-explainer.ts';
import { linkTargets } from './src/data/link-targets.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { offlinePack } from './src/integrations/offline-pack.ts';
import { frenchTypography } from './src/integrations/french-typography.ts';

/** The explainers' pages, by their file names (the build itself fails on a broken one). */
const explainers = readdirSync(`${process.env.CONTENT_DIR ?? 'content'}/explainers`)
	.filter((name) => name.endsWith('.mdx'))
	.map((name) => `/${name.replace(/\.mdx$/, '')}/`);

// The address the site is deployed at: canonical and Open Graph URLs are built from it.
const site = process.env.SITE_URL ?? 'https://sahel-explained.org';

export default defineConfig({
	site,
	trailingSlash: 'always',
	// English at the root, French under /fr/ (src/pages/[...lang]/ builds each page in both).
	i18n: {
		locales: ['en', 'fr'],
		defaultLocale: 'en',
		routing: { prefixDefaultLocale: false },
	},
	// Tests build broken fixtures into their own folder so they never clobber dist/.
	outDir: process.env.OUT_DIR ?? './dist',
	// …and keep their content cache apart, so a fixture's entries never leak into the real site.
	cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
	integrations: [
		mdx(),
		preact(),
		// Both languages, each page with its twin as an alternate.
		sitemap({ i18n: { defaultLocale: 'en', locales: { en: 'en', fr: 'fr' } } }),
		// First of the steps after the build: the others read the French pages as readers get them.
		frenchTypography(),
		// Before the search index, so that it indexes the home page as readers get it.
		offlinePack({
			// The home page saves the reading pages and quizzes, not the tools and printables.
			home: (path) =>
				explainers.includes(path) ||
				/^\/(quiz\/|timeline\/.*|people\/|glossary\/|at-a-glance\/|about\/)?$/.test(path),
			// An assignment saves itself and the pages it lists.
			more: (path) => explainers.includes(path) || /^\/(assignment|quiz)\/$/.test(path),
		}),
		searchIndex(),
	],
	markdown: {
		// No code on these pages; Shiki's inline styles would also break the CSP.
		syntaxHighlight: false,
		// Astro 7's default processor runs no remark plugins; ours number citations and set ids.
		processor: unified({
			remarkPlugins: [
				// The glossary and timeline to link to, in both languages (the French under `fr`). This
				// runs before the content layer exists, so src/data/link-targets.ts reads the files with
				// the loaders' parser and schemas; a broken file gives no links, and its loader stops
				// the build with the problem.
				[remarkExplainer, linkTargets(process.env.CONTENT_DIR ?? 'content')],
			],
		}),
	},
	// Scoped styles by class rather than data-astro-cid attributes: shorter HTML on every page.
	scopedStyleStrategy: 'class',
	build: {
		// One request for a reading page: its CSS travels inside the HTML.
		inlineStylesheets: 'always',
	},
	security: {
		// Scripts and styles are allowed by hash (Astro computes them); everything else must come
		// from the site itself. frame-ancestors cannot be set in a <meta>: public/_headers sets it.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
	devToolbar: { enabled: false },
});

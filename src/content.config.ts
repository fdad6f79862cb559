/**
 * The content collections: which files hold what. The shape of each lives in
 * `src/schemas/content.ts`; cross-file checks (every cited id exists…) in `src/lib/integrity.ts`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { yamlList } from './data/loaders';
import { optionalYamlList } from './data/optional-list';
import {
	ChartSchema,
	ExplainerSchema,
	MapViewSchema,
	PageSchema,
	PersonSchema,
	ProfileSchema,
	QuizSchema,
	SourceSchema,
	TermSchema,
	TimelineEventSchema,
	UpdateSchema,
} from './schemas/content';

/** Where the words live; tests point this at small broken fixtures to see the build fail. */
const root = process.env.CONTENT_DIR ?? 'content';

export const collections = {
	// One MDX page each; the file name is the slug and the URL.
	explainers: defineCollection({
		loader: glob({ pattern: '*.mdx', base: `${root}/explainers` }),
		schema: ExplainerSchema,
	}),
	// One YAML file per quiz; `final.yaml` picks questions from the others by id.
	quizzes: defineCollection({
		loader: glob({ pattern: '*.yaml', base: `${root}/quizzes` }),
		schema: QuizSchema,
	}),
	// Prose pages that are not explainers: the home page's text, about.
	pages: defineCollection({
		loader: glob({ pattern: '*.mdx', base: `${root}/pages` }),
		schema: PageSchema,
	}),
	sources: defineCollection({
		loader: yamlList(`${root}/sources.yaml`, SourceSchema),
		schema: SourceSchema,
	}),
	timeline: defineCollection({
		loader: yamlList(`${root}/timeline.yaml`, TimelineEventSchema),
		schema: TimelineEventSchema,
	}),
	people: defineCollection({
		loader: yamlList(`${root}/people.yaml`, PersonSchema),
		schema: PersonSchema,
	}),
	glossary: defineCollection({
		loader: yamlList(`${root}/glossary.yaml`, TermSchema),
		schema: TermSchema,
	}),
	updates: defineCollection({
		loader: yamlList(`${root}/updates.yaml`, UpdateSchema),
		schema: UpdateSchema,
	}),
	// The "at a glance" profiles of Niger and the AES (optional: the test fixtures do without).
	profiles: defineCollection({
		loader: optionalYamlList(`${root}/profiles.yaml`, ProfileSchema),
		schema: ProfileSchema,
	}),
	// Maps and charts drawn at build time into static SVG (see src/data/pictures.ts).
	maps: defineCollection({
		loader: optionalYamlList(`${root}/maps.yaml`, MapViewSchema),
		schema: MapViewSchema,
	}),
	charts: defineCollection({
		loader: optionalYamlList(`${root}/charts.yaml`, ChartSchema),
		schema: ChartSchema,
	}),
};

/**
 * The content collections: which files hold what. The shape of each lives in
 * `src/schemas/content.ts`; cross-file checks (every cited id exists…) in `src/lib/integrity.ts`.
 */
import { existsSync } from 'node:fs';
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

/**
 * One edition's collections: English from `content/`, French from `content/fr/` with the same
 * files and ids (the sources are shared: one bibliography for both).
 */
function edition(dir: string) {
	return {
		// One MDX page each; the file name is the slug and the URL.
		explainers: defineCollection({
			loader: glob({ pattern: '*.mdx', base: `${dir}/explainers` }),
			schema: ExplainerSchema,
		}),
		// One YAML file per quiz; `final.yaml` picks questions from the others by id.
		quizzes: defineCollection({
			loader: glob({ pattern: '*.yaml', base: `${dir}/quizzes` }),
			schema: QuizSchema,
		}),
		// Prose pages that are not explainers: the home page's text, about.
		pages: defineCollection({
			loader: glob({ pattern: '*.mdx', base: `${dir}/pages` }),
			schema: PageSchema,
		}),
		timeline: defineCollection({
			loader: yamlList(`${dir}/timeline.yaml`, TimelineEventSchema),
			schema: TimelineEventSchema,
		}),
		people: defineCollection({
			loader: yamlList(`${dir}/people.yaml`, PersonSchema),
			schema: PersonSchema,
		}),
		glossary: defineCollection({
			loader: yamlList(`${dir}/glossary.yaml`, TermSchema),
			schema: TermSchema,
		}),
		updates: defineCollection({
			loader: yamlList(`${dir}/updates.yaml`, UpdateSchema),
			schema: UpdateSchema,
		}),
		// The "at a glance" profiles of Niger and the AES (optional: the test fixtures do without).
		profiles: defineCollection({
			loader: optionalYamlList(`${dir}/profiles.yaml`, ProfileSchema),
			schema: ProfileSchema,
		}),
		// Maps and charts drawn at build time into static SVG (see src/data/pictures.ts).
		maps: defineCollection({
			loader: optionalYamlList(`${dir}/maps.yaml`, MapViewSchema),
			schema: MapViewSchema,
		}),
		charts: defineCollection({
			loader: optionalYamlList(`${dir}/charts.yaml`, ChartSchema),
			schema: ChartSchema,
		}),
	};
}

const english = edition(root);
/** The French edition, when the content has one (the test fixtures mostly do not). */
const french = existsSync(`${root}/fr`) ? edition(`${root}/fr`) : undefined;

export const collections = {
	...english,
	sources: defineCollection({
		loader: yamlList(`${root}/sources.yaml`, SourceSchema),
		schema: SourceSchema,
	}),
	...(french && {
		frExplainers: french.explainers,
		frQuizzes: french.quizzes,
		frPages: french.pages,
		frTimeline: french.timeline,
		frPeople: french.people,
		frGlossary: french.glossary,
		frUpdates: french.updates,
		frProfiles: french.profiles,
		frMaps: french.maps,
		frCharts: french.charts,
	}),
};

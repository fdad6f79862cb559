/**
 * The shape of every piece of content, in one module. `src/content.config.ts` wires these to
 * files; tests and `src/lib/` reuse them to validate data that comes from anywhere else.
 * Each schema `XxxSchema` has a matching `type Xxx = z.output<typeof XxxSchema>`.
 */
import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema, PartialDateSchema, show } from './dates';
import './errors';

/** Words as a reader counts them: punctuation standing alone (French `:` and `;`) is not one. */
const words = (text: string) =>
	text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** Frontmatter of an explainer page (`content/explainers/<slug>.mdx`). */
export const ExplainerSchema = z.object({
	/** The page title, also the `<title>` and the navigation label's source. */
	title: z.string().min(5),
	/** Short label for the navigation bar; defaults to the title. */
	navLabel: z.string().optional(),
	/** One sentence for search results and link previews (meta description). */
	description: z
		.string()
		.min(50)
		.max(160, {
			error: (issue) => `must be at most 160 characters (is ${String(issue.input).length})`,
		}),
	/** About 80 words that tell the page's story, shown on top of it. */
	summary: z.string().refine((text) => words(text) >= 50 && words(text) <= 110, {
		error: (issue) => `should be about 80 words (50–110), has ${words(String(issue.input))}`,
	}),
	/** Position in the navigation and in the previous/next links. */
	order: z.number().int().positive(),
	/** When the page last changed (YYYY-MM-DD). */
	updated: IsoDateSchema,
	/** The date of the latest event the page covers (YYYY-MM-DD): "Facts as of". */
	factsAsOf: IsoDateSchema,
	/**
	 * When the latest reporting was last searched for news that would change the page
	 * (YYYY-MM-DD): "Latest reporting checked". Never earlier than `factsAsOf` (checked at build).
	 */
	checkedAsOf: IsoDateSchema,
	/** 3–5 things a reader can do after reading, shown to teachers and answered in "In brief". */
	objectives: z.array(z.string().min(10)).min(3).max(5),
	/** 3–5 questions for a class discussion, shown on the teachers' page. */
	discussion: z.array(z.string().min(10)).min(3).max(5),
});
export type Explainer = z.output<typeof ExplainerSchema>;

/** The kinds of source, so readers see who is speaking. */
export const SourceTypeSchema = z.enum(['primary', 'wire', 'news', 'analysis', 'reference']);
export type SourceType = z.output<typeof SourceTypeSchema>;

/** One entry of the bibliography (`content/sources.yaml`). */
export const SourceSchema = z.object({
	/** Stable id that citations use: `publisher-yyyy-mm-dd-keyword`. */
	id: IdSchema,
	/** Who wrote it: the wire, outlet or institution. */
	publisher: z.string().min(2),
	/** The headline or document title as published. */
	title: z.string().min(3),
	/** Publication date (YYYY-MM-DD), or YYYY-MM / YYYY when only that is known; omit for undated pages. */
	date: PartialDateSchema.optional(),
	/** Where it can be read. */
	url: z.url({
		protocol: /^https?$/,
		error: (issue) => `expected an http(s) address, got ${JSON.stringify(issue.input)}`,
	}),
	/** primary document, wire report, news report, analysis or reference. */
	type: SourceTypeSchema,
	/** The site that carries a wire story or document, when it is not the publisher's own. */
	via: z.string().optional(),
	/** The language, when it is not English (BCP 47, e.g. `fr`). */
	lang: z.string().optional(),
	/**
	 * The id of the same report in its original French (an AFP dispatch on the French wire, a
	 * communiqué as issued), when this one is a translation: the French edition cites it instead.
	 */
	french: IdSchema.optional(),
});
export type Source = z.output<typeof SourceSchema>;

/** What a question tests: recalling a fact, a cause and its effect, or reading a position. */
const SkillSchema = z.enum(['recall', 'cause', 'interpretation']);

/** Fields every question has, whatever its type. */
const QuestionBase = {
	/** Unique across every quiz; results codes and the final quiz refer to it. */
	id: IdSchema,
	/** What the question tests. */
	skill: SkillSchema,
	/** The question as the reader sees it. */
	prompt: z.string().min(5),
	/** Why the right answer is right. */
	explanation: z.string().min(10),
	/** The id of the explainer section that teaches it (checked at build). */
	section: IdSchema,
	/** The source id that supports the answer (checked at build). */
	source: IdSchema,
};

/**
 * A choice in a single or multiple question. Strict, like the other parts of a question: in a
 * YAML flow mapping an unquoted comma splits the text into a second key, which must fail the
 * build rather than quietly cut the option short.
 */
const OptionSchema = z.strictObject({
	/** Stable within the question. */
	id: IdSchema,
	/** What the reader sees. */
	text: z.string().min(1),
	/** Why this option, when wrong, is tempting and wrong. */
	feedback: z.string().optional(),
});

/** Option ids must be unique within a question and the answer must name them. */
const optionIds = (options: { id: string }[]) => options.map((option) => option.id);

/** One right option among 3–5. */
export const SingleQuestionSchema = z
	.object({
		...QuestionBase,
		type: z.literal('single'),
		options: z.array(OptionSchema).min(3).max(5),
		/** The id of the right option. */
		answer: IdSchema,
	})
	.refine((q) => optionIds(q.options).includes(q.answer), {
		error: 'answer must be the id of one of the options',
		path: ['answer'],
	});

/** Select all that apply: two or more right options among 4–6. */
export const MultipleQuestionSchema = z
	.object({
		...QuestionBase,
		type: z.literal('multiple'),
		options: z.array(OptionSchema).min(4).max(6),
		/** The ids of every right option. */
		answer: z.array(IdSchema).min(2),
	})
	.refine((q) => q.answer.every((id) => optionIds(q.options).includes(id)), {
		error: 'every answer must be the id of one of the options',
		path: ['answer'],
	});

/** A statement judged true or false. */
export const TrueFalseQuestionSchema = z.object({
	...QuestionBase,
	type: z.literal('truefalse'),
	/** Whether the statement is true. */
	answer: z.boolean(),
	/** Why the tempting wrong choice is wrong. */
	feedback: z.string().optional(),
});

/** Events to put in chronological order, written here in the right order. */
export const OrderQuestionSchema = z.object({
	...QuestionBase,
	type: z.literal('order'),
	/** 3–6 items in the correct order; the quiz shuffles them. */
	items: z
		.array(z.strictObject({ id: IdSchema, text: z.string().min(1) }))
		.min(3)
		.max(6),
});

/** People or bodies to pair with their roles. */
export const MatchQuestionSchema = z.object({
	...QuestionBase,
	type: z.literal('match'),
	/** 3–5 pairs, each `left` matched to its `right`. */
	pairs: z
		.array(z.strictObject({ id: IdSchema, left: z.string().min(1), right: z.string().min(1) }))
		.min(3)
		.max(5),
});

/** Any question. */
export const QuestionSchema = z.discriminatedUnion('type', [
	SingleQuestionSchema,
	MultipleQuestionSchema,
	TrueFalseQuestionSchema,
	OrderQuestionSchema,
	MatchQuestionSchema,
]);
export type Question = z.output<typeof QuestionSchema>;
export type QuestionType = Question['type'];

/** A page quiz (`content/quizzes/<slug>.yaml`) or the final quiz (`content/quizzes/final.yaml`). */
export const QuizSchema = z.union([
	z.object({
		/** The explainer this quiz follows. */
		explainer: IdSchema,
		/** The heading shown above the quiz. */
		title: z.string().min(3),
		/** 8–12 questions. */
		questions: z.array(QuestionSchema).min(8).max(12),
	}),
	z.object({
		/** The heading of the final quiz. */
		title: z.string().min(3),
		/** One or two sentences shown above it. */
		intro: z.string().optional(),
		/** 20–25 question ids picked from the page quizzes (no copies). */
		picks: z.array(IdSchema).min(20).max(25),
	}),
]);
export type Quiz = z.output<typeof QuizSchema>;

/** The themes a timeline event belongs to. */
export const ThemeSchema = z.enum(['niger-politics', 'ecowas', 'security', 'foreign-powers']);
export type Theme = z.output<typeof ThemeSchema>;

/** One dated event (`content/timeline.yaml`). */
export const TimelineEventSchema = z.object({
	/** Stable id: the anchor of the event on its period's page, `/timeline/<period>/#<id>`. */
	id: IdSchema,
	/** When: YYYY-MM-DD, or YYYY-MM / YYYY where the day is not known. */
	date: PartialDateSchema,
	/** Which strand of the story it belongs to. */
	theme: ThemeSchema,
	/** One sentence saying what happened. */
	text: z.string().min(10),
	/** The source id that supports it. */
	source: IdSchema,
});
export type TimelineEvent = z.output<typeof TimelineEventSchema>;

/** One person or body (`content/people.yaml`). */
export const PersonSchema = z.object({
	/** Stable id: pages link to `/people/#<id>`. */
	id: IdSchema,
	/** The one spelling the site uses. */
	name: z.string().min(2),
	/** A person or an institution / armed group. */
	kind: z.enum(['person', 'body']),
	/** Other spellings and names, given once. */
	variants: z.array(z.string()).default([]),
	/** Who they are and what they did in this story. */
	role: z.string().min(10),
	/** Dated milestones. */
	keyDates: z.array(z.object({ date: PartialDateSchema, event: z.string().min(3) })).default([]),
	/** Short forms the explainers use, such as a surname alone; with the name and variants, they
	 * are how the build finds the pages that mention the entry. */
	mentionedAs: z.array(z.string().min(3)).default([]),
	/** The source id that supports the entry. */
	source: IdSchema,
});
export type Person = z.output<typeof PersonSchema>;

/** One glossary term (`content/glossary.yaml`). */
export const TermSchema = z.object({
	/** Stable id: pages link to `/glossary/#<id>`. */
	id: IdSchema,
	/** The term as the site writes it. */
	term: z.string().min(1),
	/** What an acronym stands for, in English. */
	expansion: z.string().optional(),
	/** The French form, where there is one (English edition). */
	french: z.string().optional(),
	/** The English form, where it differs (French edition). */
	english: z.string().optional(),
	/** Other spellings or names. */
	variants: z.array(z.string()).default([]),
	/** One to three sentences. */
	definition: z.string().min(10),
});
export type Term = z.output<typeof TermSchema>;

/** What kind of change a changelog entry records. */
export const UpdateKindSchema = z.enum(['update', 'correction', 'addition']);
export type UpdateKind = z.output<typeof UpdateKindSchema>;

/** One entry of the changelog (`content/updates.yaml`): one published change. */
export const UpdateSchema = z
	.object({
		/** Stable id: the updates page and the feed link to `/updates/#<id>`. */
		id: IdSchema,
		/** When the change was published (YYYY-MM-DD). */
		date: IsoDateSchema,
		/** `update` (new facts), `correction` (the page said something wrong) or `addition` (new page or section). */
		kind: UpdateKindSchema.default('update'),
		/** The explainer slugs or page names it touched (checked at build). */
		pages: z.array(IdSchema).min(1),
		/** The sections it changed, written `<page>#<section-id>` (checked at build). */
		sections: z
			.array(
				z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9]+(?:-[a-z0-9]+)*$/, {
					error: (issue) =>
						`expected <page>#<section-id> (kebab-case on both sides), got ${show(issue.input)}`,
				}),
			)
			.default([]),
		/** What changed, in a sentence or two. */
		text: z.string().min(10),
		/** For a correction: what the page said that was wrong. */
		wrong: z.string().min(10).optional(),
	})
	.superRefine((update, ctx) => {
		if (update.kind === 'correction' && !update.wrong)
			ctx.addIssue({
				code: 'custom',
				path: ['wrong'],
				message: 'a correction must say what the page said that was wrong',
			});
		update.sections.forEach((section, i) => {
			const page = section.split('#')[0]!;
			if (!update.pages.includes(page))
				ctx.addIssue({
					code: 'custom',
					path: ['sections', i],
					message: `names the page "${page}", which is not in this entry's pages (${update.pages.join(', ')})`,
				});
		});
	});
export type Update = z.output<typeof UpdateSchema>;

/** Frontmatter of a standalone prose page (`content/pages/<name>.mdx`: home, about…). */
export const PageSchema = z.object({
	/** The page title. */
	title: z.string().min(3),
	/** One sentence for search results and link previews. */
	description: z.string().min(50).max(160),
	/** When the page last changed (YYYY-MM-DD). */
	updated: IsoDateSchema,
});
export type Page = z.output<typeof PageSchema>;

/** A longitude and a latitude, in degrees (`[2.11, 13.51]` is Niamey). */
const LonLatSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/** How a category is drawn, so that categories differ in pattern as well as in colour. */
export const FillStyleSchema = z.enum(['solid', 'tint', 'hatched', 'dotted']);
export type FillStyle = z.output<typeof FillStyleSchema>;

/** One thing a map shows: a country, a sketched area or a place, with its row in the table. */
const MapItemBase = {
	/** What the table says about it, in a sentence or less. */
	note: z.string().min(3),
	/** The source ids that support the note (checked at build). */
	sources: z.array(IdSchema).min(1),
	/** The label's lines on the map; the name when omitted, none when empty. */
	label: z.array(z.string().min(1)).optional(),
	/** Where the label's centre must go, when the automatic placement is not good enough. */
	labelAt: LonLatSchema.optional(),
};

/** What every map and chart has, whatever it draws. */
const FigureFields = {
	/** Stable id: the SVG is served at `/maps/<id>.svg` or `/charts/<id>.svg`. */
	id: IdSchema,
	/** The title: the SVG's `<title>` and the heading of its caption. */
	title: z.string().min(10),
	/** What it shows and tells, in two to four sentences: the SVG's `<desc>`. */
	description: z.string().min(40),
	/** The image's alternative text: what a reader who cannot see it needs, briefly. */
	alt: z.string().min(20).max(300),
	/** The date it shows, or of its latest figure (YYYY-MM-DD), written in the caption. */
	asOf: IsoDateSchema,
};

/** One view of the region (`content/maps.yaml`), drawn at build time into a static SVG. */
export const MapViewSchema = z
	.object({
		...FigureFields,
		/** The box drawn: `[[west, south], [east, north]]` in degrees. */
		extent: z.tuple([LonLatSchema, LonLatSchema]),
		/** The width of the drawing in pixels; text is set at 12px in it. */
		width: z.number().int().min(280).max(800).default(520),
		/** The heading of the table's first column ("Country", "Country or place"). */
		nameHeading: z.string().min(3).default('Country'),
		/** The ways countries are shaded, each with its legend text. */
		categories: z
			.array(z.object({ id: IdSchema, label: z.string().min(3), style: FillStyleSchema }))
			.min(1)
			.max(3),
		/** The countries shaded, by their Natural Earth names (`Côte d'Ivoire`, `Gambia`…). */
		countries: z
			.array(
				z.object({
					...MapItemBase,
					/** Natural Earth's name for it. */
					name: z.string().min(2),
					/** The site's name, when it differs (`The Gambia` for Natural Earth's `Gambia`). */
					displayName: z.string().min(2).optional(),
					category: IdSchema,
					/** The point the label names, when the country's centre will not do. */
					anchor: LonLatSchema.optional(),
					/** Small countries: the label goes outside, with a leader line. */
					callout: z.boolean().default(false),
				}),
			)
			.default([]),
		/** Areas shown as sketches, not surveyed borders. */
		areas: z
			.array(
				z.discriminatedUnion('kind', [
					z.object({
						...MapItemBase,
						kind: z.literal('band'),
						name: z.string().min(2),
						/** The band runs between these latitudes, over land only. */
						south: z.number(),
						north: z.number(),
						/** The anchor of its label. */
						anchor: LonLatSchema,
					}),
					z.object({
						...MapItemBase,
						kind: z.literal('circle'),
						name: z.string().min(2),
						/** Centred where these three countries meet. */
						around: z.tuple([z.string(), z.string(), z.string()]),
						/** Its area, in km² (the circle has the area the source gives). */
						areaKm2: z.number().positive(),
					}),
				]),
			)
			.default([]),
		/** Towns and cities, each with a marker and a label. */
		places: z
			.array(
				z.object({
					...MapItemBase,
					name: z.string().min(2),
					at: LonLatSchema,
					/** A capital city: a square marker instead of a dot. */
					capital: z.boolean().default(false),
				}),
			)
			.default([]),
	})
	.superRefine((view, ctx) => {
		const categories = new Set(view.categories.map((category) => category.id));
		view.countries.forEach((country, i) => {
			if (!categories.has(country.category))
				ctx.addIssue({
					code: 'custom',
					path: ['countries', i, 'category'],
					message: `must be one of the map's categories (${[...categories].join(', ')}), got "${country.category}"`,
				});
		});
		const [[west, south], [east, north]] = view.extent;
		if (!(west < east && south < north))
			ctx.addIssue({
				code: 'custom',
				path: ['extent'],
				message: 'must be [[west, south], [east, north]] with west < east and south < north',
			});
	});
export type MapView = z.output<typeof MapViewSchema>;

/** One figure of a chart: a bar, or one part of a stacked bar. */
const ChartPointSchema = z.object({
	/** Which category (bar) it belongs to. */
	category: z.string().min(1),
	/** The figure as drawn. */
	value: z.number().min(0),
	/** The figure as the source words it ("over 7,500"); the value when omitted. */
	text: z.string().optional(),
	/** What it counts, for the table ("Mali, 18 August 2020"). */
	note: z.string().optional(),
	/** Sources of this figure, when the series is counted by us from several reports. */
	sources: z.array(IdSchema).optional(),
});

/**
 * A bar chart of sourced figures (`content/charts.yaml`), drawn at build time into a static
 * SVG. Only figures already written, with their citations, in an explainer belong here; a
 * series holds figures of one source and never mixes two trackers.
 */
export const ChartSchema = z
	.object({
		...FigureFields,
		/** `columns` stand on a horizontal axis (years); `bars` lie along it (countries). */
		kind: z.enum(['columns', 'bars']),
		/** What the categories are ("Year", "Country"). */
		categoryLabel: z.string().min(2),
		/** What the values measure, with their unit ("People killed"). */
		valueLabel: z.string().min(3),
		/** The categories, in the order drawn. */
		categories: z.array(z.string().min(1)).min(2).max(12),
		/** How the figures were counted, when that needs saying: shown under the chart. */
		method: z.string().optional(),
		/** Whose figures these are, as the line under the chart says it ("ACLED, reported by dpa"). */
		credit: z.string().min(3),
		series: z
			.array(
				z.object({
					id: IdSchema,
					/** Legend and table heading. */
					label: z.string().min(3),
					style: FillStyleSchema.default('solid'),
					/** The one source all the series' figures come from. */
					source: IdSchema.optional(),
					points: z.array(ChartPointSchema).min(1),
				}),
			)
			.min(1)
			.max(3),
	})
	.superRefine((chart, ctx) => {
		chart.series.forEach((series, s) => {
			series.points.forEach((point, p) => {
				if (!chart.categories.includes(point.category))
					ctx.addIssue({
						code: 'custom',
						path: ['series', s, 'points', p, 'category'],
						message: `must be one of the chart's categories, got "${point.category}"`,
					});
				if (!series.source && point.value > 0 && !point.sources?.length)
					ctx.addIssue({
						code: 'custom',
						path: ['series', s, 'points', p, 'sources'],
						message: 'a series without a `source` needs `sources` on every figure above zero',
					});
			});
		});
	});
export type Chart = z.output<typeof ChartSchema>;

/**
 * One line of an "at a glance" profile: a figure or a short fact, with when it holds and who
 * says so. A number is written for the reader with `Intl.NumberFormat`; words go in `text`.
 */
export const ProfileFactSchema = z
	.object({
		/** Stable id: the line's anchor is `/at-a-glance/#<profile>-<id>`. */
		id: IdSchema,
		/** What the line gives ("Population", "Capital"). */
		label: z.string().min(2),
		/** The figure, when it is one number (1267000); formatted with Intl, never by hand. */
		number: z.number().positive().optional(),
		/** Write the number in words of scale ("27 million") rather than in full ("27,000,000"). */
		compact: z.boolean().default(false),
		/** Write the number as a rank ("188th"). */
		ordinal: z.boolean().default(false),
		/** What the number counts, after it ("km²", "people"). */
		unit: z.string().optional(),
		/** The fact in words when it is not one number, or the words that follow the number and unit. */
		text: z.string().min(2).optional(),
		/** The date or year the figure or fact refers to (YYYY, YYYY-MM or YYYY-MM-DD). */
		asOf: PartialDateSchema.optional(),
		/** The source ids that support it (checked at build). */
		sources: z.array(IdSchema).min(1),
	})
	.refine((fact) => fact.number !== undefined || fact.text !== undefined, {
		error: 'give the fact as a `number`, a `text`, or both',
		path: ['text'],
	});
export type ProfileFact = z.output<typeof ProfileFactSchema>;

/** A profile shown on the "at a glance" page (`content/profiles.yaml`): a country or a bloc. */
export const ProfileSchema = z.object({
	/** Stable id: the profile's anchor is `/at-a-glance/#<id>`. */
	id: IdSchema,
	/** The heading ("Niger", "The Confederation of Sahel States (AES)"). */
	title: z.string().min(3),
	/** A country or a group of countries. */
	kind: z.enum(['country', 'bloc']),
	/** One sentence under the heading, saying what the profile is of. */
	intro: z.string().min(10),
	/** When the profile as a whole was last checked against its sources (YYYY-MM-DD). */
	checkedAsOf: IsoDateSchema,
	/** The lines of the profile, in the order shown. */
	facts: z.array(ProfileFactSchema).min(3),
});
export type Profile = z.output<typeof ProfileSchema>;

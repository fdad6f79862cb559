/**
 * The pictures drawn at build time: the maps of `content/maps.yaml` and the charts of
 * `content/charts.yaml`, with the fields and fill styles they share.
 * Re-exported by `./content`, where the other concepts' schemas are.
 */
import { z } from 'astro/zod';
import { IdSchema, IsoDateSchema } from './dates';
import './errors';

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

/**
 * Checks of the maps and charts that their schemas cannot make alone: every source they cite
 * must exist in the bibliography. Pure; `src/data/pictures.ts` runs them at build time.
 */
import type { Chart, MapView } from '../schemas/content';
import type { ContentProblem } from './integrity';

/** Every source id a map cites, with the field that cites it. */
export function mapSourceIds(view: MapView): { field: string; id: string }[] {
	const at = (kind: string, list: { sources: string[] }[]) =>
		list.flatMap((item, i) =>
			item.sources.map((id, k) => ({ field: `"${view.id}".${kind}[${i}].sources[${k}]`, id })),
		);
	return [
		...at('countries', view.countries),
		...at('areas', view.areas),
		...at('places', view.places),
	];
}

/** Every source id a chart cites: each series' source and each figure's sources. */
export function chartSourceIds(chart: Chart): { field: string; id: string }[] {
	return chart.series.flatMap((series, s) => [
		...(series.source ? [{ field: `"${chart.id}".series[${s}].source`, id: series.source }] : []),
		...series.points.flatMap((point, p) =>
			(point.sources ?? []).map((id, k) => ({
				field: `"${chart.id}".series[${s}].points[${p}].sources[${k}]`,
				id,
			})),
		),
	]);
}

/**
 * A problem for each source a map or chart names that the bibliography does not have.
 * `checkPictureSources('content/maps.yaml', [{ field: 'x', id: 'nope' }], new Set())` ⇒ one problem.
 */
export function checkPictureSources(
	file: string,
	cited: { field: string; id: string }[],
	sourceIds: ReadonlySet<string>,
): ContentProblem[] {
	return cited
		.filter(({ id }) => !sourceIds.has(id))
		.map(({ field, id }) => ({
			file,
			field,
			message: `names the source "${id}", which is not in content/sources.yaml`,
		}));
}

/**
 * One structure, two languages: the checks that keep the French edition in step with the
 * English. Every id is shared, so a French explainer must have the English one's sections, the
 * same sources cited in each section, the same key facts, figures and dates; every quiz, list
 * entry and changelog entry must have the same ids and the same non-text fields, with every
 * text present; and every French file must have been revised since its English twin last
 * changed (its stamp in `content/fr/translations.yaml` holds the English file's hash then).
 * Each problem names the French file and the id, like every other content check.
 */
import type { ContentProblem } from './integrity';

/** What the checks need to know about one explainer of one edition. */
export interface ExplainerShape {
	slug: string;
	file: string;
	factsAsOf: string;
	checkedAsOf: string;
	order: number;
	objectives: number;
	discussion: number;
	sections: { id: string; depth: number }[];
	citationUses: { id: string; section: string }[];
	keyFacts: number[];
	figures: string[];
}

/** A data file of one edition: a quiz, or a YAML list, with its entries as parsed. */
export interface DataShape {
	/** The path below the edition's folder: `quizzes/ecowas.yaml`, `timeline.yaml`. */
	name: string;
	file: string;
	data: unknown;
}

/** One edition, as the checks see it. */
export interface EditionShape {
	explainers: ExplainerShape[];
	/** The prose pages (`pages/about.mdx`…), by name. */
	pages: { name: string; file: string }[];
	data: DataShape[];
}

/**
 * The fields that are not words, and so must be the same in both languages, by data file:
 * ids, dates, answers, sources, and the keys of the drawing. Any other string is text, which the
 * French must have (and may word as it likes). Numbers and booleans must always be equal.
 */
const STRUCTURAL: Record<string, Set<string>> = {
	quizzes: new Set(['explainer', 'id', 'type', 'skill', 'answer', 'section', 'source', 'picks']),
	'timeline.yaml': new Set(['id', 'date', 'theme', 'source']),
	'people.yaml': new Set(['id', 'kind', 'date', 'source']),
	'glossary.yaml': new Set(['id']),
	'updates.yaml': new Set(['id', 'date', 'kind', 'pages', 'sections']),
	'profiles.yaml': new Set(['id', 'kind', 'checkedAsOf', 'asOf', 'sources']),
	'maps.yaml': new Set([
		'id',
		'asOf',
		'category',
		'style',
		'sources',
		'kind',
		'around',
		'countries.name',
	]),
	'charts.yaml': new Set(['id', 'asOf', 'kind', 'style', 'source', 'sources']),
};

/** Keys one language has where the other has its counterpart (the glossary's other-language form). */
const COUNTERPARTS: [string, string][] = [['french', 'english']];

function structuralKeys(name: string): Set<string> {
	return STRUCTURAL[name.startsWith('quizzes/') ? 'quizzes' : name] ?? new Set(['id']);
}

/** A readable path: `questions[3].options[1].text`. */
function join(path: string, key: string | number): string {
	return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

/** Where an entry is, by its id when it has one: `questions[3] (nc-who)`. */
function label(path: string, value: unknown): string {
	const id =
		value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : '';
	return typeof id === 'string' && id ? `${path} (${id})` : path;
}

/** A text long enough that being identical in both languages means it was not translated. */
function looksUntranslated(en: string, fr: string): boolean {
	return en === fr && en.length >= 30 && en.split(/\s+/).length >= 5;
}

/** Compare one value of the English data with its French twin, recursively. */
function compareData(
	en: unknown,
	fr: unknown,
	path: string,
	keys: Set<string>,
	parentKey: string,
	grandKey: string,
	out: { field: string; message: string }[],
): void {
	const key = parentKey;
	const structural = keys.has(key) || keys.has(`${grandKey}.${key}`);
	if (Array.isArray(en)) {
		// A list of words (other spellings, short forms) may be longer or shorter in French.
		if (!structural && en.every((item) => typeof item === 'string')) {
			if (!Array.isArray(fr) || (en.length > 0 && fr.length === 0))
				out.push({ field: path, message: 'is missing in the French' });
			return;
		}
		if (!Array.isArray(fr) || fr.length !== en.length) {
			out.push({
				field: path,
				message: `has ${Array.isArray(fr) ? fr.length : 'no'} entries where the English has ${en.length}`,
			});
			return;
		}
		en.forEach((item, i) => {
			if (structural && typeof item === 'string') {
				if (fr[i] !== item)
					out.push({
						field: join(path, i),
						message: `is "${String(fr[i])}" where the English has "${item}" (ids, dates and answers are the same in both languages)`,
					});
				return;
			}
			const id = item && typeof item === 'object' && 'id' in item ? item.id : undefined;
			const twin = fr[i] as unknown;
			const twinId =
				twin && typeof twin === 'object' && 'id' in twin ? (twin as { id: unknown }).id : undefined;
			if (id !== undefined && twinId !== id) {
				out.push({
					field: label(join(path, i), twin),
					message: `is "${String(twinId)}" where the English has "${String(id)}" at this place: same entries, same order`,
				});
				return;
			}
			compareData(item, twin, label(join(path, i), item), keys, key, grandKey, out);
		});
		return;
	}
	if (en && typeof en === 'object') {
		if (!fr || typeof fr !== 'object') {
			out.push({ field: path, message: 'is missing in the French' });
			return;
		}
		const frObject = fr as Record<string, unknown>;
		for (const [k, value] of Object.entries(en)) {
			const counterpart = COUNTERPARTS.find(([a, b]) => a === k || b === k);
			const other = counterpart && (counterpart[0] === k ? counterpart[1] : counterpart[0]);
			if (!(k in frObject)) {
				// The glossary's form in the other language is optional in both editions.
				if (other) continue;
				if (value === undefined) continue;
				out.push({
					field: join(path, k),
					message: 'is missing: every text needs its French, every id its twin',
				});
				continue;
			}
			compareData(value, frObject[k], join(path, k), keys, k, key, out);
		}
		// The French may add a text the English does without (a `displayName` where a country's
		// French name differs from its key); never an id, a date or anything else structural.
		for (const k of Object.keys(frObject))
			if (
				!(k in (en as object)) &&
				!COUNTERPARTS.some(([a, b]) => a === k || b === k) &&
				(keys.has(k) || keys.has(`${key}.${k}`) || typeof frObject[k] !== 'string')
			)
				out.push({
					field: join(path, k),
					message: 'is not in the English: remove it, or add it there',
				});
		return;
	}
	if (typeof en === 'string') {
		if (typeof fr !== 'string') {
			out.push({ field: path, message: 'is missing in the French' });
			return;
		}
		if (structural && fr !== en)
			out.push({
				field: path,
				message: `is "${fr}" where the English has "${en}" (ids, dates and answers are the same in both languages)`,
			});
		else if (!structural && fr.trim() === '')
			out.push({ field: path, message: 'is empty: it needs its French text' });
		else if (!structural && looksUntranslated(en, fr))
			out.push({ field: path, message: `is still the English text ("${en.slice(0, 60)}…")` });
		return;
	}
	if (en !== fr)
		out.push({
			field: path,
			message: `is ${JSON.stringify(fr)} where the English has ${JSON.stringify(en)}`,
		});
}

/** Compare two explainers: sections, citations per section, key facts, figures, dates. */
function compareExplainer(en: ExplainerShape, fr: ExplainerShape): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const add = (field: string, message: string) => problems.push({ file: fr.file, field, message });
	for (const field of ['factsAsOf', 'checkedAsOf', 'order'] as const)
		if (en[field] !== fr[field])
			add(field, `is ${String(fr[field])} where the English has ${String(en[field])}`);
	for (const field of ['objectives', 'discussion'] as const)
		if (en[field] !== fr[field])
			add(field, `has ${fr[field]} items where the English has ${en[field]}`);

	const frSections = fr.sections.map((s) => `${s.depth}#${s.id}`);
	const enSections = en.sections.map((s) => `${s.depth}#${s.id}`);
	for (const section of en.sections)
		if (!frSections.includes(`${section.depth}#${section.id}`))
			add(
				`section #${section.id}`,
				`is missing: the English has a level-${section.depth} heading with this id`,
			);
	for (const section of fr.sections)
		if (!enSections.includes(`${section.depth}#${section.id}`))
			add(`section #${section.id}`, 'is not in the English (same ids in both languages)');
	const common = enSections.filter((s) => frSections.includes(s));
	if (common.join() !== frSections.filter((s) => enSections.includes(s)).join())
		add(
			'sections',
			`are in another order than the English (${en.sections.map((s) => s.id).join(', ')})`,
		);

	const cited = (shape: ExplainerShape) => {
		const bySection = new Map<string, Set<string>>();
		for (const use of shape.citationUses) {
			const set = bySection.get(use.section) ?? new Set<string>();
			set.add(use.id);
			bySection.set(use.section, set);
		}
		return bySection;
	};
	const enCited = cited(en);
	const frCited = cited(fr);
	for (const [section, ids] of enCited) {
		const twin = frCited.get(section) ?? new Set<string>();
		for (const id of ids)
			if (!twin.has(id))
				add(
					`<Cite id="${id}">`,
					`is missing from section #${section || '(before the first heading)'}: the English cites it there`,
				);
	}
	for (const [section, ids] of frCited) {
		const twin = enCited.get(section) ?? new Set<string>();
		for (const id of ids)
			if (!twin.has(id))
				add(
					`<Cite id="${id}">`,
					`in section #${section || '(before the first heading)'} is not cited there in the English`,
				);
	}
	if (en.keyFacts.join() !== fr.keyFacts.join())
		add(
			'<KeyFacts>',
			`has ${fr.keyFacts.length ? fr.keyFacts.join(', ') : 'no'} items where the English has ${en.keyFacts.join(', ') || 'none'}: the same key facts in both languages`,
		);
	if (en.figures.join() !== fr.figures.join())
		add(
			'<MapFigure>/<ChartFigure>',
			`shows ${fr.figures.join(', ') || 'none'} where the English shows ${en.figures.join(', ') || 'none'}`,
		);
	return problems;
}

/** Every way the French edition differs in structure from the English one. */
export function checkParity(en: EditionShape, fr: EditionShape, frRoot: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const frExplainers = new Map(fr.explainers.map((page) => [page.slug, page]));
	for (const page of en.explainers) {
		const twin = frExplainers.get(page.slug);
		if (!twin)
			problems.push({
				file: `${frRoot}/explainers/${page.slug}.mdx`,
				field: 'file',
				message: `is missing: ${page.file} needs its French twin`,
			});
		else problems.push(...compareExplainer(page, twin));
	}
	for (const page of fr.explainers)
		if (!en.explainers.some((other) => other.slug === page.slug))
			problems.push({
				file: page.file,
				field: 'file',
				message: 'has no English twin (the file names are the same in both languages)',
			});

	const frPages = new Set(fr.pages.map((page) => page.name));
	for (const page of en.pages)
		if (!frPages.has(page.name))
			problems.push({
				file: `${frRoot}/${page.name}`,
				field: 'file',
				message: `is missing: ${page.file} needs its French twin`,
			});

	const frData = new Map(fr.data.map((entry) => [entry.name, entry]));
	for (const entry of en.data) {
		const twin = frData.get(entry.name);
		if (!twin) {
			problems.push({
				file: `${frRoot}/${entry.name}`,
				field: 'file',
				message: `is missing: ${entry.file} needs its French twin`,
			});
			continue;
		}
		const found: { field: string; message: string }[] = [];
		compareData(entry.data, twin.data, '', structuralKeys(entry.name), '', '', found);
		problems.push(
			...found.map((p) => ({ file: twin.file, field: p.field || '(file)', message: p.message })),
		);
	}
	for (const entry of fr.data)
		if (!en.data.some((other) => other.name === entry.name))
			problems.push({
				file: entry.file,
				field: 'file',
				message: 'has no English twin (the file names are the same in both languages)',
			});
	return problems;
}

/** The stamp of an English file's contents: the first 12 hex digits of its SHA-256. */
export type Stamp = string;

/**
 * Every French file must have been revised since its English twin last changed: its stamp (the
 * English file's hash when the French was last revised) must be the English file's hash now.
 */
export function checkStamps(
	english: Map<string, Stamp>,
	stamps: Map<string, Stamp>,
	stampsFile: string,
	enRoot: string,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const [name, hash] of english) {
		const stamp = stamps.get(name);
		if (stamp === hash) continue;
		problems.push({
			file: stampsFile,
			field: name,
			message: stamp
				? `${enRoot}/${name} has changed since its French twin was last revised (stamp ${stamp}, English now ${hash}): revise the French, then run \`npm run fr:stamp -- ${name}\``
				: `has no stamp: translate ${enRoot}/${name}, then run \`npm run fr:stamp -- ${name}\``,
		});
	}
	for (const name of stamps.keys())
		if (!english.has(name))
			problems.push({
				file: stampsFile,
				field: name,
				message: `names a file that is not in ${enRoot}/: remove the line`,
			});
	return problems;
}

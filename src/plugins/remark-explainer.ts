/**
 * The remark plugins that turn an explainer's MDX into a page: explicit section ids, numbered
 * citations, `<time>` around written dates, and word counts. What they learn about the page is
 * left in `remarkPluginFrontmatter`, which `src/data/` reads to check the content's integrity.
 */
import type { Heading, Link, Root, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import readingTime from 'reading-time';
import { visit, SKIP } from 'unist-util-visit';
import { monthNamesIn, toIsoDate, type DateLang } from '../lib/dates';
import { escapeRegExp, wholeWords } from '../lib/mentions';
import { readingLevel } from '../lib/reading-level';
import { timelineHref } from '../lib/timeline';

/** What the plugins record about one explainer, readable from `remarkPluginFrontmatter`. */
export interface ExplainerFacts {
	/** Source ids in order of first citation; a source's note number is its index + 1. */
	citations: string[];
	/** Every citation with its line and the section it is in (for error messages, and for
	 * comparing a translation with its original section by section). */
	citationUses: { id: string; line: number; section: string }[];
	/** How many items each `<KeyFacts>` list has, in page order. */
	keyFacts: number[];
	/** The ids of the maps and charts the page shows, in page order. */
	figures: string[];
	/** Section ids of `##` and `###` headings, with the line they are on. */
	sections: { id: string; depth: number; line: number; text: string }[];
	/** `##` headings that have no explicit id, with their line. */
	headingsWithoutId: { text: string; line: number }[];
	/** Words of running text, citations excluded. */
	words: number;
	/** Minutes to read at 200 words a minute, rounded up. */
	minutes: number;
	/** Flesch–Kincaid grade level of the running text (see lib/reading-level). */
	grade: number;
}

interface VFileLike {
	path?: string;
	data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** A file of the French edition: `content/fr/explainers/…`, `content/fr/pages/…`. */
export function isFrenchFile(path: string | undefined): boolean {
	return /(^|[\\/])fr[\\/](explainers|pages)[\\/]/.test(path ?? '');
}

type Jsx = MdxJsxTextElement | MdxJsxFlowElement;

const ID_COMMENT = /^\s*\/\*\s*#([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\s*$/;

/** Read a JSX element's string attribute. */
function attribute(node: Jsx, name: string): string | undefined {
	const found = node.attributes.find(
		(attr): attr is MdxJsxAttribute => attr.type === 'mdxJsxAttribute' && attr.name === name,
	);
	return typeof found?.value === 'string' ? found.value : undefined;
}

/**
 * `## Heading {/* #some-id *\/}` ⇒ `<h2 id="some-id">Heading</h2>`. MDX reads braces as
 * JavaScript, so the id sits in a comment expression, which the page would otherwise drop.
 */
function takeHeadingId(heading: Heading): string | undefined {
	const last = heading.children.at(-1);
	if (last?.type !== 'mdxTextExpression') return undefined;
	const match = ID_COMMENT.exec(last.value);
	if (!match) return undefined;
	heading.children.pop();
	const before = heading.children.at(-1);
	if (before?.type === 'text') before.value = before.value.trimEnd();
	return match[1];
}

/** A written date in each language: `26 July 2023`, `1er août 2023`. */
const DATES: Record<DateLang, RegExp> = {
	en: new RegExp(`\\b(?:(\\d{1,2}) )?(${monthNamesIn.en.join('|')}) (\\d{4})\\b`, 'g'),
	fr: new RegExp(
		`(?<![\\p{L}\\d])(?:(1er|\\d{1,2})[ \\u00A0])?(${monthNamesIn.fr.join('|')})[ \\u00A0](\\d{4})\\b`,
		'gu',
	),
};

/** Split a text node around written dates, wrapping each in `<time datetime>`. */
function wrapDates(node: Text, lang: DateLang): (Text | MdxJsxTextElement)[] | undefined {
	const parts: (Text | MdxJsxTextElement)[] = [];
	let last = 0;
	for (const match of node.value.matchAll(DATES[lang])) {
		const [written, day, month, year] = match;
		const iso = toIsoDate(day, month!, year!, lang);
		if (!iso) continue;
		if (match.index > last)
			parts.push({ type: 'text', value: node.value.slice(last, match.index) });
		parts.push({
			type: 'mdxJsxTextElement',
			name: 'time',
			attributes: [{ type: 'mdxJsxAttribute', name: 'datetime', value: iso }],
			children: [{ type: 'text', value: written }],
		});
		last = match.index + written.length;
	}
	if (parts.length === 0) return undefined;
	if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
	return parts;
}

/** What the plugin links to: glossary terms and timeline events, read from the content. */
export interface LinkTargets {
	/** Glossary entries: the first mention of `term` or a variant on a page links to `/glossary/#id`. */
	glossary?: { id: string; term: string; variants?: string[] }[];
	/**
	 * Timeline events: the first mention of an event's full date links to the event on its
	 * period's page, `/timeline/<period>/#id`; a link written as `/timeline/#id` is sent there too.
	 */
	timeline?: { id: string; date: string | number }[];
	/** The same for the French edition's pages, whose links also go to `/fr/` pages. */
	fr?: Omit<LinkTargets, 'fr'>;
}

/**
 * One pattern for all glossary terms, longest first so that "Confederation of Sahel States" wins
 * over "Sahel". Terms written in lower case match in any case; names and acronyms match exactly.
 */
function termPattern(glossary: NonNullable<LinkTargets['glossary']>) {
	const forms = glossary.flatMap((entry) =>
		[entry.term, ...(entry.variants ?? [])]
			.filter((form) => form.length >= 3)
			.map((form) => ({ form, id: entry.id })),
	);
	forms.sort((a, b) => b.form.length - a.form.length);
	/** Forms by their lower case, with the apostrophe written one way (either matches). */
	const key = (form: string) => form.toLowerCase().replace(/’/g, "'");
	const lookup = new Map(forms.map(({ form, id }) => [key(form), id]));
	const alternatives = forms.map(({ form }) =>
		form === form.toLowerCase() ? `(?i:${escapeRegExp(form)})` : escapeRegExp(form),
	);
	return {
		lookup,
		key,
		regex: alternatives.length ? wholeWords(alternatives, 'gu') : undefined,
	};
}

/** Link the first mention of each glossary term in a text node; returns the new nodes, if any. */
function linkTerms(
	node: Text,
	pattern: ReturnType<typeof termPattern>,
	linked: Set<string>,
	prefix: string,
): (Text | Link)[] | undefined {
	if (!pattern.regex) return undefined;
	const parts: (Text | Link)[] = [];
	let last = 0;
	for (const match of node.value.matchAll(pattern.regex)) {
		const id = pattern.lookup.get(pattern.key(match[0]));
		if (!id || linked.has(id)) continue;
		linked.add(id);
		if (match.index > last)
			parts.push({ type: 'text', value: node.value.slice(last, match.index) });
		parts.push({
			type: 'link',
			url: `${prefix}/glossary/#${id}`,
			data: { hProperties: { className: ['term'] } },
			children: [{ type: 'text', value: match[0] }],
		});
		last = match.index + match[0].length;
	}
	if (parts.length === 0) return undefined;
	if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
	return parts;
}

/** The patterns and addresses one edition's pages link with. */
function prepareTargets(targets: Omit<LinkTargets, 'fr'>) {
	const terms = termPattern(targets.glossary ?? []);
	/** The first event of each date, by date; and every event's page address, by id. */
	const events = new Map<string, string>();
	const eventHrefs = new Map<string, string>();
	for (const event of targets.timeline ?? []) {
		const href = timelineHref(event);
		eventHrefs.set(event.id, href);
		if (!events.has(String(event.date))) events.set(String(event.date), href);
	}
	return { terms, events, eventHrefs };
}

/** The one remark plugin explainers need (see the module comment). */
export function remarkExplainer(targets: LinkTargets = {}) {
	const editions = {
		en: prepareTargets(targets),
		fr: prepareTargets(targets.fr ?? {}),
	};
	return (tree: Root, file: VFileLike) => {
		const lang: DateLang = isFrenchFile(file.path) ? 'fr' : 'en';
		const { terms, events, eventHrefs } = editions[lang];
		const prefix = lang === 'fr' ? '/fr' : '';
		let section = '';
		const facts: ExplainerFacts = {
			citations: [],
			citationUses: [],
			keyFacts: [],
			figures: [],
			sections: [],
			headingsWithoutId: [],
			words: 0,
			minutes: 0,
			grade: 0,
		};
		const usesPerSource = new Map<string, number>();

		visit(tree, (node) => {
			if (node.type === 'heading' && node.depth <= 3) {
				const id = takeHeadingId(node);
				const line = node.position?.start.line ?? 0;
				if (id) {
					if (node.depth === 2) section = id;
					node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
					facts.sections.push({ id, depth: node.depth, line, text: toString(node) });
				} else if (node.depth === 2) {
					facts.headingsWithoutId.push({ text: toString(node), line });
				}
				return;
			}
			if (
				(node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
				node.name === 'Cite'
			) {
				const id = attribute(node, 'id') ?? '';
				const line = node.position?.start.line ?? 0;
				facts.citationUses.push({ id, line, section });
				if (!facts.citations.includes(id)) facts.citations.push(id);
				const n = facts.citations.indexOf(id) + 1;
				const use = (usesPerSource.get(id) ?? 0) + 1;
				usesPerSource.set(id, use);
				node.attributes.push(
					{ type: 'mdxJsxAttribute', name: 'n', value: String(n) },
					{ type: 'mdxJsxAttribute', name: 'use', value: String(use) },
				);
				return SKIP;
			}
			if (node.type === 'mdxJsxFlowElement' && node.name === 'KeyFacts') {
				let items = 0;
				visit(node, 'listItem', () => {
					items += 1;
					return SKIP;
				});
				facts.keyFacts.push(items);
			}
			if (
				(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
				(node.name === 'MapFigure' || node.name === 'ChartFigure')
			)
				facts.figures.push(attribute(node, 'id') ?? '');
			return undefined;
		});

		// French pages link to the French pages (their typography is set after the build, see
		// src/integrations/french-typography.ts).
		if (lang === 'fr') {
			visit(tree, 'link', (node) => {
				if (node.url.startsWith('/') && !node.url.startsWith('//') && !node.url.startsWith('/fr/'))
					node.url = `/fr${node.url}`;
			});
		}

		// The timeline is split into one page per period: send `/timeline/#id` to the event's page.
		visit(tree, 'link', (node) => {
			const id = /^(?:\/fr)?\/timeline\/#(.+)$/.exec(node.url)?.[1];
			const href = id && eventHrefs.get(id);
			if (href) node.url = `${prefix}${href}`;
		});

		// Glossary terms, then dates: never inside headings, links or code, and only the first
		// mention on a page, so that the text does not turn blue with links.
		const linkedTerms = new Set<string>();
		const linkedDates = new Set<string>();
		visit(tree, 'text', (node, index, parent) => {
			if (index === undefined || !parent || parent.type === 'link' || parent.type === 'heading')
				return undefined;
			const parts = linkTerms(node, terms, linkedTerms, prefix);
			if (!parts) return undefined;
			parent.children.splice(index, 1, ...(parts as never[]));
			return [SKIP, index + parts.length];
		});
		visit(tree, 'text', (node, index, parent) => {
			if (index === undefined || !parent || parent.type === 'link') return undefined;
			const parts = wrapDates(node, lang);
			if (!parts) return undefined;
			const linked = parts.map((part) => {
				if (part.type !== 'mdxJsxTextElement' || parent.type === 'heading') return part;
				const iso = String(part.attributes[0]?.value);
				const href = events.get(iso);
				if (!href || linkedDates.has(iso)) return part;
				linkedDates.add(iso);
				return {
					type: 'link',
					url: `${prefix}${href}`,
					children: [part],
				} as unknown as MdxJsxTextElement;
			});
			parent.children.splice(index, 1, ...(linked as never[]));
			return [SKIP, index + linked.length];
		});

		// Join blocks with spaces: toString alone would glue the last word of one paragraph
		// to the first of the next.
		const blocks: string[] = [];
		visit(tree, ['paragraph', 'heading', 'tableCell'], (node) => {
			blocks.push(toString(node));
			return SKIP;
		});
		const text = blocks.join(' ');
		const stats = readingTime(text);
		facts.words = stats.words;
		facts.minutes = Math.max(1, Math.ceil(stats.minutes));
		facts.grade = readingLevel(text).grade;

		file.data.astro ??= {};
		file.data.astro.frontmatter ??= {};
		file.data.astro.frontmatter.explainer = facts;
	};
}

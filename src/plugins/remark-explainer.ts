/**
 * The remark plugins that turn an explainer's MDX into a page: explicit section ids, numbered
 * citations, `<time>` around written dates, and word counts. What they learn about the page is
 * left in `remarkPluginFrontmatter`, which `src/data/` reads to check the content's integrity.
 */
import type { Heading, Root, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import readingTime from 'reading-time';
import { visit, SKIP } from 'unist-util-visit';
import { monthNames, toIsoDate } from '../lib/dates';

/** What the plugins record about one explainer, readable from `remarkPluginFrontmatter`. */
export interface ExplainerFacts {
	/** Source ids in order of first citation; a source's note number is its index + 1. */
	citations: string[];
	/** Every citation with its line, for error messages. */
	citationUses: { id: string; line: number }[];
	/** Section ids of `##` and `###` headings, with the line they are on. */
	sections: { id: string; depth: number; line: number; text: string }[];
	/** `##` headings that have no explicit id, with their line. */
	headingsWithoutId: { text: string; line: number }[];
	/** Words of running text, citations excluded. */
	words: number;
	/** Minutes to read at 200 words a minute, rounded up. */
	minutes: number;
}

interface VFileLike {
	data: { astro?: { frontmatter?: Record<string, unknown> } };
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

const DATE = new RegExp(`\\b(?:(\\d{1,2}) )?(${monthNames.join('|')}) (\\d{4})\\b`, 'g');

/** Split a text node around written dates, wrapping each in `<time datetime>`. */
function wrapDates(node: Text): (Text | MdxJsxTextElement)[] | undefined {
	const parts: (Text | MdxJsxTextElement)[] = [];
	let last = 0;
	for (const match of node.value.matchAll(DATE)) {
		const [written, day, month, year] = match;
		const iso = toIsoDate(day, month!, year!);
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

/** The one remark plugin explainers need (see the module comment). */
export function remarkExplainer() {
	return (tree: Root, file: VFileLike) => {
		const facts: ExplainerFacts = {
			citations: [],
			citationUses: [],
			sections: [],
			headingsWithoutId: [],
			words: 0,
			minutes: 0,
		};
		const usesPerSource = new Map<string, number>();

		visit(tree, (node) => {
			if (node.type === 'heading' && node.depth <= 3) {
				const id = takeHeadingId(node);
				const line = node.position?.start.line ?? 0;
				if (id) {
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
				facts.citationUses.push({ id, line });
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
			return undefined;
		});

		// Dates: after headings so that ids are settled; never inside links or code.
		visit(tree, 'text', (node, index, parent) => {
			if (index === undefined || !parent || parent.type === 'link') return undefined;
			const parts = wrapDates(node);
			if (!parts) return undefined;
			parent.children.splice(index, 1, ...(parts as never[]));
			return [SKIP, index + parts.length];
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

		file.data.astro ??= {};
		file.data.astro.frontmatter ??= {};
		file.data.astro.frontmatter.explainer = facts;
	};
}

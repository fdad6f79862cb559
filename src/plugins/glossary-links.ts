/**
 * Glossary links: the first mention on a page of each glossary term (or one of its variants)
 * links to the term's entry, `/glossary/#id` (`/fr/glossary/#id` on French pages). Never inside
 * headings, links or code, so that the text does not turn blue with links.
 * One of the jobs remark-explainer.ts composes.
 */
import type { Link, Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { escapeRegExp, wholeWords } from '../lib/mentions';

/** A glossary entry: the first mention of `term` or a variant on a page links to `/glossary/#id`. */
export interface GlossaryTarget {
	id: string;
	term: string;
	variants?: string[];
}

/**
 * One pattern for all glossary terms, longest first so that "Confederation of Sahel States" wins
 * over "Sahel". Terms written in lower case match in any case; names and acronyms match exactly.
 */
export function termPattern(glossary: GlossaryTarget[]) {
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

/** The glossary's terms, ready to find in a page's text. */
export type TermPattern = ReturnType<typeof termPattern>;

/** Link the first mention of each glossary term in a text node; returns the new nodes, if any. */
function linkTerms(
	node: Text,
	pattern: TermPattern,
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

/** Link the first mention of each term on the page; `prefix` is the edition's (`''`, `/fr`). */
export function glossaryLinks(tree: Root, terms: TermPattern, prefix: string): void {
	const linkedTerms = new Set<string>();
	visit(tree, 'text', (node, index, parent) => {
		if (index === undefined || !parent || parent.type === 'link' || parent.type === 'heading')
			return undefined;
		const parts = linkTerms(node, terms, linkedTerms, prefix);
		if (!parts) return undefined;
		parent.children.splice(index, 1, ...(parts as never[]));
		return [SKIP, index + parts.length];
	});
}

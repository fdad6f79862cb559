/**
 * Numbered citations: each `<Cite id>` is given its note number (`n`, the source's place in the
 * order of first citation) and its use (`use`, the how-manieth citation of that source), and every
 * citation is recorded with its line and section. The same walk counts each `<KeyFacts>` list's
 * items and records the maps and charts the page shows.
 * One of the jobs remark-explainer.ts composes; it runs after heading-ids.ts, whose ids name the
 * sections.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit, SKIP } from 'unist-util-visit';
import type { ExplainerFacts } from '../schemas/explainer-facts';

type Jsx = MdxJsxTextElement | MdxJsxFlowElement;

/** Read a JSX element's string attribute. */
function attribute(node: Jsx, name: string): string | undefined {
	const found = node.attributes.find(
		(attr): attr is MdxJsxAttribute => attr.type === 'mdxJsxAttribute' && attr.name === name,
	);
	return typeof found?.value === 'string' ? found.value : undefined;
}

/** Number the citations, and record them with the key facts lists and the figures, in page order. */
export function citations(
	tree: Root,
): Pick<ExplainerFacts, 'citations' | 'citationUses' | 'keyFacts' | 'figures'> {
	const facts: Pick<ExplainerFacts, 'citations' | 'citationUses' | 'keyFacts' | 'figures'> = {
		citations: [],
		citationUses: [],
		keyFacts: [],
		figures: [],
	};
	const usesPerSource = new Map<string, number>();
	/** The id of the `##` section the walk is in, as heading-ids.ts set it. */
	let section = '';

	visit(tree, (node) => {
		if (node.type === 'heading' && node.depth <= 3) {
			const id = node.data?.hProperties?.id;
			if (node.depth === 2 && typeof id === 'string') section = id;
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
	return facts;
}

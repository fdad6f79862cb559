/**
 * Explicit section ids: `## Heading {/* #some-id *\/}` ⇒ `<h2 id="some-id">Heading</h2>`, and a
 * record of every section (and of every `##` heading that forgot its id) for the integrity checks.
 * One of the jobs remark-explainer.ts composes; it runs first, so the others see the ids.
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ExplainerFacts } from '../schemas/explainer-facts';

const ID_COMMENT = /^\s*\/\*\s*#([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\s*$/;

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

/**
 * Give each `#`–`###` heading the id written in its comment (as `hProperties.id`), and say which
 * sections the page has and which `##` headings have no id.
 */
export function headingIds(tree: Root): Pick<ExplainerFacts, 'sections' | 'headingsWithoutId'> {
	const facts: Pick<ExplainerFacts, 'sections' | 'headingsWithoutId'> = {
		sections: [],
		headingsWithoutId: [],
	};
	visit(tree, 'heading', (node) => {
		if (node.depth > 3) return;
		const id = takeHeadingId(node);
		const line = node.position?.start.line ?? 0;
		if (id) {
			node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
			facts.sections.push({ id, depth: node.depth, line, text: toString(node) });
		} else if (node.depth === 2) {
			facts.headingsWithoutId.push({ text: toString(node), line });
		}
	});
	return facts;
}

/**
 * `<time datetime>` around written dates: `26 July 2023` ⇒ `<time datetime="2023-07-26">`, and
 * `1er août 2023` on French pages. A date may also become a link (to its timeline event, see
 * page-links.ts): the caller says which. Never inside a link.
 * One of the jobs remark-explainer.ts composes.
 */
import type { Root, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit, SKIP } from 'unist-util-visit';
import { monthNamesIn, toIsoDate, type DateLang } from '../lib/dates';

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

/**
 * Wrap every written date of the page in `<time>`. `linkDate` is asked about each date outside a
 * heading (`2023-07-26`) and gives the address to link it to, if any.
 */
export function timeDates(
	tree: Root,
	lang: DateLang,
	linkDate: (iso: string) => string | undefined = () => undefined,
): void {
	visit(tree, 'text', (node, index, parent) => {
		if (index === undefined || !parent || parent.type === 'link') return undefined;
		const parts = wrapDates(node, lang);
		if (!parts) return undefined;
		const linked = parts.map((part) => {
			if (part.type !== 'mdxJsxTextElement' || parent.type === 'heading') return part;
			const url = linkDate(String(part.attributes[0]?.value));
			if (!url) return part;
			return { type: 'link', url, children: [part] } as unknown as MdxJsxTextElement;
		});
		parent.children.splice(index, 1, ...(linked as never[]));
		return [SKIP, index + linked.length];
	});
}

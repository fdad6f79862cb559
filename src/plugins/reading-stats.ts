/**
 * Word count, reading time and reading level of a page's running text.
 * One of the jobs remark-explainer.ts composes; it runs last, on the finished text.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import readingTime from 'reading-time';
import { visit, SKIP } from 'unist-util-visit';
import { readingLevel } from '../lib/reading-level';
import type { ExplainerFacts } from '../schemas/explainer-facts';

/** Words, minutes to read (at least one) and Flesch–Kincaid grade of the page. */
export function readingStats(tree: Root): Pick<ExplainerFacts, 'words' | 'minutes' | 'grade'> {
	// Join blocks with spaces: toString alone would glue the last word of one paragraph
	// to the first of the next.
	const blocks: string[] = [];
	visit(tree, ['paragraph', 'heading', 'tableCell'], (node) => {
		blocks.push(toString(node));
		return SKIP;
	});
	const text = blocks.join(' ');
	const stats = readingTime(text);
	return {
		words: stats.words,
		minutes: Math.max(1, Math.ceil(stats.minutes)),
		grade: readingLevel(text).grade,
	};
}

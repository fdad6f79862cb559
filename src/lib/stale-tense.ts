/**
 * Finding stale future tense: text that says something "is due", "set for", "scheduled",
 * "expected" or "will" happen on a date that is already past. A reader in December 2026 who
 * reads "elections are scheduled for 6 December 2025" is misled, whatever the page's
 * "Facts as of" says. The site's cut-off is the latest `factsAsOf` of any explainer: a date
 * earlier than that, announced in the future tense, must be rewritten in the past tense
 * ("elections were held on…", "the vote, due in 2025, was postponed") or brought up to date.
 *
 * What counts, and what does not:
 * - A trigger must be followed, in the same sentence (before `.`, `!`, `?`, `;` or a blank
 *   line), by a date: `6 December 2025`, `December 2025`, or a year after `in`, `by`, `for`,
 *   `until`, `before`, `of`, `early`, `mid-` or `late` ("in 2025", "the end of 2025").
 * - The date is past when all of it lies before the cut-off: a day before it, a month before
 *   its month, a year before its year. "July 2026" against a cut-off of 15 July 2026 is not past.
 * - Past-tense framing is not flagged: "was due", "were expected", "had been scheduled", "had
 *   been set for". "Due to" is a trigger only before a verb of timing ("due to end", "due to
 *   be held"), never as "because of" ("due to insecurity"); "will" is not a trigger as a noun
 *   ("the will of the people").
 * - Words inside quotation marks on the same line are someone's words, not ours: not flagged.
 * - Reported speech is flagged when it keeps "will" ("he said elections will be held in
 *   2025"): write "would", which is also the better English.
 */
import { isMap, LineCounter, parseDocument, visit } from 'yaml';
import { toIsoDate, monthNames } from './dates';

/** One sentence that announces as future something dated before the cut-off. */
export interface StaleHit {
	/** 1-based line of the trigger in the text scanned. */
	line: number;
	/** The words from the trigger to the date, as written ("are scheduled for 6 December 2025"). */
	text: string;
	/** The date as ISO: `2025-12-06`, `2025-12` or `2025`. */
	date: string;
}

const MONTH = monthNames.join('|');
/** Verbs after "due to" that make it about timing, not cause. */
const TIMING_VERBS =
	'be|end|take|hold|start|begin|expire|hand|leave|return|run|open|close|sign|meet|vote|resume|finish|come|enter|last|conclude|step|retire|complete|deliver|pay|arrive|launch|move|stay|report|rule|publish|sit|hear|decide|announce|become|go';
const TRIGGER = new RegExp(
	[
		`\\bdue\\s+(?:to\\s+(?:${TIMING_VERBS})\\b|in\\b|on\\b|by\\b|for\\b|at\\b)`,
		'\\bset\\s+(?:for|to\\s+(?:be|end|take|start|begin|expire|run|last|open|close|hold)\\b)',
		'\\bscheduled\\b',
		'\\bexpected\\b',
		'\\bwill\\b',
	].join('|'),
	'gi',
);
/** A date after a trigger: day month year, month year, or a year after a preposition. */
const DATE = new RegExp(
	`(?:\\b(\\d{1,2})\\s+)?\\b(${MONTH})\\s+(\\d{4})\\b|\\b(?:in|by|for|until|before|of|early|late|mid-?)\\s*(\\d{4})\\b`,
	'g',
);
/** Words that, just before a trigger, put it in the past. */
const PAST = new Set(['was', 'were', 'had']);
/** Words that, just before "will", make it a noun. */
const WILL_NOUN = new Set([
	'the',
	'political',
	'popular',
	'own',
	'his',
	'her',
	'their',
	'its',
	'good',
	'free',
]);
const QUOTES_OPEN = /[“«]/g;
const QUOTES_CLOSE = /[”»]/g;

/** Whether the position `at` in `line` sits inside a quotation. */
function insideQuote(line: string, at: number): boolean {
	const before = line.slice(0, at);
	const straight = (before.match(/"/g) ?? []).length;
	const open = (before.match(QUOTES_OPEN) ?? []).length;
	const close = (before.match(QUOTES_CLOSE) ?? []).length;
	return straight % 2 === 1 || open > close;
}

/** Whether a date (ISO, possibly partial) lies wholly before `cutoff` (YYYY-MM-DD). */
export function isBefore(date: string, cutoff: string): boolean {
	return date < cutoff.slice(0, date.length);
}

/**
 * Find stale future tense in `text` against `cutoff` (YYYY-MM-DD).
 * `findStaleFuture('Elections are scheduled for 6 December 2025.', '2026-01-30')`
 * ⇒ `[{ line: 1, text: 'scheduled for 6 December 2025', date: '2025-12-06' }]`
 */
export function findStaleFuture(text: string, cutoff: string): StaleHit[] {
	const hits: StaleHit[] = [];
	for (const match of text.matchAll(TRIGGER)) {
		const start = match.index;
		const lineStart = text.lastIndexOf('\n', start - 1) + 1;
		const lineEnd = text.indexOf('\n', start);
		const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
		if (insideQuote(line, start - lineStart)) continue;
		const before = text
			.slice(Math.max(lineStart, start - 40), start)
			.toLowerCase()
			.split(/[^a-z'-]+/)
			.filter(Boolean);
		const [previous, earlier] = [before.at(-1), before.at(-2)];
		const word = match[0].toLowerCase();
		if (previous && PAST.has(previous)) continue;
		if (previous === 'been' && earlier && PAST.has(earlier)) continue;
		if (word === 'will' && previous && WILL_NOUN.has(previous)) continue;
		// The rest of the sentence: up to its end, a blank line, or 200 characters.
		const rest = text.slice(start + match[0].length, start + match[0].length + 200);
		const end = rest.search(/[.!?;](?=\s|$)|\n\s*\n/);
		const sentence = end === -1 ? rest : rest.slice(0, end);
		DATE.lastIndex = 0;
		const found = DATE.exec(sentence);
		if (!found) continue;
		const [, day, month, monthYear, year] = found;
		const date = month ? toIsoDate(day, month, monthYear!) : year;
		if (!date || !isBefore(date, cutoff)) continue;
		hits.push({
			line: text.slice(0, start).split('\n').length,
			text: `${match[0]}${sentence.slice(0, found.index + found[0].length)}`.replace(/\s+/g, ' '),
			date,
		});
	}
	return hits;
}

/**
 * Find stale future tense in the string values of a YAML text, with the line each value starts
 * on (a folded value reports its first line). `lineOffset` shifts the lines, for frontmatter.
 * An entry with a `date` of its own (a timeline event, a key date, a source, a changelog entry)
 * speaks from that date, in the historical present: "ECOWAS accepts that the three states will
 * leave on 29 January 2025" is right in an event of December 2024. Its text is checked against
 * its own date, not the site's cut-off.
 */
export function findStaleInYaml(text: string, cutoff: string, lineOffset = 0): StaleHit[] {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter });
	const hits: StaleHit[] = [];
	visit(document, {
		Scalar(_, node, path) {
			if (typeof node.value !== 'string' || !node.range) return;
			const entry = path.at(-2);
			const own = isMap(entry) ? entry.get('date') : undefined;
			const asOf = own === undefined || own === null ? cutoff : String(own);
			const { line } = lineCounter.linePos(node.range[0]);
			for (const hit of findStaleFuture(node.value, asOf < cutoff ? asOf : cutoff))
				hits.push({ ...hit, line: line + hit.line - 1 + lineOffset });
		},
	});
	return hits;
}

/**
 * Find stale future tense in a content file: YAML data, or MDX (its frontmatter read as YAML,
 * its body as text). Lines are the file's own.
 */
export function findStaleInFile(name: string, text: string, cutoff: string): StaleHit[] {
	if (/\.ya?ml$/.test(name)) return findStaleInYaml(text, cutoff);
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
	if (!frontmatter) return findStaleFuture(text, cutoff);
	const bodyStart = frontmatter[0].split('\n').length - 1;
	return [
		...findStaleInYaml(frontmatter[1]!, cutoff, 1),
		...findStaleFuture(text.slice(frontmatter[0].length), cutoff).map((hit) => ({
			...hit,
			line: hit.line + bodyStart,
		})),
	];
}

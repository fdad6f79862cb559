/**
 * The results reader's decisions: which pasted codes count, why the others do not, and the
 * figures and CSV a teacher gets from them. Pure, so the page only draws what this returns.
 */
import { say } from './message';
import { findCodes, nameInCode, type CodeProblem, type Results } from './results-code';

/** One student's results. */
export interface Row extends Results {
	/** The line the code was pasted on. */
	line: number;
	/** How many questions were right. */
	score: number;
}

/** Why a pasted code was set aside. */
export type LineProblem = CodeProblem | 'other' | 'duplicate' | 'length';

/** A code that yields no result: where, whose (when that can be read), as written, and why. */
export interface Problem {
	line: number;
	/** The code as written, whole. */
	code: string;
	problem: LineProblem;
	/** The student's name, from the line ("Aïcha: here is my code …") or from the code itself. */
	name?: string;
}

/** What the reader shows. */
export interface ResultsTable {
	rows: Row[];
	problems: Problem[];
	/** Lines with text but no code in them, so that nothing pasted is passed over in silence. */
	noCode: { line: number; text: string }[];
	/** Per question, the share of students who got it right, 0–100 (rounded). */
	shareRight: number[];
}

/**
 * The sender's name at the start of a chat line: `Aïcha: …`, `[04/12/2026, 10:42] Aïcha Diallo: …`,
 * `04/12/2026 10:42 - Aïcha: …`, `From Awa: …`, or a name then a tab (a spreadsheet column).
 */
export function senderOf(text: string): string | undefined {
	const match =
		/^\s*(?:\[[^\]]*\]\s*)?(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*-?\s*)?([^:\t]{1,60}?)\s*(?::(?!\/\/)|\t)/iu.exec(
			text,
		);
	const name = match?.[1]?.replace(/^(?:from|de)\s+/i, '').trim();
	return name && /^[\p{L}\p{M}][\p{L}\p{M}' .-]*$/u.test(name) && name.split(' ').length <= 5
		? name
		: undefined;
}

/**
 * Read pasted codes for one assignment with `questions` questions and `pages` pages to read.
 * Codes for another assignment, with the wrong number of answers, mistyped, or from a student
 * already counted, are reported with their line and, when it can be read, the student's name.
 */
export function readResults(
	pasted: string,
	assignment: number,
	questions: number,
	pages = 0,
): ResultsTable {
	const table: ResultsTable = { rows: [], problems: [], noCode: [], shareRight: [] };
	const seen = new Set<string>();
	const found = findCodes(pasted);
	const lines = pasted.split(/\r\n|\r|\n/);
	for (const { line, code, decoded } of found) {
		const text = lines[line - 1]!;
		const sender = senderOf(text.slice(0, text.indexOf(code)));
		if (!decoded.ok) {
			table.problems.push({
				line,
				code,
				problem: decoded.problem,
				name: sender ?? nameInCode(code),
			});
			continue;
		}
		const { results } = decoded;
		const key = results.name.trim().toLocaleLowerCase();
		const problem: LineProblem | undefined =
			results.assignment !== assignment
				? 'other'
				: results.right.length !== questions ||
					  (results.read !== undefined && results.read.length !== pages)
					? 'length'
					: seen.has(key)
						? 'duplicate'
						: undefined;
		if (problem) {
			table.problems.push({ line, code, problem, name: results.name || sender });
			continue;
		}
		seen.add(key);
		table.rows.push({ ...results, line, score: results.right.filter(Boolean).length });
	}
	const withCodes = new Set(found.map((f) => f.line));
	lines.forEach((text, i) => {
		if (text.trim() && !withCodes.has(i + 1)) table.noCode.push({ line: i + 1, text: text.trim() });
	});
	table.shareRight = Array.from({ length: questions }, (_, i) =>
		table.rows.length
			? Math.round((100 * table.rows.filter((row) => row.right[i]).length) / table.rows.length)
			: 0,
	);
	return table;
}

/** What a CSV file holds besides the rows. */
export interface CsvOptions {
	/** `,` for Excel in English, `;` for Excel in French and most of Europe. */
	delimiter: ',' | ';';
	/** Each question's text, in the assignment's order. */
	questions: string[];
	/** The titles of the pages to read, in order. */
	pages: string[];
	/** The words of the header, in the reader's language (`{title}`, `{n}`, `{text}` are filled). */
	labels: CsvLabels;
}

/** The words a CSV file carries: its column headings and its last row's. */
export interface CsvLabels {
	name: string;
	score: string;
	outOf: string;
	pagesRead: string;
	/** A page's column: `Read: {title}`. */
	read: string;
	/** A question's column: `Q{n}: {text}`. */
	question: string;
	finished: string;
	shareRight: string;
}

/**
 * Quote a CSV field when it needs it (RFC 4180); a field that a spreadsheet would run as a
 * formula (=, +, -, @ first) is prefixed with an apostrophe.
 */
const field = (value: string | number, delimiter: string) => {
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return text.includes(delimiter) || /["\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The table as a CSV file Excel opens right in English and in French: UTF-8 with a byte-order
 * mark, the chosen delimiter, CRLF line ends. A row per student (name, score, total, pages read,
 * 1/0 per page and per question, finished at), then the share right per question. A page read
 * is left empty for a code of version 1, which did not carry it.
 */
export function toCsv(
	table: ResultsTable,
	{ delimiter, questions, pages, labels }: CsvOptions,
): string {
	const header = [
		labels.name,
		labels.score,
		labels.outOf,
		...(pages.length
			? [labels.pagesRead, ...pages.map((title) => say(labels.read, { title }))]
			: []),
		...questions.map((text, i) => say(labels.question, { n: i + 1, text })),
		labels.finished,
	];
	const rows = table.rows.map((row) => [
		row.name,
		row.score,
		row.right.length,
		...(pages.length
			? row.read
				? [row.read.filter(Boolean).length, ...row.read.map((done) => (done ? 1 : 0))]
				: ['', ...pages.map(() => '')]
			: []),
		...row.right.map((right) => (right ? 1 : 0)),
		row.finishedAt.slice(0, 16).replace('T', ' '),
	]);
	const share = [
		labels.shareRight,
		'',
		'',
		...(pages.length ? ['', ...pages.map(() => '')] : []),
		...table.shareRight,
		'',
	];
	return (
		'\uFEFF' +
		[header, ...rows, share]
			.map((cells) => cells.map((cell) => field(cell, delimiter)).join(delimiter))
			.join('\r\n') +
		'\r\n'
	);
}

/**
 * A file name for the CSV from the assignment's title and a date (YYYY-MM-DD): letters and
 * digits only, accents dropped, so it is safe on every system.
 * `csvFileName('Niger : semaine 3 — l’État', '2026-12-04')` ⇒ `'Niger-semaine-3-l-Etat-results-2026-12-04.csv'`
 * (`word`, "results", in the reader's language: `resultats` in French).
 */
export function csvFileName(title: string, date: string, word = 'results'): string {
	const safe = title
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return `${safe ? `${safe}-` : ''}${word}-${date}.csv`;
}

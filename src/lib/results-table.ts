/**
 * The results reader's decisions: which pasted codes count, why the others do not, and the
 * figures and CSV a teacher gets from them. Pure, so the page only draws what this returns.
 */
import { decodeResults, findCodes, type CodeProblem, type Results } from './results-code';

/** One student's results. */
export interface Row extends Results {
	/** The line the code was pasted on. */
	line: number;
	/** How many questions were right. */
	score: number;
}

/** Why a pasted line was set aside. */
export type LineProblem = CodeProblem | 'other' | 'duplicate' | 'length';

/** What the reader shows. */
export interface ResultsTable {
	rows: Row[];
	problems: { line: number; code: string; problem: LineProblem }[];
	/** Per question, the share of students who got it right, 0–100 (rounded). */
	shareRight: number[];
}

/**
 * Read pasted codes for one assignment with `questions` questions. Codes for another assignment,
 * with the wrong number of answers, mistyped, or from a student already counted, are reported.
 */
export function readResults(pasted: string, assignment: number, questions: number): ResultsTable {
	const table: ResultsTable = { rows: [], problems: [], shareRight: [] };
	const seen = new Set<string>();
	for (const { line, code } of findCodes(pasted)) {
		const decoded = decodeResults(code);
		if (!decoded.ok) {
			table.problems.push({ line, code, problem: decoded.problem });
			continue;
		}
		const { results } = decoded;
		const problem: LineProblem | undefined =
			results.assignment !== assignment
				? 'other'
				: results.right.length !== questions
					? 'length'
					: seen.has(results.name.toLocaleLowerCase())
						? 'duplicate'
						: undefined;
		if (problem) {
			table.problems.push({ line, code, problem });
			continue;
		}
		seen.add(results.name.toLocaleLowerCase());
		table.rows.push({ ...results, line, score: results.right.filter(Boolean).length });
	}
	table.shareRight = Array.from({ length: questions }, (_, i) =>
		table.rows.length
			? Math.round((100 * table.rows.filter((row) => row.right[i]).length) / table.rows.length)
			: 0,
	);
	return table;
}

/** Quote a CSV field when it needs it (RFC 4180). */
const field = (value: string | number) => {
	const text = String(value);
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The table as CSV: a row per student (name, score, total, 1/0 per question, finished at), then
 * the share right per question.
 */
export function toCsv(table: ResultsTable, questionLabels: string[]): string {
	const header = ['Name', 'Score', 'Out of', ...questionLabels, 'Finished (UTC)'];
	const rows = table.rows.map((row) => [
		row.name,
		row.score,
		row.right.length,
		...row.right.map((right) => (right ? 1 : 0)),
		row.finishedAt,
	]);
	const share = ['Share right (%)', '', '', ...table.shareRight, ''];
	return [header, ...rows, share].map((cells) => cells.map(field).join(',')).join('\r\n') + '\r\n';
}

/**
 * Assignment links. A teacher's assignment travels in the link's #fragment, which browsers never
 * send to a server: `/assignment/#a=<base64url of its JSON>`. The schema below is the one place
 * its shape lives; the builder writes it and the student page and results reader read it back.
 * It uses zod's mini build, which keeps the student page's JavaScript small.
 */
import * as z from 'zod/mini';
import { hash32 } from './hash';

/** Which questions the assignment's quiz holds. */
export const AssignmentQuizSchema = z.discriminatedUnion('kind', [
	/** The quiz of one explainer, by its slug. */
	z.object({ kind: z.literal('page'), page: z.string().check(z.minLength(1)) }),
	/** The final quiz. */
	z.object({ kind: z.literal('final') }),
	/** Questions picked by id, in order. */
	z.object({
		kind: z.literal('picks'),
		ids: z.array(z.string()).check(z.minLength(1), z.maxLength(40)),
	}),
]);

/** An assignment, as carried in its link. */
export const AssignmentSchema = z.object({
	/** The link format's version; a link of a newer version is refused with a clear message. */
	v: z.literal(1),
	/** What the teacher calls it ("Niger: week 3"). */
	title: z.string().check(z.minLength(1), z.maxLength(120)),
	/** An optional class label ("Form 4B"). */
	class: z.optional(z.string().check(z.maxLength(60))),
	/** An optional due date, YYYY-MM-DD. */
	due: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
	/** Explainer slugs to read, in order. */
	read: z.array(z.string()).check(z.maxLength(12)),
	/** The quiz to take. */
	quiz: AssignmentQuizSchema,
});
export type Assignment = z.infer<typeof AssignmentSchema>;

/** Why a link could not be read, for the message the student sees. */
export type LinkProblem = 'missing' | 'malformed' | 'newer' | 'invalid';

const toBase64Url = (bytes: Uint8Array) =>
	btoa(String.fromCharCode(...bytes))
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '');
const fromBase64Url = (text: string) =>
	Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

/** The canonical JSON of an assignment: its fields in a fixed order, empty ones left out. */
function canonical(assignment: Assignment): string {
	const { v, title, class: label, due, read, quiz } = assignment;
	return JSON.stringify({ v, title, class: label || undefined, due: due || undefined, read, quiz });
}

/** The link fragment for an assignment (without the `#`). Unicode-safe. */
export function encodeAssignment(assignment: Assignment): string {
	return `a=${toBase64Url(new TextEncoder().encode(canonical(assignment)))}`;
}

/**
 * Read an assignment from a link or its fragment. Never throws: a missing, truncated, tampered
 * or future link comes back as a problem to explain.
 * `decodeAssignment('#a=eyJ2Ijox…')` ⇒ `{ ok: true, assignment }`; `decodeAssignment('#a=%%')` ⇒ `{ ok: false, problem: 'malformed' }`
 */
export function decodeAssignment(
	link: string,
): { ok: true; assignment: Assignment } | { ok: false; problem: LinkProblem } {
	const match = /(?:^|[#&])a=([A-Za-z0-9_-]*)/.exec(link.trim());
	if (!match || !match[1]) return { ok: false, problem: 'missing' };
	let data: unknown;
	try {
		data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(match[1])));
	} catch {
		return { ok: false, problem: 'malformed' };
	}
	if (
		typeof data === 'object' &&
		data !== null &&
		typeof (data as { v?: unknown }).v === 'number' &&
		(data as { v: number }).v > 1
	) {
		return { ok: false, problem: 'newer' };
	}
	const parsed = AssignmentSchema.safeParse(data);
	return parsed.success ? { ok: true, assignment: parsed.data } : { ok: false, problem: 'invalid' };
}

/** A short identity of an assignment: results codes carry it, so codes for another assignment are caught. */
export function assignmentId(assignment: Assignment): number {
	return hash32(new TextEncoder().encode(canonical(assignment)));
}

/** The site's quizzes as ids: each quiz file's question ids, in order (`final` included). */
export type QuizIndex = Record<string, string[]>;

/**
 * The question ids an assignment's quiz holds, in order, or `undefined` when the link names a
 * page or question the site no longer has (an outdated link).
 * `questionIdsOf({ …, quiz: { kind: 'page', page: 'ecowas' } }, { ecowas: ['ec-1', 'ec-2'] })` ⇒ `['ec-1', 'ec-2']`
 */
export function questionIdsOf(assignment: Assignment, quizzes: QuizIndex): string[] | undefined {
	const { quiz } = assignment;
	if (quiz.kind === 'picks') {
		const known = new Set(Object.values(quizzes).flat());
		return quiz.ids.every((id) => known.has(id)) ? quiz.ids : undefined;
	}
	return quizzes[quiz.kind === 'final' ? 'final' : quiz.page];
}

/**
 * Quiz progress kept in the browser, so a reload or a lost connection loses nothing.
 *
 * Stored under `sahel-quiz:<quizId>:<contentHash>` as JSON:
 *   { "v": 1, "seed": 12345, "answers": { "<questionId>": Answer }, "checked": ["<questionId>"] }
 * - `v` is this shape's version. There are no migrations: an entry of another version is
 *   discarded, because answers to a changed shape cannot be trusted.
 * - `contentHash` changes whenever the quiz's questions change, so answers to an old version
 *   of a quiz are never shown against new questions: such stale entries are removed.
 * - An entry that is not valid JSON, or not this shape, is removed with a notice.
 * The checks here are hand-written rather than zod: the quiz island must stay small.
 */
import type { Answer } from './grading';

/** What is kept for one quiz. */
export interface Progress {
	v: 1;
	/** The shuffle seed of this attempt. */
	seed: number;
	/** Answers given so far, by question id. */
	answers: Record<string, Answer>;
	/** Ids of the questions already checked. */
	checked: string[];
}

/** What loading found: progress to restore (if any) and what to tell the reader. */
export interface Loaded {
	progress?: Progress;
	notice?: 'corrupt' | 'stale';
}

/** The subset of the Web Storage API this module uses. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'sahel-quiz:';

/**
 * Run a storage operation, or give `fallback` when the storage throws (full, forbidden in a
 * private mode or a sandboxed frame). Every read and write of stored data goes through here.
 * `safely(() => store.getItem('k'), null)` ⇒ the value, or null if the storage refuses
 */
export function safely<T>(operation: () => T, fallback: T): T {
	try {
		return operation();
	} catch {
		return fallback;
	}
}

/** The storage key of a quiz at one content version. */
export function progressKey(quizId: string, contentHash: string): string {
	return `${PREFIX}${quizId}:${contentHash}`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const isStrings = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Whether a stored value is a well-formed answer. */
function isAnswer(value: unknown): value is Answer {
	if (!isObject(value)) return false;
	switch (value.type) {
		case 'single':
			return value.choice === null || typeof value.choice === 'string';
		case 'truefalse':
			return value.choice === null || typeof value.choice === 'boolean';
		case 'multiple':
			return isStrings(value.choices);
		case 'order':
			return isStrings(value.order);
		case 'match':
			return (
				isObject(value.pairs) && Object.values(value.pairs).every((v) => typeof v === 'string')
			);
		default:
			return false;
	}
}

/**
 * Read stored text as progress, or `undefined` when it is not progress of this version.
 * `parseProgress('{"v":1,"seed":1,"answers":{},"checked":[]}')` ⇒ that object; `parseProgress('{')` ⇒ undefined
 */
export function parseProgress(text: string): Progress | undefined {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (!isObject(value) || value.v !== 1 || !Number.isInteger(value.seed)) return undefined;
	if (!isObject(value.answers) || !Object.values(value.answers).every(isAnswer)) return undefined;
	if (!isStrings(value.checked)) return undefined;
	return value as unknown as Progress;
}

/**
 * Load a quiz's progress, discarding entries of older versions of the quiz and any entry that
 * does not parse. Never throws, whatever the storage holds or does.
 */
export function loadProgress(store: KeyValueStore, quizId: string, contentHash: string): Loaded {
	const key = progressKey(quizId, contentHash);
	const result: Loaded = {};
	try {
		for (let i = store.length - 1; i >= 0; i--) {
			const other = store.key(i);
			if (other?.startsWith(`${PREFIX}${quizId}:`) && other !== key) {
				store.removeItem(other);
				result.notice = 'stale';
			}
		}
		const text = store.getItem(key);
		if (text === null) return result;
		const progress = parseProgress(text);
		if (progress) return { progress };
		store.removeItem(key);
		return { notice: 'corrupt' };
	} catch {
		return result;
	}
}

/** Save progress; a full or forbidden storage is ignored (the page keeps it in memory). */
export function saveProgress(
	store: KeyValueStore,
	quizId: string,
	contentHash: string,
	progress: Progress,
): void {
	// Private browsing or a full disk: progress lives on in memory for this visit.
	safely(
		() => store.setItem(progressKey(quizId, contentHash), JSON.stringify(progress)),
		undefined,
	);
}

/** Forget a quiz's progress. */
export function clearProgress(store: KeyValueStore, quizId: string, contentHash: string): void {
	safely(() => store.removeItem(progressKey(quizId, contentHash)), undefined);
}

/** An in-memory store with the Web Storage interface, for when the real one is unavailable. */
export function memoryStore(): KeyValueStore {
	const map = new Map<string, string>();
	return {
		get length() {
			return map.size;
		},
		key: (i) => [...map.keys()][i] ?? null,
		getItem: (key) => map.get(key) ?? null,
		setItem: (key, value) => void map.set(key, String(value)),
		removeItem: (key) => void map.delete(key),
	};
}

/**
 * The browser's localStorage if it can be used, else an in-memory store. Merely touching
 * `localStorage` throws in some private modes and sandboxed frames, so the probe is guarded.
 */
export function browserStore(): KeyValueStore {
	try {
		const store = globalThis.localStorage;
		const probe = `${PREFIX}probe`;
		store.setItem(probe, '1');
		store.removeItem(probe);
		return store;
	} catch {
		return memoryStore();
	}
}

import { describe, expect, test } from 'vitest';
import {
	browserStore,
	clearProgress,
	loadProgress,
	memoryStore,
	parseProgress,
	progressKey,
	saveProgress,
	type Progress,
} from '../../src/lib/progress';

const progress: Progress = {
	v: 1,
	seed: 2,
	answers: { 'q-single': { type: 'single', choice: 'guard' } },
	checked: ['q-single'],
};

describe('saveProgress and loadProgress', () => {
	test('round-trip under a key versioned by the content hash', () => {
		const store = memoryStore();
		saveProgress(store, 'niger-coup', 'h1', progress);
		expect(store.getItem(progressKey('niger-coup', 'h1'))).not.toBeNull();
		expect(loadProgress(store, 'niger-coup', 'h1')).toEqual({ progress });
	});

	test('find nothing, and say nothing, for a quiz never saved', () => {
		expect(loadProgress(memoryStore(), 'ecowas', 'h1')).toEqual({});
	});

	test('set aside answers to an older version of the quiz, with a notice', () => {
		const store = memoryStore();
		saveProgress(store, 'niger-coup', 'old', progress);
		saveProgress(store, 'ecowas', 'other', progress);
		expect(loadProgress(store, 'niger-coup', 'new')).toEqual({ notice: 'stale' });
		expect(store.getItem(progressKey('niger-coup', 'old'))).toBeNull();
		// Another quiz's progress is left alone.
		expect(store.getItem(progressKey('ecowas', 'other'))).not.toBeNull();
	});

	test.each([
		['not JSON', '{"v":1,'],
		['another version', JSON.stringify({ ...progress, v: 2 })],
		[
			'a bad answer',
			JSON.stringify({ ...progress, answers: { q: { type: 'single', choice: 3 } } }),
		],
		['an unknown answer type', JSON.stringify({ ...progress, answers: { q: { type: 'essay' } } })],
		['checked not a list', JSON.stringify({ ...progress, checked: 'q-single' })],
		['null', 'null'],
	])('set aside a corrupt entry (%s) with a notice, and remove it', (_, text) => {
		const store = memoryStore();
		store.setItem(progressKey('niger-coup', 'h1'), text);
		expect(loadProgress(store, 'niger-coup', 'h1')).toEqual({ notice: 'corrupt' });
		expect(store.getItem(progressKey('niger-coup', 'h1'))).toBeNull();
	});

	test('never throw, even when the storage itself throws', () => {
		const throwing = {
			length: 1,
			key: () => {
				throw new Error('SecurityError');
			},
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
			removeItem: () => {
				throw new Error('SecurityError');
			},
		};
		expect(loadProgress(throwing, 'niger-coup', 'h1')).toEqual({});
		expect(() => saveProgress(throwing, 'niger-coup', 'h1', progress)).not.toThrow();
		expect(() => clearProgress(throwing, 'niger-coup', 'h1')).not.toThrow();
	});
});

describe('clearProgress', () => {
	test('forgets one quiz', () => {
		const store = memoryStore();
		saveProgress(store, 'niger-coup', 'h1', progress);
		clearProgress(store, 'niger-coup', 'h1');
		expect(loadProgress(store, 'niger-coup', 'h1')).toEqual({});
	});
});

describe('parseProgress', () => {
	test('accepts every answer type', () => {
		const all: Progress = {
			v: 1,
			seed: 0,
			checked: [],
			answers: {
				a: { type: 'single', choice: null },
				b: { type: 'multiple', choices: ['x'] },
				c: { type: 'truefalse', choice: true },
				d: { type: 'order', order: ['x', 'y'] },
				e: { type: 'match', pairs: { x: 'y' } },
			},
		};
		expect(parseProgress(JSON.stringify(all))).toEqual(all);
	});
});

describe('browserStore', () => {
	test('falls back to memory when localStorage cannot be used', () => {
		// Node has no usable localStorage: the probe fails and memory takes over.
		const store = browserStore();
		store.setItem('k', 'v');
		expect(store.getItem('k')).toBe('v');
	});
});

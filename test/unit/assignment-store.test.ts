/** The student page's storage: what it keeps, and what it does with stored text it cannot trust. */
import { describe, expect, test } from 'vitest';
import {
	CURRENT_KEY,
	NAME_KEY,
	forgetStudent,
	loadFinished,
	loadName,
	loadTicks,
	saveCurrent,
	saveFinished,
	saveName,
	saveTicks,
} from '../../src/lib/assignment-store';
import { memoryStore, type KeyValueStore } from '../../src/lib/progress';

const id = 1234;
const ticksKey = `sahel-assignment:${id}:read`;
const finishedKey = `sahel-assignment:${id}:finished`;

/** A storage that refuses everything, as in some private modes and sandboxed frames. */
const refusing: KeyValueStore = {
	get length(): number {
		throw new Error('SecurityError');
	},
	key() {
		throw new Error('SecurityError');
	},
	getItem() {
		throw new Error('SecurityError');
	},
	setItem() {
		throw new Error('QuotaExceededError');
	},
	removeItem() {
		throw new Error('SecurityError');
	},
};

describe('the reading ticks', () => {
	test('round-trip as a JSON list of slugs under the documented key', () => {
		const store = memoryStore();
		saveTicks(store, id, ['niger-coup', 'ecowas']);
		expect(store.getItem(ticksKey)).toBe('["niger-coup","ecowas"]');
		expect(loadTicks(store, id)).toEqual({ read: ['niger-coup', 'ecowas'] });
	});

	test('are none, without a notice, when nothing is kept', () => {
		expect(loadTicks(memoryStore(), id)).toEqual({ read: [] });
	});

	test.each([
		['corrupt JSON', '["niger-coup"'],
		['an object', '{"read":["niger-coup"]}'],
		['a list of numbers', '[1,2]'],
		['null', 'null'],
	])('are set aside with a notice when the stored text is %s', (_, text) => {
		const store = memoryStore();
		store.setItem(ticksKey, text);
		expect(loadTicks(store, id)).toEqual({ read: [], notice: 'corrupt' });
		expect(store.getItem(ticksKey)).toBeNull();
	});
});

describe('the finish time', () => {
	test('is kept while finished and forgotten when no longer', () => {
		const store = memoryStore();
		saveFinished(store, id, '2026-11-26T10:00:00.000Z');
		expect(loadFinished(store, id)).toBe('2026-11-26T10:00:00.000Z');
		saveFinished(store, id, undefined);
		expect(store.getItem(finishedKey)).toBeNull();
		expect(loadFinished(store, id)).toBeUndefined();
	});

	test('is ignored when the stored text is not a date', () => {
		const store = memoryStore();
		store.setItem(finishedKey, 'yesterday-ish');
		expect(loadFinished(store, id)).toBeUndefined();
		store.setItem(finishedKey, '');
		expect(loadFinished(store, id)).toBeUndefined();
	});
});

describe('the name, the current assignment, and clearing the device', () => {
	test('keep the name as plain text and the current assignment as JSON', () => {
		const store = memoryStore();
		expect(loadName(store)).toBe('');
		saveName(store, 'Awa');
		expect(store.getItem(NAME_KEY)).toBe('Awa');
		expect(loadName(store)).toBe('Awa');
		const current = { title: 'Week 3', href: '/assignment/#a=x', read: ['ecowas'], quiz: 'ecowas' };
		saveCurrent(store, current);
		expect(JSON.parse(store.getItem(CURRENT_KEY)!)).toEqual(current);
	});

	test('forgetting the student removes the name, ticks and finish time, not the assignment', () => {
		const store = memoryStore();
		saveName(store, 'Awa');
		saveTicks(store, id, ['ecowas']);
		saveFinished(store, id, '2026-11-26T10:00:00.000Z');
		saveCurrent(store, { title: 'Week 3', href: '/assignment/#a=x', read: [] });
		forgetStudent(store, id);
		expect([NAME_KEY, ticksKey, finishedKey].map((key) => store.getItem(key))).toEqual([
			null,
			null,
			null,
		]);
		expect(store.getItem(CURRENT_KEY)).not.toBeNull();
	});
});

describe('a missing or refusing storage', () => {
	test('never throws: reads find nothing and writes are dropped', () => {
		expect(loadName(refusing)).toBe('');
		expect(loadTicks(refusing, id)).toEqual({ read: [] });
		expect(loadFinished(refusing, id)).toBeUndefined();
		expect(() => {
			saveName(refusing, 'Awa');
			saveTicks(refusing, id, ['ecowas']);
			saveFinished(refusing, id, '2026-11-26T10:00:00.000Z');
			saveFinished(refusing, id, undefined);
			saveCurrent(refusing, { title: 'Week 3', href: '/', read: [] });
			forgetStudent(refusing, id);
		}).not.toThrow();
	});
});

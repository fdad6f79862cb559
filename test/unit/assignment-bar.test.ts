// @vitest-environment happy-dom
/**
 * The bar on a page opened from an assignment: what this device keeps under `CURRENT_KEY` is
 * parsed (src/lib/assignment-current.ts, re-exported by assignment-store.ts), never trusted.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { showAssignmentBar } from '../../src/islands/assignment-bar';
import { CURRENT_KEY, loadCurrent, parseCurrent } from '../../src/lib/assignment-store';
import { memoryStore, type KeyValueStore } from '../../src/lib/progress';

const current = {
	title: 'Week 3',
	href: `${location.origin}/assignment/#a=x`,
	read: ['niger-coup', 'ecowas'],
	quiz: 'ecowas',
};

describe('the current assignment, as stored', () => {
	test('is read back when it is well-formed, with or without a quiz', () => {
		expect(parseCurrent(JSON.stringify(current))).toEqual(current);
		const { quiz: _, ...withoutQuiz } = current;
		expect(parseCurrent(JSON.stringify(withoutQuiz))).toEqual(withoutQuiz);
		const store = memoryStore();
		store.setItem(CURRENT_KEY, JSON.stringify(current));
		expect(loadCurrent(store)).toEqual(current);
	});

	test.each([
		['nothing', null],
		['corrupt JSON', '{"title":"Week 3"'],
		['null', 'null'],
		['a list', '["niger-coup"]'],
		['no title', JSON.stringify({ ...current, title: undefined })],
		['a title that is not text', JSON.stringify({ ...current, title: 3 })],
		['no href', JSON.stringify({ ...current, href: undefined })],
		['a reading list that is text', JSON.stringify({ ...current, read: 'niger-coup' })],
		['a reading list of numbers', JSON.stringify({ ...current, read: [1, 2] })],
		['a quiz that is not text', JSON.stringify({ ...current, quiz: ['ecowas'] })],
	])('is nothing when the stored text is %s', (_, text) => {
		expect(parseCurrent(text)).toBeUndefined();
	});

	test('is nothing, without throwing, when the storage refuses to be read', () => {
		const refusing = {
			getItem() {
				throw new Error('SecurityError');
			},
		} as unknown as KeyValueStore;
		expect(loadCurrent(refusing)).toBeUndefined();
	});
});

describe('the assignment bar', () => {
	const bar = () => document.getElementById('assignment-bar')!;
	const page = (slug: string) => `
		<aside class="assignment-bar" id="assignment-bar" data-slug="${slug}" hidden>
			<a data-back href="/assignment/">Back</a>
			<p>Part of <strong>“<span data-title></span>”.</strong>
				<span data-counts hidden>counts</span><span data-elsewhere hidden>elsewhere</span></p>
		</aside>`;

	beforeEach(() => {
		history.replaceState(null, '', '/ecowas/?assignment');
	});
	afterEach(() => {
		localStorage.clear();
		document.body.innerHTML = '';
	});

	test('shows the assignment kept on this device when it lists the page', () => {
		document.body.innerHTML = page('ecowas');
		localStorage.setItem(CURRENT_KEY, JSON.stringify(current));
		showAssignmentBar();
		expect(bar().hidden).toBe(false);
		expect(bar().querySelector('[data-title]')!.parentElement!.textContent).toBe('“Week 3”.');
		expect(bar().querySelector('[data-back]')!.getAttribute('href')).toBe(current.href);
		expect(bar().querySelector<HTMLElement>('[data-counts]')!.hidden).toBe(false);
	});

	test('sends a French student back to their assignment, link and all', () => {
		document.body.innerHTML = page('ecowas');
		const href = `${location.origin}/fr/assignment/#a=abc`;
		localStorage.setItem(CURRENT_KEY, JSON.stringify({ ...current, href }));
		showAssignmentBar();
		expect(bar().querySelector('[data-back]')!.getAttribute('href')).toBe(href);
	});

	test('never takes a link to another site, or another page, for the way back', () => {
		for (const href of [
			'https://elsewhere.example/assignment/#a=x',
			`${location.origin}/ecowas/#a=x`,
		]) {
			document.body.innerHTML = page('ecowas');
			localStorage.setItem(CURRENT_KEY, JSON.stringify({ ...current, href }));
			showAssignmentBar();
			expect(bar().querySelector('[data-back]')!.getAttribute('href')).toBe('/assignment/');
		}
	});

	test.each([
		['corrupt JSON', '{"title":'],
		['a reading list that is text', JSON.stringify({ ...current, read: 'ecowas' })],
		['a title that is not text', JSON.stringify({ ...current, title: { text: 'Week 3' } })],
		['no href', JSON.stringify({ ...current, href: undefined })],
	])('leaves the page as it is when the stored value is %s', (_, text) => {
		document.body.innerHTML = page('ecowas');
		const before = document.body.innerHTML;
		localStorage.setItem(CURRENT_KEY, text);
		expect(() => showAssignmentBar()).not.toThrow();
		expect(document.body.innerHTML).toBe(before);
		expect(bar().classList.contains('hides-quiz')).toBe(false);
	});

	test('leaves the page as it is when the assignment does not list it', () => {
		document.body.innerHTML = page('niger-politics');
		const before = document.body.innerHTML;
		localStorage.setItem(CURRENT_KEY, JSON.stringify(current));
		showAssignmentBar();
		expect(document.body.innerHTML).toBe(before);
	});
});

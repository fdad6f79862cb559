/**
 * The search page's behaviour, in plain DOM code (no framework: it is one list): read `?q=`,
 * search as the reader types, keep the address in step, show each result with the section it
 * was found in, and say in a live region how many results there are.
 */
import type { searchUi as SearchUi } from '../../i18n/search';

/** What Pagefind's `data()` gives for a result (the fields used here). */
interface ResultData {
	url: string;
	excerpt: string;
	meta: { title?: string; kind?: string };
	sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	debouncedSearch(
		query: string,
		options?: object,
		ms?: number,
	): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

const SHOWN = 12;

/**
 * The words a result needs. Its `kind` is whatever Pagefind hands back (nothing for a page), so
 * the kinds are read as a partial map, falling back on "Page".
 */
type ResultWords = Omit<typeof SearchUi, 'kinds'> & { kinds: Partial<Record<string, string>> };

export function runSearchPage(ui: typeof SearchUi) {
	const input = document.querySelector<HTMLInputElement>('#search-page-input')!;
	const form = input.form!;
	const status = document.querySelector<HTMLElement>('#search-status')!;
	const list = document.querySelector<HTMLOListElement>('#search-results')!;
	let pagefind: Promise<Pagefind> | undefined;

	const load = () => {
		// A variable path, so that the bundler leaves the index's own script to the browser.
		const path = '/pagefind/pagefind.js';
		pagefind ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (module) => {
			// Long explainers should not lose to one-line timeline entries for a general word:
			// Pagefind's default penalty for page length (0.75) is eased.
			await module.options({ excerptLength: 24, ranking: { pageLength: 0.25 } });
			return module;
		});
		return pagefind;
	};

	const show = async (query: string) => {
		const trimmed = query.trim();
		if (!trimmed) {
			list.replaceChildren();
			status.textContent = ui.empty;
			return;
		}
		status.textContent = ui.loading;
		let search;
		try {
			search = await (await load()).debouncedSearch(trimmed, {}, 200);
		} catch {
			status.textContent = ui.failed;
			return;
		}
		if (!search) return; // A newer keystroke took over.
		const results = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
		list.replaceChildren(...results.map((result) => item(result, ui)));
		status.textContent = ui.count(search.results.length, trimmed);
	};

	const query = new URLSearchParams(location.search).get('q') ?? '';
	input.value = query;
	void show(query);
	input.addEventListener('input', () => {
		const url = new URL(location.href);
		url.searchParams.set('q', input.value);
		history.replaceState(null, '', url);
		void show(input.value);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void show(input.value);
	});
}

/** One result: its kind (for glossary, people and timeline entries), title, excerpt, sections. */
function item(result: ResultData, ui: ResultWords): HTMLLIElement {
	const li = document.createElement('li');
	const kind = document.createElement('p');
	kind.className = 'kind';
	kind.textContent = ui.kinds[result.meta.kind ?? ''] ?? ui.page;
	const heading = document.createElement('h2');
	heading.append(link(result.url, result.meta.title ?? result.url));
	li.append(kind, heading, excerpt(result.excerpt));
	const sections = (result.sub_results ?? []).filter((sub) => sub.url !== result.url).slice(0, 3);
	if (sections.length) {
		const ul = document.createElement('ul');
		for (const sub of sections) {
			const entry = document.createElement('li');
			entry.append(link(sub.url, sub.title), excerpt(sub.excerpt));
			ul.append(entry);
		}
		li.append(ul);
	}
	return li;
}

function link(href: string, text: string): HTMLAnchorElement {
	const a = document.createElement('a');
	a.href = href;
	a.textContent = text;
	return a;
}

/**
 * An excerpt with the searched words marked. Pagefind escapes the page text and adds only
 * `<mark>`; rebuilding the marks as elements keeps any other markup out of the page.
 */
function excerpt(html: string): HTMLParagraphElement {
	const p = document.createElement('p');
	const decode = (text: string) =>
		new DOMParser().parseFromString(`<!doctype html><body>${text}`, 'text/html').body.textContent ??
		'';
	html.split(/(<mark>[^<]*<\/mark>)/).forEach((part) => {
		const marked = /^<mark>([^<]*)<\/mark>$/.exec(part);
		if (marked) {
			const mark = document.createElement('mark');
			mark.textContent = decode(marked[1] ?? '');
			p.append(mark);
		} else if (part) p.append(decode(part));
	});
	return p;
}

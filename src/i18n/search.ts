/**
 * Interface strings of search: the form in every page's header and the search page. Apart from
 * ui.ts so that the search page's script carries only these.
 */
/** The kinds of search entry the build adds for the glossary, who’s who and the timeline. */
export type SearchKind = 'Glossary' | 'People' | 'Timeline';

export const searchUi = {
	label: 'Search the site',
	button: 'Search',
	placeholder: 'A name, a place, a term…',
	title: 'Search',
	description:
		'Search the explainers, the glossary, who’s who and the timeline of Sahel Explained.',
	needsJs:
		'Showing results needs JavaScript. Without it, the glossary, who’s who and the timeline list every term, person and event on one page each.',
	loading: 'Searching…',
	empty: 'Type a word to search.',
	count: (n: number, query: string) =>
		n === 0
			? `No results for “${query}”. Try another spelling, or a shorter word.`
			: `${n} ${n === 1 ? 'result' : 'results'} for “${query}”.`,
	failed:
		'Search could not start. Reload the page; if you are offline, the glossary, who’s who and the timeline still work.',
	kinds: {
		Glossary: 'Glossary',
		People: 'Who’s who',
		Timeline: 'Timeline',
	} satisfies Record<SearchKind, string>,
	page: 'Page',
};

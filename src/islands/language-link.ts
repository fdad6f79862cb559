/**
 * The language link of an explainer follows the reader: it points at the section being read (or
 * the one the address names), so that switching language lands on the same section of the twin
 * page, whose section ids are the same. Without JavaScript it points at the top of the twin page.
 */
export function followSection(): void {
	const link = document.querySelector<HTMLAnchorElement>('.languages a');
	if (!link) return;
	const go = (id: string) => {
		link.hash = id;
	};
	addEventListener('hashchange', () => go(location.hash));
	go(location.hash);
	// The section whose heading last passed the top third of the screen is the one being read.
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) if (entry.isIntersecting) go((entry.target as HTMLElement).id);
		},
		{ rootMargin: '0px 0px -66% 0px' },
	);
	for (const heading of document.querySelectorAll('article h2[id]')) observer.observe(heading);
}

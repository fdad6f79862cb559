/**
 * Show the assignment bar of an explainer opened from an assignment (components/AssignmentBar.astro
 * says when and why). Does nothing on a page without the bar, without `?assignment`, or when this
 * device holds no assignment that lists the page. What the device holds is parsed by
 * lib/assignment-current.ts (re-exported by lib/assignment-store.ts), not trusted: a malformed value leaves the page as it is.
 */
import { loadCurrent } from '../lib/assignment-current';

export function showAssignmentBar(): void {
	const bar = document.getElementById('assignment-bar');
	if (!bar || !/[?&]assignment\b/.test(location.search)) return;
	try {
		const current = loadCurrent(localStorage);
		const slug = bar.dataset.slug;
		if (!slug || !current?.read.includes(slug)) return;
		const part = (name: string) => bar.querySelector(`[data-${name}]`) as HTMLElement;
		// The quotation marks are the page's own (“…” in English, « … » in French).
		part('title').textContent = current.title;
		// The assignment page of either language: a French student's link is under /fr/.
		const assignment = current.href.slice(location.origin.length);
		if (current.href.startsWith(location.origin) && /^(\/fr)?\/assignment\/#/.test(assignment))
			part('back').setAttribute('href', current.href);
		const counts = current.quiz === slug;
		part(counts ? 'counts' : 'elsewhere').hidden = false;
		bar.classList.toggle('hides-quiz', !counts);
		bar.hidden = false;
	} catch {
		// No storage (reading `localStorage` itself can throw), or a page without the bar's parts:
		// the page stays the ordinary page.
	}
}

/**
 * Show the assignment bar of an explainer opened from an assignment (components/AssignmentBar.astro
 * says when and why). Does nothing on a page without the bar, without `?assignment`, or when this
 * device holds no assignment that lists the page.
 */
export function showAssignmentBar(): void {
	const bar = document.getElementById('assignment-bar');
	if (!bar || !/[?&]assignment\b/.test(location.search)) return;
	try {
		const current = JSON.parse(localStorage.getItem('sahel-assignment:current') ?? 'null') as {
			title: string;
			href: string;
			read: string[];
			quiz?: string;
		} | null;
		const slug = bar.dataset.slug;
		if (!slug || !current?.read?.includes(slug)) return;
		const part = (name: string) => bar.querySelector(`[data-${name}]`) as HTMLElement;
		part('title').textContent = `“${current.title}”.`;
		if (current.href.startsWith(`${location.origin}/assignment/#`))
			part('back').setAttribute('href', current.href);
		const counts = current.quiz === slug;
		part(counts ? 'counts' : 'elsewhere').hidden = false;
		bar.classList.toggle('hides-quiz', !counts);
		bar.hidden = false;
	} catch {
		// No storage, or something else in it: the page stays the ordinary page.
	}
}

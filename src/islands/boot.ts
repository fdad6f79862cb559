/**
 * Hydrate the quiz islands when they come into view. This does what Astro's `client:visible`
 * does, for a few hundred bytes instead of the 2 KB of Astro's island runtime, which would push
 * a quiz page past its 10 KB JavaScript budget. The code is imported statically (a deferred
 * module, never blocking the first render): a dynamic import would bring Vite's 0.9 KB preload
 * helper with it. Each `[data-island]` element holds the server-rendered quiz; its props sit in
 * the `<script type="application/json">` right after it.
 */
import { h, hydrate } from 'preact';
import Quiz from './Quiz';

export function hydrateWhenVisible(): void {
	for (const root of document.querySelectorAll<HTMLElement>('[data-island]')) {
		const observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((entry) => entry.isIntersecting)) return;
				observer.disconnect();
				hydrate(h(Quiz, JSON.parse(root.nextElementSibling?.textContent ?? '{}')), root);
			},
			{ rootMargin: '300px' },
		);
		observer.observe(root);
	}
}

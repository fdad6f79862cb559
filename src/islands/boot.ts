/**
 * Hydrate islands when they come into view, or when the browser is first idle. This does about
 * what Astro's `client:visible` does, for a few hundred bytes instead of the 2 KB of Astro's
 * island runtime, which would push a quiz page past its 10 KB JavaScript budget. Each page's own `<script>` imports its island statically (a
 * deferred module, never blocking the first render; a dynamic import would bring Vite's 0.9 KB
 * preload helper). Each `[data-island="<name>"]` element holds the server-rendered island; its
 * props sit in the `<script type="application/json">` right after it.
 */
import { h, hydrate, type ComponentType } from 'preact';

export function hydrateWhenVisible<P extends object>(
	name: string,
	Component: ComponentType<P>,
): void {
	for (const root of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
		let done = false;
		const start = () => {
			if (done) return;
			done = true;
			observer.disconnect();
			const props = JSON.parse(root.nextElementSibling?.textContent ?? '{}') as P;
			hydrate(h(Component, props), root);
		};
		const observer = new IntersectionObserver(
			(entries) => entries.some((entry) => entry.isIntersecting) && start(),
			{ rootMargin: '300px' },
		);
		observer.observe(root);
		// Also as soon as the browser is idle: an island that restores saved answers grows, and
		// had better do so before a tapped citation's smooth scroll passes it on the way down.
		(window.requestIdleCallback ?? setTimeout)(start);
	}
}

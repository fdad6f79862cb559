/**
 * Hydrate islands when they come into view. This does what Astro's `client:visible` does, for a
 * few hundred bytes instead of the 2 KB of Astro's island runtime, which would push a quiz page
 * past its 10 KB JavaScript budget. Each page's own `<script>` imports its island statically (a
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
		const observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((entry) => entry.isIntersecting)) return;
				observer.disconnect();
				const props = JSON.parse(root.nextElementSibling?.textContent ?? '{}') as P;
				hydrate(h(Component, props), root);
			},
			{ rootMargin: '300px' },
		);
		observer.observe(root);
	}
}

/**
 * "Save for offline" and "Remove offline copy" (components/SaveOffline.astro), loaded only when a
 * reader presses a button, or when this device already holds a saved copy. Registering the
 * service worker (src/offline/sw.js) happens here and nowhere else: a plain visit never does.
 */
import { offlineUi } from '../../i18n/offline';

const PREFIX = 'sahel-offline-';
const STATE = '/offline/state.json';

interface SavedState {
	pages: string[];
	version: string;
	savedAt: number;
	updatedFrom?: string;
}

/** What the assignment page carries: gzip bytes of each file its pages need. */
interface AssignmentPack {
	pages: Record<string, Record<string, number>>;
	shared: Record<string, number>;
}

/** "about 1.1 MB", as the build writes it (integrations/offline-pack.ts). */
/** The saved copy's state, read from the cache the worker keeps (no worker needed to read it). */
async function savedState(): Promise<{ cache: Cache; state: SavedState } | null> {
	if (!('caches' in window)) return null;
	for (const name of await caches.keys()) {
		if (!name.startsWith(PREFIX)) continue;
		const cache = await caches.open(name);
		const response = await cache.match(STATE);
		if (response) return { cache, state: (await response.json()) as SavedState };
	}
	return null;
}

/**
 * The pages of the assignment in this page's link: itself and its reading list (the slugs the
 * assignment page's own script decoded from the link into `data-read`).
 */
function assignmentPages(root: HTMLElement): { pages: string[]; bytes: number } | null {
	const pack = JSON.parse(root.querySelector('script')?.textContent ?? 'null') as AssignmentPack;
	if (root.dataset.read === undefined || !pack) return null;
	const read = root.dataset.read.split(' ').filter(Boolean);
	const pages = ['/assignment/', ...read.map((slug) => `/${slug}/`)]
		.map((page) => `${base()}${page}`)
		.filter((page) => pack.pages[page]);
	const files = { ...pack.shared, ...Object.assign({}, ...pages.map((page) => pack.pages[page])) };
	return {
		pages,
		bytes: Object.values(files as Record<string, number>).reduce((a, b) => a + b, 0),
	};
}

/** The language prefix of this page's addresses: '' in English, '/fr' in French. */
const base = () => (document.documentElement.lang === 'fr' ? '/fr' : '');

const part = (root: HTMLElement, name: string) =>
	root.querySelector<HTMLElement>(`[data-${name}]`)!;

function say(root: HTMLElement, text: string) {
	part(root, 'status').textContent = text;
}

/** Show whether a copy is saved (and whether a deploy updated it since). */
async function show(root: HTMLElement) {
	const saved = await savedState();
	const assignment = root.dataset.kind === 'assignment' ? assignmentPages(root) : null;
	if (assignment) part(root, 'size').textContent = offlineUi.about(assignment.bytes);
	part(root, 'remove').hidden = !saved;
	if (!saved) return;
	const { cache, state } = saved;
	const when = new Date(state.savedAt).toLocaleString(offlineUi.dateLocale, {
		dateStyle: 'long',
		timeStyle: 'short',
	});
	if (state.updatedFrom) {
		say(root, offlineUi.updated(when));
		// Said once: the next visit says only that the copy is saved.
		const { updatedFrom: _, ...rest } = state;
		await cache.put(STATE, new Response(JSON.stringify(rest)));
	} else say(root, offlineUi.saved(when, state.pages.length));
}

async function save(root: HTMLElement) {
	const home = root.dataset.kind === 'home';
	const pages = home ? [] : assignmentPages(root)?.pages;
	if (!home && !pages?.length) return say(root, offlineUi.noAssignment);
	const button = part(root, 'save') as HTMLButtonElement;
	button.disabled = true;
	say(root, offlineUi.saving);
	try {
		await navigator.serviceWorker.register('/sw.js');
		const worker = (await navigator.serviceWorker.ready).active!;
		const reply = await new Promise<{ ok: boolean; error?: string; state?: SavedState }>(
			(resolve) => {
				const channel = new MessageChannel();
				channel.port1.onmessage = (event) => resolve(event.data);
				worker.postMessage({ type: 'save', pages, home: home && (base() ? 'fr' : 'en') }, [
					channel.port2,
				]);
			},
		);
		if (!reply.ok) throw new Error(reply.error);
		await show(root);
		say(
			root,
			`Saved for offline: ${reply.state?.pages.length} pages. You can read them without a connection.`,
		);
	} catch {
		say(root, offlineUi.failed);
	} finally {
		button.disabled = false;
	}
}

async function remove(root: HTMLElement) {
	const registration = await navigator.serviceWorker.getRegistration('/');
	await registration?.unregister();
	for (const name of await caches.keys()) if (name.startsWith(PREFIX)) await caches.delete(name);
	part(root, 'remove').hidden = true;
	say(root, offlineUi.removed);
}

/** Make the buttons of components/SaveOffline.astro work, once this script is loaded. */
export function wire(root: HTMLElement): void {
	root.addEventListener('click', (event) => {
		const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
		if (action) void run(root, action);
	});
}

/** What the buttons of components/SaveOffline.astro do. */
export function run(root: HTMLElement, action: string): Promise<void> {
	if (action === 'save') return save(root);
	if (action === 'remove') return remove(root);
	return show(root);
}

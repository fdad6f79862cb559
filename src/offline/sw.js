/* global self, caches, fetch, Response, Request, location */
/**
 * The service worker behind "Save for offline" (registered only when a reader saves; see
 * src/islands/offline/save.ts). Hand-written rather than made by Workbox: what is cached is
 * chosen by the reader at run time (the home page's pack, or one assignment's pages), which
 * Workbox's build-time precache list does not do, and this file is about 1 KB gzip with no
 * runtime dependency. src/integrations/offline-pack.ts stamps it with the pack's version.
 *
 * - Saving: the page posts `{ type: 'save', pages }` (or `home: true` for the home page's pages); the worker fetches /offline/pack.json,
 *   caches every file those pages need, and records the saved pages in the cache itself.
 * - Reading: a saved file is answered from the cache; anything else goes to the network, and a
 *   page that cannot be fetched gets the saved offline page of its language (/offline/, /fr/offline/).
 * - Updating: a deploy that changes any file changes this script's version. The new worker
 *   saves the same pages again from the new deploy into a cache of its own version, keeps a note
 *   of the update for the home page to show, and deletes the older caches.
 * - Removing: the page unregisters the worker and deletes every `sahel-offline-` cache.
 */
const VERSION = '__VERSION__';
const PREFIX = 'sahel-offline-';
const CACHE = PREFIX + VERSION;
/** A made-up address under which the cache keeps what was saved, and when. */
const STATE = '/offline/state.json';

async function stateOf(cache) {
	const response = await cache.match(STATE);
	return response ? response.json() : null;
}

/** Save these pages (with what was saved before) into this version's cache. */
async function save(pages, note, home) {
	const pack = await (await fetch('/offline/pack.json', { cache: 'no-store' })).json();
	// `home` names the language of the home page that asked (`true` from an older page: English).
	if (home) pages = [...pages, ...(pack.home[home === true ? 'en' : home] || [])];
	const cache = await caches.open(CACHE);
	const before = (await stateOf(cache)) || { pages: [] };
	const wanted = [...new Set([...before.pages, ...pages])].filter((page) => pack.pages[page]);
	const files = new Set(pack.shared);
	// The offline page and the save script of each language the saved pages are in.
	const langs = new Set(wanted.map((page) => (page.startsWith('/fr/') ? 'fr' : 'en')));
	for (const lang of langs) for (const file of pack.sharedByLang[lang] || []) files.add(file);
	for (const page of wanted) for (const file of pack.pages[page]) files.add(file);
	await cache.addAll([...files].map((file) => new Request(file, { cache: 'reload' })));
	const state = { ...note, ...before, pages: wanted, version: VERSION, savedAt: Date.now() };
	await cache.put(STATE, new Response(JSON.stringify(state)));
	return state;
}

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			// An older version saved pages: save the same pages from this deploy.
			for (const name of await caches.keys()) {
				if (!name.startsWith(PREFIX) || name === CACHE) continue;
				const old = await stateOf(await caches.open(name));
				if (old) await save(old.pages, { updatedFrom: old.version });
			}
			await self.skipWaiting();
		})(),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys())
				if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
			await self.clients.claim();
		})(),
	);
});

self.addEventListener('message', (event) => {
	const port = event.ports[0];
	if (event.data?.type !== 'save' || !port) return;
	event.waitUntil(
		save(event.data.pages || [], {}, event.data.home).then(
			(state) => port.postMessage({ ok: true, state }),
			(error) => port.postMessage({ ok: false, error: String(error) }),
		),
	);
});

self.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// `/niger-coup/?assignment` is the saved `/niger-coup/`.
			const saved = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
			if (saved) return saved;
			try {
				return await fetch(request);
			} catch (error) {
				// The offline page in the language of the page asked for, else the other one.
				const french = new URL(request.url).pathname.startsWith('/fr/');
				const offline =
					request.mode === 'navigate' &&
					((await cache.match(french ? '/fr/offline/' : '/offline/')) ||
						(await cache.match(french ? '/offline/' : '/fr/offline/')));
				if (offline) return offline;
				throw error;
			}
		})(),
	);
});

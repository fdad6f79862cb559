/**
 * `npm run serve -- <port>`: serve the built `dist/` as a static host would — `/page/` answers
 * with `page/index.html`, anything missing with `404.html` and status 404 — on 127.0.0.1.
 *
 * The browser tests and the bench use this rather than `astro preview`, which allows one preview
 * server per project: with it, `npm test` failed while `npm start` was serving the site. Any
 * number of these can run side by side, each on its own port. sirv (the static handler behind
 * Vite's own preview) does the file serving; this file only adds the 404 page.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

const dir = process.env.OUT_DIR ?? 'dist';
const port = Number(process.argv[2] ?? process.env.PORT ?? 4329);

const files = sirv(dir, {
	etag: true,
	extensions: ['html'],
	onNoMatch(_request, response) {
		response.statusCode = 404;
		response.setHeader('Content-Type', 'text/html; charset=utf-8');
		response.end(readFileSync(join(dir, '404.html')));
	},
});

createServer(files).listen(port, '127.0.0.1', () => {
	console.log(`Serving ${dir}/ at http://127.0.0.1:${port}/`);
});

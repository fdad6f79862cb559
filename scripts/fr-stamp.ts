/**
 * `npm run fr:stamp -- explainers/ecowas.mdx [more…]`: record that the French twin of each
 * English file (paths below content/) has been revised to match the English as it is now.
 * `npm run fr:stamp -- --all` stamps every file (only after checking every French file).
 * The build compares these stamps with the English files and stops when one has changed since.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

const root = process.env.CONTENT_DIR ?? 'content';
const stampsFile = `${root}/fr/translations.yaml`;
const stamps: Record<string, string> = existsSync(stampsFile)
	? (parse(readFileSync(stampsFile, 'utf8')) ?? {})
	: {};

const args = process.argv.slice(2);
const all = args.includes('--all');
const names = all
	? [
			...['explainers', 'pages', 'quizzes'].flatMap((dir) =>
				readdirSync(`${root}/fr/${dir}`).map((name) => `${dir}/${name}`),
			),
			...readdirSync(`${root}/fr`).filter(
				(name) => name.endsWith('.yaml') && name !== 'translations.yaml',
			),
		]
	: args;
if (names.length === 0) {
	console.error(
		'Name the English files whose French twins you revised, e.g. explainers/ecowas.mdx',
	);
	process.exit(2);
}
for (const name of names) {
	const english = `${root}/${name}`;
	if (!existsSync(english) || !existsSync(`${root}/fr/${name}`)) {
		console.error(`${name}: needs both ${english} and ${root}/fr/${name}`);
		process.exit(2);
	}
	stamps[name] = createHash('sha256').update(readFileSync(english)).digest('hex').slice(0, 12);
	console.log(`${name}: ${stamps[name]}`);
}
const sorted = Object.fromEntries(Object.entries(stamps).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(
	stampsFile,
	`# The English file each French file was last revised against (SHA-256, 12 digits).\n# Written by \`npm run fr:stamp -- <file>\`; the build stops when an English file has changed since.\n${stringify(sorted)}`,
);

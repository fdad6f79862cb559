import { evaluate } from '@mdx-js/mdx';
import { h } from 'preact';
import * as runtime from 'preact/jsx-runtime';
import { renderToString } from 'preact-render-to-string';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import {
	remarkExplainer,
	type ExplainerFacts,
	type LinkTargets,
} from '../../src/plugins/remark-explainer';

/** A stand-in for Cite.astro that shows the props the plugin gave it. */
const Cite = (props: Record<string, string>) =>
	h('sup', { 'data-cite': `${props.id} ${props.n} ${props.use}` });

/** Run MDX through the plugin; return the facts it recorded and the HTML it renders to. */
async function run(mdx: string, targets: LinkTargets = {}, path?: string) {
	const file = new VFile({ value: mdx, path });
	const { default: Content } = await evaluate(file, {
		...runtime,
		remarkPlugins: [[remarkExplainer, targets]],
	} as never);
	const facts = (file.data as { astro: { frontmatter: { explainer: ExplainerFacts } } }).astro
		.frontmatter.explainer;
	const Box = (props: { children?: unknown }) => h('div', null, props.children as never);
	return {
		facts,
		code: renderToString(
			h(Content as never, {
				components: { Cite, KeyFacts: Box, MapFigure: Box, ChartFigure: Box },
			}),
		),
	};
}

describe('remarkExplainer', () => {
	test('numbers sources in order of first citation and counts each use', async () => {
		const { facts, code } = await run(
			['## One {/* #one */}', '', 'A.<Cite id="b" /> B.<Cite id="a" /> C.<Cite id="b" />'].join(
				'\n',
			),
		);
		expect(facts.citations).toEqual(['b', 'a']);
		expect(facts.citationUses).toEqual([
			{ id: 'b', line: 3, section: 'one' },
			{ id: 'a', line: 3, section: 'one' },
			{ id: 'b', line: 3, section: 'one' },
		]);
		expect(code).toContain('data-cite="b 1 1"');
		expect(code).toContain('data-cite="a 2 1"');
		expect(code).toContain('data-cite="b 1 2"');
	});

	test('takes a section id from the comment at the end of a heading', async () => {
		const { facts, code } = await run('## Who took power {/* #who-took-power */}\n\nText.');
		expect(facts.sections).toEqual([
			{ id: 'who-took-power', depth: 2, line: 1, text: 'Who took power' },
		]);
		expect(code).toBe('<h2 id="who-took-power">Who took power</h2>\n<p>Text.</p>');
	});

	test('reports a section heading that has no id', async () => {
		const { facts } = await run('Intro.\n\n## No id here\n\nText.');
		expect(facts.headingsWithoutId).toEqual([{ text: 'No id here', line: 3 }]);
	});

	test('wraps written dates in <time datetime>, full and month-only', async () => {
		const { code } = await run('On 26 July 2023 the guard moved; by August 2024 it was over.');
		expect(code).toBe(
			'<p>On <time datetime="2023-07-26">26 July 2023</time> the guard moved; by <time datetime="2024-08">August 2024</time> it was over.</p>',
		);
	});

	test('leaves impossible dates and dates inside links alone', async () => {
		const { code } = await run('On 31 June 2024, see [3 August 2023](/x/).');
		expect(code).not.toContain('2024-06');
		expect(code).not.toContain('datetime="2023-08-03"');
	});

	test('counts the words of running text and the minutes to read them', async () => {
		const body = Array.from({ length: 450 }, (_, i) => `word${i}`).join(' ');
		const { facts } = await run(`## S {/* #s */}\n\n${body}<Cite id="x" />`);
		expect(facts.words).toBe(451);
		expect(facts.minutes).toBe(3);
	});
});

describe('remarkExplainer links', () => {
	const glossary = [
		{ id: 'cnsp', term: 'CNSP' },
		{ id: 'sahel', term: 'Sahel' },
		{ id: 'aes', term: 'Confederation of Sahel States', variants: ['AES'] },
		{ id: 'junta', term: 'junta' },
		{ id: 'tiani', term: 'Abdourahamane Tiani', variants: ['Tchiani'] },
	];

	test('links the first mention of each glossary term on the page, and only the first', async () => {
		const { code } = await run(
			'The CNSP met. The CNSP spoke.\n\nThe Junta ruled; the junta stayed.',
			{ glossary },
		);
		expect(code).toBe(
			'<p>The <a href="/glossary/#cnsp" class="term">CNSP</a> met. The CNSP spoke.</p>\n<p>The <a href="/glossary/#junta" class="term">Junta</a> ruled; the junta stayed.</p>',
		);
	});

	test('prefers the longest term, matches variants, and keeps names and acronyms case-exact', async () => {
		const { code } = await run(
			'The Confederation of Sahel States (AES) met; cnsp is not CNSP; Tchiani spoke.',
			{ glossary },
		);
		expect(code).toContain(
			'<a href="/glossary/#aes" class="term">Confederation of Sahel States</a> (AES)',
		);
		expect(code).not.toContain('#sahel');
		expect(code).toContain('cnsp is not <a href="/glossary/#cnsp" class="term">CNSP</a>');
		expect(code).toContain('<a href="/glossary/#tiani" class="term">Tchiani</a>');
	});

	test('never links inside a heading, a link or a longer word', async () => {
		const { code } = await run(
			'## The CNSP {/* #cnsp-h */}\n\nSee [the CNSP](/x/) and CNSPs and Sahelian towns.',
			{ glossary },
		);
		expect(code).not.toContain('class="term"');
	});

	test('links the first mention of a date that has a timeline event', async () => {
		const timeline = [{ id: 'coup', date: '2023-07-26' }];
		const { code } = await run(
			'On 26 July 2023 it began; by 26 July 2023 night it was done; 27 July 2023 followed.',
			{ timeline },
		);
		expect(code).toBe(
			'<p>On <a href="/timeline/the-coup/#coup"><time datetime="2023-07-26">26 July 2023</time></a> it began; by <time datetime="2023-07-26">26 July 2023</time> night it was done; <time datetime="2023-07-27">27 July 2023</time> followed.</p>',
		);
	});

	test("sends a link to /timeline/#id to the page of the event's period", async () => {
		const timeline = [
			{ id: 'independence', date: '1960-08-03' },
			{ id: 'confederation', date: '2024-07-06' },
		];
		const { code } = await run(
			'See [independence](/timeline/#independence), [the AES](/timeline/#confederation) and [a lost event](/timeline/#gone).',
			{ timeline },
		);
		expect(code).toContain('<a href="/timeline/independence-to-2011/#independence">');
		expect(code).toContain('<a href="/timeline/the-break/#confederation">');
		expect(code).toContain('<a href="/timeline/#gone">');
	});

	test('records the sections citations are in, the key facts and the figures, for the parity checks', async () => {
		const { facts } = await run(
			[
				'Intro.<Cite id="z" />',
				'',
				'## One {/* #one */}',
				'',
				'A.<Cite id="a" />',
				'',
				'<KeyFacts>',
				'- **x:** y',
				'- **z:** w',
				'</KeyFacts>',
				'',
				'## Two {/* #two */}',
				'',
				'<MapFigure id="sahel" />',
				'',
				'B.<Cite id="b" />',
			].join('\n'),
		);
		expect(facts.citationUses.map((use) => [use.id, use.section])).toEqual([
			['z', ''],
			['a', 'one'],
			['b', 'two'],
		]);
		expect(facts.keyFacts).toEqual([2]);
		expect(facts.figures).toEqual(['sahel']);
	});

	test('on a French page, links go to the French pages and French dates and terms are found', async () => {
		const targets: LinkTargets = {
			glossary: [{ id: 'ecowas', term: 'ECOWAS' }],
			timeline: [{ id: 'coup', date: '2023-07-26' }],
			fr: {
				glossary: [{ id: 'ecowas', term: 'CEDEAO' }],
				timeline: [
					{ id: 'coup', date: '2023-07-26' },
					{ id: 'aes', date: '2023-08-01' },
				],
			},
		};
		const mdx = [
			'## Un {/* #un */}',
			'',
			'La CEDEAO, le 26 juillet 2023 et le 1er août 2023, puis [la page](/ecowas/#x) et [l’événement](/timeline/#coup).',
		].join('\n');
		const { code } = await run(mdx, targets, 'content/fr/explainers/x.mdx');
		expect(code).toContain('href="/fr/glossary/#ecowas"');
		expect(code).toContain('<time datetime="2023-07-26">26 juillet 2023</time>');
		expect(code).toContain('<time datetime="2023-08-01">1er août 2023</time>');
		expect(code).toContain('href="/fr/ecowas/#x"');
		expect(code).toMatch(/href="\/fr\/timeline\/[a-z-]+\/#coup"/);
		// The same words on an English page link nothing French, and English terms are not found.
		const english = await run(mdx, targets, 'content/explainers/x.mdx');
		expect(english.code).not.toContain('/fr/');
		expect(english.code).not.toContain('datetime="2023-07-26"');
	});
});

import { evaluate } from '@mdx-js/mdx';
import { h } from 'preact';
import * as runtime from 'preact/jsx-runtime';
import { renderToString } from 'preact-render-to-string';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { remarkExplainer, type ExplainerFacts } from '../../src/plugins/remark-explainer';

/** A stand-in for Cite.astro that shows the props the plugin gave it. */
const Cite = (props: Record<string, string>) =>
	h('sup', { 'data-cite': `${props.id} ${props.n} ${props.use}` });

/** Run MDX through the plugin; return the facts it recorded and the HTML it renders to. */
async function run(mdx: string) {
	const file = new VFile(mdx);
	const { default: Content } = await evaluate(file, {
		...runtime,
		remarkPlugins: [remarkExplainer],
	} as never);
	const facts = (file.data as { astro: { frontmatter: { explainer: ExplainerFacts } } }).astro
		.frontmatter.explainer;
	return { facts, code: renderToString(h(Content as never, { components: { Cite } })) };
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
			{ id: 'b', line: 3 },
			{ id: 'a', line: 3 },
			{ id: 'b', line: 3 },
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

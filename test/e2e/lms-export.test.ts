/**
 * A school's platform scores our QTI export as we do. Each exported item is loaded into an
 * independent QTI 3 player (Cito's @citolab/qti-components, served from node_modules on a
 * stand-in origin, with nothing fetched from the network), answered right and wrong, and the
 * score and feedback the player shows are compared with the site's own grading.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { exportsUi } from '../../src/i18n/exports';
import { gradeAnswer, type Answer } from '../../src/lib/grading';
import { qtiId } from '../../src/lib/qti';
import type { QuizQuestion } from '../../src/lib/quiz-view';

const dist = process.env.OUT_DIR ?? 'dist';
const data = JSON.parse(readFileSync(join(dist, 'quiz-data.json'), 'utf8')) as {
	quizzes: Record<string, string[]>;
	questions: Record<string, QuizQuestion>;
};
const player = readFileSync('node_modules/@citolab/qti-components/cdn/index.js', 'utf8');
const origin = 'http://qti-player.test';

/** A right and a wrong answer, as the site grades them and as QTI response values. */
function answers(question: QuizQuestion): { answer: Answer; response: string | string[] }[] {
	switch (question.type) {
		case 'single': {
			const wrong = question.options.find((o) => o.id !== question.answer)!.id;
			return [question.answer, wrong].map((choice) => ({
				answer: { type: 'single', choice },
				response: qtiId.choice(choice),
			}));
		}
		case 'multiple': {
			// Wrong: the right options but one, the kind of answer that earns part marks elsewhere.
			return [question.answer, question.answer.slice(1)].map((choices) => ({
				answer: { type: 'multiple', choices },
				response: choices.map(qtiId.choice),
			}));
		}
		case 'truefalse':
			return [question.answer, !question.answer].map((choice) => ({
				answer: { type: 'truefalse', choice },
				response: qtiId.choice(String(choice)),
			}));
		case 'order': {
			const right = question.items.map((item) => item.id);
			return [right, [...right].reverse()].map((order) => ({
				answer: { type: 'order', order },
				response: order.map(qtiId.choice),
			}));
		}
		case 'match': {
			const ids = question.pairs.map((pair) => pair.id);
			const shifted = [...ids.slice(1), ids[0]!];
			return [ids, shifted].map((targets) => {
				const pairs = Object.fromEntries(ids.map((id, i) => [id, targets[i]!]));
				return {
					answer: { type: 'match', pairs },
					response: ids.map((id, i) => `${qtiId.left(id)} ${qtiId.right(targets[i]!)}`),
				};
			});
		}
	}
}

for (const [quiz, ids] of Object.entries(data.quizzes)) {
	test(`a QTI 3 player scores every question of the ${quiz} quiz as the site does`, async ({
		page,
	}) => {
		const foreign: string[] = [];
		page.on('request', (request) => {
			if (!request.url().startsWith(origin)) foreign.push(request.url());
		});
		await page.route(`${origin}/**`, (route) =>
			new URL(route.request().url()).pathname === '/player.js'
				? route.fulfill({ body: player, contentType: 'text/javascript' })
				: route.fulfill({
						body: '<!doctype html><main id="host"></main>',
						contentType: 'text/html',
					}),
		);
		await page.goto(`${origin}/`);
		const files = unzipSync(readFileSync(join(dist, 'teachers/export', exportsUi.qtiFile(quiz))));
		expect(Object.keys(files).filter((path) => path.startsWith('items/'))).toHaveLength(ids.length);

		for (const id of ids) {
			const question = data.questions[id]!;
			const xml = strFromU8(files[`items/${qtiId.item(id)}.xml`]!);
			for (const { answer, response } of answers(question)) {
				const ours = gradeAnswer(question, answer).correct;
				const shown = await page.evaluate(
					async ({ xml, response }) => {
						// A module of the stand-in origin, not of this project: typed by what is used of it.
						const player = '/player.js';
						const { qtiTransformItem } = (await import(/* @vite-ignore */ player)) as {
							qtiTransformItem(): { parse(xml: string): { html(): string } };
						};
						const host = document.getElementById('host')!;
						host.innerHTML = qtiTransformItem().parse(xml).html();
						await customElements.whenDefined('qti-assessment-item');
						const item = host.querySelector('qti-assessment-item') as HTMLElement & {
							updateResponseVariable(id: string, value: string | string[]): void;
							processResponse(): boolean;
							getOutcome(id: string): { value: string | string[] | null };
						};
						await new Promise((resolve) => requestAnimationFrame(resolve));
						item.updateResponseVariable('RESPONSE', response);
						item.processResponse();
						await new Promise((resolve) => requestAnimationFrame(resolve));
						const open = [...host.querySelectorAll('qti-modal-feedback')]
							.filter((f) => f.shadowRoot?.querySelector('dialog')?.open)
							.map((f) => f.getAttribute('identifier'));
						return { score: item.getOutcome('SCORE').value, open, text: host.textContent };
					},
					{ xml, response },
				);
				const label = `${id} answered ${JSON.stringify(response)}`;
				expect(Number(shown.score), label).toBe(ours ? 1 : 0);
				expect(shown.open, label).toContain(ours ? 'CORRECT' : 'INCORRECT');
				expect(shown.open, label).not.toContain(ours ? 'INCORRECT' : 'CORRECT');
				expect(shown.text, label).toContain(question.explanation.slice(0, 40));
				// A wrong option's own feedback shows when that option was chosen.
				if (question.type === 'single' && !ours) {
					const chosen = question.options.find((o) => qtiId.choice(o.id) === response)!;
					if (chosen.feedback) expect(shown.open, label).toContain(qtiId.choice(chosen.id));
				}
			}
		}
		expect(foreign).toEqual([]);
	});
}

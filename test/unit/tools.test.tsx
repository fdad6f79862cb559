// @vitest-environment happy-dom
/** The teachers' tools and the student's assignment page, used by role and label in happy-dom. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import AssignmentBuilder from '../../src/islands/tools/AssignmentBuilder';
import ResultsReader from '../../src/islands/tools/ResultsReader';
import StudentAssignment from '../../src/islands/tools/StudentAssignment';
import {
	assignmentId,
	decodeAssignment,
	encodeAssignment,
	type Assignment,
} from '../../src/lib/assignment';
import { memoryStore } from '../../src/lib/progress';
import { decodeResults, encodeResults } from '../../src/lib/results-code';
import { single, truefalse } from '../support/questions';

afterEach(cleanup);

const explainers = [
	{ slug: 'niger-coup', title: 'The coup in Niger' },
	{ slug: 'ecowas', title: 'ECOWAS' },
];
const data = {
	quizzes: { 'niger-coup': [single.id, truefalse.id] },
	questions: { [single.id]: single, [truefalse.id]: truefalse },
};
const assignment: Assignment = {
	v: 1,
	title: 'Week 3',
	read: ['niger-coup'],
	quiz: { kind: 'page', page: 'niger-coup' },
};

describe('the assignment builder', () => {
	const questions = [{ slug: 'niger-coup', id: single.id, prompt: single.prompt }];

	test('asks for a title, then gives a link that carries the assignment, and its QR code', () => {
		render(<AssignmentBuilder explainers={explainers} questions={questions} />);
		fireEvent.click(screen.getByRole('button', { name: 'Create the link' }));
		expect(screen.getByRole('alert').textContent).toBe('Give the assignment a title.');
		fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Week 3' } });
		fireEvent.click(screen.getByRole('checkbox', { name: 'The coup in Niger' }));
		fireEvent.click(screen.getByRole('button', { name: 'Create the link' }));
		const link = (screen.getByRole('textbox', { name: 'Assignment link' }) as HTMLInputElement)
			.value;
		expect(link).toMatch(/\/assignment\/#a=[\w-]+$/);
		expect(decodeAssignment(link)).toEqual({ ok: true, assignment });
		expect(screen.getByRole('img', { name: 'QR code of the assignment link' })).toBeTruthy();
	});

	test('asks for questions when the teacher chooses to pick them', () => {
		render(<AssignmentBuilder explainers={explainers} questions={questions} />);
		fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Week 3' } });
		fireEvent.click(screen.getByRole('radio', { name: 'Questions I choose' }));
		fireEvent.click(screen.getByRole('button', { name: 'Create the link' }));
		expect(screen.getByRole('alert').textContent).toBe('Choose at least one question.');
		fireEvent.click(screen.getByRole('checkbox', { name: single.prompt }));
		fireEvent.click(screen.getByRole('button', { name: 'Create the link' }));
		const link = (screen.getByRole('textbox', { name: 'Assignment link' }) as HTMLInputElement)
			.value;
		expect(decodeAssignment(link)).toMatchObject({
			ok: true,
			assignment: { quiz: { kind: 'picks', ids: [single.id] } },
		});
	});
});

describe("the student's assignment page", () => {
	test('explains a broken link and offers a way home', async () => {
		location.hash = '#a=not-a-real-link';
		render(<StudentAssignment explainers={explainers} data={data} store={memoryStore()} />);
		await waitFor(() =>
			expect(screen.getByRole('alert').textContent).toMatch(/broken or cut short/),
		);
		expect(screen.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe(
			'/',
		);
	});

	test('explains a link to a page the site no longer has', async () => {
		location.hash = `#${encodeAssignment({ ...assignment, read: ['gone'] })}`;
		render(<StudentAssignment explainers={explainers} data={data} store={memoryStore()} />);
		await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/no longer has/));
	});

	test('shows the reading list and quiz, and gives a results code once named and finished', async () => {
		location.hash = `#${encodeAssignment(assignment)}`;
		const store = memoryStore();
		render(<StudentAssignment explainers={explainers} data={data} store={store} />);
		await waitFor(() => screen.getByRole('heading', { level: 1, name: 'Week 3' }));
		fireEvent.click(screen.getByRole('checkbox', { name: /Done/ }));
		expect(store.getItem(`sahel-assignment:${assignmentId(assignment)}:read`)).toBe(
			'["niger-coup"]',
		);
		const first = screen
			.getByRole('group', { name: /Which unit detained/ })
			.closest<HTMLElement>('.question')!;
		fireEvent.click(within(first).getByLabelText('The presidential guard'));
		fireEvent.click(within(first).getByRole('button', { name: 'Check answer' }));
		const second = screen
			.getByRole('group', { name: /Bazoum resigned/ })
			.closest<HTMLElement>('.question')!;
		fireEvent.click(within(second).getByLabelText('True'));
		fireEvent.click(within(second).getByRole('button', { name: 'Check answer' }));
		expect(screen.getByText('Score: 1 of 2')).toBeTruthy();
		expect(screen.getByRole('status', { name: '' }).textContent).toBe(
			'Type your name above to get your results code.',
		);
		fireEvent.input(screen.getByLabelText('Your name'), { target: { value: 'Awa' } });
		const code = document.querySelector('.results-code')!.textContent!;
		expect(decodeResults(code)).toMatchObject({
			ok: true,
			results: { assignment: assignmentId(assignment), name: 'Awa', right: [true, false] },
		});
	});
});

describe('the results reader', () => {
	test('shows a row per student, the share right per question, and explains bad lines', () => {
		const id = assignmentId(assignment);
		const awa = encodeResults({
			assignment: id,
			name: 'Awa',
			right: [true, false],
			finishedAt: '2026-11-26T09:00:00Z',
		});
		const other = encodeResults({
			assignment: id + 1,
			name: 'Sani',
			right: [true, true],
			finishedAt: '2026-11-26T09:00:00Z',
		});
		render(
			<ResultsReader
				quizzes={data.quizzes}
				prompts={{ [single.id]: single.prompt, [truefalse.id]: truefalse.prompt }}
			/>,
		);
		fireEvent.input(screen.getByRole('textbox', { name: 'The assignment link' }), {
			target: { value: `https://x/assignment/#${encodeAssignment(assignment)}` },
		});
		fireEvent.input(screen.getByRole('textbox', { name: 'Results codes' }), {
			target: { value: `${awa}\n${other}` },
		});
		fireEvent.click(screen.getByRole('button', { name: 'Show the results' }));
		expect(screen.getByRole('row', { name: /Awa/ }).textContent).toContain('1 / 2');
		expect(document.querySelector('.problems')!.textContent).toContain('Line 2');
		expect(document.querySelector('.problems')!.textContent).toContain('another assignment');
		expect(document.querySelector('.by-question')!.textContent).toContain('100%');
		expect(screen.getByRole('link', { name: 'Download as CSV' }).getAttribute('href')).toMatch(
			/^data:text\/csv/,
		);
	});

	test('explains a broken assignment link', () => {
		render(<ResultsReader quizzes={data.quizzes} prompts={{}} />);
		fireEvent.input(screen.getByRole('textbox', { name: 'The assignment link' }), {
			target: { value: 'https://x/assignment/' },
		});
		fireEvent.click(screen.getByRole('button', { name: 'Show the results' }));
		expect(screen.getByRole('status').textContent).toMatch(/no assignment in it/);
	});
});

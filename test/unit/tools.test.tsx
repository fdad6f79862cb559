// @vitest-environment happy-dom
/** The teachers' tools and the student's assignment page, used by role and label in happy-dom. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import AssignmentBuilder from '../../src/islands/tools/AssignmentBuilder';
import ResultsReader from '../../src/islands/tools/ResultsReader';
import StudentAssignment from '../../src/islands/tools/StudentAssignment';
import { toolsUi } from '../../src/i18n/tools';
import { quizUi } from '../../src/i18n/ui';
import {
	assignmentId,
	decodeAssignment,
	encodeAssignment,
	type Assignment,
} from '../../src/lib/assignment';
import { memoryStore } from '../../src/lib/progress';
import { progressKey } from '../../src/lib/progress';
import { quizHash } from '../../src/lib/quiz-view';
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
		render(<AssignmentBuilder base="" t={toolsUi} explainers={explainers} questions={questions} />);
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
		render(<AssignmentBuilder base="" t={toolsUi} explainers={explainers} questions={questions} />);
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

describe('the assignment builder, after the link is made', () => {
	const questions = [
		{ slug: 'niger-coup', id: single.id, prompt: single.prompt },
		{ slug: 'niger-coup', id: truefalse.id, prompt: truefalse.prompt },
	];
	const linkBox = () =>
		screen.queryByRole('textbox', { name: 'Assignment link' }) as HTMLInputElement | null;

	test('rebuilds the link and QR code as soon as the form changes, and says so', () => {
		render(<AssignmentBuilder base="" t={toolsUi} explainers={explainers} questions={questions} />);
		fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Week 3' } });
		fireEvent.click(screen.getByRole('button', { name: 'Create the link' }));
		const first = linkBox()!.value;
		const qr = document.querySelector('.qr')!.innerHTML;
		fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Week 4' } });
		expect(linkBox()!.value).not.toBe(first);
		expect(decodeAssignment(linkBox()!.value)).toMatchObject({ assignment: { title: 'Week 4' } });
		expect(document.querySelector('.qr')!.innerHTML).not.toBe(qr);
		expect(document.querySelector('.result [role="status"]')!.textContent).toMatch(/^Updated/);
		fireEvent.click(screen.getByRole('checkbox', { name: 'ECOWAS' }));
		expect(decodeAssignment(linkBox()!.value)).toMatchObject({ assignment: { read: ['ecowas'] } });
		fireEvent.click(screen.getByRole('radio', { name: 'The final quiz' }));
		expect(decodeAssignment(linkBox()!.value)).toMatchObject({
			assignment: { quiz: { kind: 'final' } },
		});
	});

	test('withdraws a link the form can no longer make: marked out of date, nothing to copy', () => {
		render(<AssignmentBuilder base="" t={toolsUi} explainers={explainers} questions={questions} />);
		fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Week 3' } });
		fireEvent.click(screen.getByRole('button', { name: 'Create the link' }));
		expect(screen.getByRole('button', { name: /Copy/ })).toBeTruthy();
		fireEvent.click(screen.getByRole('radio', { name: 'Questions I choose' }));
		expect(linkBox()).toBeNull();
		expect(screen.queryByRole('button', { name: /Copy/ })).toBeNull();
		expect(screen.queryByRole('img', { name: 'QR code of the assignment link' })).toBeNull();
		expect(document.querySelector('.result')!.textContent).toMatch(
			/Out of date.*Choose at least one question/,
		);
		fireEvent.click(screen.getByRole('checkbox', { name: single.prompt }));
		expect(decodeAssignment(linkBox()!.value)).toMatchObject({
			assignment: { quiz: { kind: 'picks', ids: [single.id] } },
		});
	});

	test('counts the questions picked, picks a whole page at once, and shows the QR code large', () => {
		render(<AssignmentBuilder base="" t={toolsUi} explainers={explainers} questions={questions} />);
		fireEvent.click(screen.getByRole('radio', { name: 'Questions I choose' }));
		expect(screen.getByText('0 of 2 questions picked')).toBeTruthy();
		fireEvent.click(screen.getByRole('checkbox', { name: truefalse.prompt }));
		expect(screen.getByText('1 of 2 questions picked')).toBeTruthy();
		fireEvent.click(
			screen.getByRole('button', { name: /^Pick all from this page ?: The coup in Niger$/ }),
		);
		expect(screen.getByText('2 of 2 questions picked')).toBeTruthy();
		fireEvent.click(
			screen.getByRole('button', { name: /^Unpick all from this page ?: The coup in Niger$/ }),
		);
		expect(screen.getByText('0 of 2 questions picked')).toBeTruthy();
		fireEvent.click(screen.getByRole('checkbox', { name: single.prompt }));
		fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Week 3' } });
		fireEvent.click(screen.getByRole('button', { name: 'Create the link' }));
		const dialog = document.querySelector<HTMLDialogElement>('dialog.qr-large')!;
		expect(dialog.open).toBe(false);
		fireEvent.click(screen.getByRole('button', { name: 'Show the QR code large' }));
		expect(dialog.open).toBe(true);
		expect(dialog.querySelector('svg')).toBeTruthy();
		fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
		expect(dialog.open).toBe(false);
		expect(
			screen
				.getByRole('link', { name: 'Read the results of this assignment' })
				.getAttribute('href'),
		).toMatch(/^\/teachers\/results\/#a=/);
	});
});

describe("the student's assignment page", () => {
	test('explains a broken link and offers a way home', async () => {
		location.hash = '#a=not-a-real-link';
		render(
			<StudentAssignment
				base=""
				lang="en"
				t={toolsUi}
				quizT={quizUi}
				explainers={explainers}
				data={data}
				store={memoryStore()}
			/>,
		);
		await waitFor(() =>
			expect(screen.getByRole('alert').textContent).toMatch(/broken or cut short/),
		);
		expect(screen.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe(
			'/',
		);
	});

	test('explains a link to a page the site no longer has', async () => {
		location.hash = `#${encodeAssignment({ ...assignment, read: ['gone'] })}`;
		render(
			<StudentAssignment
				base=""
				lang="en"
				t={toolsUi}
				quizT={quizUi}
				explainers={explainers}
				data={data}
				store={memoryStore()}
			/>,
		);
		await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/no longer has/));
	});

	test('shows the reading list and quiz, and gives a results code once named and finished', async () => {
		location.hash = `#${encodeAssignment(assignment)}`;
		const store = memoryStore();
		render(
			<StudentAssignment
				base=""
				lang="en"
				t={toolsUi}
				quizT={quizUi}
				explainers={explainers}
				data={data}
				store={store}
			/>,
		);
		await waitFor(() => screen.getByRole('heading', { level: 1, name: 'Week 3' }));
		// The reading link opens the page as part of the assignment, which it can find again.
		expect(screen.getByRole('link', { name: 'The coup in Niger' }).getAttribute('href')).toBe(
			'/niger-coup/?assignment',
		);
		expect(JSON.parse(store.getItem('sahel-assignment:current')!)).toEqual({
			title: 'Week 3',
			href: location.href,
			read: ['niger-coup'],
			quiz: 'niger-coup',
		});
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
		expect(document.querySelector('.code [role="status"]')!.textContent).toBe(
			'Type your name above to get your results code.',
		);
		fireEvent.input(screen.getByLabelText('Your name'), { target: { value: 'Awa' } });
		const code = document.querySelector('.results-code')!.textContent!;
		expect(decodeResults(code)).toMatchObject({
			ok: true,
			results: {
				assignment: assignmentId(assignment),
				name: 'Awa',
				right: [true, false],
				read: [true],
			},
		});
		// One saved progress: the page's own quiz key, shared with the quiz on the page itself.
		expect(store.getItem(progressKey('niger-coup', quizHash([single, truefalse])))).toBeTruthy();
		// Unticking the page changes the code.
		fireEvent.click(screen.getByRole('checkbox', { name: /Done/ }));
		expect(decodeResults(document.querySelector('.results-code')!.textContent!)).toMatchObject({
			results: { read: [false] },
		});
	});

	test('counts answers given on the page itself: one saved progress, not two', async () => {
		location.hash = `#${encodeAssignment(assignment)}`;
		const store = memoryStore();
		store.setItem(
			progressKey('niger-coup', quizHash([single, truefalse])),
			JSON.stringify({
				v: 1,
				seed: 0,
				answers: {
					[single.id]: { type: 'single', choice: 'guard' },
					[truefalse.id]: { type: 'truefalse', choice: true },
				},
				checked: [single.id, truefalse.id],
			}),
		);
		store.setItem('sahel-student-name', 'Awa');
		render(
			<StudentAssignment
				base=""
				lang="en"
				t={toolsUi}
				quizT={quizUi}
				explainers={explainers}
				data={data}
				store={store}
			/>,
		);
		await waitFor(() => screen.getByText('Score: 1 of 2'));
		expect(decodeResults(document.querySelector('.results-code')!.textContent!)).toMatchObject({
			ok: true,
			results: { name: 'Awa', right: [true, false] },
		});
	});

	test('fetches the quiz data from its address', async () => {
		location.hash = `#${encodeAssignment(assignment)}`;
		const url = `data:application/json,${encodeURIComponent(JSON.stringify(data))}`;
		render(
			<StudentAssignment
				base=""
				lang="en"
				t={toolsUi}
				quizT={quizUi}
				explainers={explainers}
				dataUrl={url}
				store={memoryStore()}
			/>,
		);
		await waitFor(() => screen.getByRole('group', { name: /Which unit detained/ }));
	});

	test('says the questions could not be loaded when the quiz data is not what it should be', async () => {
		location.hash = `#${encodeAssignment(assignment)}`;
		// What a captive portal or a cut-short download might hand back instead of the data.
		const bad = `data:application/json,${encodeURIComponent('{"quizzes":{},"questions":{"q":{"id":"q"}}}')}`;
		render(
			<StudentAssignment
				base=""
				lang="en"
				t={toolsUi}
				quizT={quizUi}
				explainers={explainers}
				dataUrl={bad}
				store={memoryStore()}
			/>,
		);
		await waitFor(() =>
			expect(screen.getByRole('alert').textContent).toMatch(/could not be loaded/),
		);
	});

	test('explains a quiz whose questions the data no longer has, rather than breaking', async () => {
		location.hash = `#${encodeAssignment(assignment)}`;
		const missing = { ...data, questions: { [single.id]: single } };
		render(
			<StudentAssignment
				base=""
				lang="en"
				t={toolsUi}
				quizT={quizUi}
				explainers={explainers}
				data={missing}
				store={memoryStore()}
			/>,
		);
		await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/no longer has/));
	});

	test('sets aside reading ticks it cannot read, and says so', async () => {
		location.hash = `#${encodeAssignment(assignment)}`;
		const store = memoryStore();
		store.setItem(`sahel-assignment:${assignmentId(assignment)}:read`, '{"niger-coup":true}');
		render(
			<StudentAssignment
				base=""
				lang="en"
				t={toolsUi}
				quizT={quizUi}
				explainers={explainers}
				data={data}
				store={store}
			/>,
		);
		await waitFor(() => screen.getByRole('heading', { level: 1, name: 'Week 3' }));
		expect(screen.getByRole('checkbox', { name: /Done/ })).toHaveProperty('checked', false);
		expect(document.querySelector('.reading')!.previousElementSibling!.textContent).toMatch(
			/could not be read, so they were set aside/,
		);
		expect(store.getItem(`sahel-assignment:${assignmentId(assignment)}:read`)).toBeNull();
		// Ticking again keeps a good list.
		fireEvent.click(screen.getByRole('checkbox', { name: /Done/ }));
		expect(store.getItem(`sahel-assignment:${assignmentId(assignment)}:read`)).toBe(
			'["niger-coup"]',
		);
	});

	test('clears the device for the next student, only after a confirmation', async () => {
		location.hash = `#${encodeAssignment(assignment)}`;
		const store = memoryStore();
		render(
			<StudentAssignment
				base=""
				lang="en"
				t={toolsUi}
				quizT={quizUi}
				explainers={explainers}
				data={data}
				store={store}
			/>,
		);
		await waitFor(() => screen.getByRole('heading', { level: 1, name: 'Week 3' }));
		fireEvent.click(screen.getByRole('checkbox', { name: /Done/ }));
		fireEvent.input(screen.getByLabelText('Your name'), { target: { value: 'Awa' } });
		const first = screen
			.getByRole('group', { name: /Which unit detained/ })
			.closest<HTMLElement>('.question')!;
		fireEvent.click(within(first).getByLabelText('The presidential guard'));
		fireEvent.click(within(first).getByRole('button', { name: 'Check answer' }));
		const dialog = document.querySelector<HTMLDialogElement>('.clear-device dialog')!;
		fireEvent.click(
			screen.getByRole('button', { name: 'Finished — clear this device for the next student' }),
		);
		expect(dialog.open).toBe(true);
		// Cancel keeps everything.
		fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
		expect(dialog.open).toBe(false);
		expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('Awa');
		fireEvent.click(
			screen.getByRole('button', { name: 'Finished — clear this device for the next student' }),
		);
		fireEvent.click(within(dialog).getByRole('button', { name: 'Yes, clear this device' }));
		expect(dialog.open).toBe(false);
		await waitFor(() =>
			expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe(''),
		);
		expect(screen.getByRole('checkbox', { name: /Done/ })).toHaveProperty('checked', false);
		expect(store.getItem('sahel-student-name')).toBeNull();
		expect(store.getItem(`sahel-assignment:${assignmentId(assignment)}:read`)).toBeNull();
		// The quiz starts afresh: nothing answered, nothing checked.
		expect(
			JSON.parse(store.getItem(progressKey('niger-coup', quizHash([single, truefalse])))!),
		).toMatchObject({ checked: [] });
		expect(document.querySelector('.clear-device')!.textContent).toContain('This device is clear');
	});
});

describe('the results reader', () => {
	test('shows a row per student, the share right per question, and explains bad lines', () => {
		const id = assignmentId(assignment);
		const awa = encodeResults({
			assignment: id,
			name: 'Awa',
			right: [true, false],
			read: [true],
			finishedAt: '2026-11-26T09:00:00Z',
		});
		const other = encodeResults({
			assignment: id + 1,
			name: 'Sani',
			right: [true, true],
			read: [true],
			finishedAt: '2026-11-26T09:00:00Z',
		});
		render(
			<ResultsReader
				base=""
				t={toolsUi}
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
		expect(document.querySelector('.problems')!.textContent).toContain('Line 2 — Sani');
		expect(document.querySelector('.problems')!.textContent).toContain('another assignment');
		// The whole code, so whose it is can be told.
		expect(document.querySelector('.problems code')!.textContent).toBe(other);
		expect(document.querySelector('.by-question')!.textContent).toContain('100%');
		expect(screen.getByRole('link', { name: 'Download as CSV' }).getAttribute('href')).toMatch(
			/^data:text\/csv/,
		);
	});

	test('reads codes typed in lower case with spaces and pasted chat messages, with the pages read', () => {
		const id = assignmentId(assignment);
		const code = (name: string, right: boolean[], read = [true]) =>
			encodeResults({ assignment: id, name, right, read, finishedAt: '2026-11-26T09:00:00Z' });
		const musa = code('Musa', [true, true], [false]);
		const bad = code('Bintou', [false, true]);
		const mistyped = bad.slice(0, 14) + (bad[14] === 'Z' ? 'Y' : 'Z') + bad.slice(15);
		render(
			<ResultsReader
				base=""
				t={toolsUi}
				quizzes={data.quizzes}
				prompts={{ [single.id]: single.prompt, [truefalse.id]: truefalse.prompt }}
				titles={{ 'niger-coup': 'The coup in Niger' }}
			/>,
		);
		fireEvent.input(screen.getByRole('textbox', { name: 'The assignment link' }), {
			target: { value: `https://x/assignment/#${encodeAssignment(assignment)}` },
		});
		fireEvent.input(screen.getByRole('textbox', { name: 'Results codes' }), {
			target: {
				value: [
					code('Awa', [true, false]).toLowerCase().replace(/-/g, ' '),
					`Aïcha: here is my code ${code('Aïcha', [false, false]).toLowerCase()}  thanks!`,
					`${musa} ${mistyped}`,
					'See you tomorrow',
				].join('\n'),
			},
		});
		fireEvent.click(screen.getByRole('button', { name: 'Show the results' }));
		expect(screen.getByRole('row', { name: /Awa/ }).textContent).toContain('1 / 2');
		expect(screen.getByRole('row', { name: /Aïcha/ }).textContent).toContain('0 / 2');
		expect(screen.getByRole('columnheader', { name: 'Pages read' })).toBeTruthy();
		expect(screen.getByRole('row', { name: /Musa/ }).textContent).toContain('0 / 1');
		expect(screen.getByRole('row', { name: /Awa/ }).textContent).toContain('1 / 1');
		const problems = document.querySelector('.problems')!.textContent!;
		expect(problems).toContain('Line 3 — Bintou');
		expect(problems).toContain('mistyped');
		expect(document.querySelector('.problems code')!.textContent).toBe(mistyped);
		expect(document.querySelector('.no-code')!.textContent).toContain('Line 4');
		expect(screen.getAllByRole('status')[0]!.textContent).toBe(
			'3 students read, 1 code could not be counted, 1 line has no code.',
		);
		// The CSV: a byte-order mark, a file name from the title, commas or semicolons.
		const csvLink = screen.getByRole('link', { name: 'Download as CSV' });
		expect(csvLink.getAttribute('href')).toMatch(
			/^data:text\/csv;charset=utf-8,%EF%BB%BFName%2CScore/,
		);
		expect(csvLink.getAttribute('download')).toMatch(/^Week-3-results-\d{4}-\d{2}-\d{2}\.csv$/);
		fireEvent.click(screen.getByRole('radio', { name: /Excel in French/ }));
		expect(csvLink.getAttribute('href')).toMatch(
			/^data:text\/csv;charset=utf-8,%EF%BB%BFName%3BScore/,
		);
	});

	test('tells a teacher without the assignment link what to do, in words for a teacher', () => {
		location.hash = '';
		render(<ResultsReader base="" t={toolsUi} quizzes={data.quizzes} prompts={{}} />);
		fireEvent.input(screen.getByRole('textbox', { name: 'Results codes' }), {
			target: { value: 'SE-0800-0000' },
		});
		fireEvent.click(screen.getByRole('button', { name: 'Show the results' }));
		const said = screen.getByRole('status').textContent!;
		expect(said).toMatch(/Paste the assignment link you gave your students/);
		expect(said).not.toMatch(/your teacher/);
		expect(screen.getByRole('link', { name: 'Create an assignment' }).getAttribute('href')).toBe(
			'/teachers/assign/',
		);
	});

	test('takes the assignment from its own link when opened from the builder', () => {
		location.hash = `#${encodeAssignment(assignment)}`;
		render(<ResultsReader base="" t={toolsUi} quizzes={data.quizzes} prompts={{}} />);
		expect(
			(screen.getByRole('textbox', { name: 'The assignment link' }) as HTMLInputElement).value,
		).toBe(location.href);
	});
});

/**
 * A student's assignment: decoded from the link's #fragment, checked against the site's
 * quizzes, then the reading list (ticks kept on the device), a name (kept on the device), the
 * quiz, and at the end a results code to hand in, which carries the reading ticks. A bad link
 * gets words and a way home.
 *
 * One quiz per assignment: when the assignment's quiz is a page's whole quiz (or the final quiz),
 * it is kept under that quiz's own storage key, so answers given on the page itself and here
 * are one saved progress. The reading links carry `?assignment`; the page they open shows a bar
 * (src/components/AssignmentBar.astro) that reads the assignment kept here under CURRENT_KEY and
 * leads back to it. "Finished — clear this device" wipes the name, answers, ticks and code after
 * a confirmation, for a phone shared by several students.
 */
import { Component } from 'preact';
import {
	assignmentId,
	decodeAssignment,
	questionIdsOf,
	type Assignment,
	type QuizIndex,
} from '../../lib/assignment';
import { formatDate } from '../../lib/dates';
import { browserStore, clearProgress, memoryStore, type KeyValueStore } from '../../lib/progress';
import { quizHash, type QuizQuestion } from '../../lib/quiz-view';
import { encodeResults } from '../../lib/results-code';
import { toolsUi } from '../../i18n/tools';
import Quiz from '../Quiz';
import { CopyButton } from './CopyButton';

interface Props {
	explainers: { slug: string; title: string }[];
	/** Where the questions are (the site's own quiz-data.json); tests pass the data itself. */
	dataUrl?: string;
	data?: { quizzes: QuizIndex; questions: Record<string, QuizQuestion> };
	store?: KeyValueStore;
}

interface State {
	problem?: keyof typeof toolsUi.linkProblems;
	assignment?: Assignment;
	id?: number;
	questions?: QuizQuestion[];
	read: string[];
	name: string;
	right?: boolean[];
	finishedAt?: string;
	/** Bumped to start the quiz afresh once the device is cleared. */
	round: number;
	said: string;
}

const NAME_KEY = 'sahel-student-name';
/** The assignment last opened on this device, for the bar on the pages it sends students to. */
export const CURRENT_KEY = 'sahel-assignment:current';

/** The storage id of an assignment's quiz: the site quiz's own when it is a whole site quiz. */
export function quizIdOf(assignment: Assignment, id: number): string {
	const { quiz } = assignment;
	return quiz.kind === 'page' ? quiz.page : quiz.kind === 'final' ? 'final' : `assignment-${id}`;
}

export default class StudentAssignment extends Component<Props, State> {
	state: State = { read: [], name: '', round: 0, said: '' };
	dialog?: HTMLDialogElement | null;
	store: KeyValueStore =
		this.props.store ?? (typeof window === 'undefined' ? memoryStore() : browserStore());

	async componentDidMount() {
		const decoded = decodeAssignment(location.hash);
		if (!decoded.ok) return this.setState({ problem: decoded.problem });
		const { assignment } = decoded;
		let data = this.props.data;
		try {
			data ??= (await (await fetch(this.props.dataUrl ?? '/quiz-data.json')).json()) as NonNullable<
				Props['data']
			>;
		} catch {
			return this.setState({ problem: 'offline' });
		}
		const ids = questionIdsOf(assignment, data.quizzes);
		const known = new Set(this.props.explainers.map((page) => page.slug));
		if (!ids || !assignment.read.every((slug) => known.has(slug)))
			return this.setState({ problem: 'outdated' });
		const id = assignmentId(assignment);
		const quiz = assignment.quiz.kind === 'page' ? assignment.quiz.page : undefined;
		this.save(
			CURRENT_KEY,
			JSON.stringify({ title: assignment.title, href: location.href, read: assignment.read, quiz }),
		);
		this.setState({
			assignment,
			id,
			questions: ids.map((q) => data.questions[q]!),
			read: this.load(`sahel-assignment:${id}:read`, []),
			name: this.store.getItem(NAME_KEY) ?? '',
		});
	}

	load<T>(key: string, fallback: T): T {
		try {
			return (JSON.parse(this.store.getItem(key) ?? 'null') as T) ?? fallback;
		} catch {
			return fallback;
		}
	}

	save(key: string, value: string) {
		try {
			this.store.setItem(key, value);
		} catch {
			// A full or forbidden storage: the page keeps it for this visit.
		}
	}

	tick(slug: string, done: boolean) {
		const read = done
			? [...new Set([...this.state.read, slug])]
			: this.state.read.filter((s) => s !== slug);
		this.save(`sahel-assignment:${this.state.id}:read`, JSON.stringify(read));
		this.setState({ read });
	}

	/** The quiz's results: keep when it was first finished, so a reload does not change it. */
	results(right: boolean[] | undefined) {
		if (String(right) === String(this.state.right)) return;
		const key = `sahel-assignment:${this.state.id}:finished`;
		const finishedAt = right ? (this.store.getItem(key) ?? new Date().toISOString()) : undefined;
		this.save(key, finishedAt ?? '');
		if (!right) this.store.removeItem(key);
		this.setState({ right, finishedAt });
	}

	/** Forget this student: name, answers, ticks and code; the assignment stays for the next one. */
	clearDevice() {
		const { assignment, id, questions } = this.state;
		if (!assignment || id === undefined || !questions) return;
		for (const key of [NAME_KEY, `sahel-assignment:${id}:read`, `sahel-assignment:${id}:finished`])
			this.store.removeItem(key);
		clearProgress(this.store, quizIdOf(assignment, id), quizHash(questions));
		this.dialog?.close();
		this.setState(
			{
				read: [],
				name: '',
				right: undefined,
				finishedAt: undefined,
				round: this.state.round + 1,
				said: toolsUi.cleared,
			},
			() => document.getElementById('s-name')?.focus(),
		);
	}

	render(
		{ explainers }: Props,
		{ problem, assignment, id, questions, read, name, right, finishedAt, round, said }: State,
	) {
		if (problem) {
			return (
				<div class="tool">
					<h1>{toolsUi.problemHeading}</h1>
					<p role="alert" class="error">
						{toolsUi.linkProblems[problem]}
					</p>
					<p>
						<a href="/">{toolsUi.goHome}</a>
					</p>
				</div>
			);
		}
		if (!assignment || !questions || id === undefined) {
			return (
				<div class="tool">
					<h1>{toolsUi.loading}</h1>
				</div>
			);
		}
		const title = (slug: string) => explainers.find((page) => page.slug === slug)?.title ?? slug;
		const code =
			right && name.trim() && finishedAt
				? encodeResults({
						assignment: id,
						name,
						right,
						read: assignment.read.map((slug) => read.includes(slug)),
						finishedAt,
					})
				: '';
		return (
			<div class="tool">
				<h1>{assignment.title}</h1>
				<p class="muted">
					{assignment.class && `${toolsUi.forClass}: ${assignment.class}. `}
					{assignment.due && (
						<>
							{toolsUi.dueOn}: <time datetime={assignment.due}>{formatDate(assignment.due)}</time>.
						</>
					)}
				</p>
				{assignment.read.length > 0 && (
					<section aria-labelledby="s-read">
						<h2 id="s-read">{toolsUi.readingList}</h2>
						<p class="muted">{toolsUi.readingHint}</p>
						<ul class="reading">
							{assignment.read.map((slug) => (
								<li key={slug}>
									<a href={`/${slug}/?assignment`}>{title(slug)}</a>{' '}
									<label>
										<input
											type="checkbox"
											checked={read.includes(slug)}
											onChange={(e) =>
												this.tick(slug, (e.currentTarget as HTMLInputElement).checked)
											}
										/>{' '}
										{toolsUi.done}
										<span class="visually-hidden">: {title(slug)}</span>
									</label>
								</li>
							))}
						</ul>
					</section>
				)}
				<p>
					<label for="s-name">{toolsUi.yourName}</label>
					<input
						id="s-name"
						autocomplete="name"
						aria-describedby="s-name-hint"
						value={name}
						onInput={(e) => {
							const value = (e.currentTarget as HTMLInputElement).value;
							this.save(NAME_KEY, value);
							this.setState({ name: value });
						}}
					/>
					<span id="s-name-hint" class="muted">
						{toolsUi.nameHint}
					</span>
				</p>
				<section class="quiz-section" aria-labelledby="s-quiz">
					<h2 id="s-quiz">{toolsUi.takeQuiz}</h2>
					<Quiz
						key={round}
						quizId={quizIdOf(assignment, id)}
						hash={quizHash(questions)}
						questions={questions}
						store={this.store}
						onResults={(r) => this.results(r)}
					/>
				</section>
				{right && (
					<section class="code" aria-labelledby="s-code">
						<h2 id="s-code">{toolsUi.resultsCode}</h2>
						<p>{toolsUi.score(right.filter(Boolean).length, right.length)}</p>
						{code ? (
							<>
								<p class="results-code" id="s-code-value">
									{code}
								</p>
								<p class="muted">{toolsUi.resultsCodeHelp}</p>
								<p class="actions">
									<CopyButton text={code} label={toolsUi.resultsCode} />{' '}
									<button type="button" onClick={() => print()}>
										{toolsUi.printSummary}
									</button>
								</p>
							</>
						) : (
							<p role="status">{toolsUi.needName}</p>
						)}
					</section>
				)}
				<section class="clear-device" aria-label={toolsUi.clearDevice}>
					<p>
						<button type="button" onClick={() => this.dialog?.showModal()}>
							{toolsUi.clearDevice}
						</button>
					</p>
					<p role="status">{said}</p>
					<dialog
						ref={(element) => {
							this.dialog = element;
						}}
						aria-labelledby="s-clear-title"
						aria-describedby="s-clear-text"
					>
						<h2 id="s-clear-title">{toolsUi.clearTitle}</h2>
						<p id="s-clear-text">{toolsUi.clearText}</p>
						<p class="actions">
							<button type="button" class="danger" onClick={() => this.clearDevice()}>
								{toolsUi.clearYes}
							</button>
							<button type="button" autofocus onClick={() => this.dialog?.close()}>
								{toolsUi.clearNo}
							</button>
						</p>
					</dialog>
				</section>
			</div>
		);
	}
}

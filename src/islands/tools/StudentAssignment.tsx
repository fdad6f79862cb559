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
 * leads back to it. What this page keeps on the device, and under which keys, is described in
 * src/lib/assignment-store.ts; the fetched questions are parsed by src/lib/quiz-data.ts. "Finished — clear this device" wipes the name, answers, ticks and code after
 * a confirmation, for a phone shared by several students.
 */
import { Component } from 'preact';
import {
	assignmentId,
	decodeAssignment,
	questionIdsOf,
	type Assignment,
} from '../../lib/assignment';
import {
	forgetStudent,
	loadFinished,
	loadName,
	loadTicks,
	saveCurrent,
	saveFinished,
	saveName,
	saveTicks,
} from '../../lib/assignment-store';
import { formatDate } from '../../lib/dates';
import { browserStore, clearProgress, memoryStore, type KeyValueStore } from '../../lib/progress';
import { parseQuizData, type QuizData } from '../../lib/quiz-data';
import { quizHash, type QuizQuestion } from '../../lib/quiz-view';
import { encodeResults } from '../../lib/results-code';
import type { QuizStrings, ToolsStrings } from '../../i18n/types';
import { say } from '../../lib/message';
import Quiz from '../Quiz';
import { CopyButton } from './CopyButton';

interface Props {
	explainers: { slug: string; title: string }[];
	/** Where the questions are (the site's own quiz-data.json); tests pass the data itself. */
	dataUrl?: string;
	data?: QuizData;
	store?: KeyValueStore;
	/** The language prefix of the site's addresses: '' for English, '/fr' for French. */
	base: string;
	/** The page's language, for dates. */
	lang: 'en' | 'fr';
	/** The words of the page and of its quiz, in its language (given by the page's script). */
	t: ToolsStrings;
	quizT: QuizStrings;
}

interface State {
	problem?: keyof ToolsStrings['linkProblems'];
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
	/** The kept reading ticks could not be read and were set aside. */
	ticksLost?: boolean;
}

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
			// Whatever comes back (an error page, a cut-short file) is parsed, not trusted.
			data ??= parseQuizData(
				await (await fetch(this.props.dataUrl ?? `${this.props.base}/quiz-data.json`)).json(),
			);
		} catch {
			// No connection, or not JSON at all: handled below as data that did not arrive.
		}
		if (!data) return this.setState({ problem: 'offline' });
		const ids = questionIdsOf(assignment, data.quizzes);
		const questions = ids?.map((q) => data.questions[q]);
		const known = new Set(this.props.explainers.map((page) => page.slug));
		if (!questions?.every(Boolean) || !assignment.read.every((slug) => known.has(slug)))
			return this.setState({ problem: 'outdated' });
		const id = assignmentId(assignment);
		const quiz = assignment.quiz.kind === 'page' ? assignment.quiz.page : undefined;
		saveCurrent(this.store, {
			title: assignment.title,
			href: location.href,
			read: assignment.read,
			quiz,
		});
		const ticks = loadTicks(this.store, id);
		this.setState({
			assignment,
			id,
			questions: questions as QuizQuestion[],
			read: ticks.read,
			name: loadName(this.store),
			ticksLost: !!ticks.notice,
		});
	}

	tick(slug: string, done: boolean) {
		const read = done
			? [...new Set([...this.state.read, slug])]
			: this.state.read.filter((s) => s !== slug);
		saveTicks(this.store, this.state.id!, read);
		this.setState({ read });
	}

	/** The quiz's results: keep when it was first finished, so a reload does not change it. */
	results(right: boolean[] | undefined) {
		if (String(right) === String(this.state.right)) return;
		const id = this.state.id!;
		const finishedAt = right
			? (loadFinished(this.store, id) ?? new Date().toISOString())
			: undefined;
		saveFinished(this.store, id, finishedAt);
		this.setState({ right, finishedAt });
	}

	/** Forget this student: name, answers, ticks and code; the assignment stays for the next one. */
	clearDevice() {
		const { assignment, id, questions } = this.state;
		if (!assignment || id === undefined || !questions) return;
		forgetStudent(this.store, id);
		clearProgress(this.store, quizIdOf(assignment, id), quizHash(questions));
		this.dialog?.close();
		this.setState(
			{
				read: [],
				name: '',
				right: undefined,
				finishedAt: undefined,
				round: this.state.round + 1,
				said: this.props.t.cleared,
			},
			() => document.getElementById('s-name')?.focus(),
		);
	}

	render(
		{ explainers }: Props,
		{
			problem,
			assignment,
			id,
			questions,
			read,
			name,
			right,
			finishedAt,
			round,
			said,
			ticksLost,
		}: State,
	) {
		if (problem) {
			return (
				<div class="tool">
					<h1>{this.props.t.problemHeading}</h1>
					<p role="alert" class="error">
						{this.props.t.linkProblems[problem]}
					</p>
					<p>
						<a href={`${this.props.base}/`}>{this.props.t.goHome}</a>
					</p>
				</div>
			);
		}
		if (!assignment || !questions || id === undefined) {
			return (
				<div class="tool">
					<h1>{this.props.t.loading}</h1>
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
					{assignment.class && `${this.props.t.forClass}: ${assignment.class}. `}
					{assignment.due && (
						<>
							{this.props.t.dueOn}:{' '}
							<time datetime={assignment.due}>{formatDate(assignment.due, this.props.lang)}</time>.
						</>
					)}
				</p>
				{assignment.read.length > 0 && (
					<section aria-labelledby="s-read">
						<h2 id="s-read">{this.props.t.readingList}</h2>
						<p class="muted">{this.props.t.readingHint}</p>
						{ticksLost && (
							<p class="notice" role="status">
								{this.props.t.ticksCorrupt}
							</p>
						)}
						<ul class="reading">
							{assignment.read.map((slug) => (
								<li key={slug}>
									<a href={`${this.props.base}/${slug}/?assignment`}>{title(slug)}</a>{' '}
									<label>
										<input
											type="checkbox"
											checked={read.includes(slug)}
											onChange={(e) =>
												this.tick(slug, (e.currentTarget as HTMLInputElement).checked)
											}
										/>{' '}
										{this.props.t.done}
										<span class="visually-hidden">: {title(slug)}</span>
									</label>
								</li>
							))}
						</ul>
					</section>
				)}
				<p>
					<label for="s-name">{this.props.t.yourName}</label>
					<input
						id="s-name"
						autocomplete="name"
						aria-describedby="s-name-hint"
						value={name}
						onInput={(e) => {
							const value = (e.currentTarget as HTMLInputElement).value;
							saveName(this.store, value);
							this.setState({ name: value });
						}}
					/>
					<span id="s-name-hint" class="muted">
						{this.props.t.nameHint}
					</span>
				</p>
				<section class="quiz-section" aria-labelledby="s-quiz">
					<h2 id="s-quiz">{this.props.t.takeQuiz}</h2>
					<Quiz
						key={round}
						quizId={quizIdOf(assignment, id)}
						hash={quizHash(questions)}
						questions={questions}
						store={this.store}
						onResults={(r) => this.results(r)}
						t={this.props.quizT}
					/>
				</section>
				{right && (
					<section class="code" aria-labelledby="s-code">
						<h2 id="s-code">{this.props.t.resultsCode}</h2>
						<p>
							{say(this.props.t.score, {
								right: right.filter(Boolean).length,
								total: right.length,
							})}
						</p>
						{code ? (
							<>
								<p class="results-code" id="s-code-value">
									{code}
								</p>
								<p class="muted">{this.props.t.resultsCodeHelp}</p>
								<p class="actions">
									<CopyButton text={code} label={this.props.t.resultsCode} t={this.props.t} />{' '}
									<button type="button" onClick={() => print()}>
										{this.props.t.printSummary}
									</button>
								</p>
							</>
						) : (
							<p role="status">{this.props.t.needName}</p>
						)}
					</section>
				)}
				<section class="clear-device" aria-label={this.props.t.clearDevice}>
					<p>
						<button type="button" onClick={() => this.dialog?.showModal()}>
							{this.props.t.clearDevice}
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
						<h2 id="s-clear-title">{this.props.t.clearTitle}</h2>
						<p id="s-clear-text">{this.props.t.clearText}</p>
						<p class="actions">
							<button type="button" class="danger" onClick={() => this.clearDevice()}>
								{this.props.t.clearYes}
							</button>
							<button type="button" autofocus onClick={() => this.dialog?.close()}>
								{this.props.t.clearNo}
							</button>
						</p>
					</dialog>
				</section>
			</div>
		);
	}
}

/**
 * The quiz island. The server renders every question with its answer in a `<details>`, so the
 * quiz reads and prints without JavaScript; once hydrated, readers answer, check, see why, get
 * a score, review mistakes and try again. Progress is kept in localStorage (see lib/progress).
 *
 * A class component rather than hooks: Preact's hooks module would add about 1 KB gzip to a
 * page whose whole JavaScript budget is 10 KB.
 */
import { Component } from 'preact';
import { emptyAnswer, gradeAnswer, scoreAttempt, type Answer } from '../lib/grading';
import {
	browserStore,
	clearProgress,
	loadProgress,
	memoryStore,
	saveProgress,
	type KeyValueStore,
} from '../lib/progress';
import { shownChoices, type QuizQuestion } from '../lib/quiz-view';
import type { QuizStrings } from '../i18n/types';
import { say } from '../lib/message';
import { QuestionCard } from './quiz/QuestionCard';

interface Props {
	/** Stable id of the quiz (its file name), part of the storage key. */
	quizId: string;
	/** Content hash of the questions: saved answers to other versions are discarded. */
	hash: string;
	questions: QuizQuestion[];
	/** Where progress is kept; tests pass their own. Defaults to localStorage. */
	store?: KeyValueStore;
	/** Told, after every change, which questions were right once all are checked (else undefined). */
	onResults?: (right: boolean[] | undefined) => void;
	/** The quiz's words, in the page's language (never in the JSON props: it has functions). */
	t: QuizStrings;
}

interface State {
	/** False while server-rendered (answers in `<details>`), true once hydrated. */
	interactive: boolean;
	/** 0 for the first attempt; each "Try again" adds one and reshuffles. */
	attempt: number;
	answers: Record<string, Answer>;
	/** Ids of the questions checked so far, in the order they were checked. */
	checked: string[];
	reviewing: boolean;
	/** Whether "Clear my answers" is waiting for its confirmation. */
	confirming: boolean;
	/** A visible notice: saved progress set aside, a new attempt, answers cleared. */
	notice: string;
	/** What the polite live region says. */
	message: string;
}

/** Fresh answers for an attempt: order questions start in the order they are shown. */
function freshAnswers(questions: QuizQuestion[], attempt: number): Record<string, Answer> {
	return Object.fromEntries(
		questions.map((q) => [
			q.id,
			emptyAnswer(q, q.type === 'order' ? shownChoices(q, attempt).map((c) => c.id) : []),
		]),
	);
}

export default class Quiz extends Component<Props, State> {
	store: KeyValueStore =
		this.props.store ?? (typeof window === 'undefined' ? memoryStore() : browserStore());
	state: State = {
		interactive: false,
		attempt: 0,
		answers: freshAnswers(this.props.questions, 0),
		checked: [],
		reviewing: false,
		confirming: false,
		notice: '',
		message: '',
	};

	/** Focus the first element of the quiz that matches a selector (after the next render). */
	focus(selector: string) {
		(this.base as HTMLElement | undefined)?.querySelector<HTMLElement>(selector)?.focus();
	}

	/** Hydrated: restore saved progress, then switch to the interactive quiz. */
	componentDidMount() {
		const { quizId, hash, questions } = this.props;
		const { progress, notice } = loadProgress(this.store, quizId, hash);
		this.setState({
			interactive: true,
			notice:
				notice === 'corrupt'
					? this.props.t.noticeCorrupt
					: notice === 'stale'
						? this.props.t.noticeStale
						: '',
			...(progress && {
				attempt: progress.seed,
				answers: { ...freshAnswers(questions, progress.seed), ...progress.answers },
				checked: progress.checked.filter((id) => questions.some((q) => q.id === id)),
			}),
		});
	}

	componentDidUpdate(_: Props, previous: State) {
		const { attempt, answers, checked } = this.state;
		this.report();
		saveProgress(this.store, this.props.quizId, this.props.hash, {
			v: 1,
			seed: attempt,
			answers,
			checked,
		});
		// Just checked a question: take the reader to its feedback.
		if (checked.length > previous.checked.length)
			document.getElementById(`feedback-${checked.at(-1)}`)?.focus();
	}

	/** Tell the page the results, once every question is checked. */
	report() {
		const { questions, onResults } = this.props;
		const { answers, checked, interactive } = this.state;
		if (!onResults || !interactive) return;
		const done = checked.length === questions.length;
		onResults(done ? questions.map((q) => gradeAnswer(q, answers[q.id]!).correct) : undefined);
	}

	check(question: QuizQuestion) {
		const checked = [...this.state.checked, question.id];
		const { correct } = gradeAnswer(question, this.state.answers[question.id]!);
		const message = `${correct ? this.props.t.right : this.props.t.wrong} ${say(this.props.t.progress, { checked: checked.length, total: this.props.questions.length })}`;
		this.setState({ checked, message, notice: '' });
	}

	/** A new attempt: say so above the first question, and take the reader there. */
	restart(attempt: number, notice: string) {
		this.setState(
			{
				attempt,
				answers: freshAnswers(this.props.questions, attempt),
				checked: [],
				reviewing: false,
				confirming: false,
				notice,
				message: notice,
			},
			() => this.focus('.question'),
		);
	}

	/** Show only the questions answered wrong, or all again; focus goes to what changed. */
	review(reviewing: boolean) {
		this.setState({ reviewing }, () => this.focus(reviewing ? '.reviewing' : '.score button'));
	}

	/** "Clear my answers" asks first; focus goes to the safe choice, Cancel, and back after. */
	confirm(confirming: boolean) {
		this.setState({ confirming }, () => this.focus('.quiz-foot button:last-child'));
	}

	render(
		{ quizId, questions }: Props,
		{ interactive, attempt, answers, checked, reviewing, confirming, notice, message }: State,
	) {
		const grades = questions.map((q) =>
			checked.includes(q.id) ? gradeAnswer(q, answers[q.id]!) : undefined,
		);
		const score = scoreAttempt(grades);
		const finished = interactive && checked.length === questions.length;
		const shown = reviewing ? questions.filter((_, i) => grades[i]?.correct === false) : questions;
		return (
			<div class="quiz">
				<p class="visually-hidden" aria-live="polite">
					{message}
				</p>
				{notice && (
					<p class="notice" role="status">
						{notice}
					</p>
				)}
				{reviewing && (
					<p class="notice reviewing" tabIndex={-1}>
						{say(this.props.t.reviewing, { count: shown.length }, this.props.t.lang)}{' '}
						<button type="button" onClick={() => this.review(false)}>
							{this.props.t.showAll}
						</button>
					</p>
				)}
				{shown.map((question) => (
					<QuestionCard
						key={`${attempt}-${question.id}`}
						question={question}
						number={questions.indexOf(question) + 1}
						total={questions.length}
						answer={answers[question.id]!}
						attempt={attempt}
						checked={checked.includes(question.id)}
						onChange={(answer) => this.setState({ answers: { ...answers, [question.id]: answer } })}
						onCheck={() => this.check(question)}
						announce={(said) => this.setState({ message: said })}
						t={this.props.t}
					/>
				))}
				{finished && (
					<section class="score" aria-labelledby={`score-${quizId}`}>
						<h3 id={`score-${quizId}`}>{this.props.t.scoreHeading}</h3>
						<p>
							{say(
								this.props.t.score,
								{ count: score.correct, total: score.total },
								this.props.t.lang,
							)}
						</p>
						<p class="actions">
							{score.correct < score.total && (
								<button type="button" onClick={() => this.review(!reviewing)}>
									{reviewing ? this.props.t.showAll : this.props.t.review}
								</button>
							)}
							<button
								type="button"
								onClick={() => this.restart(attempt + 1, this.props.t.restarted)}
							>
								{this.props.t.tryAgain}
							</button>
						</p>
					</section>
				)}
				<p class="actions muted quiz-foot">
					{confirming ? this.props.t.sure : this.props.t.savedLocally}
					{confirming && (
						<button
							type="button"
							onClick={() => {
								clearProgress(this.store, quizId, this.props.hash);
								this.restart(attempt, this.props.t.cleared);
							}}
						>
							{this.props.t.yesClear}
						</button>
					)}
					<button type="button" onClick={() => this.confirm(!confirming)}>
						{confirming ? this.props.t.cancel : this.props.t.clear}
					</button>
				</p>
			</div>
		);
	}
}

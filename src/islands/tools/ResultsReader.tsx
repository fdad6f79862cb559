/**
 * The results reader: a teacher pastes the assignment link and the codes students handed in,
 * and sees a table per student and per question, each bad line explained (with whose it is),
 * and a CSV to download for Excel in English or French. Nothing leaves the device.
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
import { csvFileName, readResults, toCsv, type ResultsTable } from '../../lib/results-table';
import type { ToolsStrings } from '../../i18n/types';
import { say } from '../../lib/message';

interface Props {
	quizzes: QuizIndex;
	/** Each question's prompt, by id, to label the columns. */
	prompts: Record<string, string>;
	/** The explainers' titles, by slug, to name the pages read. */
	titles?: Record<string, string>;
	/** The language prefix of the site's addresses: '' for English, '/fr' for French. */
	base: string;
	/** The words of the reader, in the page's language (given by the page's script). */
	t: ToolsStrings;
}

interface State {
	/** Hydrated: until then the form is disabled, so nothing pasted is lost (see tools.css). */
	ready?: boolean;
	link: string;
	codes: string;
	linkProblem: string;
	table?: ResultsTable;
	assignment?: Assignment;
	questions: string[];
	delimiter: ',' | ';';
}

const text = (event: Event) => (event.currentTarget as HTMLInputElement).value;

/** "3 students read, 1 code could not be counted, 2 lines have no code.": the parts there are. */
function summary(t: ToolsStrings, rows: number, problems: number, noCode: number): string {
	const part = (message: ToolsStrings['summaryRows'], count: number) =>
		say(message, { count }, t.lang);
	return `${[
		part(t.summaryRows, rows),
		problems ? part(t.summaryProblems, problems) : '',
		noCode ? part(t.summaryNoCode, noCode) : '',
	]
		.filter(Boolean)
		.join(', ')}.`;
}

export default class ResultsReader extends Component<Props, State> {
	// Excel in French expects semicolons, in English commas: the reader's language decides first.
	state: State = {
		link: '',
		codes: '',
		linkProblem: '',
		questions: [],
		delimiter: this.props.t.lang === 'fr' ? ';' : ',',
	};

	/** Opened from the builder's "Read the results" link: the assignment is in this page's #fragment. */
	componentDidMount() {
		this.setState({ ready: true });
		if (decodeAssignment(location.hash).ok) this.setState({ link: location.href });
	}

	read(event: Event) {
		event.preventDefault();
		const decoded = decodeAssignment(this.state.link);
		if (!decoded.ok)
			return this.setState({
				linkProblem: this.props.t.readerLinkProblems[decoded.problem],
				table: undefined,
			});
		const questions = questionIdsOf(decoded.assignment, this.props.quizzes);
		if (!questions)
			return this.setState({
				linkProblem: this.props.t.readerLinkProblems.outdated,
				table: undefined,
			});
		this.setState({
			linkProblem: '',
			questions,
			assignment: decoded.assignment,
			table: readResults(
				this.state.codes,
				assignmentId(decoded.assignment),
				questions.length,
				decoded.assignment.read.length,
			),
		});
	}

	render(
		{ prompts, titles = {} }: Props,
		{ ready, link, codes, linkProblem, table, questions, assignment, delimiter }: State,
	) {
		const labels = questions.map((_, i) => say(this.props.t.question, { n: i + 1 }));
		const pages = assignment?.read ?? [];
		const csv =
			table &&
			`data:text/csv;charset=utf-8,${encodeURIComponent(
				toCsv(table, {
					delimiter,
					questions: questions.map((id) => prompts[id] ?? id),
					pages: pages.map((slug) => titles[slug] ?? slug),
					labels: this.props.t.csv,
				}),
			)}`;
		const fileName =
			assignment &&
			csvFileName(
				assignment.title,
				assignment.due ?? new Date().toISOString().slice(0, 10),
				this.props.t.csv.file,
			);
		return (
			<form class="tool" onSubmit={(event) => this.read(event)}>
				<fieldset class="until-ready" disabled={!ready}>
					<p>
						<label for="r-link">{this.props.t.pasteLink}</label>
						<input
							id="r-link"
							aria-describedby="r-link-hint"
							value={link}
							onInput={(e) => this.setState({ link: text(e) })}
						/>
						<span id="r-link-hint" class="muted">
							{this.props.t.pasteLinkHint}
						</span>
					</p>
					<p>
						<label for="r-codes">{this.props.t.pasteCodes}</label>
						<textarea
							id="r-codes"
							rows={8}
							aria-describedby="r-codes-hint"
							value={codes}
							onInput={(e) => this.setState({ codes: text(e) })}
						/>
						<span id="r-codes-hint" class="muted">
							{this.props.t.pasteCodesHint}
						</span>
					</p>
					<p>
						<button type="submit">{this.props.t.readCodes}</button>
					</p>
					<div role="status">
						{linkProblem && (
							<p class="error">
								{linkProblem}{' '}
								<a href={`${this.props.base}/teachers/assign/`}>{this.props.t.makeAssignment}</a>
							</p>
						)}
						{table && (
							<p>
								{summary(
									this.props.t,
									table.rows.length,
									table.problems.length,
									table.noCode.length,
								)}
							</p>
						)}
					</div>
					{table && table.problems.length > 0 && (
						<section aria-labelledby="r-problems">
							<h2 id="r-problems">{this.props.t.problemsHeading}</h2>
							<ul class="problems">
								{table.problems.map((p) => (
									<li key={`${p.line}-${p.code}`}>
										<strong>
											{say(this.props.t.line, { n: p.line })}
											{p.name && ` — ${p.name}`}
										</strong>
										: {this.props.t.codeProblems[p.problem]}
										<br />
										<code>{p.code}</code>
									</li>
								))}
							</ul>
						</section>
					)}
					{table && table.noCode.length > 0 && (
						<details class="no-code">
							<summary>
								{say(this.props.t.noCodeHeading, { count: table.noCode.length }, this.props.t.lang)}
							</summary>
							<ul>
								{table.noCode.map(({ line, text }) => (
									<li key={line}>
										<strong>{say(this.props.t.line, { n: line })}</strong>:{' '}
										{text.length > 90 ? `${text.slice(0, 90)}…` : text}
									</li>
								))}
							</ul>
						</details>
					)}
					{table && table.rows.length > 0 && (
						<>
							<section aria-labelledby="r-students">
								<h2 id="r-students">{this.props.t.byStudent}</h2>
								<div class="table-wrap" tabIndex={0} aria-labelledby="r-students">
									<table>
										<thead>
											<tr>
												<th scope="col">{this.props.t.student}</th>
												<th scope="col">{this.props.t.scoreHeading}</th>
												{pages.length > 0 && <th scope="col">{this.props.t.pagesRead}</th>}
												{labels.map((label, i) => (
													<th scope="col" key={label}>
														<abbr title={prompts[questions[i]!]}>{label}</abbr>
													</th>
												))}
												<th scope="col">{this.props.t.finished}</th>
											</tr>
										</thead>
										<tbody>
											{table.rows.map((row) => (
												<tr key={row.line}>
													<th scope="row">{row.name}</th>
													<td>
														{row.score} / {row.right.length}
													</td>
													{pages.length > 0 && (
														<td>
															{row.read ? (
																<span
																	title={pages
																		.filter((_, i) => row.read![i])
																		.map((slug) => titles[slug] ?? slug)
																		.join(', ')}
																>
																	{row.read.filter(Boolean).length} / {row.read.length}
																</span>
															) : (
																<span title={this.props.t.readUnknown}>
																	<span aria-hidden="true">—</span>
																	<span class="visually-hidden">{this.props.t.readUnknown}</span>
																</span>
															)}
														</td>
													)}
													{row.right.map((right, i) => (
														<td key={i}>
															<span aria-hidden="true">{right ? '✓' : '✗'}</span>
															<span class="visually-hidden">
																{right ? this.props.t.right : this.props.t.wrong}
															</span>
														</td>
													))}
													<td>
														<time datetime={row.finishedAt}>
															{formatDate(
																row.finishedAt.slice(0, 10),
																this.props.t.lang === 'fr' ? 'fr' : 'en',
															)}{' '}
															{row.finishedAt.slice(11, 16)} UTC
														</time>
													</td>
												</tr>
											))}
										</tbody>
									</table>
								</div>
							</section>
							<section aria-labelledby="r-questions">
								<h2 id="r-questions">{this.props.t.byQuestion}</h2>
								<ol class="by-question">
									{questions.map((id, i) => (
										<li key={id}>
											{prompts[id]} —{' '}
											<strong>
												{say(this.props.t.shareRight, { percent: table.shareRight[i]! })}
											</strong>
										</li>
									))}
								</ol>
							</section>
							<fieldset>
								<legend>{this.props.t.csvSeparator}</legend>
								{([',', ';'] as const).map((value) => (
									<label key={value} class="option">
										<input
											type="radio"
											name="r-delimiter"
											checked={delimiter === value}
											onChange={() => this.setState({ delimiter: value })}
										/>{' '}
										{value === ',' ? this.props.t.comma : this.props.t.semicolon}
									</label>
								))}
							</fieldset>
							<p>
								<a href={csv} download={fileName}>
									{this.props.t.downloadCsv}
								</a>{' '}
								<span class="muted">{fileName}</span>
							</p>
						</>
					)}
				</fieldset>
			</form>
		);
	}
}

/**
 * The results reader: a teacher pastes the assignment link and the codes students handed in,
 * and sees a table per student and per question, each bad line explained, and a CSV to download.
 * Nothing leaves the device.
 */
import { Component } from 'preact';
import {
	assignmentId,
	decodeAssignment,
	questionIdsOf,
	type QuizIndex,
} from '../../lib/assignment';
import { formatDate } from '../../lib/dates';
import { readResults, toCsv, type ResultsTable } from '../../lib/results-table';
import { toolsUi } from '../../i18n/tools';

interface Props {
	quizzes: QuizIndex;
	/** Each question's prompt, by id, to label the columns. */
	prompts: Record<string, string>;
}

interface State {
	link: string;
	codes: string;
	linkProblem: string;
	table?: ResultsTable;
	questions: string[];
}

export default class ResultsReader extends Component<Props, State> {
	state: State = { link: '', codes: '', linkProblem: '', questions: [] };

	read(event: Event) {
		event.preventDefault();
		const decoded = decodeAssignment(this.state.link);
		if (!decoded.ok)
			return this.setState({
				linkProblem: toolsUi.linkProblems[decoded.problem]!,
				table: undefined,
			});
		const questions = questionIdsOf(decoded.assignment, this.props.quizzes);
		if (!questions)
			return this.setState({ linkProblem: toolsUi.linkProblems.outdated!, table: undefined });
		this.setState({
			linkProblem: '',
			questions,
			table: readResults(this.state.codes, assignmentId(decoded.assignment), questions.length),
		});
	}

	render({ prompts }: Props, { link, codes, linkProblem, table, questions }: State) {
		const labels = questions.map((_, i) => toolsUi.question(i + 1));
		const csv = table && `data:text/csv;charset=utf-8,${encodeURIComponent(toCsv(table, labels))}`;
		return (
			<form class="tool" onSubmit={(event) => this.read(event)}>
				<p>
					<label for="r-link">{toolsUi.pasteLink}</label>
					<input
						id="r-link"
						value={link}
						onInput={(e) => this.setState({ link: (e.currentTarget as HTMLInputElement).value })}
					/>
				</p>
				<p>
					<label for="r-codes">{toolsUi.pasteCodes}</label>
					<textarea
						id="r-codes"
						rows={8}
						aria-describedby="r-codes-hint"
						value={codes}
						onInput={(e) =>
							this.setState({ codes: (e.currentTarget as HTMLTextAreaElement).value })
						}
					/>
					<span id="r-codes-hint" class="muted">
						{toolsUi.pasteCodesHint}
					</span>
				</p>
				<p>
					<button type="submit">{toolsUi.readCodes}</button>
				</p>
				<div role="status">
					{linkProblem && <p class="error">{linkProblem}</p>}
					{table && table.rows.length === 0 && table.problems.length === 0 && (
						<p>{toolsUi.noCodes}</p>
					)}
				</div>
				{table && table.problems.length > 0 && (
					<section aria-labelledby="r-problems">
						<h2 id="r-problems">{toolsUi.problemsHeading}</h2>
						<ul class="problems">
							{table.problems.map((p) => (
								<li key={`${p.line}-${p.code}`}>
									<strong>{toolsUi.line(p.line)}</strong> (<code>{p.code.slice(0, 14)}…</code>):{' '}
									{toolsUi.codeProblems[p.problem]}
								</li>
							))}
						</ul>
					</section>
				)}
				{table && table.rows.length > 0 && (
					<>
						<section aria-labelledby="r-students">
							<h2 id="r-students">{toolsUi.byStudent}</h2>
							<div class="table-wrap">
								<table>
									<thead>
										<tr>
											<th scope="col">{toolsUi.student}</th>
											<th scope="col">{toolsUi.scoreHeading}</th>
											{labels.map((label, i) => (
												<th scope="col" key={label}>
													<abbr title={prompts[questions[i]!]}>{label}</abbr>
												</th>
											))}
											<th scope="col">{toolsUi.finished}</th>
										</tr>
									</thead>
									<tbody>
										{table.rows.map((row) => (
											<tr key={row.line}>
												<th scope="row">{row.name}</th>
												<td>
													{row.score} / {row.right.length}
												</td>
												{row.right.map((right, i) => (
													<td key={i}>
														<span aria-hidden="true">{right ? '✓' : '✗'}</span>
														<span class="visually-hidden">
															{right ? toolsUi.right : toolsUi.wrong}
														</span>
													</td>
												))}
												<td>
													<time datetime={row.finishedAt}>
														{formatDate(row.finishedAt.slice(0, 10))} {row.finishedAt.slice(11, 16)}{' '}
														UTC
													</time>
												</td>
											</tr>
										))}
									</tbody>
								</table>
							</div>
						</section>
						<section aria-labelledby="r-questions">
							<h2 id="r-questions">{toolsUi.byQuestion}</h2>
							<ol class="by-question">
								{questions.map((id, i) => (
									<li key={id}>
										{prompts[id]} — <strong>{toolsUi.shareRight(table.shareRight[i]!)}</strong>
									</li>
								))}
							</ol>
						</section>
						<p>
							<a href={csv} download="results.csv">
								{toolsUi.downloadCsv}
							</a>
						</p>
					</>
				)}
			</form>
		);
	}
}

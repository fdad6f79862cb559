/**
 * The assignment builder: a teacher picks pages, a quiz, a title and perhaps a class and a due
 * date, and gets a link (the assignment rides in its #fragment), a QR code of it (which can be
 * shown large for a projector) and a Copy button. Once made, the link follows the form: every
 * change rebuilds it and its QR code at once and says so, and while the form cannot make a link
 * the old one is withdrawn (marked out of date, nothing to copy), so a stale link is never shared.
 */
import { Component } from 'preact';
import qrcode from 'qrcode-generator';
import { AssignmentSchema, encodeAssignment, type Assignment } from '../../lib/assignment';
import type { ToolsStrings } from '../../i18n/types';
import { say } from '../../lib/message';
import { CopyButton } from './CopyButton';

interface Props {
	explainers: { slug: string; title: string }[];
	/** Every question that can be hand-picked, grouped by the page it follows. */
	questions: { slug: string; id: string; prompt: string }[];
	/** The language prefix of the site's addresses: '' for English, '/fr' for French. */
	base: string;
	/** The words of the form, in the page's language (given by the page's script, not the JSON). */
	t: ToolsStrings;
}

interface State {
	/** Hydrated: until then the form is disabled, so nothing typed is lost (see tools.css). */
	ready?: boolean;
	title: string;
	label: string;
	due: string;
	read: string[];
	kind: 'page' | 'final' | 'picks';
	page: string;
	picks: string[];
	error: string;
	/** Whether "Create the link" was pressed: from then on the link follows the form. */
	made: boolean;
	/** The link as it was when "Create the link" was last pressed. */
	madeLink: string;
}

/** An SVG QR code of a text, drawn as one path; it scales with its box. */
function qrSvg(text: string, label: string): string {
	const qr = qrcode(0, 'M');
	qr.addData(text);
	qr.make();
	label = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
	return qr
		.createSvgTag({ cellSize: 4, margin: 4, scalable: true })
		.replace('<svg ', `<svg role="img" aria-label="${label}" `);
}

export default class AssignmentBuilder extends Component<Props, State> {
	state: State = {
		title: '',
		label: '',
		due: '',
		read: [],
		kind: 'page',
		page: this.props.explainers[0]?.slug ?? '',
		picks: [],
		error: '',
		made: false,
		madeLink: '',
	};
	dialog?: HTMLDialogElement | null;
	qr = { link: '', svg: '' };

	/** Hydrated: the form can be used (what a fast finger typed before would have been lost). */
	componentDidMount() {
		this.setState({ ready: true });
	}

	/** The link the form makes now, or why it cannot make one. */
	build(): { link: string; error?: undefined } | { error: string; link?: undefined } {
		const { title, label, due, read, kind, page, picks } = this.state;
		if (!title.trim()) return { error: this.props.t.needTitle };
		if (kind === 'picks' && picks.length === 0) return { error: this.props.t.needQuestions };
		if (kind === 'picks' && picks.length > 40) return { error: this.props.t.tooMany };
		const assignment: Assignment = {
			v: 1,
			title: title.trim(),
			class: label.trim() || undefined,
			due: due || undefined,
			read,
			quiz: kind === 'page' ? { kind, page } : kind === 'final' ? { kind } : { kind, ids: picks },
		};
		const parsed = AssignmentSchema.safeParse(assignment);
		if (!parsed.success)
			return { error: parsed.error.issues[0]?.message ?? this.props.t.needTitle };
		return {
			link: `${location.origin}${this.props.base}/assignment/#${encodeAssignment(parsed.data)}`,
		};
	}

	create(event: Event) {
		event.preventDefault();
		const built = this.build();
		this.setState(
			built.link
				? { error: '', made: true, madeLink: built.link }
				: { error: built.error!, made: false, madeLink: '' },
		);
	}

	/** The QR code of the link, drawn again only when the link changes. */
	qrOf(link: string): string {
		if (this.qr.link !== link) this.qr = { link, svg: qrSvg(link, this.props.t.qr) };
		return this.qr.svg;
	}

	toggle(list: 'read' | 'picks', value: string, on: boolean) {
		const rest = this.state[list].filter((item) => item !== value);
		this.setState({ [list]: on ? [...rest, value] : rest } as Pick<State, 'read' | 'picks'>);
	}

	render({ explainers, questions }: Props, state: State) {
		const checked = (event: Event) => (event.currentTarget as HTMLInputElement).checked;
		const value = (event: Event) => (event.currentTarget as HTMLInputElement).value;
		const built = state.made ? this.build() : undefined;
		const link = built?.link;
		const fragment = link?.slice(link.indexOf('#'));
		return (
			<form class="tool" onSubmit={(event) => this.create(event)} noValidate>
				<fieldset class="until-ready" disabled={!state.ready}>
					<p>
						<label for="a-title">{this.props.t.title}</label>
						<input
							id="a-title"
							required
							aria-describedby="a-title-hint"
							value={state.title}
							onInput={(e) => this.setState({ title: value(e) })}
						/>
						<span id="a-title-hint" class="muted">
							{this.props.t.titleHint}
						</span>
					</p>
					<p>
						<label for="a-class">{this.props.t.classLabel}</label>
						<input
							id="a-class"
							value={state.label}
							onInput={(e) => this.setState({ label: value(e) })}
						/>
					</p>
					<p>
						<label for="a-due">{this.props.t.due}</label>
						<input
							id="a-due"
							type="date"
							value={state.due}
							onInput={(e) => this.setState({ due: value(e) })}
						/>
					</p>
					<fieldset>
						<legend>{this.props.t.read}</legend>
						{explainers.map((page) => (
							<label key={page.slug} class="option">
								<input
									type="checkbox"
									checked={state.read.includes(page.slug)}
									onChange={(e) => this.toggle('read', page.slug, checked(e))}
								/>{' '}
								{page.title}
							</label>
						))}
					</fieldset>
					<fieldset>
						<legend>{this.props.t.quiz}</legend>
						{(['page', 'final', 'picks'] as const).map((kind) => (
							<label key={kind} class="option">
								<input
									type="radio"
									name="a-kind"
									checked={state.kind === kind}
									onChange={() => this.setState({ kind })}
								/>{' '}
								{kind === 'page'
									? this.props.t.pageQuiz
									: kind === 'final'
										? this.props.t.finalQuiz
										: this.props.t.picks}
							</label>
						))}
						{state.kind === 'page' && (
							<p>
								<label for="a-page">{this.props.t.whichPage}</label>
								<select
									id="a-page"
									value={state.page}
									onChange={(e) =>
										this.setState({ page: (e.currentTarget as HTMLSelectElement).value })
									}
								>
									{explainers.map((page) => (
										<option key={page.slug} value={page.slug}>
											{page.title}
										</option>
									))}
								</select>
							</p>
						)}
						{state.kind === 'picks' && (
							<p class="picked" role="status">
								{say(
									this.props.t.picked,
									{ count: state.picks.length, total: questions.length },
									this.props.t.lang,
								)}
							</p>
						)}
						{state.kind === 'picks' &&
							explainers.map((page) => {
								const ids = questions.filter((q) => q.slug === page.slug).map((q) => q.id);
								const all = ids.every((id) => state.picks.includes(id));
								if (!ids.length) return null;
								return (
									<fieldset key={page.slug} class="picks">
										<legend>{page.title}</legend>
										<button
											type="button"
											onClick={() =>
												this.setState({
													picks: all
														? state.picks.filter((id) => !ids.includes(id))
														: [...state.picks, ...ids.filter((id) => !state.picks.includes(id))],
												})
											}
										>
											{all ? this.props.t.unpickAll : this.props.t.pickAll}
											<span class="visually-hidden">: {page.title}</span>
										</button>
										{questions
											.filter((q) => q.slug === page.slug)
											.map((q) => (
												<label key={q.id} class="option">
													<input
														type="checkbox"
														checked={state.picks.includes(q.id)}
														onChange={(e) => this.toggle('picks', q.id, checked(e))}
													/>{' '}
													{q.prompt}
												</label>
											))}
									</fieldset>
								);
							})}
					</fieldset>
					<p>
						<button type="submit">{this.props.t.create}</button>
					</p>
					<p role="alert" class="error">
						{state.error}
					</p>
					{state.made && (
						<section class="result" aria-labelledby="a-link-label">
							<p role="status" class={link ? 'muted' : 'error'}>
								{!link
									? `${this.props.t.linkStale} ${built?.error ?? ''}`
									: link !== state.madeLink
										? this.props.t.linkUpdated
										: ''}
							</p>
							{link && (
								<>
									<p>
										<label id="a-link-label" for="a-link">
											{this.props.t.link}
										</label>
										<input
											id="a-link"
											readOnly
											value={link}
											onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
										/>
									</p>
									<p class="actions">
										<CopyButton text={link} label={this.props.t.link} t={this.props.t} />{' '}
										<a href={link}>{this.props.t.open}</a>
									</p>
									<p class="muted">{this.props.t.fragmentNote}</p>
									<figure class="qr">
										<div dangerouslySetInnerHTML={{ __html: this.qrOf(link) }} />
										<figcaption>{this.props.t.qrHelp}</figcaption>
									</figure>
									<p class="actions">
										<button type="button" onClick={() => this.dialog?.showModal()}>
											{this.props.t.enlargeQr}
										</button>
										<a href={`${this.props.base}/teachers/results/${fragment}`}>
											{this.props.t.readResults}
										</a>
									</p>
									<dialog
										class="qr-large"
										aria-label={this.props.t.qr}
										ref={(element) => {
											this.dialog = element;
										}}
									>
										<div dangerouslySetInnerHTML={{ __html: this.qrOf(link) }} />
										<p>
											<button type="button" autofocus onClick={() => this.dialog?.close()}>
												{this.props.t.close}
											</button>
										</p>
									</dialog>
								</>
							)}
						</section>
					)}
				</fieldset>
			</form>
		);
	}
}

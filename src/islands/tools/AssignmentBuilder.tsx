/**
 * The assignment builder: a teacher picks pages, a quiz, a title and perhaps a class and a due
 * date, and gets a link (the assignment rides in its #fragment), a QR code of it and a Copy button.
 */
import { Component } from 'preact';
import qrcode from 'qrcode-generator';
import { AssignmentSchema, encodeAssignment, type Assignment } from '../../lib/assignment';
import { toolsUi } from '../../i18n/tools';
import { CopyButton } from './CopyButton';

interface Props {
	explainers: { slug: string; title: string }[];
	/** Every question that can be hand-picked, grouped by the page it follows. */
	questions: { slug: string; id: string; prompt: string }[];
}

interface State {
	title: string;
	label: string;
	due: string;
	read: string[];
	kind: 'page' | 'final' | 'picks';
	page: string;
	picks: string[];
	error: string;
	link: string;
}

/** An SVG QR code of a text, drawn as one path; it scales with its box. */
function qrSvg(text: string): string {
	const qr = qrcode(0, 'M');
	qr.addData(text);
	qr.make();
	const label = toolsUi.qr.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
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
		link: '',
	};

	create(event: Event) {
		event.preventDefault();
		const { title, label, due, read, kind, page, picks } = this.state;
		if (!title.trim()) return this.setState({ error: toolsUi.needTitle, link: '' });
		if (kind === 'picks' && picks.length === 0)
			return this.setState({ error: toolsUi.needQuestions, link: '' });
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
			return this.setState({
				error: parsed.error.issues[0]?.message ?? toolsUi.needTitle,
				link: '',
			});
		this.setState({
			error: '',
			link: `${location.origin}/assignment/#${encodeAssignment(parsed.data)}`,
		});
	}

	toggle(list: 'read' | 'picks', value: string, on: boolean) {
		const rest = this.state[list].filter((item) => item !== value);
		this.setState({ [list]: on ? [...rest, value] : rest } as Pick<State, 'read' | 'picks'>);
	}

	render({ explainers, questions }: Props, state: State) {
		const checked = (event: Event) => (event.currentTarget as HTMLInputElement).checked;
		const value = (event: Event) => (event.currentTarget as HTMLInputElement).value;
		return (
			<form class="tool" onSubmit={(event) => this.create(event)} noValidate>
				<p>
					<label for="a-title">{toolsUi.title}</label>
					<input
						id="a-title"
						required
						aria-describedby="a-title-hint"
						value={state.title}
						onInput={(e) => this.setState({ title: value(e) })}
					/>
					<span id="a-title-hint" class="muted">
						{toolsUi.titleHint}
					</span>
				</p>
				<p>
					<label for="a-class">{toolsUi.classLabel}</label>
					<input
						id="a-class"
						value={state.label}
						onInput={(e) => this.setState({ label: value(e) })}
					/>
				</p>
				<p>
					<label for="a-due">{toolsUi.due}</label>
					<input
						id="a-due"
						type="date"
						value={state.due}
						onInput={(e) => this.setState({ due: value(e) })}
					/>
				</p>
				<fieldset>
					<legend>{toolsUi.read}</legend>
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
					<legend>{toolsUi.quiz}</legend>
					{(['page', 'final', 'picks'] as const).map((kind) => (
						<label key={kind} class="option">
							<input
								type="radio"
								name="a-kind"
								checked={state.kind === kind}
								onChange={() => this.setState({ kind })}
							/>{' '}
							{kind === 'page'
								? toolsUi.pageQuiz
								: kind === 'final'
									? toolsUi.finalQuiz
									: toolsUi.picks}
						</label>
					))}
					{state.kind === 'page' && (
						<p>
							<label for="a-page">{toolsUi.whichPage}</label>
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
					{state.kind === 'picks' &&
						explainers.map((page) => (
							<fieldset key={page.slug} class="picks">
								<legend>{page.title}</legend>
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
						))}
				</fieldset>
				<p>
					<button type="submit">{toolsUi.create}</button>
				</p>
				<p role="alert" class="error">
					{state.error}
				</p>
				{state.link && (
					<section class="result" aria-labelledby="a-link-label">
						<p>
							<label id="a-link-label" for="a-link">
								{toolsUi.link}
							</label>
							<input
								id="a-link"
								readOnly
								value={state.link}
								onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
							/>
						</p>
						<p class="actions">
							<CopyButton text={state.link} label={toolsUi.link} />{' '}
							<a href={state.link}>{toolsUi.open}</a>
						</p>
						<p class="muted">{toolsUi.fragmentNote}</p>
						<figure class="qr">
							<div dangerouslySetInnerHTML={{ __html: qrSvg(state.link) }} />
							<figcaption>{toolsUi.qrHelp}</figcaption>
						</figure>
					</section>
				)}
			</form>
		);
	}
}

/** A Copy button for a text, which says in a live region whether it worked. */
import { Component } from 'preact';
import { toolsUi } from '../../i18n/tools';

interface Props {
	text: string;
	/** What is being copied, for screen readers ("the link"). */
	label?: string;
}

export class CopyButton extends Component<Props, { said: string }> {
	state = { said: '' };

	async copy() {
		try {
			await navigator.clipboard.writeText(this.props.text);
			this.setState({ said: toolsUi.copied });
		} catch {
			this.setState({ said: toolsUi.copyFailed });
		}
	}

	render({ label }: Props, { said }: { said: string }) {
		return (
			<span class="copy">
				<button type="button" onClick={() => this.copy()}>
					{toolsUi.copy}
					{label && <span class="visually-hidden"> {label}</span>}
				</button>{' '}
				<span role="status">{said}</span>
			</span>
		);
	}
}

/** A Copy button for a text, which says in a live region whether it worked. */
import { Component } from 'preact';
import type { ToolsStrings } from '../../i18n/types';

interface Props {
	text: string;
	/** What is being copied, for screen readers ("the link"). */
	label?: string;
	/** The words of the button and of what it says. */
	t: Pick<ToolsStrings, 'copy' | 'copied' | 'copyFailed'>;
}

export class CopyButton extends Component<Props, { said: string }> {
	state = { said: '' };

	async copy() {
		try {
			await navigator.clipboard.writeText(this.props.text);
			this.setState({ said: this.props.t.copied });
		} catch {
			this.setState({ said: this.props.t.copyFailed });
		}
	}

	render({ label }: Props, { said }: { said: string }) {
		return (
			<span class="copy">
				<button type="button" onClick={() => this.copy()}>
					{this.props.t.copy}
					{label && <span class="visually-hidden"> {label}</span>}
				</button>{' '}
				<span role="status">{said}</span>
			</span>
		);
	}
}

/**
 * The W3C Nu HTML Checker (vnu.jar, from the vnu-jar package; needs Java) over every page in
 * dist/: errors fail the test, warnings are printed for a person to read.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import vnuJar from 'vnu-jar';
import { describe, expect, test } from 'vitest';
import { distDir } from '../support/dist';

interface Message {
	type: 'error' | 'info' | 'non-document-error';
	subType?: 'warning' | 'fatal';
	url: string;
	lastLine?: number;
	message: string;
	/** The text around the problem. */
	extract?: string;
}

/**
 * CSS that browsers support and the checker does not know yet: the customizable select
 * (`appearance: base-select` and its `::picker(select)`, Chromium 135+), which lets a long match
 * choice wrap on a phone. Matched by message and by the CSS around it, nothing wider.
 */
const newerThanChecker = (m: Message) =>
	(m.message === 'CSS: “appearance”: “base-select” is not a “appearance” value.' &&
		(m.extract ?? '').includes(':base-select')) ||
	(m.message === 'CSS: Parse Error.' && (m.extract ?? '').includes('::picker(select)'));

function hasJava(): boolean {
	try {
		execFileSync('java', ['-version'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

describe('the W3C HTML checker', () => {
	test('finds no error on any built page', () => {
		expect(
			hasJava(),
			'Java is needed for the HTML checker: sudo apt-get install -y default-jre-headless',
		).toBe(true);
		const run = spawnSync(
			'java',
			['-jar', vnuJar, '--format', 'json', '--skip-non-html', '--also-check-svg', distDir],
			{
				encoding: 'utf8',
				maxBuffer: 64 * 1024 * 1024,
			},
		);
		const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as { messages: Message[] };
		const where = (m: Message) => `${m.url.replace(/^file:.*?\/dist\//, '/')}:${m.lastLine ?? '?'}`;
		// The checker reads our CSP <meta> but computes no hashes, so it reports every inline style
		// and script that the policy allows by hash as a violation: ~65 false alarms a run. Real
		// violations are caught in the browser (test/e2e/every-page listens for them).
		const falseAlarm = (m: Message) => /violates Content Security Policy/i.test(m.message);
		const warnings = messages.filter(
			(m) => m.type === 'info' && m.subType === 'warning' && !falseAlarm(m),
		);
		if (warnings.length)
			console.warn(
				`HTML checker warnings:\n${warnings.map((m) => `  ${where(m)} ${m.message}`).join('\n')}`,
			);
		const errors = messages
			.filter((m) => m.type !== 'info' && !newerThanChecker(m))
			.map((m) => `${where(m)} ${m.message}`);
		expect(errors).toEqual([]);
	});
});

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readPalette } from '../../src/lib/palette';
import { pictureStyle } from '../../src/lib/svg';

describe('readPalette', () => {
	test('reads the light and the dark colours', () => {
		expect(
			readPalette(
				'/* c */\n:root { --bg: #fff; --text:#111 ; }\n@media (prefers-color-scheme: dark) { :root { --bg: #000; } }',
			),
		).toEqual({ light: { bg: '#fff', text: '#111' }, dark: { bg: '#000' } });
	});

	test('throws when tokens.css has no dark colours', () => {
		expect(() => readPalette(':root { --bg: #fff; }')).toThrow(/light and dark/);
	});

	test('the pictures take their paper and inks from tokens.css, in both schemes', () => {
		const { light, dark } = readPalette(readFileSync('src/styles/tokens.css', 'utf8'));
		const style = pictureStyle();
		const [lightRule, darkRule] = [
			style.match(/svg\{(--paper[^}]*)\}/)![1]!,
			style.match(/prefers-color-scheme:dark\)\{svg\{([^}]*)\}/)![1]!,
		];
		expect(lightRule).toContain(
			`--paper:${light.bg};--ink:${light.text};--muted:${light['text-muted']}`,
		);
		expect(darkRule).toContain(
			`--paper:${dark.bg};--ink:${dark.text};--muted:${dark['text-muted']}`,
		);
	});
});

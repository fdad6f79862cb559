import { describe, expect, test } from 'vitest';
import { mentions } from '../../src/lib/mentions';

describe('mentions', () => {
	test.each([
		[['Tiani'], 'General Tiani spoke on 28 July.', false, true],
		[['Tiani', 'Tchiani'], 'Abdourahamane Tchiani, the guard commander', false, true],
		[['Tiani'], '<Cite id="ap-2025-03-26-tiani-sworn-in" />', false, false],
		[['Tiani'], 'The Tianis were not there.', false, false],
		[['Presidential guard'], 'soldiers of the presidential guard', true, true],
		[['Presidential guard'], 'soldiers of the presidential guard', false, false],
		[['Goïta'], 'Colonel Assimi Goïta', false, true],
		[['AU'], 'the AU said', false, false],
	])('%j in %j (any case: %s) ⇒ %s', (forms, text, anyCase, expected) => {
		expect(mentions(forms, text, anyCase)).toBe(expected);
	});
});

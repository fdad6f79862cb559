/** The quiz data the student page fetches passes the page's own parser, losing nothing. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseQuizData } from '../../src/lib/quiz-data';
import { distDir } from '../support/dist';

test('the built quiz-data.json parses, field for field, on the student page', () => {
	const raw: unknown = JSON.parse(readFileSync(join(distDir, 'quiz-data.json'), 'utf8'));
	const parsed = parseQuizData(raw);
	// Byte for byte, key order included: the quiz's content hash is over this JSON.
	expect(JSON.stringify(parsed)).toBe(JSON.stringify(raw));
	expect(Object.keys(parsed!.questions).length).toBeGreaterThan(50);
});

/**
 * Reading level by the Flesch–Kincaid grade formula (0.39 × words per sentence + 11.8 ×
 * syllables per word − 15.59), computed with wooorm's `flesch-kincaid` and `syllable`
 * packages; sentences and words are split with the built-in Intl.Segmenter.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** The counts behind a grade, and the grade itself rounded to one decimal. */
export interface ReadingLevel {
	sentences: number;
	words: number;
	syllables: number;
	/** US school grade; add 5 for an approximate reading age. */
	grade: number;
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });
const words = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * The Flesch–Kincaid grade of English text.
 * `readingLevel('The cat sat on the mat.')` ⇒ `{ sentences: 1, words: 6, syllables: 6, grade: -1.4 }`
 */
export function readingLevel(text: string): ReadingLevel {
	const sentenceCount = [...sentences.segment(text)].filter((s) => /\p{L}/u.test(s.segment)).length;
	const wordList = [...words.segment(text)].filter((w) => w.isWordLike).map((w) => w.segment);
	const syllableCount = wordList.reduce((sum, word) => sum + syllable(word), 0);
	if (sentenceCount === 0 || wordList.length === 0)
		return { sentences: 0, words: 0, syllables: 0, grade: 0 };
	const grade = fleschKincaid({
		sentence: sentenceCount,
		word: wordList.length,
		syllable: syllableCount,
	});
	return {
		sentences: sentenceCount,
		words: wordList.length,
		syllables: syllableCount,
		grade: Math.round(grade * 10) / 10,
	};
}

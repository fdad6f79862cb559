/** Small questions of every type, for tests of grading and of the quiz island. */
import type { QuizQuestion } from '../../src/lib/quiz-view';

const base = {
	skill: 'recall' as const,
	explanation: 'Because the page says so.',
	source: 'afp-1',
};
const read = (section: string) => ({
	href: `/niger-coup/#${section}`,
	title: `Section ${section}`,
});

export const single: QuizQuestion = {
	...base,
	id: 'q-single',
	type: 'single',
	prompt: 'Which unit detained the president?',
	options: [
		{ id: 'guard', text: 'The presidential guard' },
		{ id: 'army', text: 'The army', feedback: 'The army joined a day later.' },
		{ id: 'police', text: 'The police', feedback: 'The police played no part.' },
	],
	answer: 'guard',
	section: 'night',
	read: read('night'),
};

export const multiple: QuizQuestion = {
	...base,
	id: 'q-multiple',
	type: 'multiple',
	prompt: 'Which measures did ECOWAS announce?',
	options: [
		{ id: 'borders', text: 'Closing borders' },
		{ id: 'assets', text: 'Freezing assets' },
		{ id: 'troops', text: 'Sending troops at once', feedback: 'Force was only threatened.' },
		{ id: 'expel', text: 'Expelling Niger', feedback: 'Niger was not expelled.' },
	],
	answer: ['borders', 'assets'],
	section: 'reactions',
	read: read('reactions'),
};

export const truefalse: QuizQuestion = {
	...base,
	id: 'q-truefalse',
	type: 'truefalse',
	prompt: 'Bazoum resigned.',
	answer: false,
	feedback: 'He refused to resign.',
	section: 'detention',
	read: read('detention'),
};

export const order: QuizQuestion = {
	...base,
	id: 'q-order',
	type: 'order',
	prompt: 'Put these in order.',
	items: [
		{ id: 'coup', text: 'The coup' },
		{ id: 'summit', text: 'The ECOWAS summit' },
		{ id: 'rally', text: 'The independence-day rally' },
	],
	section: 'night',
	read: read('night'),
};

export const match: QuizQuestion = {
	...base,
	id: 'q-match',
	type: 'match',
	prompt: 'Match each person to a role.',
	pairs: [
		{ id: 'tiani', left: 'Tiani', right: 'Head of the junta' },
		{ id: 'bazoum', left: 'Bazoum', right: 'The detained president' },
		{ id: 'tinubu', left: 'Tinubu', right: 'Chair of ECOWAS' },
	],
	section: 'who',
	read: read('who'),
};

export const allTypes: QuizQuestion[] = [single, multiple, truefalse, order, match];

/**
 * Interface strings of the teachers' tools and the student's assignment page. They live apart
 * from ui.ts only so that a quiz page's bundle does not carry them (bundlers split by module);
 * src/i18n/ remains the one place for interface strings.
 */
import type { LinkProblem } from '../lib/assignment';
import type { LineProblem } from '../lib/results-table';
export const toolsUi = {
	/** The language, for plurals (see lib/message.ts). */
	lang: 'en',
	needsJs: 'This tool needs JavaScript. Everything it does stays in your browser.',
	title: 'Title',
	titleHint: 'What your students will see, for example "Niger: week 3".',
	classLabel: 'Class (optional)',
	due: 'Due date (optional)',
	read: 'Pages to read',
	quiz: 'Quiz',
	pageQuiz: 'The quiz of one page',
	finalQuiz: 'The final quiz',
	picks: 'Questions I choose',
	whichPage: 'Which page',
	chooseQuestions: 'Choose the questions',
	picked: '{count} of {total} questions picked',
	pickAll: 'Pick all from this page',
	unpickAll: 'Unpick all from this page',
	tooMany: 'An assignment holds at most 40 questions: unpick some.',
	linkUpdated:
		'Updated: the link and QR code now include your changes. A link you shared before still opens the old version.',
	linkStale: 'Out of date: the form has changed since this link was made.',
	enlargeQr: 'Show the QR code large',
	close: 'Close',
	readResults: 'Read the results of this assignment',
	create: 'Create the link',
	link: 'Assignment link',
	copy: 'Copy',
	copied: 'Copied.',
	copyFailed: 'Could not copy: select the text and copy it yourself.',
	open: 'Open it as a student',
	qr: 'QR code of the assignment link',
	qrHelp: 'Students can scan this with a phone camera instead of typing the link.',
	needTitle: 'Give the assignment a title.',
	needQuestions: 'Choose at least one question.',
	fragmentNote:
		'The assignment travels inside the link itself, after the # sign, so it never reaches any server.',
	loading: 'Opening the assignment…',
	linkProblems: {
		missing:
			'This page needs an assignment link from your teacher. The link you opened has no assignment in it.',
		malformed:
			'This assignment link is broken or cut short. Ask your teacher to send it again, and copy all of it.',
		newer:
			'This assignment was made with a newer version of the site. Reload the page; if that does not help, ask your teacher for a new link.',
		invalid: 'This assignment link is not valid. Ask your teacher to create it again.',
		outdated:
			'This assignment names a page or question that the site no longer has. Ask your teacher for a new link.',
		offline: 'The questions could not be loaded. Check your connection and reload the page.',
	} satisfies Record<LinkProblem | 'outdated' | 'offline', string>,
	goHome: 'Go to the home page',
	problemHeading: 'This assignment cannot be opened',
	dueOn: 'Due',
	forClass: 'Class',
	readingList: 'Read these pages',
	readingHint: 'Open each page, read it, then come back here and tick Done.',
	ticksCorrupt:
		'Your saved ticks for this reading list could not be read, so they were set aside. Tick the pages you have read again.',
	barLabel: 'Your assignment',
	barPart: 'Part of your assignment',
	/** Quotation marks around the assignment's title in the bar. */
	quoteOpen: '“',
	quoteClose: '”',
	barCounts: 'The quiz at the end of this page counts for it.',
	barElsewhere: 'Its quiz is on the assignment page.',
	barBack: 'Back to the assignment',
	clearDevice: 'Finished — clear this device for the next student',
	clearTitle: 'Clear this device?',
	clearText:
		'This removes your name, your answers, your reading ticks and your results code from this device. Give your code to your teacher first.',
	clearYes: 'Yes, clear this device',
	clearNo: 'Cancel',
	cleared: 'This device is clear: the next student can start.',
	done: 'Done',
	yourName: 'Your name',
	nameHint: 'Kept on this device only. It goes into your results code.',
	takeQuiz: 'Take the quiz',
	resultsCode: 'Your results code',
	resultsCodeHelp:
		'Give this code to your teacher: copy it into a message, or read it out. It holds your name, your answers, the pages you ticked as read and when you finished.',
	needName: 'Type your name above to get your results code.',
	printSummary: 'Print a summary',
	score: 'Score: {right} of {total}',
	pasteLink: 'The assignment link',
	pasteLinkHint:
		'The link you shared with the class: it tells this page which questions the codes answer.',
	readerLinkProblems: {
		missing:
			'Paste the assignment link you gave your students (it ends with #a= and a long code) into the first box, then show the results again. Lost it? Open it from your message to the class, or make the assignment again with the same choices: the same choices give the same link.',
		malformed:
			'This assignment link is cut short or changed. Copy the whole link from the message you sent to your class.',
		newer:
			'This assignment link was made by a newer version of the site. Reload this page and try again.',
		invalid:
			'This is not an assignment link of this site. Copy the link from the message you sent to your class.',
		outdated:
			'This assignment names a page or question that the site no longer has, so its codes cannot be matched to questions.',
	} satisfies Record<LinkProblem | 'outdated', string>,
	makeAssignment: 'Create an assignment',
	/** "3 students read, 1 code could not be counted, 2 lines have no code.": the parts, joined. */
	summaryRows: { one: '{count} student read', other: '{count} students read' },
	summaryProblems: {
		one: '{count} code could not be counted',
		other: '{count} codes could not be counted',
	},
	summaryNoCode: { one: '{count} line has no code', other: '{count} lines have no code' },
	noCodeHeading: {
		one: '{count} line has no code in it',
		other: '{count} lines have no code in it',
	},
	pagesRead: 'Pages read',
	readUnknown: 'not known (an older code, from before reading was recorded)',
	csvSeparator: 'Spreadsheet file for',
	comma: 'Excel in English (separated by commas)',
	semicolon: 'Excel in French or another European language (separated by semicolons)',
	pasteCodes: 'Results codes',
	pasteCodesHint:
		'Paste or type the codes, or whole chat messages: capitals, spaces and hyphens do not matter.',
	readCodes: 'Show the results',
	byStudent: 'Results by student',
	byQuestion: 'Share of students right, by question',
	student: 'Student',
	scoreHeading: 'Score',
	finished: 'Finished',
	question: 'Q{n}',
	right: 'right',
	wrong: 'wrong',
	shareRight: '{percent}%',
	downloadCsv: 'Download as CSV',
	/** The CSV file's column headings, and the word in its name. */
	csv: {
		name: 'Name',
		score: 'Score',
		outOf: 'Out of',
		pagesRead: 'Pages read',
		read: 'Read: {title}',
		question: 'Q{n}: {text}',
		finished: 'Finished (UTC)',
		shareRight: 'Share right (%)',
		file: 'results',
	},
	problemsHeading: 'Lines that could not be read',
	codeProblems: {
		empty: 'there is no code here.',
		characters:
			'this code has characters a code never has: it was probably mistyped. Ask the student to copy it again.',
		checksum:
			'this code was mistyped or changed (its check does not match). Ask the student to copy it again.',
		newer: 'this code was made by a newer version of the site. Reload this page and try again.',
		truncated:
			'this code is too short: it is cut off, or a character was left out. Ask the student to copy all of it.',
		other: 'this code is for another assignment (check the link above).',
		duplicate: 'this student already has a code on an earlier line, so this one is left out.',
		length:
			'this code does not match the number of questions or pages in this assignment (check the link above).',
	} satisfies Record<LineProblem, string>,
	line: 'Line {n}',
	securityNote:
		'Results codes are for classroom convenience, not exam security. Nothing you paste here leaves this device.',
} as const;

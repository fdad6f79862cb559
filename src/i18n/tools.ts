/**
 * Interface strings of the teachers' tools and the student's assignment page. They live apart
 * from ui.ts only so that a quiz page's bundle does not carry them (bundlers split by module);
 * src/i18n/ remains the one place for interface strings.
 */
export const toolsUi = {
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
	} as Record<string, string>,
	goHome: 'Go to the home page',
	problemHeading: 'This assignment cannot be opened',
	dueOn: 'Due',
	forClass: 'Class',
	readingList: 'Read these pages',
	done: 'Done',
	yourName: 'Your name',
	nameHint: 'Kept on this device only. It goes into your results code.',
	takeQuiz: 'Take the quiz',
	resultsCode: 'Your results code',
	resultsCodeHelp:
		'Give this code to your teacher: copy it into a message, or read it out. It holds your name, your answers and when you finished.',
	needName: 'Type your name above to get your results code.',
	printSummary: 'Print a summary',
	score: (right: number, total: number) => `Score: ${right} of ${total}`,
	pasteLink: 'The assignment link',
	pasteCodes: 'Results codes',
	pasteCodesHint: 'Paste the codes, one per line, or whole messages: the codes are found in them.',
	readCodes: 'Show the results',
	byStudent: 'Results by student',
	byQuestion: 'Share of students right, by question',
	student: 'Student',
	scoreHeading: 'Score',
	finished: 'Finished',
	question: (n: number) => `Q${n}`,
	right: 'right',
	wrong: 'wrong',
	shareRight: (percent: number) => `${percent}%`,
	downloadCsv: 'Download as CSV',
	problemsHeading: 'Lines that could not be read',
	codeProblems: {
		empty: 'there is no code here.',
		characters:
			'this code has characters a code never has: it was probably mistyped. Ask the student to copy it again.',
		checksum:
			'this code was mistyped or changed (its check does not match). Ask the student to copy it again.',
		truncated: 'this code is cut short. Ask the student to copy all of it.',
		newer: 'this code was made by a newer version of the site. Reload this page and try again.',
		other: 'this code is for another assignment.',
		duplicate: 'this student already has a code on an earlier line, so this one is left out.',
		length: 'this code does not match the number of questions in this assignment.',
	} as Record<string, string>,
	line: (n: number) => `Line ${n}`,
	noCodes: 'No results codes found yet.',
	securityNote:
		'Results codes are for classroom convenience, not exam security. Nothing you paste here leaves this device.',
} as const;

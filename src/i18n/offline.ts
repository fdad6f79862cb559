/**
 * Interface strings of "Save for offline" and of the offline page. Apart from ui.ts so that the
 * save script (/offline/save.js, bundled on its own) carries only these.
 */
export const offlineUi = {
	/** How the date a copy was saved is written (`Intl` locale). */
	dateLocale: 'en-GB',
	heading: 'Read without a connection',
	homeBefore:
		'Save the explainers with their quizzes, the timeline, who’s who, the glossary and Niger at a glance on this device:',
	assignmentBefore: 'Save this assignment, its pages and its quiz on this device:',
	sizeAfter: 'to download (compressed). Nothing is downloaded unless you press the button.',
	save: 'Save for offline',
	remove: 'Remove offline copy',
	/** A download's size, as the reader sees it before saving. */
	about: (bytes: number) =>
		bytes >= 1_000_000
			? `about ${(bytes / 1_000_000).toFixed(1)} MB`
			: `about ${Math.max(1, Math.round(bytes / 1000))} KB`,
	updated: (when: string) =>
		`Your offline copy was updated to the latest version of the site on ${when}.`,
	saved: (when: string, pages: number) => `Saved on this device on ${when} (${pages} pages).`,
	noAssignment: 'Open the link your teacher gave you to save it.',
	saving: 'Saving…',
	failed: 'Could not save: check your connection and try again.',
	removed: 'The offline copy is removed from this device.',
	pageTitle: 'You are offline',
	pageDescription:
		'This page was not saved on this device. The pages saved for offline can still be read without a connection.',
	pageIntro:
		'This page was not saved on this device, so it cannot open without a connection. Try again when you are back online.',
	savedHeading: 'Pages you can read offline',
	savedIntro: 'If you saved the site from the home page, these pages are on this device:',
	assignmentHint:
		'If you saved an assignment, open it again from the link your teacher gave you (or your browser’s history): its pages and its quiz work offline, and your answers and results code stay on this device.',
};

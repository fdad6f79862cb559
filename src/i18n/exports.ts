/**
 * Interface strings of the quiz exports for a school's own learning platform (QTI 3.0 and
 * Moodle XML): the words the exported files carry, and the lines the teachers' page shows.
 */
import type { MoodleLabels } from '../lib/moodle';
import type { QtiLabels } from '../lib/qti';

export const exportsUi = {
	qti: {
		right: 'Right',
		wrong: 'Not quite',
		read: 'Read:',
		true: 'True',
		false: 'False',
	} satisfies QtiLabels,
	moodle: {
		read: 'Read:',
		note: 'Sahel Explained quiz for Moodle (Import > Moodle XML). Order questions use the "ordering" type, which needs the Ordering plugin (qtype_ordering): without it Moodle skips them on import. Select-all questions give part marks in Moodle (each right option earns its share, each wrong one takes a share away), where the site scores them all or nothing.',
	} satisfies MoodleLabels,
	heading: 'Use a quiz in your school’s platform',
	intro:
		'Each quiz can be imported into a learning platform, so that scores land in its gradebook. The files are made from the same questions as the site.',
	quizColumn: 'Quiz',
	download: 'Download',
	qtiLink: 'QTI 3.0 package',
	moodleLink: 'Moodle XML',
	how: [
		[
			'Moodle',
			'Question bank → Import → “Moodle XML” with the .xml file. Keeps every question, its feedback and the link to the page; order questions need the Ordering plugin (without it they are skipped), and select-all questions give part marks.',
		],
		[
			'Canvas',
			'Settings → Import course content → “QTI .zip file” with the QTI package. Canvas reads QTI 1.2 and 2.x best: if the import reports errors, import the Moodle XML into a Moodle and export from there, or use the printable worksheet.',
		],
		[
			'Blackboard',
			'Question banks → Upload → the QTI package. Choice, select-all and true/false questions come through; order and match questions may arrive as unsupported and need retyping.',
		],
		[
			'TAO',
			'Items or Tests → Import → “QTI/APIP Content Package” with the QTI package. TAO reads QTI 3.0 packages with every type and its scoring.',
		],
	] as const,
	scoring:
		'Scoring: one point per question, all or nothing, as on the site (Moodle excepted, as above).',
	title: (quiz: string) => `Sahel Explained: ${quiz}`,
	qtiFile: (quiz: string) => `sahel-explained-${quiz}-qti3.zip`,
	moodleFile: (quiz: string) => `sahel-explained-${quiz}-moodle.xml`,
};

/**
 * French translation of ./exports.ts (same keys; the build sets French typography).
 */
import type { Strings } from './strings';
import type * as en from './exports';
import type { MoodleLabels } from '../lib/moodle';
import type { QtiLabels } from '../lib/qti';

export const exportsUi: Strings<typeof en.exportsUi> = {
	qti: {
		right: 'Bonne réponse',
		wrong: 'Pas tout à fait',
		read: 'À lire :',
		true: 'Vrai',
		false: 'Faux',
	} satisfies QtiLabels,
	moodle: {
		read: 'À lire :',
		note: 'Quiz de Sahel Explained pour Moodle (Importer > Format XML Moodle). Les questions de mise en ordre utilisent le type « ordering », qui nécessite le plugin Ordering (qtype_ordering) : sans lui, Moodle les ignore à l’importation. Les questions à réponses multiples donnent des points partiels dans Moodle (chaque bonne proposition rapporte sa part, chaque mauvaise en retire une), alors que le site les note en tout ou rien.',
	} satisfies MoodleLabels,
	heading: 'Utiliser un quiz dans la plateforme de votre établissement',
	intro:
		'Chaque quiz peut être importé dans une plateforme d’apprentissage, pour que les notes arrivent dans son carnet de notes. Les fichiers sont produits à partir des mêmes questions que le site.',
	quizColumn: 'Quiz',
	download: 'Télécharger',
	qtiLink: 'Paquet QTI 3.0',
	moodleLink: 'XML Moodle',
	how: [
		[
			'Moodle',
			'Banque de questions → Importer → « Format XML Moodle » avec le fichier .xml. Chaque question est conservée, avec son explication et le lien vers la page ; les questions de mise en ordre nécessitent le plugin Ordering (sans lui, elles sont ignorées), et les questions à réponses multiples donnent des points partiels.',
		],
		[
			'Canvas',
			'Paramètres → Importer le contenu du cours → « Fichier .zip QTI » avec le paquet QTI. Canvas lit mieux QTI 1.2 et 2.x : si l’importation signale des erreurs, importez le XML Moodle dans un Moodle et exportez-le depuis celui-ci, ou utilisez la fiche d’exercices imprimable.',
		],
		[
			'Blackboard',
			'Banques de questions → Charger → le paquet QTI. Les questions à choix unique, à réponses multiples et vrai/faux sont bien importées ; les questions de mise en ordre et d’association peuvent être signalées comme non prises en charge et devoir être ressaisies.',
		],
		[
			'TAO',
			'Items ou Tests → Importer → « QTI/APIP Content Package » avec le paquet QTI. TAO lit les paquets QTI 3.0 avec tous les types de questions et leur notation.',
		],
	] as const,
	scoring:
		'Notation : un point par question, en tout ou rien, comme sur le site (sauf dans Moodle, voir ci-dessus).',
	title: (quiz: string) => `Sahel Explained : ${quiz}`,
	qtiFile: (quiz: string) => `sahel-explained-${quiz}-qti3-fr.zip`,
	moodleFile: (quiz: string) => `sahel-explained-${quiz}-moodle-fr.xml`,
};

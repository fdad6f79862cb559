/**
 * French translation of ./ui.ts (same keys; the build sets French typography).
 */
import type { Strings } from './strings';
import type * as en from './ui';
import type { PeriodId } from '../lib/timeline';
export const ui: Strings<typeof en.ui> = {
	siteName: 'Sahel Explained',
	siteTagline:
		'Le coup d’État de 2023 au Niger, l’insurrection au Sahel et la CEDEAO, expliqués, sources à l’appui.',
	skipLink: 'Passer au contenu principal',
	mainNav: 'Pages explicatives',
	moreNav: 'Plus',
	home: 'Accueil',
	timeline: 'Chronologie',
	people: 'Qui est qui',
	glossary: 'Glossaire',
	sources: 'Sources',
	about: 'À propos',
	teachers: 'Enseignants',
	finalQuiz: 'Quiz final',
	updates: 'Mises à jour',
	summary: 'Résumé',
	factsAsOf: 'Faits au',
	/** The three dates on top of an explainer, each saying what it is. */
	pageDates: 'Dates de cette page',
	factsAsOfNote: 'dernier événement couvert',
	checkedAsOf: 'Actualité vérifiée le',
	pageRevised: 'Page révisée le',
	whatChanged: 'ce qui a changé',
	updated: 'Mis à jour le',
	/** The changelog: "What's new" on each explainer, the updates page and its feed. */
	whatsNew: 'Nouveautés de cette page',
	whatsNewIntro: (date: string) =>
		`Modifications publiées le ${date}, lors de la dernière révision de la page.`,
	moreChanges: (n: number) =>
		`${n} autre${n > 1 ? 's' : ''} modification${n > 1 ? 's' : ''} de cette page`,
	updatesPageTitle: (title: string, n: number, of: number) => `${title}, partie ${n} sur ${of}`,
	updatesPagesNav: 'Parties du journal des modifications',
	allUpdates: 'Toutes les mises à jour du site',
	updateKinds: { update: 'Mise à jour', correction: 'Correction', addition: 'Ajout' },
	wrongBefore: 'Ce qui était inexact :',
	changedSections: 'Sections concernées :',
	changedPages: 'Pages concernées :',
	updateDetails: 'Dans le journal des modifications',
	feedTitle: 'Sahel Explained : mises à jour et corrections',
	feedDescription:
		'Toutes les modifications des pages de Sahel Explained, des plus récentes aux plus anciennes : faits nouveaux, nouvelles pages et corrections.',
	feedLink: 'Suivre les mises à jour (flux RSS)',
	feedItemTitle: (kind: string, pages: string) => `${kind} : ${pages}`,
	/** The "at a glance" profiles. */
	atAGlance: 'En un coup d’œil',
	atAGlanceLink:
		'Le Niger et l’AES en un coup d’œil : superficie, population, langues, exportations et dates clés.',
	profileAsOf: 'Au',
	profileChecked: (date: string) => `Vérifié à partir de ses sources le ${date}.`,
	profileSources: 'Sources :',
	readingTime: (minutes: number) => `${minutes} min de lecture`,
	wordCount: (words: number) => `${words.toLocaleString('fr')} mot${words > 1 ? 's' : ''}`,
	contents: 'Sur cette page',
	keyFacts: 'Faits clés',
	seeAlso: 'Pour aller plus loin',
	scrollableTable: 'Tableau (défile horizontalement sur les petits écrans)',
	notes: 'Sources de cette page',
	notesIntro: 'Les numéros dans le texte renvoient à ces sources.',
	sourceLabel: 'source',
	backToText: (n: number, use: number) =>
		`Retour à l’appel de note ${n}${use > 1 ? ` (${use}e occurrence)` : ''}`,
	/** The link to an explainer's quiz near the top of the page, and its entry in the contents. */
	takeQuiz: (count: number) => `Faire le quiz (${count} question${count > 1 ? 's' : ''})`,
	quizEntry: (title: string, count: number) =>
		`${title} (quiz, ${count} question${count > 1 ? 's' : ''})`,
	previous: 'Précédent',
	next: 'Suivant',
	pager: 'Autres pages explicatives',
	licence: 'Texte sous licence CC BY 4.0. Les sources appartiennent à leurs éditeurs.',
	footerNav: 'Site',
	sourceTypes: {
		primary: 'Source primaire',
		wire: 'Dépêche d’agence',
		news: 'Article de presse',
		analysis: 'Analyse',
		reference: 'Ouvrage de référence',
	},
	notFoundTitle: 'Page introuvable',
	notFoundText:
		'Il n’y a aucune page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une faute de frappe.',
	sourceLanguage: (lang: string | undefined) =>
		!lang || lang === 'en' ? 'en anglais' : lang === 'fr' ? undefined : lang,
	teachersNav: 'Enseignants',
	worksheet: 'Fiche d’exercices',
	answerKey: 'Corrigé',
	worksheetTitle: (quiz: string) => `Fiche d’exercices : ${quiz}`,
	answerKeyTitle: (quiz: string) => `Corrigé : ${quiz}`,
	worksheetIntro:
		'Répondez à chaque question. La page que ce quiz accompagne contient tout ce qu’il faut savoir.',
	answerKeyIntro:
		'Pour l’enseignant. Chaque réponse indique pourquoi elle est juste et où la page l’explique.',
	nameLine: 'Nom',
	dateLine: 'Date',
	tickOne: 'Cochez une seule réponse.',
	tickAll: 'Cochez toutes les bonnes réponses.',
	tickTrueFalse: 'Cochez vrai ou faux.',
	numberInOrder: (n: number) => `Numérotez-les de 1 (le premier) à ${n} (le dernier).`,
	writeLetter: 'Écrivez à côté de chacun la lettre de l’élément qui lui correspond.',
	explainWhy: 'Pourquoi ?',
	printThis: 'Imprimer cette page',
	objectives: 'Objectifs d’apprentissage',
	// Flesch–Kincaid measures English: the French page gives its English twin's level, and says so.
	readingLevel: (grade: number) =>
		`Niveau de lecture de la version anglaise : ${grade.toFixed(1).replace('.', ',')} (Flesch–Kincaid)`,
	discussion: 'Questions pour la discussion',
	forThisPage: 'Page par page',
	assign: 'Créer un devoir',
	results: 'Lire les codes de résultats',
	quizzesHeading: 'Fiches d’exercices et corrigés',
	via: 'via',
	/** Headings for lists of one type of source. */
	sourceTypeGroups: {
		primary: 'Sources primaires',
		wire: 'Dépêches d’agence',
		news: 'Articles de presse',
		analysis: 'Analyses',
		reference: 'Ouvrages de référence',
	},
	sourceCount: (n: number) => `${n} source${n > 1 ? 's' : ''}`,
	sourcePageTitle: (type: string, n: number, of: number) => `${type}, partie ${n} sur ${of}`,
	sourcePagesNav: 'Parties de cette liste',
	sourceTypeHelp: {
		primary:
			'Documents produits par les acteurs eux-mêmes : communiqués, traités, décisions de justice, déclarations officielles.',
		wire: 'Dépêches d’agences de presse comme l’AFP, Reuters et AP, souvent reprises par d’autres médias.',
		news: 'Articles de journaux et reportages de radios et de télévisions.',
		analysis: 'Recherches et analyses d’instituts, de projets de données et d’universitaires.',
		reference: 'Encyclopédies et ouvrages de référence.',
	},
	source: 'Source',
	mentionedIn: 'Dans les pages explicatives :',
	alsoWritten: 'Autres graphies',
	otherLanguage: 'En anglais',
	keyDates: 'Dates clés',
	peopleHeading: 'Personnalités',
	bodiesHeading: 'Institutions et groupes armés',
	themeLabel: 'Thème',
	themes: {
		'niger-politics': 'Politique nigérienne',
		ecowas: 'CEDEAO',
		security: 'Sécurité',
		'foreign-powers': 'Puissances étrangères',
	},
	/** A symbol per theme, so themes are told apart by shape as well as by colour. */
	themeSymbols: { 'niger-politics': '●', ecowas: '■', security: '▲', 'foreign-powers': '◆' },
	periods: {
		'independence-to-2011': 'De l’indépendance à 2011 : coups d’État et élections',
		'sahel-war': 'De 2012 à juillet 2023 : la guerre au Sahel et une vague de coups d’État',
		'the-coup': 'Du 26 juillet au 31 août 2023 : le coup d’État',
		'the-break':
			'De septembre 2023 à 2024 : la rupture avec la France, les États-Unis et la CEDEAO',
		'the-confederation': 'À partir de 2025 : la confédération et la transition',
	} satisfies Record<PeriodId, string>,
	byTheme: 'Aller à une période',
	/** The timeline's index and its one page per period. */
	timelinePeriods: 'La chronologie, période par période',
	eventCount: (n: number) => `${n} événement${n > 1 ? 's' : ''}`,
	eventRange: (from: string, to: string) => `du ${from} au ${to}`,
	timelinePart: (n: number, of: number) => `Partie ${n} sur ${of} de la chronologie`,
	periodPageTitle: (label: string) => `Chronologie : ${label}`,
	timelinePager: 'Autres périodes de la chronologie',
	undated: 'sans date',
	/** Maps and charts: captions, tables and legends. */
	pictures: {
		mapAsOf: 'Situation au',
		chartAsOf: 'Chiffres au',
		shapes: 'Contours des pays :',
		naturalEarth: 'Natural Earth',
		naturalEarthUrl: 'https://www.naturalearthdata.com/',
		openMap: 'Ouvrir la carte en grand',
		openChart: 'Ouvrir le graphique en grand',
		mapTable: 'Ce que montre la carte, sous forme de tableau',
		chartTable: 'Les chiffres, sous forme de tableau',
		shownAs: 'Légende',
		note: 'Ce que disent les sources',
		sources: 'Sources',
		source: 'Source',
		cases: 'Cas',
		casesSources: 'Le tableau donne la source de chaque cas.',
		total: 'Total',
		none: 'aucun',
		otherCountries: 'Autres pays',
		capital: 'Capitale',
		town: 'Ville',
		sketch: (name: string) => `${name} (tracé approximatif)`,
		band: 'Bande',
		zone: 'Zone',
	},
	/** The line under a chart, inside its image: who counted and when. */
	chartFooter: (credit: string, date: string) => `Source : ${credit}. Chiffres au ${date}.`,
};

/**
 * The quiz island's strings, kept apart so that the island's bundle carries only these.
 */
export const quizUi: Strings<typeof en.quizUi> = {
	lang: 'fr',
	questionOf: 'Question {n} sur {total}',
	check: 'Vérifier la réponse',
	checkHint: 'Choisissez une réponse pour la vérifier.',
	showAnswer: 'Afficher la réponse',
	answerIs: 'Réponse :',
	right: 'Bonne réponse.',
	wrong: 'Pas tout à fait.',
	read: 'À lire :',
	true: 'Vrai',
	false: 'Faux',
	choose: 'Choisir…',
	moveUp: 'Monter',
	moveDown: 'Descendre',
	moved: 'Déplacé en position {position} sur {total} : {item}.',
	score: {
		one: 'Vous avez {count} bonne réponse sur {total}.',
		other: 'Vous avez {count} bonnes réponses sur {total}.',
	},
	scoreHeading: 'Votre score',
	review: 'Revoir mes erreurs',
	reviewing: {
		one: 'Seule la question que vous avez manquée est affichée.',
		other: 'Seules les {count} questions que vous avez manquées sont affichées.',
	},
	showAll: 'Afficher toutes les questions',
	tryAgain: 'Réessayer',
	clear: 'Effacer mes réponses',
	sure: 'Effacer toutes vos réponses à ce quiz ? Cette action est irréversible.',
	yesClear: 'Oui, effacer',
	cancel: 'Annuler',
	cleared: 'Vos réponses ont été effacées.',
	restarted: 'Nouvelle tentative : les propositions ont été mélangées à nouveau.',
	noticeCorrupt:
		'Vos réponses enregistrées pour ce quiz n’ont pas pu être lues : elles ont été mises de côté. Vous pouvez recommencer.',
	noticeStale:
		'Ce quiz a changé depuis votre dernier enregistrement : vos anciennes réponses ont été mises de côté.',
	progress: 'Questions vérifiées : {checked} sur {total}',
	rightAnswer: 'La bonne réponse :',
	/**
	 * What a checked option says, by what the reader did with it and what was right:
	 * index 2 × (picked or ticked) + (right answer).
	 */
	marks: {
		radio: ['', 'La bonne réponse', 'Votre réponse : fausse', 'Votre réponse : juste'],
		checkbox: [
			'Non cochée, à juste titre',
			'Oubliée : il fallait la cocher',
			'Cochée, mais il ne fallait pas',
			'Cochée, à juste titre',
		],
	},
	placeRight: 'À la bonne place',
	placeWrong: 'À placer en position {position}',
	pairRight: 'Bonne association',
	pairWrong: 'Mauvaise association. La bonne :',
	savedLocally: 'Vos réponses sont enregistrées dans ce navigateur uniquement.',
};

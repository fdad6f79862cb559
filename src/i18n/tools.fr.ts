/**
 * French translation of ./tools.ts (same keys; the build sets French typography).
 */
import type { Strings } from './strings';
import type * as en from './tools';
import type { LinkProblem } from '../lib/assignment';
import type { LineProblem } from '../lib/results-table';
export const toolsUi: Strings<typeof en.toolsUi> = {
	lang: 'fr',
	needsJs: 'Cet outil a besoin de JavaScript. Tout ce qu’il fait reste dans votre navigateur.',
	title: 'Titre',
	titleHint: 'Ce que verront vos élèves, par exemple « Niger : semaine 3 ».',
	classLabel: 'Classe (facultatif)',
	due: 'Date limite (facultatif)',
	read: 'Pages à lire',
	quiz: 'Quiz',
	pageQuiz: 'Le quiz d’une page',
	finalQuiz: 'Le quiz final',
	picks: 'Des questions de mon choix',
	whichPage: 'Quelle page',
	chooseQuestions: 'Choisir les questions',
	picked: 'Questions choisies : {count} sur {total}',
	pickAll: 'Choisir toutes les questions de cette page',
	unpickAll: 'Retirer toutes les questions de cette page',
	tooMany: 'Un devoir compte au plus 40 questions : retirez-en quelques-unes.',
	linkUpdated:
		'Mis à jour : le lien et le code QR tiennent maintenant compte de vos modifications. Un lien partagé auparavant ouvre toujours l’ancienne version.',
	linkStale: 'Périmé : le formulaire a changé depuis la création de ce lien.',
	enlargeQr: 'Afficher le code QR en grand',
	close: 'Fermer',
	readResults: 'Lire les résultats de ce devoir',
	create: 'Créer le lien',
	link: 'Lien du devoir',
	copy: 'Copier',
	copied: 'Copié.',
	copyFailed: 'Copie impossible : sélectionnez le texte et copiez-le vous-même.',
	open: 'L’ouvrir en tant qu’élève',
	qr: 'Code QR du lien du devoir',
	qrHelp:
		'Les élèves peuvent le scanner avec l’appareil photo d’un téléphone au lieu de taper le lien.',
	needTitle: 'Donnez un titre au devoir.',
	needQuestions: 'Choisissez au moins une question.',
	fragmentNote:
		'Le devoir est contenu dans le lien lui-même, après le signe #, si bien qu’il n’arrive jamais sur aucun serveur.',
	loading: 'Ouverture du devoir…',
	linkProblems: {
		missing:
			'Cette page a besoin d’un lien de devoir donné par votre enseignant. Le lien que vous avez ouvert ne contient aucun devoir.',
		malformed:
			'Ce lien de devoir est abîmé ou incomplet. Demandez à votre enseignant de vous le renvoyer, et copiez-le en entier.',
		newer:
			'Ce devoir a été créé avec une version plus récente du site. Rechargez la page ; si cela ne suffit pas, demandez un nouveau lien à votre enseignant.',
		invalid: 'Ce lien de devoir n’est pas valide. Demandez à votre enseignant de le recréer.',
		outdated:
			'Ce devoir renvoie à une page ou à une question que le site ne contient plus. Demandez un nouveau lien à votre enseignant.',
		offline:
			'Les questions n’ont pas pu être chargées. Vérifiez votre connexion et rechargez la page.',
	} satisfies Record<LinkProblem | 'outdated' | 'offline', string>,
	goHome: 'Aller à la page d’accueil',
	problemHeading: 'Impossible d’ouvrir ce devoir',
	dueOn: 'Date limite',
	forClass: 'Classe',
	readingList: 'Lisez ces pages',
	readingHint: 'Ouvrez chaque page, lisez-la, puis revenez ici et cochez « Lu ».',
	ticksCorrupt:
		'Les pages que vous aviez cochées dans cette liste de lecture n’ont pas pu être lues : elles ont été mises de côté. Cochez à nouveau les pages que vous avez lues.',
	barLabel: 'Votre devoir',
	barPart: 'Fait partie de votre devoir',
	quoteOpen: '« ',
	quoteClose: ' »',
	barCounts: 'Le quiz en bas de cette page compte pour le devoir.',
	barElsewhere: 'Son quiz se trouve sur la page du devoir.',
	barBack: 'Retour au devoir',
	clearDevice: 'Terminé — effacer mes données de cet appareil pour l’élève suivant',
	clearTitle: 'Effacer vos données de cet appareil ?',
	clearText:
		'Cela supprime de cet appareil votre nom, vos réponses, les pages que vous avez cochées et votre code de résultats. Donnez d’abord votre code à votre enseignant.',
	clearYes: 'Oui, effacer mes données',
	clearNo: 'Annuler',
	cleared: 'Vos données ont été effacées de cet appareil : l’élève suivant peut commencer.',
	done: 'Lu',
	yourName: 'Votre nom',
	nameHint: 'Conservé sur cet appareil uniquement. Il figure dans votre code de résultats.',
	takeQuiz: 'Faire le quiz',
	resultsCode: 'Votre code de résultats',
	resultsCodeHelp:
		'Donnez ce code à votre enseignant : copiez-le dans un message, ou lisez-le à voix haute. Il contient votre nom, vos réponses, les pages que vous avez cochées comme lues et le moment où vous avez terminé.',
	needName: 'Tapez votre nom ci-dessus pour obtenir votre code de résultats.',
	printSummary: 'Imprimer un récapitulatif',
	score: 'Score : {right} sur {total}',
	pasteLink: 'Le lien du devoir',
	pasteLinkHint:
		'Le lien que vous avez partagé avec la classe : il indique à cette page à quelles questions correspondent les codes.',
	readerLinkProblems: {
		missing:
			'Collez dans la première case le lien du devoir que vous avez donné à vos élèves (il se termine par #a= suivi d’un long code), puis affichez de nouveau les résultats. Vous l’avez perdu ? Ouvrez-le depuis votre message à la classe, ou recréez le devoir avec les mêmes choix : les mêmes choix donnent le même lien.',
		malformed:
			'Ce lien de devoir est incomplet ou a été modifié. Copiez le lien en entier depuis le message que vous avez envoyé à votre classe.',
		newer:
			'Ce lien de devoir a été créé par une version plus récente du site. Rechargez cette page et réessayez.',
		invalid:
			'Ce n’est pas un lien de devoir de ce site. Copiez le lien depuis le message que vous avez envoyé à votre classe.',
		outdated:
			'Ce devoir renvoie à une page ou à une question que le site ne contient plus : ses codes ne peuvent donc pas être rapprochés des questions.',
	} satisfies Record<LinkProblem | 'outdated', string>,
	makeAssignment: 'Créer un devoir',
	summaryRows: { one: '{count} élève pris en compte', other: '{count} élèves pris en compte' },
	summaryProblems: {
		one: '{count} code n’a pas pu être compté',
		other: '{count} codes n’ont pas pu être comptés',
	},
	summaryNoCode: { one: '{count} ligne sans code', other: '{count} lignes sans code' },
	noCodeHeading: {
		one: '{count} ligne ne contient aucun code',
		other: '{count} lignes ne contiennent aucun code',
	},
	pagesRead: 'Pages lues',
	readUnknown: 'inconnu (code plus ancien, antérieur à l’enregistrement des lectures)',
	csvSeparator: 'Fichier de tableur pour',
	comma: 'Excel en anglais (séparateur : la virgule)',
	semicolon:
		'Excel en français ou dans une autre langue européenne (séparateur : le point-virgule)',
	pasteCodes: 'Codes de résultats',
	pasteCodesHint:
		'Collez ou tapez les codes, ou des messages entiers : les majuscules, les espaces et les tirets n’ont pas d’importance.',
	readCodes: 'Afficher les résultats',
	byStudent: 'Résultats par élève',
	byQuestion: 'Part des élèves ayant bien répondu, par question',
	student: 'Élève',
	scoreHeading: 'Score',
	finished: 'Terminé',
	question: 'Q{n}',
	right: 'juste',
	wrong: 'faux',
	shareRight: '{percent} %',
	csv: {
		name: 'Nom',
		score: 'Score',
		outOf: 'Sur',
		pagesRead: 'Pages lues',
		read: 'Lu : {title}',
		question: 'Q{n} : {text}',
		finished: 'Terminé (UTC)',
		shareRight: 'Bonnes réponses (%)',
		file: 'resultats',
	},
	downloadCsv: 'Télécharger en CSV',
	problemsHeading: 'Lignes qui n’ont pas pu être lues',
	codeProblems: {
		empty: 'il n’y a pas de code ici.',
		characters:
			'ce code contient des caractères qu’un code ne contient jamais : il a sans doute été mal recopié. Demandez à l’élève de le copier à nouveau.',
		checksum:
			'ce code a été mal recopié ou modifié (sa clé de contrôle ne correspond pas). Demandez à l’élève de le copier à nouveau.',
		newer:
			'ce code a été créé par une version plus récente du site. Rechargez cette page et réessayez.',
		truncated:
			'ce code est trop court : il est coupé, ou un caractère a été oublié. Demandez à l’élève de le copier en entier.',
		other: 'ce code correspond à un autre devoir (vérifiez le lien ci-dessus).',
		duplicate:
			'cet élève a déjà un code sur une ligne précédente : celui-ci n’est donc pas pris en compte.',
		length:
			'ce code ne correspond pas au nombre de questions ou de pages de ce devoir (vérifiez le lien ci-dessus).',
	} satisfies Record<LineProblem, string>,
	line: 'Ligne {n}',
	securityNote:
		'Les codes de résultats servent à faciliter le travail en classe, pas à sécuriser un examen. Rien de ce que vous collez ici ne quitte cet appareil.',
};

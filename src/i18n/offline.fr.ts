/**
 * French translation of ./offline.ts (same keys; the build sets French typography).
 */
import type { Strings } from './strings';
import type * as en from './offline';
export const offlineUi: Strings<typeof en.offlineUi> = {
	dateLocale: 'fr-FR',
	heading: 'Lire sans connexion',
	homeBefore:
		'Enregistrez sur cet appareil les pages explicatives avec leurs quiz, la chronologie, le « Qui est qui », le glossaire et le Niger en un coup d’œil :',
	assignmentBefore: 'Enregistrez sur cet appareil ce devoir, ses pages et son quiz :',
	sizeAfter:
		'à télécharger (taille compressée). Rien n’est téléchargé tant que vous n’appuyez pas sur le bouton.',
	save: 'Enregistrer pour lire hors connexion',
	remove: 'Supprimer la copie hors connexion',
	/** A download's size, as the reader sees it before saving. */
	about: (bytes: number) =>
		bytes >= 1_000_000
			? `environ ${(bytes / 1_000_000).toFixed(1).replace('.', ',')} Mo`
			: `environ ${Math.max(1, Math.round(bytes / 1000))} ko`,
	updated: (when: string) =>
		`Votre copie hors connexion a été mise à jour avec la dernière version du site le ${when}.`,
	saved: (when: string, pages: number) =>
		`Enregistré sur cet appareil le ${when} (${pages} page${pages > 1 ? 's' : ''}).`,
	noAssignment: 'Ouvrez le lien que votre enseignant vous a donné pour l’enregistrer.',
	saving: 'Enregistrement…',
	failed: 'Échec de l’enregistrement : vérifiez votre connexion et réessayez.',
	removed: 'La copie hors connexion a été supprimée de cet appareil.',
	pageTitle: 'Vous êtes hors connexion',
	pageDescription:
		'Cette page n’a pas été enregistrée sur cet appareil. Les pages enregistrées pour la lecture hors connexion peuvent toujours être lues.',
	pageIntro:
		'Cette page n’a pas été enregistrée sur cet appareil : elle ne peut donc pas s’ouvrir sans connexion. Réessayez quand vous serez de nouveau en ligne.',
	savedHeading: 'Pages que vous pouvez lire hors connexion',
	savedIntro:
		'Si vous avez enregistré le site depuis la page d’accueil, ces pages se trouvent sur cet appareil :',
	assignmentHint:
		'Si vous avez enregistré un devoir, rouvrez-le depuis le lien que votre enseignant vous a donné (ou depuis l’historique de votre navigateur) : ses pages et son quiz fonctionnent hors connexion, et vos réponses et votre code de résultats restent sur cet appareil.',
};

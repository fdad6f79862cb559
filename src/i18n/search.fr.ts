/**
 * French translation of ./search.ts (same keys; the build sets French typography).
 */
import type { Strings } from './strings';
import type * as en from './search';
export const searchUi: Strings<typeof en.searchUi> = {
	label: 'Rechercher sur le site',
	button: 'Rechercher',
	placeholder: 'Un nom, un lieu, un terme…',
	title: 'Recherche',
	description:
		'Recherchez dans les pages explicatives, le glossaire, le « Qui est qui » et la chronologie de Sahel Explained.',
	needsJs:
		'L’affichage des résultats a besoin de JavaScript. Sans lui, le glossaire, le « Qui est qui » et la chronologie présentent chacun sur une seule page tous les termes, toutes les personnes et tous les événements.',
	loading: 'Recherche en cours…',
	empty: 'Tapez un mot pour lancer la recherche.',
	count: (n: number, query: string) =>
		n === 0
			? `Aucun résultat pour « ${query} ». Essayez une autre orthographe, ou un mot plus court.`
			: `${n} ${n > 1 ? 'résultats' : 'résultat'} pour « ${query} ».`,
	failed:
		'La recherche n’a pas pu démarrer. Rechargez la page ; si vous êtes hors connexion, le glossaire, le « Qui est qui » et la chronologie fonctionnent toujours.',
	kinds: { Glossary: 'Glossaire', People: 'Qui est qui', Timeline: 'Chronologie' },
	page: 'Page',
};

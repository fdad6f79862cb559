/**
 * Every interface string of both languages, for the pages (which are built on the server):
 * `const { ui } = dictionary(Astro.currentLocale)`. Islands get their words from here too, as data
 * in their JSON props; the two scripts whose words are code (search, save for offline) import
 * only their own language's module, so a page's JavaScript never carries the other language.
 */
import { langOf, type Lang } from './lang';
import { ui, quizUi } from './ui';
import { toolsUi } from './tools';
import { searchUi } from './search';
import { offlineUi } from './offline';
import { exportsUi } from './exports';
import * as uiFr from './ui.fr';
import * as toolsFr from './tools.fr';
import * as searchFr from './search.fr';
import * as offlineFr from './offline.fr';
import * as exportsFr from './exports.fr';

const en = { ui, quizUi, toolsUi, searchUi, offlineUi, exportsUi };
export type Dictionary = typeof en;

/** The French strings (their typography is set on the built pages: integrations/french-typography). */
const fr = {
	ui: uiFr.ui,
	quizUi: uiFr.quizUi,
	toolsUi: toolsFr.toolsUi,
	searchUi: searchFr.searchUi,
	offlineUi: offlineFr.offlineUi,
	exportsUi: exportsFr.exportsUi,
} as unknown as Dictionary;

export const dictionaries: Record<Lang, Dictionary> = { en, fr };

/** The strings of a page's language, from `Astro.currentLocale` or a `Lang`. */
export function dictionary(locale: string | undefined): Dictionary {
	return dictionaries[langOf(locale)];
}

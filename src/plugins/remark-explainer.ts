/**
 * The remark plugin that turns an explainer's MDX into a page. It composes one module per job,
 * run in this order:
 * - heading-ids.ts: explicit section ids;
 * - citations.ts: numbered citations, with the key facts lists and figures recorded;
 * - page-links.ts: French pages' links to French pages, `/timeline/#id` to the event's page;
 * - glossary-links.ts: the first mention of each glossary term links to its entry;
 * - time-dates.ts: `<time>` around written dates (the first of an event's date links to it);
 * - reading-stats.ts: word count, reading time and level.
 * What they learn about the page is left in `remarkPluginFrontmatter.explainer`, which `src/data/`
 * parses (src/schemas/explainer-facts.ts) to check the content's integrity.
 */
import type { Root } from 'mdast';
import type { DateLang } from '../lib/dates';
import type { ExplainerFacts } from '../schemas/explainer-facts';
import { citations } from './citations';
import { glossaryLinks, termPattern, type GlossaryTarget } from './glossary-links';
import { headingIds } from './heading-ids';
import { dateLinker, pageLinks, timelineAddresses, type TimelineTarget } from './page-links';
import { readingStats } from './reading-stats';
import { timeDates } from './time-dates';

export type { ExplainerFacts } from '../schemas/explainer-facts';

interface VFileLike {
	path?: string;
	data: { astro?: { frontmatter?: Record<string, unknown> } };
}

/** A file of the French edition: `content/fr/explainers/…`, `content/fr/pages/…`. */
export function isFrenchFile(path: string | undefined): boolean {
	return /(^|[\\/])fr[\\/](explainers|pages)[\\/]/.test(path ?? '');
}

/** What the plugin links to: glossary terms and timeline events, read from the content. */
export interface LinkTargets {
	/** Glossary entries: the first mention of `term` or a variant on a page links to `/glossary/#id`. */
	glossary?: GlossaryTarget[];
	/**
	 * Timeline events: the first mention of an event's full date links to the event on its
	 * period's page, `/timeline/<period>/#id`; a link written as `/timeline/#id` is sent there too.
	 */
	timeline?: TimelineTarget[];
	/** The same for the French edition's pages, whose links also go to `/fr/` pages. */
	fr?: Omit<LinkTargets, 'fr'>;
}

/** The patterns and addresses one edition's pages link with. */
function prepareTargets(targets: Omit<LinkTargets, 'fr'>) {
	return {
		terms: termPattern(targets.glossary ?? []),
		timeline: timelineAddresses(targets.timeline ?? []),
	};
}

/** The one remark plugin explainers need (see the module comment). */
export function remarkExplainer(targets: LinkTargets = {}) {
	const editions = {
		en: prepareTargets(targets),
		fr: prepareTargets(targets.fr ?? {}),
	};
	return (tree: Root, file: VFileLike) => {
		const lang: DateLang = isFrenchFile(file.path) ? 'fr' : 'en';
		const { terms, timeline } = editions[lang];
		const prefix = lang === 'fr' ? '/fr' : '';

		const headings = headingIds(tree);
		const cited = citations(tree);
		pageLinks(tree, timeline, prefix);
		glossaryLinks(tree, terms, prefix);
		timeDates(tree, lang, dateLinker(timeline, prefix));
		const stats = readingStats(tree);

		const facts: ExplainerFacts = {
			citations: cited.citations,
			citationUses: cited.citationUses,
			keyFacts: cited.keyFacts,
			figures: cited.figures,
			sections: headings.sections,
			headingsWithoutId: headings.headingsWithoutId,
			words: stats.words,
			minutes: stats.minutes,
			grade: stats.grade,
		};
		file.data.astro ??= {};
		file.data.astro.frontmatter ??= {};
		file.data.astro.frontmatter.explainer = facts;
	};
}

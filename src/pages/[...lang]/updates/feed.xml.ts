/**
 * The changelog as an RSS feed (`/updates/feed.xml`): one item per entry of
 * `content/updates.yaml`, newest first, every link absolute (built from the `site` setting).
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { editionPaths, siteFor } from '../../../data/site';
import { dictionary } from '../../../i18n';
import { required } from '../../../lib/required';

/** One feed per language: `/updates/feed.xml`, `/fr/updates/feed.xml`. */
export const getStaticPaths = editionPaths;

export function GET(context: APIContext) {
	const { lang } = context.props as { lang: string };
	const site = siteFor(lang);
	const { ui } = dictionary(lang);
	const base = required(
		context.site,
		'astro.config.mjs has no `site`: the feed needs it to make its links absolute',
	);
	const absolute = (path: string) => new URL(path, base).href;
	const escape = (text: string) =>
		text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	return rss({
		title: ui.feedTitle,
		description: ui.feedDescription,
		site: base,
		trailingSlash: true,
		items: site.updates.map((update) => {
			const pages = update.pages.map((slug) => site.pageLink(slug));
			const sections = update.sections.map((value) => site.sectionLink(value));
			const links = (sections.length > 0 ? sections : pages).map(
				(link) => `<a href="${absolute(link.href)}">${escape(link.title)}</a>`,
			);
			return {
				title: ui.feedItemTitle(
					ui.updateKinds[update.kind],
					pages.map((page) => page.title).join(', '),
				),
				// Unique per entry, so it doubles as the item's guid.
				link: absolute(site.updateHref(update.id)),
				pubDate: new Date(`${update.date}T00:00:00Z`),
				description: update.text,
				content: [
					`<p>${escape(update.text)}</p>`,
					update.wrong ? `<p>${escape(ui.wrongBefore)} ${escape(update.wrong)}</p>` : '',
					`<p>${escape(sections.length > 0 ? ui.changedSections : ui.changedPages)} ${links.join(', ')}</p>`,
				].join(''),
				categories: [update.kind],
			};
		}),
		customData: '<language>en-gb</language>',
	});
}

/**
 * Lookups the build cannot go on without. A map or index lookup may miss (the content can leave
 * a page or a quiz out); where a route needs what it looks up, these stop the build with a
 * message naming what is missing and who needs it, instead of a bare `!` and a later TypeError.
 */

/** `value`, or an error saying `missing` when it is not there (`undefined` or `null`). */
export function required<T>(value: T | null | undefined, missing: string): T {
	if (value === undefined || value === null) throw new Error(missing);
	return value;
}

/** A page of `content/pages/` (`content/fr/pages/` in French) that `needer` is built from. */
export function requiredPage<P>(
	site: { dir: string; pages: ReadonlyMap<string, P> },
	name: string,
	needer: string,
): P {
	return required(
		site.pages.get(name),
		`${site.dir}/pages/${name}.mdx is missing: ${needer} needs it`,
	);
}

/** The final quiz (the quiz file with `picks`), which `needer` is built from. */
export function requiredFinalQuiz<Q>(
	site: { dir: string; quizIndex: { final?: Q } },
	needer: string,
): Q {
	return required(
		site.quizIndex.final,
		`the final quiz is missing: ${needer} needs a file in ${site.dir}/quizzes/ with \`picks\``,
	);
}

/** The quiz that follows the explainer `slug`, which `needer` is built from. */
export function requiredQuiz<Q>(
	site: { dir: string; quizIndex: { byExplainer: ReadonlyMap<string, Q> } },
	slug: string,
	needer: string,
): Q {
	return required(
		site.quizIndex.byExplainer.get(slug),
		`${site.dir}/quizzes/${slug}.yaml is missing: ${needer} needs the quiz of the explainer "${slug}"`,
	);
}

/**
 * A source of `content/sources.yaml` that `citer` cites, as the edition shows it (in French, its
 * French original when it has one).
 */
export function requiredSource<S>(
	site: { sourceFor: (id: string) => S | undefined },
	id: string,
	citer: string,
): S {
	return required(
		site.sourceFor(id),
		`the source "${id}" is missing from content/sources.yaml: ${citer} cites it`,
	);
}

/**
 * The types of the dictionaries islands are given: an island takes its words as a prop `t`, plain
 * data that travels in its JSON props (templates, see src/lib/message.ts), so that the page's
 * JavaScript carries no language and each page sends only its own.
 */
import type { Strings } from './strings';
import type { quizUi } from './ui';
import type { toolsUi } from './tools';

export type QuizStrings = Strings<typeof quizUi>;
export type ToolsStrings = Strings<typeof toolsUi>;

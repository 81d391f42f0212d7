/** Page furniture: the labels and slugs of news pages ("UPDATE", "Live", "Analysis"). Lower case. */
import { joinLists, wordList } from '../registry.js';

/** Labels a news page or wire puts before a headline or a story ("Update:", "LIVE", "Analysis |",
 *  "Photos"). */
export const STORY_LABELS = wordList('en/furniture.STORY_LABELS', ['update', 'updated', 'breaking', 'exclusive', 'watch', 'photo', 'photos', 'video', 'live', 'opinion', 'analysis']);

/** Capitalised openings of a paragraph that are slugs or labels, never a dateline's place
 *  ("EDITORS NOTE", "CORRECTION", "By", "Reporting"). */
export const SLUGS_AND_LABELS: ReadonlySet<string> = new Set(joinLists(
  STORY_LABELS,
  wordList('en/furniture.SLUGS', ['editors', 'editor', 'note', 'dear abby', 'correction', 'refile', 'urgent', 'flash', 'advisory', 'lead', 'news', 'comment', 'review', 'interview', 'tags', 'share', 'related', 'home', 'menu', 'by', 'reporting', 'source', 'sources']),
));

/** Labels before a headline's colon that name a format, not a speaker ("Explainer: …",
 *  "Q&A: …", "Live: …"), any case. */
export const HEADLINE_LABELS: readonly string[] = joinLists(STORY_LABELS, wordList('en/furniture.HEADLINE_FORMAT_LABELS', ['explainer', 'factbox', 'timeline', 'q&a']));

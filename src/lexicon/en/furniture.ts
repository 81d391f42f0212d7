/** Page furniture: the labels and slugs of news pages ("UPDATE", "Live", "Analysis"). Lower case. */
import { derivedList, joinLists, wordList, wordPick } from '../registry.js';
import { CREDITS } from '../shared/agencies.js';

/** Labels a news page or wire puts before a headline or a story ("Update:", "LIVE", "Analysis |",
 *  "Photos"). */
export const STORY_LABELS = wordList('en/furniture.STORY_LABELS', ['update', 'updated', 'breaking', 'exclusive', 'watch', 'photo', 'photos', 'video', 'live', 'opinion', 'analysis']);

/** Capitalised openings of a paragraph that are slugs or labels, never a dateline's place
 *  ("EDITORS NOTE", "CORRECTION", "By", "Reporting"). */
export const SLUGS_AND_LABELS: ReadonlySet<string> = derivedList('en/furniture.SLUGS_AND_LABELS', new Set(joinLists(
  STORY_LABELS,
  wordList('en/furniture.SLUGS', ['editors', 'editor', 'note', 'dear abby', 'correction', 'refile', 'urgent', 'flash', 'advisory', 'lead', 'news', 'comment', 'review', 'interview', 'tags', 'share', 'related', 'home', 'menu', 'by', 'reporting', 'source', 'sources']),
)));

/** Labels before a headline's colon that name a format, not a speaker ("Explainer: …",
 *  "Q&A: …", "Live: …"), any case. */
export const HEADLINE_LABELS: readonly string[] = joinLists(STORY_LABELS, wordList('en/furniture.HEADLINE_FORMAT_LABELS', ['explainer', 'factbox', 'timeline', 'q&a']));

/** Words after "cookie(s)" on a cookie banner line ("we use cookies … accept", "cookie policy"). */
export const COOKIE_CONSENT_WORDS = wordList('en/furniture.COOKIE_CONSENT_WORDS', ['accept', 'consent', 'agree', 'policy', 'settings', 'preferences', 'use', 'experience']);

/** Words of a photo caption's credit in brackets ("(AFP)", "[Reuters/Gleb Garanich]", "(Photo:
 *  handout)"): photo words and the agencies and photo libraries that credit pictures, any case. */
export const CAPTION_CREDIT_WORDS: readonly string[] = joinLists(
  wordPick('en/furniture.PHOTO_WORDS', STORY_LABELS, ['photo', 'photos']),
  wordList('en/furniture.IMAGE_WORDS', ['image', 'images']),
  wordPick('en/furniture.CAPTION_AGENCIES', CREDITS, ['afp', 'ap', 'reuters', 'aa', 'associated press', 'pa', 'efe', 'xinhua', 'tass', 'ria novosti', 'sputnik', 'anadolu']),
  wordList('en/furniture.PHOTO_CREDITS', ['getty', 'handout', 'pa wire', 'epa', 'via', 'credit', 'courtesy', 'file', 'pool', 'shutterstock', 'depositphotos']),
);

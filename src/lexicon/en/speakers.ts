/** Who speaks in news copy besides named people: documents, relations, groups ("the report
 *  said", "her mother said", "officials said"). Lower case. */
import { wordSet } from '../registry.js';

/**
 * Documents and statements that speak for whoever issued them: "the report said", "the union's
 * Friday release", "the suit says". Read as speaker heads (quotes) and as what a possessive
 * owner speaks through (attribution).
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = wordSet('en/speakers.DOCUMENT_NOUNS', [
  'release', 'statement', 'report', 'post', 'tweet', 'letter', 'website', 'email', 'e-mail', 'memo', 'notice', 'announcement', 'filing', 'complaint', 'lawsuit', 'suit', 'claim',
  'study', 'survey', 'poll', 'data', 'figures', 'records', 'document', 'documents', 'findings', 'assessment', 'review', 'audit', 'research', 'investigation', 'analysis', 'summary',
  'account', 'page', 'blog', 'article', 'paper', 'newsletter', 'bulletin', 'advisory', 'guideline', 'guidance', 'reply', 'response', 'comment', 'comments', 'remark', 'remarks', 'message',
  'indictment', 'ruling', 'judgment', 'judgement', 'decision', 'petition', 'motion', 'affidavit', 'warrant', 'press service', 'press office', 'spokesman', 'spokeswoman', 'spokesperson',
]);

/** Whether a phrase ends with a document noun ("Facebook's statement", "the ministry's press service"). */
export function endsWithDocumentNoun(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
  return DOCUMENT_NOUNS.has(words[words.length - 1] ?? '') || DOCUMENT_NOUNS.has(words.slice(-2).join(' '));
}

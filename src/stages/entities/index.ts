/**
 * entities: people and organisations of the article body, clustered, with roles, plus the
 * dateline's agency as an organisation.
 */
import type { TextRange } from '../../document.js';
import type { Sentence } from '../segment.js';
import type { DatelineAnnotation } from '../dateline/index.js';
import { candidatesInSentence, type Candidate } from './candidates.js';
import { clusterCandidates, type EntityCluster } from './cluster.js';
import { attachRoles } from './roles.js';

/** Words the document writes in lower case: capitalised elsewhere, they are not names. */
function lowerCaseWords(text: string, sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  const re = /(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]{2,}/gu;
  for (const s of sentences) {
    const t = text.slice(s.start, s.end);
    for (let m = re.exec(t); m; m = re.exec(t)) out.add(m[0]);
  }
  return out;
}

export type { EntityCluster, EntityMention, RoleAnnotation } from './cluster.js';

/**
 * Find the entities of the sentences in scope.
 * @param exclude ranges that are not names (titles in quote marks, the dateline)
 * @param anchors speaker phrases of quotes (a name there is a person or organisation)
 */
export function findEntities(text: string, sentences: readonly Sentence[], exclude: readonly TextRange[], anchors: readonly TextRange[], dateline: DatelineAnnotation | null): EntityCluster[] {
  const candidates: Candidate[] = [];
  if (dateline?.agency && dateline.agencyRange) {
    candidates.push({ ...dateline.agencyRange, text: text.slice(dateline.agencyRange.start, dateline.agencyRange.end), type: 'organization', title: null, method: 'agency', sentenceInitial: false });
  }
  const ctx = { lowerWords: lowerCaseWords(text, sentences) };
  for (const s of sentences) candidates.push(...candidatesInSentence(text, s, exclude, anchors, ctx));
  const clusters = clusterCandidates(text, candidates);
  const sentenceOf = (pos: number) => sentences.find((s) => pos >= s.start && pos < s.end);
  attachRoles(text, clusters, sentenceOf);
  return clusters;
}

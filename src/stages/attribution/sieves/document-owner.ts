/**
 * document-owner: "the union's Friday release", "Facebook's statement": the owner of the
 * document speaks. The owner phrase is handed to the other sieves, so the method reported is
 * the one that resolved the owner (explicit, according-to, description …); when the owner
 * names no entity, the description sieve reads the whole phrase.
 */
import { endsWithDocumentNoun } from '../../../lexicon/en/speakers.js';
import { OWNER_DETERMINER_START } from '../../../lexicon/patterns.js';
import { defineSieve } from '../sieve.js';

export const documentOwner = defineSieve({
  name: 'document-owner',
  summary: "the owner of a document that speaks: according to the union's release",
  confidence: {},
  apply(q, ctx, np) {
    if (np?.kind !== 'description') return undefined;
    const owner = /^(.+?)['’]s\s+\S/u.exec(np.text);
    if (!owner || owner[1]!.split(/\s+/).length > 6 || !endsWithDocumentNoun(np.text)) return undefined;
    const o = owner[1]!;
    const kind = OWNER_DETERMINER_START.test(o) || !/^\p{Lu}/u.test(o) ? 'description' : 'name';
    const r = ctx.resolvePhrase(q, { start: np.start, end: np.start + o.length, kind, text: o });
    return r?.entity ? { ...r, mention: np } : undefined;
  },
});

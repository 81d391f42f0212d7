/**
 * The only file that imports compromise. It is used at BUILD time: scripts/build-lexicon.ts
 * snapshots compromise's lexicon (names, places, role nouns, common words) into
 * src/generated/lexicon.json. The runtime never loads compromise: its import costs ~0.45 s
 * and a full parse ~50 ms per 3 KB article, while a lexicon lookup costs nanoseconds.
 */
import nlp from 'compromise';

/** compromise's lexicon as word -> tags, plus its organisation and place head words. */
export function readCompromiseLexicon(): {
  lexicon: Record<string, string | string[]>;
  orgWords: string[];
  placeWords: string[];
  version: string;
} {
  const world = nlp.world() as unknown as {
    model: {
      one: { lexicon: Record<string, string | string[]>; frozenLex?: Record<string, string | string[]> };
      two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
    };
  };
  const lexicon = { ...world.model.one.lexicon, ...(world.model.one.frozenLex ?? {}) };
  return {
    lexicon,
    orgWords: Object.keys(world.model.two.orgWords),
    placeWords: Object.keys(world.model.two.placeWords),
    version: (nlp as unknown as { version: string }).version,
  };
}

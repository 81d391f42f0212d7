/**
 * The analysis as an ordered list of stages, as spaCy lists its components and CoreNLP its
 * annotators. Each stage reads the document and what the stages before it produced, and
 * returns its own annotations; it never changes another stage's. `analyzeArticle` is:
 * normalise the input, run this list, assemble the record (src/analyze.ts).
 */
import type { Doc } from './document.js';
import type { ResolvedOptions } from './schema.js';
export { defineStage, type Stage } from './stage.js';
import { segmentStage } from './stages/segment.js';
import { layoutStage } from './stages/layout/index.js';
import { quotesStage } from './stages/quotes/index.js';
import { entitiesStage } from './stages/entities/index.js';
import { attributionStage } from './stages/attribution/index.js';
import { languageStage } from './stages/language/index.js';

/** The stages in the order they run. */
export const PIPELINE = [segmentStage, layoutStage, quotesStage, entitiesStage, attributionStage, languageStage] as const;

type AnyStage = (typeof PIPELINE)[number];
/** The name of a stage of the pipeline. */
export type StageName = AnyStage['name'];
/** What every stage produced, by stage name. */
export type Annotations = { [S in AnyStage as S['name']]: ReturnType<S['run']> };

/** Where a stage reads annotations no earlier stage produced: a mistake in PIPELINE's order. */
export function orderProblems(stages: ReadonlyArray<{ name: string; needs: readonly string[] }> = PIPELINE): string[] {
  const done = new Set<string>();
  const out: string[] = [];
  for (const s of stages) {
    for (const n of s.needs) if (!done.has(n)) out.push(`${s.name} needs ${n}, which no earlier stage produces`);
    done.add(s.name);
  }
  return out;
}

/** Options of runPipeline beyond the analysis options. */
export interface RunOptions<Until extends StageName = StageName> {
  /** Stop after this stage (training and tests read the annotations up to a point). */
  until?: Until;
  /** Freeze each stage's annotations before the next one runs, so that a stage changing
   *  another's throws (for tests; it costs time). Default false. */
  freeze?: boolean;
  /** Stages whose annotations come from elsewhere: the HTML path gives the layout it read
   *  from the page's markup (src/html/page-layout.ts). */
  given?: { readonly [Name in StageName]?: (doc: Doc, upstream: Record<string, unknown>) => unknown };
}

/** Run the stages in order over a normalised document; every stage's annotations by name. */
export function runPipeline(doc: Doc, options: ResolvedOptions, run: RunOptions = {}): Annotations {
  const out: Record<string, unknown> = {};
  for (const stage of PIPELINE) {
    const given = run.given?.[stage.name];
    const result = given ? given(doc, out) : (stage.run as (d: Doc, u: unknown, o: ResolvedOptions) => unknown)(doc, out, options);
    out[stage.name] = run.freeze ? deepFreeze(result) : result;
    if (stage.name === run.until) break;
  }
  // (with `until`, the later stages' keys are absent: the caller asked for the earlier ones)
  return out as Annotations;
}

/** Freeze an object graph: objects, arrays, and the contents of Maps and Sets (whose own
 *  add/set stay callable: Object.freeze cannot stop those). */
function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (typeof value !== 'object' || value === null || seen.has(value) || ArrayBuffer.isView(value)) return value;
  seen.add(value);
  if (value instanceof Map) {
    for (const [k, v] of value) {
      deepFreeze(k, seen);
      deepFreeze(v, seen);
    }
  } else if (value instanceof Set) {
    for (const v of value) deepFreeze(v, seen);
  }
  for (const v of Object.values(value)) deepFreeze(v, seen);
  return Object.freeze(value);
}

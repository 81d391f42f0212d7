/** What a stage of the pipeline is (src/pipeline.ts lists them in order). */
import type { Doc } from './document.js';
import type { ResolvedOptions } from './schema.js';

/**
 * A stage: its name, the stages whose annotations it reads (`needs`, the keys of `In`), a
 * one-line summary (the README's Architecture section lists them), and its run.
 */
export interface Stage<Name extends string, In, Out> {
  readonly name: Name;
  readonly needs: ReadonlyArray<keyof In & string>;
  readonly summary: string;
  run(doc: Doc, upstream: In, options: ResolvedOptions): Out;
}

/** Declare a stage (checks its shape, infers its types). */
export function defineStage<Name extends string, In, Out>(stage: Stage<Name, In, Out>): Stage<Name, In, Out> {
  return stage;
}

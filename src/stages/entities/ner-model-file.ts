/**
 * Reads the name tagger's weights (ner-model.bin) from beside the running module, once, on
 * the first analysis that needs the tagger: importing the package reads nothing.
 *
 * Where the file is: next to the bundle in the package (dist/index.js, dist/index.cjs,
 * dist/cli.js, dist/worker.js: tsup copies it there), or in src/generated/ when the sources
 * run (vitest, tsx). The core is built for the 'neutral' platform, so node:fs is not
 * imported statically: it is asked of the runtime (process.getBuiltinModule, Node >= 20.16).
 */
import { decodeNerModel, type NerModelData } from './ner-model-format.js';
import { builtin } from '../../adapters/builtin.js';

/** The asset's file name. */
export const NER_MODEL_FILE = 'ner-model.bin';

/** Where the file is, relative to this module: in the sources' generated/ when this module is
 *  the TypeScript source (src/stages/entities/), else beside the bundle (dist/). */
const placeFrom = (module: URL) => (module.pathname.endsWith('.ts') ? `../../generated/${NER_MODEL_FILE}` : `./${NER_MODEL_FILE}`);

/** The tagger's weights could not be read: analyzeArticle reports it as a 'model/unavailable' diagnostic. */
export class NerModelUnavailableError extends Error {
  override readonly name = 'NerModelUnavailableError';
  readonly code = 'model/unavailable';
}

// The CJS build has no import.meta (tsup.config.ts defines import.meta.url as undefined
// there); CommonJS gives the module's path instead.
declare const __filename: string | undefined;

type Fs = typeof import('node:fs');
type Url = typeof import('node:url');


/** This module's location as a file: URL, or null when the runtime says nothing of it. */
function moduleUrl(url: Url | undefined): URL | null {
  // import.meta.url first: the ESM build can see a global __filename that is not its own
  // (node -e and the REPL define one, '[eval]')
  const meta = import.meta.url as string | undefined;
  if (typeof meta === 'string' && meta) return new URL(meta);
  return typeof __filename === 'string' && __filename && url ? url.pathToFileURL(__filename) : null;
}

/** The decoded ner-model.bin, of two passes over `classes`; throws
 *  NerModelUnavailableError naming where it looked and why. */
export function loadNerModel(classes: readonly string[]): NerModelData {
  const fs = builtin<Fs>('node:fs');
  const url = builtin<Url>('node:url');
  const here = moduleUrl(url);
  const unavailable = (where: string, why: string) =>
    new NerModelUnavailableError(`the name tagger's model could not be read from ${where} (${why}); the option names: 'rules' analyses without it`);
  if (!fs || !url) throw unavailable(NER_MODEL_FILE, 'this runtime has no node:fs (process.getBuiltinModule)');
  if (!here) throw unavailable(NER_MODEL_FILE, 'the location of the running module is unknown');
  const file = new URL(placeFrom(here), here);
  const path = url.fileURLToPath(file);
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw unavailable(path, (e as NodeJS.ErrnoException).code ?? (e as Error).message);
  }
  try {
    const model = decodeNerModel(bytes);
    const { classes: its, passes } = model.header;
    if (its.join(' ') !== classes.join(' ') || passes !== 2) throw new Error(`its classes or passes (${its.join(' ')}; ${passes} passes) are not the tagger's`);
    return model;
  } catch (e) {
    throw unavailable(path, (e as Error).message);
  }
}

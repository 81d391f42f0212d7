/** The --languages option of the CLI and of batch: codes checked before any analysis. */
import { francLanguages } from '../adapters/franc.js';

/** The usage message for a --languages value naming codes franc does not know, or null when
 *  every code is known. Such a code can never be detected, and the library only answers it with
 *  a misleading language/undetermined diagnostic, so the command line refuses it at once, and
 *  so does the service (`option` and `example` name the option as the asker wrote it). */
export function unknownLanguagesMessage(codes: readonly string[], option = '--languages', example = '--languages eng,rus,kaz'): string | null {
  const known = francLanguages();
  const unknown = codes.filter((c) => !known.has(c));
  if (!unknown.length) return null;
  return `${option}: unknown language code${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}: give ISO 639-3 codes, comma-separated, e.g. ${example}`;
}

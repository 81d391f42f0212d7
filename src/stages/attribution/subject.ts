/** Where a name stands in its clause: the subject ("Guest said …"), not an object ("tell Tory"). */
import type { TextRange } from '../../document.js';
import { speechVerbBase } from '../../lexicon/en/speech.js';
import { isVerbForm } from '../../lexicon/index.js';
import { isLetter, isUpper, runStart, spaceStart } from '../../tails.js';
import { VERB_AFTER_SUBJECT as AUXILIARIES } from '../../lexicon/patterns.js';

/** A name mention that is the subject of its clause: it opens the sentence (after title words)
 *  or a verb follows it (after an apposition "X, a doctor, said"); not "Tory's", not "tell X". */
export function isSubject(text: string, m: TextRange): boolean {
  const after = text.slice(m.end, m.end + 120);
  if (/^['’]s\b/.test(after)) return false;
  const next = /^(?:\s*,[^,.;:"“”]{1,80},)?\s+([\p{Ll}]+)/u.exec(after)?.[1];
  if (next && (speechVerbBase(next) || AUXILIARIES.test(next) || isVerbForm(next) || /[^s]s$|ed$/.test(next))) return true;
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  return opensClause(before) && !/\b(?:[Tt]o|[Ww]ith|[Ff]or|[Bb]y|[Oo]f|[Aa]t|[Ii]n|[Oo]n|[Ff]rom)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u.test(before);
}

const NAME_PART = (cp: string) => isLetter(cp) || cp === '.' || cp === "'" || cp === '’' || cp === '-';

/**
 * Whether `before` ends where a clause opens, after at most four capitalised words: the text's
 * start, a sentence end ('. ', '!” ') or a line break, then "Foreign Minister " and the like.
 * As /(?:^|[.!?]["”’]?\s+|\n\s*|^\s*)(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u tests, scanning
 * back word by word (each word is a whole run of name characters, so one reading only).
 */
export function opensClause(before: string): boolean {
  let i = before.length;
  for (let words = 0; ; words++) {
    // the opening before position i
    const ws = spaceStart(before, i);
    if (ws === 0) return true;
    if (ws < i) {
      if (before.slice(ws, i).includes('\n')) return true;
      const c = before[ws - 1]!;
      if ('.!?'.includes(c) || ('"”’'.includes(c) && ws >= 2 && '.!?'.includes(before[ws - 2]!))) return true;
    }
    if (words === 4 || ws === i) return false;
    // one more capitalised word, followed by the space just read
    const start = runStart(before, ws, NAME_PART);
    if (start === ws || !isUpper(String.fromCodePoint(before.codePointAt(start)!))) return false;
    i = start;
  }
}

/**
 * Snapshot compromise's lexicon into src/generated/lexicon.json (run: npm run build:lexicon).
 * Each word gets a string of one-letter flags (see src/lexicon/index.ts for their meaning); the
 * file lists the words grouped by their flags (`words`: flags -> words), 25 arrays that
 * JSON.parse reads ~4x faster than one object of 24,619 keys (built in dictionary mode).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { readCompromiseLexicon } from '../src/adapters/compromise.js';

const FLAG: Record<string, string> = {
  FemaleName: 'F', MaleName: 'M', FirstName: 'N', LastName: 'L', Country: 'C', City: 'Y',
  Place: 'P', Region: 'P', Demonym: 'D', Honorific: 'H', Abbreviation: 'A', Organization: 'O',
  SportsTeam: 'T', Actor: 'R', Month: 'U', WeekDay: 'U', Date: 'U', Person: 'X', ProperNoun: 'X',
  PastTense: 'V', PresentTense: 'V', Infinitive: 'V', Gerund: 'V', PhrasalVerb: 'V', Verb: 'V',
  Copula: 'V', Modal: 'V', Auxiliary: 'V', Participle: 'V', Imperative: 'V',
};

const { lexicon, orgWords, placeWords, version } = readCompromiseLexicon();
const flagsOfWord = new Map<string, string>();
for (const [word, tags] of Object.entries(lexicon)) {
  const list = Array.isArray(tags) ? tags : [tags];
  let flags = '';
  for (const t of list) {
    const f = FLAG[t] ?? 'W';
    if (!flags.includes(f)) flags += f;
  }
  flagsOfWord.set(word, [...flags].sort().join(''));
}
// flags strings in sorted order, each group's words in compromise's order: the file is deterministic
const words: Record<string, string[]> = {};
for (const flags of [...new Set(flagsOfWord.values())].sort()) words[flags] = [];
for (const [word, flags] of flagsOfWord) words[flags]!.push(word);
mkdirSync('src/generated', { recursive: true });
const data = { source: `compromise ${version} (MIT), lexicon snapshot`, orgWords, placeWords, words };
// non-ASCII characters written as \u escapes: the build embeds the file as a string literal
// (tsup.config.ts), which V8 stores with two bytes a character for the whole 262 KB as soon as
// one character (ł, €, руб of 33 words) is beyond Latin-1; JSON.parse reads the escapes back
const ascii = (json: string) => json.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync('src/generated/lexicon.json', ascii(JSON.stringify(data)));
console.log(`lexicon: ${flagsOfWord.size} words in ${Object.keys(words).length} groups of flags, ${orgWords.length} org heads, ${placeWords.length} place heads`);

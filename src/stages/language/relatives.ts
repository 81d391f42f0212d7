/**
 * Close relatives the trigram model confuses, and languages it has no model for in a script:
 * told apart by spellings, letters and function words only one of them writes. Pure tables
 * and tests over a text; language.ts decides when to ask.
 */

const WORDS = /[\p{L}]+/gu;
const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

/**
 * Close relatives franc confuses on short text (measured on the lang suite: Malay/Indonesian,
 * Norwegian/Danish, Slovene/Croatian, Czech/Slovak, Russian/Bulgarian, Serbian/Macedonian,
 * Uzbek/Tajik, Spanish/Catalan), told apart by spelling and function words only one of them
 * writes. Each entry: [language, language, words of the first, of the second, letters of the
 * first, of the second, letters both write that count (twice) for the first when the text has
 * none of the second's evidence].
 */
const PAIRS: ReadonlyArray<readonly [string, string, string, string, RegExp | null, RegExp | null, RegExp?]> = [
  ['zlm', 'ind', 'bahawa bahawasanya mengisytiharkan perisytiharan isytihar sejagat samarata kerana ialah iaitu sahaja wang kerajaan selepas semasa mahu', 'bahwa karena yaitu bisa saja uang pemerintah setelah selama mau banyak kalian kamu tersebut belum sekali', null, null],
  ['nob', 'dan', 'av etter meg deg seg hva nå bli blir ble noe mye enn gjøre sier hadde vært ikkje kvinner fikk mellom', 'af efter mig dig sig hvad nu blive bliver blev noget meget end gøre siger havde været kvinder fik mellem ved', null, null],
  ['slv', 'hrv', 'in so ki tudi zelo lahko kot sem če kaj tega ter pri vendar', 'i su koji koja koje također vrlo jako može kao bio sam ako što tog te kod ili nije', null, /[ćđ]/g],
  ['ces', 'slk', 'se jak co ne nebo jen jsem jsou byl který která které také když pro', 'sa som aj ako čo nie alebo len sú bol ktorý ktorá ktoré tiež keď pre', /[řěů]/g, /[äôľĺŕ]/g],
  ['rus', 'bul', 'что это он как его было был если уже только или мы вы они ещё также', 'е са ще че се от във със това който която които бе беше няма има ние вие те', /[ыэё]/g, null],
  ['srp', 'mkd', 'у је са ће који која које није био била сам смо већ због', 'во со ќе е кој која кое беше сум сме веќе поради', /[ђћ]/g, /[ѓќѕ]/g],
  ['uzn', 'tgk', 'билан учун эди ҳам бу бўлган эмас керак қилиш бўлди', 'дар аз ба ки бо мебошад буд ин он барои шуд мекунад', /ў/g, /[ӣӯҷ]/g],
  // Kyrgyz writes ң ө ү but none of Kazakh's ә ғ қ ұ һ і
  ['kir', 'kaz', 'жана менен үчүн эмес эле болот болгон анын мындай', 'және мен үшін емес бұл болады болған оның', /э/g, /[әғқұһі]/g, /[ңөү]/],
  ['por', 'spa', 'um uma não pelo pela pelas pelos ao aos às também são muito isso', 'un una y los las el muy también son pero esto', /[ãõ]/g, /ñ/g],
  ['ita', 'spa', 'di il che non della sul nel alla anche sono ancora gli questo', 'de el que los las y en por para este muy', /[èì]/g, /ñ/g],
  ['spa', 'cat', 'y los las con para pero es lo muy también más está fue sus hay todo toda todos todas sean ya como', 'i els amb per però és molt també més està va seus hi', null, /l['’]\p{L}|d['’]\p{L}|·l/gu],
];
const PAIR_WORDS = PAIRS.map(([a, b, wa, wb, la, lb, sharedForA]) => ({ a, b, wa: new Set(wa.split(' ')), wb: new Set(wb.split(' ')), la, lb, sharedForA }));

/** When franc's best and its second or third are a pair in PAIRS and the text has more of one's
 *  marks, that one leads. */
export function settlePair(text: string, ranked: Array<[string, number]>): Array<[string, number]> {
  if (ranked.length < 2) return ranked;
  // the leader's relative may stand second or third (franc's scores are close on snippets)
  const a = ranked[0]![0];
  const pair = PAIR_WORDS.find((p) => ranked.slice(1, 3).some(([b]) => (p.a === a && p.b === b) || (p.a === b && p.b === a)));
  if (!pair) return ranked;
  const lower = text.toLowerCase();
  let first = pair.la ? count(lower, pair.la) : 0;
  let second = pair.lb ? count(lower, pair.lb) : 0;
  for (const w of lower.match(WORDS) ?? []) {
    if (pair.wa.has(w)) first++;
    if (pair.wb.has(w)) second++;
  }
  if (pair.sharedForA && second === 0 && pair.sharedForA.test(lower)) first += 2;
  const winner = first > second ? pair.a : second > first ? pair.b : null;
  if (!winner || winner === a) return ranked;
  // the winner takes the lead with the best score; the others keep their order
  return [[winner, ranked[0]![1]], ...ranked.filter(([c]) => c !== winner).map(([c], i): [string, number] => [c, ranked[i + 1]![1]])];
}

/** Kazakh in the Latin alphabet of 2018-21: its function words, or ǵ/ń with ı, which no other
 *  candidate writes together. */
const KAZAKH_LATIN_WORDS = new Set(['jáne', 'úshin', 'deıin', 'týraly', 'boıynsha', 'jyly', 'onyń', 'sondaı', 'buǵan', 'bolyp', 'mańyzdy', 'jańa', 'qazaqstan', 'respýblıkasy', 'halyqaralyq', 'memlekettik']);
export function kazakhLatinEvidence(text: string): boolean {
  const lower = text.toLowerCase();
  const letters = count(lower, /\p{Script=Latin}/gu);
  const marks = count(lower, /[ǵń]/g);
  const dotless = count(lower, /ı/g);
  let words = 0;
  for (const w of lower.match(WORDS) ?? []) if (KAZAKH_LATIN_WORDS.has(w)) words++;
  return words >= 2 || (marks >= 1 && dotless >= 1 && (marks + dotless) / letters >= 0.02);
}

/** Serbian written in Latin letters: ekavian forms Croatian spells with "ije"/"je". */
const SERBIAN_EKAVIAN = new Set(['vreme', 'uvek', 'deo', 'mesto', 'ovde', 'lepo', 'reč', 'primer', 'opština', 'hiljada', 'bezbednost', 'vesti', 'svet', 'sveta', 'dete', 'deca', 'nedelja', 'posle', 'reka', 'devojka', 'mleko', 'hteo', 'gde', 'lek', 'vek', 'veka', 'zvaničan', 'srbija', 'srbije', 'beograd', 'beogradu', 'reke', 'celo', 'nedelju', 'sledeće']);
const CROATIAN_IJEKAVIAN = new Set(['vrijeme', 'uvijek', 'dio', 'mjesto', 'ovdje', 'lijepo', 'riječ', 'primjer', 'općina', 'tisuća', 'sigurnost', 'vijesti', 'svijet', 'svijeta', 'dijete', 'djeca', 'nedjelja', 'poslije', 'prije', 'rijeka', 'rijeke', 'djevojka', 'mlijeko', 'htio', 'gdje', 'lijek', 'vijek', 'stoljeća', 'također', 'hrvatska', 'hrvatske', 'zagreb', 'zagrebu', 'sljedeće', 'tjedan']);
export function serbianLatinEvidence(text: string): boolean {
  let n = 0;
  let ijekavian = 0;
  for (const w of text.toLowerCase().match(WORDS) ?? []) {
    if (SERBIAN_EKAVIAN.has(w)) n++;
    if (CROATIAN_IJEKAVIAN.has(w)) ijekavian++;
  }
  return n >= 2 && ijekavian === 0;
}

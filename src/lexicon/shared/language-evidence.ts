/**
 * Evidence of a language in its words: the frequent function words of each language the
 * detector compares (ISO 639-3 codes), the words only English writes, and the words that tell
 * close relatives apart (Malay/Indonesian, Norwegian/Danish, Serbian/Croatian …). Lower case.
 */
import { joinLists, wordList, wordPick, wordSet } from '../registry.js';
import { SPEECH_VERB_FORM_LIST } from '../en/speech.js';

/** Frequent function words per language: a quote with two of its article's and fewer of any
 *  other language's is in the article's language, and needs no trigram model. */
export const FUNCTION_WORDS_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  eng: wordList('shared/language-evidence.FUNCTION_WORDS.eng', ['the', 'and', 'of', 'to', 'is', 'in', 'that', 'we', 'it', 'are', 'for', 'not', 'this', 'with', 'have', 'be', 'was', 'will', 'they', 'our', 'on', 'what', 'there', 'you', 'but']),
  deu: wordList('shared/language-evidence.FUNCTION_WORDS.deu', ['der', 'die', 'das', 'und', 'ist', 'nicht', 'wir', 'ich', 'ein', 'eine', 'zu', 'mit', 'auf', 'sich', 'es', 'den', 'dem', 'auch', 'für', 'sind', 'wird', 'haben']),
  fra: wordList('shared/language-evidence.FUNCTION_WORDS.fra', ['le', 'la', 'les', 'et', 'est', 'des', 'une', 'nous', 'pas', 'que', 'qui', 'dans', 'pour', 'sur', 'ce', 'il', 'sont', 'avec', 'vous', 'mais']),
  spa: wordList('shared/language-evidence.FUNCTION_WORDS.spa', ['el', 'los', 'las', 'que', 'es', 'una', 'por', 'para', 'con', 'del', 'se', 'no', 'lo', 'como', 'pero', 'está', 'son', 'nosotros', 'hay']),
  ita: wordList('shared/language-evidence.FUNCTION_WORDS.ita', ['il', 'che', 'di', 'non', 'una', 'sono', 'per', 'con', 'gli', 'della', 'del', 'questo', 'anche', 'noi', 'è', 'ma', 'come']),
  por: wordList('shared/language-evidence.FUNCTION_WORDS.por', ['que', 'não', 'uma', 'os', 'as', 'para', 'com', 'do', 'da', 'dos', 'em', 'por', 'mas', 'como', 'nós', 'está', 'são']),
  rus: wordList('shared/language-evidence.FUNCTION_WORDS.rus', ['и', 'в', 'не', 'на', 'что', 'мы', 'это', 'с', 'по', 'как', 'для', 'но', 'я', 'из', 'все', 'будет', 'уже', 'так', 'есть', 'нас']),
  ukr: wordList('shared/language-evidence.FUNCTION_WORDS.ukr', ['і', 'та', 'що', 'не', 'це', 'ми', 'на', 'як', 'для', 'але', 'вже', 'буде', 'які', 'від', 'до', 'є']),
  kaz: wordList('shared/language-evidence.FUNCTION_WORDS.kaz', ['және', 'бұл', 'мен', 'біз', 'үшін', 'да', 'де', 'бар', 'жоқ', 'осы', 'болады', 'емес', 'деп', 'бойынша']),
  tur: wordList('shared/language-evidence.FUNCTION_WORDS.tur', ['ve', 'bir', 'bu', 'için', 'de', 'da', 'ile', 'çok', 'biz', 'olarak', 'değil', 'ama', 'daha', 'gibi', 'var']),
  nld: wordList('shared/language-evidence.FUNCTION_WORDS.nld', ['de', 'het', 'een', 'en', 'van', 'niet', 'is', 'dat', 'wij', 'we', 'op', 'met', 'voor', 'zijn', 'ook']),
  pol: wordList('shared/language-evidence.FUNCTION_WORDS.pol', ['i', 'w', 'nie', 'na', 'się', 'że', 'to', 'jest', 'z', 'do', 'jak', 'ale', 'są', 'dla', 'już']),
};

/** Words that only English writes among the candidate languages (no 'is', 'was', 'will', 'for'). */
export const ENGLISH_ONLY_WORDS: ReadonlySet<string> = new Set(joinLists(
  wordList('shared/language-evidence.ENGLISH_ONLY_WORDS', ['the', 'and', 'of', 'that', 'with', 'have', 'they', 'this', 'which', 'were', 'been', 'from', 'would', 'there', 'their', 'about', 'after', 'but', 'its', 'has', 'had', 'who', 'when', 'into', 'than', 'also', 'more', 'could', 'should']),
  wordPick('shared/language-evidence.ENGLISH_ONLY_SAID', SPEECH_VERB_FORM_LIST, ['said']),
));

/** A pair of close relatives and the words each writes that the other does not. */
export interface RelativesWords {
  readonly a: string;
  readonly b: string;
  readonly wordsOfA: readonly string[];
  readonly wordsOfB: readonly string[];
}

const relatives = (a: string, b: string, wordsOfA: string, wordsOfB: string): RelativesWords => ({
  a,
  b,
  wordsOfA: wordList(`shared/language-evidence.RELATIVES.${a}-${b}.${a}`, wordsOfA.split(' ')),
  wordsOfB: wordList(`shared/language-evidence.RELATIVES.${a}-${b}.${b}`, wordsOfB.split(' ')),
});

/**
 * Close relatives franc confuses on short text (measured on the lang suite: Malay/Indonesian,
 * Norwegian/Danish, Slovene/Croatian, Czech/Slovak, Russian/Bulgarian, Serbian/Macedonian,
 * Uzbek/Tajik, Kyrgyz/Kazakh, Portuguese/Spanish, Italian/Spanish, Spanish/Catalan), with the
 * function words and spellings only one of each pair writes.
 */
export const RELATIVES_WORDS: readonly RelativesWords[] = [
  relatives('zlm', 'ind', 'bahawa bahawasanya mengisytiharkan perisytiharan isytihar sejagat samarata kerana ialah iaitu sahaja wang kerajaan selepas semasa mahu', 'bahwa karena yaitu bisa saja uang pemerintah setelah selama mau banyak kalian kamu tersebut belum sekali'),
  relatives('nob', 'dan', 'av etter meg deg seg hva nå bli blir ble noe mye enn gjøre sier hadde vært ikkje kvinner fikk mellom', 'af efter mig dig sig hvad nu blive bliver blev noget meget end gøre siger havde været kvinder fik mellem ved'),
  relatives('slv', 'hrv', 'in so ki tudi zelo lahko kot sem če kaj tega ter pri vendar', 'i su koji koja koje također vrlo jako može kao bio sam ako što tog te kod ili nije'),
  relatives('ces', 'slk', 'se jak co ne nebo jen jsem jsou byl který která které také když pro', 'sa som aj ako čo nie alebo len sú bol ktorý ktorá ktoré tiež keď pre'),
  relatives('rus', 'bul', 'что это он как его было был если уже только или мы вы они ещё также', 'е са ще че се от във със това който която които бе беше няма има ние вие те'),
  relatives('srp', 'mkd', 'у је са ће који која које није био била сам смо већ због', 'во со ќе е кој која кое беше сум сме веќе поради'),
  relatives('uzn', 'tgk', 'билан учун эди ҳам бу бўлган эмас керак қилиш бўлди', 'дар аз ба ки бо мебошад буд ин он барои шуд мекунад'),
  relatives('kir', 'kaz', 'жана менен үчүн эмес эле болот болгон анын мындай', 'және мен үшін емес бұл болады болған оның'),
  relatives('por', 'spa', 'um uma não pelo pela pelas pelos ao aos às também são muito isso', 'un una y los las el muy también son pero esto'),
  relatives('ita', 'spa', 'di il che non della sul nel alla anche sono ancora gli questo', 'de el que los las y en por para este muy'),
  relatives('spa', 'cat', 'y los las con para pero es lo muy también más está fue sus hay todo toda todos todas sean ya como', 'i els amb per però és molt també més està va seus hi'),
];

/** The words that tell `a` from `b` (a pair of RELATIVES_WORDS, in that order), or null. */
export const relativesWords = (a: string, b: string): RelativesWords | null => RELATIVES_WORDS.find((r) => r.a === a && r.b === b) ?? null;

/** Kazakh in the Latin alphabet of 2018-21: its function words and frequent words. */
export const KAZAKH_LATIN_WORDS = wordSet('shared/language-evidence.KAZAKH_LATIN_WORDS', ['jáne', 'úshin', 'deıin', 'týraly', 'boıynsha', 'jyly', 'onyń', 'sondaı', 'buǵan', 'bolyp', 'mańyzdy', 'jańa', 'qazaqstan', 'respýblıkasy', 'halyqaralyq', 'memlekettik']);

/** Serbian written in Latin letters: ekavian forms Croatian spells with "ije"/"je". */
export const SERBIAN_EKAVIAN = wordSet('shared/language-evidence.SERBIAN_EKAVIAN', ['vreme', 'uvek', 'deo', 'mesto', 'ovde', 'lepo', 'reč', 'primer', 'opština', 'hiljada', 'bezbednost', 'vesti', 'svet', 'sveta', 'dete', 'deca', 'nedelja', 'posle', 'reka', 'devojka', 'mleko', 'hteo', 'gde', 'lek', 'vek', 'veka', 'zvaničan', 'srbija', 'srbije', 'beograd', 'beogradu', 'reke', 'celo', 'nedelju', 'sledeće']);
/** Croatian: the ijekavian forms of the same words, and words only Croatian uses. */
export const CROATIAN_IJEKAVIAN = wordSet('shared/language-evidence.CROATIAN_IJEKAVIAN', ['vrijeme', 'uvijek', 'dio', 'mjesto', 'ovdje', 'lijepo', 'riječ', 'primjer', 'općina', 'tisuća', 'sigurnost', 'vijesti', 'svijet', 'svijeta', 'dijete', 'djeca', 'nedjelja', 'poslije', 'prije', 'rijeka', 'rijeke', 'djevojka', 'mlijeko', 'htio', 'gdje', 'lijek', 'vijek', 'stoljeća', 'također', 'hrvatska', 'hrvatske', 'zagreb', 'zagrebu', 'sljedeće', 'tjedan']);

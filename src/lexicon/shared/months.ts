/** Month names and abbreviations in English, Russian, French, Spanish, German, Italian,
 *  Polish, Czech, Slovak and Kazakh (Latin). */
import { alternation, wordList } from '../registry.js';

const MONTHS: string[][] = [
  ['january', 'jan', 'января', 'январь', 'янв', 'janvier', 'janv', 'enero', 'ene', 'januar', 'jänner', 'gennaio', 'gen', 'stycznia', 'ledna', 'januára', 'qańtar'],
  ['february', 'feb', 'февраля', 'февраль', 'фев', 'févr', 'février', 'fevrier', 'febrero', 'februar', 'febbraio', 'lutego', 'února', 'februára'],
  ['march', 'mar', 'марта', 'март', 'мар', 'mars', 'marzo', 'märz', 'marca', 'března'],
  ['april', 'apr', 'апреля', 'апрель', 'апр', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwietnia', 'dubna', 'apríla'],
  ['may', 'мая', 'май', 'mai', 'mayo', 'maggio', 'mag', 'maja', 'května', 'mája'],
  ['june', 'jun', 'июня', 'июнь', 'июн', 'juin', 'junio', 'juni', 'giugno', 'giu', 'czerwca', 'června', 'júna'],
  ['july', 'jul', 'июля', 'июль', 'июл', 'juillet', 'juil', 'julio', 'juli', 'luglio', 'lug', 'lipca', 'července', 'júla'],
  ['august', 'aug', 'августа', 'август', 'авг', 'août', 'aout', 'agosto', 'ago', 'sierpnia', 'srpna', 'augusta'],
  ['september', 'sep', 'sept', 'сентября', 'сентябрь', 'сен', 'сент', 'septembre', 'septiembre', 'set', 'settembre', 'września', 'září', 'septembra'],
  ['october', 'oct', 'октября', 'октябрь', 'окт', 'octobre', 'octubre', 'oktober', 'okt', 'ottobre', 'ott', 'października', 'října', 'októbra'],
  ['november', 'nov', 'ноября', 'ноябрь', 'ноя', 'novembre', 'noviembre', 'listopada', 'listopadu', 'novembra'],
  ['december', 'dec', 'декабря', 'декабрь', 'дек', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dezember', 'dez', 'dicembre', 'grudnia', 'prosince', 'decembra'],
];

/** Every month form, January's first (the order MONTH_ALTERNATION keeps among forms of one length). */
export const MONTH_FORMS = wordList('shared/months.MONTH_FORMS', MONTHS.flat());

const MONTH_NUMBER = new Map<string, number>();
MONTHS.forEach((names, i) => names.forEach((n) => MONTH_NUMBER.set(n, i + 1)));

/** Month number (1–12) of a month name or abbreviation (with or without its period), or null. */
export function monthNumber(word: string): number | null {
  return MONTH_NUMBER.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

/** Is this month form a shortening of a longer form of the same month ("Nov", "мар", "juil")?
 *  A period after it may be the abbreviation's; after a full name ("ноября.") it is not. */
export function isMonthAbbreviation(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  const n = MONTH_NUMBER.get(w);
  return n !== undefined && MONTHS[n - 1]!.some((f) => f.length > w.length && f.startsWith(w));
}

/** Alternation of every month form, longest first, for building patterns. */
export const MONTH_ALTERNATION = alternation([...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length));

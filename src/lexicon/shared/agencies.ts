/**
 * News agencies and the credits they use in datelines, normalised to one canonical name.
 * Matching is case-insensitive on the credit as written ("KAZINFORM", "Reuter", "ТАСС"), so
 * each credit is listed in one case only.
 */
import { wordList } from '../registry.js';

const AGENCIES: Array<[canonical: string, credits: string[]]> = [
  ['AP', ['AP', 'Associated Press']],
  ['Reuters', ['Reuters', 'Reuter']],
  ['AFP', ['AFP', 'Agence France-Presse', 'Agence France Presse']],
  ['Xinhua', ['Xinhua', 'Xinhua News Agency', 'Синьхуа']],
  ['Xinhuanet', ['Xinhuanet', 'Xinhuanet.com']],
  ['TASS', ['TASS', 'ТАСС', 'ITAR-TASS', 'ИТАР-ТАСС']],
  ['RIA Novosti', ['RIA Novosti', 'РИА Новости', 'RIA']],
  ['Interfax', ['Interfax', 'Интерфакс', 'INTERFAX.RU', 'Interfax-Kazakhstan', 'Interfax-Ukraine']],
  ['Kazinform', ['Kazinform', 'Казинформ', 'Qazinform', 'Kazinform.kz']],
  ['Kabar', ['Kabar', 'Кабар']],
  ['AKIpress', ['AKIpress', 'AKIpress.com']],
  ['Trend', ['Trend']],
  ['Anadolu', ['AA', 'Anadolu', 'Anadolu Agency']],
  ['PTI', ['PTI', 'Press Trust of India']],
  ['IANS', ['IANS']],
  ['ANI', ['ANI']],
  ['UNI', ['UNI']],
  ['Yonhap', ['Yonhap', 'Yonhap News Agency']],
  ['Kyodo', ['Kyodo', 'Kyodo News']],
  ['Kyodo JBN', ['Kyodo JBN']],
  ['Kyodo JBN-AsiaNet', ['Kyodo JBN-AsiaNet']],
  ['Jiji', ['Jiji', 'Jiji Press']],
  ['dpa', ['dpa', 'dpa-AFX']],
  // partner credits are agencies of their own
  ['tca/dpa', ['tca/dpa']],
  ['EFE', ['EFE']],
  ['ANSA', ['ANSA', 'ANSAmed']],
  ['CNN', ['CNN']],
  ['UPI', ['UPI']],
  ['Bloomberg', ['Bloomberg']],
  ['Dow Jones', ['Dow Jones']],
  ['CP', ['CP', 'Canadian Press', 'The Canadian Press']],
  ['AAP', ['AAP']],
  ['PA', ['PA', 'PA Media']],
  ['Bernama', ['Bernama']],
  ['Antara', ['Antara']],
  ['APA', ['APA']],
  ['BelTA', ['BelTA', 'БЕЛТА']],
  ['UzA', ['UzA']],
  ['UzDaily', ['UzDaily', 'UzDaily.com']],
  ['UzReport', ['UzReport']],
  ['24.kg', ['24.kg']],
  ['Sputnik', ['Sputnik']],
  ['Prensa Latina', ['Prensa Latina', 'PL']],
  ['Notimex', ['Notimex']],
  ['KUNA', ['KUNA']],
  ['WAM', ['WAM']],
  ['SPA', ['SPA']],
  ['IRNA', ['IRNA']],
  ['MENA', ['MENA']],
  ['Ukrinform', ['Ukrinform', 'Укрінформ']],
  ['UNIAN', ['UNIAN']],
  ['PAP', ['PAP']],
  ['CTK', ['CTK', 'ČTK']],
  ['MTI', ['MTI']],
  ['BTA', ['BTA']],
  ['Agerpres', ['Agerpres']],
  ['Lusa', ['Lusa']],
  ['Europa Press', ['Europa Press']],
  ['Belga', ['Belga']],
  ['ANP', ['ANP']],
  ['STA', ['STA']],
  ['HINA', ['HINA']],
  ['Tanjug', ['Tanjug']],
  ['VNA', ['VNA']],
  ['PNA', ['PNA']],
  ['APP', ['APP']],
  ['BSS', ['BSS']],
  ['UNB', ['UNB']],
  ['KBS', ['KBS']],
  ['NHK', ['NHK']],
  ['Azertac', ['Azertac']],
  ['Armenpress', ['Armenpress']],
  ['Khovar', ['Khovar']],
  ['Turkmenistan Today', ['TDH']],
  ['Montsame', ['Montsame']],
  ['PRNewswire', ['PRNewswire', 'PR Newswire']],
  ['PRNewswire-AsiaNet', ['PRNewswire-AsiaNet']],
  ['Business Wire', ['Business Wire']],
  ['GLOBE NEWSWIRE', ['GLOBE NEWSWIRE']],
];
/** Every credit of every agency, as written ("AFP", "Associated Press", "ТАСС"). */
export const CREDITS = wordList('shared/agencies.CREDITS', AGENCIES.flatMap(([, credits]) => credits), { wordCase: 'any-case' });

const CYRILLIC = /[\u0400-\u04ff]/;
const BY_CREDIT = new Map<string, string>();
for (const [canonical, credits] of AGENCIES) {
  // A Cyrillic credit keeps a Cyrillic canonical name ("ТАСС"): the credit's own script.
  const cyrillic = credits.find((c) => CYRILLIC.test(c));
  for (const c of credits) BY_CREDIT.set(c.toLowerCase(), CYRILLIC.test(c) && cyrillic ? cyrillic : canonical);
}

/** Canonical agency name for a credit as written ("KAZINFORM" -> "Kazinform"; a Cyrillic
 *  credit keeps its script: "ТАСС"), or null when it is not a known agency. */
export function canonicalAgency(credit: string): string | null {
  const key = credit.trim().replace(/\s+/g, ' ').toLowerCase();
  const comma = key.indexOf(',');
  return BY_CREDIT.get(key) ?? (comma >= 0 ? BY_CREDIT.get(key.slice(0, comma).trimEnd()) : undefined) ?? null;
}

/** Every credit of every agency (for building the organisation mention search). */
export const AGENCY_CREDITS: ReadonlyMap<string, string> = BY_CREDIT;

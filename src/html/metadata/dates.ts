/**
 * dates: a page's date as ISO 8601, or nothing. Pages write dates in many ways (ISO with or
 * without a zone, "2019-11-19 10:48:00", RFC 2822, "November 19, 2019") and some write
 * placeholders ("0001-01-01T00:00:00Z"); a date is kept only when it reads as a real one.
 * No clock is read: the same page always gives the same date.
 */

/** Years a news page's date may have. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Is this a calendar day (leap years counted)? */
function isDay(y: number, m: number, d: number): boolean {
  if (y < FIRST_YEAR || y > LAST_YEAR || m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

// 2019-11-19, 2019-11-19T10:48, 2019-11-19 10:48:00.000+01:00, 20191119T104800Z
const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
// "November 19, 2019", "Nov. 19 2019 10:48 AM", "19 November 2019"
const MONTH_FIRST = /^(?:[a-z]+,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?/i;
const DAY_FIRST = /^(?:[a-z]+,?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/i;
// RFC 2822's zone at the end: "+0000", "GMT", "EST"
const RFC_ZONE = /\s(?:([+-]\d{4})|(GMT|UTC|UT|Z))\s*$/i;

/**
 * A date string as ISO 8601: "YYYY-MM-DD" for a day, "YYYY-MM-DDTHH:MM:SS" for a local time,
 * with "Z" or the offset when the page gives one ("2019-11-19T10:48:00+01:00"); null when it is
 * no date, or an impossible or placeholder one (year before 1990 or after 2100).
 */
export function isoDate(value: string | null | undefined): string | null {
  const s = (value ?? '').trim();
  if (!s || s.length > 64) return null;
  const iso = ISO.exec(s);
  if (iso) return fromParts(+iso[1]!, +iso[2]!, +iso[3]!, iso[4], iso[5], iso[6], iso[7]);
  const zone = RFC_ZONE.exec(s);
  const offset = zone ? (zone[1] ? `${zone[1].slice(0, 3)}:${zone[1].slice(3)}` : 'Z') : undefined;
  const mf = MONTH_FIRST.exec(s);
  if (mf) return named(+mf[3]!, mf[1]!, +mf[2]!, mf[4], mf[5], mf[6], mf[7], offset);
  const df = DAY_FIRST.exec(s);
  if (df) return named(+df[3]!, df[2]!, +df[1]!, df[4], df[5], df[6], undefined, offset);
  return null;
}

function named(y: number, monthName: string, d: number, h?: string, mi?: string, sec?: string, ampm?: string, zone?: string): string | null {
  const m = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  if (!m) return null;
  let hour = h;
  if (h !== undefined && ampm) {
    const n = +h % 12 + (/^p/i.test(ampm) ? 12 : 0);
    hour = String(n);
  }
  return fromParts(y, m, d, hour, mi, sec, zone);
}

function fromParts(y: number, m: number, d: number, h?: string, mi?: string, sec?: string, zone?: string): string | null {
  if (!isDay(y, m, d)) return null;
  const day = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (h === undefined || mi === undefined) return day;
  if (+h > 23 || +mi > 59 || (sec !== undefined && +sec > 59)) return day;
  const time = `${day}T${pad(+h)}:${pad(+mi)}:${pad(sec === undefined ? 0 : +sec)}`;
  if (!zone) return time;
  if (/^z$/i.test(zone)) return `${time}Z`;
  const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  return z ? `${time}${z[1]}${z[2]}:${z[3] ?? '00'}` : time;
}

/** The day in an article's address: "/2019/11/19/", "/2019/nov/18/", "/2019-11-20/". */
const URL_DAY = /\/((?:19|20)\d{2})[/-](\d{1,2}|[a-z]{3,9})[/-](\d{1,2})(?=[/_-]|$)/i;

/**
 * The day an article's address gives ("https://paper.example/2019/11/19/story" → "2019-11-19"),
 * or null: the last resort when the page's markup dates nothing (sites file stories by day).
 */
export function urlDate(url: string | null | undefined): string | null {
  // (the path only: a query or fragment may carry any date)
  const path = (url ?? '').split(/[?#]/, 1)[0]!;
  const m = URL_DAY.exec(path);
  if (!m) return null;
  const month = /^\d+$/.test(m[2]!) ? +m[2]! : MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1;
  return month ? fromParts(+m[1]!, month, +m[3]!) : null;
}

/** dash-credit: a name credited after a dash ("“…” — Jane Doe, spokeswoman"). */
import { namedSieve } from './named.js';

export const dashCredit = namedSieve('dash-credit', 0.9, 'a name after a dash that follows the quote: "…" — Jane Doe');

/** explicit: a name next to a speech verb ("…," said Asel Karaulova / Karaulova said: "…"). */
import { namedSieve } from './named.js';

export const explicit = namedSieve('explicit', 0.97, 'a name next to a speech verb: "…," said Asel Karaulova');

/** Sports results: the verbs that make a place a team ("Leicestershire beat Somerset", "lost
 *  to Kent"). Lower case. */
import { wordList } from '../registry.js';

/** Result verbs written between two teams ("beat", "drew with"). */
export const RESULT_VERBS = wordList('en/sports.RESULT_VERBS', ['beat', 'defeated', 'edged', 'thrashed', 'lost to', 'drew with']);

/** "beats": a result verb only after the first team (a headline's present tense). */
export const PRESENT_RESULT_VERBS = wordList('en/sports.PRESENT_RESULT_VERBS', ['beats']);

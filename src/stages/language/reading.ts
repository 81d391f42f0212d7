/**
 * A text as language evidence reads it: lower-cased, and its runs of letters. Made once per
 * text and handed to every test that reads it (function words, relatives, English, Kazakh and
 * Serbian in Latin letters), each of which used to lower-case and split the text again.
 */
import { letterRuns } from '../../words.js';

/** A text's lower case and lower-case letter runs, each made on first use (a Han or Greek text
 *  is decided by its script and never asks). */
export class Reading {
  readonly text: string;
  private lowerCase: string | null = null;
  private runs: string[] | null = null;

  constructor(text: string) {
    this.text = text;
  }

  /** The text in lower case. */
  get lower(): string {
    return (this.lowerCase ??= this.text.toLowerCase());
  }

  /** The runs of letters of the lower-case text (letterRuns: "l'homme" is "l" and "homme"). */
  get words(): readonly string[] {
    return (this.runs ??= letterRuns(this.lower));
  }
}

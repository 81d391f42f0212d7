/**
 * Lines of a byte stream for `article-anatomy batch`: every line, blank ones included, with its
 * 1-based number as an editor counts it, so output line n answers input line n.
 */
import { isUtf8 } from 'node:buffer';

/** One input line: its text (invalid UTF-8 read as U+FFFD), its number, and whether its bytes were valid UTF-8. */
export interface InputLine {
  /** the line without its "\n" (and without a "\r" before it) */
  text: string;
  /** 1-based line number in the input */
  number: number;
  /** false when the line's bytes are not valid UTF-8 (the text then holds U+FFFD for them) */
  utf8: boolean;
  /** true when the line was longer than readLines' maxBytes: its text is then empty (its bytes
   *  were skipped, not kept) */
  tooLong?: boolean;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** Split a stream of bytes into lines at "\n" only (a lone "\r" is not a line break, unlike
 *  node:readline, so numbers match `wc -l` and editors); the text after the last "\n" is a line
 *  when it is not empty. Each line is checked and decoded on its own, so a bad byte is reported
 *  with its line. A line longer than `maxBytes` (default: no limit) is not kept in memory: it
 *  comes out empty with `tooLong` set. */
export async function* readLines(input: AsyncIterable<Buffer | string>, maxBytes = Infinity): AsyncGenerator<InputLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  let number = 0;
  const line = (bytes: Buffer): InputLine => {
    if (skipping || bytes.length > maxBytes) return { text: '', number: ++number, utf8: true, tooLong: true };
    const end = bytes.length && bytes[bytes.length - 1] === CARRIAGE_RETURN ? bytes.length - 1 : bytes.length;
    const body = bytes.subarray(0, end);
    return { text: body.toString('utf8'), number: ++number, utf8: isUtf8(body) };
  };
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let at = buf.indexOf(NEWLINE); at >= 0; at = buf.indexOf(NEWLINE, from)) {
      pending.push(buf.subarray(from, at));
      yield line(pending.length === 1 ? pending[0]! : Buffer.concat(pending));
      pending = [];
      pendingBytes = 0;
      skipping = false;
      from = at + 1;
    }
    if (from < buf.length && !skipping) {
      pending.push(buf.subarray(from));
      pendingBytes += buf.length - from;
      // past the limit: drop what was kept and skip to the line's end
      if (pendingBytes > maxBytes) {
        skipping = true;
        pending = [Buffer.alloc(0)];
      }
    }
  }
  if (pending.length) yield line(Buffer.concat(pending));
}

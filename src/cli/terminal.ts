/** A hint for someone who ran the CLI in a terminal without a file. */

/** Say on stderr, in one line, that the CLI is waiting for typed text, when standard input is a
 *  terminal: otherwise `article-anatomy` with no FILE looks hung. Nothing when input is piped. */
export function hintWhenReadingTerminal(command: string, what: string, stdin: { isTTY?: boolean } = process.stdin): void {
  if (stdin.isTTY) process.stderr.write(`${command}: reading ${what} from the terminal; end with Ctrl-D, or give a FILE (see --help)\n`);
}

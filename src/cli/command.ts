/** What the CLI's subcommands (batch, report, serve, worker, enqueue, results) share: usage
 *  errors, --help, the check of an input file, a missing optional peer, and stopping on a
 *  signal after the work in hand is done. */
import { existsSync, statSync } from 'node:fs';
import { isArticleAnalysisError } from '../errors.js';

/** A mistake in a command's arguments: reported in one line, exit code 2. */
export class UsageError extends Error {}

/** A subcommand's arguments parsed by `parse`, or its exit code when there is nothing to run:
 *  0 after printing `help` (-h, --help), 2 after a one-line usage error (a UsageError, or
 *  invalid analysis options) on stderr. */
export function commandArgs<T>(command: string, argv: readonly string[], help: string, parse: (argv: readonly string[]) => T): T | number {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(help);
    return 0;
  }
  try {
    return parse(argv);
  } catch (e) {
    if (!(e instanceof UsageError) && !isArticleAnalysisError(e)) throw e;
    process.stderr.write(`article-anatomy ${command}: ${(e as Error).message}\n`);
    return 2;
  }
}

/** An argument no option of `command` took: its one FILE ('-': standard input, null). Throws a
 *  UsageError for an unknown option or for a second FILE (`given`: the files taken before). */
export function fileArgument(command: string, arg: string, given: number): string | null {
  if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown ${command} option ${arg} (see ${command} --help)`);
  if (given > 0) throw new UsageError(`${command} reads at most one FILE`);
  return arg === '-' ? null : arg;
}

/** Why a command cannot read this input file ("no such file", "not a file"), or null when it can. */
export function unreadableFile(file: string | null): string | null {
  if (!file || (existsSync(file) && statSync(file).isFile())) return null;
  return `cannot read ${file}: ${existsSync(file) ? 'not a file' : 'no such file'}`;
}

/** Is this the error of an import whose package is not installed? */
export function isMissingPackage(e: unknown, name: string): boolean {
  const err = e as NodeJS.ErrnoException;
  return (err?.code === 'ERR_MODULE_NOT_FOUND' || err?.code === 'MODULE_NOT_FOUND') && String(err.message).includes(`'${name}'`);
}

/** Resolves, to the exit code, once SIGTERM or SIGINT has come and `close` has finished the work
 *  in hand (0; 1 when closing failed). A second signal exits at once (1). `say` reports each step. */
export function untilSignalled(close: () => Promise<string>, say: (s: string) => void, finishing: string): Promise<number> {
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) process.exit(1);
      stopping = true;
      say(`${signal}: ${finishing}, then stopping`);
      close().then(
        (summary) => {
          say(summary);
          resolve(0);
        },
        (e: Error) => {
          say(e.message);
          resolve(1);
        },
      );
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
  });
}

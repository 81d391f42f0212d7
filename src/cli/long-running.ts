/** What the CLI's long-running commands (serve, worker) share: usage errors, and stopping on a
 *  signal after the work in hand is done. */

/** A mistake in a command's arguments: reported in one line, exit code 2. */
export class UsageError extends Error {}

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

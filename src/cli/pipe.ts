/** Standard output closed by its reader (`article-anatomy … | head -1`): stop quietly. */

/** Make an EPIPE on stdout end the process with exit code 0 and nothing on stderr: the reader
 *  has all it wanted, as with `yes | head -1`. Any other write error still surfaces. */
export function exitQuietlyWhenOutputCloses(stdout: NodeJS.WriteStream = process.stdout): void {
  stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

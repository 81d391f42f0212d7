/** Progress of a long command (batch, report) on stderr, and the line count that gives its ETA. */
import { createReadStream } from 'node:fs';

/** Progress on stderr: a bar with rate and ETA on a terminal, a plain line every 10 s otherwise
 *  ("article-anatomy batch: 1200/2000 articles, 216.1/s": `command`, then `unit`). */
export function progressReporter(command: string, unit: string, total: number | null, enabled: boolean): { tick: (done: number) => void; end: () => void } {
  const start = Date.now();
  const tty = !!process.stderr.isTTY;
  let last = start;
  const line = (done: number) => {
    const secs = (Date.now() - start) / 1000;
    const rate = done / Math.max(secs, 1e-3);
    if (!tty) return `${command}: ${done}${total ? `/${total}` : ''} ${unit}, ${rate.toFixed(1)}/s`;
    const eta = total && rate > 0 ? ` ETA ${Math.max(0, Math.round((total - done) / rate))}s` : '';
    const width = 24;
    const bar = total ? `[${'='.repeat(Math.round((done / total) * width)).padEnd(width)}] ` : '';
    return `\r${bar}${done}${total ? `/${total}` : ''} ${rate.toFixed(1)}/s${eta}   `;
  };
  return {
    tick(done) {
      if (!enabled) return;
      const now = Date.now();
      if (now - last < (tty ? 200 : 10_000)) return;
      last = now;
      process.stderr.write(tty ? line(done) : line(done) + '\n');
    },
    end() {
      if (enabled && tty) process.stderr.write('\r' + ' '.repeat(60) + '\r');
    },
  };
}

/** Count the lines of a file (for the progress ETA, and batch's thread count), streaming; text
 *  after the last newline is a line too. */
export async function countLines(file: string): Promise<number> {
  let n = 0;
  let last = 10;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (const b of chunk) if (b === 10) n++;
    if (chunk.length) last = chunk[chunk.length - 1]!;
  }
  return last === 10 ? n : n + 1;
}

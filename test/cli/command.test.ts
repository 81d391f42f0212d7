/** The commands' shared argument handling (src/cli/command.ts). */
import { describe, expect, it } from 'vitest';
import { fileArgument, UsageError } from '../../src/cli/command.js';

describe('fileArgument', () => {
  it('takes one FILE, "-" as standard input, and refuses an unknown option or a second FILE (after "-" too)', () => {
    expect(fileArgument('batch', 'in.jsonl', 0)).toBe('in.jsonl');
    expect(fileArgument('batch', '-', 0)).toBeNull();
    expect(() => fileArgument('batch', '--colour', 0)).toThrow(new UsageError('unknown batch option --colour (see batch --help)'));
    expect(() => fileArgument('report', 'b.jsonl', 1)).toThrow(/report reads at most one FILE/);
    expect(() => fileArgument('report', '-', 1)).toThrow(UsageError);
  });
});

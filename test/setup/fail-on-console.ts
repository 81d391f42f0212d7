// Any console output during a test is a bug (a dependency printing, a forgotten debug line).
import { beforeEach } from 'vitest';

beforeEach(() => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    console[method] = (...args: unknown[]) => {
      throw new Error(`console.${method} called during a test: ${args.map(String).join(' ')}`);
    };
  }
});

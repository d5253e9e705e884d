// A one-line progress bar on stderr, for people only (a TTY); nothing at all otherwise.
import type { Stream } from './io.js';

const WIDTH = 24;

export function progressBar(stream: Stream, total: number): { update(done: number): void; clear(): void } {
  if (!stream.isTTY || total < 2) return { update: () => undefined, clear: () => undefined };
  return {
    update(done: number): void {
      const filled = Math.round((done / total) * WIDTH);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} documents`);
    },
    clear(): void {
      stream.write(`\r${' '.repeat(WIDTH + 30)}\r`);
    },
  };
}

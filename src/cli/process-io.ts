import type { Readable } from 'node:stream';

/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface Io {
  stdin: Readable;
  stdinIsTTY: boolean;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Waits until stdout has taken everything written so far (backpressure for streamed output). */
  drain: () => Promise<void>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

export function nodeIo(): Io {
  // A reader that stops early (`lede batch … | head`) closes the pipe: stop quietly, as other filters do.
  if (process.stdout.listenerCount('error') === 0) {
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      process.exit(process.exitCode ?? 0);
    });
  }
  return {
    stdin: process.stdin,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    drain: () =>
      process.stdout.writableNeedDrain ? new Promise((resolve) => process.stdout.once('drain', () => resolve())) : Promise.resolve(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}

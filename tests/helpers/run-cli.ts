import { Readable } from 'node:stream';
import { run } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/process-io.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process on a fake terminal: no colour unless `tty`, environment only what is given. */
export async function runCli(
  argv: string[],
  options: { stdin?: string | Uint8Array; tty?: boolean; env?: Record<string, string>; cwd?: string } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    stdinIsTTY: false,
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    drain: () => Promise.resolve(),
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: false,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

import { Command, InvalidArgumentError, Option } from 'commander';
import { EXIT, LedeError, type ExitCode } from '../errors.js';
import type { Io } from './process-io.js';
import { jobsOption, maxCharsOption, positiveInt } from './options.js';

interface ServeFlags {
  port: number;
  host: string;
  token?: string;
  maxChars: number;
  timeout: number;
  jobs: number;
  queue: number;
}

/** A token shorter than this is refused: it guards a service other machines can reach. */
const MIN_TOKEN_LENGTH = 16;

export function serveCommand(io: Io, setCode: (c: ExitCode) => void): Command {
  return new Command('serve')
    .description('a local page to paste articles into, and an HTTP API (POST /v1/extract, /v1/batch) on one warm process')
    .addOption(new Option('-p, --port <n>', 'the port to listen on (0: any free port)').argParser(portNumber).default(7777))
    .option('--host <address>', 'the address to listen on; anything but loopback needs --token', '127.0.0.1')
    .addOption(new Option('--token <token>', `bearer token every API request must carry (at least ${MIN_TOKEN_LENGTH} characters)`).env('LEDE_TOKEN'))
    .addOption(maxCharsOption('a longer document is refused (413) unread'))
    .addOption(new Option('--timeout <ms>', 'the longest a request waits for and runs its extraction (503 or 504 beyond)').argParser(positiveInt('--timeout', 3_600_000)).default(10_000))
    .addOption(jobsOption())
    .addOption(new Option('--queue <n>', 'requests let in beyond those the workers run; more get 503').argParser(positiveInt('--queue', 100_000)).default(256))
    .addHelpText(
      'after',
      `
GET / is a page: paste an article (text, or a selection of a web page) and see it highlighted beside its
digest; copy the digest as Markdown, download the JSON. The API:

  POST /v1/extract   text/plain, text/html, or JSON {"text", "format", "include", "input", "id"}
  POST /v1/batch     JSONL in, JSONL out, streaming, one line per document (as lede batch)
  GET  /v1/schema    the JSON Schema of an extraction
  GET  /healthz      {"status": "ok", ...}

Errors are JSON {"error": {"code", "message"}}. It listens on this machine only unless --host says otherwise,
and then only with a --token; it never makes a request of its own.

Examples:
  $ lede serve                                   # http://127.0.0.1:7777/
  $ curl -s localhost:7777/v1/extract -H 'Content-Type: text/plain' --data-binary @article.txt
  $ LEDE_TOKEN=$(openssl rand -hex 16) lede serve --host 0.0.0.0 --port 8080`,
    )
    .action(async (flags: ServeFlags) => {
      const token = flags.token || null;
      const { isLoopback } = await import('../serve/guard.js');
      if (token === null && !isLoopback(flags.host)) {
        throw new LedeError('E_USAGE', `--host ${flags.host} can be reached from other machines: give a --token (or set LEDE_TOKEN)`);
      }
      if (token !== null && token.length < MIN_TOKEN_LENGTH) throw new LedeError('E_USAGE', `--token must be at least ${MIN_TOKEN_LENGTH} characters (try: openssl rand -hex 16)`);
      const { startServer } = await import('../serve/server.js');
      const server = await startServer({ port: flags.port, host: flags.host, token, maxChars: flags.maxChars, timeoutMs: flags.timeout, jobs: flags.jobs, queue: flags.queue });
      io.stderr(`lede: serving on ${server.url} with ${flags.jobs} worker${flags.jobs === 1 ? '' : 's'}${token ? ', token required' : ''} (Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        let signals = 0;
        const onSignal = () => {
          if (++signals > 1) process.exit(EXIT.interrupted);
          io.stderr('lede: stopping: answering the requests in hand (Ctrl-C again to quit now)\n');
          void server.close().then(resolve);
        };
        process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
      });
      setCode(EXIT.ok);
    });
}

function portNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('--port takes a whole number from 0 to 65535');
  return n;
}

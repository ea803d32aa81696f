import { Command, CommanderError } from 'commander';
import { EXIT, type ExitCode } from '../errors.js';
import { LEDE_VERSION } from '../version.js';
import { batchCommand } from './batch-command.js';
import { checkCommand } from './check-command.js';
import { diffCommand } from './diff-command.js';
import { digestCommand, extractCommand } from './extract-command.js';
import { failWith } from './extract-run.js';
import { nodeIo, type Io } from './process-io.js';
import { reportCommand } from './report-command.js';
import { schemaCommand } from './schema-command.js';
import { serveCommand } from './serve-command.js';

const EXAMPLES = `
Examples:
  $ lede extract fixtures/articles/turkey-idlib.txt            # JSON extraction
  $ pbpaste | lede digest                                       # digest of a pasted article
  $ lede extract page.html --format html -o page.html           # highlight page of a saved web page
  $ lede batch corpus.jsonl -o out.jsonl                        # one extraction per line
  $ lede report out.jsonl                                       # who is quoted, what disagrees
  $ lede schema > lede.schema.json                              # the output contract
  $ lede check fixtures --report md                             # fixture cases against their expectations
  $ lede diff run-v1.jsonl run-v2.jsonl                         # what changed between two runs
  $ lede serve                                                  # a page to paste articles into, and an HTTP API

Exit codes: 0 all good, 1 some documents failed (check, diff: differences), 2 usage or input error, 130 interrupted.`;

/** Runs the CLI on argv (without "node lede") and returns the exit code; never exits the process itself. */
export async function run(argv: readonly string[], io: Io = nodeIo()): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const program = new Command()
    .name('lede')
    .description('Extract entities, quotes with speakers, numeric claims and places from English news, with exact offsets.')
    .version(LEDE_VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXAMPLES);

  program.addCommand(extractCommand(io, (c) => (code = c)));
  program.addCommand(digestCommand(io, (c) => (code = c)));
  program.addCommand(batchCommand(io, (c) => (code = c)));
  program.addCommand(reportCommand(io, (c) => (code = c)));
  program.addCommand(schemaCommand(io));
  program.addCommand(checkCommand(io, (c) => (code = c)));
  program.addCommand(diffCommand(io, (c) => (code = c)));
  program.addCommand(serveCommand(io, (c) => (code = c)));
  for (const command of [program, ...program.commands]) {
    command.exitOverride().configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(s.replace(/^error: /, 'lede: ')),
    });
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    return failWith(io, e);
  }
}

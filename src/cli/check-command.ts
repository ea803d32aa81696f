import { Command, Option } from 'commander';
import type { ExitCode } from '../errors.js';
import type { Io } from './process-io.js';
import { printReport, reportOptions, type ReportFlags } from './report-options.js';

interface CheckFlags extends ReportFlags {
  update?: boolean;
  only: string[];
}

export function checkCommand(io: Io, setCode: (c: ExitCode) => void): Command {
  const command = new Command('check')
    .description('run lede over fixture cases (X.txt beside X.expected.json) and report what differs from the expectations')
    .argument('[dir]', 'the fixture folder, walked recursively', 'fixtures')
    .option('--update', 'rewrite the expectations that differ, are missing or are not JSON (atomically), then pass')
    .addOption(
      new Option('--only <pattern>', 'check only the cases whose path contains PATTERN, or matches it as a glob (*, ?, **); repeatable')
        .argParser((value: string, previous: string[]) => [...previous, value])
        .default([], 'all'),
    );
  for (const option of reportOptions()) command.addOption(option);
  return command
    .addHelpText(
      'after',
      `
Items are paired by id, else by the text they cover, and compared field by field; array order and the meta
block (unless --include-meta) never count. Exit codes: 0 all match, 1 differences, 2 errors (a fixture that
cannot be read, an expectation that is not JSON).

Examples:
  $ lede check                                   # every case under fixtures/
  $ lede check tests/fixtures --only 'quotes/**'
  $ lede check --report md >> "$GITHUB_STEP_SUMMARY"
  $ lede check --update                          # accept the changes; review them with git diff`,
    )
    .action(async (dir: string, flags: CheckFlags) => {
      // Loaded here, not at the top, so the other commands start without the models.
      const { checkFixtures } = await import('../check/check-fixtures.js');
      const report = await checkFixtures({ dir, only: flags.only, update: flags.update, includeMeta: flags.includeMeta });
      printReport(io, report, flags, setCode);
      for (const doc of report.documents) if (doc.status === 'error') io.stderr(`lede: ${doc.error}\n`);
    });
}

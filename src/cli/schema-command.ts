import { Command } from 'commander';
import { renderJsonSchema } from '../render/json.js';
import type { Io } from './io.js';

export function schemaCommand(io: Io): Command {
  return new Command('schema')
    .description('print the JSON Schema of the extraction output')
    .addHelpText('after', '\nThe same schema ships in the package as schema/lede.schema.json.\n\nExample:\n  $ lede schema > lede.schema.json')
    .action(() => {
      io.stdout(renderJsonSchema());
    });
}

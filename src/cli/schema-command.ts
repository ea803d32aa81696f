import { Command } from 'commander';
import { jsonSchema } from '../schema.js';
import type { Io } from './io.js';

export function schemaCommand(io: Io): Command {
  return new Command('schema')
    .description('print the JSON Schema of the extraction output')
    .addHelpText('after', '\nExample:\n  $ lede schema > lede.schema.json')
    .action(() => {
      io.stdout(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
    });
}

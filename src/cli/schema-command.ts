import { Command } from 'commander';
import type { Io } from './process-io.js';

export function schemaCommand(io: Io): Command {
  return new Command('schema')
    .description('print the JSON Schema of the extraction output')
    .addHelpText('after', '\nThe same schema ships in the package as schema/lede.schema.json.\n\nExample:\n  $ lede schema > lede.schema.json')
    .action(async () => {
      // zod loads only here: extraction and batch workers never need it
      const { renderJsonSchema } = await import('../render/json-schema.js');
      io.stdout(renderJsonSchema());
    });
}

import { LedeError } from '../errors.js';
import type { Extraction } from '../schema.js';

/** The text the extraction's offsets index; renderers that show the article need it. */
export function textOf(x: Extraction, format: string): string {
  if (x.text === undefined) throw new LedeError('E_USAGE', `the ${format} format shows the article, so the extraction needs its text (extract with include: ['text'])`);
  return x.text;
}

import type { Diagnostic } from '../schema.js';

/** What a stage of the pipeline gets besides the document and the layers before it. */
export interface StageContext {
  /** give each item a `why` (--explain); when false no evidence is built */
  readonly explain: boolean;
  /** list years and calendar dates among the numbers (--include dates) */
  readonly dates: boolean;
  /** a problem in the text: reported in the extraction's `diagnostics` */
  report(diagnostic: Diagnostic): void;
}

/** A context whose diagnostics go to `diagnostics`. */
export function stageContext(options: { explain?: boolean; dates?: boolean } = {}, diagnostics: Diagnostic[] = []): StageContext {
  return { explain: options.explain ?? false, dates: options.dates ?? false, report: (d) => void diagnostics.push(d) };
}

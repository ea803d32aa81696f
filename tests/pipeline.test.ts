import { describe, expect, it } from 'vitest';
import { LedeError } from '../src/errors.js';
import { extract } from '../src/extract.js';
import { pipeline } from '../src/pipeline.js';
import { createPipeline, defineStage, type Stage } from '../src/stage.js';

const stage = (name: string): Stage => pipeline.stages.find((s) => s.name === name)!;
const names = (stages: readonly Stage[]): string[] => stages.map((s) => s.name);

function pipelineError(stages: Stage[]): LedeError {
  try {
    createPipeline(stages);
  } catch (e) {
    return e as LedeError;
  }
  throw new Error('the pipeline was accepted');
}

describe('building a pipeline', () => {
  it('accepts the default order: each stage after the stages producing what it requires', () => {
    const seen = new Set<string>();
    for (const s of pipeline.stages) {
      for (const r of s.requires) expect(seen.has(r), `${s.name} requires ${r}`).toBe(true);
      seen.add(s.produces);
    }
    expect(names(pipeline.stages).indexOf('quotes')).toBeGreaterThan(names(pipeline.stages).indexOf('entities'));
    expect(names(pipeline.stages).indexOf('numbers')).toBeGreaterThan(names(pipeline.stages).indexOf('quote-duplicates'));
  });

  it('refuses a stage placed before what it requires, naming both', () => {
    const e = pipelineError([stage('layout'), stage('quotes'), stage('names'), stage('entities')]);
    expect(e).toBeInstanceOf(LedeError);
    expect(e.code).toBe('E_PIPELINE');
    expect(e.message).toBe('pipeline: stage "quotes" requires "entities", which no stage before it produces');
  });

  it('refuses two stages of one name', () => {
    expect(pipelineError([stage('layout'), stage('layout')]).message).toBe('pipeline: two stages are named "layout"');
  });

  it('refuses a second producer of a layer unless it refines it (requires it)', () => {
    const again = defineStage({ name: 'more-names', requires: [], produces: 'names', run: () => [] });
    expect(pipelineError([stage('layout'), stage('names'), again]).message).toMatch(/stage "more-names" produces "names", which stage "names" produced before it/);
    const refine = defineStage({ name: 'fewer-names', requires: ['names'], produces: 'names', run: (_, { names }) => names.slice(1) });
    expect(names(createPipeline([stage('layout'), stage('names'), refine]).stages)).toEqual(['layout', 'names', 'fewer-names']);
  });
});

describe('planning: only the stages a layer needs', () => {
  it('quotes need the layout, the names and entities, and their refining stages, not numbers or places', () => {
    expect(names(pipeline.plan(['quotes']))).toEqual(['layout', 'names', 'name-overlaps', 'entities', 'quotes', 'quote-duplicates']);
  });

  it('locations need the layout and the entities', () => {
    expect(names(pipeline.plan(['locations']))).toEqual(['layout', 'names', 'name-overlaps', 'entities', 'places', 'place-overlaps', 'locations']);
  });

  it('everything is the whole pipeline, in order', () => {
    expect(names(pipeline.plan(['layout', 'entities', 'quotes', 'numbers', 'locations']))).toEqual(names(pipeline.stages));
  });
});

describe('extract with only', () => {
  const text = [
    'SPRINGFIELD, Ill. (AP) — Mayor Ruth Okafor opened the Harbour Bridge on Monday.',
    '"It took nine years and $40 million," Okafor said. Some 2,000 cars will cross it each day, the county said.',
  ].join('\n\n');
  const all = extract(text);

  it('gives the chosen layers as a full run does, and what they need; the rest empty', () => {
    const x = extract(text, { only: ['quotes'] });
    expect(x.quotes).toEqual(all.quotes);
    expect(x.entities).toEqual(all.entities);
    expect(x.numbers).toEqual([]);
    expect(x.locations).toEqual([]);
    expect(x.headline).toEqual(all.headline);
    expect(x.dateline).toEqual(all.dateline);
    expect(x.meta.options.only).toEqual(['quotes']);
  });

  it('numbers with their claimants (which need the quotes)', () => {
    const x = extract(text, { only: ['numbers'] });
    expect(x.numbers).toEqual(all.numbers);
    expect(x.numbers.some((n) => n.claimedBy?.name.endsWith('Ruth Okafor'))).toBe(true);
    expect(x.locations).toEqual([]);
  });

  it('locations alone run no quotes', () => {
    const x = extract(text, { only: ['locations'] });
    expect(x.locations).toEqual(all.locations);
    expect(x.quotes).toEqual([]);
  });

  it('records the layers in output order, and refuses an unknown one', () => {
    expect(extract(text, { only: ['locations', 'entities'] }).meta.options.only).toEqual(['entities', 'locations']);
    expect(() => extract(text, { only: ['speakers' as 'quotes'] })).toThrow(/unknown layer "speakers" in only \(choose from entities, quotes, numbers, locations\)/);
  });

  it('leaves meta.options as it was when not given', () => {
    expect(all.meta.options).toEqual({ include: [] });
  });
});

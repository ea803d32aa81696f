import type { Doc } from './doc/document.js';
import type { Layout } from './doc/layout.js';
import type { StageContext } from './doc/stage-context.js';
import type { NameMention } from './entities/merge.js';
import { LedeError } from './errors.js';
import type { PlaceCandidates } from './places/recognize.js';
import type { Entity, Location, NumericClaim, Quote } from './schema.js';

/** Every layer a stage can produce, by name: the output's layers and what stages hand on between them. */
export interface Layers {
  /** the headline, the dateline and the place it names */
  layout: Layout;
  /** the names the tagger found, typed, before they are merged into entities */
  names: NameMention[];
  entities: Entity[];
  quotes: Quote[];
  numbers: NumericClaim[];
  /** every detector's place mentions, before overlaps are settled and containers linked */
  places: PlaceCandidates;
  locations: Location[];
}

export type LayerName = keyof Layers;

/**
 * One step of the pipeline: it reads the document and the layers it `requires`, and returns the layer it
 * `produces`. A stage that requires the layer it produces refines it (an overlap or de-duplication policy after
 * the detectors, as chrono's refiners follow its parsers).
 */
export interface Stage<R extends LayerName = LayerName, P extends LayerName = LayerName> {
  readonly name: string;
  readonly requires: readonly R[];
  readonly produces: P;
  run(doc: Doc, layers: Pick<Layers, R>, ctx: StageContext): Layers[P];
}

/** Types a stage's `run` by what it requires and produces. */
export function defineStage<R extends LayerName, P extends LayerName>(stage: Stage<R, P>): Stage<R, P> {
  return stage;
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  /** The stages that produce `wanted`, with those they need, in pipeline order. */
  plan(wanted: readonly LayerName[]): readonly Stage[];
}

/**
 * A pipeline over `stages`, in order. Checked here, once: names are unique, whatever a stage requires an earlier
 * stage produces, and a layer is produced once, then only refined.
 */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  const producer = new Map<LayerName, string>();
  const names = new Set<string>();
  for (const s of stages) {
    if (names.has(s.name)) throw new LedeError('E_PIPELINE', `pipeline: two stages are named "${s.name}"`);
    names.add(s.name);
    for (const r of s.requires) {
      if (!producer.has(r)) throw new LedeError('E_PIPELINE', `pipeline: stage "${s.name}" requires "${r}", which no stage before it produces`);
    }
    const earlier = producer.get(s.produces);
    if (earlier !== undefined && !s.requires.includes(s.produces)) {
      throw new LedeError('E_PIPELINE', `pipeline: stage "${s.name}" produces "${s.produces}", which stage "${earlier}" produced before it (a stage that refines a layer requires it)`);
    }
    producer.set(s.produces, s.name);
  }
  return { stages, plan: (wanted) => planFor(stages, wanted) };
}

function planFor(stages: readonly Stage[], wanted: readonly LayerName[]): Stage[] {
  const needed = new Set(wanted);
  const kept: Stage[] = [];
  for (let i = stages.length - 1; i >= 0; i--) {
    const s = stages[i]!;
    if (!needed.has(s.produces)) continue;
    kept.push(s);
    for (const r of s.requires) needed.add(r);
  }
  return kept.reverse();
}

/** Runs the stages in order over the document; the layers of the stages that did not run are absent. */
export function runStages(stages: readonly Stage[], doc: Doc, ctx: StageContext): Partial<Layers> {
  const layers: Partial<Layers> = {};
  // a planned pipeline runs each stage after those producing what it requires
  for (const s of stages) put(layers, s.produces, s.run(doc, layers as Layers, ctx));
  return layers;
}

function put<K extends LayerName>(layers: Partial<Layers>, name: K, value: Layers[K]): void {
  layers[name] = value;
}

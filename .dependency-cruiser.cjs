/**
 * The layering of src/, checked by `npm run lint:deps` (part of `npm test`). A module may import from its own
 * layer and the layers below it, never from one above; no import cycle anywhere.
 */

/** From the bottom up; each entry is the paths (regular expressions, relative to the repository) of one layer. */
const LAYERS = [
  { name: 'base', paths: ['^src/(errors|version|schema|include|compare-text|binary-search)\\.ts$', '^src/io/', '^src/doc/', '^src/lexicon/', '^src/workers/'] },
  { name: 'extractors', paths: ['^src/(entities|quotes|numbers|places|input)/'] },
  { name: 'pipeline', paths: ['^src/(extract|pipeline|stage)\\.ts$', '^src/pipeline/'] },
  { name: 'render', paths: ['^src/render/'] },
  { name: 'features', paths: ['^src/(batch|check|report|serve)/'] },
  { name: 'top', paths: ['^src/cli/', '^src/train/', '^src/index\\.ts$'] },
];

const upward = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `no-import-above-${layer.name}`,
  comment: `${layer.name} is below ${LAYERS.slice(i + 1).map((l) => l.name).join(', ')}: it may not import from them`,
  severity: 'error',
  from: { path: layer.paths },
  to: { path: LAYERS.slice(i + 1).flatMap((l) => l.paths) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'an import cycle: move what both sides need into a module below them',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...upward,
    {
      name: 'io-imports-no-feature',
      comment: 'src/io/ reads and writes bytes: it knows the errors (and the one binary search) and nothing else of lede',
      severity: 'error',
      from: { path: '^src/io/' },
      to: { path: '^src/', pathNot: ['^src/io/', '^src/errors\\.ts$', '^src/binary-search\\.ts$'] },
    },
    {
      name: 'features-stand-apart',
      comment: 'batch, check, report and serve share code through the layers below them, not through each other',
      severity: 'error',
      from: { path: '^src/(batch|check|report|serve)/' },
      to: { path: '^src/(batch|check|report|serve)/', pathNot: '^src/$1/' },
    },
    {
      name: 'no-unlayered-module',
      comment: 'every module of src/ belongs to a layer: add a new folder to LAYERS in .dependency-cruiser.cjs',
      severity: 'error',
      from: { path: '^src/', pathNot: LAYERS.flatMap((l) => l.paths) },
      to: {},
    },
  ],
  options: {
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};

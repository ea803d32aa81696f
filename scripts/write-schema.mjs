// Writes schema/lede.schema.json from the zod schema (run after a build: `npm run schema`).
// tests/schema.test.ts fails when the committed file drifts from the zod schema.
import { writeFileSync } from 'node:fs';
import { renderJsonSchema } from '../dist/render/json-schema.js';

const target = new URL('../schema/lede.schema.json', import.meta.url);
writeFileSync(target, renderJsonSchema());
console.log('wrote schema/lede.schema.json');

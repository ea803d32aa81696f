import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;

describe('the code base', () => {
  it.each([
    ['lint:layers', 'imports only from its own layer and those below, in no cycle (dependency-cruiser)'],
    ['lint:unused', 'has no unused file, export or dependency (knip)'],
    ['lint:copies', 'repeats no block of six lines or more in src/ (jscpd)'],
  ])('%s: %s', (script) => {
    const r = spawnSync('npm', ['run', '--silent', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
  });
});

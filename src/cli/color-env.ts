import type { Io } from './process-io.js';

/**
 * What the environment says of colour, with no colour library loaded: FORCE_COLOR (1-3; 0 turns it off) wins,
 * then NO_COLOR (any non-empty value); a pipe, a file or TERM=dumb get none. Null: a terminal, whose depth of
 * colour only the terminal's own description tells.
 */
export function colorFromEnv(io: Io): 0 | 1 | 2 | 3 | null {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (force === '0' || force === 'false') return 0;
    return force === '2' || force === '3' ? (Number(force) as 2 | 3) : 1;
  }
  if (io.env.NO_COLOR) return 0;
  if (!io.stdoutIsTTY || io.env.TERM === 'dumb') return 0;
  return null;
}

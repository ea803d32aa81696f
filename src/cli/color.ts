import { Chalk, supportsColor, type ChalkInstance } from 'chalk';
import type { Io } from './process-io.js';

/**
 * A chalk that colours only a terminal: FORCE_COLOR (1-3; 0 turns it off) wins, then NO_COLOR (any
 * non-empty value), then colour when stdout is a terminal other than TERM=dumb.
 */
export function chalkFor(io: Io): ChalkInstance {
  return new Chalk({ level: colorLevel(io) });
}

export function colorLevel(io: Io): 0 | 1 | 2 | 3 {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') {
    if (force === '0' || force === 'false') return 0;
    return force === '2' || force === '3' ? (Number(force) as 2 | 3) : 1;
  }
  if (io.env.NO_COLOR) return 0;
  if (!io.stdoutIsTTY || io.env.TERM === 'dumb') return 0;
  return supportsColor ? supportsColor.level || 1 : 1;
}

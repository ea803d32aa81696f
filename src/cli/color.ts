import { Chalk, supportsColor, type ChalkInstance } from 'chalk';
import { colorFromEnv } from './color-env.js';
import type { Io } from './process-io.js';

/** A chalk that colours only a terminal (see colorFromEnv), as deep as the terminal supports. */
export function chalkFor(io: Io): ChalkInstance {
  return new Chalk({ level: colorFromEnv(io) ?? (supportsColor ? supportsColor.level || 1 : 1) });
}

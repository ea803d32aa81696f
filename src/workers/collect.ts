import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A full garbage collection on demand: V8's gc, exposed from within, so lede needs no flag on its command line. */
export function garbageCollector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** A process or worker with nothing to do for this long collects its garbage, so an idle `lede serve` gives memory back. */
export const IDLE_COLLECT_MS = 1000;

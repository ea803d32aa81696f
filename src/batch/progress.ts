/** Counts a batch run keeps for its progress bar and its closing summary. */
export interface Counts {
  /** documents written by this run */
  documents: number;
  failed: number;
  /** documents an earlier run had already written (--resume) */
  resumed: number;
  /** input bytes up to the last document written, and in all (null when unknown: stdin) */
  bytes: number;
  totalBytes: number | null;
  /** input bytes that were only skipped over (--resume), left out of the ETA's rate */
  skippedBytes: number;
  /** WARC responses that are no document: their status is not 200, or their body is not a web page */
  notOk: number;
  notHtml: number;
}

const REDRAW_MS = 250;

/**
 * A one-line progress bar redrawn on stderr (only when stderr is a terminal): documents, documents/s, how far
 * through the input bytes with an ETA when their total is known, failures.
 */
export class Progress {
  private timer: NodeJS.Timeout | null = null;
  private readonly started = performance.now();

  constructor(
    private readonly counts: Counts,
    private readonly stderr: (s: string) => void,
    private readonly live: boolean,
  ) {
    if (live) {
      this.timer = setInterval(() => this.draw(), REDRAW_MS);
      this.timer.unref();
    }
  }

  private draw(): void {
    const c = this.counts;
    const seconds = this.seconds();
    const rate = c.documents / Math.max(seconds, 1e-9);
    const parts = [`${(c.documents + c.resumed).toLocaleString('en')} documents`, `${rate.toFixed(1)}/s`];
    if (c.totalBytes) {
      const done = Math.min(1, c.bytes / c.totalBytes);
      const width = 20;
      const filled = Math.round(done * width);
      parts.unshift(`[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(done * 100).toFixed(0).padStart(3)}%`);
      const byteRate = (c.bytes - c.skippedBytes) / seconds;
      if (byteRate > 0 && seconds > 2) parts.push(`ETA ${duration((c.totalBytes - c.bytes) / byteRate)}`);
    }
    if (c.failed) parts.push(`${c.failed.toLocaleString('en')} failed`);
    this.stderr(`\r\x1b[K${parts.join('  ')}`);
  }

  seconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  /** Clears the bar; the caller prints the summary. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.live) this.stderr('\r\x1b[K');
  }
}

/** "1h02m", "3m05s", "12s": for the ETA and the summary. */
export function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}

/** Exit codes of the CLI: documented in the README. */
/** someFailed (batch) and differences (check, diff) share 1. */
export const EXIT = { ok: 0, someFailed: 1, differences: 1, usage: 2, interrupted: 130 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export type ErrorCode =
  | 'E_USAGE'
  | 'E_NOT_FOUND'
  | 'E_IS_DIRECTORY'
  | 'E_READ'
  | 'E_BINARY'
  | 'E_ENCODING'
  | 'E_EMPTY'
  | 'E_JSON'
  | 'E_FIELD'
  | 'E_WRITE'
  | 'E_WARC'
  | 'E_TOO_LARGE'
  | 'E_PIPELINE';

/** An error lede expects and explains in one line; anything else is a bug. */
export class LedeError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LedeError';
  }
}

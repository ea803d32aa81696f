/** A job's answer: its output, or why there is none. */
export type Outcome<T> = { seq: number; out: T } | { seq: number; error: { code: string; message: string } };

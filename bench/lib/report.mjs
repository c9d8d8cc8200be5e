// What a bench measured, for docs/speed.md: besides printing its figures, a
// bench records the rows of the summary table with `row()`. bench/run.mjs
// collects them from every bench of one run (MANDATES_BENCH_RECORD names the
// file they go to) and, with --write-docs, writes them into docs/speed.md
// together with each bench's whole output (bench/lib/speed-doc.mjs).
import { appendFileSync } from 'node:fs';

/**
 * One row of the summary table: what was measured, the figure (Markdown, as
 * the table shows it), the target when there is one and whether it was met.
 */
export function row({ what, figure, target = '', met }) {
  const file = process.env.MANDATES_BENCH_RECORD;
  if (file) appendFileSync(file, `${JSON.stringify({ what, figure, target, met })}\n`);
}

/** ms as the tables print it: 412 ms, 1.93 s. */
export function fmtMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : ms < 100 ? 1 : 0)} ms`;
}

/** A ratio: 1.38×. */
export const times = (x) => `${x.toFixed(2)}×`;

// The tests StrykerJS runs against each mutant (scripts/mutation.mjs sets
// MUTATION_TESTS to one folder's tests, or to the files `--tests` names): a
// folder is scored by its own tests.
// isolate: false keeps the worker's modules loaded from one mutant's run to the
// next: src/text scored 91.57 % either way, in 1.7 min instead of 6.7. A mutant in
// code that runs as a module loads needs the module loaded again: the setup file
// test/helpers/mutation-static.ts forgets the loaded modules for those runs.
import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * A mutant's run stops at its first failing test (Stryker's bail), so the order of the files is most of what a killed
 * mutant costs: the files that failed last time first (a mutant is often killed by the test that killed its
 * neighbour), then the quickest. Vitest's own order runs the slowest first.
 */
class FailedThenQuickest extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const results = (f: TestSpecification) => this.ctx.cache.getFileTestResults(`${f.project.name}:${relative(this.ctx.config.root, f.moduleId)}`);
    return [...files].sort((a, b) => {
      const ra = results(a);
      const rb = results(b);
      return Number(!ra?.failed) - Number(!rb?.failed) || (ra?.duration ?? 0) - (rb?.duration ?? 0);
    });
  }
}

export default defineConfig({
  test: {
    // A folder (test/diff: every test file in it) or test files themselves (test/diff/overlap*.test.ts).
    include: (process.env.MUTATION_TESTS ?? 'test/text').split(',').map((entry) => (entry.endsWith('.ts') ? entry : `${entry}/**/*.test.ts`)),
    testTimeout: 60_000,
    pool: 'forks',
    isolate: false,
    setupFiles: ['test/helpers/mutation-static.ts'],
    sequence: { sequencer: FailedThenQuickest },
  },
});

// The tests StrykerJS runs against each mutant (scripts/mutation.mjs sets
// MUTATION_TESTS to one folder's tests): a folder is scored by its own tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: (process.env.MUTATION_TESTS ?? 'test/text').split(',').map((dir) => `${dir}/**/*.test.ts`),
    testTimeout: 60_000,
    pool: 'forks',
  },
});

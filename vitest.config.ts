import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/** Where the CLI run by tests (in child processes too) caches corpora, never the user's cache; removed after the run (build-once.ts). */
export const TEST_CACHE_DIR = join(tmpdir(), `mandates-test-cache-${process.pid}`);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/build-once.ts'],
    testTimeout: 20_000,
    pool: 'forks',
    env: { MANDATES_CACHE_DIR: TEST_CACHE_DIR },
  },
});

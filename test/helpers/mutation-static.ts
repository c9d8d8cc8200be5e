// Loaded by vitest.mutation.config.ts only. Vitest keeps modules loaded from one
// mutant's run to the next there (isolate: false), so code that runs as a module
// loads (constants, tables, patterns) would keep the first copy loaded and its
// mutants could never be seen. For such a mutant, Stryker's runner activates it
// before the tests load ('static'); forgetting the loaded modules here makes the
// test files load them again, mutated.
import { inject, vi } from 'vitest';

const provided = inject as unknown as (key: string) => unknown;
if (provided('mode') === 'mutant' && provided('mutantActivation') === 'static') vi.resetModules();

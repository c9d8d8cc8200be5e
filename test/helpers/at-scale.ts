// Tests on synthetic corpora of 1,000 duties or more. Mutation runs (npm run mutation, which sets MUTATION_TESTS) skip
// them: under Stryker's instrumentation one takes a minute, for every mutant it reaches, and the same code's tests on
// small corpora (the seed, a few hundred duties, against references) stand in there. `npm test` runs them.
import { it } from 'vitest';

export const itAtScale = process.env.MUTATION_TESTS === undefined ? it : it.skip;

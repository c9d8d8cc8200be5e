// The seed notice lives outside the repository, in ../shared/seed/ (as in this
// workspace and on CI). A clone elsewhere has no such folder: the tests that
// compare with the notice are then skipped, with a message saying why, rather
// than failing the whole suite.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SEED_DIR = fileURLToPath(new URL('../../../shared/seed/', import.meta.url));

function findSeed(): string | undefined {
  try {
    const name = readdirSync(SEED_DIR).find((f) => f.startsWith('000_') && f.endsWith('.txt'));
    return name === undefined ? undefined : join(SEED_DIR, name);
  } catch {
    return undefined;
  }
}

/** The seed notice's path, or undefined when it is not beside the repository. */
export const SEED_PATH = findSeed();
export const hasSeed = SEED_PATH !== undefined;
/** The seed's bytes (empty without the seed: every test reading them is skipped then). */
export const seedBytes = hasSeed ? readFileSync(SEED_PATH!) : Buffer.alloc(0);

if (!hasSeed) console.warn(`mandates tests: no seed notice in ${SEED_DIR}: the tests that compare with it are skipped`);

import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../src/cli/output-file.js';
import { UserError } from '../../src/errors.js';

function dir(): string {
  return mkdtempSync(join(tmpdir(), 'mandates-out-'));
}

function failure(fn: () => void): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('expected a UserError');
}

describe('writing output files', () => {
  it('writes a new file and leaves no temporary file behind', () => {
    const d = dir();
    writeFileAtomically(join(d, 'out.md'), '许可证\n');
    expect(readFileSync(join(d, 'out.md'), 'utf8')).toBe('许可证\n');
    expect(readdirSync(d)).toEqual(['out.md']);
  });

  it('refuses to replace an existing file without force, and keeps it intact', () => {
    const d = dir();
    writeFileSync(join(d, 'out.md'), 'old');
    expect(failure(() => writeFileAtomically(join(d, 'out.md'), 'new'))).toBe(`${join(d, 'out.md')} already exists: use --force to replace it`);
    expect(readFileSync(join(d, 'out.md'), 'utf8')).toBe('old');
    writeFileAtomically(join(d, 'out.md'), 'new', { force: true });
    expect(readFileSync(join(d, 'out.md'), 'utf8')).toBe('new');
    expect(readdirSync(d)).toEqual(['out.md']);
  });

  it('says clearly when the folder is missing, is a file, or the target is a folder', () => {
    const d = dir();
    writeFileSync(join(d, 'file'), '');
    expect(failure(() => writeFileAtomically(join(d, 'nope', 'x.md'), 'x'))).toBe(`cannot write ${join(d, 'nope', 'x.md')}: folder ${join(d, 'nope')} does not exist`);
    expect(failure(() => writeFileAtomically(join(d, 'file', 'x.md'), 'x'))).toMatch(/is not a folder$/);
    expect(failure(() => writeFileAtomically(d, 'x'))).toBe(`cannot write ${d}: it is a folder`);
  });

  it.skipIf(process.getuid?.() === 0)('says so when the folder is not writable', () => {
    const d = dir();
    chmodSync(d, 0o500);
    expect(failure(() => writeFileAtomically(join(d, 'x.md'), 'x'))).toBe(`cannot write ${join(d, 'x.md')}: permission denied`);
    expect(existsSync(join(d, 'x.md'))).toBe(false);
  });
});

// `mandates import` on notices in every format it reads: the format comes from
// the bytes (file or standard input), --from overrides it, and what cannot be
// read is refused in one line with exit 2. Fixtures: test/fixtures/import/ (see
// the README there for how each was made).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../helpers/run.js';

const fixtures = new URL('../fixtures/import/', import.meta.url).pathname;
/** The YAML without its comment lines (they name the source file and encoding). */
const body = (yaml: string) => yaml.replace(/^#.*\n/gmu, '');

describe('mandates import: formats', () => {
  it('reads a saved government page as the same document as its clean text copy, naming the charset it found', async () => {
    const html = await run(['import', join(fixtures, 'html/gov-sanding-gb2312.html')]);
    const txt = await run(['import', join(fixtures, 'sanding.txt')]);
    const fromTxt = parse(txt.stdout);
    const fromHtml = parse(html.stdout);
    expect(html.code).toBe(0);
    // The page's metadata table fills the number, issuer and date the provision's text does not print, and says so.
    expect(html.stderr).toContain(': number 国办发〔2008〕77号; issuer 国务院办公厅; date 2008-07-11; 4 units\n');
    expect(html.stderr.match(/warning: .*/gu)).toEqual([
      'warning: ' + join(fixtures, 'html/gov-sanding-gb2312.html') + ': the document number 国办发〔2008〕77号 comes from the source\'s metadata; the text itself prints none',
    ]);
    expect(html.stdout).toContain('gov-sanding-gb2312.html (gb18030); check it against the source.');
    // The same units and duties as the clean text copy; the head gains what the metadata table gave.
    expect(fromHtml.units).toEqual(fromTxt.units);
    expect({ ...fromHtml, units: undefined }).toEqual({
      ...fromTxt,
      units: undefined,
      id: 'gbf-2008-77',
      number: '国办发〔2008〕77号',
      numberNormalized: '国办发〔2008〕77号',
      issuer: '国务院办公厅',
      date: '2008-07-11',
      dateText: '2008年07月11日',
    });
  });

  it('reads a .docx, from a file or standard input, as the same document as the typed text', async () => {
    const txt = await run(['import', join(fixtures, 'sanding.txt')]);
    const docx = await run(['import', join(fixtures, 'office/sanding-numbered.docx')]);
    expect(docx.code).toBe(0);
    expect(docx.stdout).toContain('sanding-numbered.docx (docx); check it against the source.');
    expect(body(docx.stdout)).toBe(body(txt.stdout));
    const piped = await run(['import', '-'], { stdin: readFileSync(join(fixtures, 'office/sanding-numbered.docx')) });
    expect(body(piped.stdout)).toBe(body(txt.stdout));
  });

  it('sniffs HTML on standard input, and --from html/txt say how to read it', async () => {
    const page = readFileSync(join(fixtures, 'html/wikisource-sanding.html'));
    const sniffed = await run(['import', '-'], { stdin: page });
    const txt = await run(['import', join(fixtures, 'sanding.txt')]);
    expect(sniffed.code).toBe(0);
    expect(sniffed.stderr).not.toContain('warning');
    expect(body(sniffed.stdout)).toBe(body(txt.stdout));
    // A copied fragment does not look like a page; --from html reads it as one.
    const fragment = '<p>商务部主要职责内设机构和人员编制规定</p>' + readFileSync(join(fixtures, 'sanding.txt'), 'utf8').split('\n').slice(2).map((l) => `<p>${l}</p>`).join('');
    const told = await run(['import', '-', '--from', 'html'], { stdin: `一段说明文字\n${fragment}` });
    expect(told.code).toBe(0);
    expect(body(told.stdout)).not.toContain('<p>');
    const bad = await run(['import', '-', '--from', 'rtf'], { stdin: 'x' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('mandates: --from "rtf": use one of txt, html, docx, doc, odt, pdf\n');
  });

  it('refuses a password-protected PDF and a scanned one in one line, exit 2, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mandates-formats-'));
    const out = join(dir, 'x.yaml');
    const encrypted = await run(['import', join(fixtures, 'office/encrypted.pdf'), '-o', out]);
    expect([encrypted.code, encrypted.stdout]).toEqual([2, '']);
    expect(encrypted.stderr).toBe(`mandates: ${join(fixtures, 'office/encrypted.pdf')}: the PDF is encrypted with a password; open it, save a copy without the password, and import that\n`);
    const scan = await run(['import', join(fixtures, 'office/scan.pdf'), '-o', out]);
    expect([scan.code, scan.stdout]).toEqual([2, '']);
    expect(scan.stderr).toMatch(/^mandates: .*scan\.pdf: the PDF has no text layer \(its page is an image: a scan\?\); mandates does not do OCR/u);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses what it cannot read in one line, exit 2, writing nothing', async () => {
    const cases: [Buffer, RegExp][] = [
      [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /^mandates: <stdin>: binary data, not a notice in a format mandates reads \(txt, html, docx, doc, odt, pdf\)\n$/u],
      [Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(26), Buffer.from('xl/workbook.xml')]), /^mandates: <stdin>: a zip archive that is neither a Word document \(\.docx\) nor an OpenDocument text \(\.odt\)\n$/u],
      [
        Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100), Buffer.from('EncryptedPackage', 'utf16le')]),
        /^mandates: <stdin>: an encrypted \(password-protected\) Office document: open it in Word or WPS, remove the password, save, and import that file\n$/u,
      ],
    ];
    for (const [bytes, message] of cases) {
      const r = await run(['import', '-'], { stdin: bytes });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    }
  });
});

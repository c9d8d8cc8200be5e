import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';
import { parseXml } from '../helpers/xml.js';

describe('mandates overlap --matrix and -o map', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mandates-overlap-map-'));

  it('--matrix prints the units shaded by the share of duties they share, and a legend', async () => {
    const r = await run(['overlap', '--matrix']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]!.trim()).toBe('1  2  3  4  5  6');
    const w = lines.find((l) => l.includes('外贸发展中心'))!;
    const t = lines.find((l) => l.includes('投资促进中心'))!;
    expect(Math.abs(lines.indexOf(w) - lines.indexOf(t))).toBe(1);
    expect(w).toMatch(/▓▓/);
    expect(r.stdout).toContain('行单位的职责中与列单位交叉的比例');
  });

  it('--matrix --json gives the matrix with duty ids', async () => {
    const r = await run(['overlap', '--matrix', '--json']);
    const m = JSON.parse(r.stdout);
    const w = m.units.findIndex((u: { name: string }) => u.name === '外贸发展中心');
    const t = m.units.findIndex((u: { name: string }) => u.name === '投资促进中心');
    expect(m.shared[w][t]).toEqual(['sbf-2003-9/wmfzzx/4', 'sbf-2003-9/wmfzzx/6', 'sbf-2003-9/wmfzzx/9', 'sbf-2003-9/wmfzzx/10']);
    expect(m.share[w][t]).toBe(0.4);
  });

  it('-o map.svg and -o map.html write the map and say so on stderr', async () => {
    const svg = join(dir, 'map.svg');
    const r = await run(['overlap', '-o', svg]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`mandates: wrote ${svg} (svg): 5 overlap groups\n`);
    expect(parseXml(readFileSync(svg, 'utf8')).name).toBe('svg');
    const html = join(dir, 'map.html');
    expect((await run(['overlap', '--unit', 'wmfzzx', '--unit', 'tzcjzx', '-o', html])).code).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('Content-Security-Policy');
    expect(page.match(/class="cell"/g)).toHaveLength(2);
  });

  it('refuses what makes no sense with one line and exit 2, writing nothing', async () => {
    const html = join(dir, 'no.html');
    const r = await run(['overlap', '--matrix', '-o', html]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mandates: --matrix .*\n$/);
    expect(existsSync(html)).toBe(false);
    const txt = await run(['overlap', '-o', join(dir, 'map.png')]);
    expect(txt.code).toBe(2);
    expect(txt.stderr.split('\n')).toHaveLength(2);
  });

  it('replaces an existing map only with --force', async () => {
    const svg = join(dir, 'twice.svg');
    expect((await run(['overlap', '-o', svg])).code).toBe(0);
    expect((await run(['overlap', '-o', svg])).code).toBe(2);
    expect((await run(['overlap', '-o', svg, '--force'])).code).toBe(0);
  });
});

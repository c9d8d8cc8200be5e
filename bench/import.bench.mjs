// The importer on the seed notice and on a long synthetic one (the seed's six
// units repeated, renamed, 200 times: about 12,000 duties), and what share of
// a run is loading the modules. The engine is bundled from src/ on the fly.
import { build } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fmtMs, row } from './lib/report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}build/tools/importer-bench.js`;
await build({
  stdin: {
    contents: "export { importNotice } from './src/importer/notice.ts'; export { pinyin } from 'pinyin-pro';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
let t = performance.now();
const { importNotice, pinyin } = await import(out);
const loadMs = performance.now() - t;
const initials = (s) => pinyin(s, { pattern: 'first', toneType: 'none', type: 'array' }).join('');

const seedDir = `${root}../shared/seed/`;
const seed = readFileSync(seedDir + readdirSync(seedDir).find((f) => f.endsWith('.txt')), 'utf8');
const attachment = seed.slice(seed.indexOf('附 件：') + '附 件：'.length);
const head = seed.slice(0, seed.indexOf('附 件：') + '附 件：'.length);
let big = head;
for (let i = 0; i < 200; i++) big += attachment.replace(/(机关服务中心|外贸发展中心|投资促进中心|国际经济合作事务局|配额许可证事务局|中国国际电子商务中心)(?=（|《|主要职能|\n)/gu, `第${i}$1`);

function median(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

t = performance.now();
importNotice(seed, { initials });
const firstMs = performance.now() - t;
const seedMs = median(() => importNotice(seed, { initials }), 30);
const bigDoc = importNotice(big, { initials }).document;
const duties = bigDoc.units.reduce((n, u) => n + JSON.stringify(u).split('"text"').length - 1, 0);
const bigMs = median(() => importNotice(big, { initials }), 5);
console.log(`module load (importer + pinyin-pro + opencc t2cn): ${loadMs.toFixed(0)} ms`);
console.log(`seed notice (${seed.length} chars, 60 duties): first run ${firstMs.toFixed(1)} ms, median ${seedMs.toFixed(2)} ms`);
console.log(`synthetic notice (${(big.length / 1e6).toFixed(2)} M chars, ${bigDoc.units.length} units, ${duties} duties): median ${bigMs.toFixed(0)} ms, ${(bigMs / duties * 1000).toFixed(1)} µs/duty`);
row({ what: `\`import\` of the seed notice (after the first) / of ${duties.toLocaleString('en')} duties, in-process`, figure: `${fmtMs(seedMs)} / ${fmtMs(bigMs)}` });

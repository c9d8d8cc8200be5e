#!/usr/bin/env node
// Generates a large synthetic corpus from the bundled notice's sentences, for
// benchmarks: `node bench/generate-corpus.mjs --duties 100000 --units 2000 -o big.yaml`.
// Deterministic (seeded), so runs compare like with like.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import YAML from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Small deterministic PRNG (mulberry32). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
function chineseNumber(n) {
  if (n <= 10) return NUMERALS[n];
  if (n < 20) return `十${NUMERALS[n - 10]}`;
  if (n < 100) return `${NUMERALS[Math.floor(n / 10)]}十${NUMERALS[n % 10]}`;
  return String(n);
}

export function generateCorpus({ duties = 100_000, units = 2_000, documents = 20, seed = 2003 } = {}) {
  const bundled = YAML.parse(readFileSync(`${root}corpus/sbf-2003-9.yaml`, 'utf8'));
  const texts = [];
  const walk = (list) => list.forEach((d) => { texts.push(d.text); if (d.items) walk(d.items); });
  for (const u of bundled.units) {
    if (u.duties) walk(u.duties);
    for (const s of u.sections ?? []) walk(s.duties);
  }
  const clauses = [...new Set(texts.flatMap((t) => t.split(/[，；。]/u)).map((c) => c.trim()).filter((c) => c.length >= 4))];
  const stems = bundled.units.map((u) => u.name.replace(/(中心|事务局)$/u, ''));
  const random = prng(seed);
  const pick = (arr) => arr[Math.floor(random() * arr.length)];

  const perUnit = Math.floor(duties / units);
  let extra = duties - perUnit * units;
  const docs = [];
  for (let d = 0; d < documents; d++) {
    const unitsHere = Math.floor(units / documents) + (d < units % documents ? 1 : 0);
    const doc = {
      mandates: 1,
      id: `synthetic-${d + 1}`,
      title: `关于印发第${d + 1}批单位主要职能的通知（合成）`,
      number: `合成发〔2003〕${d + 1}号`,
      issuer: '合成测试机关',
      date: '2003-06-26',
      units: [],
    };
    for (let u = 0; u < unitsHere; u++) {
      const n = docs.reduce((s, x) => s + x.units.length, 0) + u + 1;
      const count = perUnit + (extra-- > 0 ? 1 : 0);
      const list = [];
      for (let i = 1; i <= count; i++) {
        const parts = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(clauses));
        list.push({ label: `${chineseNumber(i)}、`, text: `${parts.join('，')}。` });
      }
      doc.units.push({ id: `u${n}`, name: `${pick(stems)}第${n}中心`, duties: list });
    }
    docs.push(doc);
  }
  return docs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      duties: { type: 'string', default: '100000' },
      units: { type: 'string', default: '2000' },
      documents: { type: 'string', default: '20' },
      seed: { type: 'string', default: '2003' },
      output: { type: 'string', short: 'o' },
    },
  });
  const docs = generateCorpus({
    duties: Number(values.duties),
    units: Number(values.units),
    documents: Number(values.documents),
    seed: Number(values.seed),
  });
  const text = docs.map((d) => YAML.stringify(d, { lineWidth: 0 })).join('---\n');
  if (values.output) writeFileSync(values.output, text);
  else process.stdout.write(text);
}

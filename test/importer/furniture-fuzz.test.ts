// Fuzz: site furniture of the kinds real pages print (点击 counters, 来源 / 作者
// lines, edit marks, share and print buttons, breadcrumbs, ICP and copyright
// footers, blank lines) inserted at random around and between the lines of a
// clean notice never changes the imported document, and never warns.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { importNotice } from '../../src/importer/notice.js';

const initials = (s: string) => pinyin(s, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

const site = fc.constantFrom('中国政府网', '中央政府门户网站', '某某市机构编制网', '法律资料网', '新华网', '人民网', 'www.gov.cn', '國務院公報');
const person = fc.constantFrom('张三', '李四', '王五', '佚名', '本网编辑部', '國務院辦公廳秘書局');
const count = fc.integer({ min: 0, max: 99999 });
const date = fc
  .tuple(fc.integer({ min: 1998, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom('-', '.', '/'))
  .map(([y, m, d, sep]) => [y, String(m).padStart(2, '0'), String(d).padStart(2, '0')].join(sep));
const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const gap = fc.constantFrom(' ', '  ', '　', '　　', '\t');
const section = fc.constantFrom('政策法规', '国务院文件', '政务公开', '机构编制', '法律法规', '社会法类', '國務院文件');

const counterLine = fc.oneof(
  count.map((n) => `点击${n}次`),
  count.map((n) => `点击数：${n}`),
  count.map((n) => `浏览次数：${n}`),
  fc.tuple(date, count).map(([d, n]) => `发表时间:${d} 点击${n}次`),
  fc.tuple(date, time, count, site, gap).map(([d, t, n, s, g]) => `作者:${s} 时间:${d} ${t}${g}浏览:${n}${g}来源:${s}`),
  fc.tuple(date, time, count).map(([d, t, n]) => `发布时间：${d} ${t}　浏览次数：${n}`),
);
const sourceLine = fc.oneof(
  site.map((s) => `来源：${s}`),
  site.map((s) => `信息来源: ${s}`),
  fc.tuple(site, person, gap).map(([s, p, g]) => `来源：${s}${g}作者：${p}`),
  fc.tuple(site, person, gap).map(([s, p, g]) => `文章来源：${s}${g}责任编辑：${p}`),
  site.map((s) => `來源：${s}`),
);
const editLine = fc.constantFrom('编辑', '播报', '[编辑]', '[編輯]', '讨论', '收藏');
const shareLine = fc.constantFrom(
  '【字体：大 中 小】【打印本页】【关闭窗口】',
  '【字体：大 中 小】　【打印本页】　【关闭窗口】',
  '[打印本页] [关闭窗口]',
  '打印本页 | 关闭窗口',
  '分享到：',
  '分享到：微信 微博',
  '扫一扫在手机打开当前页',
  '【打印】【关闭】',
  '字号：大 中 小',
  '返回顶部',
);
const breadcrumbLine = fc.oneof(
  fc.tuple(section, section).map(([a, b]) => `当前位置：首页 > ${a} > ${b}`),
  fc.tuple(section, section).map(([a, b]) => `您现在的位置：首页 » ${a} » ${b} » 正文`),
  section.map((a) => `首页 > ${a} > 正文`),
  section.map((a) => `首页> 法律法规> ${a}`),
  section.map((a) => `當前位置：首頁 > ${a}`),
);
const footerLine = fc.oneof(
  count.map((n) => `京ICP备${n}号`),
  fc.tuple(site, count).map(([s, n]) => `版权所有：${s}　京ICP备${n}号-1`),
  site.map((s) => `Copyright © 2008 ${s} All Rights Reserved`),
  site.map((s) => `主办单位：${s}　网站标识码：bm01000001`),
  count.map((n) => `京公网安备 110102020${n}号`),
  site.map((s) => `版權所有 ${s}`),
);
const blankLine = fc.constantFrom('', '', '　　', ' ');
const furnitureLine = fc.oneof(counterLine, sourceLine, editLine, shareLine, breadcrumbLine, footerLine, blankLine);

/** A short numbered section title (一、主要职责), after which wikis print an edit mark. */
const SECTION_TITLE = /^[\s\u3000]*[一二三四五六七八九十]+、[^。，；：]{2,8}$/u;

/** A clean notice with furniture lines inserted at random line boundaries, and maybe edit marks after its section titles. */
function withFurniture(clean: string) {
  const lines = clean.split('\n');
  return fc
    .tuple(
      fc.array(fc.tuple(fc.integer({ min: 0, max: lines.length }), furnitureLine), { minLength: 1, maxLength: 12 }),
      fc.constantFrom('', '[编辑]', '[編輯]', ' [编辑]'),
    )
    .map(([inserts, mark]) => {
      const before: string[][] = Array.from({ length: lines.length + 1 }, () => []);
      for (const [at, line] of inserts) before[at]!.push(line);
      const marked = lines.map((l) => (SECTION_TITLE.test(l) ? l + mark : l));
      return [...marked.flatMap((l, i) => [...before[i]!, l]), ...before[lines.length]!].join('\n');
    });
}

describe.each([
  ['sanding-notice.txt', 'a 国办发 notice with a 三定 after its date'],
  ['sanding.txt', 'a 三定 provision on its own'],
  ['sanding-traditional.txt', 'a notice in traditional script'],
])('furniture around %s (%s)', (name) => {
  // Imported inside each test, so that mutation testing's per-test coverage sees which test runs what.
  const importClean = () => importNotice(fixture(name), { initials });

  it('imports clean with no warnings', () => {
    expect(importClean().warnings).toEqual([]);
  });

  it('imports the same document, without a warning, whatever furniture is inserted', () => {
    const clean = importClean();
    fc.assert(
      fc.property(withFurniture(fixture(name)), (messy) => {
        const r = importNotice(messy, { initials });
        expect(r.warnings).toEqual([]);
        expect(r.document).toEqual(clean.document);
      }),
      { numRuns: 300 },
    );
  });
});

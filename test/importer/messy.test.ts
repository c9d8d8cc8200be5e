// Notices as people paste them from real sites: each fixture has the shape of
// one site layout (written for these tests; the duties are shortened from the
// public 三定 provisions). Each test asserts the whole imported document.
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/build-model.js';
import type { DocumentFile } from '../../src/corpus/format.js';
import { parseCorpusText } from '../../src/corpus/parse.js';
import { importNotice, type ImportResult } from '../../src/importer/notice.js';
import { renderDocumentYaml } from '../../src/render/document-yaml.js';

const initials = (s: string) => pinyin(s, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
const importText = (text: string): ImportResult => importNotice(text, { initials });
const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8');

function loadsBack(doc: DocumentFile) {
  return buildCorpus(parseCorpusText(renderDocumentYaml(doc, { schema: './mandates.schema.json' }), 'imported.yaml'));
}

describe('messy copies from real sites', () => {
  it("a Wikisource copy in traditional script: tagline, version links, 發布機關 and 發布於 lines, [編輯] after headings, a licence footer", () => {
    const { document, warnings } = importText(fixture("messy-wikisource.txt"));
    expect(warnings).toEqual([
      {
        "line": 7,
        "message": "the document number 國辦發〔2008〕60號 comes from the copy's site metadata; the text itself prints none"
      }
    ]);
    expect(document).toEqual({
      "mandates": 1,
      "id": "gbf-2008-60",
      "title": "國務院辦公廳主要職責內設機構和人員編制規定",
      "number": "國辦發〔2008〕60號",
      "numberNormalized": "國辦發〔2008〕60號",
      "issuer": "中華人民共和國國務院辦公廳",
      "units": [
        {
          "id": "gwybgt",
          "name": "國務院辦公廳",
          "heading": "國務院辦公廳主要職責內設機構和人員編制規定",
          "notes": [
            { zh: "内设机构部分开头为：“根據上述職責，國務院辦公廳設3個內設機構：”", en: "The 内设机构 section opens: “根據上述職責，國務院辦公廳設3個內設機構：”" }
          ],
          "preamble": "根據第十一屆全國人民代表大會第一次會議批准的國務院機構改革方案和《國務院關於機構設置的通知》（國發〔2008〕11號），設立國務院辦公廳，為協助國務院領導同志處理國務院日常工作的機構。",
          "staffing": "國務院辦公廳機關行政編制為519名。其中：秘書長1名、副秘書長5名；司局級領導職數49名。",
          "sections": [
            {
              "label": "一、",
              "title": "職責調整",
              "duties": [
                {
                  "text": "強化服務職責，加強應急、督查工作，進一步發揮參謀助手和運轉樞紐作用。增加指導、監督全國政府信息公開工作的職責。"
                }
              ]
            },
            {
              "label": "二、",
              "title": "主要職責",
              "duties": [
                {
                  "label": "（一）",
                  "text": "負責國務院會議的準備工作，協助國務院領導同志組織實施會議決定事項。"
                },
                {
                  "label": "（二）",
                  "text": "協助國務院領導同志組織起草或審核以國務院、國務院辦公廳名義發布的公文。"
                },
                {
                  "label": "（三）",
                  "text": "指導、監督全國政府信息公開工作。"
                },
                {
                  "label": "（四）",
                  "text": "辦理國務院和國務院領導同志交辦的其他事項。"
                }
              ]
            },
            {
              "label": "五、",
              "title": "其他事項",
              "duties": [
                {
                  "text": "所屬事業單位的設置、職責和編制事項另行規定。"
                }
              ]
            },
            {
              "label": "六、",
              "title": "附則",
              "duties": [
                {
                  "text": "本規定由中央機構編制委員會辦公室負責解釋，其調整由中央機構編制委員會辦公室按規定程序辦理。"
                }
              ]
            }
          ]
        },
        {
          "id": "msyj",
          "name": "秘書一局",
          "heading": "秘書一局",
          "parent": "gwybgt",
          "duties": [
            {
              "text": "辦理國務院全體會議、國務院常務會議等會務，承擔文電收發運轉和國徽印鑑管理工作。"
            }
          ]
        },
        {
          "id": "msej",
          "name": "秘書二局",
          "heading": "秘書二局",
          "parent": "gwybgt",
          "duties": [
            {
              "text": "辦理國務院領導同志外事活動、出訪、會見等事務。"
            }
          ]
        },
        {
          "id": "dcs",
          "name": "督查室",
          "heading": "督查室",
          "parent": "gwybgt",
          "duties": [
            {
              "text": "督促檢查國務院決定事項和國務院領導同志指示的貫徹落實情況。"
            }
          ]
        }
      ]
    });
    loadsBack(document);
  });

  it("a law-database copy: a 【发布部门】…【法规类别】 block, the title repeated, the number in brackets, the 三定 title broken over two lines, a lead sentence before 主要职责", () => {
    const { document, warnings } = importText(fixture("messy-lawdb.txt"));
    expect(warnings).toEqual([]);
    expect(document).toEqual({
      "mandates": 1,
      "id": "gbf-2008-60",
      "title": "国务院办公厅关于印发国务院办公厅主要职责内设机构和人员编制规定的通知",
      "number": "国办发〔2008〕60号",
      "numberNormalized": "国办发〔2008〕60号",
      "issuer": "国务院办公厅",
      "date": "2008-07-10",
      "dateText": "二○○八年七月十日",
      "recipients": [
        "各省、自治区、直辖市人民政府",
        "国务院各部委、各直属机构"
      ],
      "body": "《国务院办公厅主要职责内设机构和人员编制规定》已经国务院批准，现予印发。",
      "notes": [
        { zh: "网页副本另载有语料格式中没有对应字段的元数据：实施日期：2008.07.10；时效性：现行有效；效力级别：国务院规范性文件；法规类别：机构编制。", en: "The copy prints site metadata the corpus format has no field for: 实施日期：2008.07.10; 时效性：现行有效; 效力级别：国务院规范性文件; 法规类别：机构编制." }
      ],
      "units": [
        {
          "id": "gwybgt",
          "name": "国务院办公厅",
          "heading": "国务院办公厅主要职责内设机构和人员编制规定",
          "notes": [
            { zh: "内设机构部分开头为：“根据上述职责，国务院办公厅设2个内设机构：”", en: "The 内设机构 section opens: “根据上述职责，国务院办公厅设2个内设机构：”" }
          ],
          "preamble": "根据第十一届全国人民代表大会第一次会议批准的国务院机构改革方案和《国务院关于机构设置的通知》（国发〔2008〕11号），设立国务院办公厅，为协助国务院领导同志处理国务院日常工作的机构。",
          "staffing": "国务院办公厅机关行政编制为519名。",
          "sections": [
            {
              "label": "一、",
              "title": "职责调整",
              "duties": [
                {
                  "text": "强化服务职责，加强应急、督查工作，进一步发挥参谋助手和运转枢纽作用。"
                }
              ]
            },
            {
              "label": "二、",
              "title": "主要职责",
              "preamble": "根据以上职责调整，国务院办公厅的主要职责是：",
              "duties": [
                {
                  "label": "（一）",
                  "text": "负责国务院会议的准备工作，协助国务院领导同志组织实施会议决定事项。"
                },
                {
                  "label": "（二）",
                  "text": "协助国务院领导同志组织起草或审核以国务院、国务院办公厅名义发布的公文。"
                },
                {
                  "label": "（三）",
                  "text": "办理国务院和国务院领导同志交办的其他事项。"
                }
              ]
            },
            {
              "label": "五、",
              "title": "附则",
              "duties": [
                {
                  "text": "本规定由中央机构编制委员会办公室负责解释。"
                }
              ]
            }
          ]
        },
        {
          "id": "msyj",
          "name": "秘书一局",
          "heading": "秘书一局",
          "parent": "gwybgt",
          "duties": [
            {
              "text": "办理国务院全体会议、国务院常务会议等会务。"
            }
          ]
        },
        {
          "id": "dcs",
          "name": "督查室",
          "heading": "督查室",
          "parent": "gwybgt",
          "duties": [
            {
              "text": "督促检查国务院决定事项和国务院领导同志指示的贯彻落实情况。"
            }
          ]
        }
      ]
    });
    loadsBack(document);
  });

  it("a 1998 职能配置 provision from a law site: a telephone line, a breadcrumb, departments on lines of their own, 相关法规 and a footer", () => {
    const { document, warnings } = importText(fixture("messy-1998.txt"));
    expect(warnings).toEqual([]);
    expect(document).toEqual({
      "mandates": 1,
      "id": "gwybgt-sd",
      "title": "国务院办公厅职能配置内设机构和人员编制规定",
      "units": [
        {
          "id": "gwybgt",
          "name": "国务院办公厅",
          "heading": "国务院办公厅职能配置内设机构和人员编制规定",
          "notes": [
            { zh: "内设机构部分开头为：“根据以上职责，国务院办公厅设2个职能司局。”", en: "The 内设机构 section opens: “根据以上职责，国务院办公厅设2个职能司局。”" }
          ],
          "staffing": "国务院办公厅机关行政编制为519名。其中：秘书长1名，副秘书长5名；司局级领导职数49名。",
          "sections": [
            {
              "label": "一、",
              "title": "职能调整",
              "duties": [
                {
                  "text": "国务院办公厅各司局不再承担协调任务，加强审核把关、督查落实和跟踪调研职能。"
                }
              ]
            },
            {
              "label": "二、",
              "title": "主要职责",
              "preamble": "根据以上职能调整，国务院办公厅的主要职责是：",
              "duties": [
                {
                  "label": "(一)",
                  "text": "负责国务院会议的准备工作，协助国务院领导同志组织会议决定事项的实施。"
                },
                {
                  "label": "(二)",
                  "text": "协助国务院领导同志组织起草或审核以国务院、国务院办公厅名义发布的公文。"
                },
                {
                  "label": "(三)",
                  "text": "负责国务院值班工作，及时向国务院领导同志报告重要情况。"
                },
                {
                  "label": "(四)",
                  "text": "办理国务院领导同志交办的其他事项。"
                }
              ]
            },
            {
              "label": "五、",
              "title": "其他事项",
              "duties": [
                {
                  "text": "国务院办公厅所属事业单位的设置、职责和编制事项另行规定。"
                }
              ]
            }
          ]
        },
        {
          "id": "msyj",
          "name": "秘书一局",
          "heading": "秘书一局",
          "parent": "gwybgt",
          "duties": [
            {
              "text": "办理文电收发运转、国徽印鉴管理、国务院领导同志内事活动安排等事项。"
            }
          ]
        },
        {
          "id": "msej",
          "name": "秘书二局",
          "heading": "秘书二局",
          "parent": "gwybgt",
          "duties": [
            {
              "text": "办理国务院领导同志外事活动安排，承担有关会务工作。"
            }
          ]
        }
      ]
    });
    loadsBack(document);
  });

  it("a news-site copy: the site name, a breadcrumb, 颁布单位 / 发表时间 点击 / 来源 作者 lines, the title repeated, 【字体】 buttons, 上一篇 / 下一篇, a copyright footer", () => {
    const { document, warnings } = importText(fixture("messy-news.txt"));
    expect(warnings).toEqual([
      {
        "line": 1,
        "message": "text before the title is not imported: “某某市机构编制网”"
      }
    ]);
    expect(document).toEqual({
      "mandates": 1,
      "id": "gbf-2008-60",
      "title": "国务院办公厅关于印发国务院办公厅主要职责内设机构和人员编制规定的通知",
      "number": "国办发[2008]60号",
      "numberNormalized": "国办发〔2008〕60号",
      "issuer": "国务院办公厅",
      "date": "2008-07-10",
      "dateText": "二○○八年七月十日",
      "recipients": [
        "各省、自治区、直辖市人民政府",
        "国务院各部委、各直属机构"
      ],
      "body": "《国务院办公厅主要职责内设机构和人员编制规定》已经国务院批准，现予印发。",
      "units": [
        {
          "id": "gwybgt",
          "name": "国务院办公厅",
          "heading": "国务院办公厅主要职责内设机构和人员编制规定",
          "notes": [
            { zh: "内设机构部分开头为：“根据上述职责，国务院办公厅设1个内设机构：”", en: "The 内设机构 section opens: “根据上述职责，国务院办公厅设1个内设机构：”" }
          ],
          "preamble": "根据第十一届全国人民代表大会第一次会议批准的国务院机构改革方案和《国务院关于机构设置的通知》（国发〔2008〕11号），设立国务院办公厅，为协助国务院领导同志处理国务院日常工作的机构。",
          "staffing": "国务院办公厅机关行政编制为519名。",
          "sections": [
            {
              "label": "一、",
              "title": "主要职责",
              "duties": [
                {
                  "label": "（一）",
                  "text": "负责国务院会议的准备工作，协助国务院领导同志组织实施会议决定事项。"
                },
                {
                  "label": "（二）",
                  "text": "办理国务院和国务院领导同志交办的其他事项。"
                }
              ]
            }
          ]
        },
        {
          "id": "msyj",
          "name": "秘书一局",
          "heading": "秘书一局",
          "parent": "gwybgt",
          "duties": [
            {
              "text": "办理国务院全体会议、国务院常务会议等会务。"
            }
          ]
        }
      ]
    });
    loadsBack(document);
  });


  it("a 法律资料网-style copy: navigation bars, 作者/时间/浏览/来源 on one line, 下载地址, the title printed three times with the issuer between", () => {
    const { document, warnings } = importText(fixture("messy-lawsite.txt"));
    expect(warnings).toEqual([]);
    expect(document).toEqual({
      "mandates": 1,
      "id": "swb-sd",
      "title": "商务部主要职责内设机构和人员编制规定",
      "issuer": "国务院办公厅",
      "units": [
        {
          "id": "swb",
          "name": "商务部",
          "heading": "商务部主要职责内设机构和人员编制规定",
          "notes": [
            { zh: "内设机构部分开头为：“根据上述职责，商务部设1个内设机构：”", en: "The 内设机构 section opens: “根据上述职责，商务部设1个内设机构：”" }
          ],
          "preamble": "根据第十一届全国人民代表大会第一次会议批准的国务院机构改革方案和《国务院关于机构设置的通知》（国发〔2008〕11号），设立商务部，为国务院组成部门。",
          "staffing": "商务部机关行政编制为1300名。",
          "sections": [
            {
              "label": "一、",
              "title": "主要职责",
              "duties": [
                {
                  "label": "（一）",
                  "text": "拟订国内外贸易和国际经济合作的发展战略、政策。"
                },
                {
                  "label": "（二）",
                  "text": "承办国务院交办的其他事项。"
                }
              ]
            }
          ]
        },
        {
          "id": "bgt",
          "name": "办公厅",
          "heading": "办公厅",
          "parent": "swb",
          "duties": [
            {
              "text": "负责机关日常运转工作。"
            }
          ]
        }
      ]
    });
    loadsBack(document);
  });

  it("a Baidu Baike copy: 播报 / 编辑 / 锁定 lines, the abstract, the infobox as key and value lines, a 目录, citation marks, 参考资料 at the end", () => {
    const { document, warnings } = importText(fixture("messy-baike.txt"));
    expect(warnings).toEqual([
      {
        "line": 13,
        "message": "the document number 国办发〔2008〕60号 comes from the copy's site metadata; the text itself prints none"
      }
    ]);
    expect(document).toEqual({
      "mandates": 1,
      "id": "gbf-2008-60",
      "title": "国务院办公厅主要职责内设机构和人员编制规定",
      "number": "国办发〔2008〕60号",
      "numberNormalized": "国办发〔2008〕60号",
      "issuer": "国务院办公厅",
      "date": "2008-07-10",
      "dateText": "2008年7月10日",
      "units": [
        {
          "id": "gwybgt",
          "name": "国务院办公厅",
          "heading": "国务院办公厅主要职责内设机构和人员编制规定",
          "staffing": "国务院办公厅机关行政编制为519名。",
          "sections": [
            {
              "label": "一、",
              "title": "职责调整",
              "duties": [
                {
                  "text": "强化服务职责，加强应急、督查工作，进一步发挥参谋助手和运转枢纽作用。"
                }
              ]
            },
            {
              "label": "二、",
              "title": "主要职责",
              "duties": [
                {
                  "label": "（一）",
                  "text": "负责国务院会议的准备工作，协助国务院领导同志组织实施会议决定事项。"
                },
                {
                  "label": "（二）",
                  "text": "办理国务院和国务院领导同志交办的其他事项。"
                }
              ]
            }
          ]
        }
      ]
    });
    loadsBack(document);
  });

  it.each([
    ['traditional', (t: string) => t.replace('國務院辦公廳主要職責內設機構和人員編制規定\n', '國務院辦公廳主要職責\n內設機構和人員編制規定\n')],
    ['name and tail apart', (t: string) => t.replace('國務院辦公廳主要職責內設機構和人員編制規定\n', '國務院辦公廳\n主要職責內設機構和人員編制規定\n')],
  ])('joins a 三定 title broken over two lines (%s): the body unit is named after the first line', (_name, transform) => {
    const whole = importText(fixture('messy-wikisource.txt'));
    const broken = importText(transform(fixture('messy-wikisource.txt')));
    expect(broken.document).toEqual(whole.document);
    expect(broken.document.units[0]!.name).toBe('國務院辦公廳');
  });

  it('joins the 1998 职能配置 title broken over two lines', () => {
    const broken = importText(fixture('messy-1998.txt').replace('国务院办公厅职能配置内设机构和人员编制规定\n\n', '国务院办公厅职能配置\n内设机构和人员编制规定\n\n'));
    expect(broken.document).toEqual(importText(fixture('messy-1998.txt')).document);
  });

  it('joins a 通知 title broken before its last word', () => {
    const text = fixture('sanding-notice.txt').replace('人员编制规定的通知\n', '人员编制规定的\n通知\n');
    const { document, warnings } = importText(text);
    expect(warnings).toEqual([]);
    expect(document.title).toBe('国务院办公厅关于印发商务部主要职责内设机构和人员编制规定的通知');
    expect(document).toEqual({ ...importText(fixture('sanding-notice.txt')).document });
  });
});

describe('the furniture of a pasted copy', () => {
  it('reads the fields a page prints around the notice, in either script, and drops the rest', async () => {
    const { cleanCopy } = await import('../../src/importer/furniture.js');
    const copy = cleanCopy(
      [
        '當前位置：首頁 > 政策 > 國務院文件',
        '發布機關:中華人民共和國國務院辦公廳',
        '发文字号：国办发〔2008〕60号　　成文日期：2008年07月10日',
        '索引号：000014349/2008-00060　主题分类：综合政务\\机构编制',
        '作者:法律资料网 时间:2024-07-22 18:21:41  浏览:9436   来源:法律资料网',
        '二、主要职责[編輯]',
        '（一）负责会议的组织工作。',
        '二○○八年七月十日',
        '京ICP备05070218号 京公网安备11010202000001号',
      ].join('\n'),
    );
    expect(copy.metadata).toEqual({
      issuer: '中華人民共和國國務院辦公廳',
      number: '国办发〔2008〕60号',
      dateText: '2008年07月10日',
      indexNumber: '000014349/2008-00060',
      subject: '综合政务\\机构编制',
    });
    expect(copy.metadataLines).toEqual({ issuer: 2, number: 3, dateText: 3, indexNumber: 4, subject: 4 });
    expect(copy.text).toBe('二、主要职责\n（一）负责会议的组织工作。\n二○○八年七月十日');
    expect(copy.lineMap).toEqual([6, 7, 8]);
    expect(copy.dropped.map((d) => d.line)).toEqual([1, 2, 3, 4, 5, 9]);
    expect(copy.unexplained).toEqual([]);
  });

  it('keeps what only looks like furniture: a date line, a duty that mentions 来源, a heading ending in 编辑', async () => {
    const { cleanCopy } = await import('../../src/importer/furniture.js');
    const lines = ['二〇〇八年七月十日', '2008年7月10日', '（三）负责信息来源的核实工作。', '新闻编辑', '1998年机构改革以来，职能有所调整。'];
    expect(cleanCopy(lines.join('\n')).text).toBe(lines.join('\n'));
  });
});

// Small PDFs written in a test: pages of Chinese text set in the standard
// CID font STSong-Light (UniGB-UCS2-H, not embedded), as Acrobat's Asian
// font pack and many report generators write them; each piece of text at a
// position, in a size, with a text matrix (to rotate or slant it); an info
// dictionary with a title. pdf.js reads them like any other PDF.

export interface PdfText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  /** Font size in points (default 16). */
  readonly size?: number;
  /** The text matrix's a b c d (default 1 0 0 1: upright). */
  readonly matrix?: readonly [number, number, number, number];
}

export interface PdfOptions {
  /** The info dictionary's /Title, written as UTF-16 (as Word and WPS write a Chinese title). */
  readonly title?: string;
  /** The font's CMap, by name (default UniGB-UCS2-H, one of Adobe's). */
  readonly cmap?: string;
}

const hex = (s: string) => `<${[...s].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase()).join('')}>`;

/** A PDF of the given pages (A4), each a list of pieces of text. */
export function pdf(pages: readonly (readonly PdfText[])[], options: PdfOptions = {}): Uint8Array {
  const objects = new Map<number, string>();
  objects.set(1, '<< /Type /Catalog /Pages 2 0 R >>');
  objects.set(3, `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /${options.cmap ?? 'UniGB-UCS2-H'} /DescendantFonts [4 0 R] >>`);
  objects.set(4, '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 >>');
  objects.set(5, '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
  const kids: number[] = [];
  let n = 6;
  for (const page of pages) {
    const ops = page.map(({ text, x, y, size = 16, matrix = [1, 0, 0, 1] }) => `BT /F1 ${size} Tf ${matrix.join(' ')} ${x} ${y} Tm ${hex(text)} Tj ET`).join('\n');
    objects.set(n, `<< /Length ${Buffer.byteLength(ops, 'latin1')} >>\nstream\n${ops}\nendstream`);
    objects.set(n + 1, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${n} 0 R >>`);
    kids.push(n + 1);
    n += 2;
  }
  objects.set(2, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  let info = '';
  if (options.title !== undefined) {
    objects.set(n, `<< /Title <FEFF${hex(options.title).slice(1, -1)}> /Producer (mandates tests) >>`);
    info = ` /Info ${n} 0 R`;
  }
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets = new Map<number, number>();
  const ids = [...objects.keys()].sort((a, b) => a - b);
  for (const id of ids) {
    offsets.set(id, Buffer.byteLength(out, 'latin1'));
    out += `${id} 0 obj\n${objects.get(id)!}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  const size = ids[ids.length - 1]! + 1;
  out += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let id = 1; id < size; id++) out += `${String(offsets.get(id) ?? 0).padStart(10, '0')} 00000 ${offsets.has(id) ? 'n' : 'f'} \n`;
  out += `trailer\n<< /Size ${size} /Root 1 0 R${info} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

// Modules the readers load that ship no typings; each reader types the little it uses.
// pdf.js's worker module is only handed back to pdf.js.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
// word-extractor (the .doc reader): see doc.ts for the shape used.
declare module 'word-extractor';

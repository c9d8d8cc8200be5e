// pdf.js ships no typings for its worker module; the PDF reader only hands it back to pdf.js.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';

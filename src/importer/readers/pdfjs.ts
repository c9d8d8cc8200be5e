/**
 * pdf.js and its worker as one module. The build (scripts/build.mjs) compiles
 * this file on its own into build/vendor/pdfjs.cjs, which the CLI bundle
 * requires only when a PDF is imported: pdf.js is a large ES module that
 * neither belongs in the start-up bundle nor can be require()d as it ships
 * on every Node 20. The standalone executable bundles it like the rest.
 */
export { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as worker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
export { worker };

import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { readSource } from './src/importer/readers/read-source.js';
const s = await readSource(readFileSync(process.argv[2]!), { name: 'x', decoder: iconv as any });
console.log(s.encoding, JSON.stringify(s.metadata));
console.log(s.text);
console.log('--- dropped');
console.log(s.dropped.join('\n'));

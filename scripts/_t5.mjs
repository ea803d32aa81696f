import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const p = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
const buf = readFileSync(p);
let nonAscii = 0; for (const b of buf) if (b > 127) nonAscii++;
console.log('non-ascii bytes', nonAscii, 'size', buf.length);
let t0=performance.now();
const lap=(s)=>{const t=performance.now(); console.log(s.padEnd(30),(t-t0).toFixed(1)); t0=t;};
const s1 = buf.toString('latin1'); lap('latin1 decode');
const s2 = buf.toString('utf8'); lap('utf8 decode');
const m = JSON.parse(s2); lap('parse');
const l = m.features.lexeme.list;
const mode = process.argv[2];
if (mode === 'json') { const str = '{' + l.map((w,i)=>JSON.stringify(w)+':'+i).join(',') + '}'; lap('build str'); const h = JSON.parse(str); lap('json hash'); }
if (mode === 'entries') { const h = Object.fromEntries(l.map((w,i)=>[w,i])); lap('fromEntries'); }
if (mode === 'loop') { const h = Object.create(null); for (let k=0;k<l.length;k++) h[l[k]]=k; lap('loop'); }
if (mode === 'loop2') { const h = {}; for (let k=0;k<l.length;k++) h[l[k]]=k; lap('loop {}'); }

import { readFileSync, openSync, readSync, fstatSync } from 'node:fs';
let t0=performance.now(); const lap=(s)=>{const t=performance.now(); console.log(s.padEnd(30),(t-t0).toFixed(2)); t0=t;};
const b = readFileSync('data/gazetteer.bin'); lap('readFileSync 22MB');
const fd = openSync('data/gazetteer.bin','r'); const size = fstatSync(fd).size; const buf = Buffer.allocUnsafe(size); readSync(fd, buf, 0, size, 0); lap('readSync allocUnsafe');
const m = readFileSync('models/ner.bin'); lap('read model');
const { shippedModel } = await import('../dist/entities/tagger/model.js'); lap('import model.js');
shippedModel(); lap('decode model');
const { createHash } = await import('node:crypto'); lap('import crypto');
createHash('sha256').update(m).digest('hex'); lap('sha256 model');

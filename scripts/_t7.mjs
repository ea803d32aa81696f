import { Session } from 'node:inspector/promises';
const {winkTokens}=await import('../dist/doc/wink.js'); winkTokens('Hello there.');
const {shippedModel}=await import('../dist/entities/tagger/model.js'); shippedModel();
const {gazetteer}=await import('../dist/places/gazetteer.js'); gazetteer();
const {extract}=await import('../dist/extract.js');
const fs=await import('node:fs');
const t=fs.readFileSync('fixtures/articles/turkey-idlib.txt','utf8');
const s = new Session(); s.connect(); await s.post('Profiler.enable'); await s.post('Profiler.setSamplingInterval', {interval: 50}); await s.post('Profiler.start');
const t0 = performance.now(); extract(t); const t1 = performance.now();
const { profile } = await s.post('Profiler.stop');
console.log('first extract ms', (t1-t0).toFixed(1));
const hits=new Map();profile.samples.forEach((x,i)=>hits.set(x,(hits.get(x)??0)+(profile.timeDeltas[i]??0)));
const byId=new Map(profile.nodes.map(n=>[n.id,n]));
// inclusive per function (top-level extract children)
const incl=new Map();
const walk=(n,stack)=>{const t=(hits.get(n.id)??0)/1000; for(const k of stack) incl.set(k,(incl.get(k)??0)+t); const key=n.callFrame.functionName+' '+n.callFrame.url.replace(/.*dist\//,'')+':'+n.callFrame.lineNumber; const st=stack.includes(key)?stack:[...stack,key]; for(const c of n.children??[]) walk(byId.get(c),st);};
walk(profile.nodes[0],[]);
console.log([...incl].filter(([k])=>k.includes('.js')).sort((a,b)=>b[1]-a[1]).slice(0,45).map(([k,v])=>v.toFixed(1)+' '+k).join('\n'));

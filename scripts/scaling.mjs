#!/usr/bin/env node
// npm run bench:scaling: time per MB of extract() on adversarial inputs doubled from 1 MB to 8 MB. Linear time
// shows as a flat time per MB; the script prints the max/min ratio per input (the bar is < 1.5x) and the worst
// doubling, the time of a size over the time of the size before it per unit of size (the bar is 1.2: doubling a text
// at most doubles its time plus 20%). Time is the process's CPU time (user + system), which other load on the
// machine disturbs less than the wall clock.
// usage: node scripts/scaling.mjs [--sizes 1,2,4,8] [--only NAME]
import { extract } from '../dist/index.js';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (opt('sizes') ?? '1,2,4,8').split(',').map(Number);
const only = opt('only');

/** Each builder repeats a unit until the text is `mb` million characters long. */
const INPUTS = {
  'quote marks': '" “ ” « » \' ’ ',
  // every mark closes a short quote: each pair is a quote candidate, the attribution steps run once per pair
  'quoted words': '“a” ‘b’ "c" «d» „e“ ',
  digits: '1234567890 12,345.67 $3.2bn 15% ',
  'capitalised words': 'Ankara Hulusi Akar Defence Minister NATO Springfield Illinois ',
  'long tokens': `${'x'.repeat(5000)} `,
  'one long line': 'The minister said that some 700,000 people fled the fighting near the border, officials said, ',
  'news paragraphs': '“We will not leave,” Akar said on Tuesday.\n\nAs many as 12 soldiers died in Idlib, the ministry said.\n\n',
  // a transcript: every quote's speaker is a label, each resolved against all the people's mentions so far
  'labelled lines': '“KOWAL: We will see.”\n\n“NOWAK: We will not.”\n\n',
};

function build(unit, mb) {
  const n = Math.ceil((mb * 1e6) / unit.length);
  return unit.repeat(n).slice(0, mb * 1e6);
}

function secondsFor(text) {
  const t0 = process.cpuUsage();
  extract(text);
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1e6;
}

/** The fastest of up to three runs while a run takes under a second: a quick input's figure is otherwise mostly noise. */
function bestSecondsFor(text) {
  let best = secondsFor(text);
  for (let i = 1; i < 3 && best < 1; i++) best = Math.min(best, secondsFor(text));
  return best;
}

console.log('| input | ' + sizes.map((s) => `${s} MB s/MB`).join(' | ') + ' | max/min | worst doubling |');
console.log('|---|' + sizes.map(() => '---:').join('|') + '|---:|---:|');
let worst = 0;
let worstDoubling = 0;
for (const [name, unit] of Object.entries(INPUTS)) {
  if (only && name !== only) continue;
  // a first, small run compiles the code paths this input takes, so the 1 MB figure is not start-up
  secondsFor(build(unit, 0.25));
  const perMb = sizes.map((mb) => bestSecondsFor(build(unit, mb)) / mb);
  const ratio = Math.max(...perMb) / Math.min(...perMb);
  const doubling = Math.max(...perMb.slice(1).map((s, k) => s / perMb[k]));
  worst = Math.max(worst, ratio);
  worstDoubling = Math.max(worstDoubling, doubling);
  console.log(`| ${name} | ${perMb.map((s) => s.toFixed(3)).join(' | ')} | ${ratio.toFixed(2)} | ${doubling.toFixed(2)} |`);
}
console.log(`\nworst max/min time per MB: ${worst.toFixed(2)}x; worst doubling: ${worstDoubling.toFixed(2)}x per MB (bar 1.2)`);

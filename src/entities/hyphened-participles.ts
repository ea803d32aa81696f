import type { Doc } from '../doc/document.js';
import { resized, type Named } from './named.js';

/** A hyphen joined to a lower-case past participle: "-based", "-led", "-backed", "-born", "-run". */
const HYPHEN_PARTICIPLE = /-(?:\p{Ll}+ed|born|run|made|held|built)\b/u;
const PARTICIPLE = /^(?:\p{Ll}+ed|born|run|made|held|built)$/u;
const CAPITALISED = /^\p{Lu}/u;

/**
 * A name joined by a bare hyphen to a past participle makes an adjective of it, which the name's words do not
 * outrun ("the Geneva-based group", "U.S.-led forces", "Moscow-backed rebels", "a Northern Ireland-born
 * winger"): the name and the participle are one MISC, the participle its cue (no club before a player's position:
 * "Scotland-based goalkeeper"), and what the name ran on into after the participle is a name of its own from its
 * first capitalised word ("Ohio-based Kellan Bancorp": "Kellan Bancorp"). A person's name stays one. `names` are in text order
 * and do not overlap; the result neither.
 */
export function withHyphenedParticiples(doc: Doc, names: readonly Named[]): readonly Named[] {
  if (!HYPHEN_PARTICIPLE.test(doc.text)) return names;
  let out: Named[] | null = null;
  for (let k = 0; k < names.length; k++) {
    const n = names[k]!;
    const hyphen = n.type === 'PERSON' ? -1 : participleAfter(doc, n);
    const next = names[k + 1];
    if (hyphen < 0 || (next !== undefined && next.first < hyphen + 2)) {
      out?.push(n);
      continue;
    }
    out ??= names.slice(0, k);
    const participle = doc.tokens[hyphen + 1]!;
    out.push({ start: n.start, end: participle.end, type: 'MISC', first: n.first, last: hyphen + 2, caps: n.caps, title: n.title, rule: n.type === 'MISC' && hyphen + 2 === n.last ? n.rule : 'entities/hyphen', typedBy: hyphen + 1 });
    let first = hyphen + 2;
    while (first < n.last && !CAPITALISED.test(doc.tokens[first]!.norm)) first++;
    if (first < n.last) out.push(resized(n, first, n.last, doc.tokens[first]!.start, n.end));
  }
  return out ?? names;
}

/**
 * The token of the bare hyphen between the name's last word before it and a participle, the participle in the name
 * or right after it and followed by no further hyphen; -1 where there is none.
 */
function participleAfter(doc: Doc, n: Named): number {
  const limit = Math.min(n.last, doc.tokens.length - 2);
  for (let i = n.first + 1; i <= limit; i++) {
    const hyphen = doc.tokens[i]!;
    if (hyphen.norm !== '-') continue;
    const before = doc.tokens[i - 1]!;
    const participle = doc.tokens[i + 1]!;
    const after = doc.tokens[i + 2];
    if (before.end !== hyphen.start || hyphen.end !== participle.start || !PARTICIPLE.test(participle.norm)) continue;
    if (after && after.start === participle.end && after.norm === '-') continue;
    return i;
  }
  return -1;
}

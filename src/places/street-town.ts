import type { PlaceMention } from './mention.js';
import type { ArticleRegion, MentionWords, ResolvedPlace } from './article-region.js';

/**
 * "a gallery on Wabash Avenue in Chicago": a street the article puts in no county or state (articleRegion) is in the
 * town named nearest it in its sentence, else in its paragraph; null when there is none.
 */
export function streetTown(mentions: PlaceMention[], resolved: ResolvedPlace[], text: MentionWords): ArticleRegion | null {
  if (!mentions.every((m) => m.rule === 'places/street')) return null;
  for (const m of mentions) {
    for (const around of [text.sentence(m.start), text.paragraph(m.start)]) {
      let best: { town: ResolvedPlace; near: PlaceMention } | null = null;
      let gap = Infinity;
      for (const r of resolved) {
        if (r.place.featureKind !== 'city') continue;
        for (const x of r.mentions) {
          if (x.role === 'demonym' || x.start < around.start || x.start >= around.end) continue;
          const d = x.start < m.start ? m.start - x.end : x.start - m.end;
          if (d < gap) {
            gap = d;
            best = { town: r, near: x };
          }
        }
      }
      if (best) return { place: best.town.place, score: 0, focus: best.near, near: best.near, places: 1 };
    }
  }
  return null;
}

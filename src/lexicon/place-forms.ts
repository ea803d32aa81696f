/**
 * Other forms news writes for countries and US states, lower case, by the name they stand for: abbreviations
 * ("U.K.", "Ore."), short and older names ("Britain", "America", "Burma"). AP's state abbreviations keep their
 * full stops, which tell them from words and other codes ("La." is Louisiana, "LA" is not).
 */
const FORMS: Readonly<Record<string, readonly string[]>> = {
  'united states': ['us', 'u.s.', 'usa', 'u.s.a.', 'america', 'united states of america'],
  'united kingdom': ['uk', 'u.k.', 'britain', 'great britain'],
  'united arab emirates': ['uae', 'u.a.e.'],
  'soviet union': ['ussr', 'u.s.s.r.'],
  'democratic republic of congo': ['drc', 'dr congo', 'democratic republic of the congo'],
  'north korea': ['dprk'],
  'south korea': ['republic of korea'],
  'netherlands': ['holland'],
  'czech republic': ['czechia'],
  'ivory coast': ["cote d'ivoire", "côte d'ivoire"],
  'myanmar': ['burma'],
  'new zealand': ['nz'],
  'alabama': ['ala.'],
  'arizona': ['ariz.'],
  'arkansas': ['ark.'],
  'california': ['calif.'],
  'colorado': ['colo.'],
  'connecticut': ['conn.'],
  'delaware': ['del.'],
  'florida': ['fla.'],
  'georgia': ['ga.'],
  'illinois': ['ill.'],
  'indiana': ['ind.'],
  'kansas': ['kan.', 'kans.'],
  'kentucky': ['ky.'],
  'louisiana': ['la.'],
  'maryland': ['md.'],
  'massachusetts': ['mass.'],
  'michigan': ['mich.'],
  'minnesota': ['minn.'],
  'mississippi': ['miss.'],
  'missouri': ['mo.'],
  'montana': ['mont.'],
  'nebraska': ['neb.', 'nebr.'],
  'nevada': ['nev.'],
  'new hampshire': ['n.h.'],
  'new jersey': ['n.j.'],
  'new mexico': ['n.m.'],
  'new york': ['n.y.'],
  'north carolina': ['n.c.'],
  'north dakota': ['n.d.'],
  'oklahoma': ['okla.'],
  'oregon': ['ore.'],
  'pennsylvania': ['pa.'],
  'rhode island': ['r.i.'],
  'south carolina': ['s.c.'],
  'south dakota': ['s.d.'],
  'tennessee': ['tenn.'],
  'vermont': ['vt.'],
  'virginia': ['va.'],
  'washington': ['wash.'],
  'west virginia': ['w.va.', 'w. va.'],
  'wisconsin': ['wis.', 'wisc.'],
  'wyoming': ['wyo.'],
};

const BY_FORM: ReadonlyMap<string, string> = new Map(Object.entries(FORMS).flatMap(([name, forms]) => [[name, name] as const, ...forms.map((f) => [f, name] as const)]));

/** The country or US state a form stands for ("u.k." and "britain" give "united kingdom"), lower case, or undefined. */
export function placeNamed(form: string): string | undefined {
  return BY_FORM.get(form);
}

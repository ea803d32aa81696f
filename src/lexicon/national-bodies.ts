/**
 * National bodies English news calls by their own language's name: legislatures, police and gendarmeries, armed
 * forces, central banks and intelligence services ("the Dáil", "Garda", "the Knesset", "the Carabinieri").
 * Each is an organisation, never a place. Written lower case, with and without accents.
 */
const BODIES = [
  // legislatures and their houses
  'dail', 'dáil', 'dail eireann', 'dáil éireann', 'seanad', 'seanad eireann', 'seanad éireann', 'oireachtas', 'knesset', 'bundestag', 'bundesrat', 'duma',
  'state duma', 'sejm', 'storting', 'stortinget', 'riksdag', 'riksdagen', 'folketing', 'folketinget', 'eduskunta',
  'althing', 'althingi', 'alting', 'lok sabha', 'rajya sabha', 'majlis', 'cortes generales', 'verkhovna rada',
  'saeima', 'seimas', 'riigikogu', 'skupstina', 'sobranie', 'tynwald', 'senedd', 'nationalrat', 'jatiya sangsad',
  'dewan rakyat', 'dewan negara', 'mejlis', 'jogorku kenesh', 'mazhilis', 'khural', 'lagting', 'landtag',
  'tweede kamer', 'eerste kamer', 'sansad', 'wolesi jirga', 'loya jirga', 'bundesversammlung',
  // police and gendarmeries
  'garda', 'gardai', 'gardaí', 'garda siochana', 'garda síochána', 'an garda siochana', 'an garda síochána', 'carabinieri', 'carabineros', 'gendarmerie', 'guardia civil',
  'guardia di finanza', 'polizia di stato', 'mossos', 'ertzaintza', 'bundespolizei', 'bundeskriminalamt', 'surete', 'sûreté',
  'rosgvardia',
  // armed forces, central banks, intelligence
  'bundeswehr', 'tatmadaw', 'bundesbank', 'riksbank', 'banxico', 'mossad', 'shin bet', 'shabak', 'stasi', 'gestapo',
  'basij', 'verfassungsschutz',
];

export const NATIONAL_BODIES: ReadonlySet<string> = new Set(BODIES);

/** The first words of the bodies' names: no other word opens one. */
export const NATIONAL_BODY_OPENERS: ReadonlySet<string> = new Set(BODIES.map((b) => b.split(' ')[0]!));

/** The most words a national body's name has. */
export const NATIONAL_BODY_WORDS = Math.max(...BODIES.map((b) => b.split(' ').length));

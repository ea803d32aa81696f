import { z } from 'zod';
import { SCHEMA_VERSION } from './version.js';

export { SCHEMA_VERSION };

const offset = z.number().int().nonnegative();

/** Half-open [start, end) in UTF-16 code units of the text as read; text === input.slice(start, end). */
export const SpanSchema = z.object({
  start: offset,
  end: offset,
  text: z.string(),
});

/** The rules and model decisions a `why` names: "layer/decision", stable, each described in the README ("Why"). */
export const RULES = [
  'entities/tagger',
  'entities/title-split',
  'entities/type-vote',
  'entities/name-part',
  'entities/particle',
  'entities/connector',
  'entities/hyphen',
  'entities/byline',
  'entities/acronym',
  'entities/type-evidence',
  'entities/list-type',
  'quotes/cue-after',
  'quotes/cue-before',
  'quotes/label',
  'quotes/sign-off',
  'quotes/cue-in-sentence',
  'quotes/unattributed',
  'quotes/reported',
  'quotes/according-to',
  'quotes/naming',
  'quotes/passive',
  'quotes/heard',
  'speakers/name',
  'speakers/new-name',
  'speakers/pronoun',
  'speakers/role',
  'speakers/named-next',
  'speakers/organisation-noun',
  'speakers/speaks-for',
  'speakers/unnamed',
  'speakers/continuation',
  'numbers/count',
  'numbers/money',
  'numbers/percent',
  'numbers/quantity',
  'numbers/range',
  'numbers/ordinal',
  'numbers/year',
  'numbers/date',
  'numbers/duration',
  'numbers/age',
  'claimants/quote-speaker',
  'claimants/according-to',
  'claimants/cue',
  'claimants/expectation',
  'claimants/expected-by',
  'claimants/estimate-of',
  'places/tagger',
  'places/gazetteer',
  'places/demonym',
  'places/street',
  'places/dateline',
  'places/abbreviation',
  'places/context',
  'places/article-region',
  'places/feature-namesake',
] as const;

/** What an evidence span is to the decision it supports. */
export const EVIDENCE_ROLES = [
  'cue',
  'subject',
  'name',
  'named',
  'antecedent',
  'title',
  'continues',
  'quote',
  'hedge',
  'container',
  'locative',
  'list',
  'focus',
  'near',
  'clause',
] as const;

export const EvidenceSchema = SpanSchema.extend({
  role: z
    .enum(EVIDENCE_ROLES)
    .describe(
      'cue: the attribution verb or phrase; subject: the words beside it naming the source; name: the name mention that holds them; named: the mention a description, a surname or a speaking body resolves to; antecedent: where the referent of a pronoun or a description ("the bank") was last named; title: the role word a description matched; continues: the quote whose speaker it shares; quote: the quote a figure sits in; hedge: the words that qualify a figure; container: the place after a comma that contains this one; locative: the word before a place ("in", "D-"); list: a place named beside it in a list; focus: a mention of the country or region of the article that holds the place; near: a mention of the nearest place of the article; clause: the words an attribution governs, which hold the figure',
    ),
});

export const WhySchema = z
  .object({
    rule: z.enum(RULES).describe('the rule or model decision, "layer/decision"'),
    evidence: z.array(EvidenceSchema).describe('the spans the decision rests on, in the order the rule reads them'),
    score: z.number().optional().describe('the winning score, for decisions made by scoring (a place\'s gazetteer entry)'),
  })
  .describe('only with the explain option (--explain): why this item is here');

export const EntityTypeSchema = z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'MISC']);

export const MentionSchema = SpanSchema.extend({
  kind: z
    .enum(['name', 'pronoun', 'description'])
    .describe('name: the entity named; pronoun ("he") and description ("the minister") are resolved references'),
});

export const EntitySchema = z.object({
  id: z.string().describe('derived from type and canonical name, e.g. "person:hulusi-akar"'),
  type: EntityTypeSchema,
  name: z.string().describe('canonical (fullest) name'),
  aliases: z
    .array(z.string())
    .describe('the other forms the text names it by, as first written: acronyms ("ICRC"), short forms ("Nvidia" of "Nvidia Corp.", "Man Utd"), other names ("Britain"); not the parts of a person\'s name'),
  roles: z.array(z.string()).describe('titles and roles given to the entity in the text, e.g. "defence minister"'),
  mentions: z.array(MentionSchema),
  why: WhySchema.optional().describe('how the type of its fullest mention was decided'),
});

export const SpeakerSchema = z.object({
  name: z.string().describe("the speaker's canonical name, or the words that describe an unnamed source"),
  entityId: z.string().nullable(),
  mention: SpanSchema.nullable().describe('where this quote names or refers to its speaker'),
  resolvedBy: z
    .enum(['explicit', 'pronoun', 'description', 'continuation'])
    .describe('how the speaker was found'),
  why: WhySchema.optional(),
});

export const CueSchema = SpanSchema.extend({
  lemma: z.string().describe('base form of the cue, e.g. "say" for "said", "according to"'),
});

export const QuoteSchema = SpanSchema.extend({
  id: z.string(),
  kind: z.enum(['direct', 'indirect', 'mixed']),
  partial: z.boolean().describe('a quoted fragment inside the reporter\'s sentence'),
  parts: z.array(SpanSchema).describe('the quoted pieces when the quote is split around its attribution; else one part'),
  speaker: SpeakerSchema.nullable(),
  cue: CueSchema.nullable(),
  why: WhySchema.optional().describe("how the quote was found; its speaker's own why says how the speaker was"),
});

export const QualifierSchema = z.enum(['exact', 'approximate', 'more_than', 'at_least', 'less_than', 'at_most']);

export const ClaimantSchema = z.object({
  name: z.string(),
  entityId: z.string().nullable(),
  mention: SpanSchema.nullable(),
  why: WhySchema.optional(),
});

export const NumberSchema = SpanSchema.extend({
  id: z.string(),
  kind: z
    .enum(['count', 'money', 'percent', 'quantity', 'range', 'ordinal', 'year', 'date', 'duration', 'age'])
    .describe('range: two ends of bare counts; age: a person\'s (or a thing\'s) age, unit "years"; year and date only with include "dates"'),
  value: z.number().nullable().describe('normalised value: 700000 for "700,000", 3.2e9 for "$3.2bn", 15 for "15%"; null for a range'),
  range: z
    .tuple([z.number().nullable(), z.number().nullable()])
    .nullable()
    .describe('[low, high]; null = open end. Ranges and vague plurals ("dozens": [12, 120]) have value null; a bounded hedge keeps its value ("more than 200": [200, null])'),
  unit: z.string().nullable().describe('ISO 4217 code for money, "%" for percentages, a unit symbol for measures'),
  qualifier: QualifierSchema,
  counts: SpanSchema.nullable().describe('the thing counted or measured, e.g. "Turkish soldiers"; "Sales" for the figures of "Sales grew 11% to $43.6 billion"'),
  claimedBy: ClaimantSchema.nullable().describe('the source the figure is attributed to; null when the article states it'),
  why: WhySchema.optional(),
});

export const GeoSchema = z.object({
  geonameId: z.number().int().nullable(),
  name: z.string(),
  lat: z.number(),
  lon: z.number(),
  countryCode: z.string().nullable(),
  featureKind: z.enum(['continent', 'country', 'admin1', 'admin2', 'city', 'region', 'water', 'landform', 'facility', 'other']),
  population: z.number().int().nullable(),
});

export const LocationSchema = z.object({
  id: z.string(),
  name: z.string(),
  entityId: z.string().nullable(),
  mentions: z.array(
    SpanSchema.extend({
      role: z
        .enum(['mention', 'dateline', 'demonym'])
        .describe('dateline: the place a dateline names; demonym: a word for its people or things ("Turkish")'),
    }),
  ),
  geo: GeoSchema.nullable(),
  candidates: z.array(GeoSchema).describe('runner-up gazetteer entries when the name is ambiguous'),
  why: WhySchema.optional().describe('how its first mention was found, with the containers and locative words of all'),
});

export const DiagnosticSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string().describe('layer/problem, e.g. "quotes/unclosed"'),
  message: z.string(),
  start: offset.nullable(),
  end: offset.nullable(),
});

export const TokenSchema = SpanSchema.extend({
  pos: z.string().describe('Universal Dependencies part-of-speech tag from wink-nlp'),
});

export const MetaSchema = z
  .object({
    lede: z.string().describe('lede version'),
    model: z.string().describe('hash of the name-tagger model'),
    gazetteer: z.string().describe('hash of the gazetteer'),
    options: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])).describe('the extract options used'),
  })
  .describe(
    'how this extraction was made, not what the text says: `lede check` and `lede diff` ignore it unless --include-meta, and fixture expectations leave it out',
  );

export const PageSchema = z
  .object({
    headline: z.string().nullable().describe("the article's headline as the page's metadata gives it (schema.org headline, og:title, <title>)"),
    byline: z.array(z.string()).describe('the authors\' names (schema.org author, meta author); empty when the page names none'),
    published: z.string().nullable().describe('when the article was published, ISO 8601 as the page gives it: a date, or a date and time with its offset'),
    url: z.string().nullable().describe("the article's canonical address (<link rel=canonical>, og:url, schema.org url)"),
    site: z.string().nullable().describe("the publication's name (og:site_name, schema.org publisher)"),
  })
  .describe('for HTML input: what the page says about its article, from schema.org JSON-LD, Open Graph and meta tags; null where it does not say');

export const ExtractionSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().optional().describe('the input document id (batch runs)'),
  meta: MetaSchema,
  input: z.object({
    format: z.enum(['text', 'html']).describe('html: offsets refer to the article text extracted from the page'),
    length: offset.describe('length of the text the offsets refer to, in UTF-16 code units'),
  }),
  text: z.string().optional().describe('the text the offsets refer to (with --include text, or for html input)'),
  page: PageSchema.optional(),
  sentences: z.array(SpanSchema).optional(),
  tokens: z.array(TokenSchema).optional(),
  headline: SpanSchema.nullable(),
  dateline: SpanSchema.nullable(),
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
  numbers: z.array(NumberSchema),
  locations: z.array(LocationSchema),
  diagnostics: z.array(DiagnosticSchema),
});

export const ErrorRecordSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string(),
  error: z.object({ code: z.string(), message: z.string() }).describe('why this document has no extraction'),
});

export type Span = z.infer<typeof SpanSchema>;
export type Rule = (typeof RULES)[number];
export type EvidenceRole = (typeof EVIDENCE_ROLES)[number];
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Why = z.infer<typeof WhySchema>;
export type EntityType = z.infer<typeof EntityTypeSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Cue = z.infer<typeof CueSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type Qualifier = z.infer<typeof QualifierSchema>;
export type Claimant = z.infer<typeof ClaimantSchema>;
export type NumericClaim = z.infer<typeof NumberSchema>;
export type Geo = z.infer<typeof GeoSchema>;
export type Location = z.infer<typeof LocationSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Token = z.infer<typeof TokenSchema>;
export type Meta = z.infer<typeof MetaSchema>;
export type Page = z.infer<typeof PageSchema>;
export type Extraction = z.infer<typeof ExtractionSchema>;
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;

export function jsonSchema(): object {
  return z.toJSONSchema(ExtractionSchema, { target: 'draft-2020-12' });
}

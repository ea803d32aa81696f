import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { onlyQuote as only } from './helpers/only-quote.js';

const quotes = (text: string) => extract(text).quotes;
const speakers = (text: string) => quotes(text).map((q) => q.speaker?.name ?? null);

describe('words that are no cue', () => {
  it('reads a participle between a determiner or a number and a noun as an adjective', () => {
    expect(speakers('The outbreak has grown to 16 confirmed cases, and most of the pupils are unvaccinated, officials said.')).toEqual(['officials']);
    expect(quotes('The council will vote on the proposed levy next month.')).toEqual([]);
    expect(quotes('His stated aim is a balanced budget by 2027.')).toEqual([]);
    expect(quotes("The firm's estimated $40 million loss was its first in a decade.")).toEqual([]);
  });

  it('takes no cue from a word inside the subject: "murder accused", a capitalised verb inside a name', () => {
    expect(speakers('Murder accused Daniel Hartley denies stabbing his neighbour in a row over parking.')).not.toContain('Murder');
    const q = only('Group commander Will Tell, who was at the scene, said the crew had done everything they could.');
    expect([q.speaker?.name, q.cue?.text]).toEqual(['Will Tell', 'said']);
    expect(only('Fire chief Rob Say told reporters the blaze was out by noon.').speaker?.name).toBe('Rob Say');
  });

  it('reads no speech into citing, results reported or a relative clause after an object', () => {
    expect(quotes('The airline cut its forecast, citing higher fuel costs and weaker demand in Asia.')).toEqual([]);
    expect(quotes('The union cites the Leeds depot as an example of what happens when staff are cut.')).toEqual([]);
    expect(quotes('Brightwater Foods reported quarterly results that beat expectations on Thursday.')).toEqual([]);
  });

  it('needs a verb that is finite: an infinitive in the object is none', () => {
    expect(quotes('The province has denied a request by the school board to replace the gym.').map((q) => q.text)).not.toContain('a request by the school board to replace the gym');
  });
});

describe('who can be a speaker', () => {
  it('never takes a number, a date, an object or a body part for a speaker', () => {
    expect(quotes('A Metrolane review in 2019 concluded would take longer.').map((q) => q.speaker?.name)).not.toContain('2019');
    expect(quotes('The screen said the flight to Oslo was delayed.')).toEqual([]);
    expect(quotes('His hand said nothing about the deal.')).toEqual([]);
  });

  it('keeps quote marks whose cue has no one to speak, with no speaker', () => {
    const q = only('Ana Ruiz was waiting at gate 9. “Boarding is closed,” the screen said.');
    expect(q.speaker).toBeNull();
    expect(q.cue?.text).toBe('said');
  });

  it('takes people, bodies and groups for speakers, written with or without a name', () => {
    expect(speakers('Exporters say the new tariff is unworkable.')).toEqual(['Exporters']);
    expect(speakers('The airline said all flights would resume on Monday.')).toEqual(['The airline']);
    expect(speakers('Hospital staff said the patient was recovering well.')).toEqual(['Hospital staff']);
    expect(speakers('Some 52 percent said they would vote for the levy.')).toHaveLength(1);
  });

  it('reads a record as speaking for who made it', () => {
    expect(speakers('The report said the bridge had not been inspected since 2011.')).toEqual(['The report']);
  });

  it('looks past a relative clause or a time word to the subject', () => {
    expect(only('A nurse who asked not to be named said the ward had been closed twice.').speaker?.name).toBe('A nurse');
    expect(only('The court, which upheld the ban, agreed that the council had acted lawfully.').speaker?.name).toBe('The court');
    expect(only('The ministry Tuesday said the border would reopen.').speaker?.name).toBe('The ministry');
    expect(only('Experts on river ecology and flood policy said the dam should be rebuilt.').speaker?.mention?.text).toBe('Experts on river ecology and flood policy');
    expect(only('The airline has been shopping its cargo arm, and sources familiar with the process have said it wants a deal by spring.').speaker?.name).toBe('sources familiar with the process');
    expect(only('Prices rose in March, and experts on the housing market said they would keep rising.').speaker?.name).toBe('experts on the housing market');
    for (const conjunction of ['And', 'But']) {
      const text = `The harbour master spoke on Monday. ${conjunction} sources close to the harbour master said the pier would shut.`;
      expect(only(text).speaker?.name).toBe('sources close to the harbour master');
    }
    expect(only('The diplomat who was ordered out by the junta announced he would leave on Friday.').speaker?.name).toBe('The diplomat');
    expect(only('People who live near the plant say the air smells of sulphur.').speaker?.name).toBe('People');
  });
});

describe('acronyms are names', () => {
  it('reads WHO, US and IT in running text as names, not pronouns', () => {
    const direct = only('“We expect more cases in the coming weeks,” said WHO in a statement.');
    expect(direct.speaker?.name).toBe('WHO');
    expect(only('The WHO said 40 countries had found the new strain.').speaker?.name).toBe('WHO');
    expect(speakers('The US said it would send more aid. IT said the network was back by noon.')).toEqual(['US', 'IT']);
  });
});

describe('the speaker at the right level', () => {
  it('takes a role in a body for a person, never the body', () => {
    const [first] = quotes('The head of the union told reporters the strike would go ahead.');
    expect(first?.speaker?.name).toBe('The head of the union');
    expect(first?.speaker?.entityId).toBeNull();
  });

  it('reads a name in apposition to a word for a body as an organisation, which "it" then stands for', () => {
    const x = quotes('The operator, Fjordline, said it would cooperate. The weather, it said, had turned faster than forecast.');
    expect(x.map((q) => q.speaker?.name)).toEqual(['Fjordline', 'Fjordline']);
  });

  it('takes the name in apposition to a possessive description', () => {
    expect(only("The mayor's aide, Ana Ruiz, said the budget would be published on Friday.").speaker?.name).toBe('Ana Ruiz');
    expect(only("The mayor's aide Ana Ruiz said the budget would be published on Friday.").speaker?.name).toBe('Ana Ruiz');
    expect(only('One of the family’s lawyers, Tomas Berg, said the videos show the driver leaving his car.').speaker?.name).toBe('Tomas Berg');
  });

  it('resolves a description to the person the text gives that role, else leaves it unnamed', () => {
    const x = quotes('Veteran striker Jonas Lind scored twice on Saturday. The veteran striker said the team deserved the win.');
    expect(x.map((q) => q.speaker?.name)).toEqual(['Jonas Lind']);
    const y = quotes('Her father, Tom Reyes, spoke first. Her father said she had always wanted to be a nurse.');
    expect(y.at(-1)?.speaker?.name).toBe('Tom Reyes');
    const z = only('Lena Reyes, 24, died on Sunday. Her father said she had always wanted to be a nurse.');
    expect([z.speaker?.name, z.speaker?.entityId]).toEqual(['Her father', null]);
  });

  it('resolves a description or pronoun no one was named for to the person the next sentences name', () => {
    const x = quotes("Spain's finance minister said on Monday the deficit would narrow. In an interview, Finance Minister Ana Lopez said taxes would not rise.");
    expect(x.map((q) => [q.speaker?.name, q.speaker?.resolvedBy])).toEqual([['Ana Lopez', 'description'], ['Ana Lopez', 'explicit']]);
    const headline = quotes('Budget cuts will hit schools hardest, governor warns\n\nKRAKOW (Wire) — Governor Marta Kowalczyk said on Tuesday the budget would be cut by a tenth.');
    expect(headline[0]?.speaker?.name).toBe('Marta Kowalczyk');
    const later = quotes("Port strike will last a week, union leader warns\n\nFELIXSTOWE (Wire) — Shipping lines diverted six vessels on Monday.\n\nThe leader of the dockers' union, Carla Mendes, said the walkout had wide support.");
    expect(later.map((q) => q.speaker?.name)).toEqual(['Carla Mendes', 'Carla Mendes']);
    const lede = quotes('The U.N. mediator for the border talks stepped down on Tuesday. He said the truce might not last the winter.\n\nVolker Lindqvist, who had led the talks from Geneva since March, said neither side was ready to compromise.');
    expect(lede.map((q) => q.speaker?.name)).toEqual(['Volker Lindqvist', 'Volker Lindqvist']);
    expect(lede[0]?.speaker?.resolvedBy).toBe('pronoun');
  });

  it('gives a name no role from a title before a verb before it', () => {
    const x = quotes("Police stopped Ian Marsh on the bridge. Sheriff Dana Cole said Marsh was unarmed. Marsh was released on Friday, according to the sheriff's office.");
    expect(x.map((q) => q.speaker?.name)).toEqual(['Dana Cole', "the sheriff's office"]);
    const y = quotes('Crews pulled Ana Ortiz from the river. Fire Chief Ben Hale thanked Ortiz for staying calm. Ortiz was treated for cold, the chief said.');
    expect(y.at(-1)?.speaker?.name).toBe('Ben Hale');
  });

  it('does not take a group for one person named next', () => {
    expect(only('Farmers say the harvest is lost. Ines Ribera runs the co-operative.').speaker?.name).toBe('Farmers');
  });
});

describe('reported speech', () => {
  it('reads passives and hearings, with the speaker after "by" or none', () => {
    expect(only('The jury was told the defendant had fled the country twice.')).toMatchObject({ text: 'the defendant had fled the country twice', speaker: null });
    expect(only('The court heard that he had used a false passport on three occasions.').text).toBe('that he had used a false passport on three occasions');
    expect(only('The inquest heard how the crew had tried to reach the boat for an hour.').cue?.lemma).toBe('hear');
    expect(only('Residents were warned by police that the water was unsafe to drink.').speaker?.name).toBe('police');
    expect(only('Ferry crew ignored storm warning, coroner told\n\nThe hearing resumes on Monday.')).toMatchObject({ text: 'Ferry crew ignored storm warning', speaker: null });
    expect(quotes('Neighbours heard gunshots shortly after midnight.')).toEqual([]);
    expect(quotes('He is said to have left the country in March.')).toEqual([]);
  });

  it('reads what follows a recipient and a colon, and after "informed"', () => {
    expect(only('Police Chief Mark Dolan told reporters: the suspect had fled the state before dawn.').text).toBe('the suspect had fled the state before dawn');
    expect(only('The agency informed him that his application had been rejected.').text).toBe('that his application had been rejected');
    expect(only('The council informed residents the bridge would close in May.').text).toBe('the bridge would close in May');
  });

  it('reads both pieces around an attribution that interrupts what was said', () => {
    const q = only('Ruiz was frail in his last months. He was dying, he wrote in a letter, of an aggressive cancer.');
    expect(q.parts.map((p) => p.text)).toEqual(['He was dying', 'of an aggressive cancer']);
    expect(q.speaker?.name).toBe('Ruiz');
  });

  it('reads a bare clause after a time phrase, and a hedged figure opening it', () => {
    expect(only('The minister said on Tuesday progress was being made in the talks.').text).toBe('progress was being made in the talks');
    expect(only('Lindqvist said more than 800 homes had been destroyed since March.').text).toBe('more than 800 homes had been destroyed since March');
  });

  it('reads "according to X, ..." as reported speech by X', () => {
    const q = only('According to the interior ministry, 42 people were arrested overnight.');
    expect(q).toMatchObject({ kind: 'indirect', text: '42 people were arrested overnight', cue: { lemma: 'according to' } });
    expect(q.speaker?.name).toBe('the interior ministry');
  });

  it('reports what a verb of thinking says after "that", not what a record found, nor the writer’s own view', () => {
    expect(only('Many farmers fear that the river will flood again this spring.').text).toBe('that the river will flood again this spring');
    expect(quotes('The survey found that most tenants paid on time.')).toEqual([]);
    expect(quotes('I think that the council got this wrong.')).toEqual([]);
  });

  it('reads "say" after a determiner, a possessive or an adjective as a noun, and after a participle as the verb', () => {
    for (const text of [
      'Voters want a bigger say in how the harbour money is spent.',
      'Parents will have an equal say on the new school board.',
      'Tenants had no real say over the rent rises, the report found.',
      'The council gets the final say on the plan in March.',
      'Farmers wanted more say in the water rules.',
    ]) expect(quotes(text).filter((q) => q.cue?.lemma === 'say')).toEqual([]);
    expect(only('Those involved say the talks were tense.').speaker?.name).toBe('Those involved');
  });

  it('reads a first or second person written with its verb as one word as the writer’s voice too', () => {
    expect(quotes('I’m hoping that the council will fix the road before winter.')).toEqual([]);
    expect(quotes("We're told that the ferry will run on Sundays again.")).toEqual([]);
    expect(quotes("You'd think that the trains would run on time by now.")).toEqual([]);
  });
});

describe('verbs of forecasting', () => {
  it('reports what a forecast names, after a name or an auxiliary even where the tagger reads a noun', () => {
    expect(only('Harlow Energy forecasts a smaller surplus in 2026 as output in the North Sea declines.')).toMatchObject({
      kind: 'indirect', text: 'a smaller surplus in 2026 as output in the North Sea declines', speaker: { name: 'Harlow Energy' },
    });
    expect(only('Analysts had forecast a loss of 12 cents a share.')).toMatchObject({ text: 'a loss of 12 cents a share', speaker: { name: 'Analysts' } });
    expect(only('The Treasury forecast that growth would slow to 1.1 percent.').text).toBe('that growth would slow to 1.1 percent');
  });

  it('reads "projected" as a verb of forecasting, also after another verb of the same subject', () => {
    expect(only('The lender kept its rate forecast steady and projected growth of 1.4 percent in 2027.')).toMatchObject({
      kind: 'indirect', text: 'growth of 1.4 percent in 2027', speaker: { mention: { text: 'The lender' } },
    });
    expect(only('Analysts projected that sales would fall in the second half.').text).toBe('that sales would fall in the second half');
    expect(quotes('The film was projected onto the side of the town hall. The projected deficit is $4 billion.')).toEqual([]);
  });

  it('reports no forecast in the passive, nor a forecast used as a noun', () => {
    expect(quotes('The pipeline was initially forecast to open in 2024. The bank’s forecast of a surplus proved wrong.')).toEqual([]);
  });
});

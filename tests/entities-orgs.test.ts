import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { refineType } from '../src/entities/types.js';

const orgs = (text: string): string[] => extract(text).entities.filter((e) => e.type === 'ORG').map((e) => e.name);

describe('an institution named after a place: a kind of place, "of", the place, the head noun', () => {
  it.each([
    ['Port of Rotterdam Authority chief executive Boudewijn Siemons said the strike would cost millions.', 'Port of Rotterdam Authority'],
    ['Port of Rotterdam Authority spokesperson Sarah Jansen said traffic resumed on Tuesday.', 'Port of Rotterdam Authority'],
    ['Port of Tyne Authority engineers inspected the quay wall after the storm.', 'Port of Tyne Authority'],
    ['City of Bradford Council spokesman Tom Lister said bins would be emptied on Friday.', 'City of Bradford Council'],
  ])('reads "%s" as one organisation', (text, name) => {
    const x = extract(text);
    expect(orgs(text)).toContain(name);
    expect(x.entities.filter((e) => e.name !== name && name.includes(e.name))).toEqual([]);
  });

  it('says which rule joined the name the tagger cut', () => {
    const x = extract('Port of Rotterdam Authority spokesperson Sarah Jansen said traffic resumed.', { explain: true });
    expect(x.entities.find((e) => e.name === 'Port of Rotterdam Authority')?.why).toMatchObject({ rule: 'entities/connector' });
  });

  it('takes no word before "of" that is no kind of place or institution', () => {
    expect(orgs('Chairman of Rotterdam Port Authority Allard Castelein spoke first.')).not.toContain('Chairman of Rotterdam Port Authority');
    expect(orgs('Most of Rotterdam Authority staff were sent home on Monday.')).not.toContain('Most of Rotterdam Authority');
  });
});

describe('a company named by what only a company has after its possessive', () => {
  it.each([
    ['Ines Baptiste, Varnhold’s head of market analysis, said prices would ease.', 'Varnhold'],
    ['Marta Ruiz, Brennan’s chief executive, said demand had held up.', 'Brennan'],
    ['Petra Lind, Corvel’s chief economist, expects two rate cuts.', 'Corvel'],
    ['Ines Bauer, Halvorsen’s co-founder, told reporters the deal was done.', 'Halvorsen'],
  ])('reads the company of "%s" as an organisation, with the office as its cue', (text, name) => {
    const x = extract(text, { explain: true });
    const company = x.entities.find((e) => e.name === name);
    expect(company?.type).toBe('ORG');
    expect(company?.why?.rule).toBe('entities/type-evidence');
    expect(company?.why?.evidence.map((e) => e.role)).toContain('cue');
  });

  it('keeps a person whose aides, not offices, follow the possessive', () => {
    const x = extract('Senator Ruiz’s former press secretary said the count was close. Aides to Ruiz’s chief of staff agreed.');
    expect(x.entities.find((e) => e.name === 'Ruiz')?.type).toBe('PERSON');
  });
});

describe('a plural noun for people opening a headline, a sentence or the words after a dateline', () => {
  it.each([
    ['Dockworkers Walk Out in Rotterdam\nUnions said the stoppage would last two days.', 'Dockworkers'],
    ['Steelworkers Back Deal to Save Port Talbot Plant\nThe vote closed on Friday in Wales.', 'Steelworkers'],
    ['Shipbuilders strike shuts Clyde yards as pay talks collapse\n\nGLASGOW — Shipbuilders walked off the job on Monday, union leaders said.', 'Shipbuilders'],
  ])('finds no name in "%s" where the headline says "%s"', (text, word) => {
    expect(extract(text).entities.filter((e) => e.name === word)).toEqual([]);
  });

  it('keeps a surname written alone in a headline, and a plural name the story writes as a name', () => {
    expect(extract('Sanders Wins Nevada Caucuses\nBernie Sanders won easily on Saturday.').entities.find((e) => e.name === 'Bernie Sanders')?.mentions).toHaveLength(2);
    const x = extract('Marlins Beat Reds 4-2\nThe Miami Marlins won their third game in a row on Sunday.');
    expect(x.entities.find((e) => e.name === 'Miami Marlins')?.type).toBe('ORG');
  });
});

describe('an institution and its subject after "on"', () => {
  it.each([
    ['A member of the Commission on Presidential Debates said the dates were set.', 'Commission on Presidential Debates'],
    ['The UN Commission on Human Rights voted on Thursday.', 'UN Commission on Human Rights'],
    ['Officials at the Commission on Elections said turnout was high.', 'Commission on Elections'],
    ['The Select Committee on Intelligence held a closed hearing.', 'Select Committee on Intelligence'],
  ])('reads "%s" as one organisation', (text, name) => {
    const x = extract(text, { explain: true });
    expect(x.entities.filter((e) => e.type === 'ORG').map((e) => e.name)).toEqual([name]);
    expect(x.entities[0]?.why?.rule).toBe('entities/connector');
  });

  it('does not join a place or a date after "on"', () => {
    expect(orgs('The Committee on Iran met in Vienna on Monday.')).not.toContain('Committee on Iran');
    expect(orgs('The Joint Council on Nov. 3 approved the budget.').filter((o) => o.includes('Nov'))).toEqual([]);
  });
});

describe('a possessive the tagger took into a name', () => {
  it.each(['Westside', 'Northern', 'United', 'Central'])('is the sentence\'s when the document writes "%s" without it', (name) => {
    const x = extract(`${name} won again on Saturday. ${name}’s coach praised the defence.`);
    expect(x.entities.flatMap((e) => e.mentions.map((m) => m.text)).filter((t) => t.includes('’'))).toEqual([]);
  });
});

describe('a newspaper named after its place', () => {
  it.each([
    ['Editors at the Calgary Herald said the paper would close.', 'Calgary Herald'],
    ['The story ran in the Lagos Examiner on Friday.', 'Lagos Examiner'],
    ['PRESS DIGEST\nKARACHI STANDARD\nThe central bank will hold rates, the paper said.', 'KARACHI STANDARD'],
    ['PRESS DIGEST\nNAIROBI HERALD\nThe central bank will hold rates, the paper said.', 'NAIROBI HERALD'],
  ])('reads "%s" as one organisation', (text, name) => {
    const x = extract(text);
    expect(x.entities.find((e) => e.name === name)?.type).toBe('ORG');
    expect(x.entities.filter((e) => e.name !== name && name.includes(e.name))).toEqual([]);
  });
});

describe('an organisation with an Italian, Spanish or French article inside its name', () => {
  it.each([
    ['The regional daily La Voix du Nord reported the closure.', 'La Voix du Nord'],
    ['According to the Corriere dello Sport, the fee was agreed.', 'Corriere dello Sport'],
    ['Shares of Banca di Cividale fell 4% on Monday.', 'Banca di Cividale'],
    ['A report in Le Journal du Dimanche said the minister would resign.', 'Le Journal du Dimanche'],
  ])('reads "%s" as one organisation', (text, name) => {
    const x = extract(text, { explain: true });
    expect(x.entities.map((e) => `${e.type} ${e.name} ${e.why?.rule}`)).toEqual([`ORG ${name} entities/connector`]);
  });

  it('keeps two places joined by "de" a place', () => {
    expect(extract('Flights to Rio de Janeiro were cancelled.').entities.map((e) => `${e.type} ${e.name}`)).toEqual(['GPE Rio de Janeiro']);
  });
});

describe('the state or country after a dateline\'s city', () => {
  const story = (city: string, state: string, team: string, extra: string): string =>
    `BASEBALL - ${state.toUpperCase()} WIN AGAIN.\n${city}, ${state} 2024-08-30\n${extra} homered twice as the ${state} ${team} won 5-3 on Friday.\n` +
    `His homer gave ${state} a 2-0 lead in the first.\n${state} manager Sam Ortiz said the win mattered. ${state} has won eight of its last ten.`;

  it.each([
    ['ARLINGTON', 'Texas', 'Rangers', 'Carlos Gonzalez'],
    ['SEATTLE', 'Washington', 'Mariners', 'Julio Rivas'],
  ])('is a place in the dateline "%s, %s", though a team is named after it below', (city, state, team, player) => {
    const text = story(city, state, team, player);
    const at = text.indexOf(`${city}, `) + city.length + 2;
    const e = extract(text).entities.find((x) => x.mentions.some((m) => m.start === at));
    expect(e?.type).toBe('GPE');
    expect(e?.name).toBe(state);
  });
});

describe('a local government\'s office written in lower case after its place', () => {
  it.each([
    ['Deputies from the Marlow County sheriff\'s office arrived at 9 p.m.', 'Marlow County sheriff\'s office'],
    ['The Harris County district attorney\'s office declined to comment.', 'Harris County district attorney\'s office'],
    ['A spokesman for the Jersey City police department said two men were held.', 'Jersey City police department'],
  ])('reads "%s" as one organisation', (text, name) => {
    const x = extract(text, { explain: true });
    const e = x.entities.find((y) => y.name === name);
    expect(e?.type).toBe('ORG');
    expect(e?.why?.rule).toBe('entities/connector');
  });

  it('leaves the place alone before other words', () => {
    expect(extract('Voters in Harris County rejected the bond on Tuesday.').entities.map((e) => `${e.type} ${e.name}`)).toEqual(['GPE Harris County']);
  });
});

describe('a title that opens an organisation\'s name', () => {
  it.each([
    ['Shares in General Mills fell 3% after the cereal maker cut its outlook.', 'General Mills'],
    ['General Motors said it would close the Oshawa plant by December.', 'General Motors'],
    ['General Electric reported a rise in orders for jet engines.', 'General Electric'],
    ['Delegates to the General Assembly voted 140 to 5 for the resolution.', 'General Assembly'],
  ])('reads "%s" as one organisation', (text, name) => {
    expect(orgs(text)).toContain(name);
  });

  it('leaves a general who is named without the title a person', () => {
    const x = extract('Ruiz commands the northern army. General Ruiz said the troops were ready.');
    expect(x.entities.map((e) => [e.type, e.name])).toEqual([['PERSON', 'Ruiz']]);
    const y = extract('General Mark Ruiz said the troops were ready.');
    expect(y.entities.map((e) => [e.type, e.name])).toEqual([['PERSON', 'Mark Ruiz']]);
  });
});

describe('a name never ends in a lower-case function word or verb', () => {
  it.each([
    ['The Council for Tenant Rights has urged the city to drop the rule.', 'Council for Tenant Rights'],
    ['The New York Times wrote that the talks had stalled.', 'New York Times'],
    ['The Harbour Rowing Club and its members raised £4,000.', 'Harbour Rowing Club'],
  ])('cuts "%s" before the word', (text, name) => {
    expect(extract(text).entities.map((e) => e.name)).toContain(name);
  });

  it('keeps the second half of a hyphenated word', () => {
    expect(extract('South Korean President Moon Jae-in met the envoy on Friday.').entities.map((e) => e.name)).toContain('Moon Jae-in');
  });
});

describe('a name ending in a word for a line of business is a company', () => {
  it.each([
    ['The contracts went to Halden Motors, Kestrel Controls and Brightwater, the agency said.', 'Halden Motors'],
    ['Tarvik, Pelham Systems and Quorra were the bidders.', 'Pelham Systems'],
    ['Shares in Dunmore Pharmaceuticals jumped after the trial results.', 'Dunmore Pharmaceuticals'],
    ['A unit of Carrow Technologies filed the claim in Delaware.', 'Carrow Technologies'],
  ])('reads the company in "%s" as an organisation', (text, name) => {
    expect(orgs(text)).toContain(name);
  });

  it('needs a word before the head: one word alone keeps its type', () => {
    expect(orgs('Systems failed across the region on Monday.')).not.toContain('Systems');
  });
});

describe('"the", capitalised words and "and" before a name ending in an institution\'s head', () => {
  it.each([
    ['The Marine and Coastguard Agency said the ferry was safe to sail.', 'Marine and Coastguard Agency'],
    ['Staff at the Transport and Works Department walked out on Monday.', 'Transport and Works Department'],
    ['Officers from the Border and Immigration Agency boarded the ship.', 'Border and Immigration Agency'],
  ])('reads "%s" as one organisation', (text, name) => {
    const x = extract(text, { explain: true });
    const org = x.entities.find((e) => e.name === name);
    expect(org?.type).toBe('ORG');
    expect(org?.why?.rule).toBe('entities/connector');
    expect(x.entities.filter((e) => e !== org && name.includes(e.name))).toEqual([]);
  });

  it('leaves words with no "the" before them out: two bodies may be meant', () => {
    expect(orgs('Police and Coastguard Agency officers searched the beach.')).not.toContain('Police and Coastguard Agency');
  });

  it('keeps apart two bodies when the first is a name of its own', () => {
    expect(orgs('The Treasury and Justice Department declined to comment.')).toEqual(expect.arrayContaining(['Treasury', 'Justice Department']));
  });
});

describe('a MISC name ending in an organisation\'s head noun is an organisation', () => {
  it('reads the regulator the tagger took as MISC as an organisation', () => {
    expect(orgs('The Financial Conduct Authority and the Bank of England declined to comment.')).toEqual(['Financial Conduct Authority', 'Bank of England']);
  });

  it.each([
    ['Oversight Committee', 'ORG'],
    ['Harbour Arts Society', 'ORG'],
    ['Census Bureau', 'ORG'],
    ['Premier League', 'MISC'],
    ['Davis Cup', 'EVENT'],
  ])('types the MISC name "%s" as %s', (name, type) => {
    expect(refineType(name, 'MISC')).toBe(type);
  });
});

describe('a company named by its officer after it or by "shares in" before it', () => {
  it.each([
    ['Shares in Okonkwo-Steyn rose 5% after the engine maker raised its forecast.', 'Okonkwo-Steyn'],
    ['"Demand is strong," Okonkwo-Steyn chief executive Tomas Reyes told analysts.', 'Okonkwo-Steyn'],
    ['"Demand is strong," Okonkwo-Steyn chief executive officer Tomas Reyes told analysts.', 'Okonkwo-Steyn'],
    ['Shares of Brandt fell after the results.', 'Brandt'],
    ['Shares in Varga rose 5% on Thursday.', 'Varga'],
  ])('reads the company in "%s" as an organisation, with the cue as its evidence', (text, name) => {
    const x = extract(text, { explain: true });
    const company = x.entities.find((e) => e.name === name);
    expect(company?.type).toBe('ORG');
    expect(company?.why?.rule).toBe('entities/type-evidence');
  });

  it('leaves a market named by its place a place ("shares in Tokyo")', () => {
    expect(orgs('Shares in Tokyo rose 2% on Monday.')).toEqual([]);
  });

  it('gives no company to a person with a chief of staff', () => {
    expect(orgs('Ruiz chief of staff Anna Berg resigned.')).not.toContain('Ruiz');
  });
});

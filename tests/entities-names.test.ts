import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Entity } from '../src/schema.js';

const people = (text: string): string[] => extract(text).entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
const named = (entities: Entity[], name: string): Entity | undefined => entities.find((e) => e.name === name);
const summary = (e: Entity | undefined): string => (e ? `${e.type} ${e.name} [${e.mentions.map((m) => m.text).join('|')}]` : 'none');

describe('particles inside person names', () => {
  it.each([
    ['Ajax coach Erik ten Hag said his squad was ready for the derby.', 'Erik ten Hag'],
    ['The title went to Juan Carlos del Rio after a late surge.', 'Juan Carlos del Rio'],
    ['Analysts at the bank quoted Pieter van der Berg on the deal.', 'Pieter van der Berg'],
    ['Crown Prince Mohammed bin Salman met the delegation in Riyadh.', 'Mohammed bin Salman'],
    ['Italian minister Luigi di Marco said the talks had stalled.', 'Luigi di Marco'],
    ['The award was handed to Ursula von Bergen in Vienna.', 'Ursula von Bergen'],
    ['Striker Ricardo dos Santos scored twice in the second half.', 'Ricardo dos Santos'],
  ])('reads "%s" as one person', (text, name) => {
    const x = extract(text);
    expect(x.entities.filter((e) => e.type === 'PERSON').map((e) => e.name)).toContain(name);
    expect(x.entities.filter((e) => e.type === 'PERSON' && e.name !== name && name.includes(e.name))).toEqual([]);
  });

  it('merges the surname with its particle, capitalised at the start of a sentence, into the full name', () => {
    const text = 'Manager Erik ten Hag praised the defence on Sunday.\nTen Hag, 54, said the club had turned a corner. The board backed ten Hag.';
    const x = extract(text);
    expect(summary(named(x.entities, 'Erik ten Hag'))).toBe('PERSON Erik ten Hag [Erik ten Hag|Ten Hag|ten Hag]');
  });

  it('never counts a particle that is a number word inside a name as a figure', () => {
    const x = extract('Manager Erik ten Hag said ten players were injured. Ten Hag, 54, was calm.');
    expect(x.numbers.map((n) => n.text)).toEqual(['ten', '54']);
  });

  it('leaves particles alone where no person is named: places, lower-case words', () => {
    expect(summary(extract('Flights to Rio de Janeiro resumed on Monday.').entities.find((e) => e.name.startsWith('Rio')))).toMatch(/^GPE Rio de Janeiro/);
    expect(extract('He counted ten Democrats and ten Republicans in the room.').numbers.map((n) => n.text)).toEqual(['ten', 'ten']);
  });
});

describe('bylines', () => {
  it.each([
    ['By JANE MORROW\n\nLONDON (Reuters) - Shares fell on Monday.', ['JANE MORROW']],
    ['By Jane Morrow and Tom Okafor, Reuters\n\nShares fell on Monday.', ['Jane Morrow', 'Tom Okafor']],
    ['By Priya Natarajan | The Herald\n\nThe council met on Tuesday.', ['Priya Natarajan']],
    ['BY DAVID HOLLOWAY AND MARIA SANTOS\nAssociated Press\n\nThe storm weakened overnight.', ['DAVID HOLLOWAY', 'MARIA SANTOS']],
    ['By Amira bint Khalid and Lukas zu Stolberg\n\nDockworkers stayed away on Monday.', ['Amira bint Khalid', 'Lukas zu Stolberg']],
  ])('reads the authors of "%s" as people', (text, authors) => {
    const x = extract(text);
    for (const author of authors) expect(summary(named(x.entities, author))).toBe(`PERSON ${author} [${author}]`);
  });

  it('reads the credits of wire copy as people, and a place after "in" as a place', () => {
    const x = extract('Shares fell on Monday.\n(Reporting by Lena Fischer in Berlin; Editing by Mark Potter)');
    expect(people(x.text ?? '')).toEqual([]);
    const found = x.entities.map((e) => `${e.type} ${e.name}`);
    expect(found).toEqual(expect.arrayContaining(['PERSON Lena Fischer', 'PERSON Mark Potter', 'GPE Berlin']));
  });

  it('leaves an agency after the comma, and lines that go on as sentences, to the tagger', () => {
    const agency = extract('By Jane Morrow, Associated Press\n\nThe storm weakened.').entities;
    expect(named(agency, 'Associated Press')?.type).toBe('ORG');
    const sentence = extract('By Friday, Acme Corp had cut 300 jobs.').entities;
    expect(sentence.filter((e) => e.type === 'PERSON')).toEqual([]);
  });

  it.each([
    ['Weekly bond indices - Harlan Whitcomb.\n\nThe indices were compiled by Harlan Whitcomb Inc for the week ending Friday.', 'Harlan Whitcomb Inc'],
    ['The survey of 400 buyers was compiled by Marlow Stanton Ltd for the trade body.', 'Marlow Stanton Ltd'],
    ['Figures reported by Castle Rowan Corp. showed sales up 4 percent.', 'Castle Rowan Corp.'],
  ])('a credit to a name ending in a corporate suffix is a company\'s, not an author\'s: "%s"', (text, company) => {
    const x = extract(text);
    expect(x.entities.find((e) => e.mentions.some((m) => m.text === company))?.type).toBe('ORG');
  });
});

describe('organisation names with connectors', () => {
  it.each([
    'The International Committee of the Red Cross said aid convoys were blocked.',
    'Crews from Suffolk Fire and Rescue Service were called at 3am.',
    'Procter & Gamble raised its forecast on Tuesday.',
    'A spokesman for the Department of Health and Human Services declined to comment.',
    'The Ministry of Defence confirmed the deployment.',
  ])('keeps the organisation of "%s" whole, with no piece of it a place', (text) => {
    const x = extract(text);
    const orgs = x.entities.filter((e) => e.type === 'ORG').map((e) => e.name);
    expect(orgs).toHaveLength(1);
    expect(text).toContain(orgs[0]);
    expect(orgs[0]!.split(' ').length).toBeGreaterThan(1);
    expect(x.entities.filter((e) => ['GPE', 'LOC', 'FAC'].includes(e.type) && orgs[0]!.includes(e.name))).toEqual([]);
  });

  it('keeps two organisations joined by "and" apart when the first is whole', () => {
    const names = extract('The Bank of England and the Financial Conduct Authority issued a joint warning.').entities.map((e) => e.name);
    expect(names).toEqual(['Bank of England', 'Financial Conduct Authority']);
    expect(extract('Shares of Google and Microsoft Corp fell on Monday.').entities.map((e) => e.name)).toEqual(['Google', 'Microsoft Corp']);
  });
});

describe('short forms and aliases', () => {
  it('merges an acronym defined in the text, wherever it is written in capitals, and never the word', () => {
    const x = extract(
      'The World Health Organization (WHO) warned on Friday of a new wave. Those who travel should take care, the WHO said.',
    );
    const who = named(x.entities, 'World Health Organization');
    expect(who?.aliases).toEqual(['WHO']);
    expect(who?.mentions.map((m) => m.text)).toEqual(['World Health Organization', 'WHO', 'WHO']);
  });

  it('merges an organisation\'s initials written later without a definition', () => {
    const x = extract('Crews from the Suffolk Fire and Rescue Service attended. An SFRS spokesman said two engines were sent.');
    expect(named(x.entities, 'Suffolk Fire and Rescue Service')?.aliases).toEqual(['SFRS']);
  });

  it('merges a company named with and without its corporate suffix', () => {
    for (const [full, short] of [['Nvidia Corp.', 'Nvidia'], ['Lumen Holdings', 'Lumen'], ['Brightwater Ltd', 'Brightwater']]) {
      const x = extract(`Shares of ${full} rose 3% on Monday. ${short} said demand was strong.`);
      const company = x.entities.find((e) => e.type === 'ORG' && e.mentions.some((m) => m.text === short));
      expect(company?.name).toBe(full);
      expect(company?.aliases).toEqual([short]);
    }
  });

  it('merges the other forms of a country or a US state', () => {
    const x = extract('The U.K. and the United States signed the pact. Britain said the US would ship first. Officials in Salem, Ore., said Oregon would sue.');
    expect(named(x.entities, 'United States')?.aliases).toEqual(['US']);
    expect(x.entities.find((e) => e.aliases.includes('U.K.'))?.aliases).toEqual(['U.K.']);
    expect(named(x.entities, 'Oregon')?.mentions.map((m) => m.text)).toEqual(['Ore', 'Oregon']);
  });

  it('merges a name of as many words cut short: "Man Utd", "Man City"', () => {
    const x = extract('Manchester United won on Saturday. Fans said the Man Utd defence held firm.');
    expect(named(x.entities, 'Manchester United')?.aliases).toEqual(['Man Utd']);
    const y = extract('Manchester City beat Arsenal on Sunday. Man City fans celebrated in the streets.');
    expect(named(y.entities, 'Manchester City')?.aliases).toEqual(['Man City']);
    expect(named(y.entities, 'Arsenal')?.aliases).toEqual([]);
  });

  it('keeps a country apart from its demonym, and a short form apart from a name of another type', () => {
    const x = extract('South African miners went on strike. Output in South Africa fell 4%, the South African Chamber said.');
    expect(x.entities.filter((e) => e.name === 'South Africa').map((e) => `${e.type} ${e.aliases.length}`)).toEqual(['GPE 0']);
    expect(x.entities.filter((e) => e.aliases.includes('South Africa'))).toEqual([]);
  });

  it('gives an acronym the type of the name it stands for, whatever the tagger read over it', () => {
    // the tagger reads "BSE" alone as another name (a disease), and the acronym's mentions outnumber the full name's
    const x = extract('Halvik Foods lost a tenth of its value on the Bristol Stock Exchange (BSE) this week. Volumes on the BSE were low, and BSE dealers blamed the holiday.');
    const market = x.entities.find((e) => e.aliases.includes('BSE'));
    expect(market && `${market.type} ${market.name}`).toBe('ORG Bristol Stock Exchange');
    expect(market?.mentions.map((m) => m.text)).toEqual(['Bristol Stock Exchange', 'BSE', 'BSE', 'BSE']);
  });

  it('merges the leading words of one organisation\'s name, but not of two', () => {
    const x = extract('Shares of Hartwell Energy Partners LLC fell. Hartwell said the fall was temporary, and a Hartwell Energy trader agreed.');
    expect(named(x.entities, 'Hartwell Energy Partners LLC')?.aliases).toEqual(['Hartwell', 'Hartwell Energy']);
    const y = extract('United Airlines and United Technologies both rose. United said bookings were strong.');
    expect(y.entities.filter((e) => e.type === 'ORG').map((e) => e.aliases)).toEqual([[], [], []]);
  });

  it.each([
    ['The Federal Reserve held interest rates steady on Wednesday. The Fed raised rates twice last year.', 'Federal Reserve', 'Fed'],
    ['Commonwealth Bank of Australia shares rose 2% on Tuesday. The Comm reported a record profit.', 'Commonwealth Bank of Australia', 'Comm'],
    ['Atletico Madrid beat Sevilla 2-0 on Sunday. Atleti are now three points clear at the top.', 'Atletico Madrid', 'Atleti'],
  ])('merges the clipped first word of one organisation\'s name: %s', (text, name, short) => {
    const x = extract(text);
    expect(named(x.entities, name)?.aliases).toEqual([short]);
    expect(named(x.entities, short)).toBeUndefined();
  });

  it('merges no clipped word that two names could give, that is a word of another name, a person\'s or a place\'s', () => {
    const unmerged = (text: string, name: string, short: string): void => {
      const x = extract(text);
      expect(named(x.entities, name)?.aliases).toEqual([]);
      expect(named(x.entities, short)).toBeDefined();
    };
    unmerged('The Federal Reserve and the Federation of Small Businesses disagreed on Tuesday. Officials at the Fed declined to comment.', 'Federal Reserve', 'Fed');
    unmerged('The Federal Reserve held rates. Federico Rossi, an economist, said the Fed was cautious.', 'Federal Reserve', 'Fed');
    unmerged('Stanford University researchers say the vaccine works. Stan students protested.', 'Stanford University', 'Stan');
    unmerged('Shares in Sainsbury Holdings rose on Monday. Sains said sales grew.', 'Sainsbury Holdings', 'Sains');
    const met = extract('Officers from the Metropolitan Police and forecasters at the Met Office attended. A spokesman for the Met said the road was closed.');
    expect(named(met.entities, 'Metropolitan Police')?.aliases).toEqual([]);
  });

  it('gives no aliases for the parts of a person\'s name', () => {
    const x = extract('Defence Minister Hulusi Akar spoke on Monday. Akar said the army would stay.');
    expect(named(x.entities, 'Hulusi Akar')?.aliases).toEqual([]);
  });
});

describe('a weekday after a name', () => {
  it('is left out of the name it follows, where it says when', () => {
    const x = extract('Ortega told Radio Caracol Friday that rates would hold. He met Foreign Minister Ana Lucia Prado Monday in Lima. Storms hit Florida Friday.');
    const names = x.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Radio Caracol', 'Ana Lucia Prado', 'Florida']));
    expect(names.filter((n) => /day$/.test(n))).toEqual([]);
  });

  it('stays in the name of a day', () => {
    const x = extract('Stores opened early on Good Friday. Easter Monday sales were strong, and the show aired on Fox News Sunday.');
    expect(x.entities.flatMap((e) => e.mentions.map((m) => m.text))).toEqual(expect.arrayContaining(['Good Friday', 'Easter Monday', 'Fox News Sunday']));
  });
});

describe('hyphens inside names', () => {
  it('reads a name over a hyphen between capitalised words', () => {
    const x = extract('Spokeswoman Mary-Kate Oduya said the team was ready. Halcyon Mercedes-Benz took the lead, and shares of RB-Velotech rose.');
    const names = x.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Mary-Kate Oduya', 'RB-Velotech']));
    expect(names.filter((n) => n.includes('Benz'))).toEqual(['Halcyon Mercedes-Benz']);
  });

  it('keeps places joined by a hyphen apart, and a party letter out of a place', () => {
    const x = extract('Trade between Kenya-Uganda border towns grew. Rep. Ann Tolliver, D-Fresno, said more staff were needed.');
    const names = x.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Kenya', 'Uganda', 'Fresno']));
    expect(names.filter((n) => n.includes('-'))).toEqual([]);
  });
});

describe('corporate suffixes', () => {
  it('ends a name at a suffix with its full stop, never at initials that open one', () => {
    const x = extract('"Demand is soft," said Ruth Abney, an analyst at B.V. Harcourt & Sons. Harcourt Holdings Ltd. Harcourt said nothing.');
    expect(x.entities.filter((e) => e.type === 'ORG').map((e) => e.mentions[0]!.text)).toContain('B.V. Harcourt & Sons');
  });
});

describe('people who share a surname', () => {
  it('keeps a man named by his title apart from his mother and his wife', () => {
    const text =
      'Mr Read, 71, died at the scene on Friday. His mother, Mary Read, said he had been a kind man. ' +
      "Read's wife, Susan Read, was not hurt. Police said Read had been driving home.";
    const x = extract(text);
    expect(x.entities.filter((e) => e.type === 'PERSON').map(summary)).toEqual([
      'PERSON Read [Read|Read|Read]',
      'PERSON Mary Read [Mary Read]',
      'PERSON Susan Read [Susan Read]',
    ]);
  });

  it('gives a lone surname to the person named in full, not to the relative introduced as kin', () => {
    const x = extract('John Harlow, 40, was arrested on Monday. His brother, Peter Harlow, posted bail. Harlow will appear in court in May.');
    expect(summary(named(x.entities, 'John Harlow'))).toBe('PERSON John Harlow [John Harlow|Harlow]');
    expect(summary(named(x.entities, 'Peter Harlow'))).toBe('PERSON Peter Harlow [Peter Harlow]');
  });

  it('keeps "Mrs" and "Mr" of one surname apart, each with its title\'s gender', () => {
    const x = extract('Mrs Okafor opened the school on Monday. Mr Okafor, her husband, cut the ribbon. Mrs Okafor thanked the council.');
    expect(x.entities.filter((e) => e.type === 'PERSON').map((e) => e.mentions.length)).toEqual([2, 1]);
  });

  it('joins a title of the same gender to the full name', () => {
    const x = extract('Brenda Quill opened the school. Mrs Quill thanked the council.');
    expect(summary(named(x.entities, 'Brenda Quill'))).toBe('PERSON Brenda Quill [Brenda Quill|Quill]');
  });
});

describe('types kept by evidence across the article', () => {
  it('keeps a person typed by a title a person wherever the name stands', () => {
    const x = extract('President Adeyemi arrived on Monday. The Adeyemi government rejected the claims. Adeyemi said talks would go on.');
    expect(x.entities.filter((e) => e.name === 'Adeyemi').map((e) => e.type)).toEqual(['PERSON']);
  });

  it('reads a surname before a noun for a leader\'s rule as a person, not a known place', () => {
    expect(named(extract('The Assad regime rejected the report.').entities, 'Assad')?.type).toBe('PERSON');
    expect(named(extract('The Ontario government rejected the report.').entities, 'Ontario')?.type).toBe('GPE');
  });

  it('keeps a company typed by its suffix or its kind an organisation', () => {
    const x = extract('Shares of grocer Ocado fell 3%. Ocado said sales had slowed.');
    expect(x.entities.filter((e) => e.name === 'Ocado').map((e) => e.type)).toEqual(['ORG']);
  });

  it('reads a lone word that opens a company\'s name, typed by its suffix, as the company, not a person', () => {
    const x = extract('Marlena Foods Inc cut its outlook on Monday. Marlena blamed higher grain costs, and Marlena\'s shares fell 6%.');
    expect(x.entities.map(summary)).toEqual(['ORG Marlena Foods Inc [Marlena Foods Inc|Marlena|Marlena]']);
    const y = extract('Halvorsen Group Ltd posted a loss. Mr Halvorsen, who founded it, said he would stay on.');
    expect(named(y.entities, 'Halvorsen')?.type).toBe('PERSON');
    const z = extract('Marlena Foods Inc cut its outlook. Its founder, Anna Marlena, said Marlena would retire.');
    expect(summary(named(z.entities, 'Anna Marlena'))).toBe('PERSON Anna Marlena [Anna Marlena|Marlena]');
  });

  it('types a name ending in an organisation\'s head noun as an organisation, not a place', () => {
    expect(named(extract('Mette Lund, chief strategist at Fjordvik Bank, said stocks were running low.').entities, 'Fjordvik Bank')?.type).toBe('ORG');
    expect(named(extract('Troops left the West Bank on Friday.').entities, 'West Bank')?.type).not.toBe('ORG');
  });

  it('reads a town the gazetteer knows in a list of places as a place', () => {
    const x = extract('Homes were flooded in Brandon, Thetford and Eye after the river burst its banks.');
    expect(x.entities.map((e) => `${e.type} ${e.name}`)).toEqual(['GPE Brandon', 'GPE Thetford', 'GPE Eye']);
    expect(named(extract('Russia, China and Gazprom signed the deal.').entities, 'Gazprom')?.type).toBe('ORG');
    expect(named(extract('Ministers from Britain, France and NATO met in Brussels.').entities, 'NATO')?.type).toBe('ORG');
  });
});

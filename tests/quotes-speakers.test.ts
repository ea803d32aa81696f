import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { onlyQuote as only } from './helpers/only-quote.js';

describe('speakers before the cue', () => {
  it('takes a capitalised word opening the sentence as the speaker, whatever its part of speech', () => {
    const q = only('Lynch said her partner had never seen the contract.');
    expect(q).toMatchObject({ kind: 'indirect', text: 'her partner had never seen the contract' });
    expect(q.speaker?.mention?.text).toBe('Lynch');
  });

  it('reads a word for people that opens the sentence as a description, not a name', () => {
    const x = extract('Residents said the water was rising.\n\nMembers of the board said the vote was close. Members said the count was late.');
    expect(x.quotes.map((q) => [q.speaker?.name, q.speaker?.resolvedBy])).toEqual([
      ['Residents', 'description'],
      ['Members of the board', 'description'],
      ['Members', 'description'],
    ]);
  });

  it('takes the name before a parenthesis and an appositive', () => {
    const x = extract('“We will not back down,” Rep. Jim Ortiz (R-Ohio), a member of the panel, said in an interview.\n\nSen. Ana Ruiz (D-Calif.), the chair of the committee, said the bill would pass.');
    expect(x.quotes.map((q) => [q.speaker?.name, q.speaker?.mention?.text])).toEqual([
      ['Jim Ortiz', 'Rep. Jim Ortiz'],
      ['Ana Ruiz', 'Sen. Ana Ruiz'],
    ]);
  });

  it('looks past several appositives to the name that opens the clause', () => {
    const q = only('Dana Okafor, a Leeds-based builder and spokeswoman for the Terrace Alliance, which speaks for small landlords, said most of the new rules were unworkable.');
    expect(q.text).toBe('most of the new rules were unworkable');
    expect(q.speaker?.mention?.text).toBe('Dana Okafor');
  });

  it('reads an appositive of place and a name inside an apposition', () => {
    expect(only('Piet Vermeulen, of Ghent, Belgium, said he had sailed the route twice.').speaker?.name).toBe('Piet Vermeulen');
    expect(only('The harbour master, Ines Duarte, said the pier would reopen.').speaker?.name).toBe('Ines Duarte');
  });

  it('does not read the object of "described ... as" after a comma as an inverted speaker', () => {
    const quotes = extract('Okafor, speaking in Leeds, described the new rules as “unworkable and unfair” on Monday.').quotes;
    expect(quotes.map((q) => q.speaker?.name)).not.toContain('the new rules');
  });

  it('does not take a time word before the appositive for the speaker', () => {
    expect(only('Yesterday, Okafor, the builder, said the site would close.').speaker?.mention?.text).toBe('Okafor');
  });
});

describe('speakers after the cue', () => {
  it('takes a number that stands for an article before a phrase ending in a preposition: "said one aide in the room"', () => {
    expect(only('“The board is in a panic,” said one aide in the room.').speaker?.mention?.text).toBe('one aide');
    expect(only('“Nothing was agreed,” said two officials at the talks on Friday.').speaker?.mention?.text).toBe('two officials');
    expect(only('“The road stays shut,” said one resident near the bridge.').speaker?.mention?.text).toBe('one resident');
  });
});

describe('a group qualified by an adjective and its complement', () => {
  it('takes the group, not the complement, as the speaker: "Sources close to the mayor said"', () => {
    expect(only('Sources close to the mayor said she would not run again.').speaker?.mention?.text).toBe('Sources close to the mayor');
    expect(only('Those close to the governor say she will sign the bill.').speaker?.mention?.text).toBe('Those close to the governor');
    expect(only('Aides loyal to the chairman said the vote would be delayed.').speaker?.mention?.text).toBe('Aides loyal to the chairman');
  });
});

describe('a group qualified by a participle phrase', () => {
  it.each([
    ['Residents living near the plant said the smell was unbearable.', 'the smell was unbearable', 'Residents'],
    ['Workers leaving the depot said they had not been paid.', 'they had not been paid', 'Workers'],
    ['Fans leaving the stadium chanted "Sack the board!" as they marched.', '"Sack the board!"', 'Fans'],
  ])('takes the group, not the participle\'s object, as the speaker: %s', (text, content, speaker) => {
    const q = only(text);
    expect(q.text).toBe(content);
    expect(q.speaker?.mention?.text).toBe(speaker);
  });

  it('gives a thing no voice through it: "The screen showing the departures said ..."', () => {
    expect(extract('The screen showing the departures said the flight was delayed.').quotes).toEqual([]);
  });
});

describe('"they" after a group that spoke in its own sentence', () => {
  it.each([
    ['The plan was first reported by Reuters. Nurses at the clinic complained that the rota was unsafe, and they said staff were leaving.', 'staff were leaving'],
    ['The figures were first published by the Financial Times. Officers reported that the road was blocked, and they said the driver had left the scene.', 'the driver had left the scene'],
  ])('is that group, not the organisation named before: %s', (text, content) => {
    const q = extract(text).quotes.find((x) => x.text === content);
    expect(q?.speaker?.mention?.text).toMatch(/^they$/i);
    expect(q?.speaker?.name).toMatch(/^(Nurses|Officers)/);
  });

  it.each([
    ['The story was first reported by the Ledger. As word of the fee rise got out, parents complained about what they said was short notice.', 'parents'],
    ['Harlow Energy opened the plant in May. Neighbours complained about what they said was a rushed review.', 'Neighbours'],
  ])('is that group when its own cue reports nothing: %s', (text, group) => {
    const q = extract(text).quotes.find((x) => x.speaker?.mention?.text === 'they');
    expect(q?.speaker?.name).toBe(group);
  });

  it.each([
    ['The story was first reported by the Ledger. As word of the fee rise got out, parents objected to what they said was short notice.', 'parents'],
    ['Harlow Energy opened the plant in May. Tenants have long protested against what they said was neglect.', 'Tenants'],
    ['The mill closed in March. Growers reacted angrily to what they said was a broken promise.', 'Growers'],
    ['The Courier broke the story. Nurses rallied against what they said were gaps in the rota.', 'Nurses'],
  ])('is the subject of any verb whose preposition "what they said" follows: %s', (text, group) => {
    const q = extract(text).quotes.find((x) => x.speaker?.mention?.text === 'they');
    expect(q?.speaker?.name).toBe(group);
  });

  it.each([
    ['The depot was shut for a week in June. Several drivers complained bitterly about the rota. They also said the new shifts had been imposed without notice.', 'Several drivers'],
    ['The depot was shut for a week in June. Several drivers accused the firm of repeated breaches of their contracts. They also said the new shifts had been imposed without notice.', 'Several drivers'],
  ])('is the group whose cue reported nothing in the sentence before: %s', (text, group) => {
    const q = extract(text).quotes.find((x) => x.text === 'the new shifts had been imposed without notice');
    expect(q?.speaker?.name).toBe(group);
  });
});

describe('a participle cue after a relative clause on the object', () => {
  it.each([
    ['The council fined a landlord who said the flats were safe, noting that two tenants had been hurt.', 'that two tenants had been hurt', 'The council'],
    ['The club sacked a coach who said the pitch was unsafe, arguing that he had broken team rules.', 'that he had broken team rules', 'The club'],
    ['Ruiz was defensive about not paying a builder who said he was owed money, saying, "Maybe he did a poor job."', '"Maybe he did a poor job."', 'Ruiz'],
  ])('takes the main clause\'s subject, not the relative clause\'s: %s', (text, content, speaker) => {
    const q = extract(text).quotes.find((x) => x.text === content);
    expect(q?.speaker?.mention?.text).toBe(speaker);
  });

  it('still takes the subject a relative clause in apposition describes', () => {
    const q = extract('The mayor, who said the plan was sound, defended it on Monday, insisting that costs would fall.').quotes.find((x) => x.text === 'that costs would fall');
    expect(q?.speaker?.name).toBe('The mayor');
  });
});

describe('a title right before a name at the end of the subject', () => {
  it.each([
    ['Harbour Board of Kent chief executive Ruth Hale said the quay would reopen on Friday.', 'Ruth Hale'],
    ['Port of Dover Authority managing director Ruth Hale said the ferries would sail again.', 'Ruth Hale'],
    ['Bank of Leeds economist Omar Patel said rates would stay on hold.', 'Omar Patel'],
  ])('gives the person the title describes: %s', (text, speaker) => {
    expect(only(text).speaker?.name).toBe(speaker);
  });

  it('keeps a phrase that only ends with a name: the name is no title\'s', () => {
    expect(only('Friends of Ana Ruiz said she had left the city.').speaker?.name).toBe('Friends of Ana Ruiz');
  });
});

describe('reported clauses without "that"', () => {
  it('reads a subject holding a parenthetical or a list', () => {
    expect(only('Okafor said the mill, along with two farms, kept the valley alive.').text).toBe('the mill, along with two farms, kept the valley alive');
    expect(only('Okafor said teachers, nurses, and bus drivers need to be heard.').text).toBe('teachers, nurses, and bus drivers need to be heard');
  });

  it('does not run a noun object on into the clause after it', () => {
    expect(only('Okafor acknowledged the size of the loss, which she called painful.').text).toBe('the size of the loss');
  });

  it('reads a clause after a fronted adverbial or subordinate clause', () => {
    expect(only('Okafor said at 6 a.m., no trains were running.').text).toBe('no trains were running');
    expect(only('Okafor said while most tenants paid on time, a few never did.').text).toBe('while most tenants paid on time, a few never did');
    expect(only('The harbour master told reporters by phone the pier was closed.').text).toBe('the pier was closed');
  });

  it('reads a plural subject whose verb wink took for a noun, and a bare "say"', () => {
    expect(only('Okafor told the council the new rules favour large landlords.').text).toBe('the new rules favour large landlords');
    expect(only('All the tenants say the heating never worked.').text).toBe('the heating never worked');
  });

  it('takes no clause from a passive cue', () => {
    expect(extract('The tenants were repeatedly charged fees they never agreed to.').quotes).toEqual([]);
  });
});

describe('sentences and boundaries the quote stage reads across', () => {
  it('reads on past a full stop the splitter took for a sentence end', () => {
    const q = only('Rep. Ann Roe (D-Mass.) said the bill would not pass.');
    expect(q.text).toBe('the bill would not pass');
    expect(q.speaker?.name).toBe('Ann Roe');
    expect(only('Okafor says she walked 12 km. before the bus came.').text).toBe('she walked 12 km. before the bus came');
    const split = only('Sen. Tom Ruiz (R-N.M.) told the panel the dam was unsafe.');
    expect([split.text, split.speaker?.name]).toEqual(['the dam was unsafe', 'Tom Ruiz']);
  });

  it('takes the speaker before an appositive between dashes', () => {
    expect(only('Okafor -- the owner of two mills -- said the river was too low.').speaker?.mention?.text).toBe('Okafor');
  });

  it('ends an object or a clause where a coordinated cue begins, and an object at a subordinate clause', () => {
    const x = extract('Dana Okafor has praised the mayor but has said she will vote against the plan.');
    expect(x.quotes.map((q) => q.text)).toEqual(['the mayor', 'she will vote against the plan']);
    expect(only('Okafor described the mill as a ruin when she bought it.').text).toBe('the mill as a ruin');
  });
});

describe('where reported speech ends', () => {
  it('ends at the main clause when the cue sits in a subordinate clause', () => {
    const q = extract('Though Okafor said she was sorry to leave, the mill closed on Friday.').quotes;
    expect(q.map((x) => x.text)).toEqual(['she was sorry to leave']);
  });

  it('keeps a relative clause on what was said, and ends before a colon that opens another attribution', () => {
    expect(only('Okafor said few renters know their rights, which include a return to the flat once work ends.').text).toBe(
      'few renters know their rights, which include a return to the flat once work ends',
    );
    const x = extract('Okafor says she never learned to cook: she notes that her father did all of it.');
    expect(x.quotes.map((q) => q.text)).toEqual(['she never learned to cook', 'that her father did all of it']);
  });
});

describe('labelled quotes', () => {
  it('reads a paragraph opening with a name and a colon as what that speaker said', () => {
    const x = extract('Marta Kowalczyk: Farmers Will Not Leave the Valley\n\nMarta Kowalczyk: “We will rebuild the bridge.”');
    expect(x.quotes.map((q) => [q.kind, q.text, q.speaker?.name, q.cue?.text])).toEqual([
      ['indirect', 'Farmers Will Not Leave the Valley', 'Marta Kowalczyk', ':'],
      ['direct', '“We will rebuild the bridge.”', 'Marta Kowalczyk', ':'],
    ]);
  });

  it('takes no label that names no one, and no clock time for a label', () => {
    expect(extract('Update: the road to the valley is open again.').quotes).toEqual([]);
    expect(extract('Marta Kowalczyk 10:30 the road to the valley is open again.').quotes).toEqual([]);
  });
});

describe('more attribution shapes', () => {
  it('reads "CONTENT, said X, APPOSITIVE" and a plural possessive inside an appositive', () => {
    const q = only('The harvest came in late this year, said Ines Duarte, director of the growers’ union.');
    expect(q.text).toBe('The harvest came in late this year');
    expect(q.speaker?.name).toBe('Ines Duarte');
    expect(only('Duarte, the growers’ spokeswoman, said the harvest came in late.').speaker?.mention?.text).toBe('Duarte');
  });

  it('reads a plural subject whose verb wink took for a noun before a preposition', () => {
    expect(only('Export sales account for about a third of the profit, Duarte said.').text).toBe('Export sales account for about a third of the profit');
  });

  it('reads quotes in a section that opens with a label in capitals, but not in a one-line teaser', () => {
    expect(only('HARVEST WATCH: The growers met on Monday. Ines Duarte said the harvest came in late.').text).toBe('the harvest came in late');
    expect(extract('READ MORE: Ines Duarte says the harvest came in late').quotes).toEqual([]);
  });
});

describe('what is not reported speech', () => {
  it('takes no fronted clause before "X said," for what was said', () => {
    const x = extract('When asked about the debt on Monday, Okafor said, “The books are in order.”');
    expect(x.quotes.map((q) => [q.kind, q.text])).toEqual([['direct', '“The books are in order.”']]);
    expect(only('If elected, she will cut taxes, Okafor said.').text).toBe('If elected, she will cut taxes');
  });

  it('reads the clause after the cue when a fronted phrase comes before the speaker', () => {
    expect(only('Through the lockdown months, Okafor says she ate badly and barely slept.').text).toBe('she ate badly and barely slept');
  });

  it('takes no inference drawn from records, and no market gain, for speech', () => {
    expect(extract('The latest survey suggests that shoppers are nervous.').quotes).toEqual([]);
    expect(extract('The index added 0.7 per cent and the dollar rose.').quotes).toEqual([]);
    expect(only('Okafor suggested that shoppers are nervous.').text).toBe('that shoppers are nervous');
  });
});

describe('the reporter’s concession ends reported speech', () => {
  it('ends before ", although ..."', () => {
    expect(only('Okafor claimed that the mill made money, although she never showed the accounts.').text).toBe('that the mill made money');
  });
});

describe('quotes that belong to their own attribution', () => {
  it('keeps a direct quote out of the content of a later participle cue', () => {
    const x = extract('“We will rebuild the bridge,” said Marta Kowalczyk, the mayor, vowing to reopen the road by May.');
    expect(x.quotes.map((q) => [q.kind, q.text])).toEqual([
      ['direct', '“We will rebuild the bridge,”'],
      ['indirect', 'to reopen the road by May'],
    ]);
  });

  it('reads a one-line teaser split by an abbreviation as one sentence', () => {
    expect(extract('READ MORE: ‘Still standing’: Elrose, Sask. farmer rebuilds barn').quotes).toEqual([]);
  });
});

describe('records and bodies', () => {
  it('keeps an organisation whose name ends in a record word as a speaker', () => {
    expect(only('The Institute for Regional Studies estimated that 4,000 farms would close.').speaker?.name).toBe('Institute for Regional Studies');
  });
});

describe('asides between the speaker and the cue', () => {
  it('skips a participle or a prepositional phrase between the subject and its cue', () => {
    const x = extract(
      'The mayor, speaking to reporters outside City Hall, said crews would work through the weekend.\n\n' +
        'Nadia Bell, asked about the delay, said the parts had not arrived.\n\n' +
        'The minister, in an interview with the BBC, said the tax would not rise.\n\n' +
        'Proponents, including several farm groups, have urged ministers to keep the subsidy.',
    );
    expect(x.quotes.map((q) => [q.text, q.speaker?.mention?.text])).toEqual([
      ['crews would work through the weekend', 'The mayor'],
      ['the parts had not arrived', 'Nadia Bell'],
      ['the tax would not rise', 'The minister'],
      ['ministers to keep the subsidy', 'Proponents'],
    ]);
  });

  it('takes no aside where the words before it do not open the clause, or the cue is a participle', () => {
    const x = extract('Lena Park, who grew up across the river, played in the band and worked at the mill, said the town had changed.\n\nThe council approved the plan, citing the cost of delay, said a spokesman.');
    expect(x.quotes.map((q) => q.speaker?.mention?.text)).toEqual(['Lena Park', 'a spokesman']);
  });
});

describe('appositives before the cue', () => {
  it('reads a subject with its appositive in a clause opened by a subordinator the tagger reads as a preposition', () => {
    const q = only("A row broke out after Lena Dahl, Norway's consul in Lagos, told local reporters that the shipping firm had done nothing wrong.");
    expect(q).toMatchObject({ text: 'that the shipping firm had done nothing wrong', speaker: { name: 'Lena Dahl' } });
    expect(only('Out on bail since his arrest in October, Dean Moss, 19, told the judge that he had been clean for a year.').speaker?.name).toBe('Dean Moss');
  });

  it('reads an appositive that opens with a common noun after a common noun', () => {
    const q = only("Their partners, members of the Coastal Alliance Party (CAP), have said they will vote for the budget.");
    expect(q).toMatchObject({ text: 'they will vote for the budget', speaker: { mention: { text: 'Their partners' } } });
  });
});

describe('subjects a passive or a hyphen hides', () => {
  it('takes the subject of "was quoted as saying"', () => {
    const x = extract('Mayor Ruth Oakes spoke at length. "We were shaken," she was quoted as saying in a press release.\n\nThe minister was quoted as saying that the talks had failed.');
    expect(x.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['"We were shaken,"', 'Ruth Oakes'],
      ['that the talks had failed', 'The minister'],
    ]);
  });

  it('reads a hyphenated prefix as part of the speaker phrase: "then-candidate", "ex-minister"', () => {
    expect(only('"I do not support the scheme," then-candidate Doug Fell responded at a debate.').speaker?.mention?.text).toBe('then-candidate Doug Fell');
    expect(only('The ex-minister said the scheme had failed.').speaker?.mention?.text).toBe('The ex-minister');
  });
});

describe('role holders and bodies described', () => {
  it('takes the holder of a role "for" or "of" someone as the speaker, not the person the role is for', () => {
    const x = extract('The lawyer for Tom Marsh said his client would plead not guilty.\n\nThe daughter of Ana Ruiz said the family had not been told.');
    expect(x.quotes.map((q) => [q.speaker?.name, q.speaker?.entityId])).toEqual([
      ['The lawyer for Tom Marsh', null],
      ['The daughter of Ana Ruiz', null],
    ]);
  });

  it('does not take the complement for the role holder even when it was named before', () => {
    const x = extract('Police named the driver as Carl Whitby. The lawyer for Carl Whitby said his client had followed every rule.');
    expect(x.quotes.map((q) => [q.speaker?.mention?.text, q.speaker?.entityId ?? null])).toContainEqual(['The lawyer for Carl Whitby', null]);
  });

  it('still takes the person the next sentence names in that role', () => {
    const x = extract('The lawyer for Tom Marsh said his client would plead not guilty. Defence lawyer Kate Lin said the charges were weak.');
    expect(x.quotes.map((q) => q.speaker?.name)).toEqual(['Kate Lin', 'Kate Lin']);
  });

  it('resolves a bare "the company" or "the bank" to the organisation named just before, unless its name says it is another kind', () => {
    const x = extract(
      'LONDON (Reuters) - Shares in Carrow Holdings fell 9% on Tuesday. The company said weaker demand would hit sales.\n\n' +
        'Goldfinch Capital raised its target for the index. The bank said investors had been too gloomy.\n\n' +
        'The Environment Agency closed two roads near the river. The company said it had moved its trucks.',
    );
    expect(x.quotes.map((q) => [q.speaker?.mention?.text, q.speaker?.name])).toEqual([
      ['The company', 'Carrow Holdings'],
      ['The bank', 'Goldfinch Capital'],
      ['The company', 'The company'],
    ]);
  });

  it.each([
    ['Verano Air told Lakeside Capital it would drop 20 routes. The company said demand had weakened.', 'Verano Air', '20'],
    ['Brisco Motors will work with Halvard Systems on the batteries. The company said 40 jobs would move.', 'Brisco Motors', '40'],
    ['Orders rose 3%, according to Pellham Group. The company said 12 plants were running at full speed.', 'Pellham Group', '12'],
  ])('takes for a bare "the company" no organisation named as the object of a verb or preposition: %s', (text, name, figure) => {
    const x = extract(text);
    expect(x.quotes.at(-1)?.speaker?.name).toBe(name);
    expect(x.numbers.find((n) => n.text === figure)?.claimedBy?.name).toBe(name);
  });

  it.each([
    ['Orbis said on Monday its probe had reached lunar orbit. Engineers at Halden Optics built its camera. The space agency said 14 instruments were working.', 'Orbis', '14'],
    ['Shares in Pellucid fell after Bramley Bank cut its rating. Pellucid makes chips for phones. The tech company said 300 jobs would go.', 'Pellucid', '300'],
    ['The Marlow Health Service opened 12 clinics. Vexa Labs supplied the tests. The health agency said 40 more would open by June.', 'Marlow Health Service', '40'],
    ['Orbis said its probe had reached lunar orbit. Orbis built the lander. The Indian Navy tracked it. The Indian space agency said 14 instruments were working.', 'Orbis', '14'],
  ])('resolves a modified description to the organisation whose name holds a modifier, else the one named most: %s', (text, name, figure) => {
    const x = extract(text);
    expect(x.quotes.at(-1)?.speaker).toMatchObject({ name, resolvedBy: 'description' });
    expect(x.numbers.find((n) => n.text === figure)?.claimedBy?.name).toBe(name);
  });

  it('takes for a modified description no organisation whose name holds its noun without the modifiers', () => {
    const x = extract('The Energy Agency published its outlook on Monday. The space agency said 14 launches were planned.');
    expect(x.quotes.at(-1)?.speaker?.name).toBe('The space agency');
  });
});

describe('quotes in a headline', () => {
  it.each([
    ["Measles surge only 'tip of the iceberg', officials say\n\nCases rose to 40 on Friday.\n\n\"What we see is just the tip of the iceberg,\" said Dr Lena Ortiz, who leads the programme.", "'tip of the iceberg'", 'Lena Ortiz'],
    ["Rail Strike 'Unfair On Commuters'\n\nA planned strike would hit 300,000 passengers.\n\nTransport Secretary Mark Hale said the walkout was \"unfair on commuters who have suffered enough\".", "'Unfair On Commuters'", 'Mark Hale'],
    ["Flood defences 'held firm' as river peaks\n\nBarriers held overnight, the agency said.\n\n\"The defences held firm and no homes were flooded,\" said Ruth Evans, the area manager.", "'held firm'", 'Ruth Evans'],
  ])('gives a headline quote the speaker the body quotes saying its words: %s', (text, quote, speaker) => {
    const q = extract(text).quotes.find((x) => x.text === quote);
    expect(q?.speaker).toMatchObject({ name: speaker, resolvedBy: 'continuation' });
  });

  it.each([
    ["'A turning point': Albanese hails Jakarta pact\n\nPrime Minister Anthony Albanese signed a trade pact with Indonesia on Monday.", "'A turning point'", 'Anthony Albanese'],
    ["Novak sworn in as mayor: 'Proudest day of my life'\n\nCarla Novak was sworn in as the city's mayor on Tuesday.", "'Proudest day of my life'", 'Carla Novak'],
  ])('gives a headline quote the name on the other side of its colon: %s', (text, quote, speaker) => {
    expect(extract(text).quotes.find((x) => x.text === quote)?.speaker?.name).toBe(speaker);
  });

  it('keeps a scare quote in a headline that no one in the body says out of the quotes', () => {
    const x = extract("Council's 'green' budget under fire\n\nThe council cut its bus subsidy by a third on Monday.");
    expect(x.quotes).toEqual([]);
  });
});


describe('groups located by a place', () => {
  it.each([
    ['Russian officials in Moscow denied that the convoy had crossed the border.', 'Russian officials in Moscow'],
    ['Officials in Berlin said the talks would resume on Thursday.', 'Officials in Berlin'],
    ['U.S. officials in Kabul said the embassy would stay open.', 'U.S. officials in Kabul'],
    ['Aid workers near Goma said the camps were running out of water.', 'Aid workers near Goma'],
  ])('gives the group, not the place where it is: %s', (text, speaker) => {
    const q = only(text);
    expect(q.speaker).toMatchObject({ name: speaker, entityId: null, resolvedBy: 'description' });
  });

  it('still gives the organisation that officials "at" or "in" speak for', () => {
    expect(only('Officials at the Ministry of Health said the clinic would reopen.').speaker?.name).toBe('Ministry of Health');
  });

  it.each([
    ['Freight firms in Ipswich, Harwich and Woodbridge said lorries were being sent north.', 'Freight firms in Ipswich, Harwich and Woodbridge'],
    ['Shopkeepers in Leeds, York and Hull said trade had fallen by a third.', 'Shopkeepers in Leeds, York and Hull'],
  ])('reads a list of places after the group whole: %s', (text, speaker) => {
    expect(only(text).speaker?.mention?.text).toBe(speaker);
  });

  it.each([
    ['Emergency crews said the river had burst its banks overnight.', 'Emergency crews'],
    ['Crews in Valencia said the river had burst its banks overnight.', 'Crews in Valencia'],
    ['Film crews said the set had been flooded twice.', 'Film crews'],
  ])('reads the plural of a collective noun as people speaking: %s', (text, speaker) => {
    expect(only(text).speaker).toMatchObject({ name: speaker, resolvedBy: 'description' });
  });
});

describe("the speaker's mention", () => {
  it.each([
    ['Marieke de Vries leads the union. De Vries said the offer was too low.', 'De Vries'],
    ['Ursula von Bergen chairs the board. Von Bergen said the plan was sound.', 'Von Bergen'],
  ])('covers a particle that opens the sentence: %s', (text, mention) => {
    const q = extract(text).quotes[0]!;
    expect(q.speaker?.mention?.text).toBe(mention);
  });
});

describe('a message its subject put out', () => {
  it.each([
    ['The Arab League issued a statement calling the launch a threat to peace in the region.', 'Arab League'],
    ['The union released a statement saying the offer was an insult.', 'The union'],
    ['Health officials put out a statement urging residents to stay indoors.', 'Health officials'],
    ['Marta Ruiz posted a video calling the vote rigged.', 'Marta Ruiz'],
  ])('speaks for whoever issued it: %s', (text, speaker) => {
    expect(only(text).speaker?.name).toBe(speaker);
  });

  it('does not give a message someone only found to its finder', () => {
    expect(only('Police found a letter saying the money was hidden.').speaker?.name).toBe('a letter');
  });
});

describe('a message behind a possessive pronoun', () => {
  it.each([
    ['Shannon Ruiz has not spoken publicly. Her statement said she had done nothing wrong.', 'Shannon Ruiz'],
    ['Tom Okafor resigned on Friday. His letter said he had been misled by the board.', 'Tom Okafor'],
  ])('speaks for the one the pronoun refers to: %s', (text, speaker) => {
    expect(extract(text).quotes.at(-1)?.speaker?.name).toBe(speaker);
  });

  it('never names a weekday as the speaker', () => {
    const q = only('Retail jobs are the best bet for youth, according to a study released Monday by the Harbour Institute.');
    expect(q.speaker?.name).not.toBe('Monday');
  });
});

describe('a pronoun chain keeps its person in view', () => {
  it('resolves "she" long after the name while each quote in between refers to her', () => {
    const x = extract('DENVER - A woman filmed the arrest of her neighbour on Monday.\n\nMarisol Quintero can be heard shouting at the officers.\n\n"Stop. He is not armed. He is not armed. Please stop. Please."\n\n"He did nothing," she says. "Nothing. Nothing at all. Let him go."\n\nAt that point the camera drops. The crowd grows.\n\n"Is he breathing? Tell me he is breathing," she shouts.\n\nTwo officers kneel beside him.\n\n"He has to be fine," she said.');
    expect(x.quotes.filter((q) => q.speaker?.mention?.text.toLowerCase() === 'she').map((q) => q.speaker?.name)).toEqual(['Marisol Quintero', 'Marisol Quintero', 'Marisol Quintero', 'Marisol Quintero']);
  });

  it('keeps a coach in view across a run of short quoted sentences', () => {
    const x = extract('Coach Darnell Pike was blunt after the loss.\n\n"We were slow. We were sloppy. We lost every loose ball. That is on me. I have to fix it," he said.\n\n"The guys know it. They are hurting. Nobody wants that again. Not this year. Not ever."\n\nThe team flies home on Sunday. It plays again on Wednesday. Tickets are sold out.\n\n"We will be ready," he added.');
    expect(x.quotes.filter((q) => q.speaker?.mention?.text === 'he').map((q) => q.speaker?.name)).toEqual(['Darnell Pike', 'Darnell Pike']);
  });

  it('gives the unnamed speaker who spoke after the chain the next "she"', () => {
    const x = extract('Lena Vogt, 9, was found safe on Monday. "I was scared," she said. "I wanted my mum. I wanted to go home. I cried a lot."\n\nHer aunt and the aunt\'s partner were arrested. They had a list of names. It was being studied. Officers searched the flat. They found more papers. The case is open.\n\nThe couple will probably be sent back to Germany, a police spokeswoman said. Their car gave them away, she added.');
    expect(x.quotes.at(-1)?.speaker?.name).toBe('a police spokeswoman');
  });
});

describe('gender from a word for a relation beside the name', () => {
  it('reads the head of an apposition over a pronoun in another paragraph', () => {
    const x = extract('Marisela Okonjo first spoke about the plan to a trade magazine last month.\n\n"We do not have the final text yet," he said, adding that the bill would come later.\n\nMarisela Okonjo, the governor\'s eldest daughter, discussed the rule last week. She said part-time workers would not be covered.');
    expect(x.quotes.at(-1)).toMatchObject({ text: 'part-time workers would not be covered', speaker: { name: 'Marisela Okonjo' } });
  });

  it('gives "she" the mother, not her husband named after her', () => {
    const q = extract('Costs rose again in May.\n\nTamsin Achebe, a mother of three from Leeds, has campaigned for cheaper childcare. Her husband Rob works nights. She said the new scheme came too late.').quotes.at(-1);
    expect(q?.speaker?.name).toBe('Tamsin Achebe');
  });

  it('reads a relation noun owned by a possessive right before the name', () => {
    const q = extract('Oleksandr Brel has been held for 400 days. His wife Zarnita Brel told reporters he had done nothing wrong. Lawyers filed a new appeal on Friday. "We will keep asking until someone answers," she said.').quotes.at(-1);
    expect(q?.speaker?.name).toBe('Zarnita Brel');
  });

  it('ends the apposition at its first noun, and reads no aside as one', () => {
    const x = extract('"The cuts go too far," said Mary Okafor, a nurse whose brother is a firefighter. She said the night shift would hurt families.\n\nOne woman, Pavel Dorn said, had waited two years for a hearing. He said the court was overwhelmed.');
    expect(x.quotes.map((q) => q.speaker?.name)).toEqual(['Mary Okafor', 'Mary Okafor', 'Pavel Dorn', 'Pavel Dorn']);
  });
});

describe('a clause with its cue introduces the quote after its colon', () => {
  it('reads a cue with an object or an adverbial before the colon', () => {
    const x = extract('Usage at the rinks has dropped.\n\nClub officials explained the drop like this: "Fewer families have signed up for lessons since the fees went up."\n\nThe union wrote in its letter to members on Friday: "This offer is the best we will get."\n\nOkafor repeated her promise to the crowd: "We are not going anywhere."');
    expect(x.quotes.map((q) => [q.kind, q.speaker?.name, q.cue?.text])).toEqual([
      ['direct', 'Club officials', 'explained'],
      ['direct', 'The union', 'wrote'],
      ['direct', 'Okafor', 'repeated'],
    ]);
  });

  it('keeps the topic before the colon out of what was said', () => {
    const x = extract('Kovacs described the scene to the jury: "There was smoke everywhere and nobody could see."');
    expect(x.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['"There was smoke everywhere and nobody could see."', 'Kovacs']]);
  });

  it('gives a participle after the main clause its subject', () => {
    const x = extract('The mayor brushed off the protest on Monday, dismissing the idea of a recall: "People elected me to finish this job."');
    expect(x.quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([['direct', 'The mayor']]);
  });

  it('reads a form wink calls a noun as the cue between a name and the colon', () => {
    const q = extract('Fewer small donors backed the campaign this year.\n\nThe Daily Ledger reports:\n\n"Only 31 percent of the donors this cycle gave more than $100."').quotes.at(-1);
    expect(q?.speaker?.mention?.text).toBe('The Daily Ledger');
  });

  it('does not reach past a sentence or another quote to a cue', () => {
    const x = extract('Reyes said the vote was close. The result surprised everyone: "Nobody saw this coming," a clerk said.');
    expect(x.quotes.at(-1)?.speaker?.name).toBe('a clerk');
  });
});

describe('a nickname in quote marks inside a name', () => {
  it('reads the name around the nickname as one speaker, before and after the cue', () => {
    const x = extract('"We are ready for this fight," said Thomas "Tommy" Adair, the campaign chairman.\n\nRobert “Bobby” Kean said the count would take a week.\n\n"Nobody should be surprised," Maria "Mimi" Soto told reporters.');
    expect(x.quotes.map((q) => [q.kind, q.speaker?.mention?.text])).toEqual([
      ['direct', 'Thomas "Tommy" Adair'],
      ['indirect', 'Robert “Bobby” Kean'],
      ['direct', 'Maria "Mimi" Soto'],
    ]);
  });

  it('looks past the nickname to the phrase that opens the clause', () => {
    const q = extract('The rally drew hundreds.\n\n"This is a big night for our next governor!" his cousin, state Rep. Lorena "Lolo" Vance (D-Tucson), shouted to the crowd.').quotes[0];
    expect(q?.speaker?.mention?.text).toBe('his cousin');
  });
});

describe('an epithet for the person in view', () => {
  it.each([
    ['Karl Brenner, an engineer, built the first prototype in his garage. Brenner knows the risk. "Nobody else would build a car like this," the wiry, grey-haired inventor said.', 'Karl Brenner', 'the wiry, grey-haired inventor'],
    ['Dana Whitlock has coached the club for a decade. "We were not good enough today," the 52-year-old manager told reporters.', 'Dana Whitlock', 'the 52-year-old manager'],
    ['Mira Solberg noted the rule in an interview. The 41-year-old mother of two said fathers would not be covered.', 'Mira Solberg', 'The 41-year-old mother of two'],
    // no office, but a noun for one person all the same
    ['Luca Brenner scored twice on Saturday. Brenner has five goals since the trade. "They find me," the 27-year-old winger said.', 'Luca Brenner', 'the 27-year-old winger'],
    ['Ines Haug was the last to leave the boat. "The waves came from nowhere," the exhausted fisherman said.', 'Ines Haug', 'the exhausted fisherman'],
    // the person named before one named after a preposition
    ['Luca Brenner scored twice on Saturday. Brenner has five goals since Albany traded him for Tomas Berg. The 27-year-old left wing said his linemates keep finding him.', 'Luca Brenner', 'The 27-year-old left wing'],
    ['Petra Lind chaired the inquiry. Lind wrote the report with help from Omar Diaz. The retired judge said the findings were clear.', 'Petra Lind', 'The retired judge'],
  ])('names the one the description stands for: %s', (text, name, mention) => {
    const q = extract(text).quotes.at(-1);
    expect(q?.speaker).toMatchObject({ name, mention: { text: mention } });
  });

  it.each([
    ['a possessor', 'Rhea Tamsin was treated in June. "She was very lucky," the senator’s family physician said.', 'the senator’s family physician'],
    ['a complement', 'The launch marked a new book by Nina Okafor. The veteran actress said the industry had to change.', 'The veteran actress'],
    ['a coordination', 'Lawyers for Rob and Ivana Kessler filed papers. The former developer argued the files were private.', 'The former developer'],
    ['a complement after an honorific', 'Music teacher Ron Petrakis ran the choir trip. "We owe the whole tour to Mr. Petrakis," the 11-year-old singer said.', 'the 11-year-old singer'],
    ['no describing word', 'Ana Ruiz met the mayor on Monday. The mayor said the deal was close.', 'The mayor'],
  ])('stays a description with %s', (_, text, name) => {
    expect(extract(text).quotes.at(-1)?.speaker?.name).toBe(name);
  });
});

describe('a participle cue after the one written to', () => {
  it.each([
    ['A group of nurses sent a letter to the hospital board urging it to reconsider the cuts.', 'A group of nurses'],
    ['Residents wrote to the council asking it to delay the vote.', 'Residents'],
    ['The union sent a letter to members urging them to vote yes.', 'The union'],
  ])('takes the clause subject, not the recipient: %s', (text, speaker) => {
    expect(extract(text).quotes.map((q) => q.speaker?.name)).toEqual([speaker]);
  });
});

describe('transcript lines quoted whole', () => {
  const speakers = (text: string) => extract(text).quotes.map((q) => [q.speaker?.name ?? null, q.speaker?.mention?.text ?? null]);

  it('takes the label inside the opening mark as the speaker, a surname the article writes elsewhere', () => {
    expect(speakers('Senator Ana Ruiz faced Tom Bell in the debate.\n\n"RUIZ: Well, look, the council has never balanced a budget."\n\n"BELL: The plan is sound, and the numbers add up."')).toEqual([
      ['Ana Ruiz', 'RUIZ'],
      ['Tom Bell', 'BELL'],
    ]);
  });

  it('takes a label in capitals the article does not name when several lines open with labels', () => {
    expect(speakers('Senator Ana Ruiz faced Tom Bell in the debate.\n\n"HOST: Do you agree with that, Senator?"\n\n"RUIZ: No. The numbers do not add up."')).toEqual([
      ['HOST', 'HOST'],
      ['Ana Ruiz', 'RUIZ'],
    ]);
  });

  it('names no one with a lone label in capitals the article never writes', () => {
    expect(speakers('Senator Ana Ruiz spoke on Monday.\n\n"NOTE: the hearing was moved to the main hall."')).toEqual([[null, null]]);
  });
});

describe('a name with a hyphen inside it', () => {
  it.each([
    ['“We will not back down,” said Amira Haddad-Kovac.', 'Amira Haddad-Kovac'],
    ['Tomas Healy-Byrne chairs the committee.\n\n“The road is a disgrace,” Healy-Byrne said.', 'Tomas Healy-Byrne'],
    ['In a statement on its radio station, al-Shabaab said: “This was a response to the raids.”', 'al-Shabaab'],
    ['Al-Nour said: “The talks are over.”', 'Al-Nour'],
  ])('reads the whole name, the hyphen opening no aside: %s', (text, name) => {
    expect(extract(text).quotes.map((q) => [q.kind, q.speaker?.name])).toEqual([['direct', name]]);
  });
});

describe('a message sent to someone by its sender', () => {
  it.each([
    ['A statement sent to reporters by Ana Ruiz said the plant will close in June.', 'Ana Ruiz'],
    ['A note e-mailed to staff by the chief executive said the offices would reopen.', 'the chief executive'],
    ['The activist was driven away by plainclothes police, who told her lawyer she would be freed by Monday.', 'plainclothes police'],
    ['A statement sent to The Courier by Ana Ruiz, the trust’s chair since May, said “The plant will close.”', 'Ana Ruiz'],
    ['A note sent to employees by Tomas Berg, the chief executive, said the offices would reopen.', 'Tomas Berg'],
  ])('gives the words to the agent after "by", not to whom they were sent: %s', (text, name) => {
    expect(extract(text).quotes.map((q) => q.speaker?.name)).toEqual([name]);
  });
});

describe('a speaker qualified by an adjective and its complement', () => {
  it.each([
    ['The gunmen fired at the parked cars, a hotel porter present at the time told Reuters.', 'a hotel porter present at the time'],
    ['The gunmen fired at the parked cars, a witness present during the siege said.', 'a witness present during the siege'],
    ['Health professionals say the wait lists are growing.', 'Health professionals'],
  ])('is the group or the person, the complement after "during" too: %s', (text, mention) => {
    expect(extract(text).quotes.map((q) => q.speaker?.mention?.text)).toEqual([mention]);
  });
});

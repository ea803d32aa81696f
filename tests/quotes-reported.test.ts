import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/doc/document.js';
import { stageContext } from '../src/doc/stage-context.js';
import { extract } from '../src/extract.js';
import { extractQuotes } from '../src/quotes/index.js';
import { onlyQuote as only } from './helpers/only-quote.js';

describe('reported speech with nothing to report', () => {
  it.each([
    'We are hardly the only lender that backs such groups while disagreeing with them a bank spokesman told The Courier on Monday when asked about the audit.',
    'Fares will not rise this year a rail spokeswoman told the Evening Post in March when asked to comment.',
    'The minister praised the crews for the rescue.',
  ])('gives no quote without content, and no error: %s', (text) => {
    const x = extract(text);
    for (const q of x.quotes) expect(q.text.length).toBeGreaterThan(0);
  });
});

describe('quote marks', () => {
  it('reads guillemets and single marks, and keeps a nested quote inside its quote', () => {
    expect(only('«Nous restons ici pour longtemps», said Marta Kowalczyk.').speaker?.name).toBe('Marta Kowalczyk');
    expect(only('‘We are not leaving this valley,’ Marta Kowalczyk said.').kind).toBe('direct');
    const q = only('“My father told me ‘never sell the farm’ and I never did,” Marta Kowalczyk said.');
    expect(q.text).toBe('“My father told me ‘never sell the farm’ and I never did,”');
  });

  it('ends a mark opened twice at the end of its first sentence, and takes the second for another quote', () => {
    const x = extract('She wrote “the first never closes. “The second one does close,” Marta Kowalczyk said.');
    expect(x.diagnostics).toEqual([]);
    expect(x.quotes.map((q) => q.text)).toEqual(['“the first never closes.', '“The second one does close,”']);
  });

  it('reports a mark opened twice when no sentence ends before the second', () => {
    const x = extract('She wrote “the first never closes “The second one does close,” Marta Kowalczyk said.');
    expect(x.diagnostics.map((d) => [d.code, d.start])).toEqual([['quotes/unclosed', 10]]);
    expect(x.quotes.some((q) => q.text.startsWith('“the first'))).toBe(false);
  });

  it("reads two apostrophes as a straight double mark: ''like this''", () => {
    expect(only("''We will rebuild the bridge,'' Marta Kowalczyk said.").text).toBe("''We will rebuild the bridge,''");
  });

  it("reads a partial quote closed by two apostrophes as one closed by a double mark", () => {
    for (const mark of ["''", '“']) {
      const close = mark === '“' ? '”' : mark;
      const q = only(`The council's budget is ${mark}a disgrace to the taxpayers,${close} Ana Ruiz said on Tuesday.`);
      expect([q.kind, q.text, q.speaker?.name]).toEqual(['mixed', `The council's budget is ${mark}a disgrace to the taxpayers,${close}`, 'Ana Ruiz']);
      const x = extract(`Mayor Tom Berg called the vote ${mark}a win for the riverside,${close} adding that work would begin in May.`);
      expect(x.quotes.map((r) => [r.text, r.speaker?.name])).toEqual([
        [`the vote ${mark}a win for the riverside,${close}`, 'Tom Berg'],
        ['that work would begin in May', 'Tom Berg'],
      ]);
    }
  });

  it('reads any two single marks in a row as a double one, whichever way they curl', () => {
    expect(only('‘‘We will rebuild the bridge,’’ Marta Kowalczyk said.').text).toBe('‘‘We will rebuild the bridge,’’');
    expect(only('“We will rebuild the bridge,’’ Marta Kowalczyk said.').text).toBe('“We will rebuild the bridge,’’');
    expect(only('‘’We will rebuild the bridge,” Marta Kowalczyk said.').text).toBe('‘’We will rebuild the bridge,”');
    // one single mark is still one: a nested quote, an apostrophe
    expect(only('“They told us ‘wait’, and we waited,” Kowalczyk said.').text).toBe('“They told us ‘wait’, and we waited,”');
  });

  it('joins a quote split around its attribution into one quote with two parts', () => {
    const q = only('“We will hold the line,” Marta Kowalczyk said, “and we will not give up the farm.”');
    expect(q.parts.map((p) => p.text)).toEqual(['“We will hold the line,”', '“and we will not give up the farm.”']);
    expect(q.speaker?.name).toBe('Marta Kowalczyk');
  });

  it('follows a quote over paragraphs in the wire style and gives every paragraph its speaker', () => {
    const x = extract('“We will hold the line this winter.\n\n“Nobody here is leaving,” Marta Kowalczyk said.');
    expect(x.quotes.map((q) => q.text)).toEqual(['“We will hold the line this winter.', '“Nobody here is leaving,”']);
    expect(x.quotes.map((q) => q.speaker?.resolvedBy)).toEqual(['continuation', 'explicit']);
    expect(x.diagnostics).toEqual([]);
  });

  it('gives a quote standing alone in the next paragraph to the previous speaker', () => {
    const x = extract('“The river rose overnight,” Marta Kowalczyk said.\n\n“By morning the road was gone.”');
    expect(x.quotes[1]?.speaker).toMatchObject({ name: 'Marta Kowalczyk', resolvedBy: 'continuation' });
  });

  it('gives a quote signed with a dash and a name after its closing mark to that name', () => {
    const x = extract('Readers sent in their wishes for the new council.\n\n“Fix the bus shelters first.” ― Ana Ruiz “I want the library open on Sundays.”― Tomas G. Berg. “Better lighting on the canal path.” — Lena Holt');
    expect(x.quotes.map((q) => [q.text, q.speaker?.name, q.cue?.text])).toEqual([
      ['“Fix the bus shelters first.”', 'Ana Ruiz', '―'],
      ['“I want the library open on Sundays.”', 'Tomas G. Berg', '―'],
      ['“Better lighting on the canal path.”', 'Lena Holt', '—'],
    ]);
    // a dash that goes on with the sentence signs nothing
    expect(only('The letter was read aloud.\n\n“We are closing the mill.” — the words silenced the hall.').cue).toBeNull();
  });

  it('gives a paragraph closed by a person’s name alone after its full stop (a pull quote) to that person', () => {
    const x = extract('The depot flooded twice this year, and the council has yet to act.\n\nWe will rebuild the depot, whatever the council decides. I’m sure of that. Marta Kowalczyk\n\nKowalczyk runs the bus company.\n\nPeople say the buses are late. They are not wrong (this winter). Tomas Berg\n\nFive routes were cut in May.');
    expect(x.quotes.map((q) => [q.text, q.kind, q.speaker?.name, q.cue?.text])).toEqual([
      ['We will rebuild the depot, whatever the council decides. I’m sure of that', 'indirect', 'Marta Kowalczyk', '.'],
      ['People say the buses are late. They are not wrong (this winter)', 'indirect', 'Tomas Berg', '.'],
    ]);
    // a credit or a rating after a caption or a review names no one who spoke
    expect(extract('Rescuers search the rubble of the flattened homes near the port. Reuters').quotes).toEqual([]);
    expect(extract('Starring Ana Ruiz and Tomas Berg. Directed by Lena Holt. 118 minutes. PG').quotes).toEqual([]);
  });

  it('keeps quoted words that a noun of utterance names, with no speaker, and drops scare quotes', () => {
    const x = extract('As the light faded, the crowd’s chants of “Bring him home!” echoed around the ground.\n\nThe plan was a “total disaster for the town” in every way.');
    expect(x.quotes.map((q) => [q.text, q.partial, q.speaker])).toEqual([['“Bring him home!”', true, null]]);
  });

  it('marks a quoted fragment inside the reporter’s sentence as partial', () => {
    const q = only('Marta Kowalczyk laughed off “an insult to every family here” on Monday.');
    expect(q).toMatchObject({ kind: 'direct', partial: true });
    expect(q.speaker?.name).toBe('Marta Kowalczyk');
  });
});

describe('reported speech', () => {
  it('takes "X said (that) ..." as an indirect quote with its cue', () => {
    const q = only('Marta Kowalczyk said that the farm would stay open through the winter.');
    expect(q).toMatchObject({ kind: 'indirect', text: 'that the farm would stay open through the winter' });
    expect(q.cue).toMatchObject({ text: 'said', lemma: 'say' });
  });

  it('skips the recipient and the adverbials between the cue and what was said', () => {
    const q = only('Marta Kowalczyk told reporters on Tuesday the farm would stay open.');
    expect(q.text).toBe('the farm would stay open');
    expect(q.cue?.lemma).toBe('tell');
  });

  it('finds a late "that" past a recipient or a setting it cannot parse', () => {
    expect(only('Kowalczyk told Radio North’s “Morning Shift” on Friday that the farm would stay open.').text).toBe('that the farm would stay open');
    expect(only('Kowalczyk said at a rally in Dayton, Ohio, that the farm would stay open.').text).toBe('that the farm would stay open');
  });

  it('reads a clause that opens with an approximate number or a long subordinate clause', () => {
    expect(only('Kowalczyk says about 40 families still farm the valley.').text).toBe('about 40 families still farm the valley');
    const long = 'while many of the farms that lined the river have received grants to repair their fences and barns, this was not the case for the ones upstream';
    expect(only(`Kowalczyk said ${long}.`).text).toBe(long);
  });

  it('reads "CONTENT, X said" and the inverted "CONTENT, said X"', () => {
    expect(only('The farm will stay open through the winter, Marta Kowalczyk said.').text).toBe('The farm will stay open through the winter');
    expect(only('The farm will stay open, said Marta Kowalczyk.').speaker?.mention?.text).toBe('Marta Kowalczyk');
  });

  it('reads "according to X"', () => {
    const q = only('According to the regional water board, the river rose two metres overnight.');
    expect(q).toMatchObject({ kind: 'indirect', text: 'the river rose two metres overnight' });
    expect(q.cue?.lemma).toBe('according to');
    expect(q.speaker?.mention?.text).toBe('the regional water board');
  });

  it('reads past an "according to X" that interrupts the subject and its cue', () => {
    expect(only('Kowalczyk, according to court papers, said the loan was repaid in March.')).toMatchObject({ text: 'the loan was repaid in March', speaker: { name: 'Kowalczyk' } });
    expect(only('The union, according to two people at the meeting, told members it would sell the mill.')).toMatchObject({ text: 'it would sell the mill', speaker: { name: 'The union' } });
    expect(only('Ortiz, according to her lawyer, denied taking the payments.').speaker?.name).toBe('Ortiz');
  });

  it('ends "A, according to X, B" at A when B reads as no clause: the reporter’s gloss or more of X', () => {
    expect(only('Water bills would rise by as much as 12 percent, according to the Harbor Utilities Board, more than twice what it forecast in March.').text).toBe(
      'Water bills would rise by as much as 12 percent',
    );
    expect(only('Most of the orchards could be replanted by spring, according to Dana Ferris, a grower near Yakima, and two of her neighbours.').text).toBe(
      'Most of the orchards could be replanted by spring',
    );
    // B with a clause of its own is the rest of what X says
    expect(only('The mill lost money last year, according to its filings, and will cut 40 jobs in May.').parts.map((p) => p.text)).toEqual([
      'The mill lost money last year',
      'and will cut 40 jobs in May',
    ]);
  });

  it('ends reported speech before an appositive that glosses its last noun', () => {
    expect(only('Kowalczyk said the levy would be paid to Harbor Trust, a charity which runs the marina.').text).toBe('the levy would be paid to Harbor Trust');
    expect(only('Critics say the money would be better spent on the county clinic, an aging building on Elm Street.').text).toBe(
      'the money would be better spent on the county clinic',
    );
    expect(only('Ortiz said she would not back Mayor Lund, the presumed favourite of the council.').text).toBe('she would not back Mayor Lund');
    // a phrase that goes on as a clause, a figure's comparison, an appositive inside the clause or a list is more of what was said
    expect(only('Ortiz said the plant would close in May, a month later than planned.').text).toBe('the plant would close in May, a month later than planned');
    expect(only('Ortiz said the claim that Lund, the party treasurer, took the money was false.').text).toBe('the claim that Lund, the party treasurer, took the money was false');
    expect(only('Staff said the woman wore a red scarf, a long green coat and black boots.').text).toBe('the woman wore a red scarf, a long green coat and black boots');
    expect(only('Ortiz said the land belongs to the county, the city of Lund and the state.').text).toBe('the land belongs to the county, the city of Lund and the state');
  });

  it('reads "praised X for ..." as a judgement of X: what was said is the reason, and only when it is a gerund', () => {
    expect(only('Kowalczyk praised the volunteer crews for working through the night.')).toMatchObject({ text: 'working through the night', cue: { lemma: 'praise' } });
    expect(only('The union blasted the board for not publishing the audit.').text).toBe('not publishing the audit');
    expect(extract('The council criticised the contractor for the long delay on the bridge.').quotes).toEqual([]);
    expect(extract('Ortiz condemned them for the attack on the clinic.').quotes).toEqual([]);
    expect(only('Ortiz praised the new budget as a fair deal for farmers.').text).toBe('the new budget as a fair deal for farmers');
  });

  it('reads a report inside a relative clause, whose subject stands before the cue’s: "a sensor she claimed could ..."', () => {
    expect(only('Marta Kowalczyk sold the utility a sensor she claimed could detect leaks within seconds.')).toMatchObject({ text: 'could detect leaks within seconds', speaker: { name: 'Marta Kowalczyk' } });
    expect(only('Farmers blamed the dam, which engineers said now holds twice as much water as before.')).toMatchObject({ text: 'holds twice as much water as before', speaker: { name: 'engineers' } });
    expect(only('Marta Kowalczyk met the farmers. The levy she claimed could cut waiting times was dropped in June.').text).toBe('could cut waiting times');
  });

  it('reads a speaker before appositives that hold an abbreviation’s full stop', () => {
    const q = only('Rep. Ana Ruiz, D-Calif., the incoming chair of the farm panel, said in an interview that her office is drafting a bill.');
    expect(q).toMatchObject({ text: 'that her office is drafting a bill', speaker: { mention: { text: 'Rep. Ana Ruiz' } } });
    expect(only('Tom Berg, of Portland, Ore., said the bridge would reopen in May.').speaker?.mention?.text).toBe('Tom Berg');
  });

  it('reads a common-noun speaker before its appositive, and one that ends a longer phrase', () => {
    expect(only('The members of the farmers’ union, the largest in the region, have said they will back the levy.').speaker?.mention?.text).toBe('The members of the farmers’ union');
    expect(only('The growers, a group of 40 families, said the harvest was lost.').speaker?.name).toBe('The growers');
  });

  it('reads a clause whose subject holds an infinitive in apposition', () => {
    expect(only('Kevin Osei said one of the proposals, to bury the line, could save money.').text).toBe('one of the proposals, to bury the line, could save money');
  });

  it('takes reported speech that embeds quoted words as one mixed quote', () => {
    const q = only('Marta Kowalczyk said the offer was “an insult to every family here” and would be refused.');
    expect(q.kind).toBe('mixed');
    expect(q.text).toBe('the offer was “an insult to every family here” and would be refused');
  });

  it('attributes "X’s office said in a statement" to X', () => {
    const text = 'Governor Marta Kowalczyk visited the dam. Kowalczyk’s office said in a statement that repairs would start soon.';
    const q = extractQuotes(createDoc(text), [], [], stageContext())[0]!;
    expect(q.text).toBe('that repairs would start soon');
    expect(q.speaker).toMatchObject({ name: 'Marta Kowalczyk', resolvedBy: 'description' });
    expect(q.speaker?.mention?.text).toBe('Kowalczyk’s office');
    const role = 'Governor Marta Kowalczyk visited the dam. The repairs will start soon, the governor’s office said.';
    expect(extract(role).quotes[0]?.speaker).toMatchObject({ name: 'the governor’s office', entityId: null });
  });

  it('takes an ambiguous form for a cue when what was said follows it', () => {
    expect(only('The crews were all local, though Kowalczyk notes they were hired before the flood.').text).toBe('they were hired before the flood');
    expect(only('Kowalczyk toured the dam, promising to rebuild the spillway by May.').text).toBe('to rebuild the spillway by May');
  });

  it('reads "CONTENT, X said" whatever opens the content or modifies the speaker', () => {
    expect(only('At least 30 farms were flooded, the state-run agency said.')).toMatchObject({ text: 'At least 30 farms were flooded', speaker: { name: 'the state-run agency' } });
  });

  it('reads what a naming cue calls its object, and only when it names something', () => {
    expect(only('Kowalczyk called the dam one of the worst projects in the province.').text).toBe('the dam one of the worst projects in the province');
    expect(only('Kowalczyk, who calls the levy a tax on farmers, will run again.').text).toBe('the levy a tax on farmers');
    expect(only('The union called it “a betrayal.”')).toMatchObject({ kind: 'mixed', text: 'it “a betrayal.”' });
    expect(extract('Kowalczyk called the meeting on Monday. She called him a week later.').quotes).toEqual([]);
  });

  it('reads a list of names a naming cue gives its object, the last joined by "and" or "or"', () => {
    expect(only('Kowalczyk called the levy a tax on farmers, a gift to banks and an insult to the valley.').text).toBe('the levy a tax on farmers, a gift to banks and an insult to the valley');
    expect(only('Berg trained under Ruiz, whom he calls a fine coach, a patient teacher, or simply a friend.').text).toBe('a fine coach, a patient teacher, or simply a friend');
    // without the conjunction, the words after the comma are no name of it
    expect(only('Kowalczyk called the levy a tax on farmers, a claim the minister rejects.').text).toBe('the levy a tax on farmers');
  });

  it('reads "identified X as Y" as naming its object, and an identification with no "as" as none', () => {
    expect(only('Police identified the driver as 41-year-old Mark Denton of Penrith, which lies north of the lake.')).toMatchObject({
      kind: 'indirect', text: 'the driver as 41-year-old Mark Denton of Penrith', speaker: { name: 'Police' },
    });
    expect(only('The ministry identified the ship as a cargo vessel registered in Panama.').text).toBe('the ship as a cargo vessel registered in Panama');
    expect(only('A woman who identified herself as a nurse said the ambulance had taken an hour.').text).toBe('the ambulance had taken an hour');
    expect(extract('Investigators have identified the cause of the fire. Officials identified two suspects on Monday.').quotes).toEqual([]);
  });

  it('reads a spaced hyphen as a dash, and a hyphen inside a word as none', () => {
    expect(only('BRANDVLEI - The dam will hold through the winter, Marta Kowalczyk said.').text).toBe('The dam will hold through the winter');
    expect(only('Kowalczyk - a long-time critic of the dam - said repairs would start soon.').speaker?.mention?.text).toBe('Kowalczyk');
  });

  it('does not take a denied or negated cue for speech', () => {
    expect(extract('Marta Kowalczyk did not say whether the farm would stay open.').quotes).toEqual([]);
  });
});

describe('speakers', () => {
  it('resolves "she said" to the woman named before, not the man named after her', () => {
    const x = extract('Marta Kowalczyk met John Baird at the dam on Monday.\n\n“We agreed on the next steps,” she said.');
    expect(x.quotes[0]?.speaker).toMatchObject({ name: 'Marta Kowalczyk', resolvedBy: 'pronoun' });
    expect(x.quotes[0]?.speaker?.mention?.text).toBe('she');
  });

  it('resolves "it" and "they" to the organisation that spoke last', () => {
    const x = extract('Maple Leaf Foods said on Monday that its drivers would strike.\n\nIt also said deliveries would slow.');
    expect(x.quotes.map((q) => q.speaker?.name)).toEqual(['Maple Leaf Foods', 'Maple Leaf Foods']);
    expect(x.quotes[1]?.speaker).toMatchObject({ resolvedBy: 'pronoun', mention: { text: 'It' } });
  });

  it('resolves a description by the role written beside a name', () => {
    const x = extract('Mayor Marta Kowalczyk opened the new bridge on Monday.\n\nThe mayor said the old crossing would close in May.');
    expect(x.quotes[0]?.speaker).toMatchObject({ name: 'Marta Kowalczyk', resolvedBy: 'description' });
  });

  it('keeps an unnamed source as a description', () => {
    const q = only('A ministry spokesperson said the talks would resume next week.');
    expect(q.speaker).toMatchObject({ name: 'A ministry spokesperson', entityId: null, resolvedBy: 'description' });
  });

  it('leaves the speaker null when a pronoun has no one to refer to', () => {
    expect(only('“The water is still rising,” he said.').speaker).toBeNull();
  });

  it.each([
    ['A neighbour said she heard three shots. She said the lights went out soon after.', 'the lights went out soon after', 'A neighbour'],
    ['Two witnesses said the van was speeding. They said it did not stop at the junction.', 'it did not stop at the junction', 'Two witnesses'],
    ['The victim’s mother said the family was devastated. “We want answers,” she said.', '“We want answers,”', 'The victim’s mother'],
  ])('gives a pronoun with no one named the unnamed speaker before it: %s', (text, content, name) => {
    const q = extract(text).quotes.find((x) => x.text === content);
    expect(q?.speaker).toMatchObject({ name, resolvedBy: 'pronoun' });
  });

  it.each([
    'Her husband said the road was closed. She said the lights went out soon after.',
    'Officials said the road was closed. She said the lights went out soon after.',
    'A court transcript says the road was closed. She said the lights went out soon after.',
  ])('but not one that disagrees in gender or number, or is no person: %s', (text) => {
    expect(extract(text).quotes.find((x) => x.text.startsWith('the lights'))?.speaker ?? null).toBeNull();
  });

  it('finds a named speaker with no entities at all', () => {
    const text = '“The water is still rising,” said Tomasz Wrzesniewski.';
    const quotes = extractQuotes(createDoc(text), [], [], stageContext());
    expect(quotes[0]?.speaker).toMatchObject({ name: 'Tomasz Wrzesniewski', entityId: null, resolvedBy: 'explicit' });
  });
});

describe('a participle cue after the main clause', () => {
  it('takes the main clause subject past a fronted phrase or a relative clause', () => {
    const x = extract(
      "After the vote, the union's leaders rejected the offer, saying it did not keep pace with inflation.\n\n" +
        'Regional leaders who had opposed the plan have now backed it, warning that the dam could fail in a major flood.\n\n' +
        'On Monday, Halvorsen Foods closed its bakery in Leeds, citing the cost of energy.',
    );
    expect(x.quotes.map((q) => [q.text, q.speaker?.mention?.text])).toEqual([
      ['it did not keep pace with inflation', "the union's leaders"],
      ['that the dam could fail in a major flood', 'Regional leaders'],
    ]);
  });

  it('reports nothing when what follows the participle is no content: the main clause is not its report', () => {
    expect(extract('Unlike the coach, the club’s directors kept quiet about the transfer, emphasizing instead their trust in the process.').quotes).toEqual([]);
  });
});

describe('a noun counted by a number is no verb', () => {
  it.each([
    'The rookie posted two wins and a fourth place in the 2024 season.',
    'By midnight the Greens had claimed 12 seats in the 80-seat assembly to the Liberals\' 30.',
    'Police charged him with three counts of burglary.',
  ])('reads no report in "%s"', (text) => {
    expect(extract(text).quotes).toEqual([]);
  });

  it('still reads the clause a plural subject opens after a number', () => {
    expect(extract('Officials said 3 rounds of talks were planned.').quotes.map((q) => q.text)).toEqual(['3 rounds of talks were planned']);
  });
});

describe('an infinitive, negated or not, after a recipient', () => {
  it.each([
    ['Police urged drivers not to travel unless their journey was essential.', 'drivers not to travel unless their journey was essential', 'Police'],
    ['The fire service warned residents not to return to their homes until Friday.', 'residents not to return to their homes until Friday', 'The fire service'],
    ['The council has asked shoppers not to park on the verge.', 'shoppers not to park on the verge', 'The council'],
    ['Police have told residents not to walk along the river wall.', 'residents not to walk along the river wall', 'Police'],
    ['The coastguard told walkers to keep away from the cliffs.', 'walkers to keep away from the cliffs', 'The coastguard'],
    ['The health board advised pregnant women not to travel.', 'pregnant women not to travel', 'The health board'],
    ['The senator called on the governor to release the funds.', 'the governor to release the funds', 'The senator'],
  ])('reports what the recipient was told to do, the recipient with it: %s', (text, content, speaker) => {
    const q = only(text);
    expect(q).toMatchObject({ kind: 'indirect', text: content });
    expect(q.speaker?.name).toBe(speaker);
  });

  it.each([
    ['The union told him to resign.', 'to resign'],
    ['Officials urged them not to return before Friday.', 'not to return before Friday'],
  ])('leaves a pronoun recipient out of what was said: %s', (text, content) => {
    expect(only(text).text).toBe(content);
  });
});

describe('a possessed statement with a that-clause', () => {
  it.each([
    ["Fact-checkers looked at Ana Ruiz's claim that crime had fallen by half.", 'that crime had fallen by half', 'Ana Ruiz'],
    ["Investors shrugged off Halden Motors' announcement that it would cut 300 jobs.", 'that it would cut 300 jobs', 'Halden Motors'],
    ['Tom Okafor resigned on Monday. Colleagues stood by his insistence that the accounts were sound.', 'that the accounts were sound', 'Tom Okafor'],
  ])('gives what was stated to the possessor: %s', (text, content, speaker) => {
    const q = extract(text).quotes.find((x) => x.text === content);
    expect(q?.kind).toBe('indirect');
    expect(q?.speaker?.name).toBe(speaker);
  });

  it.each([
    "Ana Ruiz's claim that crime had fallen angered the police.",
    'The best answer is their assurance that taxes will not rise.',
    'Nobody believed the claim that the river was safe.',
    'Despite her claim that prices would rise, the bank cut rates on Tuesday.',
    'Against their assurance that the dam was safe, the town flooded twice.',
  ])('reports nothing where the statement is the subject, a predicate, fronted or no one\'s: %s', (text) => {
    expect(extract(text).quotes.filter((q) => q.cue && /claim|assurance/.test(q.cue.text))).toEqual([]);
  });
});

describe('what a speaker asked for is reported, as what one called for', () => {
  it.each([
    ['Councillor Tom Berg asked for more police officers in the town centre.', 'more police officers in the town centre', 'Tom Berg'],
    ['The mayor of Harwick, Jane Doe, asked for funds to repair the bridge over the river.', 'funds to repair the bridge over the river', 'Jane Doe'],
    ['Prosecutors had asked for a 30-year sentence for Ana Ruiz.', 'a 30-year sentence for Ana Ruiz', 'Prosecutors'],
  ])('%s', (text, content, speaker) => {
    const q = extract(text).quotes.find((x) => x.text === content);
    expect(q?.kind).toBe('indirect');
    expect(q?.speaker?.name).toBe(speaker);
    expect(q?.cue?.text).toMatch(/^asked for$/);
  });

  it.each([
    'A spokesman for the ministry, asked for comment, said the plan was under review.',
    'The company did not respond when asked for comment on Friday.',
  ])('not where the speaker was the one asked: %s', (text) => {
    expect(extract(text).quotes.filter((q) => q.cue?.text === 'asked for')).toEqual([]);
  });
});

describe('a statement an existential "there" introduces, with no source named', () => {
  it.each([
    ['There are reports that the ferry to Inishmore ran aground in the fog.', 'that the ferry to Inishmore ran aground in the fog', 'reports'],
    ['There were unconfirmed reports that two guards had been taken hostage.', 'that two guards had been taken hostage', 'unconfirmed reports'],
    ['There have been claims that the council ignored the engineers for years.', 'that the council ignored the engineers for years', 'claims'],
    ['There were also allegations that ballots had been counted twice.', 'that ballots had been counted twice', 'allegations'],
  ])('reports the clause: %s', (text, content, source) => {
    const q = extract(text).quotes.find((x) => x.text === content);
    expect(q?.kind).toBe('indirect');
    expect(q?.speaker?.name).toBe(source);
    expect(q?.speaker?.entityId ?? null).toBeNull();
  });

  it.each([
    'There were no reports that the child had left the house.',
    'There are signs that the economy is slowing.',
    'The reports that reached the ministry were incomplete.',
  ])('reports nothing where nothing was said or the noun is no statement: %s', (text) => {
    expect(extract(text).quotes).toEqual([]);
  });
});

describe('a participle cue that goes on its clause', () => {
  it.each([
    ['In a statement, the airline said: "The route has been a success," adding that bookings had doubled since May.', 'that bookings had doubled since May', 'the airline'],
    ['The mayor told reporters: "We have done our part," adding that the province must now pay its share.', 'that the province must now pay its share', 'The mayor'],
  ])('after a quote that ends with its comma: %s', (text, content, speaker) => {
    const x = extract(text);
    const q = x.quotes.find((y) => y.text === content);
    expect(q?.speaker?.mention?.text).toBe(speaker);
    // the quote keeps the cue before it
    expect(x.quotes.find((y) => y.kind === 'direct')?.cue?.lemma).not.toBe('add');
  });

  it.each([
    ['Pressed by reporters, the minister defended the plan, insisting that it would cut waiting lists.', 'that it would cut waiting lists', 'the minister'],
    ['Speaking after the vote, the mayor thanked the volunteers, saying that the work was not over.', 'that the work was not over', 'the mayor'],
    ['Angered by the ruling, the families appealed, arguing that the judge had ignored key evidence.', 'that the judge had ignored key evidence', 'the families'],
  ])('after a main clause that a participial phrase opens: %s', (text, content, speaker) => {
    const q = extract(text).quotes.find((y) => y.text === content);
    expect(q?.speaker?.mention?.text).toBe(speaker);
  });

  it('takes no main clause before it for what it reports', () => {
    const x = extract('The senator, a former governor, mocked the rival plan during the debate, tweeting: see the thread below.');
    expect(x.quotes.filter((q) => q.text.startsWith('The senator'))).toEqual([]);
  });
});

describe('the shapes of what was said', () => {
  it.each([
    ['Ana Ruiz told the Morning Show on Friday how worried she is that the clinic could close.', 'how worried she is that the clinic could close'],
    ['The inspector asked how many passengers had been on board.', 'how many passengers had been on board'],
    ['Residents say the tower, built in 1968, has not been repaired in years.', 'the tower, built in 1968, has not been repaired in years'],
    ['Officials said the scheme, funded by the regional council, would open in June.', 'the scheme, funded by the regional council, would open in June'],
    ['The union is warning that strikes could spread to other ports.', 'that strikes could spread to other ports'],
    ['Both parties were insisting that the talks would resume.', 'that the talks would resume'],
  ])('reads a degree after "how", a participle phrase in the subject, a progressive cue: %s', (text, content) => {
    expect(extract(text).quotes.map((q) => q.text)).toEqual([content]);
  });

  it.each([
    ["The mayor praised the volunteers' work clearing the river but also said the city must do more.", ["the volunteers' work clearing the river", 'the city must do more']],
    ['The board criticised the new timetable and has asked the operator to review it.', ['the new timetable', 'the operator to review it']],
  ])('ends an object where a conjunction joins another predicate: %s', (text, contents) => {
    expect(extract(text).quotes.map((q) => q.text)).toEqual(contents);
  });
});

describe('"according to X (ABBR)"', () => {
  it.each([
    ['More than 4,000 people were treated for heat stroke last week, according to the Centers for Disease Control and Prevention (CDC).', 'More than 4,000 people were treated for heat stroke last week', 'the Centers for Disease Control and Prevention'],
    ['According to the Office for National Statistics (ONS), inflation fell to 3.2 percent in March.', 'inflation fell to 3.2 percent in March', 'the Office for National Statistics'],
  ])('reads past the source’s abbreviation in parentheses: %s', (text, content, speaker) => {
    const q = only(text);
    expect(q).toMatchObject({ kind: 'indirect', text: content });
    expect(q.speaker?.mention?.text).toBe(speaker);
  });
});

describe('a naming cue whose object is a quantity of something', () => {
  it.each([
    ['The mayor called most of the protesters "outsiders."', 'most of the protesters "outsiders."'],
    ['The coach called half of the squad "passengers" after the defeat.', 'half of the squad "passengers" after the defeat'],
    // a number of any size counts too
    ['The coach called five of his players “lazy”.', 'five of his players “lazy”'],
    ['The mayor called 40 of the marchers “paid agitators”.', '40 of the marchers “paid agitators”'],
  ])('reads what the quantity counts as the object: %s', (text, content) => {
    expect(only(text).text).toBe(content);
  });
});

describe('a gerund cue after a preposition', () => {
  it.each([
    ['The coach began by saying that the team had let the fans down.', 'that the team had let the fans down', 'The coach'],
    ['The minister responded by telling reporters that the figures were wrong.', 'that the figures were wrong', 'The minister'],
    ['The mayor closed the meeting by promising she would publish the report.', 'she would publish the report', 'The mayor'],
    ['The mayor ended her speech by warning that the city faced cuts.', 'that the city faced cuts', 'The mayor'],
  ])('takes its clause’s subject when a clause or a recipient follows: %s', (text, content, speaker) => {
    const q = extract(text).quotes.find((x) => x.text === content);
    expect(q?.speaker?.mention?.text).toBe(speaker);
  });

  it('reads no speech in a deed: "by emphasizing fairness"', () => {
    expect(extract('The mayor opened the meeting by emphasizing road safety.').quotes).toEqual([]);
  });
});

describe('a report in a subordinate clause', () => {
  it.each([
    ['When the mayor noted that the city had not raised taxes in a decade -- a claim her rivals dispute -- the crowd cheered.', 'that the city had not raised taxes in a decade'],
    ['Though the minister said the line would open in May, the first trains ran in August.', 'the line would open in May'],
  ])('ends where the main clause resumes, at a comma or a dash: %s', (text, content) => {
    expect(extract(text).quotes.map((q) => q.text)).toEqual([content]);
  });
});

describe('a quantifier floating between the subject and the cue', () => {
  it.each([
    ['The three senators all said the plan was flawed.', 'the plan was flawed', 'The three senators'],
    ['The two leaders both warned that talks could collapse.', 'that talks could collapse', 'The two leaders'],
    ['Sen. Ana Ruiz (D-Ore.) and Sen. Tom Hale (R-Ohio) both said the bill would pass.', 'the bill would pass', 'Sen. Tom Hale'],
  ])('is skipped for the subject before it: %s', (text, content, speaker) => {
    const q = only(text);
    expect(q.text).toBe(content);
    expect(q.speaker?.mention?.text).toContain(speaker);
  });

  it('reads no speech in a sports line: "each added a goal"', () => {
    expect(extract('Okafor and Lind each added a goal in the second half as the Rovers beat Ashby 3-1.').quotes).toEqual([]);
  });
});

describe('an aside between the cue and its "that"', () => {
  it.each([
    ['The minister insisted, in an interview with the BBC, that the tax would not rise.', 'that the tax would not rise', 'The minister'],
    ['The company said, in a statement on Friday, that it would appeal.', 'that it would appeal', 'The company'],
    ['The senator told reporters, without offering evidence, that the vote was rigged.', 'that the vote was rigged', 'The senator'],
  ])('is skipped for what was said: %s', (text, content, speaker) => {
    const q = only(text);
    expect(q.text).toBe(content);
    expect(q.speaker?.mention?.text).toBe(speaker);
  });

  it('is no aside when it holds a verb: the content is before the cue', () => {
    expect(extract('The plan is final, the mayor said, adding that it would cost $2 million.').quotes.map((q) => q.text)).toEqual(['The plan is final', 'that it would cost $2 million']);
  });
});

describe('a free relative with "what"', () => {
  it('reports the clause that goes on after the cue: "what the senators said was a land grab"', () => {
    expect(only('The plan amounts to what the senators said was a land grab.')).toMatchObject({ text: 'was a land grab', speaker: { mention: { text: 'the senators' } } });
  });

  it.each(['Critics question what he said about the budget.', 'Rents were higher than county reports say.'])('reports nothing where no clause goes on: %s', (text) => {
    expect(extract(text).quotes).toEqual([]);
  });
});

describe('a cue followed by an infinitive it does not report', () => {
  it.each([
    ['Farmers worried that if the dam was built, the utility could threaten to flood the valley.', 'that if the dam was built, the utility could threaten to flood the valley', 'Farmers'],
    ['Analysts expect that once the merger closes, the bank will claim to have cut costs.', 'that once the merger closes, the bank will claim to have cut costs', 'Analysts'],
    ['Tenants feared that if the repairs dragged on, the landlord would agree to sell the block.', 'that if the repairs dragged on, the landlord would agree to sell the block', 'Tenants'],
  ])('reports nothing before it, and does not end the report it stands in: %s', (text, content, speaker) => {
    const q = only(text);
    expect(q.text).toBe(content);
    expect(q.speaker?.mention?.text).toBe(speaker);
  });

  it('still ends a content as a predicate of the clause\'s subject: "... and threatened to ..."', () => {
    const x = extract('The council accused the firm of dumping waste in the river and threatened to revoke its licence.');
    expect(x.quotes.map((q) => q.text)).toEqual(['the firm of dumping waste in the river']);
  });
});

describe('a time word with a possessive after the cue', () => {
  it.each([
    ["The mayor said Tuesday's vote showed the city wanted change.", "Tuesday's vote showed the city wanted change"],
    ["Police said last night's crash was the third on the road this year.", "last night's crash was the third on the road this year"],
    ["The union criticised Monday's decision as a betrayal of workers.", "Monday's decision as a betrayal of workers"],
    ['In a statement, the mayor condemned Friday’s closure as "reckless" and a "betrayal" of the city.', 'Friday’s closure as "reckless" and a "betrayal" of the city'],
  ])('opens what was said instead of being skipped as a time: %s', (text, content) => {
    expect(only(text).text).toBe(content);
  });

  it('is still skipped without the possessive: "said Friday the talks would resume"', () => {
    expect(only('The minister said Friday the talks would resume.').text).toBe('the talks would resume');
  });
});

describe('a colon before a quote with its own attribution', () => {
  it('ends the reported clause at the colon and leaves the quote to the cue after it', () => {
    const x = extract('The nurses union backed the bill on Monday.\n\nIts statement said the law would change how hospitals staff their wards: "For the first time, patients will know a nurse is there," the union wrote.\n\nThe minister told the house the plan was ready: "We have waited long enough," she said.\n\nThe coach said the squad was healthy: "Everyone trained today," Ortiz added.');
    expect(x.quotes.map((q) => [q.kind, q.text.slice(0, 24), q.cue?.text])).toEqual([
      ['indirect', 'the law would change how', 'said'],
      ['direct', '"For the first time, pat', 'wrote'],
      ['indirect', 'the plan was ready', 'told'],
      ['direct', '"We have waited long eno', 'said'],
      ['indirect', 'the squad was healthy', 'said'],
      ['direct', '"Everyone trained today,', 'added'],
    ]);
  });

  it('still runs the clause into a quote that has no attribution of its own', () => {
    const x = extract('The minister said the message was simple: "Build the homes."\n\nHe said the choice was clear: "We go now." Nobody objected.');
    expect(x.quotes.map((q) => [q.kind, q.cue?.text])).toEqual([
      ['mixed', 'said'],
      ['mixed', 'said'],
    ]);
  });
});

describe('where a reported clause ends', () => {
  it('ends a report in a relative clause on the subject where the main clause resumes', () => {
    expect(only('The families, who asked police to release the video of the arrest, watched it on Thursday.').text).toBe('police to release the video of the arrest');
    expect(only('The mayor, who said the bridge would reopen in June, toured the site with engineers on Friday.').text).toBe('the bridge would reopen in June');
    expect(extract('Carla Mendes, who predicted the port would be busier by spring, is now warning that the season is lost.').quotes.map((q) => q.text)).toEqual(['the port would be busier by spring', 'that the season is lost']);
    // a comma inside what was said, before no verb of the main clause, ends nothing
    expect(only('The mayor, who said that after the storm, the bridge would stay shut, toured the site.').text).toBe('that after the storm, the bridge would stay shut');
  });

  it('leaves out an appositive that goes on with a "that" clause of its own', () => {
    expect(only('But critics say the money would be better spent on the Harbor Line, the old freight railway that runs along the coast.').text).toBe('the money would be better spent on the Harbor Line');
  });

  it('starts "according to" content after an appositive on the source, not after a list', () => {
    expect(only('According to Ana Ruiz, a spokeswoman for the agency, the plant will close in May.').text).toBe('the plant will close in May');
    expect(only('According to Tom Bell, city engineer for Springfield, the road will reopen next week.').text).toBe('the road will reopen next week');
    expect(only('According to police, the driver, a local man, fled on foot.').text).toBe('the driver, a local man, fled on foot');
  });

  it('reads a horizontal bar as a dash', () => {
    const x = extract('When Ana Ruiz noted that the council had missed its deadline ― as it had the year before ― the mayor laughed.');
    expect(x.quotes.map((q) => q.text)).toEqual(['that the council had missed its deadline']);
  });
});

describe('a full stop inside a name', () => {
  it.each([
    ['A judge rebuked RADIO.FM88 on Friday, saying the station had been stalling for months.', 'the station had been stalling for months', 'A judge'],
    ['The regulator fined KBX.TV on Monday, saying the channel had broken the rules twice.', 'the channel had broken the rules twice', 'The regulator'],
  ])('ends no sentence, so a participle cue after it has the clause’s subject: %s', (text, content, speaker) => {
    expect(only(text)).toMatchObject({ text: content, speaker: { name: speaker } });
  });

  it('still ends a sentence where a space was left out after a word', () => {
    expect(extract('The fund gave $20,000 to artists, Ruiz said.Applicants must live in the county, Ruiz said.').quotes.map((q) => q.text)).toEqual([
      'The fund gave $20,000 to artists', 'Applicants must live in the county',
    ]);
  });
});

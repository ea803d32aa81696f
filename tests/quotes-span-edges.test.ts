import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { onlyQuote as only } from './helpers/only-quote.js';

const texts = (text: string): string[] => extract(text).quotes.map((q) => q.text);

describe('a relative clause on the setting or listener after the cue is not what was said', () => {
  it.each([
    ['“We are ready,” Ruiz said on Friday at a forum in Leeds, where the mayor also spoke.', '“We are ready,”'],
    ['“The depot stays open,” the minister told the committee, which meets again in March.', '“The depot stays open,”'],
    ['“Nobody was hurt,” the chief said at a briefing with Tom Berg, who runs the station.', '“Nobody was hurt,”'],
  ])('%s', (text, quote) => {
    expect(texts(text)).toEqual([quote]);
  });

  it.each([
    ['Ruiz said at a dinner in Leeds, where the mayor also spoke, that the plan was dead.', 'that the plan was dead'],
    ['The chief told the council, which had asked for the audit, that the figures were wrong.', 'that the figures were wrong'],
    ['Berg said at a briefing with Lena Holt, who chairs the board, that the sale would close in June.', 'that the sale would close in June'],
  ])('and is skipped between the cue and "that": %s', (text, content) => {
    expect(only(text).text).toBe(content);
  });
});

describe('a manner adverb between the cue and "that"', () => {
  it.each([
    ['Growers complained bitterly that prices were too low.', 'that prices were too low'],
    ['She argued forcefully that the levy was unfair.', 'that the levy was unfair'],
    ['The coach insisted angrily that the referee had erred.', 'that the referee had erred'],
  ])('%s', (text, content) => {
    expect(only(text).text).toBe(content);
  });
});

describe('a web address opening a sentence ends the one before', () => {
  it.each([
    ['The union says nurses are leaving the profession. pic.twitter.com/Ab12Cd — Jo Smith (@josmith) March 3, 2026', 'nurses are leaving the profession'],
    ['The council said the depot would close. bit.ly/3xYz has the details.', 'the depot would close'],
    ['Officials said the road would reopen on Monday. www.example.org lists the detours.', 'the road would reopen on Monday'],
  ])('%s', (text, content) => {
    expect(only(text).text).toBe(content);
  });

  it('but a lower-case word after an abbreviation still continues it', () => {
    expect(only('He gained 12 lbs. since the spring, his trainer said.').text).toBe('He gained 12 lbs. since the spring');
  });
});

describe('an accusation with a relative clause on the accused', () => {
  it.each([
    ['The senator accused Tom Berg, who chairs the panel, of lying to the committee.', 'Tom Berg, who chairs the panel, of lying to the committee'],
    ['The union accused the firm, which runs the depot, of cutting corners on safety.', 'the firm, which runs the depot, of cutting corners on safety'],
    ['Residents accused the council, whose offices are in Leeds, of ignoring the flood risk.', 'the council, whose offices are in Leeds, of ignoring the flood risk'],
  ])('reports the charge: %s', (text, content) => {
    expect(only(text).text).toBe(content);
  });

  it('names a charge with a noun after the clause: nothing is reported', () => {
    expect(texts('Police charged the driver, who is 34, with dangerous driving.')).toEqual([]);
  });
});

describe('a head noun the tagger read as a verb in the setting', () => {
  it.each([
    ['Ruiz said at a campaign stop in Leeds that fares would rise.', 'that fares would rise'],
    ['Ruiz says at a campaign stop in Leeds, Yorkshire, that the plan means higher fares.', 'that the plan means higher fares'],
    ['The mayor told reporters at a photo call on Friday that the bridge would reopen.', 'that the bridge would reopen'],
  ])('%s', (text, content) => {
    expect(only(text).text).toBe(content);
  });
});

describe('a clause after an attribution that closes a quote is the reporter’s', () => {
  it.each([
    '“The new ward will save lives,” Lena Holt told the health secretary at the hospital gates, her voice breaking as nurses looked on.',
    '“We will rebuild the pier,” the mayor told residents at the vigil, her voice drawn out by the wind.',
    '“Nobody is leaving,” Tom Berg said on Friday night, his team gathered behind him.',
  ])('%s', (text) => {
    expect(extract(text).quotes.map((q) => q.kind)).toEqual(['direct']);
  });

  it('but a clause after an adverbial with no quote before it is what was said', () => {
    const quotes = extract('“It was seven minutes away.” Berg admits in this instance, there were delays.').quotes;
    expect(quotes.map((q) => q.text)).toEqual(['“It was seven minutes away.”', 'there were delays']);
  });
});

describe('a number of a group speaks for the group', () => {
  it.each([
    ['Eight of 10 voters say they plan to vote early.', 'Eight of 10 voters', 'they plan to vote early'],
    ['Three of 12 councillors said they would vote against the plan.', 'Three of 12 councillors', 'they would vote against the plan'],
    ['Nine of the 14 growers said prices had fallen.', 'Nine of the 14 growers', 'prices had fallen'],
  ])('%s', (text, speaker, content) => {
    const q = only(text);
    expect(q.speaker?.mention?.text).toBe(speaker);
    expect(q.text).toBe(content);
  });
});

describe('a naming cue’s object with modifiers or conjuncts before what it is called', () => {
  it.each([
    ['Ruiz called her vote in favour of the levy a mistake.', 'her vote in favour of the levy a mistake'],
    ['Growers called the ban on exports and the cap on prices a betrayal.', 'the ban on exports and the cap on prices a betrayal'],
    ['The union called the plan for the depot “a disgrace”.', 'the plan for the depot “a disgrace”'],
  ])('%s', (text, content) => {
    expect(only(text).text).toBe(content);
  });

  it('ends before a later attribution joined by a conjunction', () => {
    const quotes = extract('Ruiz called the plan a mistake, but she noted that Berg also backed it.').quotes;
    expect(quotes.map((q) => q.text)).toEqual(['the plan a mistake', 'that Berg also backed it']);
  });

  it('reads "her" before a noun as a possessive and alone as the object', () => {
    expect(only('Ruiz called her old friend a traitor.').text).toBe('her old friend a traitor');
    expect(only('Ruiz called her a liar.').text).toBe('her a liar');
  });
});

describe('a cue form read as a noun after a plural subject and before a subject pronoun', () => {
  it.each([
    ['Hostel guests report they need longer opening hours at the clinic.', 'Hostel guests', 'they need longer opening hours at the clinic'],
    ['Many tenants report they cannot afford the deposit.', 'Many tenants', 'they cannot afford the deposit'],
    ['Local growers claim they were never consulted.', 'Local growers', 'they were never consulted'],
  ])('%s', (text, speaker, content) => {
    const q = only(text);
    expect(q.speaker?.mention?.text).toBe(speaker);
    expect(q.text).toBe(content);
  });
});

describe('a phrasal cue whose verb the tagger read as a noun', () => {
  it.each([
    ['Ruiz points out that the rule barred most applicants.', 'Ruiz', 'that the rule barred most applicants'],
    ['As Ruiz points out, the rule barred most applicants.', 'Ruiz', 'the rule barred most applicants'],
    ['Critics point out that the levy falls hardest on renters.', 'Critics', 'that the levy falls hardest on renters'],
  ])('%s', (text, speaker, content) => {
    const q = only(text);
    expect(q.speaker?.mention?.text).toBe(speaker);
    expect(q.text).toBe(content);
  });
});

describe('an appositive in capitals ending in a role’s abbreviation is no name', () => {
  it.each([
    ['Tom Berg, Leeds MP, said the plan was dead.', 'Tom Berg'],
    ['Ana Ruiz, Harlow Energy CEO, said the plan was dead.', 'Ana Ruiz'],
    ['Lena Holt, Hyde MLA, said the plan was dead.', 'Lena Holt'],
  ])('%s', (text, speaker) => {
    expect(only(text).speaker?.name).toBe(speaker);
  });

  it('but a name in apposition speaks', () => {
    expect(only('The mayor, Rahm Eastman, said the plan was dead.').speaker?.name).toBe('Rahm Eastman');
  });
});

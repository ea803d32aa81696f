import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const mapped = (text: string): string[] => extract(text).locations.flatMap((l) => l.mentions.map((m) => m.text));

describe('places: British and Irish numbered roads', () => {
  it.each([
    ['a closure', 'The A614 northbound carriageway near Market Weighton will shut overnight for resurfacing.', ['A614']],
    ['a diversion list', 'Drivers face a diversion via the B1249, A64 and A170 while the bridge at Malton is repaired.', ['B1249', 'A64', 'A170']],
    ['a motorway', 'Traffic on the M62 was queuing back from junction 26 after a lorry shed its load near Bradford.', ['M62']],
    ['an Irish national road', 'The N71 between Bantry and Glengarriff reopened to traffic on Tuesday afternoon.', ['N71']],
  ])('are places in a sentence about roads (%s)', (_, text, roads) => {
    expect(mapped(text)).toEqual(expect.arrayContaining(roads));
  });

  it('reads a number an invisible character splits, as the tokens do', () => {
    const text = 'Drivers face a diversion via the B\u200b1249 and A\u00ad64 while the bridge at Malton is repaired.';
    expect(mapped(text)).toEqual(expect.arrayContaining(['B\u200b1249', 'A\u00ad64']));
  });

  it.each([
    ['an aircraft', 'The airline will retire its last A380 next spring, the chief executive said in Dubai.', 'A380'],
    ['a rifle', 'Police said the men carried an M16 and two pistols when they were stopped in Leeds.', 'M16'],
    ['a paper size', 'Each school gets 500 sheets of A4 a month under the scheme in Cork.', 'A4'],
  ])('are not when nothing says road (%s)', (_, text, code) => {
    expect(mapped(text)).not.toContain(code);
  });

  it('gets the region of an article whose towns lie in one county', () => {
    const text =
      'Repairs will close the A1079 overnight between Pocklington and Market Weighton. The A1079 carries traffic from Beverley to York, and drivers heading to Hull were told to use the A63 instead.';
    const road = extract(text).locations.find((l) => l.mentions.some((m) => m.text === 'A1079'));
    expect(road?.geo).toMatchObject({ countryCode: 'GB', featureKind: 'admin2' });
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { Entity } from '../src/schema.js';

const typeOf = (entities: Entity[], name: string): string | undefined => entities.find((e) => e.name === name || e.aliases?.includes(name))?.type;
const NAMED = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC']);

describe('an institution whose name holds a possessive or ends in its place', () => {
  it.each([
    ['Doctors at Children’s Hospital Los Angeles said the girl was stable on Tuesday.', "Children’s Hospital Los Angeles"],
    ['A spokesperson for Boston Children\'s Hospital said the clinic would reopen.', "Boston Children's Hospital"],
    ['The twins were moved to Texas Children\'s Hospital overnight, officials said.', "Texas Children's Hospital"],
    ['Staff at Women\'s College Hospital said beds were short this winter.', "Women's College Hospital"],
    ['She lectured at Trinity College Dublin before the move to Brussels.', 'Trinity College Dublin'],
    ['Nurses at Mercy Hospital Springfield said the ward was full again.', 'Mercy Hospital Springfield'],
  ])('reads "%s" as one organisation, its place no place of its own', (text, name) => {
    const x = extract(text);
    expect(typeOf(x.entities, name)).toBe('ORG');
    expect(x.entities.filter((e) => e.name !== name && name.includes(e.name) && !/^(Boston|Texas)$/.test(e.name))).toEqual([]);
    const place = name.split(' ').pop()!;
    expect(x.locations.filter((l) => l.mentions.some((m) => m.text === place))).toEqual([]);
  });

  it('joins no possessive of a country, a body or a person to the institution after it', () => {
    const x = extract('Britain\'s House of Commons voted on Monday. Corwin University\'s Institute for Coastal Studies published the data.');
    expect(x.entities.map((e) => e.name)).not.toContain("Britain's House of Commons");
    expect(x.entities.map((e) => e.name)).not.toContain("Corwin University's Institute for Coastal Studies");
  });
});

describe('national bodies English news names in their own language', () => {
  it.each([
    ['Two men were taken to a Garda station in Killarney on Sunday.', 'Garda'],
    ['The motion was debated in the Dáil on Wednesday night.', 'Dáil'],
    ['Lawmakers in the Knesset voted 61-55 to pass the bill.', 'Knesset'],
    ['The Bundestag approved the budget, and the Bundesrat is expected to follow.', 'Bundesrat'],
    ['Officers of the Guardia Civil seized the boat off Cadiz.', 'Guardia Civil'],
    ['Italy’s Carabinieri said three suspects had been detained.', 'Carabinieri'],
  ])('reads "%s" with "%s" as an organisation', (text, name) => {
    expect(typeOf(extract(text).entities, name)).toBe('ORG');
  });

  it('never puts one on the map, and leaves a longer name that holds one as it is', () => {
    const x = extract('Garda officers in Cahersiveen were praised. Tourists flocked to Lake Garda in Italy.');
    expect(x.locations.filter((l) => l.mentions.some((m) => m.text === 'Garda'))).toEqual([]);
    expect(typeOf(x.entities, 'Lake Garda')).not.toBe('ORG');
  });
});

describe('things that are no person, organisation or place', () => {
  it.each([
    ['Storm Ciaran brought gusts of 90 mph to the Channel coast.', 'Storm Ciaran', 'EVENT'],
    ['Hurricane Milton made landfall near Siesta Key on Wednesday.', 'Hurricane Milton', 'EVENT'],
    ['Tropical Storm Alberto weakened as it crossed into Mexico.', 'Tropical Storm Alberto', 'EVENT'],
    ['The Juno Orbiter sent back new images of Jupiter’s moons.', 'Juno Orbiter', 'MISC'],
    ['The James Webb Space Telescope spotted the galaxy last year.', 'James Webb Space Telescope', 'MISC'],
    ['Funding for the Artemis Lunar Program was cut by a fifth.', 'Artemis Lunar Program', 'MISC'],
    ['Vets reported Influenza H5N1 in two dairy herds near Fresno.', 'Influenza H5N1', 'MISC'],
    ['Doctors also tracked Coxsackievirus A16 in nurseries around Osaka.', 'Coxsackievirus A16', 'MISC'],
    ['Counties spent money from the Affordable Care Act on roads.', 'Affordable Care Act', 'MISC'],
    ['The Inflation Reduction Act (IRA) offers credits for heat pumps.', 'Inflation Reduction Act', 'MISC'],
  ])('reads "%s" with "%s" as %s', (text, name, type) => {
    expect(typeOf(extract(text).entities, name)).toBe(type);
  });

  it('merges a law\'s initials with its name, where the text says them without brackets', () => {
    const x = extract('Towns got money under the Affordable Care Act. Mayors said ACA cash would pay for clinics.');
    const law = x.entities.find((e) => e.name === 'Affordable Care Act');
    expect(law?.type).toBe('MISC');
    expect(law?.aliases).toContain('ACA');
    expect(x.entities.filter((e) => e.name === 'ACA')).toEqual([]);
  });

  it('keeps a body named after a pathogen or space exploration as an organisation', () => {
    const x = extract('The Influenza Research Institute said the Japan Aerospace Exploration Agency would help.');
    expect(typeOf(x.entities, 'Influenza Research Institute')).toBe('ORG');
    expect(typeOf(x.entities, 'Japan Aerospace Exploration Agency')).toBe('ORG');
  });

  it('reads a demonym and plain nouns on a title-case line as a nationality, not an organisation', () => {
    const x = extract('Brussels Fines German Car Makers Again\nThe European Commission fined two firms on Monday.');
    expect(x.entities.filter((e) => NAMED.has(e.type) && e.name.startsWith('German'))).toEqual([]);
    expect(typeOf(extract('British Airways Cancels Flights\nBritish Airways said 40 flights were cancelled.').entities, 'British Airways')).toBe('ORG');
  });
});

describe('a place or an organisation and a title read into a person\'s name', () => {
  it.each([
    ['Millbrook Mayor J. Dana Ortiz said the town would comply.', 'J. Dana Ortiz', 'Millbrook'],
    ['Greenfield Sheriff R. Lee Dawson said deputies responded within minutes.', 'R. Lee Dawson', 'Greenfield'],
    ['Avon County Council Chairman Ed Pike said the levy would rise.', 'Ed Pike', 'Avon County Council'],
  ])('splits "%s" into the person and what he serves', (text, person, before) => {
    const x = extract(text);
    expect(typeOf(x.entities, person)).toBe('PERSON');
    expect(typeOf(x.entities, before)).not.toBe('PERSON');
  });

  it('keeps a person whose name opens with an initial whole', () => {
    const x = extract('The physicist J. Robert Oppenheimer led the project, and F. Scott Fitzgerald wrote about the era.');
    expect(x.entities.filter((e) => e.type === 'PERSON').map((e) => e.name)).toEqual(['J. Robert Oppenheimer', 'F. Scott Fitzgerald']);
  });

  it('keeps ordinary words of the title out of every name', () => {
    const x = extract('Circuit Judge Ellen Ward Pruitt denied the motion on Friday.');
    expect(x.entities.map((e) => e.name)).toEqual(['Ellen Ward Pruitt']);
  });
});

describe('an institution named after a disease or a law', () => {
  it.each([
    ['Data from the Ellsworth Coronavirus Resource Center showed cases rising again.', 'Ellsworth Coronavirus Resource Center'],
    ['Members of the Coronavirus Task Force met the governor on Friday.', 'Coronavirus Task Force'],
    ['The Influenza Surveillance Unit reported a rise in cases this week.', 'Influenza Surveillance Unit'],
  ])('keeps "%s" an organisation, not a thing', (text, name) => {
    expect(typeOf(extract(text).entities, name)).toBe('ORG');
  });

  it('still reads a pathogen and a space programme as things', () => {
    const x = extract('The Artemis Lunar Program was delayed again. Officials tracked Influenza H5N1 in two herds.');
    expect(typeOf(x.entities, 'Artemis Lunar Program')).toBe('MISC');
  });
});

describe('a town the gazetteer lacks before a civic title', () => {
  it.each([
    ['Kilbrittain Mayor Ann Lee said the road would close on Monday.', 'Kilbrittain', 'Ann Lee'],
    ['The plan was backed by Glenbrackton Mayor Jo Ortiz on Tuesday.', 'Glenbrackton', 'Jo Ortiz'],
  ])('reads the town in "%s" as a place and the officer as a person', (text, place, person) => {
    const x = extract(text);
    expect(typeOf(x.entities, place)).toBe('GPE');
    expect(typeOf(x.entities, person)).toBe('PERSON');
  });

  it('keeps ordinary words of a title and a party out of the places', () => {
    const x = extract('County Commissioner Ann Lee and Republican Senator Tom Hale spoke on Friday.');
    expect(x.entities.filter((e) => e.type === 'GPE' || e.type === 'LOC')).toEqual([]);
  });
});

describe('a name opening with a storm\'s word that names no storm', () => {
  it.each([
    ['Storm Reid, the actress, said she would return to the series next year.', 'Storm Reid'],
    ['Storm Reid arrived late to the premiere. Reid said the film was finished.', 'Storm Reid'],
    ['Kyiv has fired Storm Shadow missiles at the depot, officials said.', 'Storm Shadow'],
  ])('reads "%s" as no event', (text, name) => {
    const type = typeOf(extract(text).entities, name);
    expect(type).toBeDefined();
    expect(type).not.toBe('EVENT');
  });

  it.each([
    ['Officials said Storm Ciaran, the second storm in a week, would bring rain.', 'Storm Ciaran'],
    ['Typhoon Haiyan survivors marked the anniversary in Tacloban.', 'Typhoon Haiyan'],
  ])('still reads the storm in "%s" as an event', (text, name) => {
    expect(typeOf(extract(text).entities, name)).toBe('EVENT');
  });
});

describe('a national body written in a list with other names', () => {
  it('splits the tagger\'s one name at "and" and at a comma into the bodies and the other names', () => {
    const x = extract('Delegates from the Lok Sabha and Guardia Civil met in Madrid. Reporters asked the Knesset, Halden Motors and the Dáil for comment.');
    for (const name of ['Lok Sabha', 'Guardia Civil', 'Knesset', 'Dáil']) expect(typeOf(x.entities, name)).toBe('ORG');
    expect(x.entities.map((e) => e.name)).not.toContain('Lok Sabha and Guardia Civil');
  });

  it('still leaves a body\'s word inside another name', () => {
    expect(typeOf(extract('Tourists swam in Lake Garda on Sunday afternoon.').entities, 'Lake Garda')).toBe('LOC');
  });
});

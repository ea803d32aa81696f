/** A small corpus of made-up news items, varied enough that each extraction differs. */
export function newsCorpus(n: number): Array<{ id: string; text: string }> {
  const people = ['Maria Keller', 'Tomas Brandt', 'Aisha Okafor', 'Li Wen', 'Pedro Alves', 'Sofia Marin'];
  const places = ['Lisbon', 'Nairobi', 'Hamburg', 'Osaka', 'Quito', 'Tbilisi'];
  const things = ['families', 'workers', 'students', 'residents', 'farmers'];
  return Array.from({ length: n }, (_, i) => {
    const who = people[i % people.length]!;
    const where = places[(i * 5) % places.length]!;
    const what = things[(i * 3) % things.length]!;
    const count = (i + 2) * 1250;
    const text =
      `${where.toUpperCase()} (Wire) - About ${count.toLocaleString('en')} ${what} left ${where} on day ${i + 1}, officials said.\n\n` +
      `"We have never seen anything like this in ${where}," said ${who}, who leads the city council. ` +
      `${who.split(' ')[1]} added that ${i % 7} shelters had opened and that the cost could reach $${i + 3} million.\n\n` +
      `The regional governor said more than ${count + 500} people had registered for help.`;
    return { id: `doc-${String(i).padStart(3, '0')}`, text };
  });
}

export function toJsonl(docs: ReadonlyArray<Record<string, unknown>>): string {
  return docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { echeWebsite } from '../../../../build/eche/website';
import { organisationSchema } from '../../../../catalogue-format/schema';

/** Whether the catalogue's own schema accepts `website` on an otherwise valid organisation. */
function acceptedByCatalogue(website: string): boolean {
  return organisationSchema.safeParse({
    id: 'x',
    kind: 'research',
    name: 'X',
    country: 'AT',
    website,
  }).success;
}

describe('the ECHE website column as a catalogue website', () => {
  it.each([
    ['www.ph-noe.ac.at', 'http://www.ph-noe.ac.at'],
    ['orpheusinstituut.be', 'http://orpheusinstituut.be'],
    ['edu.jccm.es/ies.parquelineal', 'http://edu.jccm.es/ies.parquelineal'],
    ['http://www.fhv.at', 'http://www.fhv.at'],
    ['https://www.unyt.edu.al/', 'https://www.unyt.edu.al/'],
    ['HTTP://WWW.UNI.AT', 'HTTP://WWW.UNI.AT'],
    ['  www.univie.ac.at  ', 'http://www.univie.ac.at'],
    // The colon left out of the scheme, and a space typed after "www.", have one reading.
    ['http//www.univ-perp.fr', 'http://www.univ-perp.fr'],
    ['www. hopitaux-st-maurice.fr', 'http://www.hopitaux-st-maurice.fr'],
    // A likely typo of the host is the institution's to fix, not a program's guess.
    ['ww.lisaa.com', 'http://ww.lisaa.com'],
  ])('%j becomes %j', (raw, website) => {
    expect(echeWebsite(raw)).toEqual({ website });
    expect(acceptedByCatalogue(website)).toBe(true);
  });

  it.each([
    ['03014851@edu.gva.es', 'is an e-mail address, not a website'],
    ['http://lp.jean.perrin@ac-reunion.fr', 'is an e-mail address, not a website'],
    ['www.uoi.gr / www.rc.uoi.gr', 'holds a space: two values, or not an address'],
    ['20004497200087', 'is not a web address'],
    ['javascript:alert(1)', 'is not a web address'],
    ['localhost/admin', 'has no host name with a domain'],
    ['/llompart.cat', 'has no host name'],
  ])('%j is left out because it %s', (raw, reason) => {
    expect(echeWebsite(raw)).toEqual({ reason });
  });

  it('leaves an empty cell out without a reason', () => {
    expect(echeWebsite('')).toEqual({});
    expect(echeWebsite('   ')).toEqual({});
  });

  it('gives only websites the catalogue accepts, whatever the cell holds', () => {
    const webLike = fc
      .tuple(
        fc.constantFrom('', 'http://', 'https://', 'HTTP://', 'http//', 'www. ', ' '),
        fc.string({ maxLength: 30 }),
        fc.constantFrom('', '.at', '.example', '/'),
      )
      .map(([a, b, c]) => a + b + c);
    fc.assert(
      fc.property(fc.oneof(webLike, fc.string({ unit: 'binary', maxLength: 60 })), (raw) => {
        const { website } = echeWebsite(raw);
        return website === undefined || acceptedByCatalogue(website);
      }),
      { numRuns: 2000 },
    );
  });

  it('adds only the scheme to an address written without one', () => {
    const label = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/);
    // A top-level domain of letters: "08.0" would be an (invalid) IPv4 address.
    const tld = fc.stringMatching(/^[a-z]{2,6}$/);
    const host = fc
      .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), tld)
      .map(([labels, top]) => [...labels, top].join('.'));
    const path = fc.constantFrom('', '/', '/ies.parquelineal', '/index.php?id=3');
    fc.assert(
      fc.property(host, path, (h, p) => {
        expect(echeWebsite(h + p)).toEqual({ website: `http://${h}${p}` });
      }),
    );
  });
});

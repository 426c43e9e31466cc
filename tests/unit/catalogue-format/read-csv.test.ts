import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../catalogue-format/read-csv';
import { formatProblem } from '../../../catalogue-format/validate';
import { testTaxonomy } from '../../fixtures/taxonomy';

function csv(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function read(text: string | Uint8Array) {
  return parseCsv(typeof text === 'string' ? csv(text) : text, testTaxonomy);
}

function problems(text: string | Uint8Array): string[] {
  const result = read(text);
  if (result.ok) throw new Error('expected problems, the CSV was accepted');
  return result.problems.map(formatProblem);
}

const HEADER =
  'id,kind,name,names_de,country,region,city,phone,sectors,member_of,service_1_id,service_1_title,service_1_type,contact_1_name,contact_1_email,contact_2_name,contact_2_email,contact_2_languages';

describe('CSV sources', () => {
  it('reads organisations with lists, localised names, services and contacts', () => {
    const result = read(
      [
        HEADER,
        'sk-auto,cluster,Automobilový klaster,Automobilcluster,SK,SK021,Trnava,+421 33 1234,"automotive-aeronautics;production-technologies",,sk-auto-b2b,B2B burza,cooperation,Ľubomír Šťastný,lubomir@example.sk,,,',
        'pl-lodz,supplier,Zakład Łódź sp. z o.o.,,PL,PL711,Łódź,,production-technologies,sk-auto,,,,,,Paweł Żółkiewski,pawel@example.pl,pl; en',
      ].join('\r\n'),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [auto, lodz] = result.catalogue.organisations;
    expect(auto).toMatchObject({
      id: 'sk-auto',
      names: { de: 'Automobilcluster' },
      sectors: ['automotive-aeronautics', 'production-technologies'],
      services: [{ id: 'sk-auto-b2b', title: 'B2B burza', type: 'cooperation', sectors: [] }],
      contacts: [{ name: 'Ľubomír Šťastný', email: 'lubomir@example.sk' }],
    });
    expect(lodz?.contacts).toEqual([
      { name: 'Paweł Żółkiewski', email: 'pawel@example.pl', languages: ['pl', 'en'] },
    ]);
    expect(lodz?.member_of).toEqual(['sk-auto']);
  });

  it('reads Excel\'s ";"-separated CSV with a BOM, lists quoted', () => {
    const text =
      '\uFEFFid;kind;name;country;sectors;contact_1_email\r\n' +
      'hu-szolnok;supplier;Energetika Szolnok Kft.;HU;"energy-environment;ict";info@szolnok.example.hu\r\n';
    const result = read(text);
    expect(result.ok && result.catalogue.organisations[0]).toMatchObject({
      id: 'hu-szolnok',
      name: 'Energetika Szolnok Kft.',
      sectors: ['energy-environment', 'ict'],
      contacts: [{ email: 'info@szolnok.example.hu' }],
    });
  });

  it('reports problems with the spreadsheet row and the column name', () => {
    expect(
      problems(
        [
          'id,kind,name,country,region,website,sectors,member_of,contact_1_email,contact_2_email,service_1_id,service_1_title,service_1_type',
          'at-1,supplier,Holz Steiner GmbH,AT,AT130,https://holz.example.at,wood,,,,,,',
          'at-1,supplier,Kopie,AT,XX999,javascript:alert(1),furniture,at-9,ok@example.at,not-an-email,s1,Trocknung,drying',
        ].join('\n'),
      ),
    ).toEqual([
      'row 3 (id at-1), website: "javascript:alert(1)" must be an https:// or http:// address',
      'row 3 (id at-1), contact_2_email: "not-an-email" is not an e-mail address',
      'row 3 (id at-1), id: "at-1" is already the id of the organisation in row 2',
      'row 3 (id at-1), region: "XX999" is not a NUTS 2024 region code',
      'row 3 (id at-1), sectors: "furniture" is not a known sector (use energy-environment, tourism, health, food, ict, mobility-logistics, automotive-aeronautics, production-technologies, wood, professional-services)',
      'row 3 (id at-1), member_of: "at-9" is not the id of an organisation in this catalogue',
      'row 3 (id at-1), service_1_type: "drying" is not a known service type (use information-communication, internationalisation, marketing-pr, cooperation, training-qualification, research-testing)',
    ]);
  });

  it('names the numbered column a contact came from, even with gaps', () => {
    expect(
      problems(
        'id,kind,name,country,contact_3_name,contact_3_email\nsi-1,supplier,Žaga d.o.o.,SI,Ana,ana@\n',
      ),
    ).toEqual(['row 2 (id si-1), contact_3_email: "ana@" is not an e-mail address']);
  });

  it('counts rows as a spreadsheet does: blank lines and multi-line cells included', () => {
    expect(
      problems(
        'id,kind,name,country,description\n' +
          'de-1,supplier,Müller GmbH,DE,"Zeile eins\nZeile zwei"\n' +
          '\n' +
          'de-2,supplier,Weiß KG,Deutschland,\n',
      ),
    ).toEqual([
      'row 4 (id de-2), country: "Deutschland" must be an ISO 3166-1 alpha-2 code such as AT or SK',
    ]);
  });

  it('reports unknown and missing columns on the header row', () => {
    expect(
      problems('id,kind,name,land,contact_1_fax,service_0_title\nx,supplier,X,AT,,,\n'),
    ).toEqual([
      'row 1, land: is not a column of the organisations sheet (see docs/catalogue-format.md for the columns)',
      'row 1, contact_1_fax: is not a column of the organisations sheet (see docs/catalogue-format.md for the columns)',
      'row 1, service_0_title: is not a column of the organisations sheet (see docs/catalogue-format.md for the columns)',
      'row 1, country: column is missing from the header',
    ]);
  });

  it('points at an unquoted list in a ";" file', () => {
    expect(problems('id;kind;name;country;sectors\nsk-1;supplier;Strojárne;SK;ict;food\n')).toEqual(
      [
        'row 2 (id sk-1), column 6: holds "food" but the column has no header (in a ";"-separated file, quote a cell holding a list: "ict;food")',
      ],
    );
  });

  it('rejects malformed CSV and text that is not UTF-8, in one line each', () => {
    expect(problems('id,kind,name,country\n"sk-1,supplier,Strojárne,SK\n')).toEqual([
      'row 2: malformed CSV: Quoted field unterminated (a quote is opened and never closed)',
    ]);
    const latin1 = Uint8Array.from([
      ...csv('id,kind,name,country\nde-1,supplier,M'),
      0xfc,
      ...csv('ller,DE\n'),
    ]);
    expect(problems(latin1)).toEqual([
      'the file is not UTF-8 text: line 2, byte offset 36: byte 0xFC after "de-1,supplier,M" is not UTF-8; save it as "CSV UTF-8" (Excel) or "Text CSV" with UTF-8 (LibreOffice)',
    ]);
    expect(problems('')).toEqual(['the file is empty: it needs a header row']);
  });
});

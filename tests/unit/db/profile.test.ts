import { describe, expect, it } from 'vitest';
import { getProfile } from '../../../db/profile';
import { sampleCatalogue, useCatalogueDb } from './catalogue-store.fixture';

const db = useCatalogueDb('mcc-profile-', sampleCatalogue);

describe('getProfile', () => {
  it('gives the whole profile: fields, labelled sectors and services, place, members and events', () => {
    const p = getProfile(db(), 'at-automotive-cluster', 'de');
    expect(p).toMatchObject({
      id: 'at-automotive-cluster',
      kind: 'cluster',
      name: 'Automobil-Cluster Oberösterreich',
      acronym: 'AC',
      country: { code: 'AT', name: 'Österreich' },
      region: { code: 'AT312' },
      city: 'Linz',
      fax: '+43 732 79810 5110',
      verifiedAt: '2026-01-15',
      removed: false,
    });
    expect(p?.region?.ancestors.map((a) => a.code)).toEqual(['AT', 'AT3', 'AT31']);
    expect(p?.sectors.map((s) => s.id)).toEqual(['mobility-logistics', 'automotive-aeronautics']);
    expect(p?.sectors.every((s) => s.label !== s.id)).toBe(true);
    expect(p?.services.map((s) => [s.id, s.type.id])).toEqual([
      ['svc-b2b', 'cooperation'],
      ['svc-info', 'information-communication'],
    ]);
    expect(p?.services[0]?.type.label).not.toBe('cooperation');
    expect(p?.contacts.map((c) => c.name ?? c.role)).toEqual(['Ing. Jana Nováková', 'Office']);
    expect(p?.members).toEqual([
      { id: 'sk-piestany-spa', name: 'Kúpele Piešťany', kind: 'partner' },
      { id: 'pl-lodz-supplier', name: 'Łódź Precision Parts', kind: 'supplier' },
    ]);
    expect(p?.events).toEqual([
      {
        id: 'forum-2026',
        kind: 'exchange-forum',
        title: 'Exchange Forum Linz',
        start: '2026-06-10',
        end: '2026-06-11',
        dateNote: null,
        city: 'Linz',
        country: 'AT',
      },
    ]);
  });

  it('names the clusters an organisation belongs to, and is undefined for an unknown id', () => {
    const p = getProfile(db(), 'sk-piestany-spa');
    expect(p?.memberOf).toEqual([
      { id: 'at-automotive-cluster', name: 'Automobil-Cluster Oberösterreich', kind: 'cluster' },
    ]);
    expect(p?.region).toMatchObject({ code: 'SK021', name: 'Trnavský kraj' });
    expect(p?.region?.ancestors.at(-1)).toEqual({ code: 'SK02', name: 'Západné Slovensko' });
    expect(p?.acronym).toBeNull();
    expect(getProfile(db(), 'nope')).toBeUndefined();
  });
});

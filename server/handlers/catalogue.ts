/** Read-only catalogue methods: search, profile, taxonomy, events, app info. */
import type { Db } from '../../db/sqlite';
import { readMeta } from '../../db/catalogue-store';
import { databaseCounts } from '../../db/counts';
import { listEvents } from '../../db/events';
import { getProfile } from '../../db/profile';
import { taxonomyIndex, type TaxonomyIndex } from '../../db/taxonomy';
import type { Taxonomy } from '../../catalogue-format/taxonomy-types';
import { ApiError } from '../../contract/errors';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../contract/lists';
import type { ApiParsedArgs, ApiResult } from '../../contract/methods';
import { feedVersion } from '../../feed/status';
import type { HandlerContext } from '../context';

type EventSummary = ApiResult<'events'>['upcoming'][number];

/** English names of the organisation kinds (the UI translates them by id). */
const KIND_LABELS: Record<OrganisationKind, string> = {
  cluster: 'Cluster',
  partner: 'Partner',
  supplier: 'Supplier',
  research: 'Research centre',
  agency: 'Agency',
  other: 'Other',
};

export function catalogueHandlers(ctx: HandlerContext) {
  const tax = taxonomyIndex(ctx.taxonomy);
  const taxonomyByLocale = new Map<string, ApiResult<'taxonomy'>>();
  const today = ctx.today ?? (() => new Date().toISOString().slice(0, 10));

  return {
    search(query: ApiParsedArgs<'search'>): ApiResult<'search'> {
      return ctx.engine.search(query);
    },

    profile({ id, locale }: ApiParsedArgs<'profile'>): ApiResult<'profile'> {
      const profile = getProfile(ctx.db, id, locale ?? 'en');
      if (!profile) {
        throw new ApiError('NOT_FOUND', `No organisation with id "${id}".`);
      }
      return {
        ...profile,
        contacts: profile.contacts.map((c) => ({
          name: c.name ?? null,
          role: c.role ?? null,
          email: c.email ?? null,
          phone: c.phone ?? null,
          languages: c.languages,
        })),
      };
    },

    taxonomy({ locale }: ApiParsedArgs<'taxonomy'>): ApiResult<'taxonomy'> {
      const key = locale ?? 'en';
      let result = taxonomyByLocale.get(key);
      if (!result) {
        result = buildTaxonomy(ctx.taxonomy, tax, key);
        taxonomyByLocale.set(key, result);
      }
      return result;
    },

    events(args: ApiParsedArgs<'events'>): ApiResult<'events'> {
      const day = today();
      const all = readEvents(ctx.db, tax, args);
      const upcoming = all.filter((e) => (e.end ?? e.start) >= day);
      const past = all.filter((e) => (e.end ?? e.start) < day).reverse();
      return { today: day, upcoming, past };
    },

    appInfo(): ApiResult<'appInfo'> {
      const meta = readMeta(ctx.db);
      const counts = databaseCounts(ctx.db);
      return {
        appName: ctx.appName,
        appVersion: ctx.appVersion,
        catalogueVersion: feedVersion(meta),
        catalogueSource: meta?.source ?? null,
        catalogueIssued: meta?.issued ?? null,
        organisations: counts.organisations,
        events: counts.events,
        mode: ctx.mode,
      };
    },
  };
}

function buildTaxonomy(t: Taxonomy, tax: TaxonomyIndex, locale: string): ApiResult<'taxonomy'> {
  const collator = new Intl.Collator(locale);
  return {
    sectors: t.sectors.map((s) => ({ id: s.id, label: tax.label(s.labels, locale) })),
    serviceTypes: t.serviceTypes.map((s) => ({ id: s.id, label: tax.label(s.labels, locale) })),
    kinds: ORGANISATION_KINDS.map((k) => ({ id: k, label: KIND_LABELS[k] })),
    countries: t.countries
      .map((c) => ({ code: c.code, label: tax.label(c.labels, locale) }))
      .sort((a, b) => collator.compare(a.label, b.label)),
    regions: t.regions.map((r) => ({
      code: r.code,
      name: r.name,
      ...(r.nameLatin !== r.name ? { latin: r.nameLatin } : {}),
      level: r.level,
      parent: r.parentCode,
      country: r.country,
    })),
  };
}

/** Events with their sectors and countries labelled in `locale`. */
function readEvents(db: Db, tax: TaxonomyIndex, args: ApiParsedArgs<'events'>): EventSummary[] {
  const locale = args.locale ?? 'en';
  return listEvents(db, args).map(({ sectors, ...event }) => {
    const country = event.country ? tax.country(event.country) : undefined;
    return {
      ...event,
      countryName: country ? tax.label(country.labels, locale) : event.country,
      sectors: sectors.map((id) => {
        const sector = tax.sector(id);
        return { id, label: sector ? tax.label(sector.labels, locale) : id };
      }),
    };
  });
}

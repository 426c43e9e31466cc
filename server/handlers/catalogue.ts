/** Read-only catalogue methods: search, profile, taxonomy, events, app info. */
import { readMeta } from '../../db/catalogue-store';
import { databaseCounts } from '../../db/counts';
import { answerEvents } from './events';
import { getProfile } from '../../db/profile';
import { nullWhereAbsent } from '../../db/optional-fields';
import { taxonomyIndex, type TaxonomyIndex } from '../../db/taxonomy';
import type { Taxonomy } from '../../catalogue-format/taxonomy-types';
import { ApiError } from '../../contract/errors';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../contract/lists';
import type { ApiParsedArgs, ApiResult } from '../../contract/methods';
import { feedVersion } from '../../feed/status';
import type { HandlerContext } from '../context';

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
          ...nullWhereAbsent(c, ['name', 'role', 'email', 'phone']),
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
      return answerEvents(ctx.db, ctx.taxonomy, args, today());
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

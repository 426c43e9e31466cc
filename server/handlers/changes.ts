/**
 * What's new (#13): the change set of every applied sync, a shortlist's flags since it was
 * last opened, a withdrawn organisation's last known details, and passing the catalogue on as
 * a signed feed folder.
 */
import { ApiError } from '../../contract/errors';
import type { ApiParsedArgs, ApiResult } from '../../contract/methods';
import { listChangeSets, withdrawnRecord } from '../../db/user-data/change-sets';
import { markShortlistSeen, shortlistChanges } from '../../db/user-data/shortlist-changes';
import { taxonomyIndex } from '../../db/taxonomy';
import type { Caller, HandlerContext } from '../context';
import { unavailable } from '../error-data';

const SHARE_LOCAL_ONLY_MESSAGE =
  'This server is reachable from the network, so the catalogue can be saved to a folder only on the computer running it.';

export function changesHandlers({ db, taxonomy }: HandlerContext) {
  return {
    listChanges({ sinceVersion, limit }: ApiParsedArgs<'listChanges'>): ApiResult<'listChanges'> {
      return {
        changeSets: listChangeSets(db, {
          ...(sinceVersion === undefined ? {} : { sinceVersion }),
          ...(limit === undefined ? {} : { limit }),
        }),
      };
    },

    withdrawnOrganisation({
      id,
      locale,
    }: ApiParsedArgs<'withdrawnOrganisation'>): ApiResult<'withdrawnOrganisation'> {
      const inCatalogue = db.prepare('SELECT 1 FROM organisation WHERE id = ?').get(id);
      const record =
        inCatalogue === undefined ? withdrawnRecord(db, 'organisations', id) : undefined;
      if (record === undefined) {
        throw new ApiError(
          'NOT_FOUND',
          inCatalogue === undefined
            ? `No sync kept here has withdrawn an organisation with id ${id}.`
            : `The organisation ${id} is in the catalogue: it is not withdrawn.`,
        );
      }
      const tax = taxonomyIndex(taxonomy);
      const country = tax.country(record.last.country);
      return {
        id,
        name: record.name,
        last: record.last,
        countryName: country ? tax.label(country.labels, locale ?? 'en') : record.last.country,
        version: record.version,
        withdrawnAt: record.appliedAt,
      };
    },

    shortlistChanges({ name }: ApiParsedArgs<'shortlistChanges'>): ApiResult<'shortlistChanges'> {
      return { name, ...shortlistChanges(db, name) };
    },

    markShortlistSeen({
      name,
    }: ApiParsedArgs<'markShortlistSeen'>): ApiResult<'markShortlistSeen'> {
      markShortlistSeen(db, name);
      return { name };
    },

    async shareCatalogue(
      { out }: ApiParsedArgs<'shareCatalogue'>,
      caller: Caller,
    ): Promise<ApiResult<'shareCatalogue'>> {
      // Writing a folder on the server's disk is for its own user only.
      if (!caller.local) throw new ApiError('LOCAL_FEED_ONLY', SHARE_LOCAL_ONLY_MESSAGE);
      const { shareCatalogue } = await import('../../feed/share').catch((error: unknown) => {
        throw unavailable('Sharing', error);
      });
      return shareCatalogue(db, out);
    },
  };
}

/**
 * How many of a set of organisations can be reached: with an e-mail address, a phone, either
 * (their own or one of their contacts'), and how many distinct e-mail addresses they hold. The
 * export dialog says this before anything is exported or copied, so a list of organisations
 * without contact details is never reported as "contacts".
 */
import { emailAddresses } from './email-addresses';
import type { Db } from './sqlite';

export interface ContactCoverage {
  /** Organisations of `ids` the catalogue holds. */
  organisations: number;
  withEmail: number;
  withPhone: number;
  /** With an e-mail address or a phone (or both). */
  reachable: number;
  /** Distinct e-mail addresses (ignoring case), as "copy e-mail addresses" would copy them. */
  addresses: number;
}

/** A text column that holds something besides blanks. */
const filled = (column: string) => `nullif(trim(${column}), '') IS NOT NULL`;

const COVERAGE_SQL = `
WITH ids(id) AS (SELECT DISTINCT value FROM json_each(:ids)),
orgs AS (
  SELECT
    ${filled('o.email')} OR EXISTS (
      SELECT 1 FROM contact c WHERE c.organisation_rid = o.rid AND ${filled('c.email')}
    ) AS email,
    ${filled('o.phone')} OR EXISTS (
      SELECT 1 FROM contact c WHERE c.organisation_rid = o.rid AND ${filled('c.phone')}
    ) AS phone
  FROM ids JOIN organisation o ON o.id = ids.id)
SELECT count(*) AS organisations,
  coalesce(sum(email), 0) AS withEmail,
  coalesce(sum(phone), 0) AS withPhone,
  coalesce(sum(email OR phone), 0) AS reachable
FROM orgs`;

export function contactCoverage(db: Db, ids: readonly string[]): ContactCoverage {
  const counts = db
    .prepare<{ ids: string }, Omit<ContactCoverage, 'addresses'>>(COVERAGE_SQL)
    .get({ ids: JSON.stringify(ids) });
  return {
    organisations: counts?.organisations ?? 0,
    withEmail: counts?.withEmail ?? 0,
    withPhone: counts?.withPhone ?? 0,
    reachable: counts?.reachable ?? 0,
    addresses: emailAddresses(db, ids).addresses.length,
  };
}

/**
 * Phone and fax numbers are found by their digits, outside the text index: a query written
 * like a phone number ("+43 732 7800", "0732/7800", "7327800") finds every organisation with a
 * phone, fax or contact phone whose digits contain the query's.
 *
 * In the text index, phone numbers were most of its distinct words (every number's digit
 * groups and all its digits run together: 375,000 of 490,000 at 100,000 organisations) and
 * half the time to build it, and they matched only as whole groups or prefixes. Scanning the
 * digits of all numbers (a few MB, native indexOf) takes milliseconds and matches any part,
 * typed with or without spaces, with a country code or a leading trunk 0.
 */
import type { Db } from '../sqlite';
import { readFlat } from './bulk-read';
import type { CatalogueArrays } from './catalogue-arrays';

/** Text made only of what phone numbers are written with. */
const PHONE_LIKE = /^[\d\s+()./-]+$/u;
const NON_DIGITS = /\D+/g;
const NON_DIGIT = /\D/;
/** "+43 (0)732 …": the trunk 0 written in brackets after the country code is not dialled. */
const BRACKETED_TRUNK = /\(0\)/g;
/** Fewer digits than this are a house number, a postcode or a phone typed only in part. */
const MIN_PHONE_DIGITS = 5;

const NUMBERS = `SELECT rid, phone FROM organisation WHERE phone IS NOT NULL
  UNION ALL SELECT rid, fax FROM organisation WHERE fax IS NOT NULL
  UNION ALL SELECT organisation_rid, phone FROM contact WHERE phone IS NOT NULL`;

/** The digits of a stored number, as compared with queries. */
export function numberDigits(phone: string): string {
  return phone.replace(BRACKETED_TRUNK, '').replace(NON_DIGITS, '');
}

/**
 * The digits a query written like a phone number looks for, without the leading zeros of a
 * trunk or international prefix ("0732" and "0043 732" both look for "…732…"); undefined for
 * any other query.
 */
export function phoneQueryDigits(text: string | undefined): string | undefined {
  if (text === undefined || !PHONE_LIKE.test(text)) return undefined;
  const digits = numberDigits(text).replace(/^0+/, '');
  return digits.length >= MIN_PHONE_DIGITS ? digits : undefined;
}

export interface PhoneDirectory {
  /** The slots of organisations with a number containing `digits`, ascending. */
  slotsWith(digits: string): Int32Array;
}

export function loadPhoneDirectory(db: Db, arrays: CatalogueArrays): PhoneDirectory {
  const flat = readFlat(db, NUMBERS, ['rid', 'phone']);
  const parts: string[] = [];
  const starts: number[] = [];
  const owners: number[] = [];
  let offset = 0;
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const slot = arrays.slotOfRid[Number(flat[i])] ?? -1;
    const digits = numberDigits(flat[i + 1] ?? '');
    if (slot < 0 || digits === '') continue;
    parts.push(digits);
    starts.push(offset);
    owners.push(slot);
    offset += digits.length + 1;
  }
  // One string, numbers separated by a non-digit, so that no match spans two numbers.
  const all = parts.join('\n');
  /** The number that the character at `at` belongs to (binary search over starts). */
  const ownerAt = (at: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return owners[lo] ?? -1;
  };
  return {
    slotsWith(digits) {
      const found = new Set<number>();
      if (digits === '' || NON_DIGIT.test(digits)) return new Int32Array(0);
      for (let at = all.indexOf(digits); at >= 0; at = all.indexOf(digits, at + 1)) {
        found.add(ownerAt(at));
      }
      return Int32Array.from(found).sort();
    },
  };
}

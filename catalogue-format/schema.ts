/**
 * The catalogue source format (`metacluster-catalogue/1`): what administrators maintain and
 * what the feed ships as a snapshot. Documented in docs/catalogue-format.md; this schema is
 * the single definition every reader (JSON, CSV, XLSX) and writer checks against.
 *
 * The schema checks shapes and formats; cross-record rules (unique ids, known sectors, regions
 * and service types, no dangling `member_of`) live in validate.ts because they need the whole
 * catalogue and the taxonomy.
 */
import { z } from 'zod';
import { EVENT_KINDS, ORGANISATION_KINDS } from '../contract/lists';
import { partialDateProblem } from './partial-date';
import { multiLineProblem, normaliseLineBreaks, singleLineProblem } from './text-rules';

export const CATALOGUE_SCHEMA = 'metacluster-catalogue/1';

// The kinds are the contract's lists (one definition for the source, the database and the UI).
export type { EventKind, OrganisationKind } from '../contract/lists';

/**
 * The one check every text field starts with: trims, puts line breaks in the stored form
 * (multi-line fields), refuses what `problemOf` finds (text-rules.ts), so no rule after it
 * ever sees a control character; and, for an optional field, takes an empty value as not
 * given (undefined, stored as null; the length checks after it skip an absent value). One
 * check rather than zod's trim(), refine() and a transform() piped into the rest: it runs on
 * every text field of a 100,000-organisation snapshot. A refused value stops the field's
 * other checks as `abort` does.
 */
function textField(
  problemOf: (value: string) => string | undefined,
  normalise: (value: string) => string,
  emptyIsAbsent: boolean,
) {
  return z.string().check((payload) => {
    const value = normalise(payload.value.trim());
    const problem = problemOf(value);
    if (problem !== undefined) {
      payload.issues.push({ code: 'custom', message: problem, input: value, continue: false });
    }
    (payload as { value: string | undefined }).value =
      emptyIsAbsent && value === '' ? undefined : value;
  });
}

const unchanged = (s: string) => s;

/** One line of text, trimmed, with no control character or line break. */
const line = () => textField(singleLineProblem, unchanged, false);

/** Optional text, at most 10,000 characters ("" is not given). */
const text = textField(singleLineProblem, unchanged, true).max(10_000).optional();
/** Free text over several lines (address, description): line breaks stored as `\n`. */
const multiLineText = textField(multiLineProblem, normaliseLineBreaks, true).max(10_000).optional();

/** An empty string means "not given" and is stored as null. */
const notGiven = (s: string) => (s === '' ? undefined : s);

const requiredLine = (max: number) => line().min(1, 'must not be empty').max(max);

const id = requiredLine(200).regex(
  /^[A-Za-z0-9][A-Za-z0-9._:-]*$/,
  'is not an id: use letters, digits, ".", "_", ":" or "-", starting with a letter or digit',
);

const email = line()
  .transform(notGiven)
  .pipe(z.email('is not an e-mail address').optional())
  .optional();

/** Only http(s) websites: a catalogue value is never turned into a javascript: or file: link. */
const website = line()
  .transform(notGiven)
  .pipe(
    z
      .string()
      .refine((s) => {
        try {
          const url = new URL(s);
          return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
        } catch {
          return false;
        }
      }, 'must be an https:// or http:// address')
      .optional(),
  )
  .optional();

const isoDate = line()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  // Date.parse rolls 2026-06-31 over to July 1st; a real date survives the round trip.
  .refine((s) => {
    const time = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(s);
  }, 'is not a real date');

const optionalIsoDate = line().transform(notGiven).pipe(isoDate.optional()).optional();

/** An event's date: a day, or only a month or a year when that is all that is known. */
const eventDate = line().refine((s) => partialDateProblem(s) === undefined, {
  error: (issue) => partialDateProblem(issue.input as string),
});

const optionalEventDate = line().transform(notGiven).pipe(eventDate.optional()).optional();

const country = line().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as AT or SK');

const idList = z.array(id).default([]);

export const serviceSchema = z
  .object({
    id,
    title: requiredLine(500),
    type: id,
    description: multiLineText,
    sectors: idList,
  })
  .strict();

export const contactSchema = z
  .object({
    name: text,
    role: text,
    email,
    phone: text,
    languages: z
      .array(line().regex(/^[a-z]{2}$/, 'must be a language code such as de'))
      .default([]),
  })
  .strict();

export const organisationSchema = z
  .object({
    id,
    kind: line().pipe(
      z.enum(ORGANISATION_KINDS, { error: `must be one of ${ORGANISATION_KINDS.join(', ')}` }),
    ),
    name: requiredLine(500),
    acronym: text,
    names: z.record(z.string().regex(/^[a-z]{2}$/), requiredLine(500)).default({}),
    description: multiLineText,
    country,
    region: text,
    city: text,
    address: multiLineText,
    postcode: text,
    website,
    email,
    phone: text,
    fax: text,
    sectors: idList,
    member_of: idList,
    services: z.array(serviceSchema).default([]),
    contacts: z.array(contactSchema).default([]),
    verified_at: optionalIsoDate,
  })
  .strict();

export const eventSchema = z
  .object({
    id,
    kind: line().pipe(z.enum(EVENT_KINDS, { error: `must be one of ${EVENT_KINDS.join(', ')}` })),
    title: requiredLine(500),
    start: eventDate,
    end: optionalEventDate,
    /** What the dates leave open, in words: "exact dates not published", "autumn". */
    date_note: textField(singleLineProblem, unchanged, true).max(200).optional(),
    city: text,
    country: country.optional(),
    organisers: idList,
    sectors: idList,
    description: multiLineText,
    website,
  })
  .strict();

export const catalogueSchema = z
  .object({
    schema: z.literal(CATALOGUE_SCHEMA, { error: `must be "${CATALOGUE_SCHEMA}"` }),
    organisations: z.array(z.unknown()),
    events: z.array(z.unknown()).default([]),
  })
  .strict();

export type Service = z.output<typeof serviceSchema>;
export type Contact = z.output<typeof contactSchema>;
export type Organisation = z.output<typeof organisationSchema>;
export type CatalogueEvent = z.output<typeof eventSchema>;

/** A catalogue that passed every check of validate.ts: safe to import or publish. */
export interface Catalogue {
  organisations: Organisation[];
  events: CatalogueEvent[];
}

/** One problem found in a source, located precisely enough for an administrator to fix it. */
export interface SourceProblem {
  /** 1-based row in a CSV/XLSX sheet (header is row 1), or index + 1 in a JSON array. */
  row?: number;
  /** Record id when known, so a problem can be found in any format. */
  id?: string;
  /** Field name as written in the source, e.g. `contact_2_email` or `services[0].type`. */
  field?: string;
  /** Set to `events` for a problem of an event (the XLSX "events" sheet or JSON `events`). */
  section?: 'organisations' | 'events';
  message: string;
}

/**
 * The feed's file formats (docs/feed.md, JSON Schemas in docs/schemas/): the signed envelope
 * `feed.json`, the metadata it signs, and the delta payload. A snapshot payload is a catalogue
 * in the source format (catalogue-format/schema.ts) and is checked by the source validator.
 */
import { z } from 'zod';

export const FEED_SCHEMA = 'metacluster-feed/1';
export const DELTA_SCHEMA = 'metacluster-delta/1';
export const FEED_INDEX = 'feed.json';
/** The channel an app follows and a publisher writes unless told otherwise. */
export const DEFAULT_CHANNEL = 'stable';

/** Caps on what a client reads (TUF's "endless data" defence). */
export const MAX_INDEX_BYTES = 64 * 1024;
export const DEFAULT_MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;
/** More signatures or deltas than this is not a feed any publisher writes. */
const MAX_SIGNATURES = 16;
const MAX_DELTAS = 32;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits');
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');

/**
 * A payload path: relative to feed.json, forward slashes, no "." or ".." segment, no scheme,
 * so a signed index can never point a client outside the feed's folder.
 */
const payloadPath = z
  .string()
  .max(200)
  .regex(
    /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/,
    'must be a plain relative path',
  )
  .refine((p) => !p.split('/').some((s) => s === '.' || s === '..'), 'must not contain . or ..');

const timestamp = z.iso.datetime({ offset: true });
const version = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const length = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const envelopeSchema = z
  .object({
    signed: base64,
    signatures: z
      .array(z.object({ keyid: hex64, sig: base64 }).strict())
      .min(1)
      .max(MAX_SIGNATURES),
  })
  .strict();

const fileRefSchema = z.object({ path: payloadPath, length, sha256: hex64 }).strict();
export type FileRef = z.output<typeof fileRefSchema>;

const deltaRefSchema = fileRefSchema.extend({ base_version: version }).strict();
export type DeltaRef = z.output<typeof deltaRefSchema>;

export const channelName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'must be lowercase letters, digits, ".", "_" or "-"');

export const metadataSchema = z
  .object({
    schema: z.literal(FEED_SCHEMA),
    channel: channelName,
    version,
    issued: timestamp,
    expires: timestamp,
    snapshot: fileRefSchema,
    deltas: z.array(deltaRefSchema).max(MAX_DELTAS).default([]),
  })
  .strict()
  .refine((m) => Date.parse(m.expires) > Date.parse(m.issued), {
    error: 'expires must be after issued',
    path: ['expires'],
  })
  .refine((m) => m.deltas.every((d) => d.base_version < m.version), {
    error: 'a delta must start from an earlier version',
    path: ['deltas'],
  });
export type FeedMetadata = z.output<typeof metadataSchema>;

/**
 * A delta's records are checked by the source validator (like a snapshot's); here only the
 * envelope: which versions it joins and the two lists.
 */
export const deltaSchema = z
  .object({
    schema: z.literal(DELTA_SCHEMA),
    base_version: version,
    version,
    upserts: z
      .object({ organisations: z.array(z.unknown()), events: z.array(z.unknown()) })
      .strict(),
    deletes: z
      .object({
        organisations: z.array(z.string().min(1).max(200)),
        events: z.array(z.string().min(1).max(200)),
      })
      .strict(),
  })
  .strict();
export type DeltaFile = z.output<typeof deltaSchema>;

/** "snapshot.version: must be ..." from a zod error, for an INVALID_FEED message. */
export function describeIssues(error: z.ZodError, limit = 3): string {
  const parts = error.issues.slice(0, limit).map((i) => {
    const where = i.path.map(String).join('.');
    return where === '' ? i.message : `${where}: ${i.message}`;
  });
  if (error.issues.length > limit) parts.push(`and ${error.issues.length - limit} more`);
  return parts.join('; ');
}

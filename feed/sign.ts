/**
 * Signing and verifying the feed index. The signature covers the exact bytes of the metadata
 * (carried base64-encoded in `signed`), and those bytes are verified BEFORE they are parsed,
 * so a parser never sees attacker-controlled input that was not signed by a trusted key.
 */
import { sign, verify, type KeyObject } from 'node:crypto';
import { FeedError } from './errors';
import { describeIssues, envelopeSchema, metadataSchema, type FeedMetadata } from './format';
import { keyId } from './keys';

/** Builds feed.json's text: the metadata bytes signed by each key. */
export function signIndex(metadataBytes: Buffer, keys: readonly KeyObject[]): string {
  const envelope = {
    signed: metadataBytes.toString('base64'),
    signatures: keys.map((key) => ({
      keyid: keyId(key),
      sig: sign(null, metadataBytes, key).toString('base64'),
    })),
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** Strict base64: Node's decoder skips junk, so require the round trip to give the input. */
function decodeBase64(text: string): Buffer | undefined {
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : undefined;
}

/**
 * The signed metadata bytes of an index, if at least one signature by a trusted key verifies
 * (threshold 1). Anything else — not JSON, not an envelope, unknown keys, bad signatures —
 * is BAD_SIGNATURE: without a valid signature nothing in the file can be believed.
 */
export function verifiedBytes(indexBytes: Buffer, trusted: ReadonlyMap<string, KeyObject>): Buffer {
  let raw: unknown;
  try {
    raw = JSON.parse(indexBytes.toString('utf8'));
  } catch {
    throw new FeedError('BAD_SIGNATURE', 'feed.json is not a signed index (not JSON).');
  }
  const parsed = envelopeSchema.safeParse(raw);
  if (!parsed.success) {
    throw new FeedError(
      'BAD_SIGNATURE',
      `feed.json is not a signed index (${describeIssues(parsed.error, 2)}).`,
    );
  }
  const signed = decodeBase64(parsed.data.signed);
  if (!signed) throw new FeedError('BAD_SIGNATURE', 'feed.json: "signed" is not valid base64.');
  let knownKey = false;
  for (const { keyid, sig } of parsed.data.signatures) {
    const key = trusted.get(keyid);
    if (!key) continue;
    knownKey = true;
    const signature = decodeBase64(sig);
    if (signature?.length === 64 && verify(null, signed, key, signature)) return signed;
  }
  throw new FeedError(
    'BAD_SIGNATURE',
    knownKey
      ? 'feed.json: the signature does not match its content.'
      : `feed.json is signed by ${parsed.data.signatures.map((s) => s.keyid.slice(0, 12)).join(', ')}, none of them a trusted key.`,
  );
}

/** Parses verified metadata bytes; a signed index that breaks the format is INVALID_FEED. */
export function parseMetadata(bytes: Buffer): FeedMetadata {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new FeedError('INVALID_FEED', 'The signed metadata is not JSON.');
  }
  const parsed = metadataSchema.safeParse(raw);
  if (!parsed.success) {
    throw new FeedError('INVALID_FEED', `The signed metadata: ${describeIssues(parsed.error)}.`);
  }
  return parsed.data;
}

/**
 * The metadata of index bytes this app verified when it applied them (kept with the catalogue):
 * no trust decision here.
 */
export function heldMetadata(bytes: Uint8Array): FeedMetadata {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const envelope = envelopeSchema.parse(JSON.parse(text));
  return parseMetadata(Buffer.from(envelope.signed, 'base64'));
}

/**
 * Ed25519 keys: generation, loading from PEM, and key ids. A key id is the hex SHA-256 of the
 * public key's SPKI DER encoding, so the same key has the same id wherever it is loaded.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CatalogueError } from '../db/errors';

export function keyId(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex');
}

export function generateKeyPair(): { privatePem: string; publicPem: string; keyid: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyid: keyId(publicKey),
  };
}

/** A public Ed25519 key from PEM (or a KeyObject passed through); anything else throws. */
export function loadPublicKey(key: string | KeyObject): KeyObject {
  let object: KeyObject;
  try {
    object = typeof key === 'string' ? createPublicKey(key) : key;
  } catch (error) {
    throw new CatalogueError(
      'INVALID_ARGUMENT',
      `Not a public key in PEM format: ${(error as Error).message}`,
    );
  }
  if (object.type === 'private') object = createPublicKey(object);
  if (object.asymmetricKeyType !== 'ed25519') {
    throw new CatalogueError(
      'INVALID_ARGUMENT',
      `Only Ed25519 keys are accepted (this one is ${object.asymmetricKeyType ?? object.type}).`,
    );
  }
  return object;
}

export function loadPrivateKey(pem: string): KeyObject {
  let object: KeyObject;
  try {
    object = createPrivateKey(pem);
  } catch (error) {
    throw new CatalogueError(
      'INVALID_ARGUMENT',
      `Not a private key in PEM format: ${(error as Error).message}`,
    );
  }
  if (object.asymmetricKeyType !== 'ed25519') {
    throw new CatalogueError(
      'INVALID_ARGUMENT',
      `Only Ed25519 signing keys are accepted (this one is ${object.asymmetricKeyType ?? 'unknown'}).`,
    );
  }
  return object;
}

/** A signing key from a PEM file; a file that cannot be read or is no such key names the file. */
export function readPrivateKeyFile(path: string): KeyObject {
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CatalogueError(
      'INVALID_ARGUMENT',
      `Cannot read the signing key ${path}: ${(error as Error).message}`,
    );
  }
  try {
    return loadPrivateKey(pem);
  } catch (error) {
    throw new CatalogueError('INVALID_ARGUMENT', `${path}: ${(error as Error).message}`);
  }
}

/** Trusted keys by id; duplicates collapse. */
export function trustMap(keys: readonly (string | KeyObject)[]): Map<string, KeyObject> {
  const map = new Map<string, KeyObject>();
  for (const key of keys) {
    const object = loadPublicKey(key);
    map.set(keyId(object), object);
  }
  return map;
}

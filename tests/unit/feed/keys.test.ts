/**
 * Keys and signatures: stable key ids, the app's built-in trusted keys, strict decoding of the
 * signed envelope, and the location rules that decide which addresses may be contacted.
 */
import { createHash, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFeedConfig } from '../../../feed/app-config';
import { FeedError } from '../../../feed/errors';
import { keyId, loadPublicKey } from '../../../feed/keys';
import { checkUrlAllowed, resolveFeed } from '../../../feed/location';
import { FEED_ADVICE } from '../../../feed/messages';
import { signIndex, verifiedBytes } from '../../../feed/sign';
import { trustMap } from '../../../feed/keys';
import { devKey, devPublicPem } from './helpers';

describe('keys', () => {
  it('identifies a key by the sha256 of its SPKI DER, the same from its private or public half', () => {
    const key = devKey();
    const der = createPublicKey(key).export({ type: 'spki', format: 'der' });
    expect(keyId(key)).toBe(createHash('sha256').update(der).digest('hex'));
    expect(keyId(loadPublicKey(devPublicPem()))).toBe(keyId(key));
  });

  it('builds the app trusting no key out of the box, on its default https feed and channel', () => {
    const config = loadFeedConfig(undefined, {});
    expect(config).toMatchObject({ channel: 'stable', keys: [], devTrust: false });
    expect(config.url).toMatch(/^https:\/\//);
    expect(loadFeedConfig(undefined, { CATALOGUE_DEV_TRUST: '0' }).keys).toEqual([]);
    expect(loadFeedConfig(undefined, { CATALOGUE_DEV_TRUST: '' }).keys).toEqual([]);
  });

  it('trusts the development keys only when CATALOGUE_DEV_TRUST=1 says so', () => {
    const config = loadFeedConfig(undefined, { CATALOGUE_DEV_TRUST: '1' });
    expect(config.devTrust).toBe(true);
    expect(config.keys.map((pem) => keyId(loadPublicKey(pem)))).toEqual([
      keyId(devKey('dev-active')),
      keyId(devKey('dev-backup')),
    ]);
    expect(() => loadFeedConfig(undefined, { CATALOGUE_DEV_TRUST: 'yes' })).toThrow(
      /^CATALOGUE_DEV_TRUST="yes" is not understood: set it to 1 .*, or unset it\.$/,
    );
  });

  it('keeps no development key among the keys a build ships (config/)', () => {
    const shipped = readdirSync(new URL('../../../config/keys/', import.meta.url));
    expect(shipped.filter((name) => name.endsWith('.pem'))).toEqual([]);
  });

  it('refuses keys that are not Ed25519', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() =>
      loadPublicKey(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
    ).toThrow(/Ed25519/);
  });
});

describe('the signed envelope', () => {
  const trusted = trustMap([devPublicPem()]);
  const metadata = Buffer.from('{"schema":"metacluster-feed/1"}');

  it('returns the exact signed bytes when a trusted signature verifies', () => {
    expect(
      verifiedBytes(Buffer.from(signIndex(metadata, [devKey()])), trusted).equals(metadata),
    ).toBe(true);
  });

  it('accepts one good signature among unknown ones (threshold 1)', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const index = signIndex(metadata, [privateKey, devKey()]);
    expect(verifiedBytes(Buffer.from(index), trusted).equals(metadata)).toBe(true);
  });

  it('refuses non-canonical base64 that Node would otherwise decode leniently', () => {
    const sig = sign(null, metadata, devKey()).toString('base64');
    const index = JSON.stringify({
      signed: `${metadata.toString('base64')}!!`,
      signatures: [{ keyid: keyId(devKey()), sig }],
    });
    expect(() => verifiedBytes(Buffer.from(index), trusted)).toThrow(FeedError);
  });
});

describe('addresses', () => {
  const code = (fn: () => unknown) => {
    try {
      fn();
      return 'allowed';
    } catch (error) {
      return (error as FeedError).code;
    }
  };

  it('allows https anywhere and plain http only on this computer', () => {
    expect(code(() => resolveFeed('https://feed.example.org/catalogue/'))).toBe('allowed');
    expect(code(() => resolveFeed('http://127.0.0.1:8080/'))).toBe('allowed');
    expect(code(() => resolveFeed('http://[::1]:8080/feed.json'))).toBe('allowed');
    expect(code(() => resolveFeed('http://localhost/'))).toBe('allowed');
    expect(code(() => resolveFeed('http://feed.example.org/'))).toBe('NETWORK');
    expect(code(() => resolveFeed('ftp://feed.example.org/'))).toBe('NETWORK');
    expect(code(() => resolveFeed('https://user:pw@feed.example.org/'))).toBe('NETWORK');
  });

  it('finds feed.json under a base URL or folder', () => {
    expect(resolveFeed('https://h.example/x')).toMatchObject({
      kind: 'http',
      index: new URL('https://h.example/x/feed.json'),
    });
    expect(resolveFeed('/media/usb/feed')).toEqual({
      kind: 'folder',
      index: '/media/usb/feed/feed.json',
    });
    expect(resolveFeed('file:///media/usb/feed/feed.json')).toEqual({
      kind: 'folder',
      index: '/media/usb/feed/feed.json',
    });
  });

  it('never follows a redirect from https to plain http, even to this computer', () => {
    const https = new URL('https://feed.example.org/feed.json');
    expect(
      code(() => {
        checkUrlAllowed(new URL('http://127.0.0.1/feed.json'), https);
      }),
    ).toBe('NETWORK');
    const loopback = new URL('http://127.0.0.1:1/feed.json');
    expect(
      code(() => {
        checkUrlAllowed(new URL('http://127.0.0.1:2/feed.json'), loopback);
      }),
    ).toBe('allowed');
  });
});

describe('messages', () => {
  it('has a sentence saying what to do for every code', () => {
    for (const sentence of Object.values(FEED_ADVICE)) expect(sentence).toMatch(/^[A-Z].{30,}\.$/);
  });
});

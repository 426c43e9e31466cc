import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRelease, developmentKeyIds } from '../../../../build/release/release-checks';
import { replaceCatalogue } from '../../../../db/catalogue-store';
import { openDatabase } from '../../../../db/connection';
import { validateCatalogue } from '../../../../catalogue-format/validate';
import { loadTaxonomy } from '../../../../db/taxonomy';
import { generateKeyPair } from '../../../../feed/keys';
import { useTempDir } from '../../../support/temp-dir';

const root = new URL('../../../../', import.meta.url);
const devKeys = developmentKeyIds(new URL('tests/fixtures/keys/', root));

const dir = useTempDir('mcc-release-');

function bundledCatalogue(): string {
  const path = join(dir(), 'catalogue.sqlite');
  const taxonomy = loadTaxonomy();
  const source = validateCatalogue(
    JSON.parse(readFileSync(new URL('catalogue/network.json', root), 'utf8')),
    taxonomy,
  );
  if (!source.ok) throw new Error('the bundled catalogue must be valid');
  const db = openDatabase(path);
  replaceCatalogue(db, source.catalogue, { version: 0, source: 'bundled' });
  db.close();
  return path;
}

/** A feed config in the temp dir: the given address and freshly generated or dev keys. */
function feedConfig(url: string, keys: 'production' | 'development' | 'single'): URL {
  mkdirSync(join(dir(), 'keys'));
  const files: string[] = [];
  if (keys === 'development') {
    for (const name of ['dev-active.pub.pem', 'dev-backup.pub.pem']) {
      copyFileSync(new URL(`tests/fixtures/keys/${name}`, root), join(dir(), 'keys', name));
      files.push(`keys/${name}`);
    }
  } else {
    for (const name of keys === 'single' ? ['active'] : ['active', 'backup']) {
      writeFileSync(join(dir(), 'keys', `${name}.pub.pem`), generateKeyPair().publicPem);
      files.push(`keys/${name}.pub.pem`);
    }
  }
  const path = join(dir(), 'feed.json');
  writeFileSync(path, JSON.stringify({ url, channel: 'stable', keys: files }));
  return pathToFileURL(path);
}

describe('release checks before packaging', () => {
  it('pass with a bundled catalogue, an https feed address and two production keys', () => {
    const problems = checkRelease({
      cataloguePath: bundledCatalogue(),
      feedConfigUrl: feedConfig('https://catalogue.clusterscord.eu/feed/', 'production'),
      forbiddenKeyIds: devKeys,
    });
    expect(problems).toEqual([]);
  });

  it('stop a build without the bundled catalogue, saying how to make it', () => {
    const problems = checkRelease({
      cataloguePath: join(dir(), 'missing.sqlite'),
      feedConfigUrl: feedConfig('https://catalogue.clusterscord.eu/feed/', 'production'),
      forbiddenKeyIds: devKeys,
    });
    expect(problems).toEqual([expect.stringContaining('npm run build:catalogue')]);
  });

  it('stop a build whose catalogue database is empty', () => {
    const path = join(dir(), 'empty.sqlite');
    openDatabase(path).close();
    const problems = checkRelease({
      cataloguePath: path,
      feedConfigUrl: feedConfig('https://catalogue.clusterscord.eu/feed/', 'production'),
      forbiddenKeyIds: devKeys,
    });
    expect(problems).toEqual([expect.stringContaining('is empty')]);
  });

  it.each([
    ['http://catalogue.clusterscord.eu/feed/', 'must use https'],
    ['https://catalogue.metacluster.example/feed/', 'can never be reached'],
    ['not a url', 'is not a URL'],
  ])('stop a build with the feed address %s', (url, message) => {
    const problems = checkRelease({
      cataloguePath: bundledCatalogue(),
      feedConfigUrl: feedConfig(url, 'production'),
      forbiddenKeyIds: devKeys,
    });
    expect(problems).toEqual([expect.stringContaining(message)]);
  });

  it('stop a build that trusts the public development keys', () => {
    const catalogue = bundledCatalogue();
    expect(
      checkRelease({
        cataloguePath: catalogue,
        feedConfigUrl: feedConfig('https://catalogue.clusterscord.eu/feed/', 'development'),
        forbiddenKeyIds: devKeys,
      }),
    ).toEqual([expect.stringContaining('development key')]);
  });

  it('stop a build that trusts a single key', () => {
    expect(
      checkRelease({
        cataloguePath: bundledCatalogue(),
        feedConfigUrl: feedConfig('https://catalogue.clusterscord.eu/feed/', 'single'),
        forbiddenKeyIds: devKeys,
      }),
    ).toEqual([expect.stringContaining('backup key')]);
  });

  it('stop a build made with the development trust switch on', () => {
    const problems = checkRelease({
      cataloguePath: bundledCatalogue(),
      feedConfigUrl: feedConfig('https://catalogue.clusterscord.eu/feed/', 'production'),
      forbiddenKeyIds: devKeys,
      env: { CATALOGUE_DEV_TRUST: '1' },
    });
    expect(problems).toEqual([expect.stringMatching(/^CATALOGUE_DEV_TRUST is set: .* unset it/)]);
  });

  it('stop a build that ships a development key in config/, even one it does not list', () => {
    const config = feedConfig('https://catalogue.clusterscord.eu/feed/', 'production');
    copyFileSync(
      new URL('tests/fixtures/keys/dev-backup.pub.pem', root),
      join(dir(), 'keys', 'spare.pub.pem'),
    );
    const problems = checkRelease({
      cataloguePath: bundledCatalogue(),
      feedConfigUrl: config,
      forbiddenKeyIds: devKeys,
      env: {},
    });
    expect(problems).toEqual([
      expect.stringMatching(/^keys\/spare\.pub\.pem in .* is a development key/),
    ]);
  });

  it('stop a build that trusts no key, as the repository is configured out of the box', () => {
    const problems = checkRelease({
      cataloguePath: bundledCatalogue(),
      feedConfigUrl: new URL('config/feed.json', root),
      forbiddenKeyIds: devKeys,
      env: {},
    });
    expect(problems).toEqual([
      expect.stringContaining('can never be reached'),
      expect.stringContaining('trusts no key'),
    ]);
  });

  it('let a local test package (--dev) through without production keys, never with the development ones', () => {
    const local = {
      cataloguePath: bundledCatalogue(),
      forbiddenKeyIds: devKeys,
      env: {},
      development: true,
    };
    expect(checkRelease({ ...local, feedConfigUrl: new URL('config/feed.json', root) })).toEqual(
      [],
    );
    expect(
      checkRelease({
        ...local,
        feedConfigUrl: feedConfig('https://catalogue.metacluster.example/', 'development'),
      }),
    ).toEqual([expect.stringContaining('trusts 2 development key(s)')]);
    expect(
      checkRelease({
        ...local,
        feedConfigUrl: new URL('config/feed.json', root),
        env: { CATALOGUE_DEV_TRUST: '1' },
      }),
    ).toEqual([expect.stringContaining('CATALOGUE_DEV_TRUST is set')]);
  });

  it('recognise the committed development keys', () => {
    expect(devKeys.size).toBe(2);
  });
});

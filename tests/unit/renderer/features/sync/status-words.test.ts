// @vitest-environment jsdom
/**
 * The update status in words (#13, #15.6): each state with its times, "Offline" only when the
 * system is offline or the last attempt got no answer, and a NETWORK failure worded by where it
 * went — a folder, a host that answered without a feed, a host that did not answer.
 */
import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../../../contract';
import { errorSentence } from '../../../../../renderer/src/features/sync/error-text';
import { statusWords } from '../../../../../renderer/src/features/sync/status-words';
import { initI18n } from '../../../../../renderer/src/i18n/index';

const i18n = initI18n('en');
const t = i18n.t;
const NOW = new Date('2026-12-06T14:00:00');
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000).toISOString();

const STATUS: SyncStatus = {
  version: 3,
  source: 'feed',
  channel: 'stable',
  issued: '2026-12-01T08:00:00.000Z',
  expires: '2027-01-01T08:00:00.000Z',
  appliedAt: minutesAgo(60),
  lastCheck: minutesAgo(3),
  lastSuccess: minutesAgo(3),
  lastError: null,
  feedUrl: 'https://feed.example.org/catalogue/',
  syncing: false,
  state: 'up-to-date',
  outOfDateSince: null,
  nextCheck: new Date(NOW.getTime() + 6 * 3_600_000).toISOString(),
  autoUpdate: true,
  checkEvery: '6h',
};

const context = { t, locale: 'en', now: NOW, systemOnline: true, syncing: false };
const words = (status: Partial<SyncStatus>, more: Partial<typeof context> = {}) =>
  statusWords({ ...STATUS, ...status }, { ...context, ...more });
const at = (iso: string) => new Date(iso).toLocaleTimeString('en', { timeStyle: 'short' });

describe('the status in words', () => {
  it('up to date: when it was checked, and when it checks next; a quiet badge', () => {
    const w = words({});
    expect(w.headline).toBe('Up to date — checked 3 minutes ago');
    expect(w.detail).toBe(`Next automatic check at ${at(STATUS.nextCheck ?? '')}.`);
    expect(w).toMatchObject({ tone: 'ok', badge: 'Up to date' });
    expect(words({ lastSuccess: minutesAgo(0.2) }).headline).toBe('Up to date — checked just now');
    expect(words({ autoUpdate: false, nextCheck: null }).detail).toMatch(
      /^Automatic updates are off/,
    );
  });

  it('offline when the host gave no answer: last checked, next try, and the host named', () => {
    const next = minutesAgo(-2);
    const w = words({
      state: 'offline',
      lastCheck: minutesAgo(5),
      nextCheck: next,
      lastError: {
        code: 'NETWORK',
        message: 'connect ECONNREFUSED',
        at: minutesAgo(5),
        feed: 'https://feed.example.org/catalogue/feed.json',
        unreachable: true,
      },
    });
    expect(w.headline).toBe(`Offline — last checked 5 minutes ago, next try at ${at(next)}`);
    expect(w.detail).toMatch(/^feed\.example\.org could not be reached: this computer is offline/);
    expect(w).toMatchObject({ tone: 'warning', badge: 'Offline' });
  });

  it('offline while the system says so, whatever the last check found; cleared with it', () => {
    const offline = words({}, { systemOnline: false });
    expect(offline).toMatchObject({ kind: 'system-offline', badge: 'Offline' });
    expect(offline.headline).toBe('Offline — last checked 3 minutes ago');
    expect(offline.detail).toMatch(/^This computer is offline\./);
    expect(words({}, { systemOnline: true }).badge).toBe('Up to date');
  });

  it('a missing folder is a refusal naming the folder, not "offline" and not the internet', () => {
    const w = words({
      state: 'refused',
      lastCheck: minutesAgo(1),
      lastError: {
        code: 'NETWORK',
        message: '/media/usb/catalogue/feed.json does not exist.',
        at: minutesAgo(1),
        feed: '/media/usb/catalogue/feed.json',
        unreachable: false,
      },
    });
    expect(w).toMatchObject({ tone: 'error', badge: 'Update refused' });
    expect(w.headline).toBe('The last update was refused (1 minute ago)');
    expect(w.detail).toBe(
      'The folder /media/usb/catalogue could not be read: it does not exist or holds no catalogue. Check that the USB stick is plugged in and the path is right.',
    );
    expect(`${w.headline} ${w.detail}`).not.toMatch(/offline|internet/i);
  });

  it('a host that answered without a feed is named; a refusal keeps its own sentence', () => {
    const reached = {
      code: 'NETWORK',
      message: 'HTTP 404',
      feed: 'http://127.0.0.1:8080/feed.json',
      unreachable: false,
    };
    expect(errorSentence(t, reached)).toBe(
      '127.0.0.1:8080 answered, but offers no catalogue at this address. Check the update address in Settings.',
    );
    expect(errorSentence(t, { ...reached, feed: 'file:///media/usb/feed.json' })).toMatch(
      /^The folder \/media\/usb could not be read/,
    );
    expect(errorSentence(t, { ...reached, code: 'BAD_SIGNATURE' })).toMatch(/not signed/);
    // Without the place (an old server), a sentence that does not guess.
    expect(errorSentence(t, { code: 'NETWORK', message: '' })).not.toMatch(/internet connection/);
  });

  it('out of date: since when, and that everything keeps working', () => {
    const w = words({ state: 'out-of-date', outOfDateSince: '2026-12-01T08:00:00.000Z' });
    expect(w.headline).toBe('May be out of date since Dec 1, 2026');
    expect(w.detail).toMatch(/Everything keeps working/);
    expect(w.badge).toBe('May be out of date');
  });

  it('a check in progress, and never checked', () => {
    expect(words({}, { syncing: true })).toMatchObject({
      kind: 'checking',
      headline: 'Checking for updates…',
    });
    expect(words({ state: 'never-checked', lastCheck: null, lastSuccess: null }).headline).toBe(
      'Not checked for updates yet',
    );
  });
});

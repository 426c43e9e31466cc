/**
 * What the handler table needs from its host (the app core that the Electron main process, web
 * mode and the command line open): the open database and search engine, where pushed events
 * go, and how an export reaches the user (a one-time download in web mode, a native save
 * dialog on the desktop, a file or standard output on the command line).
 */
import type { Db } from '../db/sqlite';
import type { SearchEngine } from '../db/search/types';
import type { Taxonomy } from '../catalogue-format/taxonomy-types';
import type { AppMode, ExportFormat } from '../contract/lists';
import type { EventHub } from './event-hub';

/** Where one export file is being written. */
interface ExportDestination {
  stream: NodeJS.WritableStream;
  /**
   * The writer is done: end and flush the stream and make the file available; returns what the
   * caller tells the user.
   */
  commit(): Promise<{ downloadUrl?: string; savedTo?: string }>;
  /**
   * Writing failed with `error`: remove what was written (no partial file is ever left behind).
   * Resolves with the error to report (a destination may say in its own words what failed).
   */
  abort(error: unknown): Promise<unknown>;
}

export interface ExportTarget {
  /** A destination for `fileName`, or null when the user cancelled (desktop save dialog). */
  open(fileName: string, format: ExportFormat): Promise<ExportDestination | null>;
}

export interface FeedConfig {
  /** The feed address the app was built with (settings may override it). */
  defaultUrl: string;
  /** Trusted public keys (PEM), active and backup. */
  trust: readonly string[];
  /** The channel this app follows (default: the feed module's default, "stable"). */
  channel?: string;
  /**
   * The address to sync from whatever the settings say (`catalogue sync --feed`): one run's
   * choice, never stored.
   */
  runUrl?: string;
  /** Deadline for the network part of a sync, in ms (default: the feed module's). */
  timeoutMs?: number;
}

/**
 * Who is calling, decided by the transport for each call and passed to the handler with its
 * arguments, so no handler guesses from headers or addresses itself.
 */
export interface Caller {
  /**
   * The call comes from this computer: the desktop app, or web mode bound to loopback. Only such
   * a caller may name things on this computer's disk (a folder or `file:` feed): from the network,
   * the answers would let anyone probe the server's file system.
   */
  local: boolean;
}

/** The desktop app, the command line and web mode on loopback. */
export const LOCAL_CALLER: Caller = Object.freeze({ local: true });
/** Web mode reachable from the network. */
export const NETWORK_CALLER: Caller = Object.freeze({ local: false });

export interface HandlerContext {
  db: Db;
  /**
   * The database file, when there is one: a sync applies its changes on a second connection to
   * it, so searches keep answering from the old version until the new one commits.
   */
  dbPath?: string;
  engine: SearchEngine;
  taxonomy: Taxonomy;
  events: EventHub;
  exportTarget: ExportTarget;
  mode: AppMode;
  appName: string;
  appVersion: string;
  /** Overrides the built-in feed configuration (tests point it at a local feed). */
  feed?: FeedConfig;
  /** Today's date as YYYY-MM-DD (tests pin it); default: the real date in UTC. */
  today?: () => string;
}

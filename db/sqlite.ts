/**
 * The type of an open catalogue database. It has a file of its own so that every module can
 * name it without importing the opener (connection.ts), which imports the migrations and the
 * rebuilds of derived data they declare, and so most of db/.
 */
import type Database from 'better-sqlite3';

export type Db = Database.Database;

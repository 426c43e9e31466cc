/**
 * Child process of the upgrade crash test: opens (so migrates) the database at argv[2],
 * printing "ready" just before, so the parent can SIGKILL it at a random moment inside the
 * migrations' transaction, and "done" once the database is open at the current version.
 */
import { openDatabase } from '../../../db/connection';

const [path = ''] = process.argv.slice(2);
process.stdout.write('ready\n');
openDatabase(path).close();
process.stdout.write('done\n');

/**
 * The command line of a build script (`npm run generate -- ...`): strict `node:util`
 * parseArgs plus `--help`/`-h`. A bad option exits 2 with one line naming it; --help prints
 * the usage and exits 0.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
const HELP = { help: { type: 'boolean', short: 'h' } } as const;
type Values<T extends Options> = ReturnType<
  typeof parseArgs<{ options: T & typeof HELP; strict: true }>
>['values'];

export function scriptOptions<const T extends Options>(
  script: string,
  options: T,
  usage: string,
): Values<T> {
  let values: Values<T>;
  try {
    values = parseArgs({ options: { ...options, ...HELP }, strict: true }).values;
  } catch (error) {
    process.stderr.write(`${script}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
  // A generic T hides the help flag from the type; it is always there.
  if ((values as { help?: boolean }).help === true) {
    process.stdout.write(usage);
    process.exit(0);
  }
  return values;
}

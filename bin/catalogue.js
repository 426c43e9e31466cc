#!/usr/bin/env node
// The `catalogue` command. TypeScript sources run through tsx's loader, so the
// command works straight after `npm ci` with no separate compile step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));

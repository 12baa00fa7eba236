#!/usr/bin/env node
// The `peilian` command: loads TypeScript through tsx, then runs the CLI in src/cli/main.ts.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli/main.ts', import.meta.url).href);

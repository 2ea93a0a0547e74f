#!/usr/bin/env node
// The `kith` command. Runs the TypeScript sources through tsx so there is no build step to drift.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');

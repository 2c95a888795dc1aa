#!/usr/bin/env node
// The published bin runs the TypeScript entry through tsx, so there is no separate build step to
// forget. It does so in this very process (tsx's loader registered here, then the entry imported)
// rather than by starting tsx's CLI: a signal sent to this pid then reaches the bot itself, which
// stops cleanly and frees its port, instead of killing a wrapper and orphaning the bot; and there
// is one Node start-up instead of three processes.
import { register } from 'tsx/esm/api';

// The project's own tsconfig, wherever the command is started from.
register({ tsconfig: new URL('../tsconfig.json', import.meta.url).pathname });
await import('../adapters/cli/main.ts');

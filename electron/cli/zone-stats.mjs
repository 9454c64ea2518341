#!/usr/bin/env node
// The installed `zone-stats` bin: the command line is TypeScript, run through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');

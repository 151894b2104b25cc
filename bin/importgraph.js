#!/usr/bin/env node
// The installed command: everything lives in the library; this only sets the exit code.
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));

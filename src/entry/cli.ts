#!/usr/bin/env node
// The CLI's entry (package.json `bin`).
import { runCliProcess } from '../bundle.js';

process.exitCode = await runCliProcess(process.argv.slice(2), process.env);

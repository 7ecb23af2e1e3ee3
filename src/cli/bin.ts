#!/usr/bin/env node
import { installProcessGuards, main } from './main.js';

installProcessGuards(process.stderr);
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });

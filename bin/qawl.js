#!/usr/bin/env node
// The `qawl` command: the compiled CLI (built on `npm install` by the prepare script).
require('../dist/cli.js');

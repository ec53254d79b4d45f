#!/usr/bin/env node
// The installed `summit-kg` command: runs the bundled CLI (npm install builds dist/ through `prepare`).
// Plain `node` on the #! line, which any env runs (BusyBox's, in Alpine images, has no -S for flags):
// to serve with npm start's V8 helper pool, set NODE_OPTIONS=--v8-pool-size=0 (README, Command line).
const { runAsProgram } = await import('../../dist/bundle/main.js');
await runAsProgram();

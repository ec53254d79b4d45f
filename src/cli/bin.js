#!/usr/bin/env -S node --v8-pool-size=0
// The installed `summit-kg` command: runs the bundled CLI (npm install builds dist/ through `prepare`).
// With npm start's node flags (package.json's scripts): --v8-pool-size=0 sizes V8's helper threads to
// the machine (one fewer than its cores) instead of Node's fixed four, whose malloc arenas an idle
// server kept: 10 MB of resident memory on two cores.
const { runAsProgram } = await import('../../dist/bundle/main.js');
await runAsProgram();

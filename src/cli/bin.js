#!/usr/bin/env node
// The installed `summit-kg` command: runs the bundled CLI (npm install builds dist/ through `prepare`).
const { runAsProgram } = await import('../../dist/bundle/main.js');
await runAsProgram();

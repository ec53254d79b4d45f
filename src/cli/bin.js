#!/usr/bin/env node
// The installed `summit-kg` command: runs the built CLI (npm install builds dist/ through `prepare`).
const { runAsProgram } = await import('../../dist/cli/main.js');
await runAsProgram();

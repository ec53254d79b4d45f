// The workbench's browser files: served from the build's folder with their type and an ETag, a
// revalidation answered 304, and nothing else of that folder served.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OperationRequest } from '../../src/operation.ts';
import { assetOperation } from '../../src/workbench/assets.ts';

const dir = `${mkdtempSync(join(tmpdir(), 'workbench-'))}/`;
writeFileSync(`${dir}workbench.js`, 'console.log(1);');
writeFileSync(`${dir}build.js`, 'secret');
const serve = assetOperation(dir);
const request = (file: string, headers: Record<string, string> = {}): OperationRequest => ({
  method: 'GET',
  path: `/assets/workbench/${file}`,
  pathParams: { file },
  params: {},
  header: (name) => headers[name.toLowerCase()],
  baseUrl: 'http://localhost',
  client: 'test',
});

describe('the workbench files', () => {
  it('should serve the script with its type, an ETag and an hour of caching', async () => {
    const reply = await serve(request('workbench.js'));
    expect(reply.status).toBe(200);
    expect(String(reply.body)).toBe('console.log(1);');
    expect(reply.headers).toMatchObject({
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    });
    const again = await serve(request('workbench.js', { 'if-none-match': reply.headers.ETag ?? '' }));
    expect(again.status).toBe(304);
  });

  it('should refuse a file that is not one of the workbench’s, and say how to build a missing one', async () => {
    await expect(serve(request('build.js'))).rejects.toThrow("No workbench file is called 'build.js'.");
    await expect(serve(request('workbench.css'))).rejects.toThrow(
      "The workbench's workbench.css is not built: run 'npm run build'.",
    );
  });
});

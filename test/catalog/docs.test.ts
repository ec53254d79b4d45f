// The interactive OpenAPI page (GET /api/docs/): Swagger UI from the swagger-ui-dist package, served
// by this server under its content security policy, started by a local script (test/browser runs it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let response: Response;
let html: string;
beforeAll(async () => {
  server = sharedServer('fixtures');
  response = await server.get('/api/docs/');
  html = await response.text();
});
afterAll(async () => {
  await server?.close();
});

describe('GET /api/docs/', () => {
  it('should be a page that points Swagger UI at the OpenAPI document', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html).toContain(`<div id="swagger-ui" data-spec="${server.url}/api/openapi.json"></div>`);
  });

  it('should load its scripts and styles from this server, with no inline script', () => {
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    expect(scripts).toEqual([
      ' src="/assets/search.js" defer',
      ' src="/assets/swagger-ui/swagger-ui-bundle.js" defer',
      ' src="/assets/api-docs.js" defer',
    ]);
    expect(html).toContain('<link rel="stylesheet" href="/assets/swagger-ui/swagger-ui.css">');
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)[^"]*\.(js|css)"/);
  });

  it('should be allowed by the content security policy: scripts from this origin only', () => {
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('should serve Swagger UI’s script and styles from the package, and nothing else of it', async () => {
    const script = await server.get('/assets/swagger-ui/swagger-ui-bundle.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toContain('SwaggerUIBundle');
    const styles = await server.get('/assets/swagger-ui/swagger-ui.css');
    expect(styles.headers.get('content-type')).toBe('text/css; charset=utf-8');
    // The package's demo page (which loads the Petstore example) is not served.
    expect((await server.get('/assets/swagger-ui/index.html')).status).toBe(404);
    expect((await server.get('/assets/api-docs.js')).status).toBe(200);
  });

  it('should be reachable without the final slash', async () => {
    expect(await (await server.get('/api/docs')).text()).toBe(html);
  });
});

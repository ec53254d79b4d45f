// The query workbench: /sparql for browsers (an editor that knows the graph's names, results with
// labels, charts and a map), the examples gallery, and the endpoints the editor calls. The browser
// side lives in browser/, bundled by build.ts.
export { ASSET_DIR, ASSET_TYPES } from './assets.ts';
export { Completer, type Suggestion } from './complete.ts';
export { Gallery, VIEWS, type ViewName } from './gallery.ts';
export { Workbench, type WorkbenchOperations } from './handler.ts';
export { wantsWorkbench } from './negotiate.ts';
export { STARTER } from './page.ts';

// Node's WebAssembly global, which the ES library types leave out: what the engine's sharing uses.
declare namespace WebAssembly {
  /** Compiled code: cloned to worker threads without being compiled again. */
  class Module {
    constructor(bytes: Uint8Array);
  }
}

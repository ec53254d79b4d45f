// Where a command writes and what it reads from its environment: the process's, or a test's.
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
}

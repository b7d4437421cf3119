/** Whether dist/ holds a build of the current sources (under `at`, the project folder by default). */
export function buildIsCurrent(at?: string): boolean;
/** The program's entry module (src/cli/entry.ts or its build). */
export function loadProgram(): Promise<typeof import('../src/cli/entry.ts')>;

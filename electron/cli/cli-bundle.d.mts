// Types for cli-bundle.mjs (plain JavaScript, so bin.mjs runs without a build).
export declare const packageRoot: string;
export declare function cliPaths(root?: string): { dir: string; bundle: string; sources: string; builder: string };
export declare function cliBundleState(root?: string, command?: string): 'fresh' | 'stale' | 'missing';
export declare function canBuildCliBundle(root?: string): boolean;
export declare function buildCliBundle(root?: string): string | null;
export declare const NO_REBUILD_VARIABLE: 'DAGSORDEN_CLI_NO_REBUILD';
export declare function readyCliBundle(options?: { write?: (line: string) => void; root?: string; env?: NodeJS.ProcessEnv; command?: string }): string | undefined;

// Types for build-renderer-if-stale.mjs (plain JavaScript, so npm runs it before anything is built).
export declare const RENDERER_SOURCES: string[];
export declare const BUILD_MARK: string;
export declare function newestSource(root?: string, sources?: string[]): { path: string; mtimeMs: number } | null;
export declare function staleReason(root?: string, sources?: string[]): string | null;
export declare function buildRenderer(root?: string): number;

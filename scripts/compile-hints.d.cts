/** V8's magic comment: compile every function of this file eagerly, as it streams in. */
export declare const COMPILE_HINT: string;
/** Adds the hint to every chunk that every page runs; returns the chunks it changed, relative to distDir. */
export declare function addCompileHints(distDir: string): string[];

export function findChromium(env?: Record<string, string | undefined>): { path: string | undefined; source: string } | null;
export const HEADLESS_FLAGS: readonly string[];

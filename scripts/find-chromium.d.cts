export function findChromium(env?: Record<string, string | undefined>): { path: string | undefined; source: string } | null;

import { EXPORT_FORMAT_INFO, type ExportFormat } from './formats';

/** The URL parameter each filter is written as, where the filter's name differs from it. */
const PARAM_NAMES: Record<string, string> = { outlets: 'outlet', partners: 'partner' };

/** The longest a filter's part of a file name may be, in characters. */
const MAX_PART_LENGTH = 60;

/**
 * The parts of a file name that name the filters: `partner-NATO+EU`, `kind-news`, `q-事務総長`, in
 * the filters' order; a filter with no value is left out. Any filter the readers accept (a list, a
 * text, null for none) is named, so a filter added later needs no change here.
 */
function filterParts(filters: Record<string, unknown>): string[] {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(filters)) {
    const text = Array.isArray(value) ? value.map(String).join('+') : typeof value === 'string' || typeof value === 'number' ? String(value) : value === true ? '1' : '';
    if (text.trim() === '') continue;
    parts.push(`${PARAM_NAMES[name] ?? name}-${[...text.trim()].slice(0, MAX_PART_LENGTH).join('')}`);
  }
  return parts;
}

/** Characters no file system or header should get: separators, quotes, controls, white space. */
const UNSAFE = /[\u0000-\u001f\u007f"*/:<>?\\|\s;,\u2028\u2029]+/g;

export interface ExportFilename {
  /** The name in UTF-8 (what a browser that reads `filename*` saves). */
  name: string;
  /** The same name in ASCII, every other run of characters as `_`. */
  ascii: string;
}

/** The file name of an export: `chronology_partner-NATO_kind-news_2026-12-01.csv`. */
export function exportFilename(filters: Record<string, unknown>, format: ExportFormat, today: string): ExportFilename {
  const stem = ['chronology', ...filterParts(filters), today].map((part) => part.replace(UNSAFE, '_')).join('_');
  const name = `${stem}.${EXPORT_FORMAT_INFO[format].extension}`;
  const ascii = name.replace(/[^\u0020-\u007e]+/g, '_');
  return { name, ascii };
}

/**
 * `attachment; filename="ASCII"`, plus RFC 5987's `filename*=UTF-8''…` when the name is not
 * ASCII (a Japanese `q`), which browsers prefer to the ASCII fallback.
 */
export function contentDisposition({ name, ascii }: ExportFilename): string {
  const plain = `attachment; filename="${ascii}"`;
  if (name === ascii) return plain;
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${plain}; filename*=UTF-8''${encoded}`;
}

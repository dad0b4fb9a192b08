/**
 * On paper, a link shows where it goes: the absolute URL in its `data-print-url` (see
 * printedUrl) in brackets after its text, so a printed chronology can be followed from paper.
 * Utilities, not a stylesheet rule, as everywhere else.
 */
export const printedUrlClass =
  "print:no-underline print:after:ml-1 print:after:text-xs print:after:font-normal print:after:break-all print:after:text-muted print:after:content-['('_attr(data-print-url)_')']";

/** The attribute that carries a link's absolute URL for printedUrlClass. */
export function printedUrl(origin: string, path: string): { 'data-print-url': string } {
  return { 'data-print-url': `${origin}${path}` };
}

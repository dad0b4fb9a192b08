/**
 * On paper, a link shows where it goes: its href in brackets after its text (a path on this site;
 * the print header names the site). Utilities, not a stylesheet rule, as everywhere else.
 */
export const printedUrlClass = "print:no-underline print:after:ml-1 print:after:text-xs print:after:font-normal print:after:break-all print:after:text-muted print:after:content-['('_attr(href)_')']";

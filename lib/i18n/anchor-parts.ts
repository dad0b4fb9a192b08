/**
 * What a statement's paragraph anchor says, for every language's labels: `p-3` paragraph 3,
 * `en-3` English paragraph 3, `s1-p-2` section 1's paragraph 2, `s1-p3` the 3rd paragraph of
 * section 1, `s0-p2` the 2nd paragraph of the opening, `qa-4-p2` the 2nd paragraph of Q&A turn 4,
 * `qa-4` Q&A turn 4, `s2` section 2. The anchors are the statement pages' own ids, not words,
 * so the dictionaries share this reading and each only words it.
 */
export type AnchorParts =
  /** A paragraph counted within its section (`s0` is the opening) or within a Q&A turn. */
  | { kind: 'place'; section: string | undefined; turn: string | undefined; paragraph: string }
  | { kind: 'parts'; section: string | undefined; paragraph: string | undefined; english: string | undefined; turn: string | undefined };

export function anchorParts(anchor: string): AnchorParts {
  const place = /^(?:s(\d+)|qa-(\d+))-p(\d+)$/.exec(anchor);
  if (place?.[3]) return { kind: 'place', section: place[1], turn: place[2], paragraph: place[3] };
  return {
    kind: 'parts',
    section: /^s(\d+)(?:-|$)/.exec(anchor)?.[1],
    paragraph: /(?:^|-)p-(\d+)/.exec(anchor)?.[1],
    english: /(?:^|-)en-(\d+)/.exec(anchor)?.[1],
    turn: /^qa-(\d+)/.exec(anchor)?.[1],
  };
}

/** The paragraph number at the end of a search snippet's anchor (`p-3`, `en-3`, `s1-p-3`), if any. */
export function snippetParagraph(anchor: string | null): string | undefined {
  return anchor ? /(?:^|-)(?:p|en)-(\d+)$/.exec(anchor)?.[1] : undefined;
}

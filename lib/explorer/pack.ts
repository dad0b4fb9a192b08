import { eventPermalink, statementPermalink } from './permalinks';
import { shortTitle } from './short-title';
import type { ExplorerEvidence, ExplorerItem, ExplorerOutlet, ExplorerRef, StatementKindName } from './types';

/**
 * The explorer's items as the home page sends them to the browser: the same facts as
 * `ExplorerItem[]`, written as positional tuples and without anything the browser can derive.
 *
 * Why: the items travel inside the page's HTML (the React Server Components payload, itself a
 * JSON string inside a script), so every key name and every quote is paid once per event, and
 * escaped twice. With 10,000 events the keyed objects made `/` 7 MB. Here:
 * - keys are positions; an outlet is an index into one table;
 * - the short title and the permalink are computed in the browser;
 * - a reference's title and a related entry's title and date are looked up by id, since the
 *   target is an item too (a target that is not an item keeps its own title, so nothing is lost).
 *
 * `unpackExplorerItems(packExplorerItems(items))` deep-equals `items` (tests/unit/explorer/pack.test.ts).
 */
export interface PackedExplorerItems {
  outlets: ExplorerOutlet[];
  /** Oldest first, as the items were given. */
  items: PackedItem[];
}

/**
 * A related entry: its id and its evidence (packEvidence) when that entry is an item, else with
 * its own title and date too.
 */
type PackedLink = [id: string, evidence: string] | [id: string, evidence: string, title: string, date: string];

/**
 * A link's evidence as one string: `P:NATO:p-3,p-7|T:gcap:en-2`, a piece per `|`, kind (P partner,
 * T term), value and anchors. None of these holds `|`, `:` or `,` (partner codes are capitals,
 * terms runs of one script, anchors letters, digits and hyphens: lib/chronology/related.ts).
 */
function packEvidence(evidence: readonly ExplorerEvidence[]): string {
  return evidence.map((piece) => `${piece.kind === 'partner' ? 'P' : 'T'}:${piece.value}:${piece.anchors.join(',')}`).join('|');
}

function unpackEvidence(packed: string): ExplorerEvidence[] {
  if (packed === '') return [];
  return packed.split('|').map((piece) => {
    const [kind = '', value = '', anchors = ''] = piece.split(':');
    return { kind: kind === 'P' ? 'partner' : 'term', value, anchors: anchors ? anchors.split(',') : [] };
  });
}

/**
 * [id, outlet, date or '', resolved 1/0]: a resolved ref's title is its target's. A fifth
 * element carries the title only when that does not hold (no such ref is made today).
 */
type PackedRef = [id: string, outlet: string, date: string, resolved: 0 | 1] | [id: string, outlet: string, date: string, resolved: 0 | 1, title: string | null];

/**
 * An entry's dating beyond its day and time: 0 for a plain day (most entries), else
 * [reported date or '', reported time or '', last day of a range or '', 's' scheduled | 'b' by | ''].
 */
type PackedDating = 0 | [reportedDate: string, reportedTime: string, dateEnd: string, status: '' | 's' | 'b'];

function packDating(item: ExplorerItem): PackedDating {
  if (!item.reported && !item.dateEnd && !item.dateStatus) return 0;
  const status = item.dateStatus === 'scheduled' ? 's' : item.dateStatus === 'by' ? 'b' : '';
  return [item.reported?.date ?? '', item.reported?.time ?? '', item.dateEnd ?? '', status];
}

function unpackDating(packed: PackedDating): Pick<ExplorerItem, 'dateEnd' | 'dateStatus' | 'reported'> {
  if (packed === 0) return { dateEnd: null, dateStatus: null, reported: null };
  const [reportedDate, reportedTime, dateEnd, status] = packed;
  return {
    dateEnd: dateEnd || null,
    dateStatus: status === 's' ? 'scheduled' : status === 'b' ? 'by' : null,
    reported: reportedDate ? { date: reportedDate, time: reportedTime || null } : null,
  };
}

type PackedNews = [
  kind: 0,
  id: string,
  date: string,
  time: string,
  /** Index into `outlets`; -1 for none. */
  outletIndex: number,
  title: string,
  summary: string,
  /** Partner codes joined with commas ('' for none); codes never hold a comma. */
  partners: string,
  notes: string[],
  refs: PackedRef[],
  relatedStatements: PackedLink[],
  importance: number,
  milestone: PackedMilestone,
  dating: PackedDating,
];

/** 0: not a milestone; 1: a milestone; a string: a milestone with the editor's label. */
type PackedMilestone = 0 | 1 | string;

const packMilestone = (item: ExplorerItem): PackedMilestone => (item.milestone ? (item.milestoneLabel ?? 1) : 0);

/** The editor's label of a packed milestone, or null. */
const milestoneLabelOf = (packed: PackedMilestone): string | null => (typeof packed === 'string' ? packed : null);

type PackedStatement = [
  kind: 1,
  slug: string,
  date: string,
  title: string,
  lead: string,
  partners: string,
  statementKind: StatementKindName | null,
  relatedEvents: PackedLink[],
  importance: number,
  milestone: PackedMilestone,
  dating: PackedDating,
  /** The issuing body and the site, '' for none. */
  issuer: string,
  publisher: string,
];

type PackedItem = PackedNews | PackedStatement;

/** The query that asks for the items file gzipped by the server (app/api/explorer-items). */
export const ITEMS_GZIP_PARAM = '&encoding=gzip';

/**
 * Where the page has the explorer fetch the items file: under its version (kept for good by the
 * browser) and compressed by the server; the explorer inflates it, or drops ITEMS_GZIP_PARAM
 * where it cannot.
 */
export function explorerItemsUrl(version: string): string {
  return `/api/explorer-items?v=${version}${ITEMS_GZIP_PARAM}`;
}

export function packExplorerItems(items: readonly ExplorerItem[]): PackedExplorerItems {
  const byId = new Map(items.map((item) => [item.id, item]));
  const outlets: ExplorerOutlet[] = [];
  const outletIndex = new Map<string, number>();
  const indexOfOutlet = (outlet: ExplorerOutlet): number => {
    const key = `${outlet.key}\u0000${outlet.name}\u0000${outlet.via ?? ''}`;
    let index = outletIndex.get(key);
    if (index === undefined) {
      index = outlets.push({ key: outlet.key, name: outlet.name, via: outlet.via }) - 1;
      outletIndex.set(key, index);
    }
    return index;
  };
  // A link is just the id (and evidence) when the target item would give back the same title (and date).
  const link = (id: string, title: string, date: string, evidence: readonly ExplorerEvidence[]): PackedLink => {
    const target = byId.get(id);
    const packedEvidence = packEvidence(evidence);
    return target && target.title === title && target.date === date ? [id, packedEvidence] : [id, packedEvidence, title, date];
  };

  const packed = items.map((item): PackedItem => {
    const partners = item.partners.join(',');
    if (item.kind === 'statement') {
      return [
        1,
        item.id,
        item.date,
        item.title,
        item.summary,
        partners,
        item.statementKind,
        item.relatedEvents.map((e) => link(e.id, e.title, e.date, e.evidence)),
        item.importance,
        packMilestone(item),
        packDating(item),
        item.issuer ?? '',
        item.publisher ?? '',
      ];
    }
    return [
      0,
      item.id,
      item.date,
      item.time ?? '',
      item.outlet ? indexOfOutlet(item.outlet) : -1,
      item.title,
      item.summary,
      partners,
      item.notes,
      item.refs.map((ref) => packRef(ref, byId)),
      // A related statement's date is not shown; the title alone decides whether the id suffices.
      item.relatedStatements.map((s) => link(s.slug, s.title, byId.get(s.slug)?.date ?? '', s.evidence)),
      item.importance,
      packMilestone(item),
      packDating(item),
    ];
  });
  return { outlets, items: packed };
}

function packRef(ref: ExplorerRef, byId: ReadonlyMap<string, ExplorerItem>): PackedRef {
  const packed: PackedRef = [ref.id, ref.outlet, ref.date ?? '', ref.resolved ? 1 : 0];
  const derived = ref.resolved ? (byId.get(ref.id)?.title ?? null) : null;
  return ref.title === derived ? packed : [...packed, ref.title];
}

const splitPartners = (partners: string): string[] => (partners ? partners.split(',') : []);

/** The browser's side: the full items again, for the explorer's components. */
export function unpackExplorerItems(packed: PackedExplorerItems): ExplorerItem[] {
  const titles = new Map<string, { title: string; date: string }>();
  for (const entry of packed.items) titles.set(entry[1], { title: entry[0] === 0 ? entry[5] : entry[3], date: entry[2] });
  // The packer writes a bare id only when the target is an item.
  const resolveLink = (packedLink: PackedLink): { id: string; title: string; date: string; evidence: ExplorerEvidence[] } => {
    const [id, evidence] = packedLink;
    const own = packedLink.length === 4 ? { title: packedLink[2], date: packedLink[3] } : titles.get(id);
    return { id, title: own?.title ?? '', date: own?.date ?? '', evidence: unpackEvidence(evidence) };
  };

  return packed.items.map((entry): ExplorerItem => {
    if (entry[0] === 1) {
      const [, slug, date, title, lead, partners, statementKind, relatedEvents, importance, milestone, dating, issuer, publisher] = entry;
      return {
        kind: 'statement',
        id: slug,
        date,
        time: null,
        ...unpackDating(dating),
        title,
        shortTitle: milestoneLabelOf(milestone) ?? shortTitle(title),
        importance,
        milestone: milestone !== 0,
        milestoneLabel: milestoneLabelOf(milestone),
        outlet: null,
        partners: splitPartners(partners),
        summary: lead,
        notes: [],
        refs: [],
        relatedStatements: [],
        relatedEvents: relatedEvents.map(resolveLink),
        statementKind,
        issuer: issuer || null,
        publisher: publisher || null,
        permalink: statementPermalink(slug),
      };
    }
    const [, id, date, time, outletIndex, title, summary, partners, notes, refs, relatedStatements, importance, milestone, dating] = entry;
    const outlet = packed.outlets[outletIndex];
    const { dateEnd, dateStatus, reported } = unpackDating(dating);
    return {
      kind: 'news',
      id,
      date,
      time: time || null,
      dateEnd,
      dateStatus,
      reported,
      title,
      // Written out, not spread from a helper: one object per entry, 100,000 of them at the most.
      shortTitle: milestoneLabelOf(milestone) ?? shortTitle(title),
      importance,
      milestone: milestone !== 0,
      milestoneLabel: milestoneLabelOf(milestone),
      // One object per outlet, shared by its entries (nothing changes an entry's outlet).
      outlet: outlet ?? null,
      partners: splitPartners(partners),
      summary,
      notes,
      refs: refs.map((ref) => {
        const [refId, refOutlet, refDate, resolved] = ref;
        return {
          id: refId,
          outlet: refOutlet,
          date: refDate || null,
          resolved: resolved === 1,
          title: ref.length === 5 ? ref[4] : resolved === 1 ? (titles.get(refId)?.title ?? null) : null,
        };
      }),
      relatedStatements: relatedStatements.map((packedLink) => {
        const { id: slug, title: statementTitle, evidence } = resolveLink(packedLink);
        return { slug, title: statementTitle, evidence };
      }),
      relatedEvents: [],
      statementKind: null,
      issuer: null,
      publisher: null,
      permalink: eventPermalink(id),
    };
  });
}

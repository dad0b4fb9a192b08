import clsx from 'clsx';
import type { ExplorerEvidence } from '@/lib/explorer';
import type { ClientStrings } from './i18n/client-strings';
import { Sentence } from './i18n/SourceText';
import { TextLink } from './ui/text-link';

interface RelatedEvidenceProps {
  evidence: readonly ExplorerEvidence[];
  /** The statement's page (`/statements/<slug>`, or '' on that page itself): each passage links to its anchor there. */
  statementHref: string;
  /** A partner code's display name. */
  partnerLabel: (code: string) => string;
  className?: string;
  t: Pick<ClientStrings, 'ui' | 'pages'>;
}

/**
 * Why a statement and an event are related (lib/chronology/related.ts): the partner the
 * statement names, or the term of the event's title it shares, and the passages where it does,
 * each a link to its anchor on the statement's page. Every value is React text.
 */
export function RelatedEvidence({ evidence, statementHref, partnerLabel, className, t }: RelatedEvidenceProps) {
  const ja = t.ui;
  return (
    <ul aria-label={ja.related.evidenceLabel} className={clsx('text-sm text-muted', className)}>
      {evidence.map((piece) => (
        <li key={`${piece.kind}-${piece.value}`} data-evidence={piece.kind}>
          {piece.kind === 'partner' ? ja.related.namesPartner(partnerLabel(piece.value)) : <Sentence sentence={ja.related.sharesTerm} value={piece.value} />}{' '}
          {piece.anchors.map((anchor, index) => (
            <span key={anchor}>
              {index > 0 ? t.pages.listComma : null}
              <TextLink href={`${statementHref}#${anchor}`}>{ja.related.anchorLabel(anchor)}</TextLink>
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

'use client';

import { useState } from 'react';
import type { PlaygroundWords } from '@/lib/i18n/playground-strings';
import type { PreviewAnswer } from '@/lib/playground/protocol';
import { Button } from '@/app/_components/ui/button';
import { textLinkClass } from '@/app/_components/ui/text-link';

/** The preview's tab: a second "Open" shows the new preview in the same tab rather than in one more. */
const PREVIEW_TARGET = 'playground-preview';

type Status = { kind: 'preparing' } | { kind: 'kept'; count: number; opened: boolean } | { kind: 'failed' | 'storage-failed' };

interface OpenInExplorerProps {
  strings: PlaygroundWords;
  /** Whether a parse of the current text, with something to show, is there. */
  ready: boolean;
  fileName: string;
  keepPreview: (fileName: string) => Promise<PreviewAnswer | null>;
}

/**
 * "Open in the explorer": the worker keeps the parse's entries in this browser's storage, then the
 * preview page (this page's path + /preview) opens in a tab of its own and shows them with the
 * explorer's components. Where the browser blocks the new tab, a link opens it.
 */
export function OpenInExplorer({ strings, ready, fileName, keepPreview }: OpenInExplorerProps) {
  const [status, setStatus] = useState<Status | null>(null);
  const [href, setHref] = useState<string | null>(null);

  const open = async () => {
    setStatus({ kind: 'preparing' });
    const answer = await keepPreview(fileName);
    if (!answer || answer.count === null) {
      setStatus({ kind: answer?.reason && answer.reason !== 'stale' ? 'storage-failed' : 'failed' });
      return;
    }
    const previewPath = `${location.pathname.replace(/\/$/, '')}/preview`;
    setHref(previewPath);
    setStatus({ kind: 'kept', count: answer.count, opened: window.open(previewPath, PREVIEW_TARGET) !== null });
  };

  return (
    <div className="space-y-2">
      <Button disabled={!ready || status?.kind === 'preparing'} onClick={() => void open()}>
        {strings.preview.open}
      </Button>
      <p className="text-sm text-secondary">{strings.preview.openNote}</p>
      <div aria-live="polite">
        {status?.kind === 'preparing' ? <p>{strings.preview.preparing}</p> : null}
        {status?.kind === 'failed' ? <p role="status">{strings.preview.failed}</p> : null}
        {status?.kind === 'storage-failed' ? <p role="status">{strings.preview.storageFailed}</p> : null}
        {status?.kind === 'kept' ? (
          <p role="status">
            {status.opened ? `${strings.preview.opened(status.count)} ` : `${strings.preview.blocked} `}
            {href ? (
              <a href={href} target={PREVIEW_TARGET} className={textLinkClass}>
                {strings.preview.openLink}
              </a>
            ) : null}
          </p>
        ) : null}
      </div>
    </div>
  );
}

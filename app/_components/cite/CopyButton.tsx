'use client';

import { useState } from 'react';
import { buttonClass } from '../ui/button';
import { useStrings } from '../i18n/strings-context';

/**
 * Copies a text to the clipboard. The text itself stays on the page as selectable text, so
 * without JavaScript (or without clipboard access) it is still copied by hand.
 */
export function CopyButton({ text, label, className }: { text: string; label: string; className?: string }) {
  const { cite } = useStrings();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <span className={`inline-flex items-center gap-2 print:hidden ${className ?? ''}`}>
      <button type="button" onClick={copy} aria-label={label} className={buttonClass({ size: 'xs', className: 'text-sm' })}>
        {cite.cite.copy}
      </button>
      <span role="status" className="text-sm text-muted">
        {status === 'copied' ? cite.cite.copied : status === 'failed' ? cite.cite.copyFailed : ''}
      </span>
    </span>
  );
}

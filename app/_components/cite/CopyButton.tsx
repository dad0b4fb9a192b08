'use client';

import { useState } from 'react';
import { jaCite } from '@/lib/i18n/ja-cite';
import { buttonClass } from '../ui/button';

/**
 * Copies a text to the clipboard. The text itself stays on the page as selectable text, so
 * without JavaScript (or without clipboard access) it is still copied by hand.
 */
export function CopyButton({ text, label, className }: { text: string; label: string; className?: string }) {
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
        {jaCite.cite.copy}
      </button>
      <span role="status" className="text-sm text-muted">
        {status === 'copied' ? jaCite.cite.copied : status === 'failed' ? jaCite.cite.copyFailed : ''}
      </span>
    </span>
  );
}

'use client';

import { useRef, useState } from 'react';
import { initialState, serializeExplorerState, type ExplorerState } from '@/lib/explorer';
import { buttonClass } from './ui/button';
import { textLinkClass } from './ui/text-link';
import { hrefIn, useStrings } from './i18n/strings-context';

/**
 * The embed view's path for the current filters, every one of them, and the timeline's window
 * (its link to the full view opens there); the selected entry, view and page are the explorer's alone.
 */
export function embedPath(state: ExplorerState): string {
  const { outlets, partners, q, kind, from, to, milestones, window } = state;
  return `/embed${serializeExplorerState({ ...initialState, outlets, partners, q, kind, from, to, milestones, window })}`;
}

/** The HTML a news site pastes. Attribute values are escaped: the query holds user text. */
export function iframeCode(src: string, title: string): string {
  const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;
}

/**
 * 「埋め込み」: a native modal <dialog> (it keeps focus inside and closes on Esc) giving the
 * <iframe> code of the current filters, with a copy button and a preview link. The code is made
 * when the dialog opens, from this page's origin, so the server render needs no origin.
 */
export function EmbedDialog({ state }: { state: ExplorerState }) {
  const strings = useStrings();
  const t = strings.cite.embed;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [code, setCode] = useState('');
  const [copied, setCopied] = useState(false);
  const path = hrefIn(strings, embedPath(state));

  const open = () => {
    setCode(iframeCode(`${window.location.origin}${path}`, t.iframeTitle));
    setCopied(false);
    dialogRef.current?.showModal();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <>
      <button ref={openerRef} type="button" onClick={open} className={buttonClass({ className: 'print:hidden' })} aria-haspopup="dialog">
        {t.dialogOpen}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby="embed-dialog-title"
        onClose={() => openerRef.current?.focus()}
        // Esc closes the dialog only, not the explorer's detail panel behind it.
        onKeyDown={(event) => {
          if (event.key === 'Escape') event.stopPropagation();
        }}
        className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-rule-strong bg-surface p-5 text-ink shadow-xl backdrop:bg-ink/40"
      >
        <h2 id="embed-dialog-title" className="text-lg font-bold">
          {t.dialogTitle}
        </h2>
        <p className="mt-2 text-sm text-secondary">{t.dialogIntro}</p>
        <label htmlFor="embed-code" className="mt-3 block text-sm font-semibold">
          {t.codeLabel}
        </label>
        <textarea id="embed-code" readOnly value={code} rows={4} className="mt-1 w-full rounded border border-control bg-page p-2 font-mono text-sm break-all" onFocus={(event) => event.currentTarget.select()} />
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button type="button" onClick={copy} className={buttonClass({ variant: 'primary' })}>
            {t.copy}
          </button>
          <span role="status" className="text-sm text-muted">
            {copied ? t.copied : ''}
          </span>
          <a href={path} target="_blank" rel="noopener" className={textLinkClass}>
            {t.preview}
          </a>
          <form method="dialog" className="ml-auto">
            <button type="submit" className={buttonClass()}>
              {t.close}
            </button>
          </form>
        </div>
      </dialog>
    </>
  );
}

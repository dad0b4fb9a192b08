'use client';

import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { setDiagnostics, type Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import type { Diagnostic } from '@/lib/parser/diagnostics';

/** What the page does to the editor from outside: load a text, select a problem's place. */
export interface SourceEditorHandle {
  setText(text: string): void;
  getText(): string;
  select(start: number, end: number): void;
}

interface SourceEditorProps {
  ref: Ref<SourceEditorHandle>;
  label: string;
  describedBy: string;
  /** The problems to mark in place, with their reading; offsets into the current text. */
  diagnostics: readonly Diagnostic[];
  describe: (diagnostic: Diagnostic) => string;
  onEdit: (text: string) => void;
}

const editorTheme = EditorView.theme({
  '&': { height: '22rem', fontSize: '0.875rem', backgroundColor: 'var(--color-surface)' },
  '&.cm-focused': { outline: '2px solid var(--color-accent)', outlineOffset: '2px' },
  '.cm-scroller': { overflow: 'auto', fontFamily: 'inherit', lineHeight: '1.7' },
  '.cm-gutters': { backgroundColor: 'var(--color-page)', color: 'var(--color-secondary)', borderRight: '1px solid var(--color-rule)' },
});

/**
 * The text editor: CodeMirror 6, set up once in an effect and destroyed in its cleanup. It marks
 * each diagnostic in place (@codemirror/lint, fed the worker's diagnostics rather than linting by
 * itself). Tab is left to the browser, so that the keyboard can leave the editor.
 */
export function SourceEditor({ ref, label, describedBy, diagnostics, describe, onEdit }: SourceEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onEditRef = useRef(onEdit);
  // A text set from outside (a file, a share link) is not an edit: the page parses it itself.
  const settingText = useRef(false);

  useEffect(() => {
    onEditRef.current = onEdit;
  }, [onEdit]);

  useEffect(() => {
    if (!host.current) return;
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: '',
        extensions: [
          lineNumbers(),
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-describedby': describedBy }),
          editorTheme,
          EditorView.updateListener.of((update) => {
            if (update.docChanged && !settingText.current) onEditRef.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
  }, [label, describedBy]);

  useImperativeHandle(
    ref,
    () => ({
      setText(text) {
        const current = view.current;
        if (!current) return;
        settingText.current = true;
        current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: text }, selection: { anchor: 0 } });
        settingText.current = false;
      },
      getText() {
        return view.current?.state.doc.toString() ?? '';
      },
      select(start, end) {
        const current = view.current;
        if (!current) return;
        const length = current.state.doc.length;
        const anchor = Math.min(start, length);
        current.dispatch({ selection: { anchor, head: Math.min(Math.max(end, anchor), length) }, scrollIntoView: true });
        current.focus();
      },
    }),
    [],
  );

  useEffect(() => {
    const current = view.current;
    if (!current) return;
    const length = current.state.doc.length;
    const marks: EditorDiagnostic[] = diagnostics.map((d) => {
      const from = Math.min(d.start, length);
      return { from, to: Math.min(Math.max(d.end, from), length), severity: d.severity, message: `${d.line}:${d.column} ${d.code} — ${describe(d)}` };
    });
    current.dispatch(setDiagnostics(current.state, marks));
  }, [diagnostics, describe]);

  return <div ref={host} className="overflow-hidden rounded border border-control" />;
}

// y-monaco 0.1.6's MonacoBinding, ported: it takes the Monaco namespace as an argument instead of importing
// monaco-editor's ESM entry, so the self-hosted AMD Monaco (public/vs) is the only one in the page.
import type * as Monaco from 'monaco-editor';
import * as Y from 'yjs';
import { createMutex } from 'lib0/mutex';
import type { Awareness } from 'y-protocols/awareness';

type MonacoNs = typeof Monaco;
type Editor = Monaco.editor.IStandaloneCodeEditor;
interface RelSel {
  start: Y.RelativePosition;
  end: Y.RelativePosition;
  direction: Monaco.SelectionDirection;
}
interface RemoteSel {
  anchor: Y.RelativePosition;
  head: Y.RelativePosition;
}

export class MonacoBinding {
  readonly doc: Y.Doc;
  private readonly mux = createMutex();
  private saved = new Map<Editor, RelSel>();
  private readonly decorations = new Map<Editor, Monaco.editor.IEditorDecorationsCollection>();
  private readonly disposables: Monaco.IDisposable[] = [];

  constructor(
    private readonly monaco: MonacoNs,
    readonly ytext: Y.Text,
    readonly model: Monaco.editor.ITextModel,
    readonly editors: Set<Editor> = new Set(),
    readonly awareness: Awareness | null = null,
  ) {
    this.doc = ytext.doc!;
    this.doc.on('beforeAllTransactions', this.beforeTransaction);
    ytext.observe(this.ytextObserver);
    if (model.getValue() !== ytext.toString()) model.setValue(ytext.toString());
    this.disposables.push(
      model.onDidChangeContent((event) => {
        this.mux(() => {
          this.doc.transact(() => {
            [...event.changes]
              .sort((a, b) => b.rangeOffset - a.rangeOffset)
              .forEach((c) => {
                ytext.delete(c.rangeOffset, c.rangeLength);
                ytext.insert(c.rangeOffset, c.text);
              });
          }, this); // origin = binding: UndoManager({ trackedOrigins: new Set([binding]) })
        });
      }),
      model.onWillDispose(() => this.destroy()),
    );
    if (awareness) {
      for (const editor of editors) {
        this.disposables.push(
          editor.onDidChangeCursorSelection(() => {
            if (editor.getModel() !== model) return;
            const sel = editor.getSelection();
            if (!sel) return;
            let anchor = model.getOffsetAt(sel.getStartPosition());
            let head = model.getOffsetAt(sel.getEndPosition());
            if (sel.getDirection() === monaco.SelectionDirection.RTL) [anchor, head] = [head, anchor];
            awareness.setLocalStateField('selection', {
              anchor: Y.createRelativePositionFromTypeIndex(ytext, anchor),
              head: Y.createRelativePositionFromTypeIndex(ytext, head),
            });
          }),
        );
      }
      awareness.on('change', this.renderDecorations);
    }
  }

  private readonly beforeTransaction = () => {
    this.mux(() => {
      this.saved = new Map();
      for (const editor of this.editors) {
        const sel = editor.getModel() === this.model ? editor.getSelection() : null;
        if (!sel) continue;
        this.saved.set(editor, {
          start: Y.createRelativePositionFromTypeIndex(this.ytext, this.model.getOffsetAt(sel.getStartPosition())),
          end: Y.createRelativePositionFromTypeIndex(this.ytext, this.model.getOffsetAt(sel.getEndPosition())),
          direction: sel.getDirection(),
        });
      }
    });
  };

  private readonly ytextObserver = (event: Y.YTextEvent) => {
    this.mux(() => {
      let index = 0;
      for (const op of event.delta) {
        if (op.retain !== undefined) index += op.retain;
        else if (typeof op.insert === 'string') {
          const p = this.model.getPositionAt(index);
          this.model.applyEdits([{ range: new this.monaco.Range(p.lineNumber, p.column, p.lineNumber, p.column), text: op.insert }]);
          index += op.insert.length;
        } else if (op.delete !== undefined) {
          const p = this.model.getPositionAt(index);
          const e = this.model.getPositionAt(index + op.delete);
          this.model.applyEdits([{ range: new this.monaco.Range(p.lineNumber, p.column, e.lineNumber, e.column), text: '' }]);
        }
      }
      this.saved.forEach((rs, editor) => {
        const s = Y.createAbsolutePositionFromRelativePosition(rs.start, this.doc);
        const e = Y.createAbsolutePositionFromRelativePosition(rs.end, this.doc);
        if (!s || !e || s.type !== this.ytext || e.type !== this.ytext) return;
        const sp = this.model.getPositionAt(s.index);
        const ep = this.model.getPositionAt(e.index);
        editor.setSelection(this.monaco.Selection.createWithDirection(sp.lineNumber, sp.column, ep.lineNumber, ep.column, rs.direction));
      });
    });
    this.renderDecorations();
  };

  private readonly renderDecorations = () => {
    if (!this.awareness) return;
    for (const editor of this.editors) {
      if (editor.getModel() !== this.model) continue;
      const items: Monaco.editor.IModelDeltaDecoration[] = [];
      this.awareness.getStates().forEach((state, clientId) => {
        const sel = state.selection as RemoteSel | undefined;
        if (clientId === this.doc.clientID || !sel?.anchor || !sel.head) return;
        const a = Y.createAbsolutePositionFromRelativePosition(sel.anchor, this.doc);
        const h = Y.createAbsolutePositionFromRelativePosition(sel.head, this.doc);
        if (!a || !h || a.type !== this.ytext || h.type !== this.ytext) return;
        const [from, to] = a.index < h.index ? [a.index, h.index] : [h.index, a.index];
        const s = this.model.getPositionAt(from);
        const e = this.model.getPositionAt(to);
        const head = `yRemoteSelectionHead yRemoteSelectionHead-${clientId}`;
        items.push({
          range: new this.monaco.Range(s.lineNumber, s.column, e.lineNumber, e.column),
          options: {
            className: `yRemoteSelection yRemoteSelection-${clientId}`,
            afterContentClassName: a.index < h.index ? head : null,
            beforeContentClassName: a.index < h.index ? null : head,
          },
        });
      });
      let coll = this.decorations.get(editor);
      if (!coll) this.decorations.set(editor, (coll = editor.createDecorationsCollection()));
      coll.set(items);
    }
  };

  destroy() {
    this.disposables.splice(0).forEach((d) => d.dispose());
    this.ytext.unobserve(this.ytextObserver);
    this.doc.off('beforeAllTransactions', this.beforeTransaction);
    this.awareness?.off('change', this.renderDecorations);
    this.decorations.forEach((c) => c.clear());
    this.decorations.clear();
  }
}

// A miniature of page 1 of an exported document, drawn from the exporter's own model (shared/docx/model.ts): the
// page's margins, the borderless header table with its rules, the title block and the body, at the model's point
// sizes scaled to the sheet. A faithful sketch, not Word: lines wrap with the browser's metrics, and the text area
// is clipped at the height of page 1.
import type { CSSProperties, ReactNode } from 'react';
import type { Block, DocModel, Paragraph, Run, Table } from '../../../../shared/docx/model';
import { lineHeightPx, listMarkers, ruleSpacePx, ruleWidthPx, scaleFor, type Scale } from './pageGeometry';

type Context = { scale: Scale; markers: Map<Paragraph, string>; rule: string };

export function DocumentPreview({ model, widthPx, label }: { model: DocModel; widthPx: number; label: string }) {
  const { page } = model;
  const scale = scaleFor(page.width, widthPx);
  const blocks: Block[] = [model.header, ...model.title, ...model.content, model.signature, ...model.trailer];
  const context: Context = { scale, markers: listMarkers(blocks), rule: `${ruleWidthPx(scale)}px solid #000` };
  const sheet: CSSProperties = {
    width: widthPx,
    height: scale.tw(page.height),
    padding: `${scale.tw(page.margins.top)}px ${scale.tw(page.margins.right)}px ${scale.tw(page.margins.bottom)}px ${scale.tw(page.margins.left)}px`,
    fontFamily: `"${model.font}", "Liberation Serif", "Times New Roman", serif`,
  };
  return (
    <figure className="doc-sheet" style={sheet} lang={model.language} aria-label={label} data-testid="document-preview">
      <div className="doc-text-area">
        {blocks.map((block, i) => (
          <BlockView key={i} block={block} context={context} />
        ))}
      </div>
    </figure>
  );
}

function BlockView({ block, context }: { block: Block; context: Context }): ReactNode {
  return block.type === 'paragraph' ? <ParagraphView p={block} context={context} /> : <TableView table={block} context={context} />;
}

function ParagraphView({ p, context }: { p: Paragraph; context: Context }) {
  const { scale, markers, rule } = context;
  const space = ruleSpacePx(scale);
  const lineHeight = lineHeightPx(p.spacing.line, p.sizePt, scale);
  // Spacing and indents sit on an outer box so that a rule or a frame spans only the indented text, as in Word.
  const outer: CSSProperties = {
    paddingTop: scale.tw(p.spacing.before),
    paddingBottom: scale.tw(p.spacing.after),
    marginLeft: scale.tw(p.indent.left),
    marginRight: scale.tw(p.indent.right),
  };
  const inner: CSSProperties = {
    fontSize: scale.pt(p.sizePt),
    lineHeight: `${lineHeight}px`,
    minHeight: lineHeight,
    textAlign: p.align,
    textIndent: scale.tw(p.indent.firstLine),
    ...(p.border === 'bottom' ? { borderBottom: rule, paddingBottom: space } : p.border === 'box' ? { border: rule, padding: space } : {}),
  };
  const marker = markers.get(p);
  return (
    <div className="doc-paragraph" style={outer} data-role={p.role}>
      <div style={inner}>
        {marker && `${marker} `}
        {p.runs.map((run, i) => (
          <span key={i} style={runStyle(run, p)}>
            {run.breakBefore && <br />}
            {run.text}
          </span>
        ))}
      </div>
    </div>
  );
}

/**
 * A run's own marks win over the paragraph's, both ways, as in render.ts. They are set per run because a CSS
 * underline on the paragraph could not be taken off one of its runs.
 */
function runStyle(run: Run, p: Paragraph): CSSProperties {
  return {
    fontWeight: (run.bold ?? p.bold) ? 700 : 400,
    fontStyle: (run.italic ?? p.italic) ? 'italic' : 'normal',
    textDecoration: (run.underline ?? p.underline) ? 'underline' : 'none',
  };
}

function TableView({ table, context }: { table: Table; context: Context }) {
  const { scale, rule } = context;
  const width = table.columnWidths.reduce((sum, w) => sum + w, 0);
  // The exporter gives bordered tables Word's 85-twip cell margins and borderless ones none (render.ts).
  const cell: CSSProperties = table.borders ? { border: rule, padding: `0 ${scale.tw(85)}px` } : {};
  return (
    <table className="doc-table" style={{ width: scale.tw(width) }} data-role={table.role}>
      <colgroup>
        {table.columnWidths.map((w, i) => (
          <col key={i} style={{ width: scale.tw(w) }} />
        ))}
      </colgroup>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.cells.map((c, i) => (
              <td key={i} colSpan={c.colSpan} rowSpan={c.rowSpan} style={cell}>
                {c.blocks.map((block, b) => (
                  <BlockView key={b} block={block} context={context} />
                ))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

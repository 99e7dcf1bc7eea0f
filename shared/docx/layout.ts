// Page geometry and body-text defaults derived once from a profile, plus the two paragraph shapes every builder
// shares: a body paragraph (justified, first-line indent, regime spacing) and a drawn rule of a given length.
import { mmToTwips, paragraph, type Paragraph, type ParagraphOptions, type Role, type Run } from './model';
import type { RegimeProfile, TextStyle } from './profiles';

export type Layout = {
  profile: RegimeProfile;
  /** Width between the margins, twips. */
  textWidth: number;
  bodyStyle: TextStyle;
  firstLineIndent: number;
  bodySpacing: Paragraph['spacing'];
  /** Each Word list gets its own numbering instance so that it restarts at 1. */
  nextListInstance: () => number;
};

export function makeLayout(profile: RegimeProfile): Layout {
  const { body, page } = profile;
  let listInstance = 0;
  return {
    profile,
    textWidth: mmToTwips(page.widthMm) - mmToTwips(page.marginsMm.left) - mmToTwips(page.marginsMm.right),
    bodyStyle: { sizePt: body.sizePt, bold: false, italic: false, underline: false, caps: false },
    firstLineIndent: mmToTwips(body.firstLineIndentMm),
    bodySpacing: {
      before: Math.round(body.beforePt * 20),
      after: Math.round(body.afterPt * 20),
      line: body.line.kind === 'exact' ? { rule: 'exact', value: Math.round(body.line.pt * 20) } : { rule: 'auto', value: Math.round(body.line.value * 240) },
    },
    nextListInstance: () => ++listInstance,
  };
}

export function bodyParagraph(layout: Layout, role: Role, content: string | Run[], options: ParagraphOptions = {}): Paragraph {
  return paragraph(role, content, layout.bodyStyle, {
    align: 'justify',
    ...options,
    indent: { firstLine: layout.firstLineIndent, ...options.indent },
    spacing: { ...layout.bodySpacing, ...options.spacing },
  });
}

/**
 * A drawn rule: an empty paragraph whose bottom border is `width` long, centred in `container` by equal indents.
 * Never underlined text (guide §7.3): its length must not follow the text.
 */
export function ruleParagraph(role: Role, width: number, container: number): Paragraph {
  const side = Math.max(0, Math.round((container - Math.min(width, container)) / 2));
  return paragraph(role, '', { sizePt: 2, bold: false, italic: false, underline: false, caps: false }, {
    indent: { left: side, right: side },
    // A little air between the text above and its rule, so the rule never reads as an underline.
    spacing: { before: 20 },
    border: 'bottom',
  });
}

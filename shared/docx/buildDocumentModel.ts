// Stage one of an export: meeting data plus a regime profile to the plain document model. Chooses the parts for
// each document kind and fills in the page geometry; everything regime-specific comes from the profile.
import { makeLayout } from './layout';
import { mmToTwips, type DocModel } from './model';
import { minutesContent, minutesSignature } from './minutes';
import { noticeContent, noticeSignature, noticeSummary } from './notice';
import { buildHeader, buildTitle } from './parts';
import { profileFor, type RegimeProfile } from './profiles';
import type { DocumentKind, ExportSource } from './source';

export function buildDocumentModel(kind: DocumentKind, source: ExportSource, profile: RegimeProfile = profileFor(source.organization.regime)): DocModel {
  if (profile.regime !== source.organization.regime) {
    throw new Error(`profile for regime "${profile.regime}" used for an organisation of regime "${source.organization.regime}"`);
  }
  const layout = makeLayout(profile);
  const { page } = profile;
  const header = buildHeader(layout, kind, source);
  const isMinutes = kind === 'minutes';
  const summary = isMinutes ? source.meeting.title : noticeSummary(layout, source);
  const foot = isMinutes ? minutesSignature(layout, source) : { signature: noticeSignature(layout, source), trailer: [] };

  return {
    kind,
    regime: profile.regime,
    draft: source.draft,
    font: profile.font,
    language: profile.language,
    page: {
      width: mmToTwips(page.widthMm),
      height: mmToTwips(page.heightMm),
      margins: {
        top: mmToTwips(page.marginsMm.top),
        right: mmToTwips(page.marginsMm.right),
        bottom: mmToTwips(page.marginsMm.bottom),
        left: mmToTwips(page.marginsMm.left),
        header: mmToTwips(page.headerMm),
        footer: mmToTwips(page.footerMm),
      },
    },
    pageNumber: { sizePt: profile.pageNumber.sizePt },
    body: { sizePt: profile.body.sizePt, firstLineIndent: layout.firstLineIndent },
    numberText: header.numberText,
    dateLine: header.dateLine,
    endMark: profile.endMark,
    header: header.table,
    title: buildTitle(layout, kind, summary, source.draft),
    content: isMinutes ? minutesContent(layout, source) : noticeContent(layout, source),
    signature: foot.signature,
    trailer: foot.trailer,
  };
}

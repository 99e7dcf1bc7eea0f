// Reading a produced .docx in tests: unzip with jszip, pick out the parts, and find paragraphs and runs by text.
import JSZip from 'jszip';

export type DocxParts = { document: string; styles: string; numbering: string; settings: string; headers: { default: string; first: string } };

export async function unzipDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const document = await read('word/document.xml');
  const rels = await read('word/_rels/document.xml.rels');
  const headerOf = async (type: string) => {
    const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(document)?.[1];
    const target = id ? new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] : undefined;
    return target ? read(`word/${target}`) : '';
  };
  return {
    document,
    styles: await read('word/styles.xml'),
    numbering: await read('word/numbering.xml'),
    settings: await read('word/settings.xml'),
    headers: { default: await headerOf('default'), first: await headerOf('first') },
  };
}

export function paragraphs(xml: string): string[] {
  return xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
}

export function paragraphText(p: string): string {
  return [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** The first paragraph whose text starts with `start`. */
export function findParagraph(xml: string, start: string): string {
  const found = paragraphs(xml).find((p) => paragraphText(p).startsWith(start));
  if (!found) throw new Error(`no paragraph starting with "${start}"`);
  return found;
}

/** Size in points, bold, italic and underline of the first run of a paragraph. */
export function runFormat(p: string): { sizePt: number; bold: boolean; italic: boolean; underline: boolean; fonts: Record<string, string>; lang: string | null } {
  const run = /<w:r>[\s\S]*?<\/w:r>/.exec(p)?.[0] ?? '';
  const rPr = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(run)?.[0] ?? '';
  const fonts = Object.fromEntries([...(/<w:rFonts ([^>]*)\/>/.exec(rPr)?.[1] ?? '').matchAll(/w:(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  return {
    sizePt: Number(/<w:sz w:val="(\d+)"/.exec(rPr)?.[1] ?? 0) / 2,
    bold: /<w:b\/>|<w:b w:val="(true|1)"\/>/.test(rPr),
    italic: /<w:i\/>|<w:i w:val="(true|1)"\/>/.test(rPr),
    underline: /<w:u w:val="single"/.test(rPr),
    fonts,
    lang: /<w:lang w:val="([^"]+)"/.exec(rPr)?.[1] ?? null,
  };
}

export function tables(xml: string): string[] {
  return xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
}

// @vitest-environment jsdom
import { Editor, generateJSON } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { contentDocSchema, type ContentDoc } from '../../shared/content/content-model';
import { cleanPastedHtml } from '../../renderer/components/editor/clean-paste';
import { editorExtensions } from '../../renderer/components/editor/extensions';
import { fromContent } from '../../renderer/components/editor/from-content';
import { htmlToContent } from '../../renderer/components/editor/html-to-content';
import { toContent } from '../../renderer/components/editor/to-content';

const everyKind: ContentDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Baggrund' }] },
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Detaljer' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Se ' },
        { type: 'text', text: 'planen', marks: [{ type: 'link', attrs: { href: 'https://fjordby.dk/plan' } }, { type: 'bold' }] },
        { type: 'text', text: ' og ' },
        { type: 'text', text: 'skriv', marks: [{ type: 'italic' }, { type: 'underline' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'til os', marks: [{ type: 'link', attrs: { href: 'mailto:post@fjordby.dk' } }] },
      ],
    },
    { type: 'paragraph' },
    {
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Flere i job' }] },
            { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Unge' }] }] }] },
          ],
        },
      ],
    },
    { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Tredje' }] }] }] },
    { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Første' }] }] }] },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'År' }] }] },
            { type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Beløb' }] }] },
          ],
        },
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', attrs: { colspan: 2 }, content: [{ type: 'paragraph', content: [{ type: 'text', text: '7.462.000 kr.' }] }] },
          ],
        },
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', content: [{ type: 'paragraph' }] },
            { type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: '0,6 mio. kr.' }] }] },
          ],
        },
      ],
    },
  ],
};

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

describe('to-content and from-content', () => {
  it('round-trips every node kind through a real editor', () => {
    expect(contentDocSchema.safeParse(everyKind).success).toBe(true);
    editor = new Editor({ extensions: editorExtensions(), content: fromContent(everyKind) });
    const back = toContent(editor.getJSON());
    // Marks come back in the schema's order; compare mark sets per text.
    expect(normalize(back)).toEqual(normalize(everyKind));
  });

  it('gives an empty editor one paragraph and saves it as an empty document', () => {
    expect(fromContent({ type: 'doc', content: [] })).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    editor = new Editor({ extensions: editorExtensions(), content: fromContent(null) });
    expect(toContent(editor.getJSON())).toEqual({ type: 'doc', content: [] });
  });

  it('drops unknown nodes, marks and attributes, empty text and bad links', () => {
    const result = toContent({
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { textAlign: 'center' }, content: [{ type: 'text', text: '' }, { type: 'text', text: 'a', marks: [{ type: 'strike' }, { type: 'bold', attrs: { x: 1 } }] }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'citat' }] }] },
        { type: 'codeBlock', content: [{ type: 'text', text: 'kode' }] },
        { type: 'horizontalRule' },
        { type: 'heading', attrs: { level: 5 }, content: [{ type: 'text', text: 'dyb' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'klik', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)', target: '_blank' } }] }] },
        { type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [] }] },
        { type: 'bulletList', content: [] },
        { type: 'image', attrs: { src: 'x.png' } },
      ],
    });
    expect(result).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'bold' }] }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'citat' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'kode' }] },
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'dyb' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'klik' }] },
        { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
      ],
    });
  });
});

/** A realistic fragment of what Word (Windows) puts on the clipboard. */
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><style><!--
p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
p.MsoListParagraph {mso-style-priority:34;}
--></style></head>
<body lang=DA style='tab-interval:65.2pt'>
<!--StartFragment-->
<p class=MsoNormal><b><span style='font-size:12.0pt;font-family:"Arial",sans-serif;color:#1F3864'>Baggrund</span></b><span style='mso-spacerun:yes'> </span>for <span style='color:red'>sagen</span><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Flere i <b>job</b><o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Unge under 30<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span></span><![endif]>Færre på ydelse<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>At planen godkendes<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>At <i>sagen</i> oversendes<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=302 valign=top style='width:226.55pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>Målgruppe<o:p></o:p></b></p></td>
  <td width=302 valign=top style='width:226.55pt;border:solid windowtext 1.0pt'><p class=MsoNormal align=right style='text-align:right'><b>2027<o:p></o:p></b></p></td>
 </tr>
 <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>
  <td width=302 valign=top style='width:226.55pt'><p class=MsoNormal><span style='font-family:"Arial"'>Dagpenge</span><o:p></o:p></p></td>
  <td width=302 valign=top style='width:226.55pt'><p class=MsoNormal align=right style='text-align:right'>612<o:p></o:p></p></td>
 </tr>
</table>
<p class=MsoNormal>Læs <a href="https://fjordby.dk/plan" style='color:#0563C1'><span style='font-size:10pt'>planen</span></a>.</p>
<!--EndFragment-->
</body></html>`;

const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const txt = (text: string, ...marks: string[]) => (marks.length ? { type: 'text', text, marks: marks.map((type) => ({ type })) } : { type: 'text', text });
const li = (...content: unknown[]) => ({ type: 'listItem', content });

describe('paste from Word', () => {
  it('keeps lists, bold, italic, the table and links, and drops every style', () => {
    const cleaned = cleanPastedHtml(WORD_HTML);
    expect(cleaned).not.toMatch(/style=|class=|mso-|<span|<font|o:p|<!--|font-family/i);

    const result = htmlToContent(WORD_HTML);
    expect(result).toEqual({
      type: 'doc',
      content: [
        p(txt('Baggrund', 'bold'), txt(' for sagen')),
        {
          type: 'bulletList',
          content: [
            li(p(txt('Flere i '), txt('job', 'bold')), { type: 'bulletList', content: [li(p(txt('Unge under 30')))] }),
            li(p(txt('Færre på ydelse'))),
          ],
        },
        { type: 'paragraph' },
        { type: 'orderedList', content: [li(p(txt('At planen godkendes'))), li(p(txt('At '), txt('sagen', 'italic'), txt(' oversendes')))] },
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [{ type: 'tableCell', content: [p(txt('Målgruppe', 'bold'))] }, { type: 'tableCell', content: [p(txt('2027', 'bold'))] }] },
            { type: 'tableRow', content: [{ type: 'tableCell', content: [p(txt('Dagpenge'))] }, { type: 'tableCell', content: [p(txt('612'))] }] },
          ],
        },
        p(txt('Læs '), { type: 'text', text: 'planen', marks: [{ type: 'link', attrs: { href: 'https://fjordby.dk/plan' } }] }, txt('.')),
      ],
    });
    expect(JSON.stringify(result)).not.toMatch(/style|class|color|font/i);
  });

  it('pastes through the editor with the same cleaning (transformPastedHTML)', () => {
    // jsdom has no ClipboardEvent; ProseMirror only needs the name to exist.
    globalThis.ClipboardEvent ??= class extends Event {} as unknown as typeof ClipboardEvent;
    editor = new Editor({ extensions: editorExtensions(), content: fromContent(null), editorProps: { transformPastedHTML: cleanPastedHtml } });
    editor.view.pasteHTML(WORD_HTML);
    const result = toContent(editor.getJSON());
    expect(result.content.map((b) => b.type)).toEqual(['paragraph', 'bulletList', 'paragraph', 'orderedList', 'table', 'paragraph']);
    expect(JSON.stringify(result)).not.toMatch(/style|class|color|font/i);
  });

  it('turns LibreOffice and Google Docs styling into marks and drops the rest', () => {
    const html =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr" style="line-height:1.38"><span style="font-size:11pt;font-family:Arial;font-weight:700">Fed</span><span style="font-style:italic"> skrå</span><font face="Liberation Serif"> tekst</font></p></b>';
    expect(htmlToContent(html)).toEqual({ type: 'doc', content: [p(txt('Fed', 'bold'), txt(' skrå', 'italic'), txt(' tekst'))] });
    // generateJSON is the parser the paste uses too: no stray attributes survive it.
    expect(JSON.stringify(generateJSON(cleanPastedHtml(html), editorExtensions()))).not.toMatch(/font|style/);
  });
});

/** Sorts marks so two trees that differ only in mark order compare equal. */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => {
      if (k === 'marks' && Array.isArray(v)) return [k, [...v].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))];
      return [k, normalize(v)];
    });
    return Object.fromEntries(entries);
  }
  return value;
}

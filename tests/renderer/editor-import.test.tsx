// @vitest-environment jsdom
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ContentDoc } from '../../shared/content/content-model';
import { docxToContent, importDocx } from '../../renderer/components/editor/docx-import';
import { sectionKeyForHeading, splitSections } from '../../renderer/components/editor/split-sections';

const p = (text: string, bold = false) => ({ type: 'paragraph' as const, content: [bold ? { type: 'text' as const, text, marks: [{ type: 'bold' as const }] } : { type: 'text' as const, text }] });
const h = (text: string, level: 1 | 2 | 3 = 1) => ({ type: 'heading' as const, attrs: { level }, content: [{ type: 'text' as const, text }] });

describe('splitSections', () => {
  it('knows the section headings, in any case, with a trailing colon', () => {
    expect(sectionKeyForHeading('Resume')).toBe('resume');
    expect(sectionKeyForHeading('RESUMÉ:')).toBe('resume');
    expect(sectionKeyForHeading('Indstilling')).toBe('indstilling');
    expect(sectionKeyForHeading('sagsfremstilling :')).toBe('sagsfremstilling');
    expect(sectionKeyForHeading('Lovgrundlag')).toBe('lovgrundlag');
    expect(sectionKeyForHeading('Økonomi')).toBe('oekonomi');
    expect(sectionKeyForHeading('Økonomiske konsekvenser:')).toBe('oekonomi');
    expect(sectionKeyForHeading('Beslutningskompetence')).toBe('beslutningskompetence');
    expect(sectionKeyForHeading('Baggrund')).toBeNull();
  });

  it('splits by headings; text before the first heading and under unknown headings goes to Sagsfremstilling', () => {
    const doc: ContentDoc = {
      type: 'doc',
      content: [
        p('Indledende tekst'),
        h('Resumé:'),
        p('Kort om sagen'),
        p('Indstilling', true),
        { type: 'orderedList', content: [{ type: 'listItem', content: [p('at planen godkendes')] }] },
        h('Sagsfremstilling'),
        p('Sagen handler om …'),
        h('Baggrund', 2),
        p('Tidligere besluttet'),
        h('ØKONOMISKE KONSEKVENSER'),
        p('0,6 mio. kr.'),
        h('Lovgrundlag'),
        h('Beslutningskompetence'),
        p('Økonomiudvalget'),
      ],
    };
    const sections = splitSections(doc);
    expect([...sections.keys()]).toEqual(['sagsfremstilling', 'resume', 'indstilling', 'oekonomi', 'lovgrundlag', 'beslutningskompetence']);
    expect(sections.get('resume')).toEqual({ type: 'doc', content: [p('Kort om sagen')] });
    expect(sections.get('indstilling')?.content.map((b) => b.type)).toEqual(['orderedList']);
    expect(sections.get('sagsfremstilling')).toEqual({
      type: 'doc',
      content: [p('Indledende tekst'), p('Sagen handler om …'), h('Baggrund', 2), p('Tidligere besluttet')],
    });
    expect(sections.get('oekonomi')).toEqual({ type: 'doc', content: [p('0,6 mio. kr.')] });
    expect(sections.get('lovgrundlag')).toEqual({ type: 'doc', content: [] });
    expect(sections.get('beslutningskompetence')).toEqual({ type: 'doc', content: [p('Økonomiudvalget')] });
  });

  it('leaves out Sagsfremstilling when nothing goes there', () => {
    expect([...splitSections({ type: 'doc', content: [h('Resume'), p('x')] }).keys()]).toEqual(['resume']);
  });
});

/** A minimal .docx: the parts mammoth needs, with heading styles named as Word names them. */
async function makeDocx(body: string): Promise<ArrayBuffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`,
  );
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="heading 2"/></w:style>
</w:styles>`,
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  const bytes = await zip.generateAsync({ type: 'uint8array' });
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

const wp = (text: string, style?: string, bold = false) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe('.docx import', () => {
  it('reads a Word file with mammoth and splits it into sections', async () => {
    const data = await makeDocx(
      [
        wp('Erhvervsstrategi 2027'),
        wp('Resume', 'Overskrift1'),
        wp('Strategien samler indsatsen.'),
        wp('Indstilling:', 'Overskrift1'),
        wp('Forvaltningen foreslår, at strategien godkendes.'),
        wp('Sagsfremstilling', 'Overskrift1'),
        `<w:p><w:r><w:t xml:space="preserve">Arbejdet er </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>forankret</w:t></w:r><w:r><w:t xml:space="preserve"> i udvalget.</w:t></w:r></w:p>`,
        wp('Inddragelse', 'Overskrift2'),
        wp('Virksomhederne er hørt.'),
        wp('Økonomiske konsekvenser', 'Overskrift1'),
        `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>2027</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>0,6 mio. kr.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
        wp('Beslutningskompetence', undefined, true),
        wp('Økonomiudvalget'),
      ].join(''),
    );

    const whole = await docxToContent(data);
    expect(whole.content[0]).toEqual(p('Erhvervsstrategi 2027'));

    const sections = await importDocx(data);
    expect([...sections.keys()]).toEqual(['sagsfremstilling', 'resume', 'indstilling', 'oekonomi', 'beslutningskompetence']);
    expect(sections.get('resume')).toEqual({ type: 'doc', content: [p('Strategien samler indsatsen.')] });
    expect(sections.get('indstilling')).toEqual({ type: 'doc', content: [p('Forvaltningen foreslår, at strategien godkendes.')] });
    expect(sections.get('sagsfremstilling')).toEqual({
      type: 'doc',
      content: [
        p('Erhvervsstrategi 2027'),
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Arbejdet er ' },
            { type: 'text', text: 'forankret', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' i udvalget.' },
          ],
        },
        h('Inddragelse', 2),
        p('Virksomhederne er hørt.'),
      ],
    });
    expect(sections.get('oekonomi')?.content[0]).toEqual({
      type: 'table',
      content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [p('2027')] }, { type: 'tableCell', content: [p('0,6 mio. kr.')] }] }],
    });
    expect(sections.get('beslutningskompetence')).toEqual({ type: 'doc', content: [p('Økonomiudvalget')] });
  });
});

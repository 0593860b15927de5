#!/usr/bin/env python3
"""Makes Templates/reference.docx, the look of the Final Document in Word (styles, page, fonts).

Run once to start from; after that the file is edited in Word or LibreOffice, not remade. It starts from
python-docx's default template (pip install python-docx), which defines every style Word knows by its
usual name, and sets A4 pages, fonts with Cyrillic (Times New Roman, which LibreOffice on Debian shows
as the metric-compatible Liberation Serif), black headings and the paragraph spacing of the published
documents. Templates/README.md lists the styles the document uses.

    python3 Scripts/make-reference-docx.py Templates/reference.docx
"""
import io
import re
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

FONT = "Times New Roman"
BLACK = RGBColor(0, 0, 0)


def set_font(style, size=None, bold=None, italic=None):
    style.font.name = FONT
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if fonts.get(qn(theme)) is not None:
            del fonts.attrib[qn(theme)]
    style.font.color.rgb = BLACK
    if size is not None:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if italic is not None:
        style.font.italic = italic


def remove_border(style):
    properties = style.element.get_or_add_pPr()
    for border in properties.findall(qn("w:pBdr")):
        properties.remove(border)


def main(path):
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(25), Mm(20)
    section.header_distance = section.footer_distance = Mm(10)

    styles = document.styles
    set_font(styles["Normal"], size=12)
    styles["Normal"].paragraph_format.space_after = Pt(6)

    title = styles["Title"]
    set_font(title, size=14, bold=True)
    remove_border(title)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(0)
    title.font.all_caps = False

    subtitle = styles["Subtitle"]
    set_font(subtitle, size=12, bold=True, italic=False)
    subtitle.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle.paragraph_format.space_after = Pt(6)

    for name, size in (("Heading 1", 13), ("Heading 2", 12)):
        set_font(styles[name], size=size, bold=True)
        styles[name].paragraph_format.space_before = Pt(12)
        styles[name].paragraph_format.space_after = Pt(6)

    body = styles["Body Text"]
    set_font(body, size=12)
    body.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    body.paragraph_format.space_after = Pt(6)

    for name in ("List Number", "List Bullet", "List Bullet 2"):
        set_font(styles[name], size=12)
        styles[name].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        styles[name].paragraph_format.space_after = Pt(4)

    quote = styles["Quote"]
    set_font(quote, size=12, italic=True)

    for name in ("Header", "Footer"):
        set_font(styles[name], size=9)
        styles[name].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # The body of a reference document is never printed: say what the file is for to whoever opens it.
    document.add_paragraph(
        "The look of the Final Document: edit the styles of this file (Title, Subtitle, Heading 1, "
        "Heading 2, Body Text, List Number, List Bullet, List Bullet 2, Quote, Header, Footer), its page "
        "size and margins, and its header and footer (a logo, an address), then save it as .docx. Its text "
        "is never printed. Templates/README.md says more.", style="Body Text")
    buffer = io.BytesIO()
    document.save(buffer)
    slim(buffer.getvalue(), path)


def slim(data, path):
    """Leaves out what python-docx's template carries and a reference does not need: the Word 2010 copy
    of the styles (stylesWithEffects.xml), the table styles but the default one, the thumbnail and the
    custom XML, so that every document written from it is smaller and quicker to make."""
    dropped = ("word/stylesWithEffects.xml", "docProps/thumbnail.jpeg", "customXml/")
    source = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename.startswith(dropped):
                continue
            text = source.read(info.filename)
            if info.filename == "word/styles.xml":
                text = re.sub(rb'<w:style w:type="table"(?! w:default="1")[^>]*>.*?</w:style>', b"", text, flags=re.S)
            if info.filename.endswith(".rels"):
                text = re.sub(rb'<Relationship [^>]*(stylesWithEffects|thumbnail|customXml)[^>]*/>', b"", text)
            if info.filename == "[Content_Types].xml":
                text = re.sub(rb'<Override [^>]*(stylesWithEffects|customXml)[^>]*/>', b"", text)
            entry = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, text)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "Templates/reference.docx")

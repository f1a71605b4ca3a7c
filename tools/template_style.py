"""Shared pieces of the template's sheets (tools/build_template.py and the sheets it builds from other modules):
headers, fills, Indonesian number formats, page styles, cell styles, conditional formats and print areas."""
import uno
from tools.calc_session import prop
from com.sun.star.lang import Locale
from com.sun.star.sheet.FillDirection import TO_BOTTOM
from com.sun.star.table import CellRangeAddress

# The template holds one row of formulas, row 2; the extension's job copies it down to the roster's last row
# (idl/functions.toml [formula_rows]). What reads the whole roster with Calc's own functions (COUNTIF, INDEX,
# MATCH, SUM) reads to the sheet's last row, as those skip empty cells; what an add-in or an array expression
# reads goes through a named range the job keeps on the roster's rows.
SHEET_END = 1048576  # the last row of a sheet, as a formula writes it
INPUT_LAST = SHEET_END - 1  # the same, counted from 0: the rows an input format or list covers


def header(sheet, row, labels, start=0):
    for k, text in enumerate(labels):
        cell = sheet.getCellByPosition(start + k, row)
        cell.setString(text)
        cell.CharWeight = 150  # bold
        cell.CellBackColor = 0xDDE7F0
        cell.IsTextWrapped = True  # a long header wraps instead of being cut
        cell.VertJustify = uno.Enum("com.sun.star.table.CellVertJustify", "CENTER")
    sheet.Rows.getByIndex(row).OptimalHeight = True


def fill_down(sheet, column, first_row, last_row, formula):
    sheet.getCellByPosition(column, first_row).setFormula(formula)
    sheet.getCellRangeByPosition(column, first_row, column, last_row).fillAuto(TO_BOTTOM, 1)


INDONESIAN = Locale("id", "ID", "")


def number_format(doc, code):
    """An Indonesian number format (decimal comma, thousands dot), written here in en-US notation and converted,
    so that it shows the same whatever the UI's locale: 97,83 · 250.000.000 · 01/10/2026."""
    return doc.NumberFormats.addNewConverted(code, Locale("en", "US", ""), INDONESIAN)  # the key if it exists


def widths(sheet, mm):
    for k, w in enumerate(mm):
        sheet.Columns.getByIndex(k).Width = int(w * 100)


def page_style(doc, name, footer_left, footer_center, continue_numbering=False, portrait=False, one_page=False,
               numbered=True):
    """A4 page style with the ASN Karier footer. one_page: the print area is shrunk to a single page (a form);
    numbered: "Halaman n dari m" at the right of the footer."""
    styles = doc.StyleFamilies.getByName("PageStyles")
    if not styles.hasByName(name):
        styles.insertByName(name, doc.createInstance("com.sun.star.style.PageStyle"))
    st = styles.getByName(name)
    st.IsLandscape = not portrait
    st.Width, st.Height = (21000, 29700) if portrait else (29700, 21000)  # A4, 1/100 mm
    st.LeftMargin = st.RightMargin = 1200
    st.TopMargin = st.BottomMargin = 1000
    st.HeaderIsOn = False
    st.FooterIsOn = True
    st.FooterHeight = 1800 if footer_center else 600
    content = st.RightPageFooterContent
    content.LeftText.setString(footer_left)
    content.CenterText.setString(footer_center)
    right = content.RightText
    right.setString("")
    if numbered:
        cursor = right.createTextCursor()
        right.insertString(cursor, "Halaman ", False)
        right.insertTextContent(cursor, doc.createInstance("com.sun.star.text.TextField.PageNumber"), False)
        right.insertString(cursor, " dari ", False)
        right.insertTextContent(cursor, doc.createInstance("com.sun.star.text.TextField.PageCount"), False)
    st.RightPageFooterContent = content
    st.ScaleToPagesX = 1  # fit the width of a page
    st.ScaleToPagesY = 1 if one_page else 0
    if continue_numbering:  # pages follow on from the sheet before (0: continue), as one printed document
        st.FirstPageNumber = 0
    return name


def styled_cell(doc, name, back, italic=False, color=None):
    """A cell style (for conditional formats), made once."""
    styles = doc.StyleFamilies.getByName("CellStyles")
    if not styles.hasByName(name):
        styles.insertByName(name, doc.createInstance("com.sun.star.style.CellStyle"))
    style = styles.getByName(name)
    style.CellBackColor = back
    if italic:
        style.CharPosture = uno.Enum("com.sun.star.awt.FontSlant", "ITALIC")
    if color is not None:
        style.CharColor = color
    return name


def conditional(cell_range, formula, style):
    """Adds a conditional format to cell_range: `style` where `formula` holds, its relative references written
    for the range's top-left cell (SourcePosition; without it they would be taken relative to A1)."""
    entries = cell_range.ConditionalFormat
    entries.addNew((prop("Operator", uno.Enum("com.sun.star.sheet.ConditionOperator", "FORMULA")),
                    prop("Formula1", formula), prop("StyleName", style),
                    prop("SourcePosition", cell_range.getCellByPosition(0, 0).CellAddress)))
    cell_range.ConditionalFormat = entries


def print_area(sheet, first_col, first_row, last_col, last_row, title_row=None):
    address = CellRangeAddress()
    address.Sheet = sheet.RangeAddress.Sheet
    address.StartColumn, address.StartRow, address.EndColumn, address.EndRow = first_col, first_row, last_col, last_row
    sheet.setPrintAreas((address,))
    if title_row is not None:
        titles = CellRangeAddress()
        titles.Sheet = address.Sheet
        titles.StartRow = titles.EndRow = title_row
        sheet.setTitleRows(titles)
        sheet.setPrintTitleRows(True)

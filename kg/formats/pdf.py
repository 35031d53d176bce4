"""The text of a PDF with a text layer, page by page, with where each page begins.

Pages are joined with a newline and `page_starts[i]` is the offset at which page i + 1 begins
in the joined text, so the graph can give every mention and sentence its page. A page number
alone on a page's first or last line (`- 3 -`, `第3页`, `3/20`) is left out: it is furniture
that would otherwise split the sentence running over the page break.
"""

from __future__ import annotations

import io
import logging
import re

from kg.formats import Extracted, FormatError

_PAGE_NUMBER = re.compile(r"[\s\-－—–_·]*(?:第\s*)?[0-9０-９]{1,4}\s*(?:页|/\s*[0-9]{1,4})?[\s\-－—–_·]*")
_CID = re.compile(r"\(cid:\d+\)")


def _page_text(page) -> str:
    from pdfminer.layout import LTTextContainer

    text = "".join(element.get_text() for element in page if isinstance(element, LTTextContainer))
    lines = [line.rstrip() for line in _CID.sub("", text).replace("\r\n", "\n").split("\n")]
    lines = [line for line in lines if line.strip()]
    if lines and _PAGE_NUMBER.fullmatch(lines[-1]):
        lines.pop()
    if lines and _PAGE_NUMBER.fullmatch(lines[0]):
        lines.pop(0)
    return "\n".join(lines)


def pdf_text(data: bytes) -> Extracted:
    """Page texts joined with "\\n"; refuses scans (no text layer) and locked files."""
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    except ImportError:
        raise FormatError("reading PDF files needs pdfminer.six (pip install pdfminer.six)") from None
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its layout warnings are not the user's problem
    pages: list[str] = []
    try:
        for page in extract_pages(io.BytesIO(data)):
            pages.append(_page_text(page))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise FormatError("PDF is encrypted with a password") from None
    except Exception as exc:  # pdfminer raises many kinds (PSEOF, PDFSyntaxError, KeyError, …) on damage
        raise FormatError(f"damaged or truncated PDF ({type(exc).__name__}: {exc})") from None
    if not pages:
        raise FormatError("PDF has no pages (damaged or truncated?)")
    if not any(p.strip() for p in pages):
        raise FormatError("PDF has no text layer (a scan? run OCR first)")
    starts, offset = [], 0
    for text in pages:
        starts.append(offset)
        offset += len(text) + 1
    return Extracted("\n".join(pages), page_starts=tuple(starts))

"""The text of a Word .docx file: paragraphs and table cells in reading order, one per line.

Headers, footers and page numbers are left out (they repeat on every page and would cut
sentences); the Document holds exactly the joined text, which the graph's offsets index.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from kg.formats import Extracted, FormatError


def _lines(container) -> Iterator[str]:
    """Paragraphs of a body or a table cell, descending into tables (merged cells once)."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    yield from _lines(cell)
        else:
            yield block.text


def docx_text(data: bytes) -> Extracted:
    """Paragraphs joined with newlines (empty paragraphs dropped)."""
    try:
        import docx
    except ImportError:
        raise FormatError("reading .docx files needs python-docx (pip install python-docx)") from None
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise FormatError("not a .docx file (not a zip archive; a truncated download or an old .doc?)")
    try:
        document = docx.Document(io.BytesIO(data))
        lines = [line.strip(" \t\u3000\xa0") for line in _lines(document)]
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
        raise FormatError(f"damaged .docx file ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # python-docx and lxml raise their own kinds on malformed parts
        raise FormatError(f"cannot read .docx file ({type(exc).__name__}: {exc})") from None
    text = "\n".join(line for line in lines if line)
    if not text.strip():
        raise FormatError("document has no text")
    return Extracted(text)

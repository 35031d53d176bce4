"""Readers for documents that are not plain text: HTML pages, Word .docx files and text PDFs.

Each reader turns the file into the plain text the Document holds, so every offset in the graph
indexes that extracted text. Readers raise `FormatError` with the problem only; `kg.read` adds
the file name. The libraries are imported when a file of their kind is read, so a missing one
refuses that file with a clear line instead of breaking the whole build.
"""

from __future__ import annotations

from dataclasses import dataclass

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
DOCX_SUFFIXES = (".docx",)
PDF_SUFFIXES = (".pdf",)
SUFFIXES = HTML_SUFFIXES + DOCX_SUFFIXES + PDF_SUFFIXES

# What a file is by its first bytes; other binary kinds are refused by name rather than decoded.
_MAGIC = (
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"\x1f\x8b", "gzip"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x7fELF", "executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office (.doc/.xls)"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\xfd7zXZ\x00", "xz"),
)


class FormatError(Exception):
    """A file of a known format that yields no text; the message says why (no file name)."""


@dataclass(frozen=True)
class Extracted:
    """The text of a document and what its format adds: a title, where each page begins."""

    text: str
    title: str = ""
    page_starts: tuple[int, ...] = ()


def kind_of(name: str) -> str:
    """`html`, `docx`, `pdf` or `text`, by the file name's suffix."""
    lower = name.lower()
    if lower.endswith(HTML_SUFFIXES):
        return "html"
    if lower.endswith(DOCX_SUFFIXES):
        return "docx"
    if lower.endswith(PDF_SUFFIXES):
        return "pdf"
    return "text"


def sniff(data: bytes) -> str:
    """What the bytes are by their signature: `pdf`, `docx`, `html`, a binary kind's name, or
    `text`. Used for standard input and for binary files behind a text suffix."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            if kind == "zip":
                return "docx" if b"word/" in data[:65536] else "zip archive"
            return kind
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in data[:4096].lower():
        return "html"
    return "text"


__all__ = ["Extracted", "FormatError", "kind_of", "sniff", "SUFFIXES"]

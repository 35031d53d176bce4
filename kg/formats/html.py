"""The readable text of an HTML page: no navigation, scripts, styles, forms or hidden parts.

Block elements (paragraphs, headings, list items, table cells, `<br>`) become line breaks and
runs of white space inside them one space, as a browser shows the page; what the Document holds
is this text, and the graph's offsets index it. Parsing uses selectolax (the Lexbor HTML5
parser, which repairs broken markup as browsers do) and falls back to the standard library's
parser where selectolax is not installed.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from kg.formats import Extracted, FormatError

# Elements whose content is never document text.
SKIP = frozenset(
    "script style noscript template head title nav aside footer form iframe frame frameset svg math select "
    "button object embed canvas audio video map dialog".split()
)
# Landmarks that hold site furniture rather than the page's article.
SKIP_ROLES = frozenset("navigation banner contentinfo search menu menubar complementary".split())
# Class or id words that mark menus, breadcrumbs and footers on sites that use plain <div>s.
SKIP_WORDS = frozenset("nav navbar navigation menu breadcrumb breadcrumbs crumb footer sidebar share copyright".split())
BLOCK = frozenset(
    "address article blockquote body caption center dd details div dl dt fieldset figcaption figure h1 h2 h3 h4 h5 "
    "h6 header hr html li main ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_WHITE = re.compile(r"[ \t\n\r\f\xa0]+")
_WORDS = re.compile(r"[^a-z0-9]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.-]+)", re.I)
_LEGACY = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030", "big5": "big5hkscs"}


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in a <meta> tag (GB2312 and GBK read as their superset
    GB18030), or None. A declared UTF-16 in a byte-oriented page is a mistake HTML ignores."""
    m = _CHARSET.search(data[:8192])
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    name = _LEGACY.get(name, name)
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return None if name.startswith("utf-16") else name


def _skipped(tag: str, attrs: dict[str, str | None], in_article: bool) -> bool:
    if tag in SKIP or (tag == "header" and not in_article):
        return True
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    if _HIDDEN_STYLE.search(attrs.get("style") or ""):
        return True
    if (attrs.get("role") or "").lower() in SKIP_ROLES:
        return True
    words = _WORDS.split(f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower())
    return any(w in SKIP_WORDS for w in words)


class _Lines:
    """Collects text into lines the way a browser lays it out (block breaks, collapsed spaces)."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.pre = 0

    def text(self, data: str) -> None:
        if not self.pre:
            self.parts.append(_WHITE.sub(" ", data))
            return
        pieces = data.replace("\r\n", "\n").split("\n")
        for i, piece in enumerate(pieces):
            if i:
                self.newline()
            self.parts.append(piece)

    def newline(self) -> None:
        line = "".join(self.parts).strip(" \t\u3000\xa0")
        if line:
            self.lines.append(line)
        self.parts = []

    def result(self) -> str:
        self.newline()
        return "\n".join(self.lines)


def _walk_lexbor(html: str) -> tuple[str, str]:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    title_node = tree.css_first("title")
    title = _WHITE.sub(" ", title_node.text() if title_node is not None else "").strip()
    out = _Lines()
    root = tree.body if tree.body is not None else tree.root
    if root is None:
        return "", title
    in_article = 0
    stack: list[tuple[object, bool]] = [(root, False)]  # iterative: deeply nested pages are common
    while stack:
        node, leaving = stack.pop()
        tag = node.tag
        if leaving:
            if tag == "pre":
                out.pre -= 1
            if tag in ("article", "main"):
                in_article -= 1
            if tag in BLOCK:
                out.newline()
            continue
        if tag == "-text":
            out.text(node.text_content or "")
            continue
        if not tag or tag[0] in "-_!":  # comments, doctype
            continue
        if tag == "br":
            out.newline()
            continue
        if _skipped(tag, dict(node.attributes), in_article > 0):
            continue
        if tag in BLOCK:
            out.newline()
        if tag == "pre":
            out.pre += 1
        if tag in ("article", "main"):
            in_article += 1
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(list(node.iter(include_text=True))))
    return out.result(), title


class _StdlibWalker(HTMLParser):
    """The same walk over the standard library's tokenizer: open elements are kept on a stack
    and an end tag closes everything opened after its start tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out = _Lines()
        self.open: list[tuple[str, bool]] = []  # tag, skipped
        self.skipping = 0
        self.in_article = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in VOID:
            if tag == "br" and not self.skipping:
                self.out.newline()
            return
        skipped = bool(self.skipping) or _skipped(tag, dict(attrs), self.in_article > 0)
        self.open.append((tag, skipped))
        if skipped:
            self.skipping += 1
            return
        if tag in BLOCK:
            self.out.newline()
        if tag == "pre":
            self.out.pre += 1
        if tag in ("article", "main"):
            self.in_article += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.skipping:
            self.out.newline()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if all(t != tag for t, _ in self.open):
            return
        while self.open:
            name, skipped = self.open.pop()
            if skipped:
                self.skipping -= 1
            else:
                if name == "pre":
                    self.out.pre -= 1
                if name in ("article", "main"):
                    self.in_article -= 1
                if name in BLOCK:
                    self.out.newline()
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skipping:
            self.out.text(data)


def _walk_stdlib(html: str) -> tuple[str, str]:
    walker = _StdlibWalker()
    walker.feed(html)
    walker.close()
    return walker.out.result(), _WHITE.sub(" ", "".join(walker.title)).strip()


def html_text(html: str) -> Extracted:
    """The page's readable text and its <title>."""
    try:
        import selectolax.lexbor  # noqa: F401
    except ImportError:
        text, title = _walk_stdlib(html)
    else:
        text, title = _walk_lexbor(html)
    if not text.strip():
        raise FormatError("page has no text outside navigation, scripts and styles")
    return Extracted(text, title[:200])

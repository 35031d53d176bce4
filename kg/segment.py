"""Word boundaries from jieba, asked only for the few spans that need them.

Chinese has no spaces, so a gazetteer hit such as 法国 inside 依法国家 or 长治 inside 长治久安
is only a mention if a segmenter agrees that it is a word. Segmenting a small window around
the hit costs microseconds; segmenting every sentence would dominate the run time.

The windows are cut and tagged by rjieba (jieba-rs: jieba's dictionary and algorithm in Rust,
about 13x faster per window; on 50,000 corpus windows its cuts equal jieba's). jieba itself
stays for its word frequencies.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import accumulate

import jieba
import rjieba

jieba.setLogLevel(logging.WARNING)

_WINDOW = 8


@cache
def _frequencies() -> dict[str, int]:
    """jieba's dictionary as word → frequency, read directly: jieba's own tokenizer would also
    build (and cache in /tmp) a prefix dictionary that nothing here uses."""
    with jieba.get_dict_file() as handle:
        rows = (line.split(" ", 2) for line in handle.read().decode("utf-8").splitlines())
        return {row[0]: int(row[1]) for row in rows if len(row) >= 2}


def is_word(text: str, begin: int, end: int, extra_boundaries: frozenset[int] = frozenset()) -> bool:
    """True when jieba puts word boundaries at both `begin` and `end` of the span.

    `extra_boundaries` are positions known to be boundaries for other reasons (the edges of
    neighbouring names), which jieba's general dictionary does not know.
    """
    return WordBoundaries(text).is_word(begin, end, extra_boundaries)


class WordBoundaries:
    """jieba's word boundaries in the windows around spans of one text, segmented together.

    Each span is judged by segmenting a small window around it, as `is_word` does; `add` cuts
    many windows in one call, joined by 。 (never part of a word, so each window is cut exactly
    as on its own). In the middle of extraction a lone call costs about five times more: the
    dictionary has left the CPU cache since the last one.
    """

    def __init__(self, text: str, spans: Iterable[tuple[int, int]] = ()):
        self.text = text
        self._cuts: dict[tuple[int, int], frozenset[int]] = {}
        self.add(spans)

    def _window(self, begin: int, end: int) -> tuple[int, int]:
        return max(0, begin - _WINDOW), min(len(self.text), end + _WINDOW)

    def add(self, spans: Iterable[tuple[int, int]]) -> None:
        """Segment the windows of `spans` not segmented yet, in one call."""
        windows = sorted({self._window(b, e) for b, e in spans} - self._cuts.keys())
        if not windows:
            return
        tokens = rjieba.cut(_JOIN.join(self.text[lo:hi] for lo, hi in windows), hmm=False)
        bounds = list(accumulate(map(len, tokens), initial=0))
        i, start = 0, 0
        for lo, hi in windows:
            stop = start + hi - lo
            while bounds[i] < start:
                i += 1
            cuts = []
            while i < len(bounds) and bounds[i] <= stop:
                cuts.append(bounds[i] - start)
                i += 1
            self._cuts[(lo, hi)] = frozenset(cuts)
            start = stop + len(_JOIN)

    def is_word(self, begin: int, end: int, extra_boundaries: frozenset[int] = frozenset()) -> bool:
        """As the module's `is_word`, from the windows segmented so far (or a new one)."""
        window = self._window(begin, end)
        if window not in self._cuts:
            self.add([(begin, end)])
        cuts, lo = self._cuts[window], window[0]
        return all(p in extra_boundaries or p - lo in cuts for p in (begin, end))


_JOIN = "。"


# Candidate names recur across a report (about one tagging in five is a repeat); bounded cache.
@lru_cache(maxsize=1 << 16)
def tag(text: str) -> tuple[tuple[str, str], ...]:
    """Part-of-speech tags for a short span (a candidate name), as (word, flag) pairs.

    Dictionary words only (no HMM): a word jieba does not know comes out as a run of single
    characters, which is itself the signal `unknown_word` reads."""
    return tuple((word, "eng" if word.isascii() and word.isalnum() else flag)  # jieba.posseg's tag for 2024
                 for word, flag in rjieba.tag(text, hmm=False))


# Characters that make up ordinary phrases when jieba splits text into single characters.
_FUNCTION_CHARS = frozenset(
    "大小多少出进上下中内外来去的了着过和与及或而并且但也都就还又再才只更最很太比被把将向对从在为于以之其所"
    "该此这那各每某个一二三四五六七八九十百千万亿年月日新老全总"
)


# Common words of recent policy language that jieba's dictionary predates (it splits them into
# single characters, which would read as an unknown name): 实训基地 and 冷链物流 are kinds of
# facility, not names. Brand and route names (恒大, 沪昆) are deliberately not here.
RECENT_WORDS = frozenset("""
冷链 蓄能 抽蓄 实训 康养 医养 文旅 农旅 科创 文创 信创 双创 众创 智造 智算 超算 算力 数智 赋能 提质 提标 提档
固废 危废 危化 餐厨 厨余 管廊 低碳 零碳 碳汇 绿电 绿能 绿氢 陆港 疏港 临空 空天 研学 雨污 截污 回用 中水
产教 产城 高纯 高精 省道 国省 非遗 多式 绿道 步道 煤制 煤基 下穿 过江 跨江 危桥 重卡 脱硝 滨水 储配 储气
海工 托育 快线 外送 长输 普惠 晶圆 封测 晶硅 硅基 碳基 铝基 充换 农网 引江 灾后 灾备 小微 补链 强基 奶源 新材
改气 棚改 退城 能化 富硒 道地 源网 网荷 荷储 触控 煤机 锂业 钛业 钒钛
人畜 干管 自贸 综保 经开 客专 号线 聚力 站前
""".split())


def has_unknown_word(tokens: tuple[tuple[str, str], ...]) -> bool:
    """True when the tokens contain a word jieba's dictionary does not know: a run of single
    characters, at least two of them not function characters (楚能, 槐荫; not 大抓, nor a
    recent common word such as 实训)."""
    run = 0
    previous = ""
    for word, _ in tokens:
        if len(word) == 1 and not word.isdigit() and not word.isascii():
            if previous + word in RECENT_WORDS:
                run -= previous not in _FUNCTION_CHARS  # the pair is one known word
                previous = ""
                continue
            run += word not in _FUNCTION_CHARS
            previous = word
            if run >= 2:
                return True
        else:
            run, previous = 0, ""
    return False


def frequency(word: str) -> int:
    """How often jieba's dictionary has seen `word` (0 for a word it does not know)."""
    return _frequencies().get(word, 0)

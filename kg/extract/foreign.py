"""Foreign cities named after their country: 德国乌波塔尔市, 美国富兰克林郡, 老挝南塔省.

Reports name sister cities and partner regions abroad by the country, then the city's
transliterated name and its unit word. No gazetteer lists every such city, but the grammar
does: a country mention, a short run of name characters, and a unit suffix. The city is part of
the country its name follows.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Mention

# A name closed by its unit; 市场 (markets), 市长 (mayors) and 市民 (citizens) are no name.
_CITY = re.compile("[\u4e00-\u9fff]{1,7}?(?:市|州|郡|省|县)(?![场长民])")
# Characters and words of clauses, lists, counts and common nouns, never of a transliterated name
# (日本等传统市场, 俄罗斯科技人才来哈市, 韩国清州等友好城市, 美国重点州, 黑山省界, 北部五省, 中丹清洁取暖试点市).
_NOT_IN_NAME = frozenset("等和及与的在了对被将把为是签来进入我上界族各全省市县区州国部个批两几")
_WORDS = re.compile("缔结|友好|城|首都|自治|部分|主要|重点|世界|有关|建立|国际|企业|银行|科技|产业|成功|试点|示范|商品|超")
_COUNT = re.compile("[一二三四五六七八九十百千]$")


def foreign_city_mentions(clean: str, mentions: list[Mention]) -> list[Mention]:
    """Add the foreign cities named right after a country, each keyed with its country."""
    countries = [m for m in mentions if m.key[:2] == ("feature", "country")]
    if not countries:
        return mentions
    dropped: set[Mention] = set()
    added: list[Mention] = []
    for country in countries:
        start = country.end + (clean.startswith("国", country.end) and country.canonical == country.surface + "国")
        match = _CITY.match(clean, start)
        if match is None:
            continue
        end = match.end() + (clean[match.end() - 1] == "州" and clean.startswith("市", match.end()))  # 北九州市
        name = clean[start:end]
        core = match.group()[:-1]
        if len(name) < 3 or set(core) & _NOT_IN_NAME or _WORDS.search(core) or _COUNT.search(core):
            continue
        inside = [m for m in mentions if start <= m.begin and m.end <= end and m is not country]
        if any(m.begin > start for m in inside):
            continue  # 美国硅谷兰州: a Chinese place further on, no foreign name
        known = next((m for m in inside if m.key[:2] == ("feature", "city")), None)
        if known is not None:  # 德国汉堡: the gazetteer's city, now with its country
            dropped.add(known)
            added.append(replace(known, key=("feature", "city", country.canonical)))
            continue
        dropped.update(inside)  # 韩国江陵市: Gangneung, not Hubei's 江陵县
        added.append(Mention("Place", start, end, name, name, "", ("feature", "city", country.canonical)))
    if not added:
        return mentions
    return sorted([m for m in mentions if m not in dropped] + added, key=lambda m: (m.begin, m.end))

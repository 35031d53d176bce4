"""The grammar of Chinese organ names: which heads exist and what full name each expands to.

An organ name is jurisdiction + (term) + head: 孝感市 + 人大常委会, 省 + 十二届 + 人大常委会,
市 + 委. This module holds the heads, their abbreviations and the templates that build the
canonical name from the jurisdiction's official name; `kg.extract.bodies` finds them in text.
"""

from __future__ import annotations

# Special committees of a people's congress: full name and the abbreviations reports use.
NPC_COMMITTEES = {
    "财政经济委员会": ("财经委",),
    "法制委员会": ("法制委",),
    "监察和司法委员会": ("监司委", "监察司法委"),
    "内务司法委员会": ("内司委",),
    "教育科学文化卫生委员会": ("教科文卫委",),
    "环境与资源保护委员会": ("环资委", "环境资源保护委员会"),
    "农业与农村委员会": ("农委", "农业农村委员会"),
    "民族宗教侨务外事委员会": ("民宗侨外委", "民族宗教外事侨务委员会"),
    "社会建设委员会": ("社会委", "社建委"),
    "城乡建设环境保护委员会": ("城环委",),
    "华侨委员会": ("华侨委",),
    "外事委员会": ("外事委",),
    "民族委员会": ("民族委",),
}
# Working committees of a standing committee.
NPCSC_COMMITTEES = {
    "法制工作委员会": ("法工委",),
    "预算工作委员会": ("预工委", "预算工委"),
    "代表工作委员会": ("代表工委", "代表人事工委"),
    "社会建设工作委员会": ("社建工委",),
    "选举联络人事任免工作委员会": ("选联工委",),
    "办公厅": (),
    "办公室": (),
    "研究室": (),
}
# Departments of a Party committee.
PARTY_DEPARTMENTS = {
    "组织部": (), "宣传部": (), "统一战线工作部": ("统战部",), "政法委员会": ("政法委",),
    "办公室": (), "办公厅": (), "政策研究室": ("政研室",), "机构编制委员会办公室": ("编办",),
    "巡察工作领导小组办公室": ("巡察办",), "网络安全和信息化委员会办公室": ("网信办",),
    "党校": (), "老干部局": (), "农村工作领导小组办公室": ("农办",),
}
# Government departments (city/county form, the provincial form where it differs).
DEPARTMENTS = {
    "发展和改革委员会": ("发改委", "发展改革委"),
    "教育局": (), "教育厅": (),
    "科学技术局": ("科技局",), "科学技术厅": ("科技厅",),
    "经济和信息化局": ("经信局",), "经济和信息化厅": ("经信厅",),
    "工业和信息化局": ("工信局",), "工业和信息化厅": ("工信厅",),
    "民族宗教事务局": ("民宗局",), "民族宗教事务委员会": ("民宗委",),
    "公安局": (), "公安厅": (),
    "民政局": (), "民政厅": (),
    "司法局": (), "司法厅": (),
    "财政局": (), "财政厅": (),
    "人力资源和社会保障局": ("人社局",), "人力资源和社会保障厅": ("人社厅",),
    "自然资源和规划局": ("自规局", "自然资源规划局"), "自然资源局": (), "自然资源厅": (),
    "生态环境局": (), "生态环境厅": (),
    "住房和城乡建设局": ("住建局",), "住房和城乡建设厅": ("住建厅",),
    "交通运输局": ("交通局",), "交通运输厅": ("交通厅",),
    "水利局": (), "水利厅": (), "水务局": (),
    "农业农村局": ("农业局",), "农业农村厅": ("农业厅",),
    "商务局": (), "商务厅": (),
    "文化和旅游局": ("文旅局", "文化旅游局"), "文化和旅游厅": ("文旅厅",),
    "卫生健康委员会": ("卫健委", "卫生健康委"),
    "退役军人事务局": (), "退役军人事务厅": (),
    "应急管理局": ("应急局",), "应急管理厅": ("应急厅",),
    "审计局": (), "审计厅": (),
    "国有资产监督管理委员会": ("国资委",),
    "市场监督管理局": ("市场监管局",),
    "统计局": (),
    "医疗保障局": ("医保局",),
    "林业局": (), "林业和草原局": ("林草局",),
    "城市管理局": ("城管局",), "城市管理执法局": ("城管执法局",),
    "信访局": (),
    "体育局": (),
    "行政审批局": (),
    "大数据管理局": ("大数据局",), "数据局": (), "政务服务和大数据管理局": ("政务服务数据管理局",),
    "乡村振兴局": (),
    "粮食和物资储备局": ("粮食局",),
    "地方金融监督管理局": ("金融局", "地方金融监管局"),
    "机关事务管理局": ("机关事务局",),
    "人民防空办公室": ("人防办",),
    "外事办公室": ("外办",),
    "住房公积金管理中心": (),
}
# Mass organisations: head (as written) → template of the canonical name.
MASS_ORGANISATIONS = {
    "总工会": "{j}总工会", "工会": "{j}总工会",
    "妇女联合会": "{j}妇女联合会", "妇联": "{j}妇女联合会",
    "残疾人联合会": "{j}残疾人联合会", "残联": "{j}残疾人联合会",
    "科学技术协会": "{j}科学技术协会", "科协": "{j}科学技术协会",
    "红十字会": "{j}红十字会",
    "工商业联合会": "{j}工商业联合会", "工商联": "{j}工商业联合会",
    "文学艺术界联合会": "{j}文学艺术界联合会", "文联": "{j}文学艺术界联合会",
    "归国华侨联合会": "{j}归国华侨联合会", "侨联": "{j}归国华侨联合会",
    "共青团": "共青团{j}委",
}


def expansions(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Every written form (full or abbreviated) → the full form."""
    out = {}
    for full, abbreviations in table.items():
        out[full] = full
        for abbreviation in abbreviations:
            out.setdefault(abbreviation, full)
    return out


def court_name(jurisdiction: str, level: str, written: str) -> str:
    """The court of a jurisdiction: 高级 for provinces, 中级 for cities, 基层 otherwise."""
    if "高级" in written or written == "高院" or (level == "province" and written in ("法院", "人民法院")):
        return f"{jurisdiction}高级人民法院"
    if "中级" in written or written == "中院" or (level == "city" and written in ("法院", "人民法院")):
        return f"{jurisdiction}中级人民法院"
    return f"{jurisdiction}人民法院"

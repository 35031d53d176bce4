"""Relations stated in sentences: who enacted, amended, approved, repealed or inspected which
regulation, who oversees whom, who worked with whom.

Work reports leave their subject out (出台《…条例》 is the standing committee's own act), so the
default subject is the document's author organ; an organ of a people's congress named at the
start of the sentence takes its place. Each relation keeps the sentence it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.model import Mention, Relation, Sentence

_ACT_CUES = (
    ("amends", re.compile(r"修订|修改|修正")),
    ("repeals", re.compile(r"废止|废除")),
    ("approves", re.compile(r"批准")),
    ("enacts", re.compile(r"审议通过|表决通过|通过|出台|制定|制订|颁布|公布施行|颁布实施|联合印发|印发|作出")),
)
_ANAPHORIC_ACT = re.compile(r"(审议通过|表决通过|通过|批准|修订|修改|废止)了?(?:该|此|这部|这一)(?:条例|法规|办法|规定|决定|法)")
# 《X》经A…批准; 《X》，该条例经A批准; 《A》《B》，均经A批准; 《X》顺利通过A审查批准
_BY_AFTER_TITLE = re.compile(r"(?:（[^）]{0,20}）)?[，,]?(?:该(?:条例|法规|办法|规定|决定))?(?:已|均|都|分别|先后)*"
                             r"(?:于[^，。；《》]{0,16})?"
                             r"(?:报请|报经|报(?=[省全自])|经|由|(?:顺利|已)?通过(?=[省市区州县自全]))")
_LAW_TITLE = re.compile(r"(?:条例|(?<!办)法)$")  # only a congress makes these; 办法 is not a 法
_REVISION = re.compile(r"[（(](?:修订|修正|修订草案|修正草案)[）)]$")
# 修改情况, 审议意见, 修改稿 are nouns: the verb there acts on nothing
_ANY_ACT = re.compile(f"(?:{'|'.join(p.pattern for _, p in _ACT_CUES)})(?!情况|意见|建议|稿|的说明)")
_INSPECT_AFTER = re.compile(
    r"^[”’」]?(?:[“‘「][^”’」]{1,12}[”’」])?(?:等[^，。；]{0,8})?(?:在[^，。；《]{1,6}?的)?"  # 在我市的贯彻实施情况
    r"(?:贯彻|的)?(?:贯彻实施|实施|执行|贯彻落实|落实)?(?:情况)?(?:进行|开展)?(?:了)?"
    r"(?:执法检查|实施情况|贯彻实施情况|执行情况|贯彻落实情况|落实情况|情况|立法后评估|实施效果评估|执法调研|跟踪检查)"
)
# 围绕《X》实施开展专题调研: an inquiry into how the title is put to use, with no 情况 written
_INSPECT_USE = re.compile(r"[”’」]?(?:的)?(?:贯彻实施|贯彻执行|贯彻落实|实施|执行)(?:情况)?(?:进行|开展)了?(?:专题|专项)?"
                          r"(?:调研|视察|检查|评估)")
# 完成了《X》的修订工作, 《X》的修正工作顺利完成: the act named as a noun of work done
_ACT_DONE_BEFORE = re.compile("完成了?$")
_ACT_NOUN = re.compile(r"[”’」]?(?:的)?(修订|修改|修正|废止|制定)(?!情况|意见|建议|稿|草案|的说明)")
_ACT_NOUN_DONE = re.compile(r"[”’」]?(?:的)?(修订|修改|修正|废止|制定)工作(?:已经|已|顺利|全面|如期|均)*(?:完成|结束)")
_INSPECT_CUE = re.compile(r"执法检查|实施情况|贯彻实施情况|执行情况|贯彻落实情况|立法后评估|检查|视察|评估|调研")
_APPROVED_AFTER = re.compile(r"[，,]?(?:并)?(?:决定)?(?:予以)?批准")
# 对《X》进行了修正, 将《Y》予以废止: the act verb follows the title
_ACT_AFTER = re.compile(r"[”’」]?(?:等[^，。；]{0,8})?(?:(?:进行|作|作出|予以)了?(?:全面|集中|打包|一揽子)?"
                        r"(修订|修改|修正|废止)(?!情况|意见|建议|稿)"
                        r"|(?:已经|已|均已|获)(?:表决|审议)?(通过)(?!初审|一审|二审|论证|评审|验收|审查))")
_NEXT_LAWMAKER = re.compile(r"[，,]?(?:并|后|再)?(?:(?:于|同年)?(?:\d{4}年)?\d{1,2}月\d{1,2}日)?(?:报经|经|由|报)?(?:请)?")
# 由A审查后报B批准, 经A审议后提请B: A hands the title on to the lawmaker named next
_HANDED_ON = re.compile(r"[^，；。《》]{0,12}?(?:后|并|，)?(?:报请|报经|报送|报|提请|提交|转)")
# 制定贯彻《X》的具体措施, 出台落实《Y》实施细则: the act is on another instrument implementing the title
_IMPLEMENTS = re.compile("贯彻|落实")  # (制定实施《X》 makes X)
_FOR_ANOTHER = re.compile(r"[”’」]?(?:的)?(?:具体|配套|工作|行动|若干)?(?:实施|贯彻|落实)?"
                          "(?:措施|细则|办法|意见|方案|规定|制度|文件|政策|计划)")
_DESCRIBED_ACT = re.compile("(?:后)?的")  # 新修订的《X》, 新颁布的《X》: an act named, not done
_CENTRAL_ISSUERS = ("国务院", "中华人民共和国国务院", "全国人民代表大会")  # national titles naming their issuer
_OTHER_TITLE = re.compile("《[^《》]*》")
_COLLECTIVE_APPROVAL = re.compile(r"(?:上述|以上|这|[两二三四五六七八九十]+)(?:部|件|个)?(?:地方性)?"
                                  r"(?:条例|法规|单行条例|自治条例)(?:已|均|先后|分别|都)*(?:于[^，。；《》]{0,16})?"
                                  r"(?:经|由|报经|报请)")
# 上述条例均报经…, 以上两部单行条例已经…, 该条例于…经…: a sentence naming the titles of the one before
_BACK_POINTER = re.compile(r"(?:上述|以上|该|这)(?:[两二三四五六七八九十\d]+)?(?:部|件|个|项)?(?:地方性)?"
                           r"(?:条例|法规|单行条例|自治条例|规章|法规案)(?:已|均|先后|分别|都|也)*"
                           r"(?:于[^，。；《》]{0,16})?(?:经|由|报经|报请|报)")
_WORK_LISTED = re.compile("[^，。；：、《》]{1,12}(?:工作|情况)[、和及]")
# Verbs of a clause that does something to a title other than making or changing it.
_OTHER_DOING = re.compile("审议(?!通过)|审查(?!批准)|起草|启动|开展|推进|调研|论证|评估|听取|研究|提请|报请|征求")
_SOUGHT = re.compile("争取|申请|报请|提请")
_ASSISTED = re.compile("配合|协助|陪同|协同")
_RECOMMENDED = re.compile("建议|要求|希望")  # what the author asks of others
# …and the clauses after it say what (检查组要求，; not 目标要求，, a noun)
_ADVICE_OPENED = re.compile("(?<!的)(?:建议|希望)[，：:]|(?:组|会议|常委会|代表|委员|主任)(?:强调|并)?要求[，：:]")
_FOLLOWING = re.compile("按照|根据|依据|遵照")  # 根据市委建议，: advice followed, acts done
_DECISION_VERB = re.compile(r"关于(修改|批准|废止)")
_LAWMAKERS = ("npcsc", "npc")
_OVERSIGHT_BODIES = ("npcsc", "npc", "cppcc")
_LEGAL_SUPERVISORS = ("procuratorate", "supervision")  # oversee whoever accepts their 法律监督, 监察监督
_OVERSEEN = ("government", "court", "procuratorate", "department", "supervision", "traffic_police", "police_branch",
            "zone_committee", "zone_court", "zone_procuratorate")
_COOPERATION = re.compile(r"会同|联合|协同|携手")
# What may stand before a cooperation cue when the sentence's own subject cooperates (加强与…合作).
_IMPLIED_SUBJECT = re.compile(
    r"(?:[（(]?[一二三四五六七八九十\d]+[）)、.]?)?(?:积极|主动|加强|深化|继续|进一步|全面|推动|持续|不断|坚持|我院|我市|我省|我县|"
    r"我区|本院|本会|并|还|先后|分别|率先|首次|广泛|密切|同时|此外|今年|去年|全年|注重|着力)*")
# 与X、Y会签/联合出台: the partners come first, the verb after them.
_COOPERATION_AFTER = re.compile(r"(?:等(?:单位|部门)?)?(?:(?:开展|进行|建立|签署|签订)[^，。；、]{0,8}?)?"
                                r"(?:共同|联合|会签|协同|协作|携手|联手|合作|同步)")  # 开展汉江流域协同立法, 签署战略合作协议
_JOINT_AFTER = re.compile(r"(?:等(?:单位|部门)?)?(?:联合|共同|会签|联手|协同|携手)")
_HEAR = re.compile(r"听取(?:和)?审议|听取|审议|审查")
_REPORT = re.compile(r"报告|汇报")
_LIST_GOES_ON = re.compile("(?:以及|及|和|还有)?")
_ASSIGN = re.compile(r"向$")
_ASSIGN_AFTER = re.compile(r"^交办|^转交|^交付")
_SUPERVISE = re.compile(r"监督")
_UNDER = re.compile(r"(?:和|、)?(?:指导|帮助|支持)?下")
_REVIEW = re.compile(r"监督|评议|询问|质询|满意度测评|测评|视察|专题调研")
_REPORT_TO_CONGRESS = re.compile(r"向大会(?:作)?(?:政府)?(?:工作)?报告(?:政府)?(?:工作)?")
_REPORT_TO = re.compile(r"(?:专题|专项|书面)?(?:报告|汇报)")
# 请市政协各位委员 (提出意见); not 邀请政协委员 (to a hearing)
_CPPCC_ADVICE = re.compile(r"(?<![邀聘申提])请(?:各位)?(?:全国|自治区|自治州|地区|[省市县区州旗盟])?政协(?:各位)?委员")
# National organs that do what their local counterparts do: the NPC's standing committee enacts
# and inspects, the State Council and the top court and procuratorate are overseen.
_NATIONAL_KINDS = {"全国人民代表大会": "npc", "全国人民代表大会常务委员会": "npcsc", "中华人民共和国国务院": "government",
                   "最高人民法院": "court", "最高人民检察院": "procuratorate", "中华人民共和国国家监察委员会": "supervision",
                   "中国人民政治协商会议全国委员会": "cppcc"}
_WINDOW = 400
_CLAUSE_OF_USE = re.compile("，(?:认真|严格|全面|深入|积极|大力)?(?:实施|贯彻|落实|执行|宣传|学习|遵守|施行)")
# ，对《X》开展执法检查: a clause opened by 对 takes its verb after the title, not from the clause before
_OBJECT_FRONTED = re.compile("[，,](?:并|还|同时|另外|也|及时|先后|分别|首次|重点|专门)*对□?$")
_REACH = 30
_HEADING = re.compile(r"(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、])?")


@dataclass(frozen=True)
class Located:
    mention: Mention
    iri: str
    kind: str = ""  # the organ's kind (npcsc, government …), national organs included

    def __post_init__(self) -> None:
        key = self.mention.key
        kind = _NATIONAL_KINDS.get(self.mention.canonical, "national") if key[:1] == ("national",) else key[0] if key else ""
        object.__setattr__(self, "kind", kind)


def relate(clean: str, sentences: tuple[Sentence, ...], mentions: list[Mention], iris: list[str],
           author: str, author_kind: str, home: str = "") -> list[Relation]:
    """All text-stated relations in a document, one per (relation, sentence). `home` is the
    author's jurisdiction code ("CN" for a national organ)."""
    located = sorted((Located(m, i) for m, i in zip(mentions, iris)), key=lambda x: x.mention.begin)
    out: list[Relation] = []
    idx = 0
    before: list[Located] = []
    for s in sentences:
        inside = []
        while idx < len(located) and located[idx].mention.begin < s.begin:
            idx += 1
        j = idx
        while j < len(located) and located[j].mention.begin < s.end:
            inside.append(located[j])
            j += 1
        if inside or author:
            out += _sentence_relations(clean, s, inside, author, author_kind, home)
        out += _approved_from_before(clean, s, inside, before)
        before = inside
    return out


def _approved_from_before(clean: str, s: Sentence, inside: list[Located], before: list[Located]) -> list[Relation]:
    """制定《A》，修改《B》。上述条例均报经省人大常委会批准。: a sentence that opens by pointing back
    at the titles before it hands them to the lawmaker whose clause says 批准."""
    text = clean[s.begin:s.end]
    opening = _BACK_POINTER.match(text)
    if opening is None or any(x.mention.type == "Regulation" for x in inside):
        return []
    approver = _approver_after(text, s.begin, inside, opening.end())
    if approver is None:
        return []
    titles = [r for r in before if r.mention.type == "Regulation"
              and not any(o is not r and o.mention.begin < r.mention.begin and r.mention.end <= o.mention.end
                          for o in before)]
    return [Relation(approver.iri, "approves", r.iri, s, "pattern", "批准") for r in titles
            if r.iri != approver.iri]


def _approver_after(text: str, offset: int, bodies: list[Located], pos: int) -> Located | None:
    """The first lawmaker written after `pos` whose own clause says 批准 (…经省人大常委会批准)."""
    return next((b for b in bodies if b.kind in _LAWMAKERS and b.mention.begin - offset >= pos
                 and "批准" in re.split("[，。；]", text[b.mention.end - offset:], maxsplit=1)[0]), None)


def _sentence_relations(clean: str, s: Sentence, inside: list[Located], author: str, author_kind: str,
                        home: str = "") -> list[Relation]:
    text = clean[s.begin:s.end]
    regs = [x for x in inside if x.mention.type == "Regulation"]
    bodies = [x for x in inside if x.mention.type == "Body"]
    out: list[Relation] = []
    if not regs and not bodies:
        return out  # every relation read here has a body or a regulation in its sentence

    def add(subject: str, predicate: str, obj: str, cue: str) -> None:
        if subject and obj and subject != obj:
            out.append(Relation(subject, predicate, obj, s, "pattern", cue))

    subject, subject_kind = author, author_kind
    if bodies and bodies[0].kind in _LAWMAKERS and _HEADING.fullmatch(text[:bodies[0].mention.begin - s.begin]):
        subject, subject_kind = bodies[0].iri, bodies[0].kind

    # Regulations: the nearest act verb to the left governs; a decision's own verb wins.
    for r in regs:
        m = r.mention
        rel = m.begin - s.begin
        decision = _enclosing_decision(text, rel)
        enclosing = [o for o in regs if o.mention.begin < m.begin and m.end <= o.mention.end]
        if decision is not None and any(not _DECISION_VERB.search(o.mention.surface) for o in enclosing):
            continue  # 关于修改《浙江省实施〈妇女权益保障法〉办法》的决定: the law inside is not amended
        if decision is not None:
            verb = {"修改": "amends", "批准": "approves", "废止": "repeals"}[decision]
            owner = subject
            for o in enclosing:
                for b in bodies:
                    if b.mention.begin == o.mention.begin + 1 and b.kind in _LAWMAKERS:
                        owner = b.iri
            if subject_kind in _LAWMAKERS or owner != subject:
                add(owner, verb, r.iri, decision)
            continue
        if enclosing:
            continue
        # 修改《X》，经省人大常委会批准后施行: lawmakers named after the title act too
        acts = _acts_after_title(text, m, bodies, regs, s.begin)
        for who, predicate, word in acts:
            add(who, predicate, r.iri, word)
        after_titles = _skip_regs(text[m.end - s.begin:], regs, m.end, s.begin)[:30]  # a long list of titles
        act_after = _ACT_AFTER.match(after_titles)
        done = _ACT_NOUN_DONE.match(after_titles) or (
            _ACT_DONE_BEFORE.search(text, 0, rel) and _ACT_NOUN.match(after_titles))
        if done and "草案" not in m.surface and subject_kind in _LAWMAKERS \
                and (home == "CN" or not m.canonical.startswith("中华人民共和国")):  # (配合完成《…法》修订)
            add(subject, _act_predicate(done.group(1)), r.iri, done.group(1))  # 完成《X》修订
            continue
        if act_after:  # 对《X》进行了修正, 《Y》已表决通过: the verb after the title is its own
            verb = act_after.group(1) or act_after.group(2)
            if subject_kind in _LAWMAKERS:
                add(subject, _act_predicate(verb), r.iri, verb)
            continue
        cue = _nearest_act(text, rel, regs, s.begin)
        if cue is not None and _FOR_ANOTHER.match(after_titles) and _IMPLEMENTS.search(text, cue[2], rel) \
                and not re.match("[和及与、]", text[m.end - s.begin:]):  # (制定《A》及配套文件 makes A too)
            cue = None  # 制定贯彻《X》的具体措施: what is made is the measures, not X
        if cue is not None and cue[1] == "作出" and not (m.canonical.endswith(("决定", "决议"))
                                                       and re.fullmatch("了?", text[cue[2] + len(cue[1]):rel])):
            cue = None  # one makes (作出) a decision or resolution, right before its title; nothing else
        if cue is not None:
            predicate, word, cue_at = cue
            acted, actor = _who_acts(text, cue_at, bodies, inside, home, s.begin)
            if not acted or (word == "作出" and actor is None):
                continue  # (党的十四届三中全会作出《…决定》: a meeting's, not the report's subject's)
            described = re.sub("[、和及与]", "", _OTHER_TITLE.sub("", text[cue_at + len(word):rel]))  # 出台的《A》、《B》
            if described.startswith("的") and not _DESCRIBED_ACT.fullmatch(described):
                continue  # 按市人大常委会制定的年度计划，做好《X》起草: the verb qualifies another noun
            if actor is None and predicate == "approves" and subject_kind not in _LAWMAKERS:
                continue  # a government approves no regulation
            # 新修订的《X》, 2022年通过的《X》: the act names X; what the clause does to X may follow it
            names_it = _DESCRIBED_ACT.fullmatch(described) is not None
            if not (actor is None and names_it and text[cue_at - 1:cue_at] == "新"):  # (落实新修订的《X》: no act)
                if actor is None and (m.canonical.startswith("中共") and subject_kind != "party"
                                      or m.canonical.startswith(_CENTRAL_ISSUERS) and home != "CN"):
                    continue  # 出台《中共中央关于…》, 《中共西安市委关于…》 in a government's report: the title names its issuer
                who, kind = (actor.iri, actor.kind) if actor else (subject, subject_kind)
                if predicate == "enacts" and _REVISION.search(m.surface):
                    predicate = "amends"  # 《…条例（修订）》审议通过
                national = actor.mention.key[:1] == ("national",) if actor else home == "CN"
                # only the national legislature enacts a national law (a local one implements it)
                if (kind in _LAWMAKERS or not _LAW_TITLE.search(m.canonical)) and not (
                        predicate == "enacts" and m.canonical.startswith("中华人民共和国") and not national):
                    add(who, predicate, r.iri, word)
                    if not names_it:
                        continue
        anaphor = _ANAPHORIC_ACT.search(text, m.end - s.begin)
        if anaphor and subject_kind in _LAWMAKERS and not any(m.end <= o.mention.begin < s.begin + anaphor.start()
                                                              for o in regs):
            add(subject, _act_predicate(anaphor.group(1)), r.iri, anaphor.group(1))  # 《A（草案）》……表决通过了该条例
            continue
        if acts:
            continue
        approval = _APPROVED_AFTER.match(after_titles)
        if approval and subject_kind in _LAWMAKERS:
            add(subject, "approves", r.iri, approval.group().lstrip("，,"))  # 审查了《A》和《B》，决定予以批准
            continue
        if _INSPECT_AFTER.search(after_titles) or _INSPECT_USE.match(after_titles):
            inspector = subject if subject_kind in _LAWMAKERS else next(
                (b.iri for b in reversed(bodies) if b.kind in _LAWMAKERS and b.mention.end <= m.begin), "")
            cue_word = _INSPECT_CUE.search(after_titles)
            add(inspector, "inspects", r.iri, cue_word.group() if cue_word else "")
            for b in bodies:  # 配合全国人大常委会执法检查组检查《X》: the one assisted inspects too
                if b.kind in _LAWMAKERS and b.mention.end <= m.begin and b.iri != inspector \
                        and _ASSISTED.search(text, max(0, b.mention.begin - s.begin - 4), b.mention.begin - s.begin) \
                        and not re.search("[，；。]", text[b.mention.end - s.begin:m.begin - s.begin]):
                    add(b.iri, "inspects", r.iri, cue_word.group() if cue_word else "")

    # 制定《A》，修改《B》，两部条例经省人大常委会批准: a count of the titles before hands them all on
    collective = _COLLECTIVE_APPROVAL.search(text) if len(regs) > 1 else None
    if collective is not None:
        approver = _approver_after(text, s.begin, bodies, collective.end())
        if approver is not None:
            for r in regs:
                if r.mention.end - s.begin <= collective.start():
                    add(approver.iri, "approves", r.iri, "批准")

    # Oversight.
    if author and author_kind in _OVERSEEN:
        for m in _REPORT_TO_CONGRESS.finditer(text):
            for b in bodies:
                if b.kind == "npc" and b.mention.begin - s.begin in range(m.start(), m.end()):
                    add(b.iri, "oversees", author, m.group())
        for b in bodies:  # 向市人大常委会(专题)报告工作: the organ reported to oversees the author
            pos = b.mention.begin - s.begin
            reported = _REPORT_TO.match(text, b.mention.end - s.begin)
            if b.kind in _OVERSIGHT_BODIES and text[pos - 1:pos] == "向" and reported:
                add(b.iri, "oversees", author, "向" + b.mention.surface + reported.group())
        if _CPPCC_ADVICE.search(text):
            for b in bodies:
                if b.kind == "cppcc":
                    add(b.iri, "oversees", author, "政协委员提出意见")
        for clause_begin, clause in _clauses(_OTHER_TITLE.sub(_blank, text)) if "监督" in text else ():
            sup = _SUPERVISE.search(clause)  # (never in a title: 《…预算审查监督条例》)
            if not sup or _HEAR.search(clause):
                continue
            for b in bodies:
                pos = b.mention.begin - s.begin - clause_begin
                end = b.mention.end - s.begin - clause_begin
                # 在人大监督下; also a list of supervisions: 接受党内监督、人大依法监督、政协民主监督
                accepted = b.kind in _LEGAL_SUPERVISORS and "接受" in clause[:max(pos, 0)]  # 接受市检察院法律监督
                # 在最高人民法院监督指导下: a higher court's supervision of trials, said by the court under it
                own = _SUPERVISE.search(clause, end, end + 8)  # (市人大有力监督和最高人民法院监督指导下)
                higher_court = b.kind == author_kind == "court" and "在" in clause[:max(pos, 0)] \
                    and (_UNDER.match(clause, sup.end()) or own is not None and _UNDER.match(clause, own.end()))
                if (b.kind in _OVERSIGHT_BODIES or accepted or higher_court) and b.iri != author and (
                        0 <= pos < sup.start() or own is not None):
                    add(b.iri, "oversees", author, "监督")
    overseer = author if author_kind in _OVERSIGHT_BODIES else ""
    if bodies and bodies[0].kind in _OVERSIGHT_BODIES and \
            _HEADING.fullmatch(text[:bodies[0].mention.begin - s.begin]):
        overseer = bodies[0].iri  # 省人大常委会听取审议省检察院……的报告
    if overseer:
        author = overseer
        heard = None  # the hearing verb of the clause before, whose list of reports may go on
        for clause_begin, clause in _clauses(_OTHER_TITLE.sub(_blank, text)):
            hear = _HEAR.search(clause)
            for b in bodies:
                pos = b.mention.begin - s.begin - clause_begin
                if not 0 <= pos < len(clause) or b.kind not in _OVERSEEN:
                    continue
                if hear and hear.end() <= pos and _REPORT.search(clause, pos):
                    add(author, "oversees", b.iri, hear.group())  # 听取审议A…的报告、B…的报告
                elif hear is None and heard is not None and _LIST_GOES_ON.fullmatch(clause[:pos]) \
                        and _REPORT.search(clause, pos):
                    add(author, "oversees", b.iri, heard.group())  # 听取审议A…的报告，B…的报告
                elif _ASSIGN.search(clause[:pos]) and _ASSIGN_AFTER.search(clause[b.mention.end - s.begin - clause_begin:]):
                    add(author, "oversees", b.iri, "交办")
                elif clause[:pos].endswith("监督"):
                    for o in _listed_from(text, s.begin, bodies, b):  # 跟踪监督A、B落实审议意见
                        if o.kind in _OVERSEEN:
                            add(author, "oversees", o.iri, "监督")
                elif clause[:pos].endswith("对") and _REVIEW.search(clause, pos):
                    for o in _listed_from(text, s.begin, bodies, b):  # 对A、B、C等部门开展评议
                        if o.kind in _OVERSEEN:
                            add(author, "oversees", o.iri, _REVIEW.search(clause, pos).group())
            if hear is not None and _REPORT.search(clause, hear.end()):
                heard = hear
            elif hear is not None or not _REPORT.search(clause):
                heard = None

    # Cooperation: 会同武汉市、随州市人大.
    for m in _COOPERATION.finditer(text):
        for b in bodies:
            pos = b.mention.begin - s.begin
            between = text[m.end():pos]
            if any(o.mention.begin == b.mention.begin and o.mention.end > b.mention.end for o in bodies):
                continue  # 会同省政府法制办: the government inside its department's name works with no one
            if 0 <= pos - m.end() <= 20 and re.fullmatch(r"[\u4e00-\u9fff、和及]*", between) and b.iri != author:
                if all(ch in "、和及" or _covered(bodies, s.begin + m.end() + k) for k, ch in enumerate(between)):
                    add(_cooperating(text, s.begin, bodies, m.start(), author), "cooperatesWith", b.iri, m.group())
    for b in bodies:  # 高检院、最高院联合发布: the bodies listed before the verb work together
        pos = b.mention.begin - s.begin
        if pos > 0 and (text[pos - 1] in "、和及与" or _covered(bodies, b.mention.begin - 1)):
            continue
        run = _listed_from(text, s.begin, bodies, b)
        joint = _JOINT_AFTER.match(text, max(o.mention.end for o in run) - s.begin)
        for i, one in enumerate(run if joint else []):
            for other in run[i + 1:]:
                if one.mention.end <= other.mention.begin:  # not an organ and the parent inside its name
                    add(one.iri, "cooperatesWith", other.iri, joint.group())
    for b in bodies:
        pos = b.mention.begin - s.begin
        if pos == 0 or text[pos - 1] not in "与同":
            continue
        run = _listed_from(text, s.begin, bodies, b)
        verb = _COOPERATION_AFTER.match(text, max(o.mention.end for o in run) - s.begin)
        if verb is None:
            continue
        partner = _cooperating(text, s.begin, bodies, pos - 1, subject)
        for o in run:
            add(partner, "cooperatesWith", o.iri, verb.group())
    return out


def _blank(title: re.Match) -> str:
    """A title kept in place but unreadable: its words are no cue of the sentence's."""
    return "《" + "〇" * (len(title.group()) - 2) + "》"


def _cooperating(text: str, offset: int, bodies: list[Located], at: int, subject: str) -> str:
    """Who works with the partners named after `at` (会同…, 与…联合): the body written right
    before (省人大常委会联合…, 市委与…), else the sentence's subject when its clause names no one
    else (加强与中科院合作, not 支持衡水与中科院合作); empty when it is someone else."""
    before = next((o for o in bodies if o.mention.end - offset == at), None)
    if before is not None:
        return before.iri
    clause = text[max(text.rfind(c, 0, at) for c in "，；：。") + 1:at]
    return subject if _IMPLIED_SUBJECT.fullmatch(clause) else ""


def _listed_from(text: str, offset: int, bodies: list[Located], first: Located) -> list[Located]:
    """`first` and the bodies listed right after it with 、, 和 or 及 (湖南省、湖北省人大常委会
    gives two mentions that overlap; both belong to the list), each perhaps with the work it is
    reviewed on (对市中级人民法院执行工作、市人民检察院未成年人检察工作开展专题调研)."""
    run, end = [first], first.mention.end
    for o in bodies:
        if o.mention.begin <= first.mention.begin:
            continue
        if o.mention.begin < end or (o.mention.begin == end + 1 and text[end - offset] in "、和及") \
                or _WORK_LISTED.fullmatch(text, end - offset, o.mention.begin - offset):
            run.append(o)
            end = max(end, o.mention.end)
        elif o.mention.begin > end:
            break
    return run


def _covered(bodies: list[Located], pos: int) -> bool:
    return any(b.mention.begin <= pos < b.mention.end for b in bodies)


def _clauses(text: str) -> list[tuple[int, str]]:
    """The clauses of a sentence, split at ，；： outside titles (a comma inside 《…》 is the title's)."""
    out = []
    start = 0
    depths = _depths(text) if "《" in text else None
    for m in re.finditer(r"[，；：]", text):
        if depths and depths[m.start()]:
            continue
        out.append((start, text[start:m.start()]))
        start = m.end()
    out.append((start, text[start:]))
    return out


def _depths(text: str) -> list[int]:
    """Bracket depth (《》〈〉) at every position of `text`."""
    depth, out = 0, []
    for ch in text:
        if ch in "》〉":
            depth = max(0, depth - 1)
        out.append(depth)
        if ch in "《〈":
            depth += 1
    return out


def _enclosing_decision(text: str, rel: int) -> str | None:
    """The verb of the innermost 关于修改/批准/废止……的决定 that contains position `rel`.

    The decision ends at the first 的决定/的决议 at its own bracket depth, so titles listed
    inside it (关于批准《A》、《B……的决定》、《C》的决定) do not end it early."""
    depths = _depths(text)
    found = None
    for m in _DECISION_VERB.finditer(text, 0, rel):
        level = depths[m.start()]
        end = -1
        for e in re.finditer("的决[定议]", text[m.end():]):
            if depths[m.end() + e.start()] == level:
                end = m.end() + e.start()
                break
        if end >= rel and "。" not in text[m.end():rel] and "；" not in text[m.end():rel]:
            found = m.group(1)
    return found


def _clause_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in "，；：。") + 1


def _who_acts(text: str, cue_at: int, bodies: list[Located], inside: list[Located], home: str,
              offset: int) -> tuple[bool, Located | None]:
    """Whether the act verb at `cue_at` states an act, and by which named body (None: the
    sentence's subject, usually the author)."""
    clause_at = _clause_start(text, cue_at)
    if _RECOMMENDED.search(text, clause_at, cue_at) or _advice_opened(text, cue_at):
        return False, None  # 建议省政府加快修订《…》, 检查组建议，市政府要…修订《…》: advice, not an act
    # 报请省人大常委会批准《…》: a body written right before the verb acts (省政府出台《…办法》)
    actor = _actor_before(text, offset + cue_at, bodies, offset)
    if actor is not None:
        return True, actor
    if _place_before(offset + cue_at, inside, home):
        return False, None  # 青岛市制定《…》 in a 山东 report: that city's act, not the author's
    if any(x.mention.type == "Place" and x.mention.key[:2] == ("feature", "country") and x.mention.canonical != "中华人民共和国"
           and offset + clause_at <= x.mention.begin < offset + cue_at for x in inside):
        return False, None  # 中国、日本、韩国……共同制定的《区域全面经济伙伴关系协定》: states' treaty
    sought = _SOUGHT.search(text, clause_at, cue_at)
    if sought:  # 争取国务院……批准实施《…》: the body asked acts, if it is named
        actor = next((b for b in bodies if sought.end() <= b.mention.begin - offset < cue_at), None)
        return actor is not None, actor
    if text.endswith(("国家", "中央"), 0, cue_at):
        return False, None  # 国家批准实施《…规划》: the state acts, not the author
    return True, None


def _advice_opened(text: str, cue_at: int) -> bool:
    """Whether an earlier clause opens advice that the clause of `cue_at` goes on with."""
    opened = _ADVICE_OPENED.search(text, 0, cue_at)
    return opened is not None and not _FOLLOWING.search(text, _clause_start(text, opened.start()), opened.start())


def _actor_before(text: str, cue: int, bodies: list[Located], offset: int) -> Located | None:
    """The body written right before an act verb (省政府加快出台): the one acting; when it is a
    partner (A会同B制定), the body opening the clause (A), or the author when none does."""
    for b in reversed(bodies):
        gap = cue - b.mention.end
        if 0 <= gap <= 4 and not re.search("[，；。、]", text[b.mention.end - offset:cue - offset]):
            start = _clause_start(text, b.mention.begin - offset)
            clause = text[start:b.mention.begin - offset]
            if not (_COOPERATION.search(clause) or re.search("[与和同及、]$", clause)):
                return b
            opener = start + len(_HEADING.match(clause).group())
            return max((o for o in bodies if o.mention.begin - offset == opener and o is not b),
                       key=lambda o: o.mention.end, default=None)  # 市委政法委, not the 市委 inside it
    return None


def _place_before(cue: int, inside: list[Located], home: str) -> bool:
    """Whether a place other than the author's own stands right before an act verb."""
    return any(x.mention.type == "Place" and x.mention.key[:1] == ("division",) and x.mention.code != home
               and 0 <= cue - x.mention.end <= 2 for x in inside)


def _nearest_act(text: str, rel: int, regs: list[Located], offset: int) -> tuple[str, str, int] | None:
    """The act verb governing a regulation at `rel`: the nearest one to its left, at most
    `_REACH` characters away once the other titles listed with it count as one character each
    (出台《A》《B》、关于修改《C》的决定 — the verb governs all of them)."""
    lo = max(0, rel - _WINDOW)
    window = text[lo:rel]
    for r in sorted(regs, key=lambda r: -r.mention.begin):  # right to left, so offsets stay valid
        b, e = r.mention.begin - offset - lo, r.mention.end - offset - lo
        if e > 0 and b < len(window) and not any(o.mention.begin < r.mention.begin and r.mention.end <= o.mention.end
                                                 for o in regs):
            b, e = max(b, 0), min(e, len(window))
            window = window[:b] + "□" + window[e:]
    if "《" in window:  # a title not taken as a regulation (a Party document) is the verb's object
        window = _OTHER_TITLE.sub("■", window)
    cut = max(window.rfind("。"), window.rfind("；"))
    window = window[cut + 1:][-_REACH:]
    best = None
    for m in _ANY_ACT.finditer(window):
        best = m
    if best is None or "■" in window[best.end():] or _CLAUSE_OF_USE.search(window, best.end()) \
            or _OBJECT_FRONTED.search(window, best.end()):
        return None  # (制定《A》，实施《B》: B is put to use, not made)
    clause = window.rfind("，", best.end())
    if clause != -1 and _OTHER_DOING.search(window, clause):
        return None  # 修改《A》，审议《B（草案）》: the next clause does something else to B
    # Where the verb stands in the sentence: exact when no title was collapsed after it.
    cue_at = rel - (len(window) - best.start())
    if "□" in window[best.end():]:
        found = text.rfind(best.group(), 0, rel)
        cue_at = found if found != -1 else cue_at
    return _act_predicate(best.group()), best.group(), cue_at


def _act_predicate(verb: str) -> str:
    """The relation an act verb states: 修改 amends, 废止 repeals, 批准 approves, 通过 enacts."""
    return next(predicate for predicate, pattern in _ACT_CUES if pattern.fullmatch(verb))


def _acts_after_title(text: str, m: Mention, bodies: list[Located], regs: list[Located],
                      offset: int) -> list[tuple[str, str, str]]:
    """《X》经A（会议）于…通过，B…批准: the lawmakers named after a title, each with its own verb
    (and after the titles listed with it: 《A》《B》经省人大常委会批准 — both are approved)."""
    start = m.end - offset
    listed = True
    while listed:
        listed = False
        for o in regs:
            begin = o.mention.begin - offset
            if begin == start or (begin == start + 1 and text[start] in "、和及与"):
                start, listed = o.mention.end - offset, True
    opener = _BY_AFTER_TITLE.match(text, start)
    if opener is None:
        return []
    out: list[tuple[str, str, str]] = []
    expected = opener.end()  # where the next lawmaker must start: right after 经, then at a clause start
    next_title = min((o.mention.begin - offset for o in regs if o.mention.begin - offset >= start), default=len(text))
    lawmakers = [b for b in bodies if b.kind in _LAWMAKERS]
    for i, b in enumerate(lawmakers):  # (in text order)
        begin, end = b.mention.begin - offset, b.mention.end - offset
        if begin < expected:
            continue
        if begin > expected or begin >= next_title:
            break
        # the verb before the next lawmaker is this one's: 由A审查后报B批准 — A only hands it on
        stop = min(next_title, end + 30, *(o.mention.begin - offset for o in lawmakers[i + 1:i + 2]))
        verb = _ANY_ACT.search(text, end, stop)
        if verb is None:
            handed = _HANDED_ON.match(text, end, stop)
            if handed is None or handed.end() != stop or stop == next_title:
                break
            expected = stop
            continue
        if re.search("[，；。]", text[end:verb.start()]):
            break
        out.append((b.iri, _act_predicate(verb.group()), verb.group()))
        follow = _NEXT_LAWMAKER.match(text[verb.end():])  # ，B…批准; 并报B批准; ，9月29日经B批准
        if not follow.group():
            break
        expected = verb.end() + follow.end()
    return out


def _skip_regs(after: str, regs: list[Located], end: int, offset: int) -> str:
    """Text after a title with the titles listed right after it (和《…》) removed."""
    out = after
    top = [r for r in regs if not any(o.mention.begin < r.mention.begin and r.mention.end <= o.mention.end for o in regs)]
    for r in sorted(top, key=lambda r: -r.mention.begin):
        if r.mention.begin >= end:
            b, e = r.mention.begin - end, r.mention.end - end
            if 0 <= b < len(out):
                out = out[:b] + out[min(e, len(out)):]
    return re.sub(r"^(?:[和及、与]+(?:自治区|[省市县区州])?)+", "", out)  # 和省《…条例》: the level word stays behind

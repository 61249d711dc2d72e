"""Which encoding a saved file is in, judged by the words each decoding yields.

Byte statistics alone mistake a Polish Windows-1250 file for Russian Windows-1251 (both
put letters in the same byte range: "Treść" read as cp1251 is "Treњж"). So each
candidate decoding is scored by how many of its words are common words of en/ru/uk/pl
(or common Chinese characters) and penalised for words no language writes: Latin and
Cyrillic letters mixed in one word, capitals inside a word, Serbian letters in a
Russian text, "Ã³"-style pairs, U+FFFD. ``looks_garbled`` uses the same marks to
refuse a file that no choice of encoding made readable.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

# What the import dialog and ``clinicrep import --encoding`` offer (Python codec names).
ENCODINGS: tuple[str, ...] = (
    "utf-8", "utf-16", "cp1250", "cp1251", "cp1252", "iso-8859-2", "koi8-r", "koi8-u",
    "gbk", "big5",
)  # fmt: skip


def encoding_name(code: str) -> str:
    """A text encoding as a receptionist knows it: "Cyrillic (Windows)", not "cp1251" (the
    import dialog's choice, the import's note on a guessed encoding)."""
    names = {
        "utf-8": QCoreApplication.translate("Encodings", "Unicode (UTF-8)"),
        "utf-8-sig": QCoreApplication.translate("Encodings", "Unicode (UTF-8)"),
        "utf-16": QCoreApplication.translate("Encodings", "Unicode (UTF-16)"),
        "utf-16-le": QCoreApplication.translate("Encodings", "Unicode (UTF-16)"),
        "utf-16-be": QCoreApplication.translate("Encodings", "Unicode (UTF-16)"),
        "cp1250": QCoreApplication.translate("Encodings", "Central European (Windows)"),
        "cp1251": QCoreApplication.translate("Encodings", "Cyrillic (Windows)"),
        "cp1252": QCoreApplication.translate("Encodings", "Western European (Windows)"),
        "iso-8859-2": QCoreApplication.translate("Encodings", "Central European (ISO)"),
        "koi8-r": QCoreApplication.translate("Encodings", "Russian (KOI8-R)"),
        "koi8-u": QCoreApplication.translate("Encodings", "Ukrainian (KOI8-U)"),
        "gbk": QCoreApplication.translate("Encodings", "Chinese Simplified (GBK)"),
        "big5": QCoreApplication.translate("Encodings", "Chinese Traditional (Big5)"),
    }
    return names.get(code.lower(), code)


# Tried, in this order of preference on a tie, when a file is not UTF-8.
_CANDIDATES = ("cp1251", "cp1250", "gbk")

_COMMON_WORDS = frozenset(
    """
    the and was were very not for with this that they but have had are you our my she he
    doctor staff clinic great good service recommend visit time all from would
    и в не на что с я по это все как но был была было очень врач за отзыв так его она
    мне у к от же из до нет вы мы уже только при или если когда клиника спасибо врачу
    і в не на що з я по це все як але був була дуже лікар за відгук так його вона мені
    у до від вже тільки або якщо коли клініка дякую
    i w nie na się z jest do to że bardzo polecam lekarz wizyta pan pani jak ale o po
    za od dla tak co mnie już czy przez był była było są mi jestem tylko lub gdy
    """.split()
)
_COMMON_HAN = frozenset(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着"
    "下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好"
    "小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知"
    "全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身"
    "果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论"
    "处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做"
    "接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却"
    "界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术"
    "领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往"
    "元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花"
    "党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八"
    "功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注"
    "语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩"
    "验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河"
    "米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸"
    "职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送"
    "急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树"
    "疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配"
    "征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁"
    "控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付"
    "伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测"
    "败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸"
    "均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱"
    "补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借"
    "君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖"
    "丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲"
    "刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟"
    "麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措"
    "姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵佳搭趁壁"
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# a capital after a small letter where one of them is not ASCII ("РћС", not "McDonald")
_INNER_CAPITAL = re.compile(r"[а-яёіїєґß-ÿ][A-ZА-ЯЁІЇЄҐÀ-Þ]|[a-z][А-ЯЁІЇЄҐÀ-Þ]")
# Letters and signs that appear in ru/uk/pl text only when bytes were read in the wrong
# encoding (Serbian/Macedonian letters, cp1252 punctuation inside a word, "Ã³", "Ð¾").
_MOJIBAKE = re.compile(
    r"[ЂЃЉЊЋЏђѓљњћџ\ufffd]|[ÃÂÅÄÐÑ][\u0080-\u00bf]|\w[‚„†‡€‰‹›•™¤¦§©«¬®°±µ¶·»]\w"
)
_LOOK_ALIKES = frozenset("aceiopxyABCEHIKMOPTXY")
_WORD_EDGES = ".!?'«»“”„—–-…*’‘"
_SEPARATORS = re.compile(r"[\s,;:\"|/\\=&{}\[\]()<>]+")


@dataclass(slots=True)
class TextScore:
    """What a decoding looks like: words, common words, words judged, impossible words,
    Han characters and the common ones among them, replacement characters."""

    words: int = 0
    common: int = 0
    judged: int = 0  # words with a non-ASCII letter
    odd: int = 0
    han: int = 0
    common_han: int = 0
    replaced: int = 0

    @property
    def quality(self) -> float:
        """About 0.3 for real text in any of the five languages, 0 or below for mojibake."""
        penalty = 3 * self.replaced / max(1, self.words + self.han)
        if self.han > self.judged:
            return self.common_han / self.han - 0.6 - penalty
        stop = self.common / max(1, self.words)
        odd = self.odd / max(1, self.judged)
        return stop - odd - penalty


def score_text(text: str) -> TextScore:
    """Count common and impossible words in ``text`` (see the module doc)."""
    score = TextScore(replaced=text.count("\ufffd"))
    for raw in _SEPARATORS.split(text):
        word = raw.strip(_WORD_EDGES)
        if not word:
            continue
        han = _HAN.findall(word)
        if han:
            score.han += len(han)
            score.common_han += sum(1 for ch in han if ch in _COMMON_HAN)
            continue
        score.words += 1
        if word.casefold() in _COMMON_WORDS:
            score.common += 1
        if word.isascii():
            continue
        score.judged += 1
        latin = _LATIN.findall(word)
        if (
            # Latin and Cyrillic in one word, beyond look-alikes ("лiкар" typed with a Latin i)
            (latin and _CYRILLIC.search(word) and not set(latin) <= _LOOK_ALIKES)
            # Polish or Czech words are mostly a-z; Cyrillic read as cp1250 is not ("Ďđčâĺň")
            or (len(latin) >= 4 and sum(1 for ch in latin if ord(ch) > 127) * 2 > len(latin))
            or _INNER_CAPITAL.search(word)
            or _MOJIBAKE.search(word)
        ):
            score.odd += 1
    return score


def looks_garbled(text: str) -> bool:
    """Whether ``text`` reads as bytes decoded in the wrong encoding (a share of words
    no language writes, Chinese made of rare characters only, or many U+FFFD)."""
    score = score_text(text)
    if score.replaced > 3 and score.replaced > 0.02 * (score.words + score.han):
        return True
    if score.han >= 40 and score.han > score.judged:
        return score.common_han < 0.45 * score.han
    return score.odd >= 3 and score.odd > 0.15 * score.judged


def best_decoding(data: bytes, candidates: tuple[str, ...] = _CANDIDATES) -> str:
    """The candidate encoding whose text of ``data`` reads most like real words."""
    best, best_quality = candidates[0], float("-inf")
    for name in candidates:
        quality = score_text(data.decode(name, "replace")).quality
        if quality > best_quality:
            best, best_quality = name, quality
    return best


def detect_encoding(sample: bytes, whole_file: bool) -> str:
    """The encoding of a file from its first bytes: a BOM, UTF-16, UTF-8, else the best
    single-byte or GBK reading. ``whole_file`` says whether ``sample`` is all of it (a
    cut sample may end inside a UTF-8 character)."""
    if sample.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = sample[:4096]
    if len(head) >= 8:  # UTF-16 without BOM: ASCII characters with a NUL byte beside each
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > len(head) // 4 and even == 0:
            return "utf-16-le"
        if even > len(head) // 4 and odd == 0:
            return "utf-16-be"
    try:
        # a cut sample may end inside a character: the incremental decoder leaves it out
        # (dropping the last 4 bytes could still end inside one, and a file of Cyrillic on
        # one long line read as GBK)
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=whole_file)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    # Text in cp1251 or GBK almost never makes a line of valid UTF-8 with letters beyond
    # ASCII; a UTF-8 file with a few lines saved from another program has many such
    # lines: it is read as UTF-8, and the odd lines each in their own encoding.
    valid = invalid = 0
    for line in sample.splitlines():  # "\n", "\r\n" or an old Mac's lone "\r"
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            valid += 1
        except UnicodeDecodeError:
            invalid += 1
    if valid and valid * 4 >= invalid:
        return "utf-8"
    return best_decoding(sample)


def decode_line(data: bytes) -> tuple[str, str]:
    """(text, encoding) of one line of a UTF-8 file that is not valid UTF-8 (a file saved
    from two programs): the best other encoding when it yields real words, else UTF-8
    with the bad bytes replaced."""
    other = best_decoding(data)
    text = data.decode(other, "replace")
    score = score_text(text)
    if score.quality > 0 and not score.replaced:
        return text, other
    return data.decode("utf-8", "replace"), "utf-8"

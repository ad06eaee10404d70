"""Casualty figures from Arabic bulletins, read natively (no translation).

``extract_arabic(text, published=None) -> list[CasualtyFigure]`` is pure and fast: the
text is folded once (``nlp.arabic_numbers.fold_with_offsets``: letter variants, digits,
punctuation; diacritics and tatweel dropped with an offset map), tokenised once, and a
single left-to-right pass over each sentence reads the numbers with the words around
them. Every ``start``/``end`` indexes the ORIGINAL text.

How a number becomes a figure (precision first: a number is reported only when its
role is clear):

* its own kind noun follows it ("31 قتيلاً", "(5) شهداء", "(4) مصابين", "436 جثماناً");
* a casualty verb follows its noun phrase ("ستة مدنيين قتلوا", "300 سوري قضوا");
* it follows a casualty cue ("مقتل 248 شخصاً", "قتلت القوات الروسية 60 مدنياً",
  "أصيب 13 آخرون", "ارتفعت حصيلة القتلى إلى 27") that no earlier number has used, and
  it counts people (a noun for people, "من" + a group) or stands right after the cue;
* it is coordinated with a figure ("و18 مدنياً", "وواحد على يد…", "إلى جانب 10 أشخاص"),
  inside a subset group ("بينهم", "منهم", "من ضمنهم", "هم:", "من بين القتلى"), on a
  list line under a heading ("مقتل 52 شخصاً هم:" then "– 15 مدني"), or a SOHR table
  cell ("…:: 581").

Numbers that are dates (before a month name, "الـ 19 من شهر"), years, ages ("سن الـ 18",
"12 عاماً"), durations and times ("الساعات الـ24 الماضية"), unit names ("الفرقة 17"),
counts of attacks, shells, vehicles, households ("290 استهدافاً", "20 صاروخاً", "200 أسرة"),
populations, perpetrators, survivors, released prisoners, disease cases, list item
numbers, combined killed-and-wounded or dead-or-missing totals ("قتيل وجريح", "قتل وأصيب",
"حتفهم أو فقدوا"), expected or threatened tolls ("قد يرتفع", "هدد بقتل") and bodies handed
over are never reported.
Deaths of detainees ("توفي 3 معتقلين تحت التعذيب") are killed; "فُقد"/"فقد أثر" is missing
("فقد 3 أشخاص حياتهم" is killed); households ("200 عائلة") are never a count of people. A
``label: N`` table under a toll heading with no kind takes its kind from its total line
("المجموع: 371 قتيلاً").
Duals ("طفلان", "سيدتين", "الآخران", "قتيلان") count 2; a singular noun after a cue ("مقتل شاب",
"قتل مدني وجندي", "بينهم طفل", "شهيد واحد", "قتل أحدهم", "قتل خامس") counts 1.

The shared steps (figure building, restatement merging, revision linking, time
resolution by dateparser) come from ``nlp.casualties.common``. Nothing is configurable:
the word lists below are the configuration.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from nlp.arabic_numbers import (
    DUALS, FRACTIONS, VAGUE, WORDS, dual_value, fold, fold_with_offsets, read_number, tokenize,
)
from nlp.casualties.common import Sentence, confidence, finalize, make_figure, resolve_time
from tollwatch.records import CasualtyFigure, TimeWindow

__all__ = ["extract_arabic", "resolve_arabic_time", "merge_generic_restatements"]


def _forms(*groups: str) -> set[str]:
    out: set[str] = set()
    for g in groups:
        out.update(fold(g).split())
    return out


def _with_clitics(words: set[str], prefixes: tuple[str, ...] = ("و", "ف")) -> dict[str, str]:
    """``{surface: base}`` for every word and its forms with a leading conjunction."""
    out = {w: w for w in words}
    for w in words:
        for p in prefixes:
            out.setdefault(p + w, w)
    return out


# --- cues: (kind, manner) per folded word ------------------------------------------------
_K, _I, _D, _M, _P = "killed", "injured", "detained", "missing", "displaced"

_CUE_SPEC: list[tuple[str, str, Optional[str], str]] = [
    # (words, kind, manner, type) ; type: verb | noun | kindnoun | weak
    ("قتل قتلت قتلوا قتلا قتلتا يقتل تقتل يقتلون قتلن استشهد استشهدت استشهدوا استشهدا يستشهد "
     "قضي قضوا قضت قضيا يقضي توفي توفيت توفوا توفيا فارق فارقت فارقوا فارقا لقي لقيت لقوا لقيا "
     "مات ماتت ماتوا يموت يموتون "
     "حتفه حتفها حتفهم حتفهما مصرعه مصرعها مصرعهم مصرعهما اغتيل اغتيلوا اغتال اغتالت اغتالوا ارتقي ارتقوا اودي اودت", _K, None, "verb"),
    ("بحياه جثه جثمان جثتي ارواح", _K, None, "noun"),
    ("مقتل قتل استشهاد وفاه مصرع اغتيال مقتلهم استشهادهم وفاتهم اغتيالهم قتلهم ضحيتها ضحيته ضحيتهم", _K, None,
     "noun"),
    ("اعدم اعدمت اعدموا يعدم اعدام اعدامات اعدامهم تصفيه تصفيتهم الاعدام", _K, "executed", "verb"),
    ("سقط سقوط سقطوا", _K, None, "weak"),
    ("القتلي قتلي الشهداء شهداء الضحايا ضحايا الوفيات وفيات جثث جثامين الجثث الجثامين جثتي رفات الانتشال البشريه", _K, None,
     "kindnoun"),
    ("اصيب اصيبت اصيبوا اصيبا اصاب اصابت اصابوا يصاب جرح جرحت جرحوا جرحا اصابه اصابات اصابتهم جروح بجروح للاصابه بالاصابه "
     "اصابتهم", _I, None, "verb"),
    ("الجرحي جرحي المصابين مصابين الاصابات المصابون", _I, None, "kindnoun"),
    ("اعتقال اعتقل اعتقلت اعتقلوا اعتقالات احتجاز احتجز احتجزت احتجزوا اختطاف اختطف اختطفت اختطفوا خطف "
     "اعتقالهم احتجازهم اختطافهم توقيف اسرت اسروا القبض اسر اقتاد اقتادت اقتادوا اقتيد اقتيدوا يقتاد تقتاد "
     "اقتياد اختطفوا خطفت خطفوا يختطف تختطف اوقف اوقفت اوقفوا", _D, None, "verb"),
    ("المعتقلين المحتجزين المختطفين المعتقلون المحتجزون المختطفون المخطوفون", _D, None, "kindnoun"),
    ("فقدان اختفاء فقدوا اختفي اختفت اختفوا", _M, None, "verb"),
    ("المفقودين مفقودين المفقودون", _M, None, "kindnoun"),
    ("نزوح نزح نزحت نزحوا تهجير هجر هجرت هجروا تهجيرهم تشريد شرد شردت شردوا فر فرت فروا فرار", _P, None,
     "verb"),
    ("النازحين نازحين المهجرين النازحون المهجرون", _P, None, "kindnoun"),
]
CUES: dict[str, tuple[str, Optional[str], str]] = {}
for _ws, _kind, _manner, _type in _CUE_SPEC:
    for _w in fold(_ws).split():
        for _surface in (_w, "و" + _w, "ف" + _w, "ب" + _w, "ل" + _w, "وب" + _w, "ول" + _w):
            CUES.setdefault(_surface, (_kind, _manner, _type))
        if _w.startswith("ال"):  # "للقتلى" = ل + القتلى
            CUES.setdefault("لل" + _w[2:], (_kind, _manner, _type))
            CUES.setdefault("ولل" + _w[2:], (_kind, _manner, _type))
for _w in ("وفر", "وفرت", "وفروا", "ففر", "بفر", "لفر", "وبفر", "ولفر", "ففرت", "بفرت", "لفرت"):
    CUES.pop(_w, None)  # "وفّرت" (provided) is not "و" + "فرّت" (fled)

# a cue with a singular pronoun: one victim ("أدى لمقتله")
_SINGULAR_PRONOUN_CUES = _with_clitics(
    _forms("مقتله مقتلها استشهاده استشهادها وفاته وفاتها مصرعه مصرعها اعدامه اعدامها اغتياله اغتيالها "
           "اصابته اصابتها اعتقاله اعتقالها اختطافه اختطافها"), ("و", "ف", "ب", "ل", "وب", "ول"))
_PRONOUN_KIND = {"اصابته": _I, "اصابتها": _I, "اعتقاله": _D, "اعتقالها": _D, "اختطافه": _D, "اختطافها": _D,
                 "اعدامه": _K, "اعدامها": _K}

# --- nouns after a number -------------------------------------------------------------
# kind nouns: the number counts victims of that kind
_KIND_NOUNS = {}
for _ws, _kind in (
    ("قتيل قتيلا قتلي قتيلان قتيلين شهيد شهيدا شهداء شهيدان شهيدين ضحيه ضحايا جثه جثث جثمان جثمانا جثامين "
     "جثتين جثتان وفاه وفيات حالات", _K),
    ("جريح جريحا جرحي جريحان جريحين مصاب مصابا مصابين مصابون مصابان اصابه اصابات", _I),
    ("معتقل معتقلا معتقلين معتقلون محتجز محتجزا محتجزين مختطف مختطفا مختطفين مخطوفين اسير اسري", _D),
    ("مفقود مفقودا مفقودين مفقودون", _M),
    ("نازح نازحا نازحين نازحون مهجر مهجرين مشرد مشردين", _P),
):
    for _w in fold(_ws).split():
        _KIND_NOUNS[_w] = _kind
_KIND_NOUNS.pop("حالات")
_BODY_NOUNS = _forms("جثه جثث جثمان جثمانا جثامين جثتين جثتان")
_KIND_SINGULAR = _forms("قتيل شهيد جريح مصاب معتقل مفقود اسير مختطف محتجز")

# nouns for people: the number counts people (category for victim_categories)
_PEOPLE_SPEC = (
    ("civilians", "مدني مدنيا مدنيين مدنيون مدنيه مدنيات مواطن مواطنا مواطنين مواطنون مواطنه مواطنات "
                  "نسمه مدنيان"),
    ("children", "طفل طفلا اطفال طفله طفلات قاصر قاصرا قاصرين رضيع رضيعا رضع تلميذ تلاميذ طالب طالبا طلاب "
                 "فتي فتيه فتيان"),
    ("women", "سيده سيدات امراه نساء نسوه اناث فتاه فتيات"),
    ("fighters", "قائد قائدا قاده قيادات عنصر عنصرا عناصر مقاتلو مقاتلي مقاتل مقاتلا مقاتلين مقاتلون مسلح مسلحا مسلحين مسلحون قيادي قياديا "
                 "قياديين قياديون متطوع متطوعين منشق منشقين مرتزق مرتزقه جهادي جهاديين"),
    ("civilians", "متظاهر متظاهرا متظاهرين متظاهرون محتج محتجا محتجين محتجون مصل مصلين"),
    ("security_forces", "جندي جنديا جنود عسكري عسكريا عسكريين عسكريون ضابط ضابطا ضباط شرطي شرطيا "
                        "شرطيين صف عنصرين"),
    ("unknown", "شخص شخصا اشخاص فرد افراد رجل رجلا رجال شاب شابا شبان شباب شابه مسن مسنا مسنين مسنه "
                "صحفي صحفيا صحفيين اعلامي اعلاميا اعلاميين طبيب طبيبا اطباء مسعف مسعفا مسعفين ممرض ممرضين "
                "عامل عاملا عمال موظف موظفين لاجي لاجيا لاجيين مهاجر مهاجرا مهاجرين سجين سجناء "
                "مدان مدانا مدانين مدانون مطلوب مطلوبا مطلوبين مطلوبون طبيبه ممرضه ممرضات صحفيه ناشطه "
                "معتقل معتقلا معتقلين ناشط ناشطا ناشطين كادر كوادر راع رعاه مزارع مزارعين مجهول مجهولي "
                "مجهولين مدرس معلم معلمين اخرين اخرون شخصان شخصين ابناء ابن افراد صياد صيادا صيادين صيادون "
                "بحار بحارا بحاره راكب راكبا ركاب سايق سايقا سايقين منتسب منتسبي منتسبين زاير زوار حاج حجاج "
                "اشقاء اخوه مزارعا رعاه مشتبه مشتبها مشتبهين مشتبهون"),
)
_PEOPLE: dict[str, str] = {}
for _cat, _ws in _PEOPLE_SPEC:
    for _w in fold(_ws).split():
        _PEOPLE.setdefault(_w, _cat)
_PEOPLE_SINGULAR = _forms(
    "مدني مواطن مواطنه طفل طفله سيده امراه فتاه فتي شاب شابه رجل مسن مسنه عنصر مقاتل مسلح جندي عسكري ضابط "
    "شرطي شخص صحفي اعلامي طبيب مسعف ممرض عامل موظف لاجي مهاجر سجين معتقل ناشط رضيع قاصر طالب مزارع "
    "قيادي متطوع منشق مدرس معلم راع قائد مسؤول مختار امام شيخ ممثل فنان مصور مراسل قاضي محامي مهندس "
    "لاعب مدير صياد بحار سايق مدان مطلوب طبيبه ممرضه صحفيه ناشطه معلمه موظفه طالبه لاجيه متطوعه مسعفه عامله")
_SINGULAR_CAT = {w: _PEOPLE.get(w, "unknown") for w in _PEOPLE_SINGULAR}
# family nouns with a pronoun: one person ("وأصيبت شقيقته")
_FAMILY_ONE = _forms("شقيقه شقيقته شقيقها شقيقتها والده والدته والدها والدتها زوجته زوجها ابنه ابنته ابنها "
                     "ابنتها نجله نجلها طفلها شقيقهم والدهم")
# "فُقد": missing, but unvowelled "فقد" is also "ف" + "قد" ("so it has …"), so it is a cue
# only before "أثر"/"آثار"/"الاتصال (بـ/مع)" or a number ("فُقد 30 مهاجراً", "فقدت آثار 4 صيادين")
_FAQAD = _forms("فقد فقدت وفقد وفقدت")
_FAQAD_OBJECT = _forms("اثر اثار الاتصال")
_LIVES = _forms("حياته حياتها حياتهم حياتهما ارواحهم ارواحهن ارواحهما")  # "فقد 3 أشخاص حياتهم": killed
_ORDINAL_ONE = _forms("ثان ثاني ثالث رابع خامس سادس سابع ثامن تاسع عاشر اخر")

# nisba adjectives used as nouns for people after a number: "11 ايرانيا", "300 سوري"
_NISBA = re.compile(r"^[^\W\d_]{3,}ي(?:ا|ين|ون)?$")
_NISBA_STOP = _forms("يوميا سنويا شهريا تقريبا حاليا اسبوعيا جويا بريا نهائيا جزئيا كليا رسميا "
                     "مبدييا اضافيا فعليا حي اي الي علي في التي الذي ضحايا")

# nouns that are NOT people: a number before them is never a casualty figure
_NOT_PEOPLE = _forms(
    # time
    "يوم يوما ايام يومين يومان ساعه ساعات ساعتين شهر شهرا اشهر شهور شهرين اسبوع اسبوعا اسابيع اسبوعين "
    "عام عاما اعوام عامين سنه سنوات سنين سنتين دقيقه دقائق دقيقتين ليله ليال ليلتين ثانيه ثوان عاماً "
    # attacks, weapons, vehicles, things
    "غاره غارات هجوم هجمات هجوما هجومين ضربه ضربات ضربتين استهداف استهدافا استهدافات استهدافين قذيفه "
    "قذائف قذيفتين صاروخ صاروخا صواريخ صاروخين برميل براميل عبوه عبوات لغم الغام طائره طائرات مسيره "
    "مسيرات اليه اليات دبابه دبابات عربه عربات سياره سيارات مدرعه مدرعات عمليه عمليات انفجار انفجارات "
    "تفجير تفجيرات انتهاك انتهاكات حادثه حوادث حادث مجزره مجازر خرق خروقات اشتباك اشتباكات "
    "منزل منازل مبني مباني مدرسه مدارس مستشفي مستشفيات مركز مراكز قريه قري بلده بلدات مدينه مدن "
    "موقع مواقع نقطه نقاط حاجز حواجز محور محاور جبهه جبهات هدف اهداف مخيم مخيمات حي احياء "
    "كيلومتر كيلومترا كيلومترات كم متر مترا امتار دولار دولارا دولارات مليار ليره يورو طن اطنان "
    "بالمئه بالمائه % درجه قرار بند ماده مرسوم قانون مشروع تقرير تقارير بيان رساله صوره صور "
    "ناج ناجيا ناجين ناجون الناجين مفرج مفرجا ناجيه "
    "مره مرات ضعف اضعاف دفعه دفعات وجبه وجبات شاحنه شاحنات قافله عائله عائلات اسره اسر")

_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "افريل": 4, "مايو": 5, "ماي": 5, "يونيو": 6,
    "يونيه": 6, "جوان": 6, "يوليو": 7, "يوليه": 7, "جويليه": 7, "اغسطس": 8, "اوت": 8, "سبتمبر": 9,
    "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5,
    "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9, "كانون": 1, "تشرين": 10,
}
_MONTHS = {fold(k): v for k, v in _MONTHS.items()}
_MONTH_WORDS = set(_MONTHS) | {"و" + m for m in _MONTHS} | {"/"}
_DATE_BEFORE = _forms("عام العام سنه السنه مطلع منتصف اواخر اوايل بدايه نهايه عامي")
_UNIT_BEFORE = _forms(
    "الفرقه فرقه اللواء لواء الفوج فوج الكتيبه الفيلق القرار قرار رقم الماده ماده المرسوم البند "
    "الطريق طريق الكيلو الدوريه المجموعه القطاع قطاع المحور حاجز الحاجز النقطه سن السن عمر العمر عمره "
    "عمرها بعمر بسن العمريه حاله الساعه ساعه الدقيقه يوم الاسبوع الشهر الجزء المرحله الجوله المؤتمر")

# --- qualifiers (folded token sequences), longest first -------------------------------
_QUALIFIERS = sorted(
    [
        (("ما", "لا", "يقل", "عن"), "at_least"), (("لا", "يقل", "عن"), "at_least"),
        (("ما", "لا", "يقل", "عدده", "عن"), "at_least"), (("ما", "لا", "يقل", "عددهم", "عن"), "at_least"),
        (("اكثر", "من"), "more_than"), (("ما", "يزيد", "عن"), "more_than"), (("ما", "يزيد", "علي"), "more_than"),
        (("يزيد", "عن"), "more_than"), (("يزيد", "علي"), "more_than"), (("ازيد", "من"), "more_than"),
        (("ما", "يربو", "علي"), "more_than"), (("يربو", "علي"), "more_than"), (("فوق",), "more_than"),
        (("نحو",), "about"), (("قرابه",), "about"), (("حوالي",), "about"), (("زهاء",), "about"),
        (("ما", "يقارب"), "about"), (("يقارب",), "about"), (("ما", "يناهز"), "about"), (("يناهز",), "about"),
        (("تقريبا",), "about"), (("ما", "يقرب", "من"), "about"), (("قرابه", "ال"), "about"),
        (("ما", "يصل", "الي"), "up_to"), (("حتي",), "up_to"), (("اقل", "من"), "up_to"),
        (("ما", "بين"), "exact"),
    ],
    key=lambda q: -len(q[0]),
)
_QUALIFIERS = [(tuple(fold(w) for w in seq), q) for seq, q in _QUALIFIERS]
_QUAL_FIRST = {q[0][0] for q in _QUALIFIERS} | {"و" + q[0][0] for q in _QUALIFIERS} | {
    "ب" + q[0][0] for q in _QUALIFIERS}

# subset markers; "hum" groups (an enumeration) last to the end of the sentence
_GROUP_MARKERS = {
    ("بينهم",): "sub", ("بينهن",): "sub", ("من", "بينهم"): "sub", ("ومن", "بينهم"): "sub",
    ("من", "ضمنهم"): "sub", ("ومن", "ضمنهم"): "sub", ("ضمنهم",): "sub", ("منهم",): "sub",
    ("ومنهم",): "sub", ("منهن",): "sub", ("وبينهم",): "sub", ("بينها",): "sub", ("منها",): "sub",
    ("هم",): "hum", ("وهم",): "hum", ("وهي",): "hum",
}
_GROUP_KIND_HEAD = {"من", "بين", "ومن", "وبين"}  # "من بين القتلى", "بين الضحايا"
_POST_MARKERS = _forms("منهم منهن منها")

_COORD_BEFORE = {"و", ","}
_COORD_PHRASES = [("الي", "جانب"), ("اضافه", "الي"), ("بالاضافه", "الي"), ("علاوه", "علي"), ("فضلا", "عن"),
                  ("بالاضافه", "ل"), ("اضافه", "ل")]

_FUNCTION_AFTER = _forms(
    "في علي من الي خلال جراء اثر بعد منذ قبل بسبب نتيجه حيث عندما بينهم منهم منهن وبينهم ومنهم "
    "اخرين اخرون اخر اخري جميعهم اغلبهم معظمهم غالبيتهم تم قد كانوا وقد لدي عند حتي وذلك , . : ; ) \" - – ـ "
    "شخص بجروح بنيران برصاص بقصف بغارات بغاره بانفجار بهجوم باستهداف جميعا هم وهم")
_REVISION_WORDS = _forms("ارتفعت ارتفع ترتفع يرتفع ارتفاع رفع رفعت يرفع ترفع لترتفع ليرتفع ليصل لتصل وصل وصلت ليصبح لتصبح "
                         "تصل يصل بلغ بلغت يبلغ تبلغ ليبلغ لتبلغ")
_RISE_WORDS = _forms("ارتفعت ارتفع ترتفع يرتفع ارتفاع رفع رفعت يرفع ترفع لترتفع ليرتفع")
_TOLL_WORDS = _forms("حصيله الحصيله عدد العدد اعداد اجمالي حصيلتها")
_CUMULATIVE_WORDS = _forms("منذ حصيله الحصيله اجمالي الاجمالي الاجماليه حصيلتها مجموع الشهري الشهريه "
                           "السنوي اجمالا ارتفعت ارتفع يرتفع ترتفع")
_REMAINS_HANDOVER = _forms("المستلمه المسلمه تسليم تسلم استلام استلمت تسلمت سلمت سلم")
_EARLIER = _forms("سابقه السابقه وسابقه")  # "حصيلة سابقة", "في وقت سابق"
_DISEASE = _forms("بفيروس فيروس كورونا بكورونا كوفيد الكوليرا بالكوليرا الحصبه بالحصبه وباء بالوباء "
                  "بالتهاب عدوي")
_CLAUSE_BREAK = _forms(", ; حيث فيما بينما الذي التي الذين عندما بعدما لكن ولكن")
_TABLE_HEAD_WORDS = _forms("حصيله الحصيله احصاييه الاحصاييه حصيلتها الحصيلتين")
_TOTAL_WORDS = _forms("المجموع مجموع الاجمالي اجمالي الاجماليه المجموع الكلي المجمل وبالمجموع العدد")
_KIND_DUALS = _forms("قتيلان قتيلين شهيدان شهيدين جريحان جريحين مصابان")  # not مصابين/معتقلين (plurals too)
_BECOME = _forms("ليصبح لتصبح يصبح تصبح اصبح اصبحت ليبلغ لتبلغ بلغ بلغت يبلغ تبلغ ليصل لتصل وصل وصلت "
                 "ليرتفع لترتفع ارتفع ارتفعت يرتفع ترتفع")
_GROUP_WORDS = _forms("منهم منها منهن من بينهم بينهن ومنهم ضمنهم")
_PLACE_UNITS = _forms("القطاع قطاع المحور الطريق طريق الحاجز حاجز المخيم")
_TARGETED = set(_with_clitics(_forms("تعرض تعرضت تعرضوا يتعرض تتعرض")))
_LEAVE = _forms("مغادره ترك هجر اخلاء")  # "على مغادرة منازلهم": displaced
_HOMES = ("منازل", "بيوت", "ديار", "مساكن", "مناطق", "قري", "بلدات", "احياء", "مخيم")
_DETAINEES = _forms("معتقل معتقلا معتقلين معتقلون محتجز محتجزا محتجزين مختطف مختطفا مختطفين مخطوفين "
                     "اسير اسيرا اسري")
_WOUNDED_PEOPLE = _forms("جرحي جريح جريحا جريحين جريحان مصابين مصابا مصابون مصابان")
_EXCEED = _forms("تجاوز تجاوزت يتجاوز تتجاوز فاق فاقت يفوق تفوق تخطي تخطت يتخطي متجاوزا متجاوزه تجاوزوا يتجاوزون تخطوا")
_SENTENCED = _forms("حكم حكمت الحكم احكام احكاما المحكمه محكمه يحكم تحكم")
_CARRIED_OUT = _forms("تنفيذ نفذ نفذت نفذوا تنفيذه وتنفيذ ونفذت")
_FORCED = _forms("اضطروا اضطر اضطرت اضطررن اجبروا اجبر اجبرت")
_REL_PREPS = _forms("في جراء اثر خلال بعد")
_RELATIVES = _forms("الذي التي الذين")
_THAT = _forms("ان بان لان وان فان انه انها انهم الذي التي الذين حيث قال وقال قالت وقالت")
_STILL = _forms("لا يزالون يزالون يزال مازالوا لايزالون ما زالوا زالوا زال مازال لايزال تزال")
_MODAL = _forms("يتوقع يتوقعون توقع توقعت يخشي تخشي يخشون مخاوف هدد هددت يهدد تهدد "
                "تهديد توعد يتوعد سيرتفع سترتفع سيصل ستصل")
_RELEASED = set(_with_clitics(_forms("سراح الافراج افرج افرجت افرجوا يفرج تفرج")))
_COMBINED = _forms("جريح وجريح جريحا وجريحا جرحي وجرحي مصاب ومصاب مصابين ومصابين")

# --- perpetrators, manners, places ---------------------------------------------------
_ACTORS = [
    "قوات النظام", "قوات الاسد", "قوات نظام الاسد", "النظام السوري", "النظام السابق", "قوات الحكومه",
    "القوات الحكوميه", "الجيش السوري", "القوات الروسيه", "الطائرات الروسيه", "الطيران الروسي",
    "روسيا", "تنظيم الدوله الاسلاميه", "تنظيم \"الدوله الاسلاميه\"", "تنظيم \"الدوله\"", "تنظيم الدوله",
    "داعش", "التنظيم", "هييه تحرير الشام", "قوات سوريا الديمقراطيه", "قسد", "الجيش الوطني", "الفصايل المواليه لتركيا",
    "فصايل المعارضه", "الفصايل", "القوات التركيه", "الجيش التركي", "التحالف الدولي", "قوات التحالف",
    "الجيش الاسراييلي", "قوات الاحتلال", "الاحتلال الاسراييلي", "الاحتلال", "اسراييل", "الطيران الاسراييلي",
    "قوات الدعم السريع", "الدعم السريع", "الجيش السوداني", "جماعه الحوثي", "الحوثيين", "الحوثيون",
    "التحالف بقياده السعوديه", "قوات الامن", "الاجهزه الامنيه", "مجهولين", "مسلحين مجهولين", "مجهولون",
    "حزب الله", "الجيش العراقي", "الحشد الشعبي", "حركه الشباب", "القوات الامريكيه", "الجيش الاوكراني",
    "الجيش الروسي", "قوات الدفاع الوطني", "الميليشيات الايرانيه", "الميليشيات المواليه لايران",
]
_ACTORS_RE = re.compile(r"(?<![^\W\d_])(?:ب|ل|و|وب)?(" + "|".join(
    re.escape(fold(a)) for a in sorted(_ACTORS, key=len, reverse=True)) + r")(?![^\W\d_])")
_MANNERS = [
    ("executed", r"اعدام|اعدم|اعدامات|تصفيه|ميدانيا"),
    ("torture", r"التعذيب|تعذيب"),
    ("drone", r"مسيره|مسيرات|الدرون|درون|المسيره"),
    ("airstrike", r"غاره|غارات|الطيران|طايرات حربيه|الطايرات الحربيه|ضربات جويه|ضربه جويه|قصف جوي|الغارات"),
    ("landmine", r"لغم|الغام|مخلفات الحرب|مخلفات حرب|الالغام|اللغم|مخلفات"),
    ("sniper", r"قنص|قناص|قناصه|القناصه"),
    ("shelling", r"قصف|قذيفه|قذايف|مدفعي|صاروخي|صواريخ|براميل"),
    ("explosion", r"انفجار|تفجير|مفخخه|عبوه ناسفه|انتحاري"),
    ("shooting", r"رصاص|اطلاق نار|(?<!وقف )اطلاق النار|برصاص"),
    ("under detention", r"المعتقلات|السجون|سجون|معتقلات|مراكز الاحتجاز"),
]
_MANNER_RANK = {m.replace(" ", "_"): k for k, (m, _) in enumerate(_MANNERS)}
_MANNER_ALL = re.compile(r"(?<![^\W\d_])(?:و|ب|ف|وب)?(?:" + "|".join(
    f"(?P<{m.replace(' ', '_')}>{rx})" for m, rx in _MANNERS) + r")(?![^\W\d_])")
_PLACE_RE = re.compile(
    r"(?<![^\W\d_])(?:في|ب|وفي|من|علي|الي|قرب|داخل|وب)\s*(?:محافظه|مدينه|بلده|قريه|ريف|مخيم|حي|منطقه|قطاع|ولايه|مناطق|ناحيه|"
    r"باديه|الباديه|مدينتي|بلدتي|قريتي|شمال|جنوب|شرق|غرب|وسط)\s+"
    r"(?!(?:في|من|علي|الي|عن|بعد|قبل|خلال)(?![^\W\d_]))[^\W\d_]+(?:\s+(?:ال[^\W\d_]+|[^\W\d_]+ي)(?![^\W\d_]))?")

# --- time phrases ------------------------------------------------------------------------
_TIME_RE = re.compile(
    r"(?<![^\W\d_])(?:"
    r"(?:خلال|في)\s+(?:ال\s*)?(?:\d+\s+ساعه|الساعات\s+ال\s*\d+|ال\s*\d+\s+ساعه|الايام|الاسبوع|الشهر|الساعات|"
    r"اليومين|الساعتين|الاسبوعين|ال\s*\d+\s+يوما|\d+\s+ايام|\d+\s+يوما)\s*(?:الماضيه|الماضي|الاخيره|الفايت|الفايته|"
    r"الاخير|المنصرم)"
    r"|منذ\s+(?:مطلع|بدايه|بدء|اول)\s+(?:العام|عام|السنه|الشهر|شهر)\s*(?:الجاري|الحالي)?\s*(?:\d{4}|[^\W\d_]+(?:\s*/\s*[^\W\d_]+)?)?\s*(?:الجاري|الحالي|\d{4})?"
    r"|خلال\s+شهر\s+[^\W\d_]+(?:\s*/\s*[^\W\d_]+)?(?:\s+(?:الماضي|الفايت|المنصرم|الجاري|\d{4}))?"
    r"|(?:يوم\s+)?امس(?:\s+(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت))?"
    r"|(?:يوم\s+)?(?:اليوم|الليله)(?:\s+(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت))?"
    r")(?![^\W\d_])")
_HOURS_RE = re.compile(r"(\d+)\s+ساعه|الساعات\s+ال\s*(\d+)|ال\s*(\d+)\s+ساعه")
_DAYS_RE = re.compile(r"(\d+)\s+(?:يوما|ايام)")


def resolve_arabic_time(phrase_folded: str, phrase: str, published: Optional[date]) -> TimeWindow:
    """A ``TimeWindow`` for an Arabic time phrase (folded form for matching, original
    for the record): أمس، اليوم، خلال الـ 24 ساعة الماضية، خلال الأيام/الأسبوع/الشهر
    الماضي، منذ مطلع العام (2024)، منذ بداية شهر أيار، خلال شهر آب الماضي; anything else
    goes to ``common.resolve_time`` (dateparser, which reads Arabic)."""
    p = phrase_folded
    pub = published
    d = lambda x: x.isoformat() if x else None  # noqa: E731
    if pub is not None:
        if "امس" in p:
            y = pub - timedelta(days=1)
            return TimeWindow(phrase, d(y), d(y))
        if p.startswith(("اليوم", "يوم اليوم", "الليله")):
            return TimeWindow(phrase, d(pub), d(pub))
        m = _HOURS_RE.search(p)
        if m:
            hours = int(next(g for g in m.groups() if g))
            return TimeWindow(phrase, d(pub - timedelta(days=max(1, -(-hours // 24)))), d(pub))
        m = _DAYS_RE.search(p)
        if m:
            return TimeWindow(phrase, d(pub - timedelta(days=int(m.group(1)))), d(pub))
        for word, days in (("اليومين", 2), ("الساعتين", 1), ("الاسبوعين", 14), ("الاسبوع", 7), ("الايام", 7),
                           ("الساعات", 1), ("الشهر", 30)):
            if p.startswith(("خلال", "في")) and word in p and ("الماضي" in p or "الاخير" in p or "الفايت" in p
                                                                or "المنصرم" in p):
                return TimeWindow(phrase, d(pub - timedelta(days=days)), d(pub))
    if p.startswith("منذ"):
        year = re.search(r"\d{4}", p)
        month = next((m for w, m in _MONTHS.items() if re.search(r"(?<![^\W\d_])" + w + r"(?![^\W\d_])", p)), None)
        if "العام" in p or "عام" in p or "السنه" in p:
            y = int(year.group()) if year else (pub.year if pub else None)
            if y:
                return TimeWindow(phrase, d(date(y, 1, 1)), d(pub) if pub and pub.year == y else None)
        elif month or "الشهر" in p:
            if pub is not None:
                mo = month or pub.month
                y = pub.year if mo <= pub.month else pub.year - 1
                return TimeWindow(phrase, d(date(y, mo, 1)), d(pub))
    if p.startswith("خلال شهر"):
        month = next((m for w, m in _MONTHS.items() if re.search(r"(?<![^\W\d_])" + w + r"(?![^\W\d_])", p)), None)
        year = re.search(r"\d{4}", p)
        if month and (year or pub):
            import calendar

            y = int(year.group()) if year else (pub.year if month <= pub.month else pub.year - 1)
            return TimeWindow(phrase, d(date(y, month, 1)), d(date(y, month, calendar.monthrange(y, month)[1])))
    if published is None and not re.search(r"\d", p):
        return TimeWindow(phrase)  # relative to an unknown date
    if not re.search(r"\d", p) and not any(m in p for m in _MONTHS):
        return TimeWindow(phrase)
    return resolve_time(phrase, published, lang="ar")


# --- the extractor ----------------------------------------------------------------------

def _finalize_keeping_coordinated(figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """``common.finalize``, except that small counts of the same kind in one sentence are
    different people, not a restatement ("مقتل طبيبة وممرض", "وواحد على يد … وواحد على يد …"):
    they are kept apart by a temporary marker category."""
    seen: dict[tuple, int] = {}
    marked = []
    for i, f in enumerate(figures):
        if f.count <= 2:
            key = (f.sentence_start, f.kind, f.count)
            if key in seen:
                for j in (seen[key], i):
                    if figures[j] not in marked:
                        figures[j].victim_categories = figures[j].victim_categories + [f"_distinct{j}"]
                        marked.append(figures[j])
            else:
                seen[key] = i
    out = finalize(figures)
    for f in marked:
        f.victim_categories = [c for c in f.victim_categories if not c.startswith("_distinct")]
    return out


def merge_generic_restatements(figures: list[CasualtyFigure], min_count: int = 5) -> list[CasualtyFigure]:
    """One figure for a toll restated with a more or less specific noun ("31 مدنياً" in
    the lead, "31 شخصاً" in the body), which ``common.merge_restated`` keeps apart because
    the victim categories differ. Merged when kind, count, range and parent agree, the
    count is at least ``min_count`` (small counts repeat by coincidence), one side has no
    category but "unknown", and the places do not contradict. Language-independent: a
    candidate for ``nlp.casualties.common``."""
    n = len(figures)
    into: dict[int, int] = {}
    for j in range(n):
        b = figures[j]
        if b.count < min_count or b.vague:
            continue
        for i in range(j):
            if i in into:
                continue
            a = figures[i]
            if (a.kind, a.count, a.count_max, a.superseded, a.vague) != (b.kind, b.count, b.count_max, b.superseded,
                                                                        b.vague):
                continue
            pa = into.get(a.part_of, a.part_of)
            pb = into.get(b.part_of, b.part_of)
            ca, cb = set(a.victim_categories) - {"unknown"}, set(b.victim_categories) - {"unknown"}
            if ca and cb and ca != cb:
                continue
            if pa != pb:
                # a toll stated alone, then inside a breakdown ("745 مدنياً" of 1018): same
                # victims named, a large count, and only one side has a parent
                if not (pa is None or pb is None) or b.count < 10 or not ca or ca != cb or pb == i or pa == j:
                    continue
            if a.place and b.place and a.place not in b.place and b.place not in a.place:
                continue
            into[j] = i
            if a.part_of is None and b.part_of is not None:
                a.part_of = b.part_of
            for name in ("manner", "victims", "perpetrator", "place", "time", "previous_count"):
                if getattr(a, name) in (None, "") and getattr(b, name) not in (None, ""):
                    setattr(a, name, getattr(b, name))
            if not ca and cb:
                a.victim_categories = list(b.victim_categories)
            if a.qualifier == "exact" and b.qualifier != "exact":
                a.qualifier = b.qualifier
            a.revision = a.revision or b.revision
            a.confidence = round(min(0.99, max(a.confidence, b.confidence) + 0.04), 2)
            break
    if not into:
        return figures
    keep = [i for i in range(n) if i not in into]
    new_index = {old: new for new, old in enumerate(keep)}
    out = []
    for i in keep:
        f = figures[i]
        if f.part_of is not None:
            p = into.get(f.part_of, f.part_of)
            f.part_of = new_index.get(p)
        out.append(f)
    return out


def _interesting() -> set[str]:
    """Every token the reader acts on (others are skipped at once)."""
    out: set[str] = set()
    out.update(CUES, _SINGULAR_PRONOUN_CUES, _QUAL_FIRST, WORDS, VAGUE, _GROUP_KIND_HEAD, DUALS)
    for key in _GROUP_MARKERS:
        out.add(key[0])
    nouns = set(_SINGULAR_CAT) | set(_KIND_SINGULAR) | set(DUALS) | _FAMILY_ONE
    nouns |= {w + "ا" for w in _SINGULAR_CAT} | {w + "ين" for w in _SINGULAR_CAT} | {"ال" + w for w in _SINGULAR_CAT}
    out.update(nouns)
    out.update("و" + w for w in nouns | set(WORDS) | set(DUALS))
    out.update("ف" + w for w in WORDS)
    out.update(("(", ",", ";", ":"))
    out.update(_FAQAD)
    out.update(("احدهم", "احداهن", "احدهن"))
    out.update(_KIND_DUALS, ("و" + w for w in _KIND_DUALS))
    out.update(FRACTIONS)
    return out



class _Fig:
    """A figure while the reader works (token positions; records are built at the end)."""

    kind = count = count_max = qualifier = vague = manner = start = end = tstart = tend = None
    parent = category = victims = sent = para = superseded = revision = previous = None
    how = singular = cue_manner = None

    def __init__(self, **kw):
        self.__dict__.update(kw)


_PERP_BEFORE = re.compile(
    r"(?:علي يد|علي ايدي|برصاص|بنيران|بقصف|قصف|قصفته|من قبل|شنه|شنها|شنتها|شنته|نفذه|نفذها|نفذتها|نفذته|ارتكبها|"
    r"ارتكبته|ارتكبتها|غارات|غاره|طيران|طايرات|هجوم|هجمات|استهداف|تبناه|تبنته|تبني)\s*$")


def _is_perpetrator(sfold: str, s: int, e: int) -> bool:
    """A named actor in the perpetrator's place: after "على يد", "برصاص", "بقصف", "شنته"…;
    the subject of a casualty verb ("قتلت القوات الروسية", "قوات النظام اعتقلت"); not
    the victims' own side ("8 من قوات النظام", "في صفوف قوات النظام")."""
    before = sfold[max(0, s - 24):s]
    if _PERP_BEFORE.search(before):
        return True
    words_before = before.split()
    for w in words_before[-2:]:  # "قتلت القوات الروسية", "أعدم تنظيم داعش"
        c = CUES.get(w)
        if c is not None and c[2] == "verb":
            return True
    after = sfold[e:e + 40].split()[:3]
    return any((CUES.get(w) or ("", "", ""))[2] == "verb" for w in after)


def cue_adjacent_pre(cue, i: int, qstart) -> bool:
    return cue[3] + 1 == i or (qstart is not None and cue[3] + 1 == qstart)


def _cue(word: str):
    c = CUES.get(word)
    if c is None and len(word) > 4 and word.endswith(("هم", "هن")):
        c = CUES.get(word[:-2])  # a verb with a plural object: "اعتقلتهم", "قتلتهم"
        if c is not None and c[2] != "verb":
            c = None
    return c


def _base(word: str) -> str:
    """A word without a leading و/ف conjunction when that leaves a known word."""
    if len(word) > 2 and word[0] in "وف":
        rest = word[1:]
        if rest in _PEOPLE or rest in _KIND_NOUNS or rest in DUALS or rest in WORDS or rest in _NOT_PEOPLE \
                or rest in _FAMILY_ONE:
            return rest
    return word


def _people_category(word: str) -> Optional[str]:
    w = _base(word)
    if w in _PEOPLE:
        return _PEOPLE[w]
    if w.startswith("ال") and w[2:] in _PEOPLE:
        return _PEOPLE[w[2:]]
    if w in _NOT_PEOPLE or w in _NISBA_STOP or w in WORDS or w in CUES or w in _MONTHS:
        return None
    if _NISBA.match(w) and not w.startswith("ال"):
        return "unknown"
    return None


def extract_arabic(text: str, published: Optional[date] = None) -> list[CasualtyFigure]:
    """Casualty figures stated in Arabic ``text`` (see the module docstring)."""
    if not text or not text.strip():
        return []
    folded, offmap = fold_with_offsets(text)
    toks = tokenize(folded)
    if not toks:
        return []
    return _Reader(text, folded, offmap, toks, published).run()


_INTERESTING = _interesting()
_DUAL_VOWELS = re.compile(r"(?:\u064e\u0651?|\u0651\u064e)\u064a\u0652?\u0646\u0650?$")  # ـَيْنِ, ـيَّيْن
_DIACRITIC = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")


class _Reader:
    def __init__(self, text, folded, offmap, toks, published):
        self.text = text
        self.folded = folded
        self.offmap = offmap
        self.words = [t for t, _, _ in toks]
        self.starts = [s for _, s, _ in toks]
        self.ends = [e for _, _, e in toks]
        self.published = published
        self.figs: list[_Fig] = []
        self.used_cues: set[int] = set()
        self.time_cache: dict = {}
        self.manner_cache: dict = {}
        self.sup_from = None
        self.label_end = None
        self.enumeration = False
        n = len(toks)
        # line breaks before tokens
        self.newline = [False] * n
        self.blank = [False] * n
        prev_end = 0
        for i in range(n):
            gap = folded[prev_end:self.starts[i]]
            if "\n" in gap:
                self.newline[i] = True
                if gap.count("\n") > 1:
                    self.blank[i] = True
            prev_end = self.ends[i]

    # offsets into the original text
    def o(self, i: int) -> int:
        return self.offmap[i] if self.offmap is not None else i

    def oe(self, fe: int) -> int:
        """The original offset just after folded position ``fe - 1``, with the diacritics
        and tatweel that follow it ("شهيداً" keeps its tanween)."""
        if self.offmap is None:
            return fe
        e = self.offmap[fe - 1] + 1
        text = self.text
        while e < len(text) and _DIACRITIC.match(text, e):
            e += 1
        return e

    def run(self) -> list[CasualtyFigure]:
        words = self.words
        n = len(words)
        # sentences: [a, b) token ranges
        bounds = []
        a = 0
        for i in range(n):
            if i > a and self.newline[i]:
                bounds.append((a, i))
                a = i
            if words[i] in (".", "!", "?") and not (i + 1 < n and words[i + 1][:1].isdigit()
                                                     and not self.newline[i + 1] and
                                                     self.ends[i] == self.starts[i + 1]):
                bounds.append((a, i + 1))
                a = i + 1
        if a < n:
            bounds.append((a, n))
        self.bounds = bounds
        self.list_head = None
        self.list_kind = None
        self.list_active = False
        self.table_head = None
        self.table_kind = None
        self.pending_table = None
        para = 0
        for si, (a, b) in enumerate(bounds):
            if a >= b:
                continue
            if self.blank[a]:
                para += 1
            line_start = self.newline[a] or a == 0
            self.sentence(si, para, a, b, line_start)
        return self.build()

    # -- one sentence ---------------------------------------------------------------
    def sentence(self, si: int, para: int, a: int, b: int, line_start: bool) -> None:
        words = self.words
        figs = self.figs
        first_fig = len(figs)
        # list mode: a line under a heading that ended with ":"
        list_item = False
        item_start = None
        self.label_end = None
        if line_start:
            k = a
            while k < b and words[k] in ("-", "–", "—", "•", "*", "ـ", "·"):
                k += 1
            starts_with_number = k < b and (words[k][:1].isdigit() or words[k] in WORDS or words[k] in ("(",))
            bullet = k > a
            if not (bullet or starts_with_number) and self.list_active:
                # "إدلب: 3 مدنيين …": a label and a colon open the item
                for kk in range(a + 1, min(b, a + 5)):
                    if words[kk] == ":":
                        bullet = True
                        self.label_end = kk + 1
                        break
            if self.list_active and (bullet or starts_with_number):
                list_item = True
                if self.label_end is None and not starts_with_number:
                    for kk in range(k + 1, min(b, k + 6)):  # "• هيئة تحرير الشام: مدنيان"
                        if words[kk] == ":":
                            self.label_end = kk + 1
                            break
                item_start = self.label_end or k
            elif not (bullet or starts_with_number):
                self.list_active = False
                self.pending_table = None
        sent_words = set(words[a:b])
        revision_ctx = bool(sent_words & _RISE_WORDS)
        toll_ctx = bool(sent_words & (_REVISION_WORDS | _TOLL_WORDS))
        # an earlier toll: "حصيلة سابقة", "في وقت سابق", "بعد أن كانت …"
        sup_from = None
        if sent_words & _TOLL_WORDS or any(w in _KIND_NOUNS for w in sent_words) \
                or (words[a] in ("وكانت", "وكان") and "قد" in sent_words and "سابق" in sent_words
                    and "وقت" in sent_words):  # "وكانت الوزارة قد أعلنت في وقت سابق استشهاد 210"
            for k in range(a, b):
                wk = words[k]
                if wk in _EARLIER or (wk == "سابق" and k > a and words[k - 1] == "وقت") \
                        or (wk in ("كانت", "كان") and k > a and words[k - 1] in ("ان", "بعدما")) \
                        or (k == a and wk in ("وكانت", "وكان", "كانت", "كان") and "قد" in sent_words
                            and sent_words & _TOLL_WORDS):
                    sup_from = a if not revision_ctx else k
                    if wk in ("كانت", "كان") and k > a and words[k - 1] in ("ان", "بعدما"):
                        sup_from = k  # "بلغت 107 بعد أن كانت 114": only what follows is the earlier toll
                    break
        self.sup_from = sup_from
        cue = None  # [kind, manner, type, index, consumed]
        groups: list[list] = []  # [type, head]
        prev = None  # last figure of this sentence
        target = None  # the figure a coordinated number continues
        pending_q = None  # (qualifier, start index, end index)
        line_cue_kind = None
        list_item_done = False
        i = a
        while i < b:
            w = words[i]
            if w in (",", ";"):
                while groups and groups[-1][0] == "sub":
                    head = groups.pop()[1]
                    if figs[head].sent == si:
                        target = head
                i += 1
                continue
            if w not in _INTERESTING and not w[:1].isdigit():
                i += 1
                continue
            # qualifier
            if w in _QUAL_FIRST:
                q = self.match_qualifier(i, b)
                if q:
                    pending_q = (q[0], i, q[1])
                    i = q[1]
                    continue
            # group markers
            g = self.match_group(i, b)
            if g:
                gtype, gend = g
                head = prev if prev is not None else target
                # "من بين القتلى", "القتلى بينهم": head is the last figure of that kind
                kw = words[gend] if gend < b else ""
                if words[i] in _GROUP_KIND_HEAD and kw in CUES and CUES[kw][2] == "kindnoun":
                    head = self.last_of_kind(CUES[kw][0]) if head is None or figs[head].kind != CUES[kw][0] \
                        else head
                    if head is not None:
                        gend += 1  # else the kind noun is read as a cue: "بين القتلى 4 نساء"
                elif i > a and words[i - 1] in CUES and CUES[words[i - 1]][2] == "kindnoun" and prev is None:
                    head = self.last_of_kind(CUES[words[i - 1]][0])
                if head is not None:
                    groups.append([gtype, head, gend])
                i = gend
                continue
            if w in ("احدهم", "احداهن", "احدهن") and i > a and words[i - 1] == "," and prev is not None \
                    and figs[prev].sent == si and figs[prev].count > 1 and i + 1 < b \
                    and _base(words[i + 1]) in _SINGULAR_CAT and (i + 2 >= b or words[i + 2] in (",", ".")):
                # an aside naming one of them: "استشهد 3 فلسطينيين، أحدهم طفل،"
                prev = target = self.add(figs[prev].kind, 1, i, i + 2, si, para, how="group", singular=True,
                                         parent=prev, category=_SINGULAR_CAT.get(_base(words[i + 1])),
                                         victims=(i + 1, i + 2))
                i += 2
                continue
            if w in _FAQAD and i + 1 < b:
                k = i + 1
                if words[k] in _FAQAD_OBJECT:
                    k += 1 + (words[k] == "الاتصال" and k + 1 < b and words[k + 1] in ("ب", "مع", "بـ"))
                if k < b and (words[k][:1].isdigit() or words[k] in WORDS or words[k] == "(" or
                              words[k] in _QUAL_FIRST or (k > i + 1 and _people_category(words[k]))):
                    # the cue stands right before the number (or the noun) it counts
                    kind = _K if _LIVES.intersection(words[k:min(b, k + 8)]) else _M
                    cue = [kind, None, "verb", k - 1, False]
                    if line_cue_kind is None:
                        line_cue_kind = kind
                    if k > i + 1 and not (words[k][:1].isdigit() or words[k] in WORDS or words[k] == "("
                                          or words[k] in _QUAL_FIRST):
                        made = self.singular_after_cue(k, b, cue, si, para, groups)
                        if made is not None:
                            idx, k = made
                            prev = target = idx
                            cue[4] = True
                    i = k
                    continue
            # cues
            c = _cue(w)
            if c is not None and not (c[2] == "kindnoun" and i > a and (words[i - 1][:1].isdigit() or
                                                                           words[i - 1] in (")",))
                                      and not w.startswith("وال")):  # "عدد القتلى 9 والجرحى 17"
                kind, manner, ctype = c
                if line_cue_kind is None:
                    line_cue_kind = kind
                # combined "قتلى وجرحى", "قتل وأصيب", "استشهاد وإصابة": not one kind
                if i + 1 < b and words[i + 1] in _COMBINED and kind == _K:
                    i += 2
                    continue
                if i + 2 < b and words[i + 1] == "او" and ctype != "kindnoun" and i not in self.used_cues \
                        and _cue(words[i + 2]) and _cue(words[i + 2])[0] != kind:
                    cue = ["combined", None, ctype, i + 2, False]  # "قتل أو أصيب 20"
                    i += 3
                    continue
                if i + 1 < b and words[i + 1][:1] == "و" and ctype != "kindnoun" and i not in self.used_cues \
                        and not (words[i].startswith("حتف") and i - 1 in self.used_cues):
                    # ("6 مدنيين لقوا حتفهم وأصيب 15": "حتفهم" completes a verb that has its number)
                    c2 = _cue(words[i + 1])
                    if c2 is not None and {c2[0], kind} == {_K, _I}:
                        cue = ["combined", None, ctype, i + 1, False]
                        i += 2
                        continue
                cue = [kind, manner, ctype, i, i in self.used_cues]
                if revision_ctx and w == "وفاه" and i > a and words[i - 1] in ("بعد", "اثر", "عقب"):
                    cue[4] = True  # "ارتفعت الحصيلة إلى 9 بعد وفاة أحد المصابين": the increase, not a toll
                    i += 1
                    while i < b and words[i] not in (",", ".", ";") and not words[i][:1].isdigit() \
                            and words[i] not in WORDS:
                        i += 1
                    if i < b and (words[i][:1].isdigit() or words[i] in WORDS):
                        r0 = read_number(words, i)
                        i = r0.end if r0 else i + 1
                    continue
                i += 1
                # singular / dual / ordinal right after a verb or noun cue
                if ctype in ("verb", "noun", "weak") and i < b:
                    made = self.singular_after_cue(i, b, cue, si, para, groups)
                    if made is not None:
                        idx, i = made
                        prev = target = idx
                        cue[4] = True
                        pending_q = None
                continue
            if w in _SINGULAR_PRONOUN_CUES:
                base = _SINGULAR_PRONOUN_CUES[w]
                kind = _PRONOUN_KIND.get(base, _K)
                if not any(f.kind == kind and f.count == 1 and f.para == para for f in figs) and \
                        not any(f.kind == kind and f.sent == si for f in figs) and \
                        kind == _K and not any(wb in ("بعد", "قبل", "منذ", "عقب", "اثر") for wb in words[max(a, i - 3):i]):
                    # only a death told with a pronoun ("أدى لمقتله"); "بعد اعتقاله" looks back
                    manner = "executed" if base.startswith("اعدام") else None
                    idx = self.add(kind, 1, i, i + 1, si, para, how="pronoun", singular=True, cue_manner=manner)
                    prev = target = idx
                i += 1
                continue
            # numbers
            r = read_number(words, i) if (w[:1].isdigit() or w in WORDS or w in VAGUE or w == "(" or w in FRACTIONS or
                                          (w[:1] in "وف" and w[1:] in WORDS)) else None
            if r is None:
                if i == item_start and self.list_kind:
                    # a list line that names one or two victims: "درعا: شاب برصاص مجهولين"
                    base = _base(w)
                    count = 2 if self.dual(i) else (1 if base in _SINGULAR_CAT else 0)
                    if count:
                        stem = DUALS.get(base, base)
                        prev = target = self.add(self.list_kind, count, i, i + 1, si, para, how="list",
                                                 singular=count == 1, parent=self.list_head,
                                                 category=_SINGULAR_CAT.get(stem) or _SINGULAR_CAT.get(stem + "ه"),
                                                 victims=(i, i + 1))
                        list_item_done = True
                        i += 1
                        continue
                # coordinated / grouped singular or dual nouns: "وامرأة", "بينهم طفل", "سيدتين"
                made = self.noun_count(i, b, si, para, groups, target, list_item)
                if made is not None:
                    idx, i = made
                    prev = target = idx
                    continue
                i += 1
                continue
            self.enumeration = False
            fig_idx, nxt = self.number(i, r, a, b, si, para, cue, groups, prev, target, pending_q, list_item and
                                       not list_item_done, revision_ctx, toll_ctx,
                                       line_cue_kind)
            pending_q = None
            if fig_idx is not None:
                if fig_idx >= 0:
                    f = figs[fig_idx]
                    if cue is not None and f.how in ("cue", "follow-cue-prev"):
                        cue[4] = True
                    if list_item:
                        list_item_done = True
                        if f.parent is None and self.list_head is not None and f.kind == self.list_kind \
                                and self.list_head != fig_idx:
                            f.parent = self.list_head
                prev = target = fig_idx if fig_idx >= 0 else (-fig_idx - 1)
            elif list_item and not list_item_done and not self.is_date_like(i, r) and not self.enumeration:
                list_item_done = True
            i = max(nxt, i + 1)
        # the total line of a toll table whose heading named no kind ("المجموع: 371 قتيلاً"):
        # the cells read before it are parts of that total
        if self.pending_table and len(figs) > first_fig and list_item:
            k = a
            while k < b and words[k] in ("-", "–", "—", "•", "*", "ـ", "·"):
                k += 1
            total = first_fig
            ft = figs[total]
            if k < b and words[k] in _TOTAL_WORDS and ft.parent is None and not ft.vague and \
                    sum(c[0] for c in self.pending_table) <= ft.count:
                for value, ts, te, csi, cpara, vic, cat in self.pending_table:
                    self.add(ft.kind, value, ts, te, csi, cpara, how="table", parent=total, category=cat,
                             victims=vic, qualifier="exact")
            self.pending_table = None
        # heading for a list or table: the sentence ends with ":" / "::"
        last = words[b - 1] if b > a else ""
        if last in (":", "::"):
            self.pending_table = None
            if len(figs) == first_fig and line_cue_kind is None and sent_words & _TABLE_HEAD_WORDS:
                self.pending_table = []  # "الحصيلة الشهرية لشهر أيار:": the kind comes with the total
                self.table_kind = self.table_head = None
            self.list_active = True
            if len(figs) > first_fig:
                self.list_head = len(figs) - 1
                while figs[self.list_head].parent is not None and self.list_head >= first_fig \
                        and figs[self.list_head].sent == si and self.list_head > first_fig:
                    self.list_head -= 1
                self.list_head = first_fig if figs[first_fig].sent == si else self.list_head
                self.list_kind = figs[self.list_head].kind
                self.table_head = self.list_head
                self.table_kind = self.list_kind
            else:
                self.list_head = None
                self.list_kind = line_cue_kind
                if line_cue_kind:
                    self.table_kind = line_cue_kind

    # -- pieces -----------------------------------------------------------------------
    def hypothetical(self, lo: int, i: int) -> bool:
        """A feared, expected or threatened toll, not a reported one."""
        words = self.words
        for k in range(i - 1, lo - 1, -1):
            if words[k] in (",", ";", ":"):
                break
        else:
            k = lo - 1
        for k in range(k + 1, i):
            wk = words[k]
            if wk in _MODAL or (wk[:1] in "وف" and wk[1:] in _MODAL):
                return True
            if wk in ("قد", "وقد") and k + 1 < i and words[k + 1][:1] in "يت" and words[k + 1] not in CUES:
                return True
        return False

    def stale(self, cue, i: int) -> bool:
        """The cue is too far from token ``i`` (another clause, or more than 8 words;
        quote marks do not count)."""
        words = self.words
        between = [w for w in words[cue[3] + 1:i] if w not in ('"', "'")]
        if self.relative_gap(cue, between) and not any(
                w[:1].isdigit() or w in WORDS for w in self.words[i + 1:i + 4]):  # "… 200 مسلح 5 أشخاص"
            return False
        # "وبلغ عدد قتلى الاستهدافات … منذ مطلع تشرين الثاني 71 شخصاً": a toll clause opened by a
        # linking verb, closed by its count; nothing in between may be a number, cue or clause word
        c = cue[3]
        if cue[2] == "kindnoun" and c >= 2 and words[c - 1] in _TOLL_WORDS \
                and (words[c - 2] in _BECOME or (words[c - 2][:1] == "و" and words[c - 2][1:] in _BECOME)) \
                and 8 < len(between) <= 16 and not any(
                    w[:1].isdigit() or w in WORDS or w in CUES or w in _CLAUSE_BREAK or w in (":", "::", ".", "(", ")")
                    for w in between):
            return False
        if len(between) > 8:
            return True
        return any(w in _CLAUSE_BREAK for w in between)

    def restated_as_people(self, a: int, s: int) -> bool:
        """The count at token ``s`` restates households or the like in people: "، أي 6 آلاف
        شخص", "، أي ما يعادل نحو 400 ألف شخص"."""
        words = self.words
        pre = words[s - 1] if s - 1 >= a else ""
        if pre == "اي":
            return True
        return pre in ("يعادل", "يوازي") and s - 3 >= a and words[s - 2] == "ما" and words[s - 3] == "اي"

    def construct_toll(self, cue, i: int, qstart, nxt: str, value) -> bool:
        """A plural kind noun in construct, its definite complement, then a bare number that
        closes the clause: "قتلى التفجير الأول 23،", "جرحى الهجوم 9."."""
        words = self.words
        if cue[2] != "kindnoun" or qstart is not None or cue[3] >= i - 1 or i - cue[3] - 1 > 3:
            return False
        w = words[cue[3]]
        if w.startswith(("ال", "وال", "بال", "لل")) or nxt not in ("", ".", ",", ";", "بينما", "فيما", "وبينما"):
            return False
        if not isinstance(value, int) or 1900 <= value <= 2100:
            return False
        return all(x.startswith("ال") and x not in _MONTH_WORDS for x in words[cue[3] + 1:i])

    @staticmethod
    def relative_gap(cue, between) -> bool:
        """A passive verb cue whose subject comes after a place phrase with a relative clause:
        "قتل في القصف الذي استهدف السوق 13 شخصاً". Only a verb cue directly followed by a
        preposition, one relative pronoun, no other number, cue, comma or clause word between."""
        if cue[2] != "verb" or not between or between[0] not in _REL_PREPS or len(between) > 16:
            return False
        rel = [k for k, w in enumerate(between) if w in _RELATIVES]
        if len(rel) != 1 or len(between) - rel[0] < 3:
            return False  # "الذي نفذه 200 مسلح": the number is the relative verb's subject
        last = between[-1]
        if last.endswith(("ه", "ها", "هم")) and not last.startswith("ال"):
            return False  # "… الذي شنته أمس 200 …"
        for w in between:
            if w[:1].isdigit() or w in WORDS or w in CUES or (w in _CLAUSE_BREAK and w not in _RELATIVES) \
                    or w in (":", "::", ".", "(", ")"):
                return False
        return True

    def match_qualifier(self, i: int, b: int):
        words = self.words
        for seq, q in _QUALIFIERS:
            L = len(seq)
            if i + L <= b:
                w0 = words[i]
                if w0 != seq[0] and not (w0[:1] in "وب" and w0[1:] == seq[0]):
                    continue
                if all(words[i + k] == seq[k] for k in range(1, L)):
                    return q, i + L
        return None

    def match_group(self, i: int, b: int):
        words = self.words
        if words[i] == ":" and i + 1 < b and (words[i + 1][:1].isdigit() or words[i + 1] in WORDS):
            return "hum", i + 1
        for L in (2, 1):
            if i + L <= b:
                key = tuple(words[i:i + L])
                t = _GROUP_MARKERS.get(key)
                if t:
                    if t == "hum":  # "هم:" / "هم" before a number or a noun for one or two people
                        nxt = words[i + L] if i + L < b else ""
                        if not (nxt in (":", "::") or nxt[:1].isdigit() or nxt in WORDS or nxt in _SINGULAR_CAT
                                or dual_value(nxt)):
                            return None
                        return t, i + L + (1 if nxt in (":", "::") else 0)
                    return t, i + L
        w = words[i]
        if w in _GROUP_KIND_HEAD and i + 1 < b:
            nxt = words[i + 1]
            if w in ("من", "ومن") and nxt == "بين" and i + 2 < b and words[i + 2] in CUES \
                    and CUES[words[i + 2]][2] == "kindnoun":
                return "sub", i + 2
            if w in ("بين", "وبين") and nxt in CUES and CUES[nxt][2] == "kindnoun":
                return "sub", i + 1
        return None

    def last_of_kind(self, kind: str) -> Optional[int]:
        for j in range(len(self.figs) - 1, -1, -1):
            f = self.figs[j]
            if f.kind == kind and f.parent is None and not f.superseded:
                return j
        return None

    def is_date_like(self, i: int, r) -> bool:
        words = self.words
        e = r.end
        nxt = words[e] if e < len(words) else ""
        nxt2 = words[e + 1] if e + 1 < len(words) else ""
        if nxt in _MONTH_WORDS or (nxt in ("من", "ومن") and (nxt2 in _MONTH_WORDS or nxt2 in ("شهر", "الشهر"))):
            return True
        return False

    @staticmethod
    def case_kind(word: str) -> Optional[str]:
        """The kind of a plural casualty noun right before "N حالة" ("الاعتقالات 160 حالة")."""
        c = _cue(word) or (_cue(word[2:]) if word.startswith("ال") else None) or (
            _cue(word[3:]) if word.startswith(("وال", "بال")) else None)
        return c[0] if c is not None and c[2] != "weak" and c[0] in (_K, _I, _D, _M, _P) else None

    def case_kind_before(self, a: int, i: int) -> Optional[str]:
        """``case_kind`` of the word before token ``i``, or of a toll phrase ending in a
        linking verb just before it ("حصيلة الاعتقالات بلغت 160 حالة")."""
        words = self.words
        if i - 1 < a:
            return None
        k = self.case_kind(words[i - 1])
        if k is None and words[i - 1] in _REVISION_WORDS:
            for kk in range(i - 2, max(a, i - 8) - 1, -1):
                if words[kk] in (",", ";", ".") or words[kk][:1].isdigit():
                    break
                if words[kk] in _TOLL_WORDS and kk + 1 < i - 1:
                    k = self.case_kind(words[kk + 1])
                    break
        return k

    def add(self, kind, count, ts, te, si, para, **kw) -> int:
        self.figs.append(_Fig(kind=kind, count=count, tstart=ts, tend=te, sent=si, para=para, **kw))
        return len(self.figs) - 1

    def singular_after_cue(self, i, b, cue, si, para, groups):
        """"مقتل شاب", "قتل مدني", "استشهاد طفلين", "قتل أحدهم", "قتل خامس", "أصيب الآخران"."""
        words = self.words
        w = words[i]
        kind, manner, ctype = cue[0], cue[1], cue[2]
        nxt = words[i + 1] if i + 1 < b else ""
        if nxt in ("اثنين", "اثنان", "اثنتين", "اثنتان") and (_people_category(w) or _base(w) in _KIND_NOUNS):
            base = _base(w)
            own = _KIND_NOUNS.get(base, kind)
            if (own == _D and base in _DETAINEES and kind == _K and ctype in ("verb", "noun")) or (
                    own == _P and kind in (_K, _I, _D, _M) and ctype in ("verb", "noun")):
                own = kind  # "وفاة معتقلين اثنين": died in detention; "إصابة نازحين اثنين"
            return self.add(own, 2, cue[3], i + 2, si, para, how="dual",
                            category=_people_category(w), parent=groups[-1][1] if groups else None,
                            cue_manner=manner, victims=(i, i + 2)), i + 2
        if nxt in WORDS and WORDS[nxt][0] >= 2 and nxt not in ("واحد", "واحده"):
            return None
        parent = groups[-1][1] if groups else None
        if ctype != "weak" and (w in ("احدهم", "احدهما", "احداهن", "احدهن") or (
                w == "احد" and nxt.startswith("ال") and _people_category(nxt))):
            end = i + 1 if w != "احد" else i + 2
            return self.add(kind, 1, cue[3], end, si, para, how="singular", singular=True, parent=parent,
                            cue_manner=manner, victims=(i + 1, end) if w == "احد" else None), end
        d = self.dual(i)
        if d:
            stem = DUALS.get(_base(w)) or _base(w)[:-2]
            cat = _SINGULAR_CAT.get(stem) or _SINGULAR_CAT.get(stem + "ه") or (
                "unknown" if w == "الاخران" else None)
            return self.add(kind, 2, cue[3], i + 1, si, para, how="dual",
                            category=cat, parent=parent, cue_manner=manner, victims=(i, i + 1)), i + 1
        if ctype == "weak":
            return None
        base = _base(w)
        if base in _SINGULAR_CAT or base in _KIND_SINGULAR:
            if nxt in ("من",) and i + 2 < b and words[i + 2] in ("اصل",):
                return None
            end = i + 1
            if nxt in ("واحد", "واحده"):
                end += 1
            return self.add(kind, 1, cue[3], end, si, para, how="singular", singular=True,
                            category=_SINGULAR_CAT.get(base), parent=parent, cue_manner=manner,
                            victims=(i, end)), end
        # a definite singular: "مقتل الشاب محمد …" (a restatement merges later)
        if base.startswith("ال") and base[2:] in _SINGULAR_CAT and not (nxt in WORDS or nxt[:1].isdigit()) \
                and ctype in ("verb", "noun") and not nxt.startswith("ال"):
            return self.add(kind, 1, cue[3], i + 1, si, para, how="singular", singular=True,
                            category=_SINGULAR_CAT.get(base[2:]), parent=parent, cue_manner=manner,
                            victims=(i, i + 1)), i + 1
        if base in _FAMILY_ONE:
            return self.add(kind, 1, cue[3], i + 1, si, para, how="singular", singular=True, parent=parent,
                            cue_manner=manner, victims=(i, i + 1)), i + 1
        # the object after the subject: "اختطف مسلحون مجهولون طفلاً"
        if ctype == "verb":
            for k in range(i, min(b, i + 4)):
                wk = words[k]
                if wk in (",", ".", ";", ":") or wk[:1].isdigit() or wk in WORDS or _cue(wk):
                    break
                bk = _base(wk)
                if bk.endswith("ا") and bk[:-1] in _SINGULAR_CAT and k > i:
                    nk = words[k + 1] if k + 1 < b else ""
                    if nk in WORDS and WORDS[nk][0] >= 2:
                        break
                    return self.add(kind, 1, cue[3], k + 1, si, para, how="singular", singular=True,
                                    category=_SINGULAR_CAT[bk[:-1]], parent=parent, cue_manner=manner,
                                    victims=(k, k + 1)), k + 1
        if base in _ORDINAL_ONE and ctype == "verb" and (nxt in ("في", "ب", ",", ".", "علي", "جراء", "اثر", "")
                                                          or nxt.startswith("ب")):
            return self.add(kind, 1, cue[3], i + 1, si, para, how="singular", singular=True, parent=parent,
                            cue_manner=manner), i + 1
        return None

    def noun_count(self, i, b, si, para, groups, target, list_item=False):
        """A dual or singular noun for people with no digit, inside a subset group or
        coordinated with a figure: "بينهم طفل", "وامرأة", "سيدتين", "شهيد واحد"."""
        words = self.words
        w = words[i]
        base0 = _base(w)
        if base0.endswith("ا") and base0[:-1] in _SINGULAR_CAT and w[:1] != "و" and not groups:
            base0 = base0[:-1]  # "أن شاباً من العائدين قضى"
        nxt0 = words[i + 1] if i + 1 < b else ""
        c0 = _cue(nxt0)
        # a dual kind noun is its own figure: "قتيلان و5 جرحى", "أسفر عن شهيدين"
        if base0 in _KIND_DUALS and not (i > 0 and (words[i - 1][:1].isdigit() or words[i - 1] in WORDS
                                                     or words[i - 1] in ("بين", "ال", "الي"))) \
                and not (nxt0 in _COMBINED or nxt0 in ("او",)) and not self.hypothetical(max(0, i - 7), i):
            return self.add(_KIND_NOUNS[base0], 2, i, i + 1, si, para, how="dual",
                            parent=groups[-1][1] if groups else None, victims=(i, i + 1)), i + 1
        # a dual or singular noun for people with a kind adjective: "شخصين مفقودين", "طفل جريح"
        if nxt0 in _KIND_NOUNS and (base0 in _SINGULAR_CAT or self.dual(i)) and not w.startswith("ال") and \
                not (i > 0 and (words[i - 1][:1].isdigit() or words[i - 1] in WORDS)) and \
                not (i + 2 < b and words[i + 2] in _COMBINED):
            count = 2 if self.dual(i) else 1
            stem = DUALS.get(base0, base0)
            return self.add(_KIND_NOUNS[nxt0], count, i, i + 2, si, para, how="singular", singular=count == 1,
                            category=_SINGULAR_CAT.get(stem) or _SINGULAR_CAT.get(stem + "ه"),
                            parent=groups[-1][1] if groups else None, victims=(i, i + 1)), i + 2
        # an indefinite singular or dual noun for people followed by a casualty verb: "مواطن قضى",
        # "شابين قتلا", "رجل مسن يبلغ من العمر 70 عاماً قضى"
        vk = i + 1
        if (base0 in _SINGULAR_CAT or self.dual(i)) and (c0 is None or c0[2] != "verb"):
            vk = self.verb_after(i + 1, b)
            c0 = _cue(words[vk]) if vk < b else None
            nxt0 = words[vk] if vk < b else ""
        after_verb = words[vk + 1] if vk + 1 < b else ""
        if after_verb[:1].isdigit() or after_verb in WORDS or after_verb in _QUAL_FIRST or after_verb in VAGUE:
            c0 = None  # "شاب قتل 3 أشخاص": the verb has its own count, the noun is its subject
        if c0 is not None and c0[2] == "verb" and not nxt0.startswith(("و", "ب", "ل")) and \
                (base0 in _SINGULAR_CAT or (self.dual(i) and DUALS.get(base0, "") != "اخر")) and \
                not (i > 0 and (words[i - 1][:1].isdigit() or words[i - 1] in WORDS or words[i - 1] == "احد")) \
                and not w.startswith("ال"):
            count = 2 if self.dual(i) else 1
            stem = DUALS.get(base0, base0)
            parent = groups[-1][1] if groups else (self.list_head if list_item and self.list_kind == c0[0] else None)
            # "امرأة وطفلها قتلا", "رجل وزوجته قضيا": a family noun before a dual verb is one more person
            second = count == 1 and vk == i + 2 and words[i + 1][:1] == "و" and nxt0.endswith("ا") \
                and words[i + 1][1:] in _FAMILY_ONE
            idx = self.add(c0[0], count, i, (i + 1) if second else vk + 1, si, para, how="singular",
                           singular=count == 1, category=_SINGULAR_CAT.get(stem) or _SINGULAR_CAT.get(stem + "ه"),
                           parent=parent, cue_manner=c0[1], victims=(i, i + 1))
            if second:
                idx = self.add(c0[0], 1, i + 1, vk + 1, si, para, how="singular", singular=True,
                               category="unknown", parent=parent, cue_manner=c0[1], victims=(i + 1, i + 2))
            return idx, vk + 1
        in_group = bool(groups) and i > 0 and (words[i - 1] in ("بينهم", "منهم", "بينهن", "منهن", "ضمنهم", ":", "هم")
                                               or self.just_after_group(i) or i == groups[-1][2])
        coordinated = w[:1] == "و" and target is not None and self.figs[target].sent == si and i > 0 and \
            (self.figs[target].tend == i or self.after_noun_of(target, i) or
             ((groups or list_item) and words[i - 1] == ",") or (groups and self.figs[target].parent == groups[-1][1])
             # the last item of an enumeration: "قتل 7 مدنيين، و4 من الشرطة، ومسلحان."
             or (words[i - 1] == "," and self.dual(i) and (i + 1 >= b or words[i + 1] in (".", ",", "من", "في", "علي"))))
        if not (in_group or coordinated):
            return None
        base = _base(w)
        nxt = words[i + 1] if i + 1 < b else ""
        if groups:
            head = groups[-1][1]
            kind, parent = self.figs[head].kind, head
        else:
            kind, parent = self.figs[target].kind, self.figs[target].parent
        d = self.dual(i)
        if d:
            stem = DUALS.get(base, DUALS.get(w, "")) or base[:-2]
            if stem in ("اخر",):
                return None
            return self.add(kind, 2, i, i + 1, si, para, how="dual", parent=parent,
                            category=_SINGULAR_CAT.get(stem) or _SINGULAR_CAT.get(stem + "ه"),
                            victims=(i, i + 1)), i + 1
        if in_group and i == groups[-1][2] and base.startswith("ال") and base[2:] in _SINGULAR_CAT \
                and not (nxt in WORDS or nxt[:1].isdigit()):
            base = base[2:]  # "من بين القتلى الممثل …": one named person
        if base.endswith("ا") and base[:-1] in _SINGULAR_CAT:
            # accusative: "من بين القتلى قائداً" and "امرأتين وطفلاً" are people; "36 رجلاً وشاباً"
            # is the noun of 36 (the accusative noun of a number from 11 to 99)
            if w[:1] == "و":
                if target is None or self.figs[target].how not in ("dual", "singular"):
                    return None
            elif not in_group:
                return None
            base = base[:-1]
        if base in _SINGULAR_CAT or base in _KIND_SINGULAR or (base in _FAMILY_ONE and w[:1] == "و"):
            if nxt in WORDS and WORDS[nxt][0] >= 2:
                return None
            end = i + 2 if nxt in ("واحد", "واحده") else i + 1
            k2 = _KIND_NOUNS.get(base, kind) if base in _KIND_SINGULAR else kind
            return self.add(k2, 1, i, end, si, para, how="singular", singular=True, parent=parent,
                            category=_SINGULAR_CAT.get(base), victims=(i, end)), end
        return None

    def dual(self, i: int) -> Optional[int]:
        """2 if token ``i`` is the dual of a noun for people: from the word list, or, for an
        -ين form that is also a plural (مدنيين), from its vowels in the original text
        ("مدنيَّيْن": a fatha before the ya is the dual, a kasra the plural)."""
        w = self.words[i]
        d = dual_value(w)
        if d or self.offmap is None or not w.endswith("ين") or _base(w)[:-2] not in _SINGULAR_CAT:
            return d
        orig = self.text[self.o(self.starts[i]):self.oe(self.ends[i])]
        return 2 if _DUAL_VOWELS.search(orig) else None

    def verb_after(self, k: int, b: int) -> int:
        """The index of a casualty verb that closes a short description of a person ("مسن يبلغ
        من العمر 70 عاماً قضى"), or ``b``: no punctuation, cue noun or count in between."""
        words = self.words
        for m in range(k, min(b, k + 8)):
            wm = words[m]
            c = _cue(wm)
            if c is not None:
                if c[2] != "verb" or wm[:1] in "وفل":
                    return b
                nm = words[m + 1] if m + 1 < b else ""
                if nm[:1].isdigit() or nm in WORDS or nm in _QUAL_FIRST or nm in VAGUE:
                    return b  # "… إن قوات الدعم السريع قتلت أكثر من 100": the verb has its own count
                return m
            if wm in (",", ".", ";", ":", "(", ")") or wm in WORDS or wm in _POST_MARKERS or wm in _THAT:
                return b
            if wm[:1].isdigit() and not (m + 1 < b and (words[m + 1] in _NOT_PEOPLE or words[m + 1][:-1] in _NOT_PEOPLE)):
                return b
        return b

    def just_after_group(self, i):
        words = self.words
        return i > 1 and tuple(words[i - 2:i]) in _GROUP_MARKERS

    def after_noun_of(self, fidx, i):
        """Token ``i`` comes right after figure ``fidx``'s number and noun ("7 أطفال وامرأة")."""
        f = self.figs[fidx]
        return f.victims is not None and f.victims[1] == i

    def number(self, i, r, a, b, si, para, cue, groups, prev, target, pending_q, list_item, revision_ctx,
               toll_ctx, line_cue_kind):
        """Decide whether the number read at ``i`` is a casualty figure. Returns
        ``(figure index or None, next token index)``."""
        words = self.words
        figs = self.figs
        ns = r.start  # first token of the number (after "(")
        e = r.end
        before = words[i - 1] if i > a else ""
        before2 = words[i - 2] if i - 1 > a else ""
        nxt = words[e] if e < b else ""
        nxt2 = words[e + 1] if e + 1 < b else ""
        value = r.value
        handover = bool(_REMAINS_HANDOVER.intersection(words[max(a, i - 6):i]))
        if nxt in ("اصاباتهم", "اصابتهم", "جروحهم", "جراحهم", "حالتهم", "حالاتهم"):
            return None, r.end  # "3 إصاباتهم خطيرة": the condition of some, not a count
        if _RELEASED.intersection(words[max(a, i - 4):i]):
            return None, r.end  # released prisoners are not new detentions
        if self.hypothetical(max(a, i - 7), i):
            return None, r.end  # "قد يرتفع عدد القتلى إلى 100", "هدد بقتل 100 رهينة"
        window = words[max(a, i - 6):i]
        if _SENTENCED.intersection(window) and not _CARRIED_OUT.intersection(words[a:i]):
            return None, r.end  # "حكمت المحكمة بإعدام 7 أشخاص": a sentence, not an execution
        # ---- not a count of people -----------------------------------------------------
        if self.is_date_like(i, r):
            return None, e
        # the number of a numbered list item: "1- 441 مدنياً"
        if nxt in ("-", "–", ")", ".") and (i == a or self.newline[i] or words[i - 1] in ("-", "–", "•", "*")) \
                and not r.words and (nxt2[:1].isdigit() or nxt2 in WORDS or _cue(nxt2) or nxt2 in _PEOPLE
                                     or (e + 1 < b and self.newline[i])):
            self.enumeration = True
            return None, e + 1
        if nxt in (":",) and nxt2[:1].isdigit():  # a time 10:30
            return None, e + 2
        if before in _MONTH_WORDS or (before in _DATE_BEFORE and 1900 <= value <= 2100) or before == "/" \
                or nxt == "/":
            return None, e
        if (before in _UNIT_BEFORE or (before == "ال" and before2 in _UNIT_BEFORE)) and not (
                before in _PLACE_UNITS and _base(nxt) in _KIND_NOUNS and not nxt in _KIND_SINGULAR):
            return None, e  # "الفرقة 17"; but "وصل إلى مستشفيات القطاع 52 شهيداً" is a toll
        if not r.words and 1900 <= value <= 2100 and before in ("في", "منذ", "حتي", "عام", "ال", ""):
            if _people_category(nxt) is None and nxt not in _KIND_NOUNS:
                return None, e
        if nxt in _NOT_PEOPLE or _base(nxt) in _NOT_PEOPLE or nxt in ("بالمئه", "%") or (
                nxt.endswith("ا") and nxt[:-1] in _NOT_PEOPLE):
            return None, e
        if nxt == "في" and nxt2 in ("المئه", "المائه"):
            return None, e
        if value == 0:
            return None, e
        # "الساعات الـ24 الماضية", "الـ 19 من"
        if before == "ال" and (nxt.startswith("الماضي") or nxt in ("الاخيره", "الماضيه")):
            return None, e
        # ---- the words after the number ------------------------------------------------
        j = e
        qualifier = pending_q[0] if pending_q and pending_q[2] == i else "exact"
        qstart = pending_q[1] if pending_q and pending_q[2] == i else None
        count_max = None
        previous = None
        # ranges "بين 10 و15", "من 10 الى 15" / revisions "من 20 الى 30"
        if nxt in ("و", "الي", "-", "–") and e + 1 < b:
            r2 = read_number(words, e + 1)
            if r2 is not None and not r2.vague and r2.value > value and (
                    (nxt == "و" and before == "بين") or (nxt == "الي" and before == "من") or
                    (nxt in ("-", "–") and r2.start == e + 1)):
                if nxt == "الي" and revision_ctx:
                    previous = value
                else:
                    count_max = r2.value
                    last_word = words[r2.end - 1] if r2.end - 1 < b else ""
                    if value < 1000 <= r2.value and WORDS.get(last_word, (0, ""))[1] == "scale":
                        value *= abs(WORDS[last_word][0]) if WORDS[last_word][0] in (1000, -1000, 1_000_000) else 1
                value_hi = r2.value
                j = r2.end
                if previous is not None:
                    value = value_hi
                e_num = j
            else:
                e_num = e
        else:
            e_num = e
        j = e_num
        if j < b and words[j] in (")",):
            j += 1
        # "على الاقل" after the number (and after its noun, below)
        def after_qual(k):
            if k + 1 < b and words[k] == "علي" and words[k + 1] == "الاقل":
                return k + 2
            if k < b and words[k] == "تقريبا":
                return k + 1
            return None

        k = after_qual(j)
        if k:
            qualifier = "at_least" if words[j] == "علي" else "about"
            j = k
        noun = words[j] if j < b else ""
        base = _base(noun)
        kind_own = None
        category = None
        victims = None
        noun_end = j
        post_parent = None
        noun_kind = "none"
        if noun[:1] == "و" and noun[1:] in CUES:
            noun_kind = "bare"  # "مقتل 2 وإصابة 10": a new clause
        elif base in ("حاله", "حالات") and j + 1 < b and _cue(words[j + 1]) and _cue(words[j + 1])[2] != "weak":
            kind_own = _cue(words[j + 1])[0]
            noun_kind = "kind"
            noun_end = j + 2
        elif base in ("حاله", "حالات") and self.case_kind_before(a, qstart if qstart is not None else i) and \
                not _DISEASE.intersection(words[j + 1:min(b, j + 4)]):
            # "حصيلة الاعتقالات 160 حالة", "عدد الاعتقالات بلغ 160 حالة"
            kind_own = self.case_kind_before(a, qstart if qstart is not None else i)
            noun_kind = "kind"
            noun_end = j + 1
        elif base in _KIND_NOUNS and not (j + 1 < b and words[j + 1] in _COMBINED):
            kind_own = _KIND_NOUNS[base]
            noun_kind = "kind"
            noun_end = j + 1
            if kind_own == _K and base in _BODY_NOUNS and handover:
                return None, noun_end
        elif base in _KIND_NOUNS:
            return None, j + 2  # "قتيل وجريح": a combined total
        elif base in ("عدد", "اعداد", "حصيله", "العدد", "الحصيله", "اجمالي") and before == "الي" and toll_ctx:
            # SOHR: "ارتفع إلى 15 عدد الذين قضوا …": the kind comes later in the sentence
            for mm in range(j + 1, min(b, j + 10)):
                c = _cue(words[mm])
                if words[mm][:1].isdigit() or words[mm] in (".",):
                    break
                if c is not None and c[2] != "weak":
                    if mm + 1 < b and words[mm + 1] in _COMBINED or (
                            mm + 1 < b and _cue(words[mm + 1]) and _cue(words[mm + 1])[0] != c[0]):
                        return None, e
                    kind_own, noun_kind, noun_end = c[0], "toll", j + 1
                    self.used_cues.add(mm)
                    category = next((cc for cc in map(_people_category, words[j + 1:mm]) if cc), None)
                    break
            else:
                return None, e
            if kind_own is None:
                return None, e
        elif _people_category(noun):
            category = _people_category(noun)
            noun_kind = "people"
            noun_end = j + 1
        elif noun in ("من", "ومن") and j + 1 < b and words[j + 1] not in _MONTH_WORDS and \
                words[j + 1] not in ("شهر", "الشهر", "اصل", "اجمالي", "مجموع", "بين") \
                and not words[j + 1][:1].isdigit():
            noun_kind = "of"
            noun_end = j + 2
            category = _people_category(words[j + 1]) if j + 1 < b else None
            fam = words[j + 1].removeprefix("ال") in ("عائله", "اسره", "عايله")  # members of one family
            if not fam and (words[j + 1] in _NOT_PEOPLE or _base(words[j + 1]).removeprefix("ال") in _NOT_PEOPLE):
                return None, j + 2
        elif noun in _POST_MARKERS:
            noun_kind = "bare"
        elif noun == "" or noun in _FUNCTION_AFTER or noun.startswith("ب") and len(noun) > 3 or noun in CUES:
            noun_kind = "bare"
        elif _cue(noun) is not None:
            noun_kind = "bare"
        else:
            noun_kind = "other"
        # an adjective or "آخرين" after the noun; "منهم" after the number or noun
        k = noun_end
        for _ in range(3):
            if k < b and (words[k] in ("اخرين", "اخرون", "اخري") or (noun_kind == "people" and _NISBA.match(words[k])
                                                                      and words[k] not in _NISBA_STOP
                                                                      and _base(words[k]) not in WORDS
                                                                      and not _cue(words[k]))):
                k += 1
            else:
                break
        q2 = after_qual(k)
        if q2:
            qualifier = "at_least"
            k = q2
        if k < b and words[k] in _POST_MARKERS and k + 1 < b and (
                words[k + 1] in ("حالته", "حالتهم", "جراحهم", "جروحهم", "اصابتهم", "اصاباتهم") or (
                words[k + 1] in ("في", "بحاله", "بحالات", "حالات", "حاله") and (words[k + 1] != "في" or (
                k + 2 < b and words[k + 2] in ("حاله", "حالات", "العنايه"))))):
            return None, k + 2  # "5 منهم في حالة حرجة": a condition, not a count
        if k < b and words[k] in _POST_MARKERS:
            post_parent = target if (target is not None and (not groups or groups[-1][1] != target)) else (
                groups[-1][1] if groups else target)
            if groups:
                post_parent = groups[-1][1]
            if post_parent is None and figs and figs[-1].para == para and figs[-1].count > value \
                    and not figs[-1].superseded and not figs[-1].vague:
                post_parent = len(figs) - 1  # "مقتل 7 أشخاص. وقال المرصد إن 3 منهم أطفال"
                target = post_parent
            k += 1
            if noun_kind == "bare" and k < b and _people_category(words[k]):
                category = _people_category(words[k])
                noun_kind = "people"
                k += 1
            q3 = after_qual(k)  # "14 منهم على الأقل"
            if q3:
                qualifier = "at_least" if words[k] == "علي" else "about"
                k = q3
        if groups and noun_kind == "bare" and k + 1 < b and (words[k] in ("بحاله", "بحالات", "حالتهم", "اصاباتهم",
                                                                       "اصابتهم", "جروحهم", "جراحهم") or (
                words[k] == "في" and words[k + 1] in ("حاله", "حالات"))):
            return None, k + 2  # "بينهم 3 في حالة حرجة": a condition, not a count
        if k + 2 < b and words[k] == "بين" and words[k + 2] in _COMBINED:
            if cue is not None and cue_adjacent_pre(cue, i, qstart):
                cue[4] = True
            return None, k + 3  # "20 شخصاً بين قتيل وجريح": a combined total
        if (noun_kind in ("people", "of") or (noun_kind == "kind" and kind_own == _D)
            or (noun_kind == "bare" and noun in _POST_MARKERS)) and \
                (words[qstart - 1] if qstart else before) in ("مصير", "ومصير") and any(
                w in ("مجهولا", "مجهول", "مجهوله", "مجهولين") for w in words[noun_end:min(b, noun_end + 3)]):
            noun_kind, kind_own = "kind", _M  # "لا يزال مصير 68 ناشطاً مجهولاً": missing
        elif (noun_kind in ("people", "of") or (noun_kind == "kind" and kind_own == _D)) and \
                (words[qstart - 1] if qstart else before) in ("مصير", "ومصير"):
            for mm in range(noun_end, min(b, noun_end + 10)):  # "مصير 2,500 مختطف لدى التنظيم لا يزال مجهولاً"
                if words[mm] in _CLAUSE_BREAK or words[mm] == ".":
                    break
                if words[mm] in ("مجهولا", "مجهول", "مجهوله", "مجهولين") and words[mm - 1] in _STILL:
                    noun_kind, kind_own = "kind", _M
                    break
        if noun_kind in ("people", "kind", "of"):
            victims = (j, noun_end)
        # a casualty verb right after the noun phrase: "ستة مدنيين قتلوا"
        follow = None
        m = k
        if noun_kind == "of":
            m = noun_end
            for _ in range(4):
                if m < b and words[m] not in (",", ".", ";") and _cue(words[m]) is None and not words[m][:1].isdigit() \
                        and words[m] not in _STILL and words[m] not in _FORCED \
                        and not (words[m] in ("في", "ضمن") and m + 1 < b
                                                            and words[m + 1] in ("عداد", "قائمه")):
                    m += 1
                else:
                    break
        while m < b and words[m] in ("قد", "جميعهم", "كلهم", "وقد", "ممن"):
            m += 1
        # a kind adjective after the noun phrase: "4 آخرون محتجزين", "3 أشخاص مفقودين"
        if follow is None and m < b and words[m] in _KIND_NOUNS and noun_kind in ("people", "of") and \
                not (m + 1 < b and words[m + 1] in _COMBINED):
            follow = (_KIND_NOUNS[words[m]], None, m)
        # "3000 من سكان المخيم اضطروا إلى مغادرة منازلهم / إلى النزوح"
        if follow is None and noun_kind in ("people", "of") and m + 2 < b and words[m] in _FORCED \
                and words[m + 1] in ("الي", "علي"):
            ww = words[m + 2]
            c = _cue(ww) or (_cue(ww[2:]) if ww.startswith("ال") else None)
            if c is not None and c[0] == _P:
                follow = (_P, c[1], m + 2)
            elif ww in _LEAVE and m + 3 < b and words[m + 3].startswith(_HOMES):
                follow = (_P, None, m + 3)
        # "أجبرت أكثر من 10 ملايين شخص على الفرار/النزوح"
        if follow is None and m + 1 < b and words[m] == "علي":
            c = _cue(words[m + 1]) or (_cue(words[m + 1][2:]) if words[m + 1].startswith("ال") else None)
            if c is not None and c[0] == _P:
                follow = (c[0], c[1], m + 1)
            elif words[m + 1] in _LEAVE and m + 2 < b and words[m + 2].startswith(_HOMES):
                follow = (_P, None, m + 2)  # "أجبر 1500 مدني على مغادرة/ترك منازلهم"
        # "اضطر 300 شخص إلى النزوح", "دفع 300 شخص للفرار"
        if follow is None and m < b and (words[m] == "الي" and m + 1 < b or words[m].startswith("لل")):
            ww = words[m + 1] if words[m] == "الي" else words[m][2:]
            c = _cue(ww) or (_cue(ww[2:]) if ww.startswith("ال") else None) or _cue("ال" + ww)
            if c is not None and c[0] == _P and c[2] == "verb":
                follow = (c[0], c[1], m + 1 if words[m] == "الي" else m)
        status = m
        while status < b and words[status] in _STILL and status - m < 4:
            status += 1
        if status > m and status + 1 < b and words[status] in ("قيد", "رهن") and \
                (_cue(words[status + 1]) or _cue(words[status + 1][2:])):
            c = _cue(words[status + 1]) or _cue(words[status + 1][2:])
            follow = (c[0], c[1], status + 1)
        # a subset aside before the verb: "17 شخصاً، بينهم 9 مدنيين، قتلوا"
        if m + 1 < b and words[m] == "," and self.match_group(m + 1, b):
            mm = m + 1
            while mm < b and words[mm] not in (",", ".", ";") and mm - m < 12:
                mm += 1
            if mm + 1 < b and words[mm] == "," and _cue(words[mm + 1]) and _cue(words[mm + 1])[2] == "verb" \
                    and words[mm + 1][:1] != "و":
                m = mm + 1
        # "تعرض 40 شخصاً للاعتقال/للإصابة"
        if follow is None and m < b and words[m].startswith("لل") and noun_kind in ("people", "of") and \
                _TARGETED.intersection(words[max(a, i - 3):i]):
            c = _cue(words[m][2:]) or _cue("ال" + words[m][2:])
            if c is not None and c[2] in ("verb", "noun"):
                follow = (c[0], c[1], m)
        # "20 شخصاً في عداد المفقودين", "ألفا شخص ما زالوا في عداد المفقودين"
        ms = status if status > m else m
        if ms + 2 < b and words[ms] in ("في", "ضمن") and words[ms + 1] in ("عداد", "قائمه") and _cue(words[ms + 2]):
            c = _cue(words[ms + 2])
            follow = (c[0], c[1], ms + 2)
        elif m < b and _cue(words[m]) is not None and _cue(words[m])[2] in ("verb", "weak") \
                and not words[m].startswith(("ب",)) and not (words[m][0] == "و" and words[m][1:] in CUES) \
                or (m < b and words[m] in ("بجروح",)):
            c = _cue(words[m])
            follow = (c[0], c[1], m)
        elif m + 1 < b and words[m] == "تم" and _cue(words[m + 1]) is not None:
            c = _cue(words[m + 1])
            follow = (c[0], c[1], m + 1)
        # "لقي 2,250 مهاجراً حتفهم أو فقدوا": dead or missing, a combined total
        if follow is not None and follow[2] + 2 < b and words[follow[2] + 1] in ("او", "واو") and \
                _cue(words[follow[2] + 2]) and _cue(words[follow[2] + 2])[0] != follow[0]:
            return None, follow[2] + 3
        # a plural pronoun cue a few words on: "… 936 شخصاً، تم توثيق مقتلهم"
        follow_far = None
        if follow is None:
            for mm in range(k, min(b, k + 6)):
                ww = words[mm]
                if ww[:1].isdigit() or ww in (".",):
                    break
                if ww.endswith(("هم", "هن")) and _cue(ww) is not None:
                    c = _cue(ww)
                    follow_far = (c[0], c[1], mm)
                    break
        # ---- decide the kind -------------------------------------------------------------
        in_group = bool(groups)
        glued_and = words[ns][:1] == "و" and words[ns][1:] in WORDS and noun_kind in ("people", "of") \
            and value > 1  # "وخمسة أطفال" (a bare "وواحد" is read by the rules for "وواحد على يد …")
        coord = before in _COORD_BEFORE or glued_and or (before == "(" and before2 == "و") or \
            tuple(words[max(a, i - 2):i]) in _COORD_PHRASES or (before in ("،",))
        cue_adjacent = cue is not None and (cue[3] + 1 == i or (qstart is not None and cue[3] + 1 == qstart)
                                            or (cue[3] + 2 == i and words[i - 1] in ("ال",)))
        after_to = before in ("الي", ":", "::", "بلغ", "بلغت", "وصل", "ليصل", "لتصل") or (
            before in ("تجاوز", "تجاوزت", "فاق", "فاقت") and toll_ctx) or (
            before == "(" and before2 in ("الي", ":", "::")) or (
            # "عدد النازحين … بلغ نحو 180 ألف شخص": a qualifier after the linking word
            qstart is not None and qstart > a and words[qstart - 1] in ("الي", "بلغ", "بلغت", "وصل", "ليصل", "لتصل")) or (
            qstart is not None and words[qstart][:1] == "ب" and words[qstart][1:2] != "ي") or (  # "يقدر … بأكثر من"
            # "ليصبح عدد القتلى في المدينة 28": the number closes a toll clause
            cue is not None and cue[2] == "kindnoun" and cue[3] - 2 >= a and words[cue[3] - 1] in _TOLL_WORDS
            and words[cue[3] - 2] in _BECOME and nxt in ("", ".", ",", ";") and i - cue[3] <= 6
            and not any(w[:1].isdigit() or w in _CLAUSE_BREAK for w in words[cue[3] + 1:i]))
        how = None
        kind = None
        manner = None
        parent = post_parent
        table_cell = before == "::" or (before == ":" and (nxt in ("", ".", ",") or e >= b))
        if r.vague and noun_kind not in ("people", "kind", "of", "bare"):
            return None, e
        if noun_kind == "other" and (not cue_adjacent or cue[2] == "weak" or (r.words and value == 1)):
            return None, e
        if noun_kind == "toll":
            kind, how = kind_own, "kind-noun"
        elif noun_kind == "kind":
            kind, how = kind_own, "kind-noun"
            if kind == _I and cue is not None and cue[0] == _K and cue_adjacent and cue[2] not in ("kindnoun", "weak") \
                    and base in _WOUNDED_PEOPLE:
                kind = _K  # "وفاة 3 جرحى متأثرين بجراحهم": died of wounds
            elif kind == _P and cue is not None and cue[0] in (_K, _I, _D, _M) and cue_adjacent and not cue[4] \
                    and cue[2] not in ("kindnoun", "weak"):
                kind = cue[0]  # "إصابة 4 نازحين", "مقتل 3 مهجرين": displaced people are the victims
            elif kind == _D and base in _DETAINEES and (
                    (cue is not None and cue[0] == _K and not cue[4] and cue[2] in ("verb", "noun") and (
                        cue_adjacent or not self.stale(cue, qstart if qstart is not None else i)))
                    or (follow is not None and follow[0] == _K)):
                kind = _K  # "توفي 3 معتقلين تحت التعذيب", "5 أسرى استشهدوا": deaths in detention
                if follow is not None and follow[0] == _K:
                    how = "follow-cue"
            if cue is not None and not cue[4]:
                manner = cue[1]
        elif follow is not None and noun_kind != "other":
            kind, manner, how = follow[0], follow[1], "follow-cue"
        elif cue is not None and not cue[4] and (
                cue_adjacent
                or (noun_kind == "bare" and self.construct_toll(cue, i, qstart, nxt, value))
                or ((noun_kind in ("people", "of") or (noun_kind == "bare" and noun in _POST_MARKERS))
                    and (not self.stale(cue, qstart if qstart is not None else i) or (after_to and toll_ctx)
                         or (noun_kind == "people" and self.restated_as_people(a, qstart if qstart else i)
                             and i - cue[3] <= 12)))
                or (noun_kind == "bare" and after_to and toll_ctx)):
            if noun_kind == "bare" and not cue_adjacent and not after_to and noun not in _POST_MARKERS \
                    and not self.construct_toll(cue, i, qstart, nxt, value):
                return None, e
            kind, manner, how = cue[0], cue[1], "cue"
        elif table_cell and (self.table_kind or line_cue_kind):
            kind, how = (line_cue_kind or self.table_kind), "table"
            parent = self.table_head if line_cue_kind is None or line_cue_kind == self.table_kind else None
            # the row label names the victims: "المدنيون:: 312"
            lab = a
            while lab < i - 1 and words[lab] in ("-", "–", "—", "•", "*", "كما", "فيما", "بينما"):
                lab += 1
            if lab < i - 1:
                victims = (lab, i - 1)
                category = next((c for c in map(_people_category, words[lab:i - 1]) if c), None)
        elif table_cell and self.pending_table is not None and list_item and before == ":" \
                and qstart is None and not r.vague:
            lab = a
            while lab < i - 1 and words[lab] in ("-", "–", "—", "•", "*"):
                lab += 1
            category = next((c for c in map(_people_category, words[lab:i - 1]) if c), None)
            if category is not None and lab < i - 1:
                self.pending_table.append((value, lab, e, si, para, (lab, i - 1), category))
            return None, e
        elif in_group and noun_kind in ("people", "of", "bare") and cue is not None and not cue[4] \
                and cue[2] in ("verb", "noun") and cue[0] in (_K, _I, _D, _M, _P) and cue[3] + 1 < i \
                and all(w in _GROUP_WORDS for w in words[cue[3] + 1:qstart if qstart is not None else i]):
            # "أصيب منهم 2", "قتل من بينهم 3": the verb before the subset marker gives the kind
            head = groups[-1][1]
            kind, manner, how = cue[0], cue[1], "cue"
            parent = head if figs[head].kind == kind and figs[head].count > value else None
        elif in_group and noun_kind in ("people", "of", "bare"):
            head = groups[-1][1]
            kind, how = figs[head].kind, "group"
            parent = head if post_parent is None else post_parent
        elif coord and target is not None and figs[target].sent == si and noun_kind in ("people", "of", "bare"):
            kind, how = figs[target].kind, "coord"
            parent = figs[target].parent if post_parent is None else post_parent
            manner = figs[target].cue_manner
        elif list_item and noun_kind in ("people", "of", "bare") and self.list_kind:
            kind, how = self.list_kind, "list"
            parent = self.list_head
        elif follow_far is not None and noun_kind in ("people", "kind", "of") and (after_to or toll_ctx):
            kind, manner, how = follow_far[0], follow_far[1], "follow-cue"
        elif post_parent is not None and target is not None and noun_kind in ("people", "bare"):
            kind, how = figs[post_parent].kind, "group"
        else:
            return None, e
        if in_group and parent is None and how in ("kind-noun", "cue", "follow-cue"):
            head = groups[-1][1]
            if figs[head].count > value and figs[head].kind == kind:
                parent = head
        if handover and kind == _K:
            return None, e
        if kind == _I and _DISEASE.intersection(words[i:min(b, i + 8)]):
            return None, e  # infections ("120 إصابة جديدة بفيروس كورونا"), not injuries
        if how == "cue" and cue[0] == "combined":
            cue[4] = True
            return None, max(k, e_num)  # a combined killed-and-wounded total
        # anaphora: "القتلى الـ 267 بينهم …" restates a figure already read
        if before == "ال" and before2 in CUES and CUES[before2][2] == "kindnoun":
            for fi in range(len(figs) - 1, -1, -1):
                if figs[fi].count == value and figs[fi].kind == kind:
                    return -fi - 1, e
        if r.vague:
            qualifier = "at_least" if qualifier == "exact" else qualifier
        elif qualifier == "exact" and _EXCEED.intersection(words[max(a, i - 4):i]):
            qualifier = "more_than"  # "تجاوز عدد الجرحى 11 ألفاً"
        start_tok = qstart if qstart is not None else i
        if how == "cue" and cue_adjacent and cue[2] != "kindnoun":
            start_tok = cue[3]
        end_tok = max(noun_end, e_num) if noun_kind in ("people", "kind", "of") else e_num
        if follow is not None and how == "follow-cue":
            end_tok = follow[2] + 1
            self.used_cues.add(follow[2])
        superseded = self.sup_from is not None and i >= self.sup_from
        if before in ("كانت", "كان") or (before2 in ("كانت", "كان") and before in ("قد",)):
            superseded = True
        revision = revision_ctx and (after_to or previous is not None) and not superseded
        idx = self.add(kind, value, start_tok, end_tok, si, para, count_max=count_max, qualifier=qualifier,
                       vague=r.vague, parent=parent, category=category, victims=victims, how=how,
                       superseded=superseded, revision=revision, previous=previous, cue_manner=manner)
        if cue is not None and how in ("cue",):
            cue[4] = True
        return idx, max(k, e_num)

    # -- records ----------------------------------------------------------------------
    def build(self) -> list[CasualtyFigure]:
        text = self.text
        folded = self.folded
        words = self.words
        out: list[CasualtyFigure] = []
        n = len(words)
        sent_cache: dict[int, Sentence] = {}
        for f in self.figs:
            ts, te = f.tstart, max(f.tend, f.tstart + 1)
            fs, fe = self.starts[ts], self.ends[min(te, n) - 1]
            s, e = self.o(fs), self.oe(fe)
            info = sent_cache.get(f.sent)
            if info is None:
                ta, tb = self.bounds[f.sent]
                lo, hi = self.starts[ta], self.ends[tb - 1]
                olo, ohi = self.o(lo), self.oe(hi)
                sfold = folded[lo:hi]
                time = self.find_time(sfold, lo)
                cumulative = bool(set(words[ta:tb]) & _CUMULATIVE_WORDS) or (
                    time is not None and ("منذ" in time.phrase or "خلال شهر" in time.phrase))
                actors = [(lo + m.start(1), lo + m.end(1)) for m in _ACTORS_RE.finditer(sfold)
                          if _is_perpetrator(sfold, m.start(), m.end())]
                places = [(lo + m.start(), lo + m.end()) for m in _PLACE_RE.finditer(sfold)]
                info = (Sentence(olo, ohi, text[olo:ohi]), sfold, lo, time, cumulative, actors, places)
                sent_cache[f.sent] = info
            sentence, sfold, lo, time0, cumulative, actors, places = info
            victims = None
            if f.victims:
                vs, ve = f.victims
                if ve > vs:
                    a0, b0 = self.starts[vs], self.ends[min(ve, n) - 1]
                    victims = text[self.o(a0):self.oe(b0)]
            cats = [f.category] if f.category else []
            if f.category == "women" or f.category == "children":
                cats = [f.category]
            manner = f.cue_manner or self.manner(sfold, fs - lo)
            perp = self.nearest_span(actors, fs, place=False)
            place = self.nearest_span(places, fs, place=True)
            time = TimeWindow(time0.phrase, time0.start, time0.end) if time0 else None
            scope = "cumulative" if cumulative else "event"
            conf = confidence(base=0.9 if f.how in ("kind-noun", "follow-cue", "cue") else 0.85,
                              singular=bool(f.singular),
                              inherited=f.how in ("coord", "group", "list", "table"),
                              vague=bool(f.vague), no_victims=victims is None,
                              ambiguous=f.how == "pronoun")
            fig = make_figure(text, f.kind, f.count, s, e, sentence, lang="ar", count_max=f.count_max,
                              qualifier=f.qualifier or "exact", vague=bool(f.vague), manner=manner,
                              victims=victims, victim_categories=cats, perpetrator=perp, place=place, time=time,
                              scope=scope, part_of=f.parent, revision=bool(f.revision),
                              previous_count=f.previous, superseded=bool(f.superseded), confidence=conf)
            out.append(fig)
        return merge_generic_restatements(_finalize_keeping_coordinated(out))

    def manner(self, sfold: str, rel: int) -> Optional[str]:
        """The most specific manner named near the figure (within 90 characters), else
        the nearest in the sentence."""
        hits = self.manner_cache.get(sfold)
        if hits is None:
            hits = []
            for m in _MANNER_ALL.finditer(sfold):
                hits.append((m.start(), _MANNER_RANK[m.lastgroup], m.lastgroup))
            self.manner_cache[sfold] = hits
        if not hits:
            return None
        near = [h for h in hits if abs(h[0] - rel) <= 90]
        if near:
            return min(near, key=lambda h: h[1])[2].replace("_", " ")
        return min(hits, key=lambda h: abs(h[0] - rel))[2].replace("_", " ")

    def orig(self, fs: int, fe: int) -> str:
        if self.offmap is None:
            return self.text[fs:fe]
        return self.text[self.offmap[fs]:self.oe(fe)]

    def nearest_span(self, spans, fs: int, place: bool) -> Optional[str]:
        if not spans:
            return None
        s, e = min(spans, key=lambda se: abs(se[0] - fs))
        if place:
            first = self.folded[s:e].split(None, 1)
            if len(first) == 2 and first[0] in ("في", "من", "وفي", "علي", "الي", "قرب", "داخل"):
                s = s + len(first[0]) + 1
            elif self.folded[s:s + 2] == "وب":
                s += 2
            elif self.folded[s] == "ب":
                s += 1
        return self.orig(s, e)

    def find_time(self, sfold: str, lo: int) -> Optional[TimeWindow]:
        key = (lo, len(sfold))
        if key in self.time_cache:
            tw = self.time_cache[key]
            return TimeWindow(tw.phrase, tw.start, tw.end) if tw else None
        m = _TIME_RE.search(sfold)
        tw = None
        if m:
            phrase = self.orig(lo + m.start(), lo + m.end())
            tw = resolve_arabic_time(m.group(), phrase, self.published)
        self.time_cache[key] = tw
        return TimeWindow(tw.phrase, tw.start, tw.end) if tw else None

"""Arabic language data for the casualty extractor: every word it reads, as data.

Like spaCy's ``spacy/lang/<lang>/`` modules, this file holds only tables: casualty cues
(verbs and nouns, with their kind and manner), kind nouns, nouns for people and their
categories, words that are never people, months, qualifiers, subset markers, linking
verbs of toll sentences, actors, manners, places and time phrases, and the small word
sets the rules in ``nlp.casualties.ar.rules`` test. All words are in folded spelling
(``nlp.arabic_numbers.fold``: one alef, ه for ة, ي for ى). A new phrasing is a new row
here, or one named rule in ``rules.py``. Nothing else configures the Arabic extractor.
"""

from __future__ import annotations

import re
from typing import Optional

from nlp.arabic_numbers import DUALS, FRACTIONS, VAGUE, WORDS, fold
from nlp.normalize import ARABIC_MARKS as DIACRITIC  # a diacritic or tatweel

def _forms(*groups: str) -> set[str]:
    out: set[str] = set()
    for g in groups:
        out.update(fold(g).split())
    return out


CONJUNCTIONS = ("و", "ف")  # glued to the next word
ARTICLE = "ال"


def _with_clitics(words: set[str], prefixes: tuple[str, ...] = CONJUNCTIONS) -> dict[str, str]:
    """``{surface: base}`` for every word and its forms with a leading conjunction."""
    out = {w: w for w in words}
    for w in words:
        for p in prefixes:
            out.setdefault(p + w, w)
    return out


# --- cues: (kind, manner) per folded word ------------------------------------------------
KILLED, INJURED, DETAINED, MISSING, DISPLACED = "killed", "injured", "detained", "missing", "displaced"

CUE_SPEC: list[tuple[str, str, Optional[str], str]] = [
    # (words, kind, manner, type) ; type: verb | noun | kindnoun | weak
    ("قتل قتلت قتلوا قتلا قتلتا يقتل تقتل يقتلون قتلن استشهد استشهدت استشهدوا استشهدا استشهدتا يستشهد "
     "قضي قضوا قضت قضيا قضتا يقضي توفي توفيت توفوا توفيا توفيتا يتوفي تتوفي يتوفون فارق فارقت فارقوا فارقا يفارق تفارق يفارقون لقي لقيت لقوا لقيا "
     "مات ماتت ماتوا يموت يموتون "
     "حتفه حتفها حتفهم حتفهما مصرعه مصرعها مصرعهم مصرعهما اغتيل اغتيلوا اغتال اغتالت اغتالوا ارتقي ارتقوا اودي اودت", KILLED, None, "verb"),
    ("بحياه جثه جثمان جثتي ارواح", KILLED, None, "noun"),
    ("مقتل قتل استشهاد وفاه مصرع اغتيال مقتلهم استشهادهم وفاتهم اغتيالهم قتلهم ضحيتها ضحيته ضحيتهم", KILLED, None,
     "noun"),
    ("اعدم اعدمت اعدموا يعدم اعدام اعدامات اعدامهم تصفيه تصفيتهم الاعدام", KILLED, "executed", "verb"),
    ("سقط سقوط سقطوا", KILLED, None, "weak"),
    ("المعدومين المعدومون", KILLED, "executed", "kindnoun"),
    ("القتلي قتلي الشهداء شهداء الضحايا ضحايا الوفيات وفيات جثث جثامين الجثث الجثامين جثتي رفات الانتشال البشريه", KILLED, None,
     "kindnoun"),
    ("اصيب اصيبت اصيبوا اصيبا اصيبتا اصاب اصابت اصابوا يصاب جرح جرحت جرحوا جرحا اصابه اصابات اصابتهم جروح بجروح للاصابه بالاصابه "
     "اصابتهم شوه شوهوا شوهت", INJURED, None, "verb"),  # (شُوّه: maimed, "قُتل أو شُوّه 10 آلاف طفل")
    ("الجرحي جرحي المصابين مصابين الاصابات المصابون", INJURED, None, "kindnoun"),
    ("اعتقال اعتقل اعتقلت اعتقلوا اعتقالات احتجاز احتجز احتجزت احتجزوا اختطاف اختطف اختطفت اختطفوا خطف "
     "اعتقالهم احتجازهم اختطافهم توقيف اسرت اسروا القبض اسر اقتاد اقتادت اقتادوا اقتيد اقتيدوا يقتاد تقتاد "
     "اقتياد اختطفوا خطفت خطفوا يختطف تختطف اوقف اوقفت اوقفوا ايقاف", DETAINED, None, "verb"),  # (إيقاف, the noun of أوقف: "أعلنت الرئاسة إيقاف 9 عناصر", blind72 ar 014)
    ("المعتقلين المحتجزين المختطفين المعتقلون المحتجزون المختطفون المخطوفون الموقوفين الموقوفون", DETAINED, None,
     "kindnoun"),  # (الموقوفين: "عدد الموقوفين تجاوز 18 ألفاً", blind18 ar 023)
    ("فقدان اختفاء فقدوا اختفي اختفت اختفوا اخفت اخفي اخفوا اخفاء", MISSING, None, "verb"),
    ("المفقودين مفقودين المفقودون المختفين المختفون", MISSING, None, "kindnoun"),
    ("لجاوا لجات عبروا نزوح نزح نزحت نزحوا تهجير هجر هجرت هجروا تهجيرهم تشريد شرد شردت شردوا فر فرت فروا فرار", DISPLACED, None,
     "verb"),
    ("النازحين نازحين المهجرين النازحون المهجرون", DISPLACED, None, "kindnoun"),
    ("لجا", DISPLACED, None, "weak"),  # "لجأ نحو 8 آلاف مدني إلى قاعدة حميميم"; also "resorted to" (blind15 ar 001)
    # "ضبطت الأجهزة الأمنية 5 أشخاص" (Gulf usage: arrested; blind31 ar 014): a count of people right
    # after it only ("ضبط 4 بنادق آلية" is no one: PEOPLE_ONLY_CUES)
    ("ضبط ضبطت ضبطوا", DETAINED, None, "weak"),
]
# a cue only for the count right after it (rules.kind_from_cue)
ADJACENT_ONLY_CUES = _forms("لجا ولجا فلجا ضبط وضبط ضبطت وضبطت ضبطوا وضبطوا")
PEOPLE_ONLY_CUES = _forms("ضبط وضبط ضبطت وضبطت ضبطوا وضبطوا")  # and only for people: "ضبط 4 بنادق" is no one
CUES: dict[str, tuple[str, Optional[str], str]] = {}
for _ws, _kind, _manner, _type in CUE_SPEC:
    for _w in fold(_ws).split():
        for _surface in (_w, "و" + _w, "ف" + _w, "ب" + _w, "ل" + _w, "وب" + _w, "ول" + _w):
            CUES.setdefault(_surface, (_kind, _manner, _type))
        if _w.startswith("ال"):  # "للقتلى" = ل + القتلى
            CUES.setdefault("لل" + _w[2:], (_kind, _manner, _type))
            CUES.setdefault("ولل" + _w[2:], (_kind, _manner, _type))
for _w in ("وفر", "وفرت", "وفروا", "ففر", "بفر", "لفر", "وبفر", "ولفر", "ففرت", "بفرت", "لفرت"):
    CUES.pop(_w, None)  # "وفّرت" (provided) is not "و" + "فرّت" (fled)

# a cue with a singular pronoun: one victim ("أدى لمقتله")
SINGULAR_PRONOUN_CUES = _with_clitics(
    _forms("مقتله مقتلها استشهاده استشهادها وفاته وفاتها مصرعه مصرعها اعدامه اعدامها اغتياله اغتيالها "
           "اصابته اصابتها اعتقاله اعتقالها اختطافه اختطافها"), ("و", "ف", "ب", "ل", "وب", "ول"))
PRONOUN_KIND = {"اصابته": INJURED, "اصابتها": INJURED, "اعتقاله": DETAINED, "اعتقالها": DETAINED, "اختطافه": DETAINED, "اختطافها": DETAINED,
                 "اعدامه": KILLED, "اعدامها": KILLED}

# --- nouns after a number -------------------------------------------------------------
# kind nouns: the number counts victims of that kind
KIND_NOUNS = {}
for _ws, _kind in (
    ("قتيل قتيلا قتلي قتيلان قتيلين شهيد شهيدا شهداء شهيدان شهيدين ضحيه ضحايا ضحيتان ضحيتين ضحيتيه ضحيتاه جثه جثث جثمان جثمانا جثامين "
     "جثتين جثتان وفاه وفيات حالات", KILLED),
    ("جريح جريحا جرحي جريحان جريحين مصاب مصابا مصابين مصابون مصابان اصابه اصابات", INJURED),
    ("معتقل معتقلا معتقلين معتقلون محتجز محتجزا محتجزين مختطف مختطفا مختطفين مخطوفين اسير اسيرا اسري موقوفا موقوفين",
     DETAINED),
    ("مفقود مفقودا مفقودين مفقودون مختف مختفيا مختفين مختفون", MISSING),
    ("نازح نازحا نازحين نازحون مهجر مهجرين مشرد مشردين", DISPLACED),
):
    for _w in fold(_ws).split():
        KIND_NOUNS[_w] = _kind
KIND_NOUNS.pop("حالات")
# "727 ضحية من النساء (219 قتيلة و508 جريحات)": the feminine singular and plural of the killed and
# wounded nouns count victims of that kind as the masculine do (blind71 ar 011)
FEMININE_KIND_NOUNS = {"قتيلة": KILLED, "قتيلات": KILLED, "جريحة": INJURED, "جريحات": INJURED}
KIND_NOUNS.update({fold(_w): _k for _w, _k in FEMININE_KIND_NOUNS.items()})
RECEIVED_BODIES = _forms("استقبل استقبلت يستقبل تستقبل تسلم تسلمت وصلت وصل")  # "المشفى استقبل جثتي رجلين": the bodies of a toll already told (ar319)
RECEIVED_BODY_NOUNS = _forms("جثه جثث جثمان جثامين جثتي جثتا الجثث الجثامين")
RECEIVED_WINDOW = 2  # words from the receiving verb to the body noun
# "عدا جثتين سُلّمتا إلى عائلتيهما": two bodies handed over, returned remains, not a toll (ar321);
# "إن الشابين وصلا جثتين إلى المشفى": the two dead arrived as bodies, a restatement (ar324)
BODY_DUALS = _forms("جثتين جثتان")
BODIES_HANDED_OVER = _forms("سلمتا تسلمتا سلمت سلمتهما تسليم تسلم استلام")
BODIES_ARRIVED = _forms("وصلا وصلتا وصلت وصل")
TABLE_CELL_RULE = "table_cell"  # "– محافظة حماة: 1، شاب قتل …": a line count of one told again by its victim (ar320)
# "يشكلن نحو 30% من الشهداء، بينهم أكثر من 8 آلاف امرأة": what may stand between a kind noun and
# the subset marker whose figure it names (ar322)
KIND_NOUN_TO_GROUP = (",",)
# "قوات النظام قتلت 12 مدنياً، والقوات الروسية 3 مدنيين، وقوات سوريا الديمقراطية 7": perpetrator
# lines with the verb left out (ar325): the rules a chain may start from or go on with, the longest
# perpetrator between the comma and the count
GAPPED_RULES = ("cue_before", "gapped_line")
GAPPED_SEGMENT_MAX = 7
LINE_ITEM_MAX = 2  # a singular or dual victim
BODY_DUAL_WINDOW = 3  # words from the body dual to the handover or arrival verb
BODY_NOUNS = _forms("جثه جثث جثمان جثمانا جثامين جثتين جثتان")
KIND_SINGULAR = _forms("قتيل شهيد جريح مصاب معتقل مفقود اسير مختطف محتجز")

# nouns for people: the number counts people (category for victim_categories)
PEOPLE_SPEC = (
    ("civilians", "مدني مدنيا مدنيين مدنيون مدنيه مدنيات مواطن مواطنا مواطنين مواطنون مواطنه مواطنات "
                  "نسمه مدنيان"),
    ("children", "طفل طفلا اطفال طفله طفلات قاصر قاصرا قاصرين رضيع رضيعا رضع تلميذ تلاميذ طالب طالبا طلاب "
                 "فتي فتيه فتيان"),
    ("women", "سيده سيدات امراه نساء نسوه اناث فتاه فتيات"),
    ("fighters", "قائد قائدا قاده قيادات عنصر عنصرا عناصر مقاتلو مقاتلي مقاتل مقاتلا مقاتلين مقاتلون مسلح مسلحا مسلحين مسلحون قيادي قياديا "
                 "قياديين قياديون متطوع متطوعين منشق منشقين مرتزق مرتزقه جهادي جهاديين"),
    ("civilians", "متظاهر متظاهرا متظاهرين متظاهرون محتج محتجا محتجين محتجون مصل مصلين"),
    ("security_forces", "جندي جنديا جنود عسكري عسكريا عسكريين عسكريون ضابط ضابطا ضباط شرطي شرطيا "
                        "شرطيين صف عنصرين "
                        "اعوان"),  # "ثلاثة أعوان أمن", "أعوان الحماية المدنية" (Maghreb usage; blind33 ar 023)
    ("unknown", "رهينه رهاين رهينتين رهينتان "  # hostages
                "متعاون متعاونا متعاونين متعاونون عميل عملاء مخبر مخبرين نايب نايبا نواب برلماني برلمانيين "
                "شيخ شيوخ مشايخ حارس حراس "  # collaborators, informers, lawmakers, sheikhs, guards
                "شخص شخصا اشخاص انسان فرد فردا افراد رجل رجلا رجال شاب شابا شبان شباب شابه مسن مسنا مسنين مسنه "
                "صحفي صحفيا صحفيين اعلامي اعلاميا اعلاميين طبيب طبيبا اطباء مسعف مسعفا مسعفين ممرض ممرضين "
                "عامل عاملا عمال موظف موظفين لاجي لاجيا لاجيين مهاجر مهاجرا مهاجرين سجين سجناء "
                "مدان مدانا مدانين مدانون مطلوب مطلوبا مطلوبين مطلوبون طبيبه ممرضه ممرضات صحفيه ناشطه "
                "معتقل معتقلا معتقلين ناشط ناشطا ناشطين كادر كوادر راع رعاه مزارع مزارعين مجهول مجهولي "
                "مجهولين مدرس معلم معلمين اخرين اخرون شخصان شخصين ابناء ابن افراد صياد صيادا صيادين صيادون "
                "بحار بحارا بحاره راكب راكبا ركاب سايق سايقا سايقين منتسب منتسبي منتسبين زاير زوار حاج حجاج "
                "اشقاء اخوه مزارعا رعاه مشتبه مشتبها مشتبهين مشتبهون "
                "مقيم مقيما مقيمين مقيمون مقيمه موظفا موظفون اجانب "  # residents (blind14 ar 018: "مقيمَين اثنين … ومقيم"), staff (012)
                "سايح سايحا سياح سايحين سايحون"),  # tourists ("وفاة 21 سائحاً (4 إيطاليين …)", blind62 ar 010)
)
PEOPLE: dict[str, str] = {}
for _cat, _ws in PEOPLE_SPEC:
    for _w in fold(_ws).split():
        PEOPLE.setdefault(_w, _cat)
PEOPLE_SINGULAR = _forms(
    "والي محافظ وزير عمده متظاهر محتج نايب حارس متعاون مدني مواطن مواطنه طفل طفله سيده امراه فتاه فتي شاب شابه رجل مسن مسنه عنصر مقاتل مسلح جندي عسكري ضابط "
    "شرطي شخص صحفي اعلامي طبيب مسعف ممرض عامل موظف لاجي مهاجر سجين معتقل ناشط رضيع قاصر طالب مزارع "
    "قيادي متطوع منشق مدرس معلم راع قائد مسؤول مختار امام شيخ ممثل فنان مصور مراسل قاضي محامي مهندس "
    "لاعب مدير صياد بحار سايق مدان مطلوب طبيبه ممرضه صحفيه ناشطه معلمه موظفه طالبه لاجيه متطوعه مسعفه عامله "
    "مريض مريضه مرافق اسير راكب تاجر مقيم مقيمه "
    "زاير")  # "قتل زائران اثنان" (blind33 ar 023)  # (blind11 ar 015: "بين القتلى مريضين … ومرافقاً")
# "كما قتل فلسطيني في قباطية، وآخر في طوباس": a nationality noun right after a cue verb is one person
# (rules.nationality_after_cue; blind39 ar 007). Only there: elsewhere it is mostly an adjective ("جندي سوري")
NATIONALITY_ONE = _forms("فلسطيني فلسطينيه سوري سوريه لبناني لبنانيه عراقي عراقيه يمني يمنيه سوداني سودانيه "
                         "ليبي ليبيه مصري مصريه اردني اردنيه اسرائيلي اسرائيليه")
SINGULAR_CAT = {w: PEOPLE.get(w, "unknown") for w in PEOPLE_SINGULAR}
# issue 11 §2: a person singled out by ROLE, JOB or TITLE inside a counted group has no figure of
# their own, the group's count holds them ("بين القتلى طبيب", "بين المحتجزين ناشط إعلامي ومعلم",
# "بين القتلى طبيبا ومسعفين اثنين": rules.role_inside_group); a CATEGORY by age, sex or civilian
# status keeps its subset figure ("قتل 12 شخصاً، بينهم طفل" is 12 and 1). The two tables never meet.
ROLE_NOUNS = _forms(
    "طبيب طبيبه ممرض ممرضه مسعف مسعفه صحفي صحفيه اعلامي اعلاميه مصور مصوره مراسل مراسله ناشط ناشطه "
    "معلم معلمه مدرس مدرسه طالب طالبه موظف موظفه عامل عامله حارس سايق تاجر مهندس مهندسه محامي محاميه "
    "قاضي امام خطيب مختار والي محافظ وزير عمده نايب مدير مديره مسؤول ممثل فنان لاعب مزارع صياد بحار "
    "راع متطوع متطوعه بايع",
    # ranks and leaders too ("من بين القتلى قائد كتيبة", "بينهم ضابط برتبة ملازم", "بينهم قيادي في
    # الحزب"; blind29 ar 020, blind30 ar 014): our own fixtures that counted them as 1 were re-annotated
    "قائد ضابط عقيد ملازم نقيب عميد مقدم رقيب عريف قيادي زعيم"
    # a policeman by his job ("ومن بين القتلى شرطي سير كان ينظم حركة المرور": the toll holds him; issue 11,
    # blind62 ar 007)
    " شرطي شرطيه"
    # a lawyer or judge unvowelled in the indefinite, as "راع" ("ومن بين المتوفين في أماكن الاحتجاز محامٍ شاب
    # توفي", blind76 ar 010)
    " محام قاض")
# "ومن بينهم شاب سوداني أكد شقيقه أنه رآه آخر مرة عند المعبر": one person inside a counted group whose
# own story follows (a kin of theirs tells of them) is singled out, no figure (rules.person_told_of_in_group;
# blind31 ar 025); a verb of telling, then the teller, within a few words of the person
TELLING_VERBS = _forms("اكد واكد قال وقال روى وروى افاد وافاد اوضح واوضح ذكر وذكر اكدت قالت روت افادت ذكرت")
TOLD_OF_WINDOW = 4
# "اعتقلت 15 مشتبهاً بهم …، بينهم رجل يُعتقد أنه ساعد في إدخال السيارة": one person inside a counted group
# singled out by what he is believed or suspected to have done is no figure (rules.person_told_of_in_group;
# blind59 ar 013)
# "كما رصد المكتب 9 حالات سوق قسري إلى الخدمة العسكرية" (blind65 ar 002): cases of forced conscription, named
# right after the case noun, are no arrests (rules.case_of_other_act)
CONSCRIPTION = _forms("سوق تجنيد التجنيد تجنيدا اقتياد")
SUSPECTED_OF = _forms("يعتقد يشتبه يرجح يزعم متهم متهما المتهم")
# "ومن بين الضحايا شاب من بلدة المسيفرة خطفه مسلحون …، قبل أن يُعثر على جثته" (blind65 ar 002): a verb of taking
# with the person as its object pronoun, his own story (rules.person_told_of_in_group)
TAKEN_ONE = _forms("خطفه خطفها اختطفه اختطفها اعتقله اعتقلها اعتقلته احتجزه احتجزها اقتاده اقتادها اقتادوه اقتادوها "
                   "خطفوه خطفوها اختطفوه اختطفوها اعتقلوه اعتقلوها")
CATEGORY_NOUNS = _forms("طفل طفله امراه سيده مسن مسنه مدني مدنيه رضيع رضيعه فتاه فتي")
# "بينهم شيخ قبلي" (blind74 ar 010), "ورجل إطفاء من الدفاع المدني" (blind73 ar 008): a person noun (an old man,
# a man) with the word after it that makes it a title or a job (a tribal sheikh, a fireman, a cleric, a security
# man) is a role inside a counted group, no figure (rules.compound_role)
ROLE_COMPOUNDS = {fold("شيخ"): _forms("قبلي قبليا القبيله قبيله عشيره العشيره عشاير"),
                  fold("رجل"): _forms("اطفاء الاطفاء امن الامن دين الدين")}
# "ومن بين القتلى شاب يعمل مسعفاً متطوعاً": a person inside a counted toll described by the job he
# worked at ("يعمل"/"تعمل", "كان يعمل" + a role noun) is singled out by role, no figure
# (rules.works_as_role; blind50 ar 005)
WORKS_AS = _forms("يعمل تعمل")
ROLE_ENDINGS = ("ين", "ان", "ا")  # "مسعفين اثنين", "طبيبان", "طبيبا": the stem is the role noun
# "إلى 37084 شهيدًا و84494 إصابة، بينهم أكثر من خمسة عشر ألف طفل" (blind68 ar 011): a count of these
# categories in a group right after a pair of tolls, the dead and the wounded, is among the dead (rules.dead_of_pair)
PAIR_DEAD_CATEGORIES = ("children", "women")
OWN_KIND_NOUN_RULE = "kind_noun"  # both tolls of the pair told by their own kind nouns ("274 شهيدا و698 مصابا")
CONSTRUCT_PLURAL = "ي"  # "أحد متطوعي الغرفة" (blind66 ar 010): a role's plural in construct (rules.construct_role)
# "١٩٩ مصابا غادروا المستشفيات بعد تلقيهم العلاج": wounded who left hospital are a part of the wounded
# told again, no figure (rules.veto_discharged; blind27 ar 023)
DISCHARGED = _forms("غادروا غادر غادرت غادرن خرجوا خرج خرجت خرجن")
HOSPITALS = _forms("المستشفي المستشفيات المشفي المشافي مستشفي مستشفيات مشفي مشافي")
DISCHARGED_WINDOW = 2  # words from the verb to the hospital noun
# "القبض على اثنين من التجار … وشخص ثالث": one more person named by the ordinal after the count, 3 in
# all (rules.nth_person_added; blind27 ar 025)
ORDINAL_VALUES = {fold(w): n for n, ws in ((2, "ثان ثاني ثانيه"), (3, "ثالث ثالثه"), (4, "رابع رابعه"),
                                            (5, "خامس خامسه"), (6, "سادس سادسه"), (7, "سابع سابعه"),
                                            (8, "ثامن ثامنه"), (9, "تاسع تاسعه"), (10, "عاشر عاشره"))
                  for w in ws.split()}
NTH_PERSON_WINDOW = 6  # words from the figure's end to the "و<person> <ordinal>" that adds one
# one person of a toll already counted, told again: a witness who speaks ("فيما قالت طالبة جامعية أصيبت في
# الانفجار إن …", a role noun after a speech verb) or a category person among a group whose members of
# that category were counted ("ومن بينهم طفل سعودي … أصيب" after "وطفلان سعوديان"): no new figure
# (rules.one_of_counted_told_again; blind27 ar 017, 026)
# a person singled out by role placed inside a toll stated before, the marker after them ("وثق المرصد
# استشهاد طبيب في مدينة حمورية، من ضمن الحصيلة آنفة الذكر"): no figure (rules.role_in_stated_toll;
# blind28 ar 001); the marker within ROLE_IN_TOLL_WINDOW words after the figure
WITHIN_TOLL = _forms("ضمن بين")
ROLE_IN_TOLL_WINDOW = 10
SPEECH_VERBS = _forms("قال قالت وقال وقالت فقال فقالت روي روت وروي وروت اكد اكدت واكد واكدت")
AMONG_WORDS = _forms("بينهم بينهن وبينهم")
PERSON_IN_GROUP_RULE = "singular_in_group"  # "بينهم رجل وزوجته": the person a kin list inside a group starts from (rules.person_and_kin_in_group)
# "لقي 11 مهاجراً حتفهم، من بينهم امرأة ورضيعها" (blind73 ar 002): a baby with the pronoun of the person right before
# it inside a counted group, no figure of its own, makes that person's figure a kin group of 2
# (rules.person_and_infant_in_group; blind32 ar 025 wrote the same phrase 1 and 1, where no figure is read)
INFANT_KIN = _forms("رضيعها رضيعه رضيعتها رضيعته")
# family nouns with a pronoun: one person ("وأصيبت شقيقته")
FAMILY_ONE = _forms("شقيقه شقيقته شقيقها شقيقتها والده والدته والدها والدتها زوجته زوجها ابنه ابنته ابنها "
                     "ابنتها نجله نجلها طفلها شقيقهم والدهم شقيقهما شقيقتهما والدهما والدتهما شقيقتهم والدتهم "
                     "نجلهما ابنهما ابنتهما طفلهما نجلهم طفلته طفلتها مرافقه مرافقها "
                     "عمه عمها خاله خالها اخي اختي اخاه اخاها اخوها اخيه اخيها والدي والدتي زوجتي ابني ابنتي شقيقي شقيقتي "
                     "زوجي")  # a witness's "زوجي وابني أصيبا" (blind22 ar 017, blind23 ar 016)  # "إصابة مرافقه": his escort
# aunts with a pronoun, one person each ("فقد والدته وخالته": 2, blind28 ar 021)
FAMILY_ONE |= _forms("عمته عمتها عمتي خالته خالتها خالتي")
# mothers and fathers with a pronoun opening what "فقد" lost ("فقد أمه وزوجته": 2; blind44 ar 012;
# rules.after_cue_family); only there ("بينهم طفلة وأمها" is 1 and 1, blind29 ar 002; not "أبي": names)
PARENT_ONE = _forms("امه امها امهما امهم امي اباه اباها ابوه ابيه ابوها ابيها")
# a speaker's own parents ("فقدت أبي وأمي وشقيقتي": 3; blind79 ar 011): "أبي" only opening a kin list after
# "فقد" (alone it is also a name: "أبي طالب"), and "وأمي"/"وأبي" listed after a first kin (rules.lost_kin_at,
# rules.after_cue_family, rules._kin_listed)
PARENTS_MINE = _forms("ابي امي")
# grandchildren and grandparents with a pronoun ("فقدت الأب وابنه وحفيده": 3; blind30 ar 022); not "جده"
# (also the city)
FAMILY_ONE |= _forms("حفيده حفيدها حفيدته حفيدتها حفيدهما حفيدهم حفيدي حفيدتي جدها جدته جدتها جدي جدتي")
# "فقد ابنيه وابن أخيه", "قتلت ابنتيها ووالدتها": kin in the dual with a pronoun opening a kin list, two
# persons (rules.after_cue_family, rules.lost_kin_at; blind23 ar 023)
KIN_DUALS = _forms("ابنيه ابنيها ابنيهما ابناه ابناها ابناهما طفليه طفليها طفليهما طفلاه طفلاها طفلاهما "
                   "شقيقيه شقيقيها شقيقاه شقيقاها ابنتيه ابنتيها ابنتاه ابنتاها نجليه نجليها نجلاه نجلاها "
                   "شقيقتيه شقيقتيها شقيقتاه شقيقتاها اختيه اختيها اختاه اختاها")  # sisters (blind25 ar 011, 020)
KIN_DUALS |= _forms("عميه عميها عماه عماها خالاه خالاها")  # "والده وعمّيه": uncles (blind31 ar 019; not "خالية")
# "إنه فقد ولديه وشقيقه وابن عمه": his two sons, 4 in all (blind63 ar 002; "ولديه" alone is also "و" + "لديه", he
# has: a dual only where KIN_DUALS opens a kin list)
KIN_DUALS |= _forms("ولديه ولديها ولداه ولداها ولديهما ولداهما")
# kin in the dual with the pronoun of two or more ("الأب والأم وابنتيهما": 4; blind45 ar 008)
KIN_DUALS |= _forms("ابنتيهما ابنتاهما شقيقيهما شقيقاهما شقيقتيهما شقيقتاهما نجليهما نجلاهما اختيهما اختاهما "
                    "ابنيهم ابناهم طفليهم طفلاهم ابنتيهم ابنتاهم")
# grandparents with the pronoun of two or more ("وإصابة والدتهما وجدتهما": 2; blind46 ar 010)
FAMILY_ONE |= _forms("جدتهما جدتهم جدهما")
# the stem of a kin noun with a pronoun or in the dual ("شقيقيه", "شقيقي" → شقيق), longest first: one kin
# named again after a kin list that counted that kin ("فقد والدته وشقيقيه …، مضيفا "لم نعثر إلا على جثة
# شقيقي الأصغر"") is no new figure (rules.kin_told_again; blind28 ar 006)
KIN_STEMS = tuple(sorted(_forms("شقيقت شقيق والدت والد ابنت ابن نجل زوجت زوج اخت اخ خالت خال عمت عم طفلت طفل"),
                         key=len, reverse=True))
KIN_RULE_PREFIX = "kin_"  # the rules that read kin lists name themselves so ("kin_list_after_cue", …)
# "وابن عمه", "وابنة خالها": one kin of two words in a kin list (rules.cousin_listed)
AND_CHILD_OF = _forms("وابن وابنه")
UNCLES = _forms("عمه عمها عمي خاله خالها خالي عمهم خالهم")
# "شقيقه وزوجة شقيقه وابنيهما": a kin's spouse is one more kin of two words (rules.cousin_listed; blind39 ar 005)
# "عمه وابني عمه": two children of a kin, two persons of two words (rules.cousin_listed; blind54 ar 004)
AND_CHILDREN_TWO_OF = _forms("وابني وابنتي")
AND_KIN_CONSTRUCT = AND_CHILD_OF | AND_CHILDREN_TWO_OF | _forms("وزوجة وزوج")
# "لجان مقاومة مدني", "ود مدني": the word after these is a place's name (Wad Madani), not a civilian
# (rules.place_named; blind40 ar 006)
PLACE_NAME_BEFORE = _forms("ود مقاومة")
# "فقد ابنه وابن شقيقه": a nephew or niece, one more kin of two words after "وابن"/"وابنة" (rules.cousin_listed;
# blind21 ar 008)
SIBLINGS_OF = _forms("شقيقه شقيقها شقيقي شقيقته شقيقتها شقيقتي اخيه اخيها اخي اخته اختها اختي")
# "فقد أحد أصحاب المحال زوجته وابنه": words from "فقد" to the kin it lost (rules.lost_kin_at)
LOST_KIN_REACH = 6  # "فقدت عائلة من ريف حمص الغربي الأب والأم …" (blind31 ar 020)
ONE_OF_SUBJECT = _forms("احد احدى")  # "فقد أحد أبناء البلدة زوجته": the one who lost, no count
# "وطفل أحد المواطنين", "والد أحد الضحايا": a kin or person noun in construct with "أحد"/"إحدى": the
# one named is the possessor, no count (rules.veto_possessor_one; blind26 ar 006, 018)
POSSESSED_HEADS = _forms("طفل طفله ابن ابنه نجل نجله والد والده شقيق شقيقه زوج زوجه اب اخ اخت عم خال جد جده "
                         "حفيد حفيده قريب قريبه")
# kin named with the article, one person each when a kin list follows: "وإصابة الأب وطفليه" is 3
# (rules.after_cue_family; blind19 ar 020)
# a singular for people that unvowelled is also a preposition, with what must follow it as a person:
# "أمام عينيه" (in front of) / "إمام مسجد القرية" (rules.preposition_not_person; blind21 ar 014)
PREPOSITION_HOMOGRAPHS = {fold("امام"): _forms("مسجد المسجد جامع الجامع وخطيب")}
# "وقتلوا والده ووالدته وأخته الصغرى": a sister with a pronoun, and an age adjective after a kin in a kin
# list that does not end it (3; rules.kin_list_from; blind31 ar 016)
FAMILY_ONE |= _forms("أخته أختها أختهم أختهما")
KIN_AGE_WORDS = _forms("الصغرى الكبرى الأصغر الأكبر "
                       "البكر البكرى")  # "فقدت في القصف زوجها وابنها البكر وشقيقها": 3 (blind78 ar 004)
# "فقد أخاه وابن عمه وصديقين من بلدته": friends closing a list of the kin lost, one or two persons
# (rules._kin_listed; blind31 ar 012); they open no list
SELF_PRONOUNS = _forms("هو هي")  # "وأُصيب هو وصديقاه": the person told of, then their kin (rules.after_cue_self_and_kin)
# "بمقتل الإرهابيين الأربعة": attackers, a definite plural before a definite number (rules.after_cue_definite_count)
ATTACKERS = _forms("ارهابيين ارهابيون مهاجمين مهاجمون انتحاريين انتحاريون خاطفين خاطفون مسلحين مسلحون")
COMPANIONS_ONE = _forms("صديقه صديقها صديقته صديقتها")
COMPANIONS_TWO = _forms("صديقين صديقيه صديقيها صديقاه صديقاها")
# "إنه فقد أخاه وابن عمه وصديقين كانوا برفقته على متن المركب": kin lost aboard a boat are lost at sea,
# missing, not killed (rules.lost_aboard_a_boat; blind31 ar 012)
ABOARD = _forms("متن")
BOATS = _forms("المركب القارب الزورق السفينة مركب قارب زورق سفينة")
FAMILY_DEFINITE = _forms("الاب الام الوالد الوالده الزوج الزوجه الابن الابنه الجد الجده")
# "فقدت إحدى الأسر أباً وابنيه": an indefinite father or mother opening a kin list (blind31 ar 014)
FAMILY_DEFINITE |= _forms("ابا اما")  # "الأب والأم والجدة" (blind21 ar 011)
KIN_LIST_OPENERS = _forms(": ,")  # "عائلة كاملة: الأب والأم وأطفالهما الخمسة" (rules.definite_kin_before)
# "قضى رب العائلة وزوجته وابنتاه": the head of a household, then their kin listed, one figure (4;
# rules.household_head_end, blind36 ar 006)
HOUSEHOLD_HEAD = _forms("رب")
# "قتل والدا العريس وشقيقته": a kin noun in the dual in construct, two persons heading a kin list
# (rules.kin_of_named_end)
KIN_HEAD_DUALS = _forms("والدا ابنا شقيقا")
HOUSEHOLD_NOUNS = _forms("العائله الاسره البيت")
# "ارتقى برفقة والده ووالدته وشقيقيه": the kin listed after "with" are the victims of the verb, 4
# (rules.after_cue_family; blind19 ar 014)
ALONG_WITH = _forms("برفقه رفقه مع")
# the one struck along with their kin, named right before the verb as the speaker's kin or neighbour ("وإن جاره
# أصيب مع ابنه وابنته": 3, blind33 ar 006); not a relative pronoun after a named person ("الذي استشهد مع زوجته
# وأطفاله الثلاثة": the kin only, the person is in the toll) (rules.struck_along_with_kin)
NEIGHBOURS = _forms("جاره جارته جارها جارتها جاري جارتي")
# "بعد وفاة مدنيين اثنين/خمسة مهاجرين/طفل متأثرين بجراحهم" after a raised toll: a part counted (rules.died_after_toll_named)
DIED_CATEGORIES = ("civilians", "unknown", "children", "women")
DIED_ONE_CATEGORIES = ("children", "women")
SURVIVORS_GROUP_GAP = 3  # "إنقاذ 55 شخصاً، بينهم 6 أطفال": tokens from the survivors count's end to the marker
# kin in the plural with a definite number after them: "وأطفالهما الثلاثة"
FAMILY_PLURAL = _forms("اطفاله اطفالها اطفالهما اطفالهم ابناوه ابناءه ابنائه ابناوها ابناءها ابنائها ابناوهما "
                       "ابنائهما ابناءهما بناته بناتها بناتهما اشقاوه اشقاءه اشقائه اشقاوها اشقائها "
                       "اولاده اولادها اولادهما اولادهم")  # "فقد زوجته وأولاده الثلاثة وشقيقه" (blind27 ar 008)
# "فُقد": missing, but unvowelled "فقد" is also "ف" + "قد" ("so it has …"), so it is a cue
# only before "أثر"/"آثار"/"الاتصال (بـ/مع)" or a number ("فُقد 30 مهاجراً", "فقدت آثار 4 صيادين")
FAQAD = _forms("فقد فقدت وفقد وفقدت")
# "فقدنا 40 من أبنائنا": we lost N of our own (killed; a cue only before its own, rules.lost_own_members; blind81)
FAQAD_WE = _forms("فقدنا وفقدنا")
OWN_MEMBERS = _forms("عناصرها عناصره مقاتليها مقاتليه جنودها جنوده افرادها افراده منتسبيها منتسبيه "
                     "عناصرهم مقاتليهم جنودهم افرادهم ابطالها ابطاله ابطالهم ابطالنا جنودنا مواطنيها مواطنيه")  # "فقدت … 9 من عناصرها": its own members
# "إن القرية فقدت أكثر من 40 من سكانها": a place lost N of its own residents (killed, not missing;
# blind34 ar 023; rules.lost_own_members)
OWN_RESIDENTS = _forms("سكانه سكانها سكانهم اهاليه اهاليها اهاليهم")
OWN_MEMBERS = OWN_MEMBERS | OWN_RESIDENTS
# "فقد أربعة من أقاربه", "فقدت اثنين من أبناء عمومتها": a person lost N of their own kin (killed)
OWN_KIN = _forms("اقاربه اقاربها اقاربهم ابنائه ابناءه ابنائها ابناءها ابنائهم اشقائه اشقاءه اشقائها اخوته اخوتها "
                 "اولاده اولادها اطفاله اطفالها اطفالهم ذويه ذويها "
                 "ابنائنا ابناءنا اطفالنا اولادنا اشقائنا اخوتنا")  # "فقدنا 40 من أبنائنا" (blind81)
# a couple's own kin ("قتل الأب والأم وأربعة من أطفالهما من عائلة واحدة": one family of 6): they close the kin
# list only when the list is named one family right after ("من عائلة واحدة"); without it the annotators write
# the parents and the counted children apart (2 and 3, blind32 ar 019; rules.kin_counted, blind61 ar 006)
COUPLE_KIN = _forms("ابنائهما ابناءهما اطفالهما اولادهما بناتهما")
OWN_KIN_HEADS = _forms("ابناء افراد")  # + a possessed household: "أبناء عمومته", "أفراد عائلته"
OWN_KIN_OF = _forms("عمومته عمومتها عمومتهم عائلته عائلتها عائلتهم اسرته اسرتها اسرتهم عشيرته عشيرتها عمه عمها خاله خالها")
FAQAD_OBJECT = _forms("اثر اثار الاتصال")
WITH_SPEAKER = _forms("معي معنا")  # "فقدت ثلاثة من العاملين معي": the speaker lost them (killed)
LIVES = _forms("حياته حياتها حياتهم حياتهما ارواحهم ارواحهن ارواحهما")  # "فقد 3 أشخاص حياتهم": killed
ORDINAL_ONE = _forms("ثان ثاني ثالث رابع خامس سادس سابع ثامن تاسع عاشر اخر")
ANOTHER_WORDS = _forms("اخر")  # "قتل شخص آخر" is read by the singular rules

# nisba adjectives used as nouns for people after a number: "11 ايرانيا", "300 سوري"
NISBA_ONE = re.compile(r"^[^\W\d_]{3,}(?:ي|يه|يا)$")  # one person by nationality: "بولندي", "استراليه"
# "354 من عناصر وزارتي الدفاع والداخلية": a word in -ي with a definite noun after it is a noun in
# construct (a dual or plural), no nationality; a nationality may be followed by these (rules.in_construct)
NISBA_COMPLEMENTS = _forms("الجنسيه الاصل المولد")
NISBA = re.compile(r"^[^\W\d_]{3,}ي(?:ا|ين|ون)?$")
NISBA_TWO = re.compile(r"^[^\W\d_]{3,}ي(?:ين|ان)$")  # two people by nationality: "ألمانيين اثنين", "ألمانيان"
# the endings of a nationality noun's plural and accusative ("البريطانيون", "بريطانيين", "بريطانياً"): a table row
# "البريطانيون: 30" restates "بينهم 30 بريطانياً" (rules.nisba_stem, rules.row_restating_named_part; blind29 ar 022)
NISBA_PLURAL_ENDINGS = ("ون", "ين", "ا")
NISBA_SINGULAR_END = "ي"
NISBA_STOP = _forms("يوميا سنويا شهريا تقريبا حاليا اسبوعيا جويا بريا نهائيا جزئيا كليا رسميا "
                     "مبدييا اضافيا فعليا حي اي الي علي في التي الذي ضحايا")

# nouns that are NOT people: a number before them is never a casualty figure
NOT_PEOPLE = _forms(
    # time
    "يوم يوما ايام يومين يومان ساعه ساعات ساعتين شهر شهرا اشهر شهور شهرين اسبوع اسبوعا اسابيع اسبوعين "
    "عام عاما اعوام عامين سنه سنوات سنين سنتين دقيقه دقائق دقيقتين ليله ليال ليلتين ثانيه ثوان عاماً "
    # attacks, weapons, vehicles, things
    "جرافه جرافات "  # "4 جرافات من أصل 40" (blind44 ar 006)
    "غاره غارات هجوم هجمات هجوما هجومين ضربه ضربات ضربتين استهداف استهدافا استهدافات استهدافين قذيفه "
    "قذائف قذيفتين صاروخ صاروخا صواريخ صاروخين برميل براميل عبوه عبوات لغم الغام طائره طائرات مسيره "
    "مسيرات اليه اليات دبابه دبابات عربه عربات سياره سيارات مدرعه مدرعات عمليه عمليات انفجار انفجارات "
    "تفجير تفجيرات انتهاك انتهاكات حادثه حوادث حادث مجزره مجازر خرق خروقات اشتباك اشتباكات "
    "منزل منازل مبني مباني مدرسه مدارس مستشفي مستشفيات مركز مراكز قريه قري بلده بلدات مدينه مدن "
    "موقع مواقع نقطه نقاط حاجز حواجز محور محاور جبهه جبهات هدف اهداف مخيم مخيمات حي احياء "
    "كيلومتر كيلومترا كيلومترات كم متر مترا امتار دولار دولارا دولارات مليار ليره يورو طن اطنان "
    "بالمئه بالمائه % درجه قرار بند ماده مرسوم قانون مشروع تقرير تقارير بيان رساله صوره صور "
    "ناج ناجيا ناجين ناجون الناجين مفرج مفرجا ناجيه "
    "مره مرات ضعف اضعاف دفعه دفعات وجبه وجبات شاحنه شاحنات قافله عائله عائلات اسره اسر "
    "منشاه منشات مرفق مرافق "
    # facilities and the population a place holds ("خروج 12 مشفى عن الخدمة"; "نحو 550 ألف نسمة")
    "مشفي مشافي مستوصف مستوصفات نسمه")
# attacks ("وتوزعت الاعتداءات على المحافظات: …": the rows count attacks, no people; rules.distributed_things;
# blind80 ar 008)
NOT_PEOPLE |= _forms("اعتداء اعتداءات")
# communities ("تهجير 13 تجمعاً بدوياً تضم 131 عائلة، أي ما يقارب 1000 مواطن": the 1000 are the people; blind80 ar 008)
NOT_PEOPLE |= _forms("تجمع تجمعات")

MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "افريل": 4, "مايو": 5, "ماي": 5, "يونيو": 6,
    "يونيه": 6, "جوان": 6, "يوليو": 7, "يوليه": 7, "جويليه": 7, "اغسطس": 8, "اوت": 8, "سبتمبر": 9,
    "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5,
    "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9, "كانون": 1, "تشرين": 10,
}
MONTHS = {fold(k): v for k, v in MONTHS.items()}
MONTH_WORDS = set(MONTHS) | {"و" + m for m in MONTHS} | {"/"}
DATE_BEFORE = _forms("عام العام سنه السنه مطلع منتصف اواخر اوايل بدايه نهايه عامي خريف ربيع صيف شتاء")  # (seasons: "خريف 2011", blind13 ar 021)
UNIT_BEFORE = _forms(
    "الفرقه فرقه اللواء لواء الفوج فوج الكتيبه الفيلق القرار قرار رقم الماده ماده المرسوم البند "
    "الطريق طريق الكيلو الدوريه المجموعه القطاع قطاع المحور حاجز الحاجز النقطه سن السن عمر العمر عمره "
    "عمرها بعمر بسن العمريه حاله الساعه ساعه الدقيقه يوم الاسبوع الشهر الجزء المرحله الجوله المؤتمر "
    "مربع المربع بمربع")  # a camp's or a town's block: "و14 في مربع 8" (blind18 ar 021)
# "خلال الأسبوع 9 فلسطينيين": a period, then a count of people (rules.period_then_count; blind19 ar 022)
PERIOD_UNITS = _forms("الاسبوع الشهر يوم الساعه")

# --- qualifiers (folded token sequences), longest first -------------------------------
QUALIFIERS = sorted(
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
        (("ما", "لا", "يزيد", "عن"), "up_to"), (("ما", "لا", "يزيد", "علي"), "up_to"),  # "no more than"
        (("لا", "يزيد", "عن"), "up_to"), (("لا", "يزيد", "علي"), "up_to"),
        (("ما", "بين"), "exact"),
    ],
    key=lambda q: -len(q[0]),
)
QUALIFIERS = [(tuple(fold(w) for w in seq), q) for seq, q in QUALIFIERS]
QUAL_FIRST = {q[0][0] for q in QUALIFIERS} | {"و" + q[0][0] for q in QUALIFIERS} | {
    "ب" + q[0][0] for q in QUALIFIERS}

# subset markers; "hum" groups (an enumeration) last to the end of the sentence
GROUP_MARKERS = {
    ("بينهم",): "sub", ("بينهن",): "sub", ("من", "بينهم"): "sub", ("ومن", "بينهم"): "sub",
    ("من", "ضمنهم"): "sub", ("ومن", "ضمنهم"): "sub", ("ضمنهم",): "sub", ("منهم",): "sub",
    ("ومنهم",): "sub", ("منهن",): "sub", ("وبينهم",): "sub", ("بينها",): "sub", ("منها",): "sub",
    ("هم",): "hum", ("وهم",): "hum", ("وهي",): "hum",
}
THESE = _forms("هولاء")  # "ومن بين هؤلاء 10 آلاف مدني": a subset of the toll before
GROUP_KIND_HEAD = {"من", "بين", "ومن", "وبين"}  # "من بين القتلى", "بين الضحايا"
POST_MARKERS = _forms("منهم منهن منها")

COORD_BEFORE = {"و", ","}
COORD_PHRASES = [("الي", "جانب"), ("اضافه", "الي"), ("بالاضافه", "الي"), ("علاوه", "علي"), ("فضلا", "عن"),
                  ("بالاضافه", "ل"), ("اضافه", "ل")]

FUNCTION_AFTER = _forms(
    "غرقا حرقا ذبحا شنقا خنقا جوعا رميا "  # "– 2 غرقاً في نهر الفرات": a cause after a dash-row count
    "تحت اثناء "  # "– 1 تحت التعذيب"
    "متاثرين متاثرا متاثره متاثرون "  # "توفي منهم 55 متأثرين بجراحهم"

    "في علي من الي خلال جراء اثر بعد منذ قبل بسبب نتيجه حيث عندما بينهم منهم منهن وبينهم ومنهم "
    "اخرين اخرون اخر اخري جميعهم اغلبهم معظمهم غالبيتهم تم قد كانوا وقد لدي عند حتي وذلك , . : ; ) \" - – ـ "
    "شخص بجروح بنيران برصاص بقصف بغارات بغاره بانفجار بهجوم باستهداف جميعا هم وهم "
    "داخل خارج قرب بالقرب امام وسط "  # "14 داخل السوق؛ 5 …؛ 3 قرب المنازل": a place (blind39 ar 012)
    "…")  # "الشهداء …:  ٦٧٬١٣٩  … منهم:": an ellipsis after a row's count (blind38 ar 010)
REVISION_WORDS = _forms("ارتفعت ارتفع ترتفع يرتفع ارتفاع رفع رفعت يرفع ترفع لترتفع ليرتفع رفعته رفعتها رفعه رفعها ليصل لتصل وصل وصلت ليصبح لتصبح "
                         "تصل يصل بلغ بلغت يبلغ تبلغ ليبلغ لتبلغ")
# "أعلنت الوزارة 10 قتلى، ثم 15، قبل أن تستقر الحصيلة النهائية عند 18 شخصاً": a toll that settles at a final
# count is raised to it, the earlier ones replaced (rules.raised_before_that, kind_kindless_toll; blind75 ar 010)
SETTLE_WORDS = _forms("استقرت استقر تستقر يستقر لتستقر ليستقر")
REVISION_WORDS.update(SETTLE_WORDS)
BEFORE_THAT = ("قبل", "ان")  # "قبل أن يؤكد لاحقاً": what came before was corrected
BEFORE_THAT_GAP = 4  # tokens from "قبل أن" to "لاحقاً" ("قبل أن تحدد الحصيلة لاحقاً")
LATER_REPORT = _forms("لاحق لاحقا")  # "وفي وقت لاحق، أعلنت الوزارة أن الحصيلة ارتفعت إلى 35 قتيلاً": the same count raised (ar318)
RISE_WORDS = _forms("ارتفعت ارتفع ترتفع يرتفع ارتفاع رفع رفعت يرفع ترفع لترتفع ليرتفع رفعته رفعتها رفعه رفعها")
RISE_WORDS.update(SETTLE_WORDS)
# "خفضت السلطات عدد قتلى الحريق إلى 107، بعد أن أعلنت في وقت سابق أن 113 لقوا حتفهم": a lowered toll is a
# revision too, the earlier one only what follows (arabic._sentence_context; blind54 ar 007)
LOWER_WORDS = set(_with_clitics(_forms("خفضت خفض يخفض تخفض خفضوا")))
RAISED_LATER_GAP = 6  # "ثم رفعته إلى ما بين 560": words from "ثم" to the number it raises the toll to
WHAT_BETWEEN = ("ما", "بين")  # "إلى ما بين 560 و770": a range after a linking word
THEN = _forms("ثم")  # "قدّرت في البداية … ثم رفعته إلى …": the later figure after "at first" (corrected_later_in_sentence)
# "ونُقل 318 محتجزاً بين المدينتين", "واختُتمت العملية بنقل 212 محتجزاً" (the verbal noun after "ب", blind22 ar
# 012): moved, not taken (with prisoner nouns only)
TRANSFERRED = _forms("نقل ونقل نقلت ونقلت ينقل وينقل بنقل وبنقل لنقل")
TOLL_WORDS = _forms("حصيله الحصيله عدد العدد اعداد اجمالي حصيلتها حصيلته")  # "في حصيلته السابقة"
CUMULATIVE_WORDS = _forms("يزالون مازالوا لايزالون زالوا منذ حصيله الحصيله اجمالي الاجمالي الاجماليه حصيلتها مجموع الشهري الشهريه "
                           "السنوي اجمالا ارتفعت ارتفع يرتفع ترتفع")
# "انتشال رفات 34 شخصاً", "620 رفاتاً": remains exhumed or returned are deaths counted when they
# happened, not a new toll (../shared/dev/README.md: returned remains are kind other)
REMAINS = _forms("رفات الرفات رفاتا رفاه")
REMAINS_HANDOVER = _forms("المستلمه المسلمه تسليم تسلم استلام استلمت تسلمت سلمت سلم")
# bodies recovered from a mass grave ("انتشال 47 جثة من 8 مقابر جماعية", and the rows under a heading
# naming mass graves) or returned home ("انتشال جثث 74 من مواطنيه وإعادتها إلى مصر") are remains, no
# new toll (README "Conventions worth knowing"; rules.remains_of_bodies; blind27 ar 008, 022)
GRAVES = _forms("مقبره مقابر المقبره المقابر")
MASS = _forms("جماعيه الجماعيه")
REPATRIATED = _forms("اعادتها واعادتها اعادتهم واعادتهم اعادتهما ترحيلها وترحيلها ترحيلهم وترحيلهم")
REPATRIATED_WINDOW = 5  # words from the count to the return
BODY_BEFORE_WINDOW = 3  # words from the body noun to the count
EARLIER = _forms("سابقه السابقه وسابقه")  # "حصيلة سابقة", "في وقت سابق"
# what "سابقة" qualifies when it marks an earlier toll ("حصيلة سابقة"; not "بالأعوام السابقة",
# "عنصر سابق", "النظام السابق")
EARLIER_OF = _forms("حصيله الحصيله عدد العدد اعداد اجمالي حصيلتها حصيلته وقت بيان تقرير احصاييه اليوم "
                    "التقرير البيان الاحصاييه لحصيله")  # "في تحديث لحصيلة سابقة … تحدثت عن 23 قتيلاً" (blind20 ar 026)
VICTIMS_OF_EVENT = _forms("ضحايا الضحايا شهداء الشهداء")  # "رفات 14 من ضحايا مجزرة": victims
DISEASE_CAUSE = _forms("بمرض بالمرض بامراض بالامراض")  # "توفوا بالمرض": a disease killed them
# "الأطفال المصابون بسوء التغذية الحاد: 2.2 مليون": "afflicted with" an illness, not wounded
# (rules.sick_not_wounded; with DISEASE_CAUSE and "ب" + DISEASE)
ILLNESS_AFTER = _forms("بسوء بالجوع بالجفاف")
REPORT_VERBS = _forms("نشر نشرت ذكر ذكرت اعلن اعلنت افاد افادت وثق وثقت قال قالت اورد اوردت اشار اشارت تحدث تحدثت")
# "الذي كان قد أعلن في البداية عن مقتل 58": the first toll the source gave, since replaced
AT_FIRST = _forms("البدايه البدء")  # after "في"
AT_FIRST_ADVERBS = _forms("اولا سابقا بدايه")  # "أعلن أولاً", "أعلن سابقاً", "أعلن بدايةً"
EARLIER_TODAY = _forms("امس صباح ظهر مساء")  # "نشر يوم أمس أن", "نشر صباح اليوم أن" ("في وقت سابق": the older rule)
# "…، فيما كانت الوزارة قد أعلنت ظهراً عن 10 شهداء" after a toll raised to 12: the time of day as an adverb
# ("ظهراً", "صباحاً", "فجراً") dates the report earlier today as "صباح اليوم" does (blind74 ar 014)
EARLIER_TODAY |= _forms("ظهرا صباحا فجرا عصرا")
# "وكانت الوزارة قد أعلنت في وقت متأخر من مساء الثلاثاء مقتل تسعة": "late (early) in" before the time of day
# the report was made; past it the time is read as if right after the verb (rules.past_late_or_early; blind63 ar 009)
LATE_OR_EARLY = _forms("متاخر مبكر")
# words between "وكان" and the report verb: "وكان المكتب الإعلامي الحكومي في غزة قد أعلن مساء السبت"
REPORT_SUBJECT_MAX = 8
# "وكانت السلطات قد سجلت حتى ١٢ آب ٣٢ حالة وفاة" after a toll of 57 deaths: a count "until" an earlier day
# told in the pluperfect is the earlier count of a toll the text gave larger (rules.earlier_count_up_to_date;
# blind59 ar 011); the words of "until" and the words from the verb to them
UNTIL_DATE = _forms("حتى لغاية")
UNTIL_DATE_REACH = 3
# "وكانت منظمات قدّرت … أن 1100 قُتلوا، قبل أن تتضح فداحة المجازر": an earlier estimate before the
# truth became clear (rules.estimate_before_truth_clear)
EARLIER_ESTIMATE_VERBS = REPORT_VERBS | _forms("قدر قدرت قدروا رجح رجحت رجحوا")
BECAME_CLEAR = _forms("تتضح يتضح تتكشف يتكشف تظهر يظهر")
# "وكانت الوزارة قد أعلنت … مقتل شرطي واحد وإصابة 7 …، قبل أن تعلن أمس …": a later statement after
# "قبل أن" replaced the earlier one (rules.earlier_statement_then_new_one)
NEW_STATEMENT_VERBS = _forms("يعلن تعلن يؤكد تؤكد يحدد تحدد يعدل تعدل يصحح تصحح يحدث تحدث")
# "قبل أن تعلن الوزارة في وقت لاحق ارتفاع عدد القتلى إلى 52" (blind83 ar 009): words from the later statement's
# verb to its rise word (rules.reported_rise_after)
RISE_REPORT_REACH = 10
# "… عن مقتل 12 رهينة، قبل أن تُكتشف جثث أخرى": more dead found after the earlier statement
# (rules.earlier_statement_then_new_one)
MORE_FOUND_VERBS = _forms("تكتشف يكتشف يعثر تعثر تنتشل ينتشل")
# "123 بلاغاً عن متظاهرين مفقودين، عُثر على 98 منهم": missing people found are no figure, unless found dead
# (rules.veto_found_of_them; blind53 ar 014)
FOUND_VERBS = set(_with_clitics(_forms("عثر يعثر تعثر عثروا")))
TRUE_SCALE = _forms("فداحة حجم الحصيلة حصيلة العدد عدد")  # what became clear: the scale, not "ملابسات الحادث"
# "وكانت أرقام تداولتها وسائل إعلام … قد تحدثت عن 11,300 وفاة، قبل أن تنفي الجمعية صدورها عنها" (blind63 ar 007),
# "وكانت نسخة سابقة من تقرير … قد أوردت … 11300 وفاة، قبل أن يُعدَّل التقرير" (blind64 ar 009): figures or a report
# that opens the sentence as its subject (REPORTED_FIGURES), then "قبل أن" + a verb that denies, corrects or
# withdraws them (DENIED_OR_AMENDED): the figures before were withdrawn (rules.report_denied_or_amended)
REPORTED_FIGURES = _forms("ارقام الارقام نسخه النسخه تقرير التقرير تقارير التقارير بيانات البيانات معلومات "
                          "المعلومات تقديرات التقديرات")
DENIED_OR_AMENDED = _forms("تنفي ينفي نفت نفى ينفوا تعدل يعدل عدلت عدل تصحح يصحح صححت صحح تسحب يسحب سحبت سحب "
                           "تتراجع يتراجع تراجعت تراجع تكذب يكذب")
# "وكانت أرقام متداولة … قد أشارت إلى 11300 وفاة، قبل أن توضح الجهات المختصة أن هذا الرقم غير موثق" (blind65 ar
# 009), "إذ كان مكتب … قد تحدث عن ١١٣٠٠ وفاة قبل أن يتراجع عن هذا الرقم" (blind66 ar 002): after "قبل أن", the
# figure itself named ("هذا الرقم": THIS_FIGURE, THE_FIGURE) within WITHDRAWN_REACH words and denied or withdrawn
# (DENIED_OR_AMENDED before it) or declared unverified ("غير" + UNVERIFIED after it): the figures of the
# pluperfect clause before the turn were withdrawn (rules.figure_itself_withdrawn)
THIS_FIGURE = _forms("هذا هذه ذلك تلك")
THE_FIGURE = _forms("الرقم الارقام الحصيله العدد الاعداد التقدير التقديرات")
NOT_OF = "غير"
UNVERIFIED = _forms("موثق موثقه دقيق دقيقه صحيح صحيحه مؤكد مؤكده")
WITHDRAWN_REACH = 8
# "حصيلة أولية", "حصيلته السابقة": a first or earlier toll named as such (rules.earlier_toll_named,
# rules.earlier_clause_at)
PRELIMINARY = _forms("اوليه الاوليه اولي الاولي سابقه السابقه")  # (أولى: "في حصيلة أولى", blind18 ar 007)
# "وكانت مصادر طبية قد تحدثت ليلة الحادث عن 92 وفاة، إلا أن الدائرة أوضحت أن الرقم الأول تضمن جثثاً
# سُجلت مرتين": a "وكان … قد" report turned by "إلا أن"/"لكن" to a clause that names it the first figure
# (rules.earlier_report_corrected)
CORRECTION_TURN = _forms("الا لكن ولكن")
FIGURE_HEADS = _forms("الرقم الحصيله العدد")
FIRST_FIGURE = _forms("الاول الاولي السابق السابقه")
# "الرقم الأول (500) صدر قبل اكتمال الحصر، واستُبدل برقم موثق": the first figure named with its number
# in brackets and replaced (rules.first_figure_named_replaced)
REPLACED = _forms("استبدل واستبدل استبدلت واستبدلت")
# "نشرت الوزارة حصيلة محدثة تضمنت أسماء الضحايا وأعمارهم: 471 قتيلاً": an updated toll named before the
# colon; the count after it is that toll, no part of an earlier one (rules.updated_toll_before_colon)
UPDATED = _forms("محدثه المحدثه جديده الجديده")
# "ارتفاع الحصيلة إلى 25 قتيلاً، بعد حصيلة أولية بلغت 20 قتيلاً": a first toll named after "بعد" is the
# earlier one (rules.after_preliminary_toll; blind18 ar 016)
AFTER_TOLL = _forms("بعد عقب")
# "…، بعد أن أعلنّا في بياننا الأول حصيلة أولية بلغت 104": the source's own earlier report in the first
# person plural, after a raised toll (rules.after_report_in_revision; blind49 ar 006)
OWN_REPORT_VERBS = _forms("اعلنا نشرنا ذكرنا وثقنا اوردنا اشرنا")
REVISED_VERBS = _forms("عدلت عدل صححت صحح خفضت خفض")  # "بعد أن عدلت حصيلة سابقة" (rules.earlier_toll_revised)
# "ارتفعت حصيلة المجزرة إلى 42 شهيداً، بعد أن وثقت فرق الدفاع المدني صباح اليوم 31 شهيداً", "الحصيلة
# النهائية … بلغت 22 قتيلاً …، بعد أن أعلن رئيس الحكومة عن 19 قتيلاً": in a raised or final toll's
# sentence, what a source reported after "بعد أن" is the earlier toll (rules.after_report_in_revision;
# blind30 ar 021, 024)
FINAL_TOLL = _forms("النهائية نهائية")
# "في حصيلة تفوق ما أعلنته السلطات في البداية وهو 35 قتيلاً": what the source reported at first
# (rules.what_was_reported_at_first): "ما"/"مما"/"عما" and a report verb with its object pronoun
# also "تلك التي أعلنتها الحكومة في البداية وكانت 25 قتيلاً" (a relative, blind22 ar 007)
WHAT_REPORTED = _forms("ما مما عما التي الذي")
REPORTED_IT = _forms("اعلنته اعلنه نشرته نشره ذكرته ذكره وثقته وثقه اوردته اورده اعلنتها نشرتها ذكرتها وثقتها اوردتها "
                     "اعلنها نشرها ذكرها وثقها اوردها")
# "، وكانت تقديرات سابقة قد أشارت إلى مقتل أكثر من 100": earlier estimates named as such open an
# earlier toll's clause like "حصيلة أولية" (rules.earlier_clause_at; blind17 ar 010)
ESTIMATES = _forms("تقديرات التقديرات تقدير التقدير")
EARLIER_TOLL_HEADS = TOLL_WORDS | ESTIMATES
# "وكانت التقديرات الأولية … تتحدث عن 700 قتيل": first estimates open an earlier toll; earlier ones
# ("وكانت تقديرات سابقة صادرة عن منظمات محلية …") may be another source's (rules.was_preliminary_toll)
FIRST_ESTIMATES = _forms("اوليه الاوليه اولي الاولي")
# "قررت الشركة إيقاف 40 موظفاً عن العمل" (blind72 ar pass, with إيقاف a detention cue): held from work, a
# suspension, no arrest: "عن" + one of these within SUSPENDED_REACH words after the count (rules.veto_suspended_from_work)
SUSPENDED_FROM = _forms("العمل عملهم عملهما اعمالهم الخدمه الدراسه وظايفهم مهامهم مناصبهم")
SUSPENDED_REACH = 4
SUSPENDED_FROM_WORD = "عن"
# "وفي إحدى الحالات الموثقة، توفي محتجز …" (blind71 ar 006): a sentence that opens on "one of the cases" tells one
# of those a count of its kind already holds, no figure of its own (rules.one_of_the_cases): "في", "إحدى", a case noun
ONE_OF_CASES = (_forms("في وفي"), _forms("احدي احد"), _forms("الحالات الحوادث الوقايع"))
# "وإنه لم يتمكن من دفن أحد منهم سوى أخته" (blind71 ar 002): "أحد" with "سوى"/"إلا"/"عدا" at most NONE_BUT_AFTER
# words after it and a negation at most NONE_BUT_REACH words before it is "none but", no count (rules.none_of_them_but)
NONE_BUT = _forms("سوي الا عدا")
NONE_BUT_AFTER = 3
NONE_BUT_REACH = 6
# "بعد أن تحدثت التقارير الأولى عن مقتل 29 طفلاً" (blind71 ar 007): the first reports, named as such after
# "بعد أن" + a report verb, told the earlier toll, as a first toll or first estimates do (rules.after_first_report)
FIRST_REPORT_HEADS = _forms("تقارير التقارير تقرير التقرير انباء الانباء")
# "وكانت أرقام أولية نُسبت إلى الهلال الأحمر قد تحدثت عن 11300 قتيل، قبل أن …": first figures open an
# earlier toll as first estimates do (rules.was_preliminary_toll)
FIGURES_PLURAL = _forms("ارقام الارقام")
# "وكانت الروايات الأولى التي نقلها الأهالي قد تحدثت عن 12 قتيلاً" (blind83 ar 002): first accounts or first
# reports after "وكان" open an earlier toll as first estimates do (rules.was_preliminary_toll)
FIRST_ACCOUNT_HEADS = _forms("روايات الروايات روايه الروايه") | FIRST_REPORT_HEADS
# "أن عدد الوفيات الموثقة جراء القصف الذي ضرب المدينة في 10 أيلول بلغ 3958 حالة": words back from the
# linking verb to the toll noun of a count of cases (rules.case_kind_before; 7 before blind34 ar 010)
CASE_TOLL_REACH = 16
# "توزع القتلى المدنيون بين المحافظات كالآتي:" then lines "بغداد  111", "ذي قار 18": a short label
# with no colon and a count ending the line is a row of the list (rules.bare_row_label_end)
BARE_ROW_LABEL_MAX = 3
# "قتلوا …، ارتفاعاً من 210 قتلى أعلنتهم الوزارة مساء السبت": "up from" a count is the earlier toll the
# current one replaced (rules.up_from_earlier)
UP_FROM = _forms("ارتفاعا صعودا")
PREPOSITION_SPELLINGS = ("وإلى", "إلى", "والى", "وإلي")  # fold to "والي" (a governor)
HOUSEHOLDS = _forms("عائله عائلة اسره عشيره")  # "من عائلة واحدة"
DISEASE = _forms("بفيروس فيروس كورونا بكورونا كوفيد الكوليرا بالكوليرا الحصبه بالحصبه وباء بالوباء "
                  "بالتهاب عدوي")
# "ضحايا الزلزال", "السيول التي اجتاحت درنة": a natural disaster's dead, injured and missing are not
# war casualties (README conventions; as for disease) unless the sentence also names an act of war
# (not "عاصفة": "عاصفة الحزم" is a military operation; not "انهيار": buildings collapse under strikes)
DISASTER = set(_with_clitics(_forms("زلزال الزلزال زلازل الزلازل الهزه الهزات سيول السيول فيضان الفيضان فيضانات "
                                      "الفيضانات اعصار الاعصار")))
WAR_ACTS = set(_with_clitics(_forms("قصف القصف غاره غارات الغاره الغارات اشتباكات الاشتباكات معارك المعارك "
                                      "هجوم الهجوم استهداف قذيفه قذائف صاروخ صواريخ مسيره رصاص بالرصاص تفجير "
                                      "انفجار عبوه لغم الغام اغتيال اعدام")))
DISEASE_CLITICS = ("و", "ب", "ل", "وب", "ول")  # "للكوليرا" = ل + الكوليرا, "وبالحصبة"
DISEASE_NAMED = DISEASE | {p + w for w in DISEASE for p in DISEASE_CLITICS} | {
    p + "لل" + w[2:] for w in DISEASE if w.startswith(ARTICLE) for p in ("", "و")}
CLAUSE_BREAK = _forms(", ; حيث فيما بينما الذي التي الذين عندما بعدما لكن ولكن")
NAMED_CATEGORY_HELD = ("children", "women")  # a named girl after "بينهم طفلان": one of them (rules.named_of_counted_category)
TABLE_HEAD_WORDS = _forms("حصيله الحصيله احصاييه الاحصاييه حصيلتها الحصيلتين")
TOTAL_WORDS = _forms("المجموع مجموع الاجمالي اجمالي الاجماليه المجموع الكلي المجمل وبالمجموع العدد")
KIND_DUALS = _forms("قتيلان قتيلين شهيدان شهيدين جريحان جريحين مصابان جثتين جثتان ضحيتان ضحيتين ضحيتيه ضحيتاه")  # not مصابين/معتقلين (plurals too)
BECOME = _forms("ليصبح لتصبح يصبح تصبح اصبح اصبحت ليبلغ لتبلغ بلغ بلغت يبلغ تبلغ ليصل لتصل وصل وصلت "
                 "ليرتفع لترتفع ارتفع ارتفعت يرتفع ترتفع")
GROUP_WORDS = _forms("منهم منها منهن من بينهم بينهن ومنهم ضمنهم")
PLACE_UNITS = _forms("القطاع قطاع المحور الطريق طريق الحاجز حاجز المخيم")
TARGETED = set(_with_clitics(_forms("تعرض تعرضت تعرضوا يتعرض تتعرض")))
LEAVE = _forms("مغادره ترك هجر اخلاء")  # "على مغادرة منازلهم": displaced
HOMES = ("منازل", "بيوت", "ديار", "مساكن", "مناطق", "قري", "بلدات", "احياء", "مخيم")
# "نحو 3 آلاف مواطن غادروا منازلهم": people who left their own homes are displaced (rules.follow_left_homes)
LEFT = _forms("غادروا غادر غادرت غادرن تركوا ترك تركت هجروا")
OWN_HOMES = _forms("منازلهم بيوتهم ديارهم مساكنهم منازلهن بيوتهن")
DETAINEES = _forms("معتقل معتقلا معتقلين معتقلون محتجز محتجزا محتجزين مختطف مختطفا مختطفين مخطوفين "
                     "اسير اسيرا اسري")
# "إنقاذ 71 ناجياً …، فيما نُقل ستة منهم مصابين إلى المستشفى": a part ("منهم") told as wounded right
# after the marker is injured, whatever the figure before it counts (rules.kind_part_taken_wounded)
WOUNDED_PEOPLE = _forms("جرحي جريح جريحا جريحين جريحان مصابين مصابا مصابون مصابان")
EXCEED = _forms("تجاوز تجاوزت يتجاوز تتجاوز فاق فاقت يفوق تفوق تخطي تخطت يتخطي متجاوزا متجاوزه تجاوزوا يتجاوزون تخطوا")
SENTENCED = _forms("حكم حكمت الحكم احكام احكاما المحكمه محكمه يحكم تحكم")
ALIVE = _forms("احياء")  # "ألقي القبض على ثلاثة أحياء": alive after an arrest (taken_alive), else neighbourhoods
COURT_NOUNS = _forms("المحكمه محكمه")  # a court named, as in an official's title (court_arrest)
CARRIED_OUT = _forms("تنفيذ نفذ نفذت نفذوا تنفيذه وتنفيذ ونفذت")
FORCED = _forms("اضطروا اضطر اضطرت اضطررن اجبروا اجبر اجبرت")
REL_PREPS = _forms("في جراء اثر خلال بعد")
RELATIVES = _forms("الذي التي الذين")
NAMES = _forms("اسماء باسماء")  # "قائمة تضم أسماء نحو ألف معتقل"
# the sentence of a list of names says its people are dead ("ذُكر أمام كل اسم منهم تاريخ الوفاة")
DEATH_RECORDED = _forms("الوفاه وفاتهم وفاتهما متوفين متوفون متوفي وفياتهم")
# "وتوزعت حصيلة الضحايا بحسب المحافظات على النحو التالي: ريف دمشق 811، إدلب 296، …": a breakdown
DISTRIBUTED = _forms("توزعت توزع وتوزعت وتوزع توزيع وتوزيع توزعوا وتوزعوا توزعهم وتوزعهم موزعة موزعين "
                     "تتوزع وتتوزع يتوزع ويتوزع")  # (present tense: blind14 ar 001)
# "وإن القتلى توزعوا على المديريات … كالآتي – زنده جان: 1294 قتيلاً، إنجيل: 124": the kind noun at most this
# many words from the distribution verb gives the rows after it their kind (rules.distributed_kind; blind63 ar 011)
DISTRIBUTED_KIND_REACH = 2
# "موضحاً أن توزيع القتلى بحسب القرى جاء كالآتي - 63 في إنتازاين و48 في باكورات": "as follows" and a dash open
# the rows of a distribution as a colon does (rules.dash_distribution_head; blind64 ar 011, blind63 ar 011)
AS_FOLLOWS = _forms("كالاتي كالتالي التالي")
RESTATE_THEY = _forms("وهم هم")  # "آلاف المعتقلين الذين فارقوا الحياة، وهم أكثر من 45 ألف معتقل"
THAT = _forms("ان بان لان وان فان انه انها انهم الذي التي الذين حيث قال وقال قالت وقالت")
# "يبقى … تحت الركام", "لا يزال 20 شخصاً تحت الأنقاض": people still under the rubble are missing
REMAIN = _forms("يبقى تبقى يظل تظل بقي بقيت")
BENEATH = _forms("تحت")
RUBBLE = _forms("الركام الانقاض ركام انقاض")
STILL = _forms("لا يزالون يزالون يزال مازالوا لايزالون ما زالوا زالوا زال مازال لايزال تزال")
# "إن شقيقه وابن عمه ما زالا مفقودين": "still" in the dual after a kin list (rules.kin_still_missing_dual)
STILL_NEG = _forms("ما لا")
STILL_DUAL = _forms("زالا يزالان تزالان مازالا لايزالان")
MODAL = _forms("يتوقع يتوقعون توقع توقعت يخشي تخشي يخشون مخاوف هدد هددت يهدد تهدد "
                "تهديد توعد يتوعد سيرتفع سترتفع سيصل ستصل رجح رجحت يرجح ترجح ورجح ورجحت")  # (رجّح: "likely", a guess: blind13 ar 016)
RELEASED_AFTER = _forms("اطلق اطلقت سراحهم سراحه سراحها سراحهن")  # "3 من المختطفين أُطلق سراحهم"
# (with "ب"/"ل" before the noun: "ورحبت الرابطة بالإفراج عن 887 محتجزاً في صفقة التبادل", blind63 ar 004)
RELEASED = set(_with_clitics(_forms("سراح الافراج افراج افرج افرجت افرجوا يفرج تفرج بالافراج للافراج")))
EXCHANGE = set(_with_clitics(_forms("مقابل تبادل التبادل صفقه مبادله")))  # "مقابل 97 محتجزاً": exchanged, not detained
# "وأفرجت في اليوم التالي عن 9 من المعتقلين": a release verb, a time phrase, then "عن" right before the
# count (veto_released_from; ar315)
RELEASED_FROM = "عن"
RELEASED_FROM_WINDOW = 6  # words between the release verb and "عن"
ASIDE_MAX_WORDS = 4  # "(أنصار الله)": words of a bracketed alias skipped between the release verb and "عن"
RELEASED_NEXT = _forms("افرج افرجت افرجوا اطلق اطلقت اطلقوا اخلي اخلت")  # "146 محتجزاً أفرجت عنهم"
# "يطلق الحوثيون 181 أسيراً، بينهم 15 سعودياً": a release verb a word or two before a count of prisoners
# (rules.veto_release_verb_before; blind53 ar 007); "أطلق" alone may be a shot, so the held noun must follow
RELEASE_VERBS_BEFORE = set(_with_clitics(_forms("يطلق تطلق اطلق اطلقت اطلقوا سيطلق ستطلق يطلقون يفرج تفرج "
                                                "يسلم تسلم سلم سلمت يسلمون")))
RELEASE_VERB_REACH = 3  # words from the verb to the count (the subject may stand between)
REUNITE_HEAD = _forms("لم ولم بلم")  # "لمّ شمل قرابة 900 شخص بعائلاتهم": reunited, no casualty (rules.veto_reunited)
REUNITE_TAIL = "شمل"
REUNITED_WINDOW = 4  # words from "لمّ" to the count
# "تم إنقاذ 3576 منهم", "استعاد خلالها الجيش 4 محتجزين": freed from captivity, no figure (veto_rescued)
# right before the count ("لاستعادة أربعة محتجزين": to recover; "تحرير 3576 منهم": freed, blind46 ar 014)
RESCUE_NOUNS = set(_with_clitics(_forms("انقاذ استعاده لانقاذ لاستعاده تحرير لتحرير")))
# "ودُفن 18 من الشهداء في مقبرة …": a burial or funeral of a part of the dead is no new figure
# (rules.veto_buried; blind31 ar 014); bodies buried ("دفن 107 جثث") and "دفن 5 أشخاص تحت الأنقاض" stay
BURIAL_VERBS = set(_with_clitics(_forms("دفن دفنت دفنوا يدفن تدفن شيع شيعت شيعوا يشيع تشيع ووري")))
BURIAL_WINDOW = 3
# «رأيت نحو 20 جثة على الأرض»: what a witness saw, told after a toll, is no figure (rules.veto_witness_saw;
# blind31 ar 014)
SAW_FIRST_PERSON = set(_with_clitics(_forms("رايت شاهدت راينا شاهدنا احصيت عددت")))
SAW_WINDOW = 3
# "أدوية لعلاج 250 جريحاً": supplies for so many wounded, no figure (rules.veto_supplies_for; blind31 ar 011)
FOR_TREATING = _forms("لعلاج لاسعاف تكفي يكفي")
SUPPLY_NOUNS = _forms("ادويه الادويه امدادات الامدادات مستلزمات المستلزمات معدات المعدات مساعدات المساعدات "
                      "اسره الاسره حقائب الحقائب مواد المواد")
RESCUE_VERBS = set(_with_clitics(_forms("استعاد استعادت حرر حررت حرروا")))  # "حررت القوات 40 مختطفاً"
RESCUE_WINDOW = 4  # words between the rescue verb and the count
# "احتجاز جثامين 33 منهم", "تحتجز جثامين 256 فلسطينياً": bodies held, no new toll (veto_withheld_bodies)
WITHHELD = set(_with_clitics(_forms("احتجاز تحتجز يحتجز احتجزت احتجز حجز تحجز يحجز")))
WITHHELD_WINDOW = 3  # words between the withholding word and the body noun
SCALE_TYPE = "scale"  # nlp.arabic_numbers.WORDS: "ألف", "مليون" (veto_scale_after_definite_number)
RECAPTURE = set(_with_clitics(_forms("اعاده")))  # "إعادة اعتقال 14 سجيناً": recaptured, left out
# a rate, not a count: "83 مدنياً في المتوسط لقوا حتفهم يومياً", "بمعدل 5 قتلى يومياً" (veto_rate)
RATE_BEFORE = _forms("بمعدل بمتوسط")
ON_AVERAGE = _forms("المتوسط متوسط وسطيا بالمتوسط")  # "في المتوسط" right after the noun
PER_PERIOD = _forms("يوميا اسبوعيا شهريا سنويا يومي باليوم بالشهر")
RATE_WINDOW = 10  # tokens after the count in which the period word is looked for
# "يستقبل يومياً ما بين 100 و150 مصاباً": a per-period adverb just before the count (its qualifier words
# between) makes it a rate (rules.veto_rate_adverb_before)
RATE_ADVERBS = _forms("يوميا اسبوعيا شهريا سنويا")
RATE_ADVERB_GAP = _forms("ما بين نحو حوالي قرابه زهاء اكثر من")
RATE_ADVERB_GAP_MAX = 3
# "في المتوسط، يُقتل أكثر من ثلاثة أطفال ويصاب عشرة آخرون كل يوم": "في المتوسط" before the count, and
# "every day" in two words after it (veto_rate)
EVERY = _forms("كل")
PERIOD_NOUNS = _forms("يوم ساعه اسبوع شهر عام سنه")
ON_AVERAGE_ALONE = set(_with_clitics(_forms("وسطيا بالمتوسط")))  # before the count without "في" ("البحر المتوسط" is a sea)
# one office-holder: named again by the same title, the same person ("قُتل والي …" … "اغتيال والي …")
TITLE_SINGULARS = _forms("والي محافظ وزير عمده مختار قاضي امام قايد مدير نايب سفير")
LABEL_WORDS_MAX = 7  # words of a row's label and its colon before the count ("قوات النظام السوري: 93")
WHO_OF = _forms("ممن")  # "مصير 11 آخرين ممن اختطفوا معهم مجهولاً": of those who were …
EACH = _forms("كل لكل بكل ولكل وكل")  # "كل واحد منهم": each one, no count (veto_each_one)
# "300 شهيد وجريح", "56 ألف قتيل ومفقود": one count of two kinds together (killed or wounded, killed
# or missing), no figure of either (../shared/dev/README.md files them as other)
COMBINED = _forms("جريح وجريح جريحا وجريحا جرحي وجرحي مصاب ومصاب مصابين ومصابين ومفقود ومفقودا ومفقودين")

# --- perpetrators, manners, places ---------------------------------------------------
ACTORS = [
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
ACTORS_RE = re.compile(r"(?<![^\W\d_])(?:ب|ل|و|وب)?(" + "|".join(
    re.escape(fold(a)) for a in sorted(ACTORS, key=len, reverse=True)) + r")(?![^\W\d_])")
MANNERS = [
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
MANNER_RANK = {m.replace(" ", "_"): k for k, (m, _) in enumerate(MANNERS)}
MANNER_ALL = re.compile(r"(?<![^\W\d_])(?:و|ب|ف|وب)?(?:" + "|".join(
    f"(?P<{m.replace(' ', '_')}>{rx})" for m, rx in MANNERS) + r")(?![^\W\d_])")
# "الصاروخ الذي حصد أرواح 21 مدنياً أُطلق من مناطق سيطرة الميليشيا" (blind73 ar 004): "from" after a verb of
# launching ("أطلق", "انطلق") names where the strike came from, not where its victims were (LAUNCHED_FROM)
LAUNCHED_FROM = r"(?<!اطلق )(?<!اطلقت )(?<!انطلق )(?<!انطلقت )"
PLACE_RE = re.compile(
    r"(?<![^\W\d_])(?:في|ب|وفي|" + LAUNCHED_FROM + r"من|علي|الي|قرب|داخل|وب)\s*(?:محافظه|مدينه|بلده|قريه|ريف|مخيم|حي|منطقه|قطاع|ولايه|مناطق|ناحيه|"
    r"باديه|الباديه|مدينتي|بلدتي|قريتي|شمال|جنوب|شرق|غرب|وسط)\s+"
    r"(?!(?:في|من|علي|الي|عن|بعد|قبل|خلال)(?![^\W\d_]))[^\W\d_]+(?:\s+(?:ال[^\W\d_]+|[^\W\d_]+ي)(?![^\W\d_]))?")

# --- time phrases ------------------------------------------------------------------------
TIME_RE = re.compile(
    r"(?<![^\W\d_])(?:"
    r"(?:خلال|في)\s+(?:ال\s*)?(?:\d+\s+ساعه|الساعات\s+ال\s*\d+|ال\s*\d+\s+ساعه|الايام|الاسبوع|الشهر|الساعات|"
    r"اليومين|الساعتين|الاسبوعين|ال\s*\d+\s+يوما|\d+\s+ايام|\d+\s+يوما)\s*(?:الماضيه|الماضي|الاخيره|الفايت|الفايته|"
    r"الاخير|المنصرم)"
    r"|منذ\s+(?:مطلع|بدايه|بدء|اول)\s+(?:العام|عام|السنه|الشهر|شهر)\s*(?:الجاري|الحالي)?\s*(?:\d{4}|[^\W\d_]+(?:\s*/\s*[^\W\d_]+)?)?\s*(?:الجاري|الحالي|\d{4})?"
    r"|خلال\s+شهر\s+[^\W\d_]+(?:\s*/\s*[^\W\d_]+)?(?:\s+(?:الماضي|الفايت|المنصرم|الجاري|\d{4}))?"
    r"|(?:يوم\s+)?امس(?:\s+(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت))?"
    r"|(?:يوم\s+)?(?:اليوم|الليله)(?:\s+(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت))?"
    r")(?![^\W\d_])")
HOURS_RE = re.compile(r"(\d+)\s+ساعه|الساعات\s+ال\s*(\d+)|ال\s*(\d+)\s+ساعه")
DAYS_RE = re.compile(r"(\d+)\s+(?:يوما|ايام)")

PERP_BEFORE = re.compile(
    r"(?:علي يد|علي ايدي|برصاص|بنيران|بقصف|قصف|قصفته|من قبل|شنه|شنها|شنتها|شنته|نفذه|نفذها|نفذتها|نفذته|ارتكبها|"
    r"ارتكبته|ارتكبتها|غارات|غاره|طيران|طايرات|هجوم|هجمات|استهداف|تبناه|تبنته|تبني)\s*$")
PLACE_PREPOSITIONS = ("في", "من", "وفي", "علي", "الي", "قرب", "داخل")  # stripped from a place phrase
PLACE_CLITICS = ("وب", "ب")

# --- time phrases (resolve_arabic_time) ---------------------------------------------------
YESTERDAY = "امس"
TODAY = ("اليوم", "يوم اليوم", "الليله")
WITHIN = ("خلال", "في")
PAST = ("الماضي", "الاخير", "الفايت", "المنصرم")
PAST_SPANS = (("اليومين", 2), ("الساعتين", 1), ("الاسبوعين", 14), ("الاسبوع", 7), ("الايام", 7),
              ("الساعات", 1), ("الشهر", 30))  # "خلال الأسبوع الماضي": days back
SINCE = "منذ"
SINCE_GAP_MAX = 14  # "قتل منذ بدء الحملة … في مطلع الشهر الجاري 213 مدنياً": the longest time phrase read across
YEAR_NOUNS = ("العام", "عام", "السنه")
YEAR_NOUNS_OF = _forms("العام للعام عام لعام")  # "الحصيلة السنوية للعام 2022": a year's tally (past_year_tally)
YEAR_DIGITS = 4
THIS_MONTH = "الشهر"
DURING_MONTH = "خلال شهر"
PERIOD_TIME_WORDS = (SINCE, DURING_MONTH)  # a time phrase that makes a figure cumulative

# --- small word sets the rules test -----------------------------------------------------------
AND = "و"
OR = ("او", "واو")
CONJ_PREFIXES = "وف"  # a conjunction glued to a word
COORD_PREFIXES = "وب"  # "و"/"ب" before a qualifier word: "وأكثر من", "بأكثر من"
PREPOSITION_PREFIXES = ("و", "ب", "ل")  # a clitic that makes a cue word no verb of its own
PREP_B = "ب"
# a comparative before "بـ" + a count: the count is a difference ("أعلى بنحو 600 من الأرقام",
# "تزيد بأكثر من 2000 قتيل على حصيلة العام الماضي"), no toll
COMPARATIVES = _forms("اعلي اكبر اكثر اقل ادني يزيد تزيد زاد زادت يفوق تفوق فاق فاقت يقل تقل قل قلت")
ARTICLE_FORMS = ("ال", "وال", "بال", "لل")
LIL = "لل"  # "للاعتقال" = ل + الاعتقال
WAL = "وال"
OBJECT_PLURAL = ("هم", "هن")  # "اعتقلتهم"
OBJECT_PRONOUNS = ("ه", "ها", "هم")  # a verb with an object pronoun ends a relative clause
FEM = "ه"
ACCUSATIVE = "ا"  # "شاباً" folds to "شابا"
DUAL_OBLIQUE = "ين"
# "قتل فيه مدني", "وأصيب معه شقيقه": a preposition with a pronoun between a cue verb and the one victim it
# names (rules.past_governed_pronoun; blind43 ar 008)
GOVERNED_PRONOUNS = _forms("فيه فيها معه معها")
FEMININE_DUALS = ("تين", "تان")  # "ممرضتين", "طبيبتان": the dual of "ممرضة" (rules.feminine_dual)
TA_MARBUTA = "ه"  # the folded "ة" of a feminine singular
DUAL_NOMINATIVE = "ان"  # "مقيمان": the dual of "مقيم" (rules.nominative_dual)
FUTURE_PREFIXES = "يت"  # "قد يرتفع": an imperfect verb after "قد"
MAY = ("قد", "وقد")
# past verbs of the forms that begin with "ت" ("وكان ناشطون قد تحدثوا عن 116 قتيلاً", "قد تمكنت"): after
# "قد" a past tense, not "may" (whose imperfect would be "قد يتحدث"/"قد تتحدث")
PAST_WITH_TA = _forms("تحدث تحدثت تحدثوا تحدثا تمكن تمكنت تمكنوا تلقي تلقت تلقوا")
HAD = "قد"
BULLETS = ("-", "–", "—", "•", "*", "ـ", "·")
PIPE = "|"  # a Markdown table's cell border, as trafilatura writes tables
PIPES_IN_ROW = 2  # a line with no border pipe is a table row when it holds this many
LABEL_MAX_WORDS = 20  # a list line's label before its colon ("قوات النظام السوري (الجيش، …): 451")
# a row label that counts what is no casualty ("عدد الناجين: 3576", "عدد المقابر الجماعية المكتشفة: 83",
# "عدد الأيتام: 2745"): rules.veto_row_of_non_victims
NON_VICTIM_LABEL = _forms("الناجين الناجون الناجيات ناجين ناجون المقابر مقابر المقبره مقبره الايتام ايتام "
                          "المفرج المحررين المحررات "
                          "ظهور الظهور")  # "ظهور بعد اختفاء: ٥٦": people who reappeared (blind76 ar 010)
ROW_COUNT_FIRST_SEP = "::"  # "405:: من عناصر …": a row's count, then its label (rules.count_before_row_colon)
ROW_COLONS = (":", "::")  # the colon before a row's count (rules.veto_row_of_non_victims)
# "العائلات النازحة :: 64", "الأسر المهجرة: 120": a row label whose group noun is described by a displaced
# adjective names displaced people (rules.label_word_kind; blind43 ar 006)
LABEL_KIND_ADJECTIVES = {w: DISPLACED for w in _forms("النازحه نازحه المهجره مهجره")}
LABEL_CASE_NOUNS = _forms("الحالات حالات")  # "- الحالات الحرجة: نحو 300": a row label of wounded (+ SEVERITY)
# "مقتل أكثر من مئة شخص" after "قُتل 112": a rounded-down restatement (rules.rounded_down_restatement)
ROUNDED_DOWN_QUALIFIERS = ("more_than", "at_least")
ROUNDED_DOWN_WINDOW = 1500  # characters between the rounded count and the toll it restates
ROUNDED_DOWN_MAX_RATIO = 1.2  # the toll at most this many times the rounded count
# quotation marks that pair with themselves or with each other in either order ('"', "“ ”", "” “"), then
# the guillemets (rules.quoted)
SELF_QUOTES = ('"', "\u201c\u201d")
GUILLEMETS = ("\u00ab", "\u00bb")
# "نزح ما بين 60 ألفًا و80 ألف أسرة من المخيم خلال أيام، أي ما يقارب 400 ألف شخص": tokens from the cue to
# households restated in people (rules.kind_from_cue, rules.restated_as_people)
RESTATED_PEOPLE_WINDOW = 30
ROW_LABEL_MAX_WORDS = 6  # tokens of a list line's label before its colon ("▪️ مفقودون تحت الرمال:")
LABEL_LEAD = BULLETS[:5] + ("كما", "فيما", "بينما")  # before a table row's label
# "- قذائف مدفعية أصابت الطابق الثالث وخزانات المياه: 5" (blind65 ar 006): a row whose label's things (NOT_PEOPLE)
# are the subject of a verb of hitting within THINGS_HIT_REACH words counts those things (rules.things_hit_row)
THINGS_HIT = _forms("اصابت اصاب طالت طال استهدفت استهدف ضربت ضرب سقطت سقط")
THINGS_HIT_REACH = 3
ONE_OF_THEM = ("احدهم", "احداهن", "احدهن")
ONE_OF_THEM_ALL = ("احدهم", "احدهما", "احداهن", "احدهن")
PLACE_SPLIT_WINDOW = 8  # words from "أحدهم في …" to the "وآخر" of the next part (rules.one_of_them_by_place)
ONE_OF = "احد"
ONE_AFTER = ("واحد", "واحده", "واحدا")  # "شهيد واحد"
TWO_AFTER = ("اثنين", "اثنان", "اثنتين", "اثنتان")  # "معتقلين اثنين"
THE_OTHER_TWO = "الاخران"
OTHER_STEM = "اخر"
OTHERS = ("اخرين", "اخرون", "اخري")
# "بينما لا يزال مصير العشرة الآخرين مجهولاً": the rest of a group led away (rules.held_split_into_fates; blind77 ar 002)
OTHERS_DEFINITE = _forms("الاخرين الاخرون الاخريات الباقين الباقون")
# the case a count's "others" (or the count word) is in: "إن 3 مدنيين قتلوا وأصيب 9 آخرون …، واثنين آخرين
# في الطارمية": the oblique "اثنين آخرين" goes on from the subject of "إن", not from the nominative
# "9 آخرون" of "أصيب" (rules.kind_coordinated_by_case)
OTHERS_NOMINATIVE = ("اخرون",)
OTHERS_OBLIQUE = ("اخرين",)
NUMBER_OBLIQUE = _forms("اثنين واثنين اثنتين واثنتين")
THAT_SUBJECT = _forms("ان بان وان فان لان")
OF = ("من", "ومن")
BETWEEN = ("بين", "وبين")
BETWEEN_WORD = "بين"
TO = "الي"
ON = "علي"
IN = "في"
ORIGIN = "اصل"  # "مدني من أصل 5": not a count
OF_NOT_GROUP = ("شهر", "الشهر", "اصل", "اجمالي", "مجموع", "بين")  # "N من …" that names no group
FAMILY_HEADS = ("عائله", "اسره", "عايله")  # "4 من عائلة واحدة": people
# "التعازي لأسر الضحايا الثلاثة": "أسر" (families), spelled as the capture noun, before a definite kind
# noun is "families of", no cue (rules.families_of_victims)
FAMILIES_NOUN = _forms("اسر لاسر واسر ولاسر")
AT_LEAST_AFTER = ("علي", "الاقل")  # "14 على الأقل"
ABOUT_AFTER = "تقريبا"
CASE_NOUNS = ("حاله", "حالات")  # "156 حالة اعتقال"
THE_CASES = _forms("الحالات")  # "وتوزعت الحالات بحسب أطراف النزاع:" (rules.the_cases_heading)
# cases of two kinds counted together ("27 ألف حالة وفاة واختفاء", "حالة قتل أو إصابة"): a combined
# count, no one kind (rules.veto_combined_cases); not arrests and disappearances (one arrest toll)
COMBINED_CASE_KINDS = (frozenset((KILLED, MISSING)), frozenset((KILLED, INJURED)))
# "بلغ عدد المتوفين والمفقودين في حوادث الغرق 1313 شخصاً" (blind73 ar 002): the dead named by a plural that is no
# cue of its own, first of two kind nouns after a toll noun (rules.combined_toll_nouns)
DEAD_PLURALS = _forms("المتوفين المتوفون الموتى المتوفيات")
# "63 حالة قتل في محافظة حمص", "22 حالة اغتيال": killings counted as acts, no count of people (as
# "عملية اغتيال"; deaths counted in cases, "حالة وفاة", are people: rules.veto_killing_cases)
KILLING_ACTS = _forms("قتل اغتيال تصفيه")
# maiming told with killing ("قتل أو تشويه 11,019 طفلاً", "قتل وتشويه 500 طفل", the UN's children-and-armed-conflict
# count): one count of two kinds, no figure of either (rules.killed_or_maimed)
MAIMING = _forms("تشويه تشويههم")
MAIMING_AND = _forms("وتشويه وتشويههم")
EITHER_KIND_GAP = 3  # "لقوا حتفهم أو فُقدوا": words from the verb after the count to "أو" (rules.veto_either_of_two_kinds)
CROSSED = _forms("عبر عبرت عبروا وعبر وعبرت")  # "عبر قرابة 1.8 مليون الحدود" (follow_crossed_border)
BORDERS = _forms("الحدود الحدود،")
INTO = _forms("الى")  # "عبر … إلى دول الجوار" (rules.into_neighbouring_lands)
NEIGHBOUR_LANDS = {tuple(fold(p).split()) for p in ("دول الجوار", "الدول المجاورة", "البلدان المجاورة")}
ACTS_OF = _forms("عمليات عمليه")  # "المسؤولية عن عمليات القتل": a heading that names the toll's kind (toll_heading_head only)
CONDITION_NOUNS = ("اصاباتهم", "اصابتهم", "جروحهم", "جراحهم", "حالتهم", "حالاتهم")  # "3 إصاباتهم خطيرة"
CONDITION_BEFORE = set(_with_clitics(_forms("حاله حالات")))  # "حالة ثلاثة منهم حرجة", "وحالة اثنين منهم متوسطة"
CONDITION_AFTER_SUBSET = ("حالته", "حالتهم", "جراحهم", "جروحهم", "اصابتهم", "اصاباتهم")
IN_CONDITION = ("في", "بحاله", "بحالات", "حالات", "حاله")
CONDITION_PLACES = ("حاله", "حالات", "العنايه")
IN_GROUP_CONDITION = ("بحاله", "بحالات", "حالتهم", "اصاباتهم", "اصابتهم", "جروحهم", "جراحهم")
SUBSET_FIRST = _forms("بينهم بينهن")  # "ارتفع إلى 16 بينهم 4 أطفال عدد الشهداء": a subset before the toll noun
TOLL_NOUNS_AFTER_TO = ("عدد", "اعداد", "حصيله", "العدد", "الحصيله", "اجمالي", "تعداد")  # "ارتفع إلى 15 عدد الذين قضوا"
FATE = ("مصير", "ومصير")
UNKNOWN_FATE = ("مجهولا", "مجهول", "مجهوله", "مجهولين")
# a row label "عدد الذين لا يزال مصيرهم مجهولاً: 2600", "مجهولو المصير: 40": missing (rules.fate_unknown_label)
# "لا يزال مصير 3 من العاملين الصحيين الذين احتجزوا عند نقطة تفتيش قرب مدينة ود مدني مجهولاً": words from
# the counted noun to the unknown-fate word (rules.fate_unknown; 10 before blind21 ar 013)
FATE_CLAUSE_REACH = 12
UP_TO_QUALIFIER = "up_to"  # "ما يصل إلى 300 ألف": the qualifier of a range's upper end restated (rules.range_end_restated)
CENTURIES = ("19", "20")  # the first two digits of a year (rules.is_year)
FATE_WORDS = _forms("مصير ومصير مصيرهم مصيرهن مصيره مصيرها المصير")
UNKNOWN_FATE_FORMS = _forms("مجهولا مجهول مجهوله مجهولين مجهولو مجهولي")
# "ولا يزال 12 مواطناً مجهولي المصير": the plural adjective in construct with "المصير" after the counted
# people, as "مفقودين" (rules.follow_kind_adjective; blind23 ar 003)
UNKNOWN_OF_FATE = (_forms("مجهولي مجهولو"), _forms("المصير"))
# "إن 500 شخص لا يزال مصيرهم ومكان وجودهم مجهولين", "ملفات 900 شخص لا يُعرف مصيرهم": the counted people's
# own fate (a pronoun on "مصير") unknown after their noun phrase: missing (rules.follow_own_fate_unknown)
OWN_FATE = _forms("مصيرهم مصيرهن مصيرهما")
# "قالت عائلة صحفي اعتقل قبل عامين إن مصيره لا يزال مجهولاً": one person held whose fate is unknown is
# missing (rules.held_then_fate_unknown; blind53 ar 007)
OWN_FATE_ONE = _forms("مصيره مصيرها")
NOT_KNOWN = (_forms("لا لم"), _forms("يعرف تعرف يعلم يعرفوا"))
ABDUCTION_STEMS = _forms("اختطف اختطفت اختطفوا خطف خطفت خطفوا اختطاف باختطاف")  # (rules.held_then_fate_unknown)
HELD_FATE_REACH = 10  # words from a held count to "مصيرهم" of the next clause (rules.held_then_fate_unknown)
OWN_FATE_REACH = 4  # words after "مصيرهم" to the unknown-fate word ("ومكان وجودهم مجهولين")
# "و12 منهم، بحسب أسرهم، لا يزال مصيرهم مجهولاً": words of an aside between commas skipped after "منهم"
# before the still-fate clause (rules.kind_part_fate_unknown)
PART_FATE_ASIDE_MAX = 5
IN_THE_RANKS = ("في", "ضمن")
ORIGIN_MAX_WORDS = 3  # "من أبناء المدينة": words of an origin phrase before "لا يزالون" / "في عداد" (rules.past_origin_to_status)
RANKS = ("عداد", "قائمه")  # "في عداد المفقودين"
BECAME = _forms("تحولوا تحول تحولت اصبحوا اصبح باتوا صاروا")  # "قد تحولوا إلى مختفين قسرياً"
OF_THESE = _forms("من هولاء منهم")  # "85 ألفاً من هؤلاء قد تحولوا"
BECAME_PART_OF = _forms("منها منهم")  # "تحول 112 منها إلى اختفاء قسري": the part after the count (rules.follow_became_kind)
FILLERS_BEFORE_VERB = ("قد", "جميعهم", "كلهم", "وقد", "ممن")
UNDER = ("قيد", "رهن")  # "لا يزالون قيد الاعتقال"
WITH_WOUNDS = ("بجروح",)
PASSIVE_AUX = _forms("تم جري")  # "تم اعتقال", "جرى إعدامهم" (blind14 ar 001)
LINKING_TO = ("الي", ":", "::", "بلغ", "بلغت", "وصل", "ليصل", "لتصل")
LINKING_VERBS = ("الي", "بلغ", "بلغت", "وصل", "ليصل", "لتصل")
EXCEEDED = ("تجاوز", "تجاوزت", "فاق", "فاقت")
PREP_B_NOT_VERB = "ي"  # "ب" + "ي…" is a verb ("بيقدر"), not "بأكثر"
ARABIC_COMMA = "،"
COMMA = ","  # both commas, as a token of the folded text
PAST_AFTER_DEF = ("الاخيره", "الماضيه")  # "الساعات الـ24 الماضية"
PAST_PREFIX = "الماضي"
PERCENT = tuple(_forms("بالمئه بالمائه بالمايه"))+ ("%",)
HUNDRED_DEF = tuple(_forms("المئه المائه المايه"))  # "في المئة", "في المائة" (folded: المايه)
HUNDRED = 100  # a definite number word of at least this value, then "و" + a number word: one number ("المئة وأربعة")
YEAR_BEFORE = ("في", "منذ", "حتي", "عام", "ال", "")
OF_MONTH = ("شهر", "الشهر")
WAS = ("كانت", "كان")
AND_WAS = ("وكانت", "وكان")
WHILE_WAS = _forms("حين بينما فيما")  # "في حين كان المكتب قد تحدث مساء السبت عن 210 قتلى": as "وكان" (rules.earlier_report_at)
WAS_PERSONS = _forms("كنا كانوا كنت")  # "بعد أن كنا قد أعلنا في بياننا السابق عن 101 شهيداً" (blind13 ar 018)
AFTER_THAT = ("ان", "بعدما")  # "بعد أن كانت"
EARLIER_TIME = ("وقت", "سابق")  # "في وقت سابق"
POST_BAR = "|"  # "09:00 | الوزارة: …": the bar after a live post's clock time (rules.opens_on_clock; blind79 ar 006)
WAS_AFTER_WINDOW = 3  # "إلى 154، بعدما كان 149 صباحاً": the count within 3 words after "كان" (rules.count_it_was)
EARLIER_REPORT = _forms("وقت بيان تقرير احصاييه تحديث")  # "في وقت سابق", "في بيان سابق": an earlier report;
# "كان تحديث سابق قد أورد 900 وفاة": an earlier update (blind80 ar 003)
# "وكانت الحصيلة الواردة في التقرير السابق 9,770 قتيلاً": a report named earlier with the masculine adjective
# (the feminine "سابقة" is EARLIER); what follows is the toll of that report (rules.earlier_report_named;
# blind60 ar 003). Reports only: "اليوم السابق" is a date, "النظام السابق" a regime
EARLIER_MASCULINE = _forms("السابق")
EARLIER_REPORTS = _forms("التقرير البيان التحديث الاحصاء تقرير بيان تحديث احصاء")
AFTER_DEATH = ("بعد", "اثر", "عقب")  # "بعد وفاة أحد المصابين"
LOOKING_BACK = ("بعد", "قبل", "منذ", "عقب", "اثر")  # "بعد اعتقاله"
DEATH_NOUN = "وفاه"
FATE_OF_DEATH = "حتف"  # "حتفهم"
EXECUTION = "اعدام"
WITH_FAQAD = ("ب", "مع", "بـ")  # "فقد الاتصال بـ"
CONTACT = "الاتصال"
THAT_IS = "اي"  # "، أي 6 آلاف شخص"
EQUALS = ("يعادل", "يوازي")
WHAT = "ما"
CLAUSE_END = ("", ".", ",", ";", "بينما", "فيما", "وبينما")
SENTENCE_PUNCT = (",", ".", ";")
STOP_PUNCT = (",", ".", ";", ":")
HEAD_END = (":", "::")
DETENTION_PLACE_NOUNS = _forms("مراكز مركز سجون سجن اماكن مكان")  # "في مراكز احتجاز النظام": a place, no arrest (blind81)
HEAD_FIG_REACH = 4  # "كما سجل مقتل 6 أشخاص تحت التعذيب:": the figure before the colon heads the rows (blind81)
QUOTES = ('"', "'")
# a paragraph that goes on with a quoted statement opens with the quote mark (guillemets and curly quotes fold
# to it): '"وكانت التقديرات الأولية قد أشارت إلى مقتل 20 شخصاً' opens with "وكانت" for the earlier-toll rules
# (rules.past_opening_quote; blind61 ar 007)
QUOTE_OPENERS = ('"',)
QUOTED_NAME_MAX = 3  # plain words between a quote mark and the number closing a quoted name ("آر بي جي 7")
GAP_STOPS = (":", "::", ".", "(", ")")
OPEN_PAREN = "("
CLOSE_PAREN = ")"
NUMBER_ITEM_MARKS = ("-", "–", ")", ".")
ITEM_BULLETS = ("-", "–", "•", "*")
RANGE_LINKS = ("و", "الي", "-", "–")
DASHES = ("-", "–")
# "بلغت الحصيلة 104 أشخاص — 52 رجلاً و35 طفلاً و17 امرأة —" (blind73 ar 012): a dash right after a count's noun
# opens its breakdown between dashes, the first part coordinated with the count (rules.breakdown_after_dash)
BREAKDOWN_DASHES = ("—", "–", "-")
ASIDE_GROUP_REACH = 5  # tokens from a counted group to the dash opening its members' aside, and inside it
CLOCK_HOURS = 24  # "10:30": an hour before a colon and two digits (rules.veto_clock_time); "2023:   3,558" is a row
CLOCK_MINUTE_DIGITS = 2
CLOCK_MINUTES = 60  # "الـ 18 :  61": no clock time has 60 minutes or more, a row label and its count (rules.clock_minutes; blind63 ar 001)
TABLE_CELL_END = ("", ".", ",", "…")  # "…" before "منهم:" (blind38 ar 010: "الشهداء …:  ٦٧٬١٣٩  … منهم:")
AFTER_ORDINAL = ("في", "ب", ",", ".", "علي", "جراء", "اثر", "")  # "قتل خامس في …"
AFTER_DUAL_ITEM = (".", ",", "من", "في", "علي")
SUBSET_PRONOUNS = ("بينهم", "منهم", "بينهن", "منهن", "ضمنهم", ":", "هم")
NOT_ADJACENT_WORDS = ("بين", "ال", "الي")  # a dual kind noun after these is no figure of its own
CLITIC_VERB_PREFIXES = "وفل"  # a cue with a clitic is no verb that closes a description
NUMERAL_SLASH = "/"


def _interesting() -> set[str]:
    """Every token the reader acts on (others are skipped at once)."""
    out: set[str] = set()
    out.update(CUES, SINGULAR_PRONOUN_CUES, QUAL_FIRST, WORDS, VAGUE, GROUP_KIND_HEAD, DUALS)
    for key in GROUP_MARKERS:
        out.add(key[0])
    nouns = set(SINGULAR_CAT) | set(KIND_SINGULAR) | set(DUALS) | FAMILY_ONE
    nouns |= {w + ACCUSATIVE for w in SINGULAR_CAT} | {w + DUAL_OBLIQUE for w in SINGULAR_CAT} | {
        ARTICLE + w for w in SINGULAR_CAT} | {w + DUAL_NOMINATIVE for w in SINGULAR_CAT if w + DUAL_NOMINATIVE not in PEOPLE}
    out.update(nouns)
    out.update(AND + w for w in nouns | set(WORDS) | set(DUALS))
    out.update(CONJUNCTIONS[1] + w for w in WORDS)
    out.update((OPEN_PAREN, ",", ";", ":"))
    out.update(FAQAD)
    out.update(ONE_OF_THEM)
    out.update(KIND_DUALS, (AND + w for w in KIND_DUALS))
    out.update(FRACTIONS)
    return out


INTERESTING = _interesting()  # every token the reader acts on; others are skipped at once

DUAL_VOWELS = re.compile(r"(?:\u064e\u0651?|\u0651\u064e)\u064a\u0652?\u0646\u0650?$")  # ـَيْنِ, ـيَّيْن: a dual

# --- added with the blind batches of issue 11 -------------------------------------------------
ORDINALS_DEF = _forms("الحادي الحاديه الثاني الثانيه الثالث الثالثه الرابع الرابعه الخامس الخامسه السادس "
                      "السادسه السابع السابعه الثامن الثامنه التاسع التاسعه")  # "الثامنة عشرة" is no 10
AGE_UNITS = _forms("عام عاما اعوام سنه سنوات سنين")  # "يبلغ من العمر 70 عاماً" inside a description
BODY_PLURALS = _forms("جثث جثامين الجثث الجثامين")  # "جثث طفلين": the dual in construct
POSSESSIVE_ENDINGS = ("هما", "ها", "هم", "ه")  # "أحد جنوده", "أحد عناصرها"
TIME_ASIDE = _forms("مساء صباح فجر ظهر عصر ليل ليله امس اليوم الليله الماضي الماضيه يوم الاحد الاثنين "
                    "الثلاثاء الاربعاء الخميس الجمعه السبت امس الاول")  # ", مساء أمس،" between a verb and its object
SUBJECT_THAT = _forms("ان بان وان فان")  # "أفادت مصادر بأن 4 فلسطينيين … استشهدوا": a reported clause
PLURAL_VERB_ENDING = "وا"  # "قتلوا", "استشهدوا", "لقوا"
FAR_VERB_STOPS = _forms(". ; : حيث فيما بينما عندما بعدما لكن ولكن الذي التي الذين")
CLAUSE_OPENERS = _forms("حيث فيما بينما عندما بعدما لكن ولكن")  # a new clause: coordination stops
# "… حصيلة سابقة …، فيما أصيب 43 آخرون": a current figure again; so after a reporting participle
# opening a new statement ("بعد أن كانت الحصيلة الأولية 14، لافتاً إلى أن أكثر من 450 أصيبوا")
CONTRAST = _forms("فيما بينما حين لافتا مشيرا مضيفا موضحا مؤكدا منوها")
# "…، بعد أن كان المرصد قد وثق في وقت سابق مقتل 27 مدنياً، ومن بين الشهداء 8 أطفال وسيدة": "، ومن بين"
# and a plural kind noun turns from the earlier toll back to the current one (rules.among_kind_turn;
# blind49 ar 001)
AMONG_TURN = ("ومن", "بين")
# "قالت إن القتلى ارتفعوا إلى ستة، بعد أن أعلنت في وقت سابق مقتل ثلاثة، وإن 83 شخصاً أصيبوا": "، وإن" after an
# earlier toll, in a sentence that reported with "إن"/"أن" before it, turns back to the current statement
# (rules.reported_clause_turn; blind52 ar 005)
THAT_CLAUSE = _forms("ان بان")
AND_THAT_CLAUSE = _forms("وان")
WOUND_NOUN_STARTS = tuple(_forms("بجراح بجروح باصابه باصابات"))  # "متأثراً بجراحه": of his wounds
DIED_OF_WOUNDS = _forms("متاثرا متاثره متاثرين متاثرتين متاثرات متاثرون بجروحه بجراحه بجروحها بجراحها")
RAISING_DEATH_KEPT = ("children", "women")  # "بعد وفاة طفل متأثراً بجراحه": an entry of its own (blind10 ar 019)
DIED_OF_WOUNDS_GAP = 3  # words from a death to "متأثراً" (rules.death_raising_the_toll; blind75 ar 013)
ANOTHER = _forms("واخر واخري")  # "قتل شخص في A، وآخر في B"
ANOTHER_TWO = _forms("واخران")  # "قتل جندي في A وآخران في B": two more (rules.another_coordinated)
IN_ADDITION = _forms("اضافه بالاضافه علاوه")  # "إضافة لمدني"
PREP_L = "ل"
INTERESTING.update(ANOTHER)
INTERESTING.update(ANOTHER_TWO)
INTERESTING.update(AND + w for w in FAMILY_PLURAL)  # "وأطفالهما الثلاثة"
INTERESTING.update(PREP_L + w for w in SINGULAR_CAT)
INTERESTING.update(FATE)
INTERESTING.update(FAQAD_WE)  # "فقدنا 40 من أبنائنا" (arabic._on_faqad, blind81)
INTERESTING.update(POSSESSED_HEADS)  # "والد أحد الضحايا ووالدته" (rules.kin_of_one_listed)
# "حصيلة عمليات القتل … إلى 1124 شخصاً": the act's noun after a toll of acts is a cue (rules.toll_of_acts_cue)
TOLL_ACT_NOUNS = _forms("القتل الاعتقال الاختطاف الخطف الاغتيال")
INTERESTING.update(TOLL_ACT_NOUNS)
UNCOUNTED_HEAD = _forms("عدد")  # "مقتل عدد من الأطفال ومعلمين اثنين" (rules.uncounted_after_cue)
OF_PEOPLE = ("من",)
UNCOUNTED_REACH = 5  # words from the cue to the coordinated noun and "اثنين"
WHEREABOUTS = _forms("ومكان ومكان وجود واماكن وماكن احتجاز احتجازهم وجودهم")  # "مصير ومكان وجود 19 منهم"
# "40 منهم على الأقل مخفيون قسراً": a part in a state of enforced disappearance, missing (rules.kind_part_disappeared)
DISAPPEARED_STATE = _forms("مخفيون مخفيين مخفيا مخفيات مختفون مختفين مختفيات مفقودون مفقودين مجهولو")
KILLED_STATE = _forms("مقتولا مقتوله مقتولين مقتولتين مقتولات مقتولون مذبوحا مذبوحه مشنوقا مشنوقه")  # "عثر على رجل مقتولاً"
# "عُثر على 9 أشخاص جثثاً هامدة بعد أيام من اختطافهم": found as lifeless bodies, killed (blind78 ar 001)
KILLED_STATE.update(_forms("جثثا جثتين جثه"))
NOMINATIVE_PLURAL = "ون"  # "مسلحون"
ACTOR_HEADS = _forms("قوات القوات الاحتلال النظام الامن الشرطه الجيش مجهولين مسلحين عناصر الميليشيا الميليشيات")
AFFECTED = _forms("طالت طال طالت شملت شمل")  # "17 عملية اعتقال …، طالت 22 شخصاً": the people the cue's events struck
# the taken one killed; also after a glued conjunction ("اختطف مسلحون والي الولاية من مقر إقامته وقتلوه",
# blind22 ar 010)
KILLED_AFTER_TAKEN = set(_with_clitics(_forms("قتلوه قتلوها قتلوهما قتلوهم اعدموه اعدموها اعدموهما صفوه صفوها "
                                              "تصفيته تصفيتها جثته جثتها جثتيهما جثثهم جثمانه جثمانها مقتله "
                                              "مقتلها مقتولا مقتوله")))
# "اختطفت ثلاثة من شباب القرية …، قبل أن يعثر الأهالي على جثامينهم": the taken, counted, then found dead
# in the same sentence (rules.abducted_then_killed)
KILLED_AFTER_TAKEN_MANY = set(_with_clitics(_forms("قتلوهم اعدموهم اعدمتهم قتلتهم صفوهم تصفيتهم جثثهم جثامينهم "
                                                   "مقتلهم اعدامهم")))
# "اقتادوا والده وعمّيه من المنزل …، وعُثر على رفاتهم العام الماضي": their remains found (blind31 ar 019)
KILLED_AFTER_TAKEN_MANY |= set(_with_clitics(_forms("رفاتهم رفاتهما رفاتهن")))
# "اختطفت الميليشيا ثلاثة من المتطوعين، عُثر عليهم لاحقاً مقتولين": found killed (blind54 ar 014)
KILLED_AFTER_TAKEN_MANY |= _forms("مقتولين مقتولون مقتولات مقتولتين مقتولان")
# "أن زوجها وشقيقيه اقتيدوا عند مخرج المدينة ولا تعرف عنهم شيئاً": people taken away and not heard of
# since are missing (rules.taken_not_heard_of; blind31 ar 013): a negation, a "know" verb, "عنهم", "شيئاً"
NOT_WORDS = _forms("لا ولا لم ولم")
# "وإن أسراً بأكملها لم يبق منها أحد", "لم يُصب أحد": "أحد" a few words after a negation is no one, no count
# (rules.veto_no_one; blind63 ar 002)
NOT_ONE_REACH = 3
# "لم يبقَ فيها بيت إلا وفقد واحداً من أبنائه" (blind72 ar 012): one counted after "إلا" (at most EVERY_ONE_REACH
# words before it) that follows a negation (at most NOT_BEFORE_EXCEPT_REACH words before "إلا") is one in every
# house or family, no count (rules.veto_one_in_every)
EXCEPT_AFTER_NOT = "الا"
EVERY_ONE_REACH = 4
NOT_BEFORE_EXCEPT_REACH = 5
KNOW_VERBS = _forms("تعرف يعرف نعرف اعرف يعرفون تعلم يعلم نعلم اعلم يعلمون")
ABOUT_THEM = _forms("عنهم عنهما عنهن عنه عنها")
ANYTHING = _forms("شيئاً شيئا شيء")
GROUP_TOLL_GAP = 7  # "وتضمنت حصيلة المدنيين من أبناء المحافظة 27 سيدة": words from the toll noun to the count
TOLL_INCLUDES = _forms("شملت وشملت تضمنت وتضمنت ضمت وضمت تضم وتضم تشمل وتشمل")  # "وشملت الحصيلة 31 امرأة"
INTERESTING.update(TOLL_INCLUDES)  # "وضمت الحصيلة طفلين اثنين وسيدة" (rules.toll_includes_head)
# "وتشمل قائمة القتلى ممرضاً أصيب بشظية" (blind84 ar 004): "the list of the dead" after TOLL_INCLUDES names a
# person inside the death toll, as "وضمت الحصيلة" does (rules.toll_includes_head): the list noun, then the dead
LIST_OF_DEAD = (_forms("قائمة لائحة"), _forms("القتلى الشهداء الضحايا الموتى"))
INTERESTING.update(DASHES)  # "… جاء كالآتي - 63 في إنتازاين": a dash after "as follows" (rules.dash_distribution_head)
INCLUDED_HEADING_MAX = 3  # tokens of a heading "وتضمنت الحصيلة:" (the colon counts; rules.included_heading, blind60 ar 001)
# "وبلغت حصيلة الشهر كاملاً 1748 شخصاً", "بلغت الحصيلة الإجمالية منذ انطلاقة الثورة قرابة 594 ألف شخص": a toll
# noun with no kind, a count of people after it: the kind of the toll read before (rules.kind_kindless_toll)
KINDLESS_TOLL = _forms("حصيله الحصيله")
KINDLESS_TOLL_GAP = 8  # words from the toll noun to the count
# what may follow the kindless toll noun: its scope ("حصيلة الشهر", "الحصيلة الإجمالية منذ …"), not a thing
# ("حصيلة المساعدات")
KINDLESS_TOLL_SCOPE = _forms("الاجماليه الكليه الشهر الشهريه اليوم اليوميه الاسبوع الاسبوعيه العام السنويه النهائيه "
                             "التراكميه منذ")
TOLL_ADJECTIVE_END = "يه"  # "وتضم الحصيلة المدنية 26 طفلاً": a nisba adjective after the toll noun (blind14 ar 001)
BREAKDOWN_OPENERS = ("(", ";")  # "22 قتيلاً (12 امرأة …)", "إلى أربعة؛ مدني وثلاثة …"
AGE_INTRO = _forms("يبلغ البالغ البالغه تبلغ بعمر عمره عمرها (")  # before an age: "يبلغ من العمر 7 سنوات"
# "نحو 2000 نازح كانوا يحتمون في المدرسة": people a place held when it was struck (veto_were_sheltering)
WERE = _forms("كانوا كان كانت كن")
# "قتل 5 مدنيين في رأس العين و3 في تل أبيض واثنان في القامشلي": a spelled number glued to "و" with no noun, a
# place after it, is a coordinated part with the verb left out (rules.read_links; blind27 ar 002)
GAPPED_PLACE_PREPS = _forms("في الى ب")
# "إن 43 سورياً على الأقل كانوا بين الضحايا", "إن 21 من أفراد طاقمها كانوا من بين المصابين": "were (of) among
# the KIND" after a reported count's noun phrase (rules.follow_were_among_kind; blind25 ar 006, blind26 ar 006,
# blind27 ar 005)
WERE_AMONG = _forms("كانوا كانا كانتا كن كانت")
WERE_AMONG_REACH = 10  # words from the counted noun phrase to "كانوا" ("على الأقل", "العاملين ضمن قوة الأمم المتحدة …")
SHELTERING = _forms("يحتمون يحتمي تحتمي يلجاون يلجوون يلوذون يقيمون يمكثون")
BEFORE_EVENT = _forms("قبل")  # "يؤوي قبل الهجوم": a population before the event
POPULATION_NOUNS = _forms("سكان السكان")  # "عدد سكان رفح كان يقدر بنحو 1.4 مليون": a population (ar317)
POPULATION_COUNT_WINDOW = 8  # words from "عدد سكان" to the count
# "نحو 1.7 مليون من سكانه البالغ عددهم 2.3 مليون نزحوا": the size of a population named right before
# (rules.veto_population_numbering; blind17 ar 006)
POPULATION_OF = _forms("سكان السكان سكانه سكانها سكانهم سكانهما")
NUMBERING = _forms("البالغ البالغه البالغين يبلغ تبلغ")
THEIR_NUMBER = _forms("عددهم عددها عدده عددهن")
THEIR_NUMBER_CUE_GAP = 3  # "أما الجرحى فقد بلغ عددهم 500": words from the kind noun to "عددهم" (rules.kind_noun_their_number)
NUMBERING_GAP = 3  # words from "عددهم" to the count ("البالغ عددهم نحو 2.3 مليون")
POPULATION_OF_WINDOW = 3  # words from the population noun to "البالغ" ("سكان الإقليم البالغ")
HOSTS = _forms("يؤوي تؤوي يقطنه يقطنها يستضيف تستضيف يحتضن تحتضن يعيش تعيش يقطن")  # "المخيم يؤوي 120 ألف نازح": a population
CHARGES = _forms("بتهمه بتهم تهمه تهم متهم متهمين متهمون المتهم المتهمين اتهام باتهام لاتهامه بجريمه جريمه "
                 "بالمسووليه المسووليه")  # "بتهمة قتل 5 مدنيين": an accusation, no new toll
PRISONERS = _forms("سجين سجينا سجناء السجناء معتقل معتقلا معتقلين اسير اسري محتجزين")  # "فر 3 سجناء": an escape
PRISONS = _forms("سجن السجن سجون السجون المعتقل معتقل")  # "20 فروا من سجن الشدادي": an escape
IDENTIFIED = _forms("التعرف تعرف هويات هويه")  # "التعرف على هويات 35 منهم": identified among the dead
SEVERITY = _forms("خطيره خطره حرجه بليغه بالغه طفيفه متوسطه")  # "بينها 30 إصابة خطيرة": a condition
# "وصفت حالة 7 منهم بالخطيرة", "أن حالة 18 منهم لا تزال حرجة", "حالة 2 من المصابين بالحرجة": words from the
# count after "حالة" to its severity, which may carry the article or "بال" (rules.severity_after; blind26 ar 015,
# 018, blind27 ar 017)
SEVERITY_REACH = 5
MONTH_PARTS = _forms("الاول الثاني")  # "كانون الأول 2023", "تشرين الثاني"
IMPERFECT = ("ي", "ون")  # "بينهم 6 يعملون في مكتب …": a verb describing the counted people
# "، ويعاني نحو 1.8 مليون طفل من سوء التغذية" (blind65 ar 013): "و" + "ي" + a stem of at least two letters is a
# verb in the present opening its own clause (rules.opens_with_present_verb)
PRESENT_VERB_MIN = 4
SEPARATE = _forms("منفصلين منفصله منفصلتين متفرقه متفرقين مختلفه مختلفين عده")  # "في هجومين منفصلين": not one event
NAME_HEADS = _forms("مخيم مخيمات المخيم المخيمات لمخيم لمخيمات بمخيم معسكر معسكرات المعسكر لمعسكرات بمعسكر "
                    "منسقيه المنسقيه لمنسقيه رابطه لرابطه جمعيه مفوضيه")  # "معسكر كلمة للنازحين": a name, no cue
ACCOUNT_HEADS = _forms("شهادات شهاده اقوال روايات روايه افادات افاده وشهادات واقوال وروايات وافادات")  # "وشهادات المصابين": the victims as witnesses, no cue (kind_noun_of_account)
TIP_NOUNS = _forms("بلاغ بلاغات اتصال اتصالات اخباريه معلومات شكوي شكاوي افاده افادات")  # "بعد بلاغ من أحد المواطنين": the source of a tip (veto_informant)
FROM_SOURCE = _forms("من عن")
# "ونقل نشطاء المرصد عن أحد المسعفين قوله: …": the person quoted after "عن" is the account's source, no
# victim (veto_informant; blind37 ar 001)
QUOTED_FROM = _forms("عن")
QUOTING_NOUNS = _forms("قوله قولها قولهم قولهما قولهن")
QUOTED_WINDOW = 3  # "عن أحد المسعفين قوله", "عن 3 شهود عيان قولهم"
# "استند إلى مقابلات مع 157 ضحية وشاهداً": the people interviewed are the account's source (veto_informant;
# blind21 ar 026)
INTERVIEW_NOUNS = _forms("مقابلات المقابلات مقابله المقابله لقاءات اللقاءات")
INTERVIEWED_WITH = _forms("مع")
NAME_GAP_MAX = 2  # "مخيم أبو شوك للنازحين": name words between the head and "لل" + the kind noun
OF_IT = _forms("منها")  # "تضررت 16 مدرسة، أغلقت 9 منها": a part of the count before, maybe of things
# "قُتلوا أثناء تشغيلهم واحداً من آخر المراكز الصحية العاملة": a count "من" a plural of things with the article,
# maybe through a superlative ("آخر", "أكبر"), is one of those things (rules.veto_one_of_things; blind63 ar 005)
SUPERLATIVES_OF = _forms("اخر اول اكبر ابرز اهم اكثر")
RETURNED = set(_with_clitics(_forms("عاد عادت عادوا عوده يعود يعودون يعودوا العائدين")))  # "عاد نحو 4 آلاف نازح": returnees
NOT_ANY_MORE = (_forms("لم ولم"), "يعد")  # "ولم يعد منهم … سوى 15 ألفاً": only N returned
RETURN_WINDOW = 6  # words between the return verb and the count it governs
# "بحسب تعريف الشبكة للمجزرة الذي يعتمد على مقتل 5 أشخاص": a definition's threshold, no toll
# (rules.veto_definition; blind19 ar 005); the definition noun at most this many words before the count
DEFINITIONS = _forms("تعريف بتعريف وتعريف لتعريف تعريفها تعريفه التعريف")
DEFINITION_WINDOW = 9
# a definition's threshold linked by a preposition or "بأنها" ("واعتمد في تعريف المجزرة على مقتل 5
# أشخاص", "وتعرف الشبكة المجزرة بأنها مقتل 5 أشخاص": rules.veto_definition_threshold)
DEFINITION_LINKS = _forms("علي بانها بانه بكونها هي هو")
DEFINE_VERBS = _forms("تعرف يعرف وتعرف ويعرف عرفت وعرفت عرف وعرف تعتمد يعتمد وتعتمد ويعتمد")
# "كانت تتكون من 32 عنصراً، بينهم ثلاثة جزائريين": the size of a group, the head of the subset after
# it (rules.subset_of_group_size; blind19 ar 025); at most CONSISTS_GAP words ("من") between
CONSISTS_OF = _forms("تتكون يتكون تكونت تكون تتالف يتالف تالفت مكونه مكونا مكون مولفه مولفا مولف")
CONSISTS_GAP = 2
GROUP_NOUN_REACH = 4  # "إعدام عائلة مؤلفة من 5 أشخاص": a cue this near before it makes the group the toll
# "أصدرت مذكرات توقيف بحق 6 من قادة الميليشيا": warrants are no arrests (rules.veto_warrant; blind19
# ar 019); the warrant noun at most this many words before the count
WARRANTS = _forms("مذكره مذكرات مذكرتي مذكرتا مذكرتين اوامر")  # not "أمر بتوقيف": an order to hold them
WARRANT_WINDOW = 4
# "وأكثر من 885 ألف نازح داخلي عادوا إلى قراهم": displaced people who returned, the verb after the
# noun and at most this many words (an adjective) between (rules.veto_displaced_who_returned)
RETURN_AFTER_NOUN_GAP = 2
HOMEWARD = _forms("ديارهم منازلهم بيوتهم ذويهم عائلاتهم اهاليهم بلادهم")  # "نقلت 1056 محتجزاً إلى ديارهم": set free
# "وكان الرئيس … قد أعلن يوم الأحد مقتل 100 شخص": after a toll revised upwards, a report on a named
# earlier weekday is the earlier toll (rules.earlier_day_after; blind17 ar 012)
DAY_WORD = _forms("يوم")
WEEKDAYS = _forms("الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت")
# "وكانت القيادة العامة … قد أعلنت في بيان صباح الثلاثاء استشهاد 6 … وإصابة 14 آخرين" after "ارتفع عدد
# شهداء الهجوم … إلى سبعة": a statement on a named day, after a toll revised upwards, gave the earlier
# toll of the revised kinds only (rules.earlier_statement_on_day; blind18 ar 014)
STATEMENT_NOUNS = _forms("بيان تقرير تصريح تصريحات مؤتمر")
# "وكان الرئيس … قد قال للصحفيين يوم الأحد إن 100 شخص على الأقل قُتلوا" (blind68 ar 005): whom the statement
# was made to, one word between the report verb and its day (rules.reported_on_day)
ADDRESSEES = _forms("للصحفيين للصحافيين لرويترز للاعلاميين لوسائل لوكاله للوكاله للتلفزيون لقناه للقناه للاذاعه "
                    "لاذاعه لصحيفه للصحيفه لموقع")
# "قال في بيانه الأول إنه أوقف 9 …، ثم عاد ليعلن توقيف 19": a first statement, then a later one
# that replaces it (rules.in_first_statement, rules.then_came_back_to in corrected_later_in_sentence)
# "في بلاغها الأول" (a communiqué, the Maghreb's word for a statement: "وكانت الوزارة قد أعلنت في بلاغها الأول
# ليلة أمس مقتل أربعة أشخاص" after a raised toll; blind59 ar 012)
STATEMENT_OWN = _forms("بيانه بيانها البيان تصريحه تصريحها التصريح تقريره تقريرها التقرير حصيلته حصيلتها "
                       "بلاغه بلاغها البلاغ")
FIRST_ORDINAL = _forms("الأول الأولى")
# "في ساعات الليل الأولى", "في الساعات الأولى", "في اليوم الأول": the first hours or day, when a first toll was
# given (rules.first_period_at; blind43 ar 010, 011); words from the period noun to its ordinal
FIRST_PERIODS = _forms("ساعات الساعات اليوم يوم اللحظات لحظات")
FIRST_PERIOD_REACH = 2
CAME_BACK = _forms("عاد عادت عادوا")
# "حصيلة أولى من تسعة قتلى، قبل أن يعود صباح اليوم التالي ليثبّتها عند 12 قتيلاً": the source came back
# to fix the first toll (rules.corrected_later_in_sentence; blind53 ar 002)
CAME_BACK_LATER = _forms("يعود تعود يعودوا يعودون")
DAY_PARTS = _forms("صباح مساء ظهر فجر ليل")
COMPARED = _forms("مقابل")  # "مقتل 623 شخصاً …، مقابل 547 في كانون الثاني": another period's toll (rules.kind_compared_period)
EARLIER_SPANS = _forms("الاسبوع الشهر")  # "وكانت الوزارة قد أعلنت الأسبوع الماضي عن 154 قتيلاً": an earlier report
RECEIVING = _forms("يتلقون يتلقي تتلقي يتلقين يخضعون")  # "لا يزال 50 شخصاً يتلقون العلاج": injured
# "إنقاذ 104 أشخاص …، وتلقى 4 منهم العلاج في المستشفى": people treated are wounded (rules.treated_of_people)
TREATED = _forms("تلقى وتلقى تلقت وتلقت تلقوا وتلقوا")
TREATMENT = _forms("العلاج للعلاج")  # "يتلقون العلاج", "قيد العلاج": the wounded under treatment
MISTAKEN = _forms("بالخطأ خطأ سهوا")  # "4 من الجرحى سجلوا بالخطأ في عداد القتلى": a counting error
COUNTED = _forms("أحصيت أحصي أحصوا إحصاؤهم إحصاءهم سجلوا سجلت سجل احتسبوا احتسبت احتسب عدوا أدرجوا أدرجت "
                 "أضيفوا أضيفت")  # the counting verb before "بالخطأ" ("2 بالخطأ" alone: killed by mistake)
MISTAKE_WINDOW = 6  # words after the count
AFFILIATION_MAX = 5  # "قيادي في "هيئة تحرير الشام" ومرافقه": words of the affiliation before the kin (quotes count)
# "مقيمَين اثنين من الجنسية الهندية ومقيم من الجنسية الباكستانية": the same noun again after a figure's
# "من" phrase of at most this many words is a parallel part (rules.same_noun_after_of; blind14 ar 018)
OF_PHRASE_MAX = 4
PLURAL_ENDINGS = ("ين", "ون", "ان")
# "إمام المسجد وسبعة من أفراد أسرته": a count of a person's kin after them (rules.kin_count_after;
# blind14 ar 021), named like "وأطفالهما الثلاثة"
KIN_OF = FAMILY_PLURAL | _forms("اسرته اسرتها اسرتهم عائلته عائلتها عائلتهم اقاربه اقاربها اقاربهم ذويه ذويها ذويهم")
KIN_MEMBERS = _forms("افراد")
# a heading that names death but no cue ("ونشرت غرفة الطوارئ حصراً أولياً بأسباب الوفاة:"): the
# verbless rows under it count the dead (arabic._heading; blind14 ar 026)
DEATH_HEAD_WORDS = _forms("الوفاه الوفاة")
# "ويجدد المرصد مطالبته بفتح تحقيق في مقتل الـ745 مدنياً": a count with the article on its digits names a
# figure told before (rules.definite_count_told_again; blind15 ar 001)
DEFINITE_COUNT = re.compile(r"(?<![^\W\d_])الـ*[0-9٠-٩]")
# a heading that names those fleeing but no cue ("ووزعت المصفوفة وجهات الفارين على النحو التالي:"): the
# verbless rows under it count the displaced (arabic._heading; blind50 ar 013)
FLIGHT_HEAD_WORDS = _forms("الفارين الفارون للفارين")
BRACKET_LABEL_MAX = 4  # "وابن النفيس (9)": words of a bracket row's label (rules.bracket_row; blind14 ar 020)
# "… 1246 حادثة اعتداء، بينها 224 على منشآت طبية": subset markers for things (rules.veto_part_of_counted_things)
THINGS_MARKERS = _forms("بينها وبينها منها ومنها")
# "وأن المستشفيات التي تضررت ثلاثة منها بشدة": "التي" after a plural of things, then "N منها" a few
# words on: a part of those things (rules.veto_part_of_things_named)
WHICH_OF_THINGS = _forms("التي")
THINGS_RELATIVE_REACH = 4  # words from "التي" to the count
# "في مقابر جماعية كُشف حتى الآن عن 93 منها": words from a plural of things back from "N منها"
# (rules.veto_part_of_things_before; blind46 ar 014)
THINGS_NOUN_REACH = 7
# "19 من مصابي طنطا": a kind noun in construct after "N من" (rules.noun_partitive_kind; blind14 ar 016)
KIND_CONSTRUCTS = {fold(w): INJURED for w in ("مصابي", "جرحى")} | {fold(w): KILLED for w in ("قتلى", "شهداء")}
OPENING_PHRASE_MAX = 4  # "وفي التفاصيل، 4 مدنيين …": tokens of an opening phrase and its comma (rules.opens_sentence)


# the words that make a detention an abduction (kidnapping, hostages), and those that make it an arrest
# (``common.mark_abductions``)
TAKEN_BY_FORCE = re.compile("|".join(("اختطا?ف", "خطف", "مختطف", "رهين", "رهائن")))
ARRESTED = re.compile("|".join(("اعتقا?ل", "معتقل", "توقيف", "أوقف", "موقوف", "سجن", "حبس", "احتجاز(?! رهائن)")))
# "284 ضحية في صفوف المدنيين (100 قتيل و184 جريحا)": a victims noun whose count is the sum of the
# killed and the wounded listed right after it is a combined total, not a death toll
# (rules.combined_victims_total; blind26 ar 013)
VICTIM_NOUNS = _forms("ضحيه ضحايا")
# "وكان بين هذه الضحايا 700 طفل" after such a combined total: the victims named to open the subset
# (rules.veto_among_combined_victims; blind76 ar 011)
THE_VICTIMS = _forms("الضحايا هذه هولاء")
COMBINED_BREAKDOWN_WINDOW = 9  # words after the victims noun in which its killed and wounded parts are sought
DASH_ASIDE_REACH = 16  # words from the victims noun to a dash aside that holds those parts (blind60 ar 009)
FULL_STOPS = (".", ";")  # where the search for those parts stops (a comma may open "، بينهم …")
SPLIT_BRACKET_REACH = 12  # words from a count to the bracket that splits it into killed and wounded ("1783 ضحية مدنية خلال الربع الأول من العام (573 قتيلاً و1210 جرحى)", blind72 ar 007)
# "وأن عنبرا كان يضم قرابة 120 شخصا أصيب إصابة مباشرة": what a place held ("كان يضم"), a population, as
# with ``HOSTS`` in the past; not after a toll noun ("كانت الحصيلة تضم 26 طفلاً") (rules.veto_population;
# blind26 ar 013)
HELD = _forms("يضم تضم")
# "ومن بين المعتقلين الشاب (م.ع)، وهو مدرس من بلدة ذيبان اقتيد من منزله": a noun right after "he/she
# is" describes someone already named, no new victim (rules.noun_before_verb; blind26 ar 003)
DESCRIBING_PRONOUNS = _forms("وهو وهي هو هي")

# "رجل وزوجته وابنتاه احتُجزوا داخل شقتهم … قبل أن يتمكن الهلال الأحمر من إخراجهم سالمين": held
# inside a building or under rubble and brought out alive is TRAPPED, no detention
# (rules.trapped_then_rescued; issue 11, blind41 ar 008)
TRAPPED_VERBS = set(_with_clitics(_forms("احتجز احتجزت احتجزوا احتجزن احتجزا احتجزتا علق علقت علقوا "
                                         "عالق عالقه عالقين عالقون محاصرين محاصرون")))
TRAPPED_INSIDE = set(_with_clitics(_forms("داخل تحت")))
TRAPPED_WINDOW = 2  # words from the verb to "داخل"/"تحت"
TRAPPED_OUT_STEMS = ("اخراج", "انقاذ", "انتشال", "اخرج", "انقذ", "انتشل", "اجلاء", "اجلي")  # + a pronoun
TRAPPED_OUT_PREFIXES = ("", "و", "من", "ل", "ب")
TRAPPED_ALIVE = _forms("سالمين سالما سالمه احياء حيا احياءً")

# "… إلى أكثر من 100 شهيد، بعد أن أعلنت في وقت سابق عن 50": words from "بعد" to "سابق"
# (rules.earlier_count_named_in_rise; issue 11, blind41 ar 014)
EARLIER_COUNT_WINDOW = 6
ROW_LINE_GAP = 3  # characters between two adjacent lines' sentences (rules.equal_rows_of_labelled_list)
SUMMARY_COLONS = (":", "::", "-", "–")  # "الشهداء: 274 (…)", "المصابون – 698" (rules.summary_row_parts)
MIGRANT_NOUNS = _forms("مهاجر مهاجرا مهاجرين مهاجرون المهاجرين المهاجرون")  # rules.migrants_crossing
DEATH_CAUSE_LABELS = _forms("تعذيب التعذيب تصفيه التصفيه اعدام الاعدام")  # "-- تعذيب :: 2" (rules.cause_row_restating_deaths)
DAYS_AGO = _forms("يومين يومان ايام ساعات ساعتين اسبوع اسبوعين")  # "قد أعلنت قبل يومين" (rules.days_ago_after)
THAT_IS_ASIDE_MAX = 8  # words in that aside
# "قال الجيش إن عدد القتلى أقل من مئة": an upper bound as the predicate of a toll ("عدد" + a kind
# noun), a disputed ceiling and no count (rules.veto_toll_ceiling; blind44 ar 009)
# Also with "ب"/"بما"/"ما" and quote marks between: 'قدر الجيش عدد القتلى "بأقل من مئة"' (issue 11, blind56 ar 013)
TOLL_CEILINGS = [tuple(fold(w) for w in s.split()) for s in (
    "أقل من", "لا يتجاوز", "لم يتجاوز", "دون", "بأقل من", "بما دون", "ما دون", "بما لا يتجاوز", "ما لا يتجاوز",
    "ولا يتجاوز", "بما يقل عن", "ما يقل عن")]
TOLL_CEILING_ADJ = 1  # words after the kind noun before the ceiling ("عدد القتلى الفلسطينيين بأقل من مئة")
# "وهذه أول مرة يتجاوز فيها عدد القتلى المبلَّغ عنه في غزة عشرة آلاف شخص": a threshold a toll passes "for the
# first time" restates in round words a toll the text gave, no new figure (rules.veto_threshold_passed;
# blind60 ar 003): the two-word phrases of "the first time", and words from the verb "تجاوز" to the count
FIRST_TIME = [tuple(fold(w) for w in s.split()) for s in ("أول مرة", "لأول مرة", "للمرة الأولى", "المرة الأولى")]
THRESHOLD_REACH = 10
# "نزوح أكثر من ثلاثة أرباع سكانها": a fraction of a population, no count (rules.veto_fraction_of_population)
FRACTION_PARTS = _forms("ارباع اخماس اثلاث اعشار اسداس اثمان")
POPULATION_WHOLE = _forms("سكان السكان سكانه سكانها سكانهم سكانهما اهالي الاهالي اهاليه اهاليها اهاليهم "
                          "المدينه البلده القريه المخيم")
TOLL_COUNT_HEADS = _forms("عدد العدد")
# "لم يبق منها سوى 4 جرافات من أصل 40": the total of the things counted just before (rules.veto_out_of_things_total)
OUT_OF_TOTAL = tuple(fold(w) for w in ("من", "أصل"))
OUT_OF_REACH = 4  # words from the things' number to "من أصل"
ROW_DASHES = ("-", "–", "—")  # "الإصابات — ٣٢٢": a dash for the colon of a row (rules.dash_row)
# "إضافة إلى شاب في العشرين": an age after "في", not a place (rules.singular_beside_in_place)
AGE_DECADES = _forms("العشرين الثلاثين الاربعين الخمسين الستين السبعين الثمانين التسعين العشرينات الثلاثينات "
                     "الاربعينات الخمسينات الستينات السبعينات الثمانينات التسعينات عمره عمرها")
# "33 صحفياً وصحفية استشهدوا" (blind69 ar 004): at most this many letters (the accusative "ا") after the stem of the
# counted noun that the feminine singular after "و" repeats: the count's men and women, no one of its own
# (rules.gender_pair_of_count)
GENDER_PAIR_TAIL = 1
# "مصدر في الوزارة: 22 قتيلاً حتى اللحظة، والحصيلة مرشحة للارتفاع": a count so far, provisional; smaller than a
# toll of its kind the text gives as raised, it is an earlier count (rules.count_so_far_below_raised; blind77 ar 014)
SO_FAR = (("حتي", "اللحظه"), ("حتي", "الان"), ("حتي", "الساعه"))
SO_FAR_REACH = 4  # words from the count to "حتى اللحظة"

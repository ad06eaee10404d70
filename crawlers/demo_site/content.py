"""The bulletins of the demo site, written for tollwatch in the style of the real ones.

Some follow events and headline figures published at the time (Khan Shaykhun,
April 2017; Douma, April 2018; SOHR's February 2015 toll; the coastal killings of
March 2025; SNHR's cumulative civilian toll); the daily items are typical of the
genre, not records of real incidents. Every sentence is tollwatch's own. These are
demo pages, not a source of record: cite the monitoring groups, never these pages.

A body is a list of blocks: a string is a paragraph, ``("ul", [...])`` a bullet list.
"""

from __future__ import annotations

# -- SOHR, English tree (/sohr/en/<id>/) ------------------------------------------------
SOHR_EN = [
    {
        "id": 81004,
        "title": "Old ordnance | Five children killed in landmine explosion in Daraa countryside",
        "published": "2024-11-18T09:40:00+00:00",
        "body": [
            "Daraa province: SOHR activists have reported that five children were killed this morning when a "
            "landmine left over from the war went off near farmland east of the town of Al-Sanamayn.",
            "The children, all from one extended family, had been collecting firewood when the device exploded. "
            "Two other children were injured and were taken to a hospital in Daraa city, where one of them is in "
            "a critical condition.",
            "According to SOHR statistics, 112 people have been killed by landmines and war remnants across "
            "Syria since the beginning of 2024, among them 47 children.",
        ],
        "revised": {
            "title": "Death toll update | Seven children killed in landmine explosion in Daraa countryside",
            "body": [
                "Daraa province: The death toll of yesterday's landmine explosion east of Al-Sanamayn has risen to "
                "seven children, after two of the injured boys died of their wounds in hospital overnight.",
                "The children, all from one extended family, had been collecting firewood when the device exploded "
                "near farmland. A girl who survived remains in intensive care.",
                "According to SOHR statistics, 114 people have been killed by landmines and war remnants across "
                "Syria since the beginning of 2024, among them 49 children.",
            ],
        },
    },
    {
        "id": 81005,
        "title": "Coastal violence | Death toll rises to 1,383 civilians since March 6",
        "published": "2025-03-12T18:05:00+00:00",
        "body": [
            "SOHR has documented the deaths of 1,383 civilians in the coastal region and the Hama countryside "
            "since the violence broke out on March 6, most of them killed in field executions carried out by "
            "security personnel and allied gunmen.",
            "SOHR activists recorded three new mass killings today in which 158 civilians lost their lives. "
            "Dozens of families are still searching for relatives who disappeared during the raids on villages "
            "in the countryside of Latakia and Tartous.",
            "SOHR renews its call on the transitional authorities to open an independent investigation and to "
            "hold the perpetrators to account.",
        ],
    },
    {
        "id": 81001,
        "title": "Chemical attack | At least 86 people dead in Khan Shaykhun, 30 of them children",
        "published": "2017-04-04T21:30:00+00:00",
        "body": [
            "Idlib province: The number of people who died after warplanes dropped munitions carrying a toxic "
            "substance on the town of Khan Shaykhun this morning has risen to at least 86, including 30 children "
            "and 20 women.",
            "Medical sources told SOHR that more than 160 people were treated for suffocation, fainting and "
            "foam at the mouth, and that some of the wounded were moved to hospitals across the Turkish border.",
            "The death toll is expected to rise further because several of the injured are in a serious condition.",
        ],
    },
    {
        "id": 81003,
        "title": "Douma | At least 43 people suffocated after warplanes struck the city",
        "published": "2018-04-08T10:20:00+00:00",
        "body": [
            "Rif Dimashq province: Rescue workers in Douma have recovered the bodies of at least 43 people who "
            "suffocated in basements after an attack on the city on Saturday evening.",
            "Around 500 people, most of them women and children, arrived at medical points with breathing "
            "difficulties, according to medical staff who spoke to SOHR.",
            "The city has been under heavy bombardment for weeks; SOHR documented the deaths of more than 1,600 "
            "civilians in Eastern Ghouta since February 18.",
        ],
    },
    {
        "id": 81002,
        "title": "Monthly toll | 832 civilians among 4,075 people killed in February 2015",
        "published": "2015-03-01T12:00:00+00:00",
        "body": [
            "SOHR documented the deaths of 4,075 people across Syria during February 2015. The dead are broken "
            "down as follows:",
            ("ul", [
                "Civilians: 832",
                "Regime soldiers and officers: 568",
                "Members of the NDF and pro-regime militiamen: 555",
                "Fighters of rebel and Islamist factions and the YPG: 594",
                "Non-Syrian fighters of IS, Jabhat al-Nusra and other jihadi groups: 1,265",
            ]),
            "SOHR believes the real number is higher, because all sides conceal their losses and many areas "
            "remain out of reach.",
        ],
    },
    {
        "id": 81006,
        "title": "Drone strike | Three members of one family killed near Al-Bab",
        "published": "2024-10-02T15:45:00+00:00",
        "body": [
            "Aleppo province: A man, his wife and their young son were killed when a drone struck their car on "
            "the road between Al-Bab and Tadef this afternoon.",
            "SOHR activists said two passers-by were also wounded. Since early 2024, SOHR has documented 61 "
            "drone attacks in the area.",
        ],
    },
]

# Pages of the English tree that are the bad cases (see server.py).
SOHR_EN_NOT_FOUND = 81404  # 404
SOHR_EN_SERVER_ERROR = 81500  # 500 every time
SOHR_EN_OFFSITE_REDIRECT = 81302  # 302 to another host
SOHR_EN_DISALLOWED = 81900  # under /sohr/en/private/, disallowed by robots.txt

# -- SOHR, Arabic tree (/sohr/<slug cut mid-word>/<id>/) ------------------------------------
SOHR_AR = [
    {
        "id": 702001,
        "slug": "حصيلة-شهر-تشرين-الأول-مقتل-تسعة-وأربعين-مدنيا-في-مناط",
        "title": "حصيلة شهر تشرين الأول.. مقتل 49 مدنياً في مناطق سورية مختلفة بينهم 11 طفلاً",
        "published": "2024-11-01T08:00:00+03:00",
        "body": [
            "وثّق المرصد السوري لحقوق الإنسان مقتل 49 مدنياً على امتداد الأراضي السورية خلال شهر تشرين الأول/أكتوبر، "
            "بينهم 11 طفلاً و6 سيدات، قضوا بطرق مختلفة.",
            "وتوزعت الحصيلة على النحو التالي:",
            ("ul", [
                "17 مدنياً قضوا برصاص مسلحين مجهولين",
                "12 مدنياً بانفجار ألغام ومخلفات حرب",
                "9 مدنيين بقصف بري وجوي",
                "11 مدنياً في ظروف أخرى",
            ]),
            "ويجدد المرصد مطالبته بمحاسبة المتورطين في قتل المدنيين.",
        ],
    },
    {
        "id": 702002,
        "slug": "مقتل-شابين-برصاص-مجهولين-في-ريف-دير-الزور-الشرقي-وسط-است",
        "title": "مقتل شابين برصاص مجهولين في ريف دير الزور الشرقي",
        "published": "2024-11-20T19:10:00+03:00",
        "body": [
            "محافظة دير الزور – المرصد السوري لحقوق الإنسان:",
            "قُتل شابان برصاص مسلحين مجهولين يستقلون دراجة نارية في بلدة ذيبان بريف دير الزور الشرقي، "
            "فيما أصيب شخص ثالث بجروح متوسطة نُقل على إثرها إلى مشفى قريب.",
            "وبذلك، يرتفع عدد الذين قُتلوا في عمليات اغتيال مماثلة بمناطق شرق الفرات منذ مطلع العام إلى 83 شخصاً.",
        ],
    },
    {
        "id": 702003,
        "slug": "غارات-إسرائيلية-على-مواقع-قرب-دمشق-تقتل-أربعة-عسكريين-وتصي",
        "title": "غارات إسرائيلية على مواقع قرب دمشق تقتل 4 عسكريين",
        "published": "2024-11-14T02:30:00+03:00",
        "body": [
            "محافظة ريف دمشق – المرصد السوري لحقوق الإنسان:",
            "قتل 4 عسكريين وأصيب 7 آخرون بجروح، جراء غارات إسرائيلية استهدفت فجر اليوم مواقع عسكرية "
            "في محيط منطقة السيدة زينب جنوبي العاصمة.",
            "وسمع دوي انفجارات عنيفة في أرجاء دمشق، فيما هرعت سيارات الإسعاف إلى المنطقة.",
        ],
    },
]

# -- SNHR-like daily tolls (/snhr/YYYY/MM/DD/<slug>/) -----------------------------------------
SNHR = [
    {
        "path": "2024/11/22/the-daily-death-toll-of-civilian-victims-in-syria-on-november-21-2024",
        "title": "The Daily Death Toll of Civilian Victims in Syria on November 21, 2024",
        "published": "2024-11-22T10:00:00+00:00",
        "body": [
            "The Syrian Network for Human Rights (SNHR) documented the killing of six civilians in Syria on "
            "November 21, 2024, including two children and one woman.",
            ("ul", [
                "Syrian regime forces: two civilians, one of them a child, killed by artillery in Idlib suburbs",
                "Syrian Democratic Forces: one civilian killed in Deir Ez-Zour suburbs",
                "Other parties: three civilians, including a child and a woman, killed by landmine explosions "
                "and by gunmen whose identity SNHR could not establish",
            ]),
            "SNHR has documented the killing of 231,278 civilians in Syria since March 2011; the Syrian regime "
            "and its allies are responsible for the great majority of them.",
        ],
        "related": [
            "Three civilians injured in a ground attack on Tal Rifaat countryside",
            "Girl killed by a stray bullet in Daraa city",
        ],
    },
    {
        "path": "2024/11/20/slow-report-on-detentions-in-october-2024",
        "title": "At Least 209 Arbitrary Arrests Documented in Syria in October 2024",
        "published": "2024-11-20T08:00:00+00:00",
        "slow": True,
        "body": [
            "SNHR documented at least 209 cases of arbitrary arrest or detention in Syria in October 2024, "
            "including 8 children and 11 women.",
            "Syrian regime forces were responsible for 139 of these cases, most of them in Damascus suburbs and "
            "Daraa, where people who had settled their security status were arrested again.",
            "At least 4 detainees died under torture in October, according to the report.",
        ],
        "related": ["Young man dies under torture in a regime detention centre"],
    },
    {
        "path": "2024/11/23/the-daily-death-toll-of-civilian-victims-in-syria-on-november-22-2024",
        "title": "The Daily Death Toll of Civilian Victims in Syria on November 22, 2024",
        "published": "2024-11-23T10:00:00+00:00",
        "busy": True,  # answers 429 with Retry-After once
        "body": [
            "The Syrian Network for Human Rights (SNHR) documented the killing of three civilians in Syria on "
            "November 22, 2024, among them one child.",
            ("ul", [
                "Russian forces: one child killed in an airstrike on the outskirts of Jisr al-Shughour",
                "Other parties: two civilians shot dead by unidentified gunmen in Daraa suburbs",
            ]),
        ],
        "related": ["Two brothers killed in a landmine explosion in Hama suburbs"],
    },
]

# -- A relaying outlet with no feeds or sitemaps in the registry (discovered) --------------------
OUTLET = [
    {
        "path": "2025/03/13/sohr-coastal-toll",
        "title": "Monitor raises toll of Syria coastal killings to 1,383 civilians",
        "published": "2025-03-13T07:00:00+00:00",
        "future_meta": True,  # the page's meta date is in the future; the guard must reject it
        "body": [
            "BEIRUT — A Britain-based war monitor said on Wednesday that 1,383 civilians had been killed in "
            "western Syria since last Thursday, in the deadliest bout of violence since the fall of Bashar "
            "al-Assad.",
            "The Syrian Observatory for Human Rights said most of the victims were members of the Alawite "
            "minority and had been shot dead in their homes or in the streets.",
        ],
    },
    {
        "path": "2010/06/archive-cp1256",
        "title": "مقتل 3 مدنيين وإصابة 5 آخرين بانفجار عبوة ناسفة في بغداد",
        "encoding": "cp1256",  # served as windows-1256 with no charset anywhere
        "visible_date": "15 حزيران 2010",
        "body": [
            "بغداد – قُتل 3 مدنيين وأصيب 5 آخرون بجروح، اليوم الثلاثاء، بانفجار عبوة ناسفة "
            "زُرعت على جانب طريق في حي الدورة جنوبي العاصمة العراقية.",
            "وقالت مصادر في الشرطة إن قوة أمنية طوقت مكان الانفجار ونقلت الجرحى إلى مستشفى اليرموك.",
        ],
    },
    {
        "path": "2024/12/15/isis-badia-week",
        "title": "داعش يقتل 54 شخصاً في البادية السورية خلال أسبوع",
        "wrong_charset": True,  # UTF-8 body, header says iso-8859-1
        "visible_date": "١٥ كانون الأول ٢٠٢٤",
        "body": [
            "أفاد المرصد السوري لحقوق الإنسان بأن عناصر تنظيم داعش قتلوا 54 شخصاً في هجمات متفرقة "
            "على امتداد البادية السورية خلال الأسبوع الماضي، بينهم 18 من رعاة الأغنام وجامعي الكمأة.",
            "وأشار المرصد إلى أن خلايا التنظيم صعّدت هجماتها مستغلة الفراغ الأمني في المنطقة.",
        ],
    },
]

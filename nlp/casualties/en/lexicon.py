"""English language data for the casualty extractor: words only, no logic.

Victim head nouns and their categories, casualty nouns that are themselves a kind, the
verbs and trigger phrases of each kind, number words, actors, manner words, months and
weekdays. Patterns in ``nlp.casualties.en.rules`` are built from these tables; a new
victim noun or verb is one row here (plus a fixture). Nothing here is configurable at
run time: the tables are the configuration.
"""

from __future__ import annotations

from nlp.casualties.common import MONTHS

# victim head nouns -> category
HEADS = {
    "civilians": "civilians", "civilian": "civilians", "citizens": "civilians", "citizen": "civilians",
    "residents": "civilians", "resident": "civilians", "villagers": "civilians", "shepherds": "civilians",
    "shepherd": "civilians", "farmers": "civilians", "farmer": "civilians", "workers": "civilians",
    "worker": "civilians", "pilgrims": "civilians", "worshippers": "civilians", "spectators": "civilians", "onlookers": "civilians", "bystanders": "civilians", "scientists": "civilians", "researchers": "civilians", "academics": "civilians",
    "signatories": "civilians", "signatory": "civilians",  # ex-combatants who signed a peace accord (blind73 en)
    "monks": "civilians", "nuns": "civilians", "parishioners": "civilians", "congregants": "civilians", "churchgoers": "civilians", "students": "civilians",
    "student": "civilians", "journalists": "civilians", "journalist": "civilians", "doctors": "civilians",
    "doctor": "civilians", "medics": "civilians", "medic": "civilians", "paramedics": "civilians",
    "nurses": "civilians", "nurse": "civilians", "refugees": "civilians", "returnees": "civilians", "teachers": "civilians",
    "passengers": "civilians", "shoppers": "civilians", "displaced": "civilians", "officials": "unknown",
    "official": "unknown", "employees": "civilians", "volunteers": "civilians", "staff": "civilians",
    "children": "children", "child": "children", "kids": "children", "girls": "children", "girl": "children",
    "boys": "children", "boy": "children", "infants": "children", "infant": "children", "babies": "children",
    "baby": "children", "toddler": "children", "toddlers": "children", "minors": "children", "minor": "children",
    "teenagers": "children", "teenager": "children", "juveniles": "children",
    "women": "women", "woman": "women", "ladies": "women", "lady": "women", "female": "women", "females": "women",
    "men": "unknown", "man": "unknown", "youths": "unknown", "youth": "unknown", "elderly": "civilians",
    "people": "unknown", "persons": "unknown", "person": "unknown", "individuals": "unknown",
    "individual": "unknown", "others": "unknown", "victims": "unknown", "victim": "unknown",
    "bodies": "unknown", "survivors": "unknown", "jawans": "security_forces", "jawan": "security_forces", "corpses": "unknown", "martyrs": "unknown", "souls": "unknown",
    "fighters": "fighters", "fighter": "fighters", "militants": "fighters", "militant": "fighters",
    "mercenaries": "fighters", "rebels": "fighters", "rebel": "fighters", "combatants": "unknown",
    "combatant": "unknown", "gunmen": "fighters", "gunman": "fighters", "jihadists": "fighters",
    "jihadist": "fighters", "insurgents": "fighters", "insurgent": "fighters", "militiamen": "fighters",
    "elements": "fighters", "element": "fighters", "members": "unknown", "member": "unknown",
    "companions": "unknown", "comrades": "unknown", "colleagues": "unknown", "relatives": "unknown",
    "sons": "unknown", "daughters": "unknown", "brothers": "unknown", "sisters": "unknown", "siblings": "unknown",
    "cousins": "unknown", "nephews": "unknown", "nieces": "unknown", "uncles": "unknown", "aunts": "unknown",
    "parents": "unknown", "grandparents": "unknown", "grandchildren": "children", "wives": "women",
    "bodyguards": "unknown", "escorts": "unknown", "occupants": "unknown", "crew": "unknown", "crew members": "unknown", "crewmen": "unknown",
    "inmates": "unknown", "hostages": "civilians", "captives": "unknown", "protesters": "civilians",
    "demonstrators": "civilians", "mourners": "civilians", "guests": "civilians", "visitors": "civilians",
    "tourists": "civilians", "migrants": "civilians", "fishermen": "civilians", "labourers": "civilians",
    "laborers": "civilians", "traders": "civilians", "merchants": "civilians", "patients": "civilians",
    "pupils": "children", "schoolchildren": "children", "schoolgirls": "children", "schoolboys": "children", "worshipers": "civilians", "Muslims": "civilians",
    "suspects": "unknown", "families": "unknown", "engineers": "civilians", "interpreters": "civilians",
    "contractors": "civilians", "technicians": "civilians", "elders": "civilians", "clerics": "civilians",
    "priests": "civilians", "judges": "civilians", "lawyers": "civilians", "photographers": "civilians", "peacekeepers": "security_forces", "drivers": "civilians", "aides": "unknown",
    "commanders": "fighters", "leaders": "unknown", "activists": "civilians", "reporters": "civilians",
    "sailors": "civilians", "truckers": "civilians", "herders": "civilians", "abductees": "unknown",
    "herdsmen": "civilians", "miners": "civilians", "lawmakers": "civilians", "sheikhs": "civilians",
    "councillors": "civilians", "councilors": "civilians", "inspectors": "security_forces", "constables": "security_forces",
    "vigilantes": "fighters", "cadets": "security_forces", "ex-fighters": "unknown", "collaborators": "unknown",
    "lives": "unknown", "hunters": "civilians", "arrests": "unknown", "detentions": "unknown", "adults": "unknown", "adult": "unknown",
    "executions": "unknown", "killings": "unknown", "homicides": "unknown", "murders": "unknown",  # (blind62 en 008, 012)
    "operatives": "fighters", "bombers": "fighters", "attackers": "fighters", "assailants": "fighters",
    "attacker": "fighters", "assailant": "fighters", "bomber": "fighters",  # "One attacker was killed" (blind46 en 007)
    "recruits": "fighters", "cadres": "fighters", "loyalists": "fighters",
    "mothers": "women", "fathers": "unknown", "newborns": "children", "midwives": "civilians",
    "midwife": "civilians", "terrorists": "fighters", "bandits": "fighters", "kidnappers": "fighters", "perpetrators": "unknown",
    "criminals": "unknown", "smugglers": "unknown", "nationals": "unknown", "foreigners": "unknown",
    "kolbars": "civilians", "porters": "civilians",
    "expatriates": "unknown",
    "soldiers": "security_forces", "soldier": "security_forces", "troops": "security_forces",
    "officers": "security_forces", "officer": "security_forces", "policemen": "security_forces",
    "policeman": "security_forces", "personnel": "security_forces", "forces": "security_forces",
    "guards": "security_forces", "servicemen": "security_forces", "conscripts": "security_forces",
    "marines": "security_forces", "Marines": "security_forces", "airmen": "security_forces",
    "paratroopers": "security_forces", "gendarmes": "security_forces",
    "detainees": "unknown", "detainee": "unknown", "prisoners": "unknown", "prisoner": "unknown",
    "dead": "unknown", "martyred": "unknown", "deaths": "unknown", "fatalities": "unknown", "casualties": "unknown",
    "injured": "unknown", "wounded": "unknown", "injuries": "unknown", "missing": "unknown",
}
# capitalised plurals name groups of people: Palestinians, Christians, Alawites, Houthis, Russians
PEOPLE_PLURAL = r"(?:Druze|Bedouins?|[A-Z][a-z]+(?:ians|ans|ites|ists|is|ese|ds|ks|tes|zes))"
HEAD_RX = r"(?:" + "|".join(sorted(HEADS, key=len, reverse=True)) + r"|" + PEOPLE_PLURAL + r")"
# head nouns that are themselves the kind
WEAK_NOUN_KIND = frozenset({"detainees", "detainee", "missing", "displaced"})
# a kind noun used as an adjective before a victims noun ("two displaced children died"): the noun
# after it is the head, the verb after that the kind; with no other kind, the adjective's
KIND_MODIFIERS = {"displaced": "displaced", "homicide": "killed", "murder": "killed"}  # "1,435 homicide victims" (blind63 en 012)
# people nouns that are also adjectives before another people noun ("two female judges", "three male
# nurses"): the noun after them is the head (blind12 en 008)
MODIFIER_HEADS = frozenset({"female", "male", "staff"})  # "two female judges", "nine staff members"
# a victims noun used as an adjective before a kind noun ("3,804 civilian deaths", "child casualties"): the kind noun is the head
ADJECTIVE_HEADS = frozenset({"civilian", "child", "combatant"})
NOUN_KIND = {"dead": "killed", "deaths": "killed", "fatalities": "killed", "martyrs": "killed", "martyred": "killed",
              "arrests": "detained", "detentions": "detained", "executions": "killed", "killings": "killed", "homicides": "killed", "murders": "killed", "casualties": "killed", "injured": "injured", "wounded": "injured", "injuries": "injured",
              "detainees": "detained", "detainee": "detained", "missing": "missing", "displaced": "displaced"}
# cardinal number words (rules.SINGULAR: no modifier of "another" is one, "another five near Eringeti")
CARDINAL_WORDS = (r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|"
                  r"sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?")
NUM_WORD = (r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|"
             r"fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|several|scores|some|many)")
STOP_MOD = (r"(?:were|was|are|is|have|has|had|be|been|in|on|at|by|from|during|after|before|when|while|and|or|"
             r"of|to|who|which|that|with|including|among|as|for|the|than|into|near|since|until|but|whose|"
             r"killed|died|wounded|injured|arrested|detained|left|leaving|said|says|about|over)")
# what may follow a number that has no victims noun ("kill 42 near", "25 in Latakia", "16.")
# "including 34 the military says are dead": a reported status in a reduced relative clause
SAYS_ARE = r"(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:says|said|believes|believed|thinks|confirmed)\s+(?:are|were|is|was|have\s+been|had\s+been)\s"
# "nine in ten of the population", "one in every four children": a proportion, not a count
SMALL_NUM = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|\d{1,3})"
DATE_NOUNS = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
WEEKDAYS = tuple("monday tuesday wednesday thursday friday saturday sunday".split())
ORDW = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
# kind verbs / nouns
KILLED_V = (r"(?:whose\s+deaths?|shot\s+and\s+killed|fatally\s+(?:shot|stabbed|wounded)|mortally\s+(?:wounded|injured)|found\s+(?:murdered|slain|shot\s+dead|killed|(?:hacked|stabbed|beaten|burned|burnt|tortured|strangled)\s+to\s+death|beheaded|executed)|hanged|"
             r"set\s+ablaze|burned\s+alive|(?:were|was|are|is)\s+among\s+(?:the|those)\s+(?:dead|killed|fatalities|victims)|killed|died|(?:pronounced|declared|found|counted)\s+dead|dead|slain|perished|martyred|murdered|massacred|beheaded|assassinated|executed|lynched|"
             r"shot\s+dead|gunned\s+down|lost\s+(?:their|his|her)\s+li(?:ves|fe)|burned\s+to\s+death|drowned|"
             r"succumbed|were\s+killed|die|dies|fell\s+victim|paid\s+the\s+(?:supreme|ultimate)\s+price|"
             r"embraced\s+(?:shahadat|shahadah|martyrdom)|sent\s+to\s+hell|hacked\s+to\s+death|burn(?:ed|t)\s+beyond\s+recognition|burnt\s+(?:to\s+death|alive))")
# in hospital after an attack: "61 victims were still receiving treatment", "50 others remain under treatment", "eight people were still admitted at
# Bwera Hospital", "in intensive care" (not "being treated at the hospital": its patients at the time; "being
# treated in hospital" after "are"/"is" is in INJURED_V)
IN_CARE_V = (r"receiving\s+(?:medical\s+care|treatment)(?!\s+for\s+(?:shock|panic))|under\s+(?:medical\s+)?treatment|admitted\s+(?:at|in|to)\s+"
             r"(?:[\w'\u2019-]+\s+){0,4}?(?:hospitals?|clinics?)|in\s+intensive\s+care(?:\s+units?)?")
INJURED_V = r"(?:" + IN_CARE_V + r"|(?:were|was|are|is)\s+among\s+(?:the|those)\s+(?:wounded|injured|hurt)|(?:were|was|are|is)\s+among\s+those\s+(?:treated|hospitali[sz]ed)\b|(?:(?:are|is)\s+(?:still\s+)?|(?:were|was)\s+still\s+)being\s+treated\s+(?:in|at)\s+(?:\w+\s+){0,2}hospitals?|(?:taken|admitted|rushed)\s+to\s+(?:a\s+)?hospitals?\s+with\s+(?:\w+\s+)?(?:wounds|injuries)|(?:evacuated|airlifted|transferred)\s+with\s+(?:\w+\s+)?(?:wounds|injuries)|survived\s+(?:[\w-]+\s+){0,3}?with\s+(?:[\w-]+\s+){0,3}?(?:injuries|wounds)|treated\s+(?:(?:in|at)\s+(?:\w+\s+){0,2}?hospitals?\s+)?for\s+(?:[\w-]+\s+){0,3}?(?:wounds|injuries)|(?:(?<=remain\s)|(?<=remains\s)|(?<=remained\s))(?:in\s+(?:a\s+)?hospitals?|hospitali[sz]ed)|(?:are|is|were|was)\s+still\s+in\s+(?:a\s+|the\s+)?hospitals?|sought\s+medical\s+(?:help|treatment|care|attention)|(?:were|was|are|is|been)\s+hospitali[sz]ed|maimed|wounded|injured|hurt|sustained\s+(?:\w+\s+)?(?:injuries|wounds)|suffered\s+(?:\w+\s+)?(?:injuries|wounds))"
DETAINED_V = r"(?!(?:captured|abducted|detained|arrested)\s+or\s+missing)(?:(?:were|was|are|is)\s+among\s+(?:those\s+(?:detained|arrested|held)|the\s+(?:detainees|detained|arrested))|taken\s+(?:to\s+[^,.;:\d]{1,30}?\s+)?as\s+(?:hostages?|captives?|prisoners?)|(?<=being\s|still\s)held|held\s+(?:captive|hostage|prisoner|incommunicado|in\s+(?:detention|custody|captivity))|(?<!who\swere\s)(?<!who\swas\s)(?<!who\shad\sbeen\s)held\s+(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:prisons?|jails?|detention\s+(?:centres?|centers?|facilit(?:y|ies))|cells?)\b|in\s+(?:(?-i:[A-Z][\w-]*)\s+)?captivity|(?<![\w,.;] )(?<=\s)(?:hostage|captive|prisoner)(?!s)|(?:placed\s+|put\s+)?under\s+arrest|in\s+(?:detention|custody)|(?:taken|placed|remanded)\s+into\s+(?:police\s+|military\s+)?custody|behind\s+bars|taken\s+(?:captive|hostage)|captured|arrested|detained|abducted|kidnapped|taken\s+prisoner|rounded\s+up|held\s+captive|imprisoned|" \
    r"taken\s+away\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:troops|soldiers|gunmen|militia(?:men)?|fighters|forces|police|army|rebels|kidnappers|abductors|attackers|jihadists|insurgents))"
# verbs done to things, never to people ("torched 17 of them": the vehicles)
THING_ACTS = r"torched|burned|burnt|set\s+fire\s+to|set\s+ablaze|destroyed|demolished|damaged|looted|shot\s+down|downed|sank|seized\s+control\s+of"
# "348 died or went missing": the second verb of a count of two kinds (``rules.COMBINED``)
WENT_MISSING = r"(?:went|gone|go|are|were|remain|remained)\s+missing|disappeared"
# "126 of those arrested … were subsequently classified as victims of enforced disappearance", "167 of the 218 cases … were
# turned into enforced disappearances" (blind74 en, blind72 en)
BECAME_DISAPPEARED = (r"(?:classified|categori[sz]ed|registered|listed|recorded)\s+as\s+victims\s+of\s+enforced\s+disappearance|"
                      r"(?:turned|transformed|converted)\s+into\s+(?:cases\s+of\s+)?enforced\s+disappearances?")
MISSING_V = r"(?:(?:captured|abducted|detained|arrested)\s+or\s+missing|" + BECAME_DISAPPEARED + r"|(?<!been\s)(?:listed|registered|recorded|classified)\s+as\s+missing|(?:not|never)\s+(?:yet\s+)?(?:been\s+)?found(?!\s+(?:dead|alive|guilty))|(?:yet|still)\s+to\s+be\s+found|of\s+unknown\s+fate(?:\s+and\s+whereabouts)?|(?:classified|categori[sz]ed|registered|listed|recorded)\s+as\s+(?:(?:forcibly|enforcedly)\s+)?disappeared|(?:classified|categori[sz]ed|registered|listed|recorded)\s+as\s+(?:cases\s+of\s+)?enforced\s+disappearances?|(?:(?:believed|thought|feared)\s+to\s+be\s+|feared\s+)(?:trapped\s+)?(?:under|beneath)\s+(?:the\s+)?(?:rubble|debris|ruins)|trapped\s+(?:under|beneath)\s+(?:the\s+)?(?:rubble|debris|ruins)|(?:since\s+|subsequently\s+|later\s+)?(?:turned\s+into|turning\s+into|(?:been\s+)?transformed\s+into|became|become|becoming)\s+(?:cases\s+of\s+)?enforced\s+disappearances?|missing|disappeared|unaccounted\s+for|forcibly\s+disappeared)"
OTHERS_HEAD = "others"  # "two others" whose noun is told before it (``rules.others_of_things``)
DISPLACED_MIN = 3  # one or two people fleeing are no displacement figure (``rules.one_person_fled``)
FIGHTERS_CATEGORY = "fighters"  # the victim category of armed men (rules.feed_updates)
ARMED_GROUPS = frozenset({FIGHTERS_CATEGORY, "security_forces"})
# "have crossed the border into Syria", "crossed from Lebanon into Syria": people who crossed a border
# (not fighters: ``rules.predicate``)
CROSSED_INTO = (r"(?:(?:crossed|fled)\s+(?:the\s+border\s+)?(?:from\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s+)?into\s+(?:neighbou?ring\s+)?(?-i:[A-Z])[\w-]+|"
                r"crossed\s+the\s+border\b(?!\s+(?:into|from|illegally|to\s+attack)))")  # "where 9,000 people crossed the border"
DISPLACED_V = r"(?:(?:moved|evacuated)\s+to\s+safer?\s+(?:locations?|areas?|places?|ground|sites?)|(?:driven|forced|chased|expelled|pushed)\s+(?:out\s+)?(?:of|from)\s+(?:their|his|her)\s+(?:homes?|villages?|towns?)|forced\s+(?:to\s+leave|out|from)|(?:fled|left|abandoned|lost)\s+(?:their|his|her)\s+homes?|to\s+flee|displaced|uprooted|(?:taken|took|sought|found)\s+refuge|(?:made|left)\s+homeless|forced\s+to\s+flee|fled|fleeing|(?:crossed|escaped)\s+(?:the\s+borders?\s+)?into\s+neighbou?ring\s+(?:countries|states)|" + CROSSED_INTO + r")"
# "since the U.S.-backed forces launched ...", "the U.N.-brokered truce": an abbreviation's dots
# (capitals with stops), not a clause break before "among them" (rules.subset_after_predicate)
ABBREVIATION_DOTS = r"\b(?:[A-Z]\.){2,}"
KIND_V = {"killed": KILLED_V, "injured": INJURED_V, "detained": DETAINED_V, "missing": MISSING_V,
           "displaced": DISPLACED_V}
# "are believed to be dead": a hedged death is a death (like "believed to have been killed"); "are now
# internally displaced", "are estimated to be displaced", "were likely killed": a time word, an estimate, a hedge
AUX = r"(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|so\s+far|(?:said|reported|believed|thought|known|estimated|feared)\s+to\s+have\s+been|the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:says|said|believes|believed|thinks|confirmed)(?=\s+(?:are|were|is|was|have\s+been|had\s+been)\s)|the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:has|have|had)\s+(?=(?:declared|pronounced|confirmed)\s+dead\b)|who\s+[^,.;:\d()]{1,50}?(?=\s+(?:was|were|are|is)\s)|who\s+(?=(?:were|was|are|is|had\s+been|have\s+been|died|lost|succumbed|perished|remain|fled)\b)|,[^,.;:]{1,60},|(?:aged\s+)?(?:under|over|below|above)\s+(?:the\s+age\s+of\s+)?\d{1,2}(?:\s+years?(?:\s+old|\s+of\s+age)?)?(?![\d,.])|aged\s+(?:between\s+)?\d{1,2}(?:\s*(?:to|-|and)\s*\d{1,2})?(?![\d,.])|\([^()]{1,40}\)|(?:of\s+(?:the|a|an|his|her|their|its)|of(?=\s+[\x22\u201c]?[A-Z])|from|in|on|at|near|inside|aboard|with)\s+(?:(?!\b(?:said|says|told|added|stated)\b)[^,.;:\d]){1,50}?(?<!\sand)(?=,?\s+(?:was|were|are|is|had|has|have|remain|remained|succumbed|died|lost|fled|suffered|sustained)\b)|(?:[a-z]{3,}ing|present|stationed|deployed|posted|based|gathered|involved)\s+(?:in|on|at|near|inside|aboard|with|by|through|along|from|to|for)\s+[^,.;:\d]{1,70}?(?=,?\s+(?:was|were|had\s+been|have\s+been)\s)|(?:who|that)\s+(?:were|was|had\s+been|are)\s+(?:in|at|inside|on|near|aboard)\s+[^,.;:\d]{1,40}?(?=\s(?:remain|were|are|have|had))|(?:suspected|accused|convicted)\s+of\s+[^,.;:\d]{1,50}?(?=,?\s+(?:were|was|had\s+been|have\s+been)\s)|\s|,|\]|\)|[\x22\u201c\u201d\u2019']|(?:tortured|beaten|raped|mutilated|abused|robbed|stripped|ambushed)\s+and\s+(?:then\s+|later\s+)?|remain|remained|still|went|internally|forcibly|newly|summarily|brutally|deliberately|seriously|critically|severely|lightly|moderately|slightly|gravely|mortally|fatally|were|was|are|is|have|has|had|been|being|got|all|both|also|reportedly|later|subsequently|then|since(?=\s+(?:been|fled|died)\b)|of\s+them|mostly|allegedly|either|each|confirmed|reported|more(?=\s+(?:were|was|have|had|are|remain|died|fled|sustained|suffered|may|might|could|must)\b)|(?:may|might|could|must)\s+have|feared|presumed|believed\s+(?:to\s+have\s+)?|thought\s+to\s+have|(?:believed|thought|feared|presumed)\s+to\s+be(?=\s+dead\b)|(?:estimated|said)\s+to\s+be|now|currently|likely)*?"
LEFT_KIND = {
    "killed": r"(?:killed|killing|kill|kills|killings?\s+of|deaths?\s+of|execution\s+of|executed|executing|executions\s+of|"
              r"massacre\s+of|slaughter\s+of|murder\s+of|murdering|murdered|(?:claimed|claiming|took|taking|cost|costing)\s+the\s+lives\s+of|"
              r"lives\s+of|martyrdom\s+of|shahadat\s+of|shooting\s+dead|shot\s+dead|assassinat(?:ed|ing)|assassination\s+of|behead(?:ed|ing)|"
              r"gunned\s+down|gunning\s+down|shot\s+and\s+killed|massacred|massacring|lynched|lynching|(?:the\s+)?(?:dead|victims|fatalities|those\s+killed|slain\s+[a-z]+)\s+(?:also\s+)?(?:included|include|includes|comprise|comprised|comprises)|(?<!among\s)the\s+victims\s+(?:(?:identified|named)\s+(?:so\s+far\s+|thus\s+far\s+)?)?(?:were|are))",
    "injured": r"(?:(?:the\s+)?(?:injured|wounded)\s+(?:also\s+)?(?:included|include|includes)|wounded|wounding(?:\s+of)?|injured|injuring|injur(?:y|ies)\s+(?:of|to)|wounding|maimed|maiming(?:\s+of)?)",
    "detained": r"(?:arrested|arresting|arrests?\s+of|detained|detaining|detention\s+of|abducted|abducting|abduction\s+of|"
                r"kidnapped|kidnapping(?:\s+of)?|(?:still\s+|now\s+)?holding|rounded\s+up|captured|capturing|capture\s+of|took\s+(?:captive|hostage)|"
                r"apprehended|apprehending)",
    "displaced": r"(?:displaced|displacing|displacement\s+of|uprooted)",
    "missing": r"(?:disappearance\s+of|(?:forcibly\s+)?disappeared)",
}
FILLER = (r"(?:\s|,|:|at\s+least|no\s+(?:less|fewer)\s+than|not\s+less\s+than|a\s+minimum\s+of|more\s+than|over|"
           r"upwards\s+of|in\s+excess\s+of|about|around|nearly|almost|some|approximately|approx\.|roughly|close\s+to|"
           r"an\s+estimated|estimated|up\s+to|as\s+many\s+as|a\s+total\s+of|total\s+of|another|a\s+further|"
           r"further|an\s+additional|additional|only|the|its|their|his|her|all|(?:its|their)\s+\w+\s*,|"
           r"(?:him|her|them)sel(?:f|ves)(?:\s+and)?)*")  # "killing himself and 12 others", "killing herself, her three children"
# "killing between 12 and 18 civilians": the opener of a range between a trigger and its number
RANGE_OPENER = r"(?:between\s+)?"
LABEL_KINDS = [("killed", r"killed|dead|deaths|fatalities|martyrs|shot\s+dead|blew\s+(?:himself|herself|themselves)\s+up"),
               ("injured", r"injured|wounded|injuries"), ("missing", r"missing"),
               ("detained", r"detained|arrested|arrests|abducted|captured(?:\s+alive)?"), ("displaced", r"displaced")]
# a row that counts an act done for people, or things ("Persons evacuated by air and land: 300", "Humanitarian convoys
# dispatched: 12", blind77 en): no casualty figure whatever the list counts
NOT_CASUALTY_ROW = r"\b(?:evacuated|dispatched|delivered|distributed|rescued|released|freed|convoys|trucks|flights|shelters)\b"
# a list header about the perpetrators ("The spokesman gives details of the attackers:", blind78 en): its rows count
# them by what befell them, never by the kind of the toll above
PERPETRATORS_HEADER = r"\b(?:attackers|assailants|gunmen|bombers|perpetrators|hostage-takers)\b"
ACTOR = (r"(?:(?:the\s+)?(?:[\w’'\-/]+\s+){0,4}?(?:forces|regime|army|ISIS|ISIL|IS|Daesh|Islamic\s+State(?:\s+organization)?|HTS|"
          r"Hayat\s+Tahrir\s+al-Sham|Nusra(?:\s+Front)?|Hezbollah|coalition|militias?|factions|opposition|SDF|YPG|PKK|YPG/PKK|"
          r"Houthis?|RSF|police|troops|gunmen|warplanes|jets|aircraft|helicopters|drones|settlers|organi[sz]ation|"
          r"parties|group|soldiers|Taliban|al-Shabaab|Hamas|jihadists|gunman|attackers?|assailants?|bombers?|militants|kidnappers|authorities)"
          r"(?:\s+(?:terrorist\s+group|terror\s+group|group|forces|militias?|warplanes|drones|mercenaries))?)")
ACTOR_HEAD = (r"(?:forces|regime|army|ISIS|ISIL|IS|Daesh|Islamic\s+State(?:\s+organization)?|HTS|Nusra(?:\s+Front)?|"
               r"Hezbollah|coalition|militias?|factions|opposition|SDF|YPG|PKK|YPG/PKK|Houthis?|RSF|police|troops|gunmen|"
               r"warplanes|jets|aircraft|helicopters|drones|settlers|organi[sz]ation|parties|group|soldiers|Taliban|"
               r"al-Shabaab|Hamas|jihadists|cells|gunman|attackers?|assailants?|bombers?|militants|kidnappers)(?:\s+(?:terrorist\s+group|terror\s+group|group|forces|militias?|warplanes|drones|mercenaries))?")
HEADER_CELL_KIND = [("killed", r"killed|dead|deaths?|fatalities|martyrs|victims"), ("injured", r"injured|wounded|injuries"),
                     ("missing", r"missing|disappeared"), ("detained", r"detained|detainees|arrested|arrests|abducted"),
                     ("displaced", r"displaced")]
GROUPS = frozenset({"civilians", "fighters", "security_forces"})
GENERIC_HEADS = frozenset({"people", "persons", "individuals", "civilians", "victims", "dead", "fatalities", "deaths",
                            "casualties", "members", "others", "citizens", "martyrs"})
MANNER_WORDS = {
    "executed": "executed", "execution": "executed", "executions": "executed", "executing": "executed",
    "beheaded": "executed", "torture": "torture", "tortured": "torture", "detention": "under detention",
    "custody": "under detention", "prison": "under detention", "prisons": "under detention", "jail": "under detention",
    "drone": "drone", "drones": "drone", "uav": "drone", "uavs": "drone", "airstrike": "airstrike",
    "airstrikes": "airstrike", "warplanes": "airstrike", "warplane": "airstrike", "helicopters": "airstrike",
    "helicopter": "airstrike", "aircraft": "airstrike", "jets": "airstrike", "landmine": "landmine",
    "landmines": "landmine", "mine": "landmine", "mines": "landmine", "ied": "landmine", "ieds": "landmine",
    "unexploded": "landmine", "ordnance": "landmine", "sniper": "sniper", "snipers": "sniper", "shelling": "shelling",
    "shells": "shelling", "shelled": "shelling", "artillery": "shelling", "mortar": "shelling", "mortars": "shelling",
    "rocket": "shelling", "rockets": "shelling", "missile": "shelling", "missiles": "shelling", "bombing": "bombing",
    "bombings": "bombing", "bomb": "bombing", "bombs": "bombing", "blast": "bombing", "explosion": "bombing",
    "bomber": "bombing", "gunfire": "gunfire", "shooting": "gunfire", "shot": "gunfire", "bullets": "gunfire",
    "bullet": "gunfire", "clashes": "clashes", "battles": "clashes", "fighting": "clashes",
}
MANNER_PAIRS = {("air", "strike"): "airstrike", ("air", "strikes"): "airstrike", ("air", "raid"): "airstrike",
                 ("air", "raids"): "airstrike", ("land", "mine"): "landmine", ("land", "mines"): "landmine",
                 ("barrel", "bombs"): "airstrike", ("barrel", "bomb"): "airstrike", ("explosive", "device"): "landmine",
                 ("explosive", "devices"): "landmine"}
MANNER_ORDER = {label: i for i, label in enumerate(
    ["executed", "torture", "under detention", "drone", "airstrike", "landmine", "sniper", "shelling", "bombing",
     "gunfire", "clashes"])}

# words read as one person without a numeral ("a child", "another soldier", "his son")
SINGULAR_DETERMINERS = frozenset({"a", "an", "one", "single", "another", "his", "her", "their", "whose", "my", "our"})
POSSESSIVES = frozenset({"his", "her", "their", "my", "our"})
# "cases of arbitrary arrest", "cases of detention", "cases of kidnapping" count detainees (by the
# noun's first letter: arrest, detention, kidnapping, abduction); the other cases count the missing
DISAPPEARANCE_STEM = "disappear"  # "cases of (enforced) disappearance" are the missing, other cases the held
CASES_DETAINED_HEAD, CASES_MISSING_HEAD = "detainees", "missing"
DEATHS_NOUN = "deaths"  # "11 cases of death": deaths (``rules.DEATH_CASES``)
INVOLVED_HEADS = frozenset({"victims", "people", "persons", "individuals", "civilians"})  # "…, involving 287 victims"
# "of them", "of whom": the partitive refers back to a number already read
ANAPHORIC_PARTITIVES = frozenset({"them", "whom", "which", "those", "these"})
RELATIVE_PARTITIVES = frozenset({"whom", "which"})  # "71 of whom": a part of the set before, never its sibling
WHICH = "which"
# what "N of which" may part when it counts people: a count of arrests or cases ("210 arrests, 141 of which
# turned into enforced disappearances"), not of things ("hospitals, three of which were damaged")
WHICH_ANTECEDENTS = frozenset({"arrests", "detentions", "cases", "detainees", "deaths", "killings", "abductions",
                               "disappearances", "kidnappings"})
DEMONYM_PARTITIVES = frozenset({"them", "whom"})
# "more than", "others than": a comparison, not a count
COMPARATIVE_HEADS = frozenset({"more", "others"})
BODY_NOUNS = frozenset({"bodies", "corpses"})
CAPTIVE_NOUNS = frozenset({"hostages", "captives", "abductees", "detainees"})
# people held by their captors: those who "remain" are held ("Some 100 hostages remain in Gaza"); detainees who
# remain in prison are a prison's population, not these
HOSTAGE_NOUNS = frozenset({"hostages", "captives", "abductees"})
CASUALTIES_NOUN = "casualties"
# families and households are not a count of people, whatever happened to them ("2,000 families fled")
NOT_PEOPLE_HEADS = frozenset({"families", "households", "family", "household"})
# survivors are counted only as wounded ("Eight survivors are admitted at Bwera General Hospital"), never as the
# dead, held or displaced a coordination or a breakdown might hand them ("retrieved 11 bodies and 5 survivors")
SURVIVOR_HEADS = frozenset({"survivors", "survivor"})
# "five of the dead", "three of the wounded": the kind of the set a partitive takes from
# the nouns of a trigger "<noun> of N" whose "of" alone repeats it ("the death of 6 soldiers ..., and of 9 fighters")
OF_TRIGGER_NOUNS = (r"deaths?|killings?|killing|executions?|murder|massacre|arrests?|detention|abduction|kidnapping|"
                    r"wounding|injur(?:y|ies)|displacement|disappearance")
# an aside about a group before its sibling ("312 members of ISIS, most of them foreigners, and 96 fighters")
ASIDE_QUANTIFIERS = r"most|many|some|all|mostly|mainly|the\s+majority|several|half"
# words that open a new clause: a subset phrase ("among the dead") does not reach past them
CLAUSE_OPENERS = r"(?:and|that|while|whereas|but|who|which|when|after|as|adding|said|says)"
VICTIMS_NOUN = "victims"  # "Four of the victims were …" after the dead and the wounded: of the dead (english._victims_of_the_dead)
VICTIM_HEADS = frozenset({VICTIMS_NOUN, "victim"})  # rules.victims_of_killing
PARTITIVE_KIND = {"dead": "killed", "martyred": "killed", "deceased": "killed", "killed": "killed", "deaths": "killed", "killings": "killed",
                  "injuries": "injured", "victims": None, "fatalities": "killed",
                  "wounded": "injured", "injured": "injured", "detainees": "detained", "arrested": "detained",
                  "missing": "missing", "displaced": "displaced", "arrests": "detained", "detentions": "detained"}
# what a header line or a toll phrase counts, first match wins: (kind, words, unless these words)
HEADER_KINDS = [
    ("detained", r"\b(?:arrest|arrested|detain|detained|detention|abduct|kidnap)", None),
    ("injured", r"\b(?:injur|wound)", r"\b(?:death|killed|fatalit|dead|toll)"),
    ("displaced", r"\b(?:displace)", None),
    ("killed", r"\b(?:death|deaths|killed|fatalities|dead|toll|victims|casualties|martyrs)\b", None),
]
# "the figure …, bringing the total displaced in the governorate to 13,000": the kind of a total named in
# a toll clause's words, nearer the number than its toll noun
TOTAL_OF_KIND = r"\btotal\s+(?:number\s+of\s+)?(?:[a-z]+ly\s+)?(?:displaced|injured|wounded|detained|detainees|arrested|missing)\b"
# a bare "figure"/"count"/"tally" in a sentence with no word of killing counts what the sentence is about:
# "the tally" beside the wounded only; "the figure included about 270 women …, 42 of whom remain in custody"
COUNT_SENTENCE_KINDS = [("injured", r"\b(?:injured|wounded)\b"),
                        ("detained", r"\b(?:custody|detention|detained|arrested|arrests|detainees|prisoners?)\b"),
                        ("missing", r"\b(?:missing|unaccounted\s+for)\b")]
# "the number of Haitians forced from their homes passed 1 million": a toll of the displaced
FORCED_FROM_HOMES = r"(?:(?:who\s+(?:have|had)\s+been\s+)?(?:forced|driven|uprooted)\s+(?:from|out\s+of)\s+their\s+homes)"
TOLL_NOUN_KINDS = [("injured", r"injur|wound"), ("detained", r"detain|arrest"), ("displaced", r"displaced|their\s+homes"),
                   ("missing", r"missing")]
# victim categories that a victims phrase implies without a head noun of that category
CATEGORY_HINTS = [
    ("security_forces", r"\b(?:forces|army|soldiers|police|troops|regime)\b"),
    ("fighters", r"\b(?:isis|daesh|hezbollah|militia|mercenar|rebels|fighters|nusra|sdf|ypg)\b"),
    ("children", r"\bunder\s+the\s+age\b|\bminors\b"),
]
# who reports a figure is not who caused it
REPORTERS = r"(?:the\s+)?(?:Syrian\s+Observatory|SOHR|SNHR|UN|United\s+Nations|sources)"
# "rose to 81, the number of bodies recovered": apposition nouns whose kind is not their own
APPOSITION_KIND = {"bodies": "killed", "arrested": "detained"}
# one person of a category ("among them a child") is a breakdown of a group; one person named by a
# role ("among them a nurse") is a member already counted in it
CATEGORY_SINGULARS = frozenset({"child", "girl", "boy", "infant", "baby", "toddler", "teenager", "minor", "woman", "lady",
                                "female", "man", "civilian", "person", "youth", "elderly man", "elderly woman",
                                "young man", "young woman"})
# a single person's standing that a breakdown counts like a category ("3 captives, including a US citizen")
STATUS_SINGULARS = frozenset({"citizen", "national", "foreigner", "resident", "refugee", "migrant"})
# relatives named one by one without a numeral ("his father, mother and sister"): one figure of their number
KIN_NOUNS = r"(?:(?:father|mother|sister|brother|son|daughter)(?:-in-law)?|step-?(?:son|daughter|father|mother|child)|wife|husband|uncle|aunt|cousin|nephew|niece|grandfather|grandmother|grandson|granddaughter|baby|infant)"
# a possessive kin phrase that names two people ("her parents and two brothers were killed": four)
KIN_PAIRS = {"parents": 2, "grandparents": 2, "couple": 2}
# one person described again by an apposition ("One man, a member of the hunters' guild, was shot dead",
# "her husband, a soldier, was"): the person nouns the first phrase ends with
APPOSED_PERSONS = (KIN_NOUNS + r"|man|woman|boy|girl|child|person|civilian|resident|farmer|shepherd|driver|teacher|"
                   r"student|doctor|nurse|soldier|officer|policeman|fighter|member|journalist|worker|son|husband|wife|detainee|prisoner|"
                   r"inmate|hostage|captive")
# a toll named by its group and a relative clause of death ("the number of the fighters of the factions
# who were killed", "the number of people whom SOHR documented their death"): the group's nouns, and
# the relative clauses
TOLL_GROUP_NOUNS = r"people|persons|civilians|individuals|fighters|soldiers|members|militants|militiamen|troops|children|women"
TOLL_GROUP_DIED = (r"(?:who|that)\s+(?:died|were\s+killed|have\s+been\s+killed|had\s+been\s+killed|lost\s+their\s+lives|were\s+executed)|"
                   r"whom\s+(?:[\w-]+\s+){1,4}?(?:documented|recorded|counted)\s+(?:their\s+)?deaths?")
# nouns that name a toll's people as a whole ("the 14 dead included three women")
TOLL_HEADS = frozenset({"dead", "victims", "fatalities", "deaths", "casualties", "martyrs", "wounded", "injured", "arrests"})
# fractions of a scale word: "a quarter of a million" is 250,000, "half a million" 500,000
FRACTIONS = {"half": 0.5, "a half": 0.5, "one half": 0.5, "a quarter": 0.25, "one quarter": 0.25, "quarter": 0.25,
             "three quarters": 0.75, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3}
SCALE_WORDS = r"(?:an?\s+|one\s+)?(?:hundred|thousand|million|billion)"
LIVES_NOUN = "lives"
# one identifiable person named by title after a killing or abducting verb ("gunmen killed the mayor")
TITLES = (r"(?:mukhtar|groom|bride|mayor|deputy\s+mayor|governor|deputy\s+governor|judge|imam|sheikh|priest|bishop|headman|(?:village|district|ward|community|clan)\s+head|traditional\s+ruler|(?:village|tribal|traditional|community|local)\s+(?:chief|leader|elder)|"
          r"chief|police\s+chief|district\s+chief|commander|spokesman|spokeswoman|editor|director|minister|lawmaker|"
          r"mp|senator|councillor|councilor|prosecutor|ambassador|consul|"
          r"head\s+of\s+the\s+(?:[\w'\u2019-]+\s+){0,3}?(?:council|municipality|committee|tribe|clan|village|town))")
# heads whose movement across a border is flight (``rules.refugees_moved``)
REFUGEE_HEADS = frozenset({"refugees", "returnees", "asylum-seekers"})
# staff nouns that are civilians after a civilian service ("medical personnel", "aid workers")
STAFF_NOUNS = frozenset({"personnel", "staff", "workers", "members"})
CIVILIAN_SERVICES = r"medical|health|humanitarian|aid|hospital|relief|rescue|civil\s+defen[cs]e|media|UN"
AGE_MAX = 120  # a number after a name between commas under this is an age ("Fr Odia, 41, was abducted")
OR_NEEDLES = (" or ",)  # the gate of ``rules.KILLED_OR_HELD_BEFORE``
BREAKDOWN_REACH = 80  # characters after "N casualties" in which its killed-and-injured breakdown is looked for
AID_VERB_ENDS = ("reached", "assisted", "supported", "served", "helped", "than", "over", "some", "about", "nearly", "least",
                 "almost", "around")  # the gate of ``rules.AID_VERB_BEFORE``
AMONG_THEM_REACH = 90  # characters back from a person to "among them" (``english._among_them_before``)
RESTATED_LOOKBACK = 40  # figures back in which a breakdown's count may be one restated (``english._restated_kind``)
BODIES_OF_REACH = 40  # characters before "two of them" in which "the bodies of" makes them the dead
# ranks and callings written before a name at the head of a list of victims ("Colonel X and three
# soldiers", "The journalist X and four colleagues"), besides ``TITLES``
NAMED_ROLES = (r"(?:general|colonel|major|captain|lieutenant|brigadier|sergeant|journalist|reporter|photographer|"
               r"cameraman|activist|doctor|dr\.?|lawyer|poet|singer|president|prime\s+minister|king|prince)")
TITLED_LIST_START = "the "  # a sentence that may open on a titled person heading a list ("The mayor, his driver and …")
TITLE_VERBS = (r"(?:killed|killing|shot\s+dead|shooting\s+dead|shot\s+and\s+killed|assassinated|assassinating|murdered|murdering|"
               r"executed|executing|gunned\s+down|beheaded|abducted|abducting|kidnapped|kidnapping)")
# a stock, not an event: people still held or missing ("are still detained", "remain missing")
STOCK_WORDS = r"(?:still|remain|remains|remained|remaining|to\s+this\s+day|to\s+date)"
STOCK_KINDS = frozenset({"detained", "missing"})
# things counted in bulletins that are not people ("one of these attacks", "Drone strikes on vehicles: 6")
THING_NOUNS = (r"(?:attacks?|aggressions?|threats?|thefts?|proceedings|strikes?|air\s*strikes?|raids?|incidents?|bombings?|shells?|explosions?|operations?|violations?|"
               r"massacres?|villages?|towns?|sites?|facilities|hospitals?|schools?|vehicles?|drones?|rockets?|missiles?)")
HELD_KINDS = frozenset({"missing", "detained"})
# what a toll's parts are attributed to ("112 were carried out by the regime forces")
CARRIED_OUT = r"(?:carried\s+out|committed|perpetrated|made)\s+by|attributed\s+to|at\s+the\s+hands\s+of"
# "another in Khan Younis", "another was hurt", "a third wounded": one more, the verb left out
ONE_MORE = r"another|a\s+third|a\s+fourth|a\s+fifth"
# substrings without which the one-more and titled-victim patterns cannot match (a cheap test first)
ONE_MORE_HINTS = ("another", "a third", "a fourth", "a fifth")
TITLE_VERB_HINTS = ("kill", "shot", "assassinat", "murder", "execut", "gunned", "behead", "abduct", "kidnap")
# the set of the dead a count is taken from ("among the executed there are 60 fighters who were captured")
DEAD_SETS = r"dead|executed|killed|victims|fatalities|slain|martyred|martyrs|those\s+killed|those\s+executed"
# a count a set of the dead may hold ("among the seven dead was a woman": ``rules.SUBSET_CROSS``)
SMALL_COUNT_WORDS = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
FATE_HINTS = ("fate", "whereabouts")  # "the fate of N remains unknown", "the whereabouts of 14 soldiers were still unknown"
# "the fate of 45,000 detainees who are believed to have been killed": a death presumed, not confirmed
PRESUMED_DEAD = r"(?:believed|feared|thought|presumed)\s+(?:to\s+have\s+(?:been\s+killed|died|been\s+executed)|dead|killed)"
AS_HINT = "as "  # "as were three of the paramedics"
ELLIPSIS_HEADS = frozenset({"others", "more"})  # "… killed in Hama and three others in Idlib"
# the words a pattern's match can start with: the patterns run only where one of them starts a word
# (same matches as scanning every position, much cheaper); numbers starting with a digit always qualify
TIME_STARTS = frozenset("from between since until till as night last past previous yesterday today tonight this the in "
                        "during throughout for of over within on at by".split()) | frozenset(MONTHS) \
    | frozenset(d + s for d in "monday tuesday wednesday thursday friday saturday sunday".split() for s in ("", "s"))
PROPORTION_STARTS = frozenset("one two three four five six seven eight nine ten".split())
SINGULAR_STARTS = frozenset({"a", "an", "one", "single", "another"})
POSSESSIVE_STARTS = frozenset({"his", "her", "their", "whose", "my", "our"})
# heads that are also adjectives: before another head they modify it ("two elderly men": the men; rules.NP),
# each a lookbehind of its own (a lookbehind has one width)
HEADS_AS_ADJECTIVES = r"(?:(?<=\belderly)|(?<=\bfemale)|(?<=\bmale))"
REPLACED_NEEDLES = ("replac", "supersed")
# how many earlier tolls "replaced both", "the two", "all three" names (``rules.replaced_in_next_sentence``)
REPLACED_HOW_MANY = {"both": 2, "two": 2, "three": 3}
# verbs whose object is a relative cared for, not a victim ("a woman visiting her child", "a man
# carrying his son"): a relative right after one is nobody's count
KIN_CARE_VERBS = (r"visiting|visited|carrying|carried|holding|held|accompanying|accompanied|feeding|nursing|"
                  r"looking\s+for|searching\s+for|waiting\s+for|caring\s+for|picking\s+up|bringing|taking")
# the determiners a relative is named with ("his son", "my father"), as patterns; "whose" opens a kin phrase too
POSSESSIVE_DETS = r"his|her|their|my|our"
KIN_DETS = r"his|her|their|whose|my|our"

# substring gates of the patterns run on every number (``rules.Gated``): what each pattern needs
# (lower case). LEFT_BLOCK_ENDS: how the text before a label number ends ("Resolution", "aged", "$").
LEFT_BLOCK_ENDS = tuple("""resolution division brigade regiment battalion article no no. unit route highway road page
    corps squadron camp gate code flight paragraph chapter section phase level grade number nos item district sector
    building block area zone region aged age ages of between from version model vol vol. volume issue $ € £ #
    № us$ usd turned turning turns every single""".split())
AGE_NEEDLES = ("age",)
RANGE_LINK_ENDS = ("to", "and", "-", "–")
# what the text before a released/recovered count ends with: the verb, "of" or a filler word
RELEASE_LEFT_ENDS = tuple("""release releasing released freed freeing free exchange swap swapped return returned identify identified
    identifying of buried burying recovered retrieved exhumed handover over evacuation evacuated rescue rescued
    repatriation repatriated for the further another least about some than nearly""".split())
# the sides that hand each other their dead ("received the bodies of 140 people from Russia")
WAR_SIDES = r"Russia|Ukraine|Israel|Hamas|Russian\s+side|Ukrainian\s+side|Israeli\s+side|other\s+side"
# what breaks out that is no epidemic ("since the outbreak of the clashes")
WAR_OUTBREAKS = r"war|clashes|fighting|conflict|hostilities|violence|revolution|uprising|protests|battles?|offensive|crisis|escalation|attacks?|unrest|insurgency"
# natural disasters and epidemics named after a number ("6,000 people in the earthquake")
DISASTERS = (r"earthquakes?|quakes?|floods?|flooding|flash\s+floods|storm|hurricane|cyclone|tsunami|landslides?|wildfires?|"
             r"heatwave|epidemic|cholera\s+outbreak|outbreak|pandemic")
# a bulletin that opens on a natural disaster ("three days after a powerful earthquake struck") counts its
# toll in sentences without a disaster word; a sentence that names an act of war still gives figures
DISASTER_LEAD = (r"\b(?:earthquakes?|quakes?|floods?|flooding|flash\s+floods|storm|hurricane|cyclone|typhoon|tsunami|"
                 r"landslides?|mudslides?|wildfires?|volcanic\s+eruption)\b")
WAR_CUES = (r"attack|attacked|attacks|air\s*strikes?|airstrikes?|strikes|shell(?:ed|ing|s)|artillery|bomb(?:s|ed|ing|ings|ardment)?|"
            r"bombers?|drones?|missiles?|rockets?|mortars?|gunfire|gunmen|gunshot|shot|sniper|fighting|clashes|militants|"
            r"militias?|rebels|insurgents?|jihadists?|troops|soldiers|forces|army|war|conflict|raids?|massacre|explosions?|"
            r"blasts?|landmines?|mines|ambush(?:ed)?|executed|shooting")
DISEASE_NEEDLES = tuple("""cholera disease covid coronavirus malnutrition famine measles outbreak epidemic dengue malaria
    flood quake tremor storm hurricane cyclone tsunami landslide wildfire heatwave""".split())
EXPOSURE_NEEDLES = ("hypotherm", "dehydrat", "exposure", "cold", "frost", "illness", "sickness", "heatstroke")
# a revised toll is at most this many times the one it replaces (or a third of it), or it is another count
REVISION_RATIO = 3
MODAL_NEEDLES = ("could", "may", "might", "would", "will", "expected", "likely", "feared", "set")
RISE_NEEDLES = ("rise", "reach", "climb", "exceed", "top", "increase", "surpass", "hit", "grow", "double")
RATE_NEEDLES = ("day", "week", "month", "hour", "daily")
# how the text before a number ends when a trigger (``LEFT_KIND``) and its filler (``FILLER``) stand there
TRIGGER_ENDS = tuple("""killed killing kill kills of executed executing murdering murdered dead assassinated
    apprehended apprehending
    assassinating beheaded beheading down massacred massacring lynched lynching included include includes comprise comprised comprises
    wounded wounding injured
    injuring to maimed arrested arresting detained detaining abducted abducting kidnapped kidnapping holding up
    captured capturing captive hostage displaced displacing uprooted disappeared were are""".split())
FILLER_ENDS = tuple(""", : least than of over about around nearly almost some approximately approx. roughly to
    estimated as another further additional only the its their his her all between himself herself themselves and""".split())
PERP_BY_NEEDLES = ("by", "hands")  # "by regime forces", "at the hands of"
PERP_VERB_NEEDLES = ("killed", "executed", "shot", "murdered", "kidnapped", "abducted", "arrested", "responsible")
# how the text before a number ends after each qualifier of ``rules.QUALIFIER`` (in its order)
QUALIFIER_ENDS = [("least", "than", "of"), ("than", "over", "of", "exceeding", "exceeds", "exceeded", "surpassed", "surpasses", "tops", "topped"),
                  tuple("about around nearly almost some approximately approx. roughly to estimated".split()),
                  ("to", "as")]

# the other vetoes run on every number (``rules.NUMBER_VETOES``, ``CANDIDATE_VETOES``): what each needs
RESTATED_ROW_MIN = 10  # rules.row_restating_toll: the smallest count a list row restates a toll by
AGE_BOUND_REACH = 80  # characters before a number that rules.age_bound reads
AGE_BOUND_ENDS = ("over", "under", "above", "below", "than", "of")  # "women over 18", "the age of 15"
PARENT_NEEDLES = ("father", "mother", "parent", "mum", "mom", "dad", "couple")  # "a father of five"
ALL_BUT_ENDS = ("but", "except", "for", "save")  # "all but three"
CASES_NEEDLES = ("cases",)  # "suspected cases, and 12"
LIST_LINK_ENDS = (",", "and")
POPULATION_NEEDLES = ("population",)
REMAINS_NEEDLES = ("remains",)
# "exhumed 436 bodies from a mass grave", "17 bodies were recovered from a grave": the dead buried earlier,
# not a new toll (bodies *found* in a grave stay killed)
GRAVE_RECOVERY_VERBS = r"(?:recover(?:ed|ing|s)?|retriev(?:ed|ing|es)|exhum(?:ed|ing|es)|unearth(?:ed|ing|s)?|remov(?:ed|ing|es))"
GRAVE_NEEDLES = ("grave",)
POSSESSIVE_S_NEEDLES = ("'s", "\u2019s")  # "Gaza's 2.3 million"
DISASTER_NEEDLES = ("quake", "flood", "storm", "hurricane", "cyclone", "tsunami", "landslide", "wildfire", "heatwave",
                    "epidemic", "outbreak", "pandemic")
DISEASE_NAME_NEEDLES = tuple("""cholera covid coronavirus measles dengue malaria tuberculosis typhoid diphtheria polio
    leishmaniasis hepatitis meningitis malnutrition starvation outbreak epidemic pandemic disease virus causes""".split())
ALIVE_NEEDLES = ("alive", "living")
# an earlier toll before a number (``rules.SUPERSEDED``) and a breakdown of an earlier total (``SUBSET_CROSS``)
EARLIER_NEEDLES = ("had", "earlier", "previous", "initial", "preliminary", "provisional", "first", "prior", "old", "from", "early", "last week", "yesterday", "week ago", "day before", "this week", "day,", "day the", "replac", "supersed", "spoke of", "talked of")
SUBSET_CROSS_NEEDLES = ("they", "these", "remaining", "other", "total", "among", "dead", "victims", "fatalities", "killed",
                        "includ", "compris", "slain")
# the words one of which every time phrase (``rules.TIME``) holds as a word of its own, unless it
# has four digits in a row (a year): a sentence with neither has no time phrase
TIME_ANCHORS = frozenset(MONTHS) | frozenset(d + s for d in WEEKDAYS for s in ("", "s")) \
    | frozenset("last past previous yesterday today tonight morning week month day".split())
BODY_NEEDLES = ("bod", "corpse", "remains")  # "the bodies of", "the remains of"
REVISION_NEEDLES = ("rose", "risen", "rising", "climbed", "jumped", "increased", "mounted", "updated", "toll", "revised", "grown", "grew",
                    "raised")
RAISE_VERBS = r"rais(?:ed|ing|es|e)|revis(?:ed|ing|es|e)|increas(?:ed|ing|es|e)|lower(?:ed|ing|s)?|updat(?:ed|ing|es|e)"  # "raising it to 45"
RUNNING_TOTAL_NEEDLES = ("bring", "brought", "rais", "push", "tak", "took")  # "bringing the toll to"
TOLL_NEEDLES = ("toll", "tally", "count", "figure", "number")  # "the death toll rose to", "the number of victims"
DASHES = ("-", "\u2013", "\u2014")
# how a gap ends when ``rules.QUAL_TAIL`` (a qualifier run at its end) can match it
QUAL_TAIL_ENDS = ("least", "than", "over", "about", "around", "nearly", "almost", "some", "approximately", "to", "as",
                  "another", "further")
# patterns searched over a whole sentence: the words (or marks) each needs
CLAUSE_SPLIT_NEEDLES = (";", "while", "whereas", "but", "however", "meanwhile")
OTHERS_HEADS = ("others",)  # "nine others in Dnipro": a bare count of more people
REVISION_STEP_REACH = 300  # how far after a step of a revision the larger toll it led to may stand
PLACE_RIGHT_AFTER = 2  # characters between a victims phrase and the place phrase that is its own ("nine others in Dnipro")
HEADER_NEEDLES = ("follows", "distributed", "breakdown", "broken")
# a list header that names who killed ("The death toll by perpetrator:", "by party to the conflict"):
# its rows' labels are perpetrators, not victims
BY_PERPETRATOR = r"by\s+(?:the\s+)?(?:perpetrators?|part(?:y|ies)(?:\s+to\s+the\s+conflict)?|responsible\s+part(?:y|ies))"
DURATION_NEEDLES = ("days", "hours", "weeks", "months", "years")
CUMULATIVE_NEEDLES = ("since", "far", "date", "total", "overall", "cumulative", "throughout", "monthly", "annual", "until")

# verbs of saying: a time phrase right after one dates the statement ("said on Wednesday that")
REPORTING_VERBS = r"said|says|reported|announced|told|stated|added|confirmed|declared|wrote|tweeted"

# an earlier report of a toll: the pluperfect of a reporting verb ("had said on Tuesday that",
# "had on Saturday reported") or an adverb of earlier time ("Earlier, ...", "previously")
EARLIER_REPORT_VERBS = r"(?:said|reported|announced|stated|put|given|counted|recorded|told|cited|documented|confirmed|published|posted|insisted|claimed|maintained|spoken)"
EARLIER_ADVERBS = r"(?:earlier|previously|initially|at\s+first)"
# "The previous update gave 32 dead and 84 injured" (blind72 en 008): a report before today's, named as such
PREVIOUS_REPORT = (r"\b(?:previous|earlier|prior|initial|first|preliminary)\s+(?:update|report|bulletin|statement|toll|count|tally|"
                   r"figure|estimate)\s+(?:had\s+)?(?:gave|given|put|said|showed|listed|reported|recorded|stood\s+at|spoke\s+of|mentioned)\b")
# a toll reached before today's ("after the toll had reached 61 on Wednesday night"): the pluperfect
# of a rise after a toll noun, right before the number
EARLIER_TOLL_REACHED = (r"\b(?:toll|tally|count|number)\s+had\s+(?:(?:already|earlier|previously)\s+)?"
                        r"(?:reached|hit|stood\s+at|risen\s+to|climbed\s+to)\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+)?$"
                        # "the figure, which on Sunday stood at 60, could still rise" (blind72 en 004)
                        r"|\b(?:toll|tally|count|number|figure)\s*,\s*which\s+(?:[\w-]+\s+){0,3}?(?:stood\s+at|had\s+reached|"
                        r"had\s+risen\s+to)\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+)?$")
# reported speech: the pluperfect after a verb of saying ("saying it had so far documented", "said on
# Friday that it had recorded") is another source's count of today's toll, not an earlier report
BACKSHIFT_SAYING = (r"\b(?:said|saying|says|told\s+[\w\s.-]{1,30}?|stated|stating|announced|announcing|added|adding)"
                    r"(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today))?"
                    r"(?:\s+that)?\s+(?:it|they|he|she|the\s+(?:group|observatory|network|ministry|monitor))\s+$")
# a day before today's: "had documented on Monday the deaths of 22 of them" is an earlier count of a part
EARLIER_DAY = r"\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|earlier|the\s+day\s+before|the\s+previous\s+day)\b"
# a time that makes a pluperfect report about another period, not a draft of today's toll
OTHER_PERIOD = (r"\b(?:last|previous|past|the\s+same\s+\w+\s+last)\s+year\b|\byears?\s+ago\b|\bin\s+(?:19|20)\d\d\b|"
                r"\bduring\s+(?:the\s+)?(?:whole|entire)\b")

# the wounded who then died: "who was injured on Wednesday ... has died in hospital",
# "died of her wounds", "succumbed to his injuries" — killed, not injured
DIED_OF_WOUNDS = (r"(?:died|passed\s+away)\s+(?:later\s+)?(?:of|from)\s+(?:his|her|their|the|its)\s+(?:\w+\s+)?(?:wounds|injuries)|"
                  r"succumbed(?:\s+to\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:wounds|injuries))?|"
                  r"(?:has|have|had|later|since|subsequently)\s+(?:also\s+|since\s+|later\s+)?died|"
                  r"died\s+(?:later\s+|on\s+\w+\s+)?in\s+(?:a\s+|the\s+)?hospital")

# casualties a hospital received are the wounded brought in ("the South Hospital received 454
# casualties, 56 of whom died"): injured, whatever death words follow
RECEIVED_VERBS = r"(?:received|receives|receiving|admitted|admits|admitting|took\s+in|takes\s+in|treated|treats|treating)"
CARE_PLACES = r"(?:hospitals?|clinics?|medical|health\s+(?:centres?|centers?|facilit(?:y|ies)|points?)|MSF|M[ée]decins|ICRC|Red\s+Crescent|paramedics|medics)"


# diseases named after a count of deaths ("61 deaths from COVID-19"): not war casualties
DISEASE_NAMES = (r"cholera|covid(?:-?19)?|coronavirus|measles|dengue|malaria|tuberculosis|typhoid|diphtheria|polio|"
                 r"leishmaniasis|hepatitis|meningitis|malnutrition|starvation|the\s+(?:outbreak|epidemic|pandemic|disease|virus)")
# deaths from exposure and illness ("two displaced infants died of hypothermia"): not war casualties
EXPOSURE_CAUSES = r"hypothermia|dehydration|exposure|the\s+(?:cold|freezing\s+cold|frost)|cold|frostbite|illness|sickness|heatstroke"
# "a few hundred of them", "several thousand people": a vague amount, not a count of 100 or 1,000
# (like "hundreds of"); the words before a bare scale word (``rules.vague_scale``)
VAGUE_SCALE_BEFORE = r"\b(?:a\s+few|few|several|a\s+couple\s+of|some\s+few|many)\s+$"
VAGUE_SCALE_ENDS = ("few", "several", "of", "many")
SCALE_WORD = r"(?:hundred|thousand|million)"
# "Deir Ezzor province: The death toll of the clashes between …, which erupted …, has risen to 90": a toll
# noun that opens the sentence (after a province label) is the subject of a rise however long the
# clause between (``rules.toll_opens_sentence``)
SENTENCE_LABEL = r"(?:[A-Z][\w'\u2019 -]{0,40}:\s*)?"
OPENING_TOLL = r"the\s+(?:death\s+|casualty\s+)?toll"
HAS_RISEN_TO = r"\b(?:has|have)\s+(?:risen|climbed|increased|jumped)\s+to\s+(?:at\s+least\s+)?$"
# people a bound on age follows ("women over 18", "children under 15")
AGE_BOUND_PEOPLE = r"children|women|men|boys|girls|minors|people|persons|adults|youths|victims|those|males|females"
# one person's family size ("a father of five")
PARENT_NOUNS = r"father|mother|parent|parents|mum|mom|dad"
# "all but three of them", "all except two": the remainder of a total, not a count of victims
ALL_BUT = r"\b(?:all|everyone|everybody)\s*,?\s+(?:but|except(?:\s+for)?|save)\s+$"
# a definition's threshold ("defines a massacre as an attack that kills five or more"): an indefinite
# thing with a present-tense casualty verb in a relative clause, and a threshold or a word of defining
DEFINITION_VERBS = r"kills|injures|wounds|leaves|claims|causes|results\s+in|involves"
DEFINITION_BEFORE = (r"\b(?:an?|any|each|every)\s+(?:[\w-]+\s+){0,3}?(?:that|which|in\s+which|where)\s+(?:"
                     + DEFINITION_VERBS + r")\s+(?:the\s+deaths?\s+of\s+)?(?:at\s+least\s+)?$")
DEFINITION_NEEDLES = ("kills", "injures", "wounds", "leaves", "claims", "causes", "results", "involves")
DEFINING_WORDS = r"\b(?:defin(?:e|es|ed|ing|ition)|counts?\s+as|considers?|considered|classif(?:y|ies|ied))\b|^\s*or\s+(?:more|above)\b"
# the wounded named as a group that then died ("two critically injured men died"): adverbs and nouns between
# "One of the wounded, an 81-year-old woman, later died": adverbs between an apposition and its death verb
LATER_ADVERBS = r"later|then|subsequently|since|also|eventually"
SEVERITY_ADVERBS = r"seriously|critically|badly|gravely|severely|mortally"
WOUNDED_GROUP_NOUNS = r"men|women|people|persons|patients|civilians|children|ones|soldiers|fighters|members|victims"
DEATH_NOUN_BEFORE = r"(?:death|deaths|passing)\s+of"
# detainees counted as a prison's population or as leaving detention, not a detention event
# ("the camp has held about 780 detainees", "500 detainees had escaped", "900 detainees ... were released")
HELD_STOCK_HEADS = frozenset({"detainees", "detainee", "prisoners", "inmates",
                              "held", "arrested", "detained"})  # "of those held/arrested" (blind81 en)
HOLDING_VERBS = r"held|holds|holding|housed|houses|housing|hosted|hosts|hosting|accommodated|accommodates"
# what a list row's people underwent when it is none of the five kinds ("• 244 children recruited and used by
# armed groups", "• 1,200 patients treated"): the row does not take its list's kind
NOT_CASUALTY_ACTS = (r"recruited|enlisted|conscripted|treated|vaccinated|reunited|released|freed|rescued|evacuated|"
                     r"enrolled|trained|employed|registered|resettled|returned")
LEAVING_DETENTION = r"released|freed|escaped|surrendered|exchanged|swapped|repatriated|handed\s+over|set\s+free|broke\s+out"
# a whole population named beside a share of it ("1 million of Gaza's 2.3 million people", "out of a
# population of 27 million"): not a count of victims
POPULATION_QUALIFIERS = r"(?:(?:an\s+)?estimated|some|about|around|roughly|nearly|almost|approximately|more\s+than|over)"
POPULATION_NOUNS = r"people|residents|inhabitants|population|citizens|Syrians|Yemenis|Gazans|Palestinians|Iraqis|Sudanese|Afghans"
# the last words of a toll a count is brought to ("brings to 18 the number of civilians … killed"), by kind
BROUGHT_TO_KINDS = {"killed": r"killed|dead|deaths|who\s+(?:have\s+|had\s+)?died|who\s+(?:have\s+|had\s+)?lost\s+their\s+lives",
                    "injured": r"wounded|injured", "detained": r"arrested|detained|detainees",
                    "missing": r"missing|disappeared", "displaced": r"displaced"}
# the people an armed group, a force or a rescue service "lost" that are its dead (``rules.lost_members``)
LOST_HEADS = frozenset({"soldiers", "fighters", "troops", "members", "personnel", "officers", "militants", "policemen",
                        "commanders", "servicemen", "militiamen", "gunmen", "men",
                        "volunteers", "paramedics", "medics", "rescuers", "colleagues"})  # "the Red Crescent lost five volunteers"
# how the text before the victims of "burnt … to death" ends (the gate of ``rules.VERB_TO_DEATH_BEFORE``)
TO_DEATH_VERB_ENDS = tuple("""burnt burned burning hacked hacking stabbed stabbing beat beaten beating starved starving stoned
    stoning shot tortured torturing crushed least about some nearly than""".split())
FAMILY_LIST_STARTS = frozenset({"a", "an", "the"})  # where rules.A_KIN_LIST may start ("the father, mother and their son")
INDEFINITE_ARTICLES = frozenset({"a", "an"})  # "a lawyer" (one person by role), not "one media worker" (``english._role_in_counted_set``)
LOST_HEADS_OF_ITS = frozenset({"members"})  # lost only "of its members" (a parliament loses members too)
# more end-anchored patterns searched before every number or candidate (``rules.Gated``): the words
# (or ends) each needs
ROSE_TO_NEEDLES = ("rose", "risen", "rising", "climbed", "jumped", "increased", "mounted", "toll")  # ``ROSE_TO_END``
DRIVING_NEEDLES = ("driv", "drove", "forc", "chas", "expell", "push")  # "drove out some 3,000"
REVISED_TO_NEEDLES = ("revised", "lowered", "corrected", "reduced")  # "has been revised to 84"
THAN_THE_ENDS = ("the",)  # "higher than the 160 deaths"
FREED_WITH_ENDS = ("and",)  # "rescued 15 pupils and a woman"
KILLED_NEEDLES = ("kill", "dead")  # "killing and injuring at least 700"
HURT_NEEDLES = ("injur", "wound", "maim")
TOLL_WORD_NEEDLES = ("toll", "number", "tally", "count")  # "the toll rose to"
ROSE_NEEDLES = ("rose", "risen", "climbed", "increased", "reached", "jumped", "mounted")
REVISED_FIGURE_NEEDLES = ("revised", "updated", "corrected", "raised", "lowered")  # "revised the death toll"
# a word each trigger of ``LEFT_KIND`` holds (``rules.LEFT``): "killing of", "the lives of", "wounded", "detention of"
TRIGGER_NEEDLES = tuple("""kill death execut massacr slaughter murder lives martyrdom shahadat dead assassinat behead gunn lynch
    victims fatalities injur wound maim arrest detain detention abduct kidnap holding rounded captur captive hostage apprehend
    displac uprooted disappear slain""".split())
# a mark or word each subset marker at the end of a gap holds (``rules.SUBSET_END``): "(", ":", "including",
# "among them", "of whom", "with", "mostly", "in addition to"
SUBSET_END_NEEDLES = ("(", "[", ":", "they", "namely", "including", "incl.", "among", "whom", "them", "which", "with", "mostly",
                      "mainly", "addition")

"""English casualty figures: monitoring-group bulletins (SOHR, SNHR) and wire reports.

``extract_english(text, published=None)`` reads a bulletin sentence by sentence and
returns ``CasualtyFigure``s in text order. Rules, not a model: every number (digits,
words, "a child") is a candidate; a candidate becomes a figure only when the text ties
it to a casualty —

* a predicate after its victims phrase: "13 ISIS fighters were killed", "seven dead",
  "20 wounded", "lost their lives", "were arrested";
* a trigger before it: "killed at least 22", "the killing of 1851", "death of a child",
  "the death toll rose to 1,383", "the number of victims … was 229", "left 54 fatalities";
* a casualty noun as its head: "fatalities", "deaths", "detainees", "150 injured people";
* a list or table under a header that says what is counted ("The death toll is as
  follows:" / "Civilians: 832", "• Aleppo: 179 people");
* coordination with such a number ("killed 10 women and 12 children", "13 X and 16 Y
  were killed") or a subset marker ("including", "among them", "of them", "of the total").

Everything else is left out: durations, dates and years, ages, units and resolutions,
money, percentages, rates ("a day"), counts of things (attacks, shells, positions,
massacres) and people who are not victims. Numbers hidden by SOHR headline obfuscation
("kil*led") are read after ``deobfuscate_keep_offsets``, offsets unchanged.

The shared steps (sentences, time windows, restatement merging, ``part_of`` indexing)
are in ``nlp.casualties.common``; number reading in ``nlp.numbers``. Pure, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from typing import Optional

from nlp.casualties.common import (
    MONTHS,
    Sentence,
    confidence,
    deobfuscate_keep_offsets,
    finalize,
    make_figure,
    nearest_parent,
    resolve_time,
    split_sentences,
)
from nlp.numbers import NumberSpan, find_numbers
from tollwatch.records import CasualtyFigure, TimeWindow

__all__ = ["extract_english"]

I = int(re.IGNORECASE)

# --------------------------------------------------------------------------- lexicon

# victim head nouns -> category
_HEADS = {
    "civilians": "civilians", "civilian": "civilians", "citizens": "civilians", "citizen": "civilians",
    "residents": "civilians", "resident": "civilians", "villagers": "civilians", "shepherds": "civilians",
    "shepherd": "civilians", "farmers": "civilians", "farmer": "civilians", "workers": "civilians",
    "worker": "civilians", "pilgrims": "civilians", "worshippers": "civilians", "students": "civilians",
    "student": "civilians", "journalists": "civilians", "journalist": "civilians", "doctors": "civilians",
    "doctor": "civilians", "medics": "civilians", "medic": "civilians", "paramedics": "civilians",
    "nurses": "civilians", "nurse": "civilians", "refugees": "civilians", "teachers": "civilians",
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
    "bodies": "unknown", "corpses": "unknown", "martyrs": "unknown", "souls": "unknown",
    "fighters": "fighters", "fighter": "fighters", "militants": "fighters", "militant": "fighters",
    "mercenaries": "fighters", "rebels": "fighters", "rebel": "fighters", "combatants": "unknown",
    "combatant": "unknown", "gunmen": "fighters", "gunman": "fighters", "jihadists": "fighters",
    "jihadist": "fighters", "insurgents": "fighters", "insurgent": "fighters", "militiamen": "fighters",
    "elements": "fighters", "element": "fighters", "members": "unknown", "member": "unknown",
    "companions": "unknown", "comrades": "unknown", "colleagues": "unknown", "relatives": "unknown",
    "sons": "unknown", "daughters": "unknown", "brothers": "unknown", "sisters": "unknown", "siblings": "unknown",
    "bodyguards": "unknown", "escorts": "unknown", "occupants": "unknown", "crew": "unknown",
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
    "operatives": "fighters", "bombers": "fighters", "attackers": "fighters", "assailants": "fighters",
    "recruits": "fighters", "cadres": "fighters", "loyalists": "fighters",
    "soldiers": "security_forces", "soldier": "security_forces", "troops": "security_forces",
    "officers": "security_forces", "officer": "security_forces", "policemen": "security_forces",
    "policeman": "security_forces", "personnel": "security_forces", "forces": "security_forces",
    "guards": "security_forces", "servicemen": "security_forces", "conscripts": "security_forces",
    "detainees": "unknown", "detainee": "unknown", "prisoners": "unknown", "prisoner": "unknown",
    "dead": "unknown", "deaths": "unknown", "fatalities": "unknown", "casualties": "unknown",
    "injured": "unknown", "wounded": "unknown", "injuries": "unknown", "missing": "unknown",
}
# capitalised plurals name groups of people: Palestinians, Christians, Alawites, Houthis, Russians
_PEOPLE_PLURAL = r"(?:Druze|Bedouins?|[A-Z][a-z]+(?:ians|ans|ites|ists|is|ese|ds|ks|tes|zes))"
_HEAD_RX = r"(?:" + "|".join(sorted(_HEADS, key=len, reverse=True)) + r"|" + _PEOPLE_PLURAL + r")"

# head nouns that are themselves the kind
_WEAK_NOUN_KIND = frozenset({"detainees", "detainee", "missing", "displaced"})
_NEGATED = re.compile(r"\b(?:unable|not|no|never|cannot|couldn['’]t|failed|without)\b", I)
_NOUN_KIND = {"dead": "killed", "deaths": "killed", "fatalities": "killed", "martyrs": "killed",
              "casualties": "killed", "injured": "injured", "wounded": "injured", "injuries": "injured",
              "detainees": "detained", "detainee": "detained", "missing": "missing", "displaced": "displaced"}

_NUM_WORD = (r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|"
             r"fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|several|scores|some|many)")
_STOP_MOD = (r"(?:were|was|are|is|have|has|had|be|been|in|on|at|by|from|during|after|before|when|while|and|or|"
             r"of|to|who|which|that|with|including|among|as|for|the|than|into|near|since|until|but|whose|"
             r"killed|died|wounded|injured|arrested|detained|left|leaving|said|says|about|over)")
# victims phrase after a number: up to four modifiers, then a head noun
_NP = re.compile(
    r"(?P<lead>[ \t\u00a0]*(?:[\"“”']\s*)?)"
    r"(?P<mods>(?:(?=[a-z]+[ \t\u00a0]+(?:and|or)[ \t\u00a0])(?!" + _STOP_MOD + r"\b|" + _NUM_WORD + r"\b|" + _HEAD_RX + r"\b|dead\b|wounded\b|injured\b|missing\b)"
    r"[a-z]+[ \t\u00a0]+(?:and|or)[ \t\u00a0]+(?=(?!" + _HEAD_RX + r"\b|" + _NUM_WORD + r"\b|" + _STOP_MOD + r"\b|dead\b|wounded\b|injured\b|missing\b)"
    r"[a-z]+[ \t\u00a0]+" + _HEAD_RX + r"(?![\w-])))?"
    r"(?:(?!" + _STOP_MOD + r"\b)[\w’'\-/]+[ \t\u00a0]+){0,4}?)"
    r"(?P<head>" + _HEAD_RX + r")(?![\w-])"
    r"(?P<coord>\s+(?:and|or)\s+(?:(?!" + _NUM_WORD + r"\b|\d|" + _STOP_MOD + r"\b)[\w’'\-/]+\s+){0,2}?"
    r"(?!(?:injured|wounded|dead|missing|displaced|detained|deaths|fatalities|casualties|injuries|others)\b)"
    + _HEAD_RX + r"(?![\w-]))?"
    r"(?P<ext>\s+(?:of|from|affiliated with|loyal to|belonging to)\s+(?:the\s+)?"
    r"(?:[\w’'\-/]+\s+){0,3}(?i:forces|army|regime|militias?|group|factions|ISIS|IS|Daesh|Hezbollah|SDF|police|"
    r"organi[sz]ation|Front|Council|Committees|units|brigades?|family|families)\b"
    r"(?:\s+(?:and|or)\s+(?:[\w’'\-/]+\s+){0,2}?(?i:militias?|forces|fighters|groups|factions|members|militiamen))?)?",
)
_PARTITIVE = re.compile(
    r"\s*(?:at\s+least\s+)?(?:out\s+)?of\s+(?P<what>them|whom|those|these|the\s+(?:total(?:\s+(?:death\s+)?(?:toll|number))?|"
    r"number|overall\s+toll|death\s+toll|toll|dead|deceased|killed|victims|fatalities|casualties|deaths|killings|wounded|injured|"
    r"detainees|arrested|missing|displaced))\b",
    I,
)
_CASES = re.compile(r"\s*(?:cases|incidents)\s+of\s+(?:arbitrary\s+|enforced\s+)?(?P<k>arrests?|detentions?|arrest/detention|"
                    r"abductions?|kidnappings?|disappearances?|enforced\s+disappearances?)\b", I)
_WERE_HEAD = re.compile(r"\s+(?:are|were)\s+(?P<h>" + _HEAD_RX + r")\b(?!\s+(?:of|from|in|by|who|that|and\s+(?:were|are)))")
_ARE_HEAD = re.compile(r"\s*(?:,\s*)?(?:(?:are|were)\s+)?(" + _HEAD_RX + r")\b")
_OF_HEAD = re.compile(r"\s*(?:out\s+)?of\s+(?:the|their|its|his|our)?\s*(?P<h>" + _HEAD_RX + r")\b")
_POST_QUAL = re.compile(r"\s*(?P<q>at\s+least|or\s+more|at\s+a\s+minimum)\b", I)

# what may follow a number that has no victims noun ("kill 42 near", "25 in Latakia", "16.")
# "including 34 the military says are dead": a reported status in a reduced relative clause
_SAYS_ARE = r"(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:says|said|believes|believed|thinks|confirmed)\s+(?:are|were|is|was|have\s+been|had\s+been)\s"
_BARE_OK = re.compile(
    r"\s*(?:$|(?:to|-|–|and)\s*(?=\d)|to\s+flee\b|(?=" + _SAYS_ARE + r")|,?\s*the\s+(?:total\s+)?(?:number|toll|death\s+toll|count)\s+of\b|[.,;:)\]\u2014\u2013\"”]|-\s|(?:in|at|near|outside|inside|across|around|from|on|during|since|by|"
    r"and|or|as|after|while|when|so|this|last|yesterday|today|overnight|were|was|have|had|has|are|is|"
    r"killed|dead|died|wounded|injured|hurt|arrested|detained|missing|displaced|taken|captured|others?|more|remain|remained|remains|who\s+(?:were|was|had|have|died|fled)|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|under|aged)\b)",
    I,
)
# "nine in ten of the population", "one in every four children": a proportion, not a count
_SMALL_NUM = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
_PROPORTION = re.compile(r"\b" + _SMALL_NUM + r"\s+(?:in|out\s+of)\s+(?:every\s+)?(?:" + _SMALL_NUM[3:-1] + r"|hundred)\b"
                         r"(?=\s*(?:of\b|[,.;:)]|$|(?:people|children|residents|Gazans|Palestinians|Syrians|Sudanese|Yemenis)\b))", I)
_UNIT_AFTER = re.compile(
    r"[ \t\u00a0-]*(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|km|kilomet|"
    r"met(?:er|re)s?|miles?|%|percent|per\s*cent|dollars|usd|euros?|pounds|liras?|syp|tons?|tonnes|kg|"
    r"am\b|pm\b|a\.m|p\.m|o['’]clock|times|fold|x\b|-year|year-old|years-old|storey|floors?)",
    I,
)
_LEFT_BLOCK = re.compile(
    r"(?:\b(?:resolution|division|brigade|regiment|battalion|article|no\.?|unit|route|highway|road|page|corps|"
    r"squadron|camp|gate|code|flight|paragraph|chapter|section|phase|level|grade|number|nos?|item|district|"
    r"sector|building|block|area|zone|region|aged|age|ages|age of|ages of|aged between|aged from|"
    r"the age of|version|model|vol\.?|volume|issue)|[$€£#№]|US\$|\bUSD)\s*$",
    I,
)
_RELEASE_LEFT = re.compile(r"(?<!\bto\s)\b(?:release|releasing|released|freed|freeing|free|exchange|swap|swapped|return|returned|"
                           r"identified|identifying|identification\s+of|buried|burying|burial\s+of|recovered|retrieved|exhumed|"
                           r"handover|handed\s+over|evacuation|evacuated|rescue|rescued|repatriation|repatriated)"
                           r"(?:\s+of)?(?:\s+(?:the|a\s+further|another|at\s+least|about|some|more\s+than|over|nearly))*\s*$", I)
# not war casualties: disease and natural disasters
_DISEASE = re.compile(r"\b(?:cholera|disease|covid|coronavirus|malnutrition|famine|measles|outbreak|epidemic|dengue|malaria|"
                      r"floods?|flooding|flash\s+floods|earthquakes?|quakes?|tremors?|storm|hurricane|cyclone|tsunami|"
                      r"landslides?|wildfires?|heatwave)\b", I)
_SPECULATIVE = re.compile(r"\b(?:could|may|might|would|will|expected\s+to|likely\s+to|feared\s+to|set\s+to)\s+"
                          r"(?:rise|reach|climb|exceed|top|increase|surpass|hit|grow|double)"
                          r"(?:\s+(?:to|above|beyond|past|over|at))?(?:\s+(?:about|around|nearly|more\s+than|over))?\s*$", I)
_AGE_RANGE_LEFT = re.compile(r"\b(?:aged?|ages)\s+(?:from\s+|between\s+)?\S+\s*(?:to|and|-|–)\s*$", I)
_RATE = re.compile(r"^[^.;,(\[\d]{0,40}?(?:(?<!within\s)(?<!in\s)(?<!for\s)(?<!over\s)\b(?:a|per|each)|every)\s+(?:day|week|month|hour)\b|^[^.;]{0,25}\bdaily\b", I)
_RELATIVE_MORE = re.compile(r"^\s*(?:(?:and|or)\s+(?!(?:injured|wounded|dead|missing|displaced|detained)\b)"
                            + _HEAD_RX + r"\s+)?(?:more|fewer|less)\s+than\b")  # "500 soldiers and fighters more than"

_DATE_NOUNS = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
_ORDW = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"

# time phrases (also block the numbers inside them from being counts)
_TIME = re.compile(
    r"\b(?=\d|(?:from|between|since|until|till|as\s+of|night|last|past|previous|yesterday|today|tonight|this\s+morning|"
    + _DATE_NOUNS + r"|" + _WEEKDAY + r")\b|(?:the|in|during|throughout|for|of|over|within|on|at|by)\s+(?:the\s+)?"
    r"(?:\d|(?:last|past|previous|beginning|start|early|mid|late|end|year|month|a|one|night|" + _ORDW + r"|"
    + _DATE_NOUNS + r"|" + _WEEKDAY + r")\b))(?:"
    r"(?:from|between)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:" + _DATE_NOUNS + r")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?(?:\s+\d{4})?"
    r"\s+(?:to|until|till|and|through)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:" + _DATE_NOUNS + r")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?(?:\s+\d{4})?"
    r"|(?:between\s+|from\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to|and|until)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _DATE_NOUNS + r")\.?(?:,?\s+\d{4})?"
    r"|(?:since|from|as\s+of|until|till|by)\s+(?:the\s+)?(?:beginning\s+of\s+|start\s+of\s+|early\s+|mid-?\s*|late\s+|end\s+of\s+)?(?:the\s+)?(?:(?:" + _DATE_NOUNS + r")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?(?:\s+\d{4})?|\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _DATE_NOUNS + r")\.?(?:,?\s+\d{4})?)"
    r"|(?:on\s+|at\s+night\s+of\s+|night\s+of\s+)?(?:the\s+)?(?:\d{1,2}|" + _ORDW + r")(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _DATE_NOUNS + r")\.?(?:,?\s+\d{4})?"
    r"|(?:on\s+)?(?:" + _DATE_NOUNS + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|(?:in|during|throughout|for|of)\s+(?:the\s+month\s+of\s+)?(?:" + _DATE_NOUNS + r")\.?(?:,?\s+\d{4})?"
    r"|(?:" + _DATE_NOUNS + r")\.?\s+\d{4}"
    r"|(?:in|during|throughout|since|of|for)\s+(?:the\s+year\s+)?(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d"
    r"|(?:during|in|over|within|for)?\s*(?:the\s+)?(?:last|past|previous)\s+(?:\d+|\w+)\s+(?:hours|days|weeks|months|years)"
    r"|(?:during|in|over|within|for)?\s*(?:the\s+)?(?:last|past|previous)\s+(?:24\s+hours|day|week|month|year)"
    r"|(?:during|in|over|within|for)\s+(?:a|one)\s+(?:week|month|day)"
    r"|(?:on\s+)?(?:last\s+)?" + _WEEKDAY +
    r"|yesterday|today|last\s+night|tonight|this\s+morning"
    r")\b",
    I,
)
_DURATION = re.compile(r"\b\d+\s+(?:days|hours|weeks|months|years)\b", I)

# kind verbs / nouns
_KILLED_V = (r"(?:whose\s+deaths?|(?:were|was|are|is)\s+among\s+(?:the|those)\s+(?:dead|killed|fatalities|victims)|killed|died|(?:pronounced|declared|found)\s+dead|dead|slain|perished|martyred|murdered|massacred|beheaded|assassinated|executed|"
             r"shot\s+dead|gunned\s+down|lost\s+(?:their|his|her)\s+li(?:ves|fe)|burned\s+to\s+death|drowned|"
             r"succumbed|were\s+killed|die|dies|fell\s+victim)")
_INJURED_V = r"(?:(?:were|was|are|is)\s+among\s+the\s+(?:wounded|injured)|(?<=remain\s)(?:in\s+(?:a\s+)?hospital|hospitali[sz]ed)|(?:were|was|are|is|been)\s+hospitali[sz]ed|maimed|wounded|injured|hurt|sustained\s+(?:\w+\s+)?injuries|suffered\s+(?:\w+\s+)?(?:injuries|wounds))"
_DETAINED_V = r"(?:(?<=being\s|still\s)held|held\s+(?:captive|hostage|prisoner|incommunicado|in\s+(?:detention|custody|captivity))|in\s+captivity|(?<![\w,.;] )(?<=\s)(?:hostage|captive|prisoner)(?!s)|under\s+arrest|in\s+(?:detention|custody)|behind\s+bars|taken\s+(?:captive|hostage)|captured|arrested|detained|abducted|kidnapped|taken\s+prisoner|rounded\s+up|held\s+captive|imprisoned)"
_MISSING_V = r"(?:(?:turned\s+into|became)\s+(?:cases\s+of\s+)?enforced\s+disappearances?|missing|disappeared|unaccounted\s+for|forcibly\s+disappeared)"
_DISPLACED_V = r"(?:(?:driven|forced|chased|expelled|pushed)\s+(?:out\s+)?(?:of|from)\s+(?:their|his|her)\s+(?:homes?|villages?|towns?)|forced\s+(?:to\s+leave|out|from)|(?:fled|left|abandoned)\s+(?:their|his|her)\s+homes?|to\s+flee|displaced|uprooted|(?:made|left)\s+homeless|forced\s+to\s+flee|fled|fleeing)"
_KIND_V = {"killed": _KILLED_V, "injured": _INJURED_V, "detained": _DETAINED_V, "missing": _MISSING_V,
           "displaced": _DISPLACED_V}
_AUX = r"(?:the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:says|said|believes|believed|thinks|confirmed)(?=\s+(?:are|were|is|was|have\s+been|had\s+been)\s)|who\s+[^,.;:\d()]{1,50}?(?=\s+(?:was|were)\s)|who\s+(?=(?:were|was|had\s+been|have\s+been|died|lost|succumbed|perished|remain|fled)\b)|,[^,.;:]{1,60},|\([^()]{1,40}\)|(?:of\s+(?:the|a|an|his|her|their|its)|from|in|on|at|near|inside|aboard|with)\s+[^,.;:\d]{1,50}?(?=,?\s+(?:was|were|had|has|have|succumbed|died|lost)\b)|[a-z]{3,}ing\s+(?:in|on|at|near|inside|aboard|with|by|through|along|from|to)\s+[^,.;:\d]{1,50}?(?=,?\s+(?:was|were|had\s+been|have\s+been)\s)|(?:who|that)\s+(?:were|was|had\s+been|are)\s+(?:in|at|inside|on|near|aboard)\s+[^,.;:\d]{1,40}?(?=\s(?:remain|were|are|have|had))|\s|,|\]|\)|remain|remained|still|went|internally|forcibly|seriously|critically|severely|lightly|fatally|were|was|are|is|have|has|had|been|being|got|all|both|also|reportedly|later|subsequently|then|of\s+them|mostly|allegedly|either|each|confirmed|reported|more(?=\s+(?:were|was|have|had|are|remain|died|sustained|suffered|may|might|could|must)\b)|(?:may|might|could|must)\s+have|feared|presumed|believed\s+(?:to\s+have\s+)?|thought\s+to\s+have)*?"
_PRED = re.compile(r"^" + _AUX + r"\b(?P<v>" + "|".join(f"(?P<{k}>{v})" for k, v in _KIND_V.items()) + r")\b", I)
# "Two gunmen killed three people", "A soldier shot dead a teenager": an active verb with an object
_ACTIVE_VERB = re.compile(r"killed|shot\s+dead|gunned\s+down|murdered|massacred|executed|assassinated|beheaded|slain|"
                          r"wounded|injured|maimed|arrested|detained|abducted|kidnapped|captured|displaced|uprooted", I)
_ACTIVE_OBJECT = re.compile(r"\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+|around\s+|over\s+)?"
                            r"(?:\d|(?:a|an|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                            r"\w+teen|twenty|thirty|forty|fifty|several|dozens|scores|hundreds|thousands|many|two|both)\b)"
                            r"(?![\s\w-]{0,12}\b(?:day|days|week|weeks|month|months|year|years|night|nights|hours?|morning|"
                            r"afternoon|evening|time|previous|following|same|next|last|past|earlier|later|before|after|ago)\b)", I)
_PASSIVE_AUX = re.compile(r"\b(?:were|was|are|is|been|be|being|got|get|gets|who|that)\b", I)
_COMBINED = re.compile(r"^\s*(?:and|or|&|/)\s*(?:were\s+|been\s+)?(?:" + _INJURED_V + r"|" + _KILLED_V + r")\b", I)

_LEFT_KIND = {
    "killed": r"(?:killed|killing|kill|kills|killings?\s+of|deaths?\s+of|execution\s+of|executed|executing|executions\s+of|"
              r"massacre\s+of|slaughter\s+of|murder\s+of|murdering|murdered|(?:claimed|claiming|took|taking|cost|costing)\s+the\s+lives\s+of|"
              r"lives\s+of|martyrdom\s+of|shooting\s+dead|shot\s+dead|assassinat(?:ed|ing)|assassination\s+of|behead(?:ed|ing)|"
              r"gunned\s+down|gunning\s+down|shot\s+and\s+killed|massacred|massacring|(?:the\s+)?(?:dead|victims|fatalities|those\s+killed)\s+(?:included|include|includes))",
    "injured": r"(?:(?:the\s+)?(?:injured|wounded)\s+(?:included|include|includes)|wounded|wounding(?:\s+of)?|injured|injuring|injur(?:y|ies)\s+(?:of|to)|wounding|maimed)",
    "detained": r"(?:arrested|arresting|arrests?\s+of|detained|detaining|detention\s+of|abducted|abducting|abduction\s+of|"
                r"kidnapped|kidnapping(?:\s+of)?|(?:still\s+|now\s+)?holding|rounded\s+up|captured|capturing|capture\s+of|took\s+(?:captive|hostage))",
    "displaced": r"(?:displaced|displacing|displacement\s+of|uprooted)",
    "missing": r"(?:disappearance\s+of|(?:forcibly\s+)?disappeared)",
}
_FILLER = (r"(?:\s|,|:|at\s+least|no\s+(?:less|fewer)\s+than|not\s+less\s+than|a\s+minimum\s+of|more\s+than|over|"
           r"upwards\s+of|in\s+excess\s+of|about|around|nearly|almost|some|approximately|approx\.|roughly|close\s+to|"
           r"an\s+estimated|estimated|up\s+to|as\s+many\s+as|a\s+total\s+of|total\s+of|another|a\s+further|"
           r"further|an\s+additional|additional|only|the|its|their|his|her|all|(?:its|their)\s+\w+\s*,)*")
_LEFT = re.compile(r"\b(?P<t>" + "|".join(f"(?P<{k}>{v})" for k, v in _LEFT_KIND.items()) + r")" + _FILLER + r"$", I)
_NEUTRAL_LEFT = re.compile(
    r"\b(?:left|leaving|leaves|claimed|claiming|resulted\s+in|resulting\s+in|caused|causing|documented|recorded|"
    r"reached|reaching|rose\s+to|raised\s+to|raising\s+to|bringing\s+to|risen\s+to|rising\s+to|climbed\s+to|jumped\s+to|increased\s+to|mounted\s+to|"
    r"hit|stands\s+at|stood\s+at|there\s+(?:are|were))" + _FILLER + r"$",
    I,
)
_TOLL_LEFT = re.compile(
    r"\b(?P<toll>(?:death|casualty|fatality|final|overall|new|updated|total)?\s*(?:toll|tally|count|figure)|numbers?\s+of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:dead|deaths|victims|fatalities|killed|died|executed|martyrs|casualties|"
    r"injured|wounded|injuries|detainees|arrests|arrested|displaced|missing))"
    r"(?P<fill>[^.;:!?]{0,160}?)\b(?:rose|risen|rising|climbed|jumped|increased|mounted|reached|hit|stood|stands|"
    r"was|is|were|are|at|to|of|includes?|including|remains?|became|surpassed|exceeded|topped)" + _FILLER + r"$",
    I,
)
_REVISION = re.compile(r"\b(?:rose|risen|rising|climbed|jumped|increased|mounted|updated|new\s+toll|revised|raised)\b", I)
_SUPERSEDED = re.compile(
    r"\b(?:(?:had\s+(?:earlier\s+|previously\s+|initially\s+)?(?:given|put|reported|announced|said|stated)|earlier|previous|"
    r"initial|preliminary|first|prior|old)\s+(?:reports?\s+(?:had\s+)?(?:said|put|gave|suggested|indicated)(?:\s+that)?|"
    r"(?:death\s+|casualty\s+)?(?:toll|figure|count|tally|estimate)\s+(?:that\s+|which\s+)?(?:had\s+)?(?:put|given|placed|set)\s+[^.;]{0,40}?\s(?:at|as)|"
    r"(?:a\s+|an\s+|the\s+|its\s+)?(?:death\s+|casualty\s+)?(?:toll|figure|count|tally)"
    r"(?:\s+(?:of|at|was|stood\s+at|as))?)|up\s+from|down\s+from|revised\s+(?:up|down)\s+from|(?:had\s+)?previously\s+reported|"
    r"had\s+(?:earlier\s+|previously\s+|initially\s+|first\s+)(?:reported|said|announced|stated)(?:\s+that)?|"
    r"had\s+(?:reported|said|announced|stated)\s+(?:earlier|previously|initially)(?:\s+that)?)"
    + _FILLER + r"$",
    I,
)
_APPOSITION_TOLL = re.compile(
    r"^\s*,?\s*(?:which\s+is\s+)?the\s+(?:total\s+)?(?:number|toll|death\s+toll|count)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?P<w>casualties|dead|deaths|victims|fatalities|killed|martyrs|injured|wounded|detainees|arrested|displaced|bodies)\b"
    r"(?:\s+(?P<died>killed|executed|who\s+died|who\s+were\s+killed|who\s+were\s+executed|recovered|retrieved|found|pulled|received))?",
    I,
)

# links between neighbouring numbers
_CLAUSE_WORDS = re.compile(
    r"\b(?:were|was|are|is|have|has|had|been|while|whereas|but|after|when|which|who|said|says|according|"
    r"killed|killing|wounded|wounding|injured|injuring|died|dead|arrested|detained|displaced|missing|left|leaving|"
    r"including|among|of\s+whom|of\s+them)\b|[.;:!?]",
    I,
)
_COORD_END = re.compile(r"(?:,\s*(?:and|as\s+well\s+as|along\s+with|plus|in\s+addition\s+to)?|\band|\bas\s+well\s+as|"
                        r"\balong\s+with|\bplus|&|\bin\s+addition\s+to|\bbesides|\btogether\s+with)\s*[\u2014\u2013-]*\s*"
                        r"(?:(?:his|her|their|its)\s+)?$", I)
_SUBSET_END = re.compile(
    r"(?:\(|\[|^\s*:|^\s*(?:(?:were|was|have\s+been|had\s+been)\s+(?:killed|wounded|injured|arrested|detained|displaced|executed)\b)?\s*(?:(?:in|on|during|over|across|for|since|last|this)\s[^.;:!?\d()]{1,40})?:|\bthey\s+(?:are|were)(?:\s+as\s+follows)?\s*:?|\bas\s+follows\s*:|\bnamely|\bincluding(?:\s+(?:a|an|one|the)\s+(?:family|group)\s+of)?|\bincl\.|\bamong\s+(?:them|whom|those)|\bof\s+(?:whom|them|which)|\bwith|"
    r"\bmostly|\bmainly|\bmost\s+of\s+them|\bin\s+addition\s+to)\s*(?:were|are|was|is|being)?\s*$",
    I,
)
# "Of these, 121 were …", "Of those, 33 …" at the start of the sentence after a figure: a subset of it
_OF_THESE = re.compile(r"^\s*of\s+(?:these|those)(?:\s+(?:cases|arrests|deaths|victims|casualties|people|individuals))?\s*,?\s*"
                       r"(?:at\s+least\s+|about\s+|some\s+|nearly\s+)?$", I)
_PARALLEL_GAP = re.compile(r"\s+(?:were|was)\s+[^.;:\d]{1,80}?,\s*(?:while|whereas|and)\s+(?:another\s+)?$", I)
_PARTITIVE_SIBLING_GAP = re.compile(r"\s+(?:were|was)\s+[^.;:\d,]{1,60}?(?:\s*,\s*(?:and\s+|while\s+)?|\s+(?:and|while|whereas)\s+)$", I)
_SUBSET_CROSS = re.compile(
    r"(?:^\s*(?:they|these)\s+(?:are|were|include[ds]?)\b|"
    r"\b(?:the\s+(?:remaining|other)|out\s+of\s+(?:the\s+)?total|within\s+the\s+total|of\s+the\s+total|among\s+(?:the\s+)?(?:dead|victims|them|those\s+killed|the\s+total|wounded|injured|killed|fatalities)|"
    r"of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:dead|victims|fatalities|killed)\s*,?\s*(?:there\s+(?:are|were))?|the\s+(?:dead|victims|fatalities|bodies)\s+includ(?:e|ed|es)(?:\s+(?:those|that)\s+of)?)\b)"
    r"(?:\s+(?:number\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?)?\s*,?\s*(?:(?:there\s+)?(?:were|are|was|is)\s+)?"
    r"(?:at\s+least\s+|about\s+|some\s+|only\s+|nearly\s+)?$",
    I,
)
_SUBSET_AFTER_PRED = re.compile(r",\s*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|"
                                r"they\s+(?:are|were)(?:\s+as\s+follows)?\s*:?)\s*(?:were|are)?\s*$", I)
_CLAUSE_SPLIT = re.compile(r";|\b(?:while|whereas|but|however|meanwhile)\b", I)
_LABEL_START = re.compile(r"^(?![^:\n]*\b(?:has|have|had|was|were|is|are|rose|risen|[Aa]ccording|said)\b)[^:\n]{1,140}?:{1,2}\s*\S")
# "Daraa province: SOHR activists reported that five children were killed ..." is a dateline
# before a sentence, not a table line: a table line's value follows its colon at once, or the
# rest of the line is a few words ("Civilians: 832", "Killed:: twelve", "Total: 512, among them ...")
_LABEL_VALUE = re.compile(r":{1,2}\s*(?:\*\*\s*)?(?:(?:at\s+least|about|around|nearly|some|over|more\s+than|up\s+to)\s+)?"
                          r"(?:[\d\u0660-\u0669]|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundreds?|dozens?|thousands?)\b)", I)
_SENTENCE_AFTER_LABEL = re.compile(r":{1,2}\s*(?:\S+\s+){6,}")
_HEADER_WORDS = re.compile(r"\b(?:as\s+follows|distributed|breakdown|broken\s+down)\b", I)
_MAYBE_NUMBER = re.compile(
    r"\d|[\u0660-\u0669\u06f0-\u06f9]|\b(?:an?|one|single|another|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|scores|tens)\b", I)
# "Civilians - 15", "• Fighters — 60": a label and a number joined by a dash, alone on a line
_DASH_LABEL = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]\s*)?[A-Za-z][^:\n\d]{0,60}?\s+[\u2014\u2013-]\s+\d[\d,.]*\s*$")
_NUMBER_LINE = re.compile(r"^\s*\d[\d,.]*\s+[A-Za-z][^\d.:;!?]{0,50}$")
_TITLE_LINE = re.compile(r"^\s*[A-Z][\w’'()\- ]{0,40}$")
_BULLET_LINE = re.compile(r"^\s*[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]")

_QUALIFIER = [
    ("at_least", re.compile(r"\b(?:at\s+least|no\s+(?:less|fewer)\s+than|not\s+less\s+than|a\s+minimum\s+of)\s*$", I)),
    ("more_than", re.compile(r"\b(?:more\s+than|over|upwards\s+of|in\s+excess\s+of|exceeding)\s*$", I)),
    ("about", re.compile(r"\b(?:about|around|nearly|almost|some|approximately|approx\.|roughly|close\s+to|an\s+estimated|estimated|up\s+to\s+about)\s*$", I)),
    ("up_to", re.compile(r"\b(?:up\s+to|as\s+many\s+as)\s*$", I)),
]
_QUAL_TAIL = re.compile(r"(?:\b(?:at\s+least|more\s+than|over|about|around|nearly|almost|some|approximately|"
                        r"up\s+to|as\s+many\s+as|another|a\s+further|further)\s*)+$", I)
_ELLIPSIS_GAP = re.compile(r"(?:\band|,)\s*(?:about|some|nearly|another|at\s+least|more\s+than)?\s*$", I)
_LABEL_KIND = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]\s*)?(?P<k>killed|dead|deaths|fatalities|"
                         r"injured|wounded|injuries|missing|detained|arrested|arrests|abducted|displaced)\s*:{1,2}\s*\S", I)
# "Total fatalities documented: 412", "Overall toll: 96", "Killed: 12" above bullet lines: a total
# whose breakdown follows
_TOTAL_LABEL = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–#]\s*)*(?P<lab>[A-Za-z][A-Za-z’' ()/-]{0,60}?)\s*:{1,2}\s*(?:\*+\s*)?"
                          r"(?:at\s+least\s+|about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?\d[\d,.]*(?:\s+[a-z]+)?\s*\.?\s*$", I)
_TOTAL_WORD = re.compile(r"^\s*(?:total|overall|cumulative|grand\s+total)\b", I)
_NEXT_BULLET = re.compile(r"\s*\n\s*[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]\s*(?:[A-Za-z][^:\n]{0,60}:{1,2}\s*\S|"
                          r"\d[\d,.]*\s+[A-Za-z]|[A-Za-z][^:\n\d]{0,60}?\s+[\u2014\u2013-]\s+\d)")
_LABEL_KINDS = [("killed", r"killed|dead|deaths|fatalities"), ("injured", r"injured|wounded|injuries"),
                ("missing", r"missing"), ("detained", r"detained|arrested|arrests|abducted"), ("displaced", r"displaced")]
_RANGE = re.compile(r"^\s*(?:-|–|to|and)\s*$", I)
_BETWEEN = re.compile(r"\b(?:between|from)\s*$", I)

_SINGULAR = re.compile(
    r"\b(?P<det>an?|one|single|another)\s+(?P<mods>(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[\w-]+-year-old|former|retired|senior|prominent|tribal|foreign|displaced|disabled|young|little|small|elderly|old|civilian|pregnant|local|female|male|"
    r"teenage|[A-Z][\w-]+)\s+){0,2})"
    r"(?P<head>child|woman|man|girl|boy|civilian|person|citizen|soldier|fighter|member|officer|policeman|journalist|"
    r"teenager|youth|infant|baby|toddler|shepherd|farmer|worker|doctor|nurse|paramedic|medic|student|female|resident|"
    r"detainee|prisoner|militant|gunman|rebel|lady|candidate|official|commander|leader|activist|reporter|photographer|"
    r"cameraman|driver|guard|imam|priest|teacher|engineer|pilot|policewoman|paramedic|suspect|passenger|hostage|peacekeeper|"
    r"volunteer|rescuer|herder|fisherman|trader|shopkeeper|aid\s+worker|mother|father|son|daughter|wife|husband|brother|sister|"
    r"protester|demonstrator|pilgrim|worshipper|migrant|refugee|patient|bystander|passer-by|merchant|labou?rer|employee|"
    r"mourner|villager|insurgent|jihadist|combatant|militiaman|conscript|recruit|inmate|captive|abductee|"
    r"elder|interpreter|contractor|technician|cleric|judge|lawyer|"
    r"elderly\s+(?:man|woman)|young\s+(?:man|woman)|(?-i:[A-Z][a-z]+(?:an|ian|ese|i|on))(?=\s*(?:[,.;]|and\b|were\b|was\b|who\b)))(?![\w-])"
    r"(?!\s+(?:factions?|groups?|forces?|units?|brigades?|movements?|militias?|camps?|positions?|bases?|commanders?|leaders?|"
    r"held|controlled|-held|stronghold|"
    # "volunteer medics", "citizen journalists", "member states": the singular word modifies a plural noun
    r"medics|workers|doctors|nurses|teams?|volunteers|rescuers|journalists|activists|protesters|organi[sz]ations?|"
    r"committees?|councils?|networks?|states|services|groups|associations?|unions?)\b)",
    I,
)

# "his son", "her daughter": one relative of a victim named just before
_POSS_KIN = re.compile(r"\b(?P<det>his|her|their)\s+(?P<mods>)(?P<head>son|daughter|wife|husband|brother|sister|father|mother|"
                       r"child|nephew|niece|cousin|grandson|granddaughter|grandmother|grandfather|uncle|aunt|companion|aide|bodyguard|driver)(?![\w-])", I)
# "a woman and her two daughters", "a commander and two of his aides": one group, counted together
_KIN_COORD = re.compile(r"^(?:\s+of\s+[^,.;:\d]{1,40}?)?(?:\s+and|\s*,(?:\s*and)?)\s+(?:(?:his|her|their)\s*$|$)", I)
_KIN_OF = re.compile(r"^of\s+(?:his|her|their)\b", I)

# "12 bodies were recovered", "the bodies of 7 people were found": the dead, counted where they are found
_BODIES_FOUND = re.compile(r"^\s*(?:who\s+[^,.;:\d()]{1,50}?\s+(?=(?:were|was)\s))?(?:(?:were|have\s+been|had\s+been|was)\s+(?:later\s+|also\s+)?)(?:recovered|found|retrieved|pulled|brought\s+(?:in|to)|received|taken\s+to|"
                           r"exhumed|discovered|unearthed)\b", I)
# "hospitals received 51 bodies", "crews retrieved 13 bodies", "rescuers pulled out 12 bodies": the dead too
_BODIES_ACTIVE = re.compile(r"\b(?:received|receiving|receives|retrieved|retrieving|retrieves|recovered|recovering|recovers|"
                            r"pulled|pulling|pulls|exhumed|found|finding|discovered|collected|brought\s+in|took\s+in)"
                            r"(?:\s+(?:out|in|up))?\s+(?:(?:the|another|a\s+further|an\s+additional|at\s+least|more\s+than|over|about|"
                            r"some|nearly|around|a\s+total\s+of|(?:its|their|his|her)\s+\w+\s*,)\s+)*$", I)
# "78 of them Palestinian, four Israeli and three Lebanese": nationality adjectives in a breakdown
_DEMONYM_AFTER = re.compile(r"\s+(?P<h>(?-i:[A-Z][a-z]{2,}(?:i|ian|an|ese|ish|ch)))(?=\s*(?:[,.;)]|and\b|$))")
_BODIES_AFTER = re.compile(r"\s+(?:more\s+)?(?:bodies|corpses)\b", I)
_BODIES_OF = re.compile(r"\b(?:bodies|corpses|remains)\s+of\s+(?:the\s+)?(?:at\s+least\s+|some\s+|about\s+|another\s+)?$", I)

# "Of the hostages, 97 remain in Gaza": those still held
_OF_HELD = re.compile(r"\bof\s+(?:the|those)\s+(?:[\w-]+\s+){0,2}?(?:hostages|captives|abductees|detainees|kidnapped|abducted|"
                      r"prisoners)\s*,?\s*(?:at\s+least\s+|about\s+|some\s+)?$", I)
_STILL_HELD = re.compile(r"^\s*(?:(?:are|were)\s+)?(?:still\s+)?(?:remain|remained|remains|still\s+(?:held|in))\b"
                         r"(?!\s+(?:missing|unaccounted|dead))", I)

# who holds people captive ("the group was now holding 50 aid workers")
_HOLDER = re.compile(r"\b(?:group|militants?|gunmen|kidnappers|abductors|captors|Hamas|Houthis?|rebels|forces|militias?|ISIS|"
                     r"Islamic\s+State|authorities|regime|Taliban|al-Shabaab|Boko\s+Haram|jihadists|army|police|they)\b", I)

# "two shepherds who had been missing … were found alive": the main verb says they are safe
_RELATIVE_THEN_SAFE = re.compile(r"^\s*who\s+[^,.;:\d()]{1,50}?\s+(?:were|was|have\s+been|had\s+been)\s+(?:later\s+|since\s+)?"
                                 r"(?:found\s+alive|released|freed|rescued|returned|reunited)\b", I)

_ACTOR = (r"(?:(?:the\s+)?(?:[\w’'\-/]+\s+){0,4}?(?:forces|regime|army|ISIS|ISIL|IS|Daesh|Islamic\s+State(?:\s+organization)?|HTS|"
          r"Hayat\s+Tahrir\s+al-Sham|Nusra(?:\s+Front)?|Hezbollah|coalition|militias?|factions|opposition|SDF|YPG|PKK|YPG/PKK|"
          r"Houthis?|RSF|police|troops|gunmen|warplanes|jets|aircraft|helicopters|drones|settlers|organi[sz]ation|"
          r"parties|group|soldiers|Taliban|al-Shabaab|Hamas|jihadists)"
          r"(?:\s+(?:terrorist\s+group|terror\s+group|group|forces|militias?|warplanes|drones|mercenaries))?)")
_PERP_BY = re.compile(
    r"(?<!documented\s)(?<!reported\s)(?<!confirmed\s)(?<!monitored\s)(?<!announced\s)(?<!published\s)(?<!carried\sout\s)"
    r"\b(?:by|at\s+the\s+hands\s+of|on\s+the\s+hands\s+of)\s+(?P<p>" + _ACTOR + r")\b",
)
_ACTOR_HEAD = (r"(?:forces|regime|army|ISIS|ISIL|IS|Daesh|Islamic\s+State(?:\s+organization)?|HTS|Nusra(?:\s+Front)?|"
               r"Hezbollah|coalition|militias?|factions|opposition|SDF|YPG|PKK|YPG/PKK|Houthis?|RSF|police|troops|gunmen|"
               r"warplanes|jets|aircraft|helicopters|drones|settlers|organi[sz]ation|parties|group|soldiers|Taliban|"
               r"al-Shabaab|Hamas|jihadists|cells)(?:\s+(?:terrorist\s+group|terror\s+group|group|forces|militias?|warplanes|drones|mercenaries))?")
_PERP_SUBJ = re.compile(r"(?<![\w-])(?P<h>" + _ACTOR_HEAD + r")\s+(?:(?!were\b|was\b|been\b|be\b|are\b|is\b)\w+\s+)?"
                        r"(?:killed|executed|shot|murdered|kidnapped|abducted|arrested|is\s+responsible|are\s+responsible|was\s+responsible)\b")
_SUBJ_WORDS = re.compile(r"(?:(?:the|[A-Z][\w’'\-/]*|[a-z][\w’'\-/]*-[\w’'\-/]+|pro-\w+|unidentified|unknown|other|armed|regime|government|Russian|Turkish|Israeli|Iranian|Syrian|terror|terrorist)\s+){0,4}$")
_PLACE = re.compile(
    r"\b(?:in|at|near|outside|inside)\s+(?P<p>(?:the\s+)?(?:(?:al|el|Al|El)-)?[A-Z][\w’'\-]+(?:[\s-]+(?:(?:al|el)-\w+|[A-Z][\w’'\-]+|city|town|village|district|province|governorate|countryside|neighbou?rhood|camp|area|region|desert|suburb)){0,4})"
)
_NOT_PLACE = re.compile(r"^(?:the\s+)?(?:" + _DATE_NOUNS + r"|" + _WEEKDAY + r"|Syrian\s+Observatory|SOHR|SNHR|UN|U\.N|Reuters|AFP|A|An|The|His|Her|Their|This)\b", I)
_CUMULATIVE = re.compile(r"\b(?:since|so\s+far|to\s+date|in\s+total|total|overall|cumulative|throughout|monthly|annual|until\s+(?:now|this\s+moment|today))\b", I)
_NON_VICTIM_VERB = re.compile(r"^[\s,]*(?:members?\s+)?(?:(?:had|have|has)\s+been\s+|were\s+|was\s+)?(?:said|says|told|reported|added|stated|announced|confirmed|denied|claimed\s+responsibility|withdrew|withdrawn|surrendered|escaped|identified|buried|recovered|rescued|evacuated|handed\s+over|discharged|treated|defected|joined|attacked|participated|took\s+part|released|freed|returned|deployed|arrived|were\s+deployed|were\s+released|were\s+freed)", I)


# --------------------------------------------------------------------------- helpers

@lru_cache(maxsize=None)
def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    """The few patterns written inline below, compiled once."""
    return re.compile(pattern, flags)


def _rs(p, s, flags=0):
    return _rx(p, int(flags)).search(s)


def _rm(p, s, flags=0):
    return _rx(p, int(flags)).match(s)


def _rf(p, s, flags=0):
    return _rx(p, int(flags)).fullmatch(s)


def _rsub(p, r, s, flags=0):
    return _rx(p, int(flags)).sub(r, s)


def _rfa(p, s, flags=0):
    return _rx(p, int(flags)).findall(s)


# --------------------------------------------------------------------------- candidates

@dataclass
class _Cand:
    """A number that may be a casualty figure, and what the rules found out about it."""

    num: NumberSpan
    start: int  # offsets in the sentence
    end: int  # end of number (and postposed qualifier / victims phrase)
    value: int
    value_max: Optional[int] = None
    singular: bool = False
    head: Optional[str] = None  # victims head noun
    victims: Optional[str] = None
    victims_span: tuple[int, int] = (0, 0)
    partitive: Optional[str] = None
    post_qual: Optional[str] = None
    np_end: int = 0
    kind: Optional[str] = None
    kind_src: str = ""
    qualifier: str = "exact"
    parent: Optional[int] = None  # index into candidates of this sentence
    parent_cross: bool = False
    superseded: bool = False
    revision: bool = False
    ambiguous: bool = False
    combined: bool = False
    negated: bool = False
    manner: Optional[str] = None
    demonym: bool = False  # "78 of them Palestinian, four Israeli": a nationality adjective for a head


@dataclass
class _State:
    list_kind: Optional[str] = None  # kind announced by a list/table header
    list_parent: Optional[int] = None  # figure index the list breaks down
    list_active: bool = False
    last_kind: Optional[str] = None
    last_top: Optional[int] = None  # the latest top-level figure (a header's list breaks it down)
    last_top_end: int = -1
    prev_figs: bool = False  # the previous sentence gave figures ("Of these, 121 …" refers to them)


def extract_english(text: str, published: Optional[date] = None) -> list[CasualtyFigure]:
    """Casualty figures stated in an English ``text`` (see the module docstring).

    ``published`` anchors relative times. Offsets are into ``text``; ``part_of`` indexes
    into the returned list."""
    if not text or not text.strip():
        return []
    norm = deobfuscate_keep_offsets(text)
    figures: list[CasualtyFigure] = []
    state = _State()
    table: list[Sentence] = []
    for sent in split_sentences(norm):
        if sent.text.startswith("|"):  # a Markdown table row, as trafilatura writes tables
            table.append(sent)
            continue
        if table:
            _table(text, table, published, figures, state)
            table = []
        before = len(figures)
        _sentence(text, norm, sent, published, figures, state)
        state.prev_figs = len(figures) > before
    if table:
        _table(text, table, published, figures, state)
    return finalize(figures)


_CELL = re.compile(r"[^|]+")
_TABLE_RULE = re.compile(r"^[\s|:\-]+$")
_TOTAL_ROW = re.compile(r"^\s*(?:\**\s*)?(?:total|overall|all|sum)\b", I)
_HEADER_CELL_KIND = [("killed", r"killed|dead|deaths?|fatalities|martyrs|victims"), ("injured", r"injured|wounded|injuries"),
                     ("missing", r"missing|disappeared"), ("detained", r"detained|detainees|arrested|arrests|abducted"),
                     ("displaced", r"displaced")]


_VICTIM_WORD = re.compile(r"\b(?:(?i:" + "|".join(sorted(_HEADS, key=len, reverse=True)) + r")|" + _PEOPLE_PLURAL + r")\b")


# "Rif Dimashq", "Aleppo countryside", "Deir Ezzor and Raqqa", "Al-Hasakah"
_PLACE_LABEL = re.compile(r"(?!(?:Other|Unknown|Unidentified|Total|Landmines?|Gunfire|Shelling|Torture)\b)[A-Z][\w’'-]*"
                          r"(?:[\s,]+(?:[A-Z][\w’'-]*|(?:al|el)-[\w’'-]+|and|of|countryside|province|governorate|city|town|"
                          r"village|district|desert|region|area|camp|suburbs?|outskirts))*")


def _has_victim_word(label: str) -> bool:
    return bool(_VICTIM_WORD.search(label))


def _is_place_label(label: str) -> bool:
    """A table or list label that names a place ("Rif Dimashq", "Aleppo countryside"), not a
    victims group, a month or a total."""
    return bool(label) and len(label) <= 60 and not _has_victim_word(label) \
        and not _rm(r"(?:" + _DATE_NOUNS + r")\b", label, I) and not _rs(r"\d", label) \
        and not _TOTAL_ROW.match(label) and bool(_PLACE_LABEL.fullmatch(label))


def _table(text: str, rows: list[Sentence], pub: Optional[date], figures: list[CasualtyFigure], state: _State) -> None:
    """A Markdown table ("| Province | Killed | Injured |"): a column whose header names a kind
    (or a victims group, under a header sentence that names the kind) gives one figure per
    numeric cell; a "Total" row is the total the other rows break down."""
    def cells(s: Sentence) -> list[tuple[int, int, str]]:
        return [(s.start + m.start(), s.start + m.end(), m.group().strip()) for m in _CELL.finditer(s.text)]

    body = [r for r in rows if not _TABLE_RULE.match(r.text)]
    if len(body) < 2:
        return
    header = cells(body[0])
    kinds: list[Optional[str]] = []
    for _, _, h in header:
        kind = next((k for k, rx in _HEADER_CELL_KIND if _rs(r"\b(?:" + rx + r")\b", h, I)), None)
        if kind is None and state.list_kind and _categories(h) and _categories(h) != ["unknown"]:
            kind = state.list_kind  # "| Province | Civilians | Children |" under "The death toll is as follows:"
        kinds.append(kind)
    if not any(kinds):
        return
    totals: dict[int, int] = {}
    members: list[tuple[int, int]] = []
    for row in body[1:]:
        row_cells = cells(row)
        label = row_cells[0][2] if row_cells else ""
        is_total = bool(_TOTAL_ROW.match(label))
        for j, (s, e, value_text) in enumerate(row_cells):
            if j >= len(kinds) or not kinds[j] or j == 0:
                continue
            nums = find_numbers(text[s:e])
            if len(nums) != 1 or nums[0].vague or text[s:e].strip() != text[s + nums[0].start:s + nums[0].end]:
                continue
            n = nums[0]
            col = header[j][2]
            fig = make_figure(text, kinds[j], n.value, s + n.start, s + n.end, Sentence(row.start, row.end, text[row.start:row.end]),
                              lang="en", victims=(col if is_total else f"{label} ({col})"),
                              victim_categories=list(_categories_cached(col)) or ["unknown"],
                              place=label if _is_place_label(label) and not is_total else None, scope="cumulative",
                              confidence=confidence(inherited=True))
            figures.append(fig)
            if is_total:
                totals[j] = len(figures) - 1
            else:
                members.append((j, len(figures) - 1))
    for j, fi in members:
        if j in totals and figures[totals[j]].count >= figures[fi].count:
            figures[fi].part_of = totals[j]


def _is_table_label(st: str) -> bool:
    """``Label: N`` (a table line), not a place dateline before a sentence."""
    m = _LABEL_START.match(st)
    if not m:
        return False
    rest = st[st.index(":", 0, m.end()):]
    return bool(_LABEL_VALUE.match(rest)) or not _SENTENCE_AFTER_LABEL.match(rest)


def _sentence(text: str, norm: str, sent: Sentence, pub: Optional[date], figures: list[CasualtyFigure],
              state: _State) -> None:
    st = sent.text
    is_label_line = bool(_BULLET_LINE.match(st)) or _is_table_label(st) or bool(_DASH_LABEL.match(st)) \
        or (state.list_active and bool(_NUMBER_LINE.match(st)))  # "14 children" on its own line under a header
    # a header announces a list on the following lines; a table line with an inline breakdown
    # ("Civilians: 153, distributed as follows: 61 …") does not open a new list; a short title line
    # naming a kind ("Killed", "Death toll") opens one too
    header = st.endswith(":") or (bool(_HEADER_WORDS.search(st)) and not is_label_line) \
        or (not is_label_line and bool(_TITLE_LINE.match(st)) and not _MAYBE_NUMBER.search(st)
            and _header_kind(st) is not None)
    total_label = _total_label_kind(st) if is_label_line and (not _BULLET_LINE.match(st) or st.lstrip().startswith("**")) \
        and _NEXT_BULLET.match(norm, sent.end) else None
    if total_label:
        header = True  # "Total deaths: 96" above "- Aleppo: 40" lines: the total the list breaks down
    if not is_label_line and not header:
        state.list_active = False
    if header:
        state.list_active = True
        state.list_kind = total_label or _header_kind(st) or state.list_kind or state.last_kind
        near_top = state.last_top is not None and sent.start - state.last_top_end < 300
        state.list_parent = state.last_top if near_top else None
    if not _MAYBE_NUMBER.search(st):
        return
    times = [(m.start(), m.end()) for m in _TIME.finditer(st)]
    blocked = times + [(m.start(), m.end()) for m in _DURATION.finditer(st)] \
        + [(m.start(), m.end()) for m in _PROPORTION.finditer(st)]
    cands = _candidates(st, blocked)
    if not cands:
        return
    _assign_kinds(st, cands, state, is_label_line)
    if total_label and len(cands) == 1 and cands[0].kind_src in ("", "list", "inherit", "label") and not cands[0].negated:
        cands[0].kind, cands[0].kind_src = total_label, "label"
    base = len(figures)
    clause_bounds = [0] + [m.start() for m in _CLAUSE_SPLIT.finditer(st)] + [len(st)]
    kept: dict[int, int] = {}
    for i, c in enumerate(cands):
        if c.kind is None or c.combined or ((c.head or "").lower() == "families" and c.kind != "displaced"):
            continue  # families are counted only when they are displaced ("2,000 families fled")
        fig = _figure(text, sent, c, cands, clause_bounds, times, pub, is_label_line)
        kept[i] = len(figures)
        figures.append(fig)
    # part_of: inside the sentence, across sentences, and list items
    for i, fi in kept.items():
        c = cands[i]
        f = figures[fi]
        if f.superseded:
            continue  # an old toll is nobody's subset
        p = c.parent
        while p is not None and (p not in kept or cands[p].value <= c.value
                                 or _groups_conflict(figures[kept[p]].victim_categories, f.victim_categories)):
            p = cands[p].parent
        if p is not None:
            f.part_of = kept[p]
        elif c.parent_cross:
            f.part_of = nearest_parent(figures, fi, top_level=True, window=1500)
        elif is_label_line and state.list_active and state.list_parent is not None \
                and figures[state.list_parent].kind == f.kind and figures[state.list_parent].count > f.count:
            f.part_of = state.list_parent
    if kept:
        state.last_kind = figures[max(kept.values())].kind
        if header or not is_label_line:
            tops = [fi for i, fi in kept.items() if figures[fi].part_of is None or figures[fi].part_of < base]
            if tops:
                state.list_parent = tops[-1]
                state.last_top = tops[-1]
                state.last_top_end = sent.end
    if header and kept:
        state.list_kind = state.list_kind or figures[max(kept.values())].kind


_GROUPS = frozenset({"civilians", "fighters", "security_forces"})


def _groups_conflict(parent: list[str], child: list[str]) -> bool:
    """Civilians cannot be a subset of soldiers (nor the reverse): "248 soldiers, including 11
    Russians, and 23 civilians" — the 23 belong to the total, not to the soldiers."""
    a, b = _GROUPS.intersection(parent), _GROUPS.intersection(child)
    return bool(a and b and not a & b)


def _total_label_kind(st: str) -> Optional[str]:
    """The kind of a total line ("Total fatalities documented: 412", "Killed: 12"), or None."""
    m = _TOTAL_LABEL.match(st)
    if not m:
        return None
    lab = m.group("lab")
    if _LABEL_KIND.match(st):
        w = _LABEL_KIND.match(st).group("k").lower()
        return next(k for k, rx in _LABEL_KINDS if _rm(rx, w))
    if not _TOTAL_WORD.match(lab) and not _rs(r"\b(?:death|fatality|casualty)\s+toll\b", lab, I):
        return None
    if _rs(r"casualt", lab, I) and not _rs(r"\b(?:death|deaths|killed|fatalit|dead)", lab, I):
        return None  # killed and wounded together
    return _header_kind(lab)


def _header_kind(st: str) -> Optional[str]:
    s = st.lower()
    if _rs(r"\b(?:arrest|arrested|detain|detained|detention|abduct|kidnap)", s):
        return "detained"
    if _rs(r"\b(?:injur|wound)", s) and not _rs(r"\b(?:death|killed|fatalit|dead|toll)", s):
        return "injured"
    if _rs(r"\b(?:displace)", s):
        return "displaced"
    if _rs(r"\b(?:death|deaths|killed|fatalities|dead|toll|victims|casualties|martyrs)\b", s):
        return "killed"
    return None


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < be and bs < e for bs, be in spans)


_OF_THE_SET = re.compile(r"\s+of\s+(?:the|these|those)\s+", I)


def _candidates(st: str, blocked: list[tuple[int, int]]) -> list[_Cand]:
    out: list[_Cand] = []
    singles = [m for m in _SINGULAR.finditer(st)] + [m for m in _POSS_KIN.finditer(st)]
    singles.sort(key=lambda m: m.start())
    single_spans = [(m.start(), m.end()) for m in singles]
    nums = [n for n in find_numbers(st) if not _overlaps(n.start, n.end, single_spans)]
    for m in singles:
        nums.append(NumberSpan(m.start("det"), m.start("det") + len(m.group("det")), 1, words=True))
    nums.sort(key=lambda n: n.start)
    single_at = {m.start("det"): m for m in singles}
    # "Three of the 10 passengers were killed": the 10 is the set the three belong to, not a
    # figure; the three take the set's noun
    set_of: dict[int, NumberSpan] = {}
    for a, b in zip(nums, nums[1:]):
        if _OF_THE_SET.fullmatch(st, a.end, b.start) and a.start not in single_at:
            set_of[a.start] = b
    set_starts = {b.start for b in set_of.values()}
    last_thing, last_ok = -1, -1
    for n in nums:
        if _overlaps(n.start, n.end, blocked) or n.start in set_starts:
            continue
        after = st[n.end:]
        before = st[max(0, n.start - 40):n.start]
        sm = single_at.get(n.start)
        if (_UNIT_AFTER.match(after) and not (sm is not None and sm.group("mods")))  \
                or _LEFT_BLOCK.search(before) or _AGE_RANGE_LEFT.search(before) \
                or (_RELEASE_LEFT.search(before) and not (_BODIES_AFTER.match(after) and _BODIES_ACTIVE.search(before))) or _DISEASE.search(st, max(0, n.start - 100), n.start) \
                or _SPECULATIVE.search(st, max(0, n.start - 80), n.start):
            continue
        if _rm(r"\s*(?:st|nd|rd|th)\b", after) or _rm(r"[.:]\d", after):
            continue
        c = _Cand(num=n, start=n.start, end=n.end, value=n.value)
        if sm is not None and n.words and n.value == 1 and st[n.start:n.end].lower() in ("a", "an", "one", "single", "another", "his", "her", "their"):
            c.singular = True
            c.head = sm.group("head").lower()
            c.victims = st[sm.start("mods") if sm.group("mods") else sm.start("head"):sm.end("head")]
            c.victims_span = (sm.start("det"), sm.end("head"))
            c.np_end = sm.end("head")
        else:
            pos = set_of[n.start].end if n.start in set_of else n.end
            pq = _POST_QUAL.match(st, pos)
            if pq:
                c.post_qual = pq.group("q")
                pos = pq.end()
            m = _NP.match(st, pos)
            cm = _CASES.match(st, pos)
            if cm:
                c.head = "detainees" if cm.group("k").lower()[0] in "adk" else "missing"
                c.victims = cm.group(0).strip()
                c.victims_span = (pos + len(cm.group(0)) - len(cm.group(0).lstrip()), cm.end())
                pos = cm.end()
                m = None
            if m is None and not cm:
                m2 = _WERE_HEAD.match(st, pos)
                if m2:
                    c.head = m2.group("h")
                    c.victims = m2.group("h")
                    c.victims_span = (m2.start("h"), m2.end("h"))
                    pos = m2.end()
            if m and m.group("head"):
                c.head = m.group("head")
                vs = m.start("mods") if m.group("mods") else m.start("head")
                c.victims = st[vs:m.end()].strip()
                c.victims_span = (vs, m.end())
                pos = m.end()
            pq = _POST_QUAL.match(st, pos)
            if pq:
                c.post_qual = pq.group("q")
                pos = pq.end()
            pm = _PARTITIVE.match(st, pos)
            if pm:
                c.partitive = pm.group("what").lower()
                pos = pm.end()
                if c.head is None:
                    m2 = _ARE_HEAD.match(st, pos)  # "196 of them are civilians"
                    if m2:
                        c.victims = c.head = m2.group(1)
                        c.victims_span = (m2.start(1), m2.end(1))
                        pos = m2.end()
                    elif c.partitive in ("them", "whom"):
                        m2 = _DEMONYM_AFTER.match(st, pos)  # "78 of them Palestinian"
                        if m2:
                            c.victims = c.head = m2.group("h")
                            c.victims_span = (m2.start("h"), m2.end("h"))
                            c.demonym = True
                            pos = m2.end()
                pq = _POST_QUAL.match(st, pos)
                if pq:
                    c.post_qual = pq.group("q")
                    pos = pq.end()
            elif c.head is None:
                pm2 = _OF_HEAD.match(st, pos)  # "11 of the shepherds", "14 of their soldiers"
                if pm2:
                    c.head = pm2.group("h")
                    c.victims = pm2.group(0).strip()
                    c.victims_span = (pm2.start("h"), pm2.end("h"))
                    pos = pm2.end()
            if not c.partitive and out and out[-1].demonym \
                    and _rf(r"\s*(?:,\s*(?:and\s+)?|and\s+)", st[out[-1].np_end:n.start], I):
                if c.head is None:
                    m2 = _DEMONYM_AFTER.match(st, pos)  # "…, four Israeli and three Lebanese"
                    if m2:
                        c.victims = c.head = m2.group("h")
                        c.victims_span = (m2.start("h"), m2.end("h"))
                        c.demonym = True
                        pos = m2.end()
                elif _rm(r"(?-i:[A-Z][a-z]{2,}(?:ians|ans|ese|is))$", c.head):
                    c.demonym = True  # "three Lebanese"
            c.np_end = pos
            if c.head is None and not c.partitive:
                if n.vague or not _BARE_OK.match(st, pos):
                    last_thing = n.end  # "16 attacks …, eight of them": a count of things
                    continue
                if n.value >= 1900 and n.value <= 2100 and not n.words and "," not in st[n.start:n.end]:
                    continue  # a year
            if c.head is None and n.vague:
                continue
        rest = st[c.np_end:c.np_end + 120]
        if _RATE.match(rest) or _RELATIVE_MORE.match(rest) or _RELATIVE_THEN_SAFE.match(rest) or \
                (_NON_VICTIM_VERB.match(rest) and not _PRED.match(rest) and not (_BODIES_OF.search(before) and _BODIES_FOUND.match(rest))
                 and not (c.head is None and _SUPERSEDED.search(before))):
            continue
        if c.head and c.head.lower() in ("more", "others") and _rm(r"\s*than\b", rest):
            continue
        if c.head is None and c.partitive in ("them", "whom", "which", "those", "these") and last_thing > last_ok:
            continue
        last_ok = c.end
        out.append(c)
    # ranges: "between 10 and 15 people", "10 to 15", "10-15"
    merged: list[_Cand] = []
    for c in out:
        if merged:
            p = merged[-1]
            gap = st[p.end:c.start]
            if p.head is None and not p.singular and _RANGE.match(gap) and p.value < c.value and \
                    (gap.strip() != "and" or _BETWEEN.search(st[:p.start])):
                c.value_max = c.value
                c.value = p.value
                c.start = p.start
                merged[-1] = c
                continue
        merged.append(c)
    return merged


def _assign_kinds(st: str, cands: list[_Cand], state: _State, is_label_line: bool) -> None:
    n = len(cands)
    # link[i]: how cands[i] attaches to cands[i-1]: "coord", "subset", "items" (";"-separated list
    # after a colon), "ellipsis" ("… on Monday and 30 on Tuesday") or None
    link: list[Optional[str]] = [None] * n
    for i in range(1, n):
        gap = _QUAL_TAIL.sub("", st[cands[i - 1].np_end:cands[i].start])
        if _rs(r"(?:^|[^\w])of\s+(?:the|those|these)\s+$", st[max(0, cands[i - 1].start - 20):cands[i - 1].start], I) \
                and _rf(r"[^.;:]*,\s*", gap):
            continue  # "Of the 30 hostages, 12 remain …": the set the next number is taken from, not its sibling
        if _SUBSET_END.search(gap) and _short_gap(gap, _SUBSET_END):
            link[i] = "subset"
        elif (_COORD_END.search(gap) and _short_gap(gap, _COORD_END)) or (gap.strip() == "" and cands[i - 1].head):
            link[i] = "coord"
        elif _rs(r";\s*(?:and\s+)?$", gap) and ":" in st[:cands[i - 1].start]:
            link[i] = "items"  # "…as follows: 93 civilians; 52 soldiers …; and 4 members"
        elif _SUBSET_AFTER_PRED.search(gap) and len(gap) < 220 and not _CLAUSE_SPLIT.search(gap) \
                and (not _rs(r"[.!?:]|\b(?:who|which|when|after)\b", gap[:_SUBSET_AFTER_PRED.search(gap).start()], I)
                     # "47 people who were collecting truffles, including 29 civilians": a relative clause on the victims
                     or _rf(r"\s+who\s+[^,.;:!?()]{1,60}", gap[:_SUBSET_AFTER_PRED.search(gap).start()], I)):
            link[i] = "subset"  # "11 million people have been displaced across Sudan …, including 2.9 million"
        elif cands[i].head is None and not cands[i].singular and not cands[i].partitive \
                and _ELLIPSIS_GAP.search(gap) and not _CLAUSE_SPLIT.search(gap) \
                and _rm(r"\s+(?:on|in|at|during|near|by|under|from)\b", st[cands[i].end:cands[i].end + 12], I):
            link[i] = "ellipsis"  # "20 people were killed on Monday and 30 on Tuesday"
    of_these = -2
    for i, c in enumerate(cands):
        left_start = cands[i - 1].np_end if i else 0
        left = st[max(left_start, c.start - 220):c.start]
        near = left[-90:]
        full_left = st[max(0, c.start - 260):c.start]
        # qualifier
        for q, rx in _QUALIFIER:
            if rx.search(near[-40:]):
                c.qualifier = q
                break
        if c.post_qual:
            c.qualifier = "at_least"
        if _SUPERSEDED.search(near):
            c.superseded = True
        # own predicate after the victims phrase (only where the chain ends)
        after = st[c.np_end:cands[i + 1].start] if i + 1 < n else st[c.np_end:]
        m = _PRED.match(after)
        if m and _ACTIVE_OBJECT.match(st, c.np_end + m.end()) and _ACTIVE_VERB.fullmatch(m.group("v")) \
                and not _PASSIVE_AUX.search(after, 0, m.start("v")):
            m = None  # "Two gunmen killed three people": the subject of an active verb is no victim
        if m:
            kind = next(k for k in _KIND_V if m.group(k))
            if _COMBINED.match(after[m.end():]):
                other = _COMBINED.match(after[m.end():]).group(0).lower()
                c.combined = bool(_rs(_INJURED_V, other, I)) != (kind == "injured")  # "killed or maimed"
            c.kind, c.kind_src = kind, "pred"
            if _rs(r"\bamong\s+the\b", m.group("v"), I):
                c.parent_cross = True  # "two police officers were among the dead"
            if kind == "killed" and _rs(r"\bexecut", m.group("v"), I):
                c.manner = "executed"
        head = (c.head or "").lower()
        mods = (c.victims or "").lower()
        if c.kind is None and _rm(r"\s*(?:out\s+)?(?:of|from)\s+(?:their|his|her)\s+(?:homes?|villages?|towns?)\b", after, I) \
                and _rs(r"\b(?:driv(?:en|ing|e|es)|drove|forc(?:ed|ing|e|es)|chas(?:ed|ing)|expell(?:ed|ing)|push(?:ed|ing))\s*"
                        r"(?:about\s+|some\s+|nearly\s+|more\s+than\s+|at\s+least\s+|an\s+estimated\s+|over\s+)?$", near, I):
            c.kind, c.kind_src = "displaced", "pred"  # "fighting has driven 12,000 people from their homes"
        if c.kind is None and c.head is None and _OF_HELD.search(near) and _STILL_HELD.match(after):
            c.kind, c.kind_src = "detained", "pred"
        if (c.kind is None or c.kind_src == "pred") and (head in ("bodies", "corpses") or (c.head and _BODIES_OF.search(near))) \
                and _BODIES_FOUND.match(after):
            c.kind, c.kind_src = "killed", "pred"
        bo = _BODIES_OF.search(near) if c.kind is None and c.head else None
        if c.kind is None and ((head in ("bodies", "corpses") and _BODIES_ACTIVE.search(near))
                               or (bo and _BODIES_ACTIVE.search(near, 0, bo.start()))) \
                and not _NEGATED.search(near[-60:]) and head not in ("hostages", "captives", "abductees", "detainees"):
            c.kind, c.kind_src = "killed", "left"  # "hospitals received 51 bodies", "… received the bodies of 38 people"
        # "the 12 detainees" refers back to people already counted: a state noun after "the" is no new figure
        weak_definite = head in _WEAK_NOUN_KIND and (_LEFT.search(near) or _rs(r"\bthe\s*$", near, I))
        if c.kind is None and head in _NOUN_KIND and not weak_definite:
            c.kind, c.kind_src = _NOUN_KIND[head], "noun"
            c.ambiguous = head == "casualties"
            if head == "casualties" and not _rs(r"\b(?:killed|kill|dead|deaths?|died|fatalit|lost\s+their\s+lives|executed|"
                                                r"martyr)", st[max(0, c.start - 100):c.np_end + 100], I):
                c.kind, c.combined = None, True  # wire usage: "causing 50 casualties" = dead and wounded
        if c.kind is None and _rs(r"\b(?:injured|wounded)\b", mods):
            c.kind, c.kind_src = "injured", "noun"
        if c.kind is None and c.partitive:
            pk = {"dead": "killed", "deceased": "killed", "killed": "killed", "victims": None, "fatalities": "killed",
                  "wounded": "injured", "injured": "injured", "detainees": "detained", "arrested": "detained",
                  "missing": "missing", "displaced": "displaced"}
            w = c.partitive.split()[-1]
            if w in pk and pk[w]:
                c.kind, c.kind_src = pk[w], "partitive"
            elif "toll" in c.partitive:
                c.kind, c.kind_src = "killed", "partitive"
        if c.kind is None and c.head is None and not c.singular and not c.partitive and i and cands[i - 1].partitive \
                and cands[i - 1].kind_src == "partitive" and _PARTITIVE_SIBLING_GAP.match(st[cands[i - 1].np_end:c.start]) \
                and _rm(r"\s+(?:were|was)\s+[A-Za-z]", st[c.np_end:], I):
            # "Ten of the dead were Houthi rebels and eight were loyalist troops": the next part of the same set
            c.kind, c.kind_src, c.parent_cross = cands[i - 1].kind, "partitive", cands[i - 1].parent_cross
        if c.kind is None and link[i] is None:
            m = _LEFT.search(near)
            if m and _NEGATED.search(near, max(0, m.start() - 40), m.start()):
                c.negated = True
            elif m:
                c.kind, c.kind_src = next(k for k in _LEFT_KIND if m.group(k)), "left"
                if _rs(r"holding", m.group("t"), I) and not _HOLDER.search(st, max(0, c.start - 100), c.start):
                    c.kind, c.kind_src = None, ""  # "shelters are holding 2,000 people": no captor, no captives
                if c.kind == "killed" and _rs(r"execut", m.group("t"), I):
                    c.manner = "executed"
            else:
                m = _TOLL_LEFT.search(full_left)
                if m and not _breaks_clause(m.group("fill")):
                    c.kind = _toll_kind(m.group("toll"), st, m.group("fill"))
                    c.kind_src = "toll"
                    if _rs(r"\binclud\w*" + _FILLER + r"$", m.group(0), I):
                        c.parent_cross = True  # "the toll includes 135 civilians": a breakdown of the last total
                    c.ambiguous = "casualt" in m.group("toll").lower()
        if c.kind is None and link[i] is None:
            m = _APPOSITION_TOLL.match(after)
            if m and _NEUTRAL_LEFT.search(near):
                # "rose to 81, the number of casualties", "raising to 1,096 the number of detainees executed"
                w = m.group("w").lower()
                c.kind = "killed" if m.group("died") or w == "bodies" \
                    else "detained" if w == "arrested" else _NOUN_KIND.get(w, "killed")
                c.kind_src = "toll"
        if _REVISION.search(left[-80:]) and c.kind_src in ("toll", "left", "noun", "") and not c.superseded:
            c.revision = bool(_rs(r"\b(?:rose|risen|rising|climbed|jumped|increased|mounted)\s+to" + _FILLER + r"$|\b(?:updated|new|revised)\s+(?:death\s+)?toll", st[max(0, c.start - 250):c.start], I))
        if c.superseded and c.kind is None:
            c.kind, c.kind_src = "killed", "toll"
        if link[i] == "subset":
            c.parent = i - 1
        elif link[i] == "items":  # a sibling of the list's first item
            colon = st.index(":")
            first = next(k for k in range(i) if cands[k].start > colon)
            c.parent = cands[first].parent
            c.parent_cross = c.parent_cross or cands[first].parent_cross
        elif link[i] == "coord":
            prev = cands[i - 1]
            c.parent = prev.parent
            if prev.demonym and c.demonym:
                pass  # "78 of them Palestinian, four Israeli": siblings inside the same breakdown
            elif prev.partitive in ("them", "whom") and prev.parent is not None and c.head is not None:
                # "46 Druze, four of them women, and 18 Bedouins" (but "6 of them … and 8 in …" are siblings)
                c.parent = cands[prev.parent].parent
            elif link[i - 1] == "subset" and prev.parent is not None and c.head is not None \
                    and _rs(r",\s*(?:among|of)\s+(?:them|whom)\s*$", st[cands[prev.parent].np_end:prev.start], I) \
                    and _rf(r"\s*,\s*and\s*", st[prev.np_end:c.start], I):
                # "502 civilians, among them 97 children, and 1,140 combatants": the aside closes at ", and"
                c.parent = cands[prev.parent].parent
            c.parent_cross = c.parent_cross or prev.parent_cross
        if c.partitive and c.partitive.split()[-1] in ("them", "whom", "those", "these") and link[i] != "subset":
            # "46 Druze, four of them women": the number just before; "196 of them" after a clause:
            # the nearest earlier total in this sentence
            c.parent = None
            for j in range(i - 1, -1, -1):
                adjacent = j == i - 1 and _rf(r"[\s,;:(\u2014\u2013-]*", st[cands[j].np_end:c.start])
                if cands[j].value > c.value and (cands[j].kind or cands[j].head) and not cands[j].partitive \
                        and (adjacent or (cands[j].parent is None and not cands[j].parent_cross)):
                    c.parent = j
                    break
            else:
                c.parent_cross = True
        elif c.partitive and c.parent is None:
            c.parent_cross = True
        if c.parent is None and link[i] is None:
            sc = _SUBSET_CROSS.search(full_left[-120:])
            if not sc and state.prev_figs and (_OF_THESE.search(full_left[-40:]) or (
                    i == of_these + 1 and c.head is None and _PARALLEL_GAP.match(st[cands[i - 1].end:c.start]))):
                c.parent_cross = True  # "… 187 arrests. Of these, 121 were carried out by regime forces"
                of_these = i  # "…, while 33 were attributed to the SDF": the next item of the breakdown
            if sc:
                c.parent_cross = True
                if c.kind is None:  # "among the dead were …", "among the wounded"
                    w = sc.group(0).lower()
                    if _rs(r"\b(?:wounded|injured)\b", w):
                        c.kind, c.kind_src = "injured", "partitive"
                    elif _rs(r"\b(?:dead|killed|fatalities|deaths)\b", w):
                        c.kind, c.kind_src = "killed", "partitive"
    _propagate(cands, link)
    if state.last_kind:  # "14,070 of the number, with 173 children": the kind of the total referred to
        for c in cands:
            if c.kind is None and c.parent_cross and not c.negated:
                c.kind, c.kind_src = state.last_kind, "inherit"
    _propagate(cands, link)
    _list_and_bare(st, cands, link, state, is_label_line)
    _appositive_breakdowns(cands, link)
    _kin_groups(st, cands, link)
    for i in range(len(cands) - 1):  # "Three children were among 8 people killed"
        c, nxt = cands[i], cands[i + 1]
        if c.kind is None and not c.negated and nxt.kind and nxt.value > c.value and (c.head or c.singular) \
                and _rf(r"\s*(?:were|was|are|is)\s+among\s+(?:the\s+)?(?:at\s+least\s+|some\s+|about\s+)?",
                        st[c.np_end:nxt.start], I):
            c.kind, c.kind_src, c.parent = nxt.kind, "inherit", i + 1


def _kin_groups(st: str, cands: list[_Cand], link: list) -> None:
    """"a woman and her two daughters", "a commander and two of his aides", "a man and his
    son": a victim and his or her relatives make one group, whose size is the sum."""
    for i in range(len(cands) - 1, 0, -1):
        prev, c = cands[i - 1], cands[i]
        if link[i] != "coord" or not prev.singular or prev.kind is None and c.kind is None:
            continue
        gap = st[prev.np_end:c.start]
        own = (c.victims or "").strip()
        poss = _KIN_COORD.match(gap) and (_rs(r"(?:his|her|their)\s*$", gap, I) or _KIN_OF.match(own)
                                        or st[c.start:c.end].lower() in ("his", "her", "their"))
        if not poss:
            continue
        prev.value += c.value
        prev.singular = False
        prev.kind = prev.kind or c.kind
        prev.np_end = max(prev.np_end, c.np_end)
        vs = prev.victims_span[0] or prev.start
        prev.victims = st[vs:prev.np_end].strip()
        prev.victims_span = (vs, prev.np_end)
        c.kind = None
        for other in cands:
            if other.parent == i:
                other.parent = i - 1
        # "two civilians, a man and his wife, were killed": the group restates the count before it
        if i >= 2 and not cands[i - 2].singular and cands[i - 2].value == prev.value and cands[i - 2].head \
                and _rf(r"\s*[,(\u2014\u2013-]\s*", st[cands[i - 2].np_end:prev.start]) \
                and (cands[i - 2].kind or prev.kind):
            cands[i - 2].kind = cands[i - 2].kind or prev.kind
            prev.kind = None


_GENERIC_HEADS = frozenset({"people", "persons", "individuals", "civilians", "victims", "dead", "fatalities", "deaths",
                            "casualties", "members", "others", "citizens", "martyrs"})


def _appositive_breakdowns(cands: list[_Cand], link: list) -> None:
    """"Five people, a woman and four children, …": numbers listed right after a total
    that add up to it break it down, so they are its subsets, not its siblings."""
    n = len(cands)
    for i in range(n - 2):
        run = []
        j = i + 1
        while j < n and link[j] == "coord" and cands[j].parent == cands[i].parent:
            run.append(j)
            j += 1
        generic = (cands[i].head or "").lower() in _GENERIC_HEADS
        if generic and len(run) >= 2 and sum(cands[k].value for k in run) == cands[i].value \
                and cands[i].value_max is None:
            for k in run:
                cands[k].parent = i


def _propagate(cands: list[_Cand], link: list) -> None:
    """Kinds flow along chains of numbers: backwards from a predicate after the last one
    ("13 X and 16 Y were killed"), forwards from a trigger before the first ("killed 10
    women and 12 children"), and from a total to its subsets."""
    n = len(cands)
    for i in range(n - 1, 0, -1):
        if link[i] and cands[i].kind and cands[i - 1].kind is None and cands[i].kind_src in ("pred", "inherit_r") \
                and not cands[i - 1].combined:
            cands[i - 1].kind, cands[i - 1].kind_src = cands[i].kind, "inherit_r"
            cands[i - 1].manner = cands[i - 1].manner or cands[i].manner
        if link[i] and cands[i].combined:
            cands[i - 1].combined = cands[i - 1].combined or cands[i - 1].kind is None
    for i in range(1, n):
        c = cands[i]
        if link[i] and c.kind is None and cands[i - 1].kind:
            c.kind, c.kind_src = cands[i - 1].kind, "inherit"
            c.manner = c.manner or cands[i - 1].manner
    # subsets take the kind of their parent
    for c in cands:
        if c.kind is None and c.parent is not None and cands[c.parent].kind:
            c.kind, c.kind_src = cands[c.parent].kind, "inherit"


def _list_and_bare(st: str, cands: list[_Cand], link: list, state: _State, is_label_line: bool) -> None:
    n = len(cands)
    lab = _LABEL_KIND.match(st) if is_label_line else None
    if lab and cands and cands[0].kind_src in ("", "list", "inherit"):  # "Killed: 12", "Missing: 4"
        w = lab.group("k").lower()
        kind = next(k for k, rx in _LABEL_KINDS if _rm(rx, w))
        cands[0].kind, cands[0].kind_src = kind, "label"
    # list / table lines
    if is_label_line and state.list_active and state.list_kind:
        for i, c in enumerate(cands):
            if c.kind is None and (i == 0 or link[i]):
                before = st[:c.start]
                if i == 0 and not _rs(r"(?::|\s[\u2014\u2013-])\s*(?:at\s+least\s+|about\s+|more\s+than\s+)?$", before) and \
                        not _rm(r"^\s*[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]?\s*$", before):
                    continue
                c.kind, c.kind_src = state.list_kind, "list"
        for i in range(1, n):
            if link[i] and cands[i].kind is None and cands[i - 1].kind:
                cands[i].kind, cands[i].kind_src = cands[i - 1].kind, "inherit"
    # an inline list after a header clause: "The casualties were distributed as follows: 40 civilians; 25 soldiers"
    colon = st.find(":")
    if not is_label_line and colon > 0 and _HEADER_WORDS.search(st[:colon]):
        kind = _header_kind(st[:colon]) or state.last_kind
        if kind:
            for i, c in enumerate(cands):
                if c.start > colon and c.kind is None and not c.negated and (c.head or c.singular or c.partitive):
                    c.kind, c.kind_src = kind, "list"
            _propagate(cands, link)
    # a bare number (no victims noun) needs a strong reason
    for c in cands:
        if c.kind and c.head is None and not c.singular and not c.partitive and c.kind_src in ("inherit_r",):
            c.kind = None


def _breaks_clause(fill: str) -> bool:
    """Whether the words between a toll noun and its number leave the clause."""
    return bool(_rs(r"\b(?:while|whereas|but|and\s+the|after|which\s+(?:is|was))\b|\d", fill, I)) and \
        not _rf(r"[^.;]*?(?:from|since|in|during|until|on)\s[^.;]*", fill, I)


def _short_gap(gap: str, end_rx: re.Pattern) -> bool:
    m = end_rx.search(gap)
    filler = gap[:m.start()]
    if len(filler) > (80 if end_rx is _SUBSET_END else 45):
        return False
    inner = _rsub(r"\([^)]*\)|\[[^\]]*\]", " ", filler)
    return not _CLAUSE_WORDS.search(inner)


def _toll_kind(toll: str, st: str, fill: str = "") -> str:
    t = toll.lower()
    if _rm(r"\s*(?:who|that)\s+(?:died|were\s+killed|have\s+been\s+killed|had\s+been\s+killed|lost\s+their\s+lives|"
           r"were\s+executed)\b", fill, I):
        return "killed"  # "the number of detainees who died under torture"
    if _rs(r"injur|wound", t):
        return "injured"
    if _rs(r"detain|arrest", t):
        return "detained"
    if "displaced" in t:
        return "displaced"
    if "missing" in t:
        return "missing"
    if _rs(r"\b(?:figure|count|tally)\b", t) and not _rs(r"death|casualt|fatalit", t):
        if _rs(r"\b(?:wounded|injured)\b", st, I) and not _rs(r"\b(?:killed|dead|died|death)\b", st, I):
            return "injured"
    return "killed"


def _figure(text: str, sent: Sentence, c: _Cand, cands: list[_Cand], bounds: list[int],
            times: list[tuple[int, int]], pub: Optional[date], is_label_line: bool) -> CasualtyFigure:
    st = sent.text
    vs, ve = c.victims_span
    end = max(c.np_end, ve, c.end) if c.head or c.singular else c.end
    # the clause holding the number
    lo = max(b for b in bounds if b <= c.start)
    hi = min(b for b in bounds if b > c.start) if any(b > c.start for b in bounds) else len(st)
    clause = st[lo:hi]
    victims = c.victims
    label = None
    if is_label_line:
        lab = _rm(r"^\s*(?:[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]\s*)?([^:]{1,140}?)\s*:", st) \
            or _rm(r"^\s*(?:[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]\s*)?([A-Za-z][^:\d]{0,60}?)\s+[\u2014\u2013-]\s+\d", st)
        label = lab.group(1).strip() if lab else None
    if label and not victims and _has_victim_word(label):
        victims = label  # "Civilians: 832"
    cats = list(_categories_cached(victims or ""))
    manner = c.manner or _nearest_label(clause, c.start - lo)
    perp = _perpetrator(clause, c.start - lo)
    place = _place(clause, c.start - lo)
    if label and not place and _is_place_label(label):
        place = label  # "• Aleppo: 179 people"
    if not place and not is_label_line and _LABEL_START.match(st):
        dateline = st[:st.index(":")].strip()  # "Daraa province: SOHR activists reported that ..."
        if _is_place_label(dateline):
            place = dateline
    time = _time_for(st, times, lo, hi, c, pub)
    scope = "cumulative" if (_cumulative(st) or _RUNNING_TOTAL.search(st, max(0, c.start - 120), c.start) or (time and time.start and time.end and time.start != time.end)
                             or is_label_line) else "event"
    fig = make_figure(
        text, c.kind, c.value, sent.start + c.start, sent.start + end, Sentence(sent.start, sent.end, text[sent.start:sent.end]),
        lang="en", count_max=c.value_max, qualifier=c.qualifier, vague=c.num.vague, manner=manner,
        victims=victims, victim_categories=cats, perpetrator=perp, place=place, time=time, scope=scope,
        revision=c.revision, superseded=c.superseded,
    )
    fig.confidence = confidence(singular=c.singular, inherited=c.kind_src in ("inherit", "inherit_r", "list"),
                                vague=c.num.vague, no_victims=not victims, ambiguous=c.ambiguous)
    return fig


# "bringing to 47 the number of bodies recovered", "raising the death toll to 23": a running total
_RUNNING_TOTAL = re.compile(r"\b(?:bring(?:ing|s)?|brought|rais(?:ing|es|ed)|push(?:ing|es|ed)|tak(?:ing|es)|took)\s+"
                            r"(?:the\s+[^.;:!?\d]{0,80}?\s)?to\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|around\s+)?$", I)


@lru_cache(maxsize=256)
def _cumulative(st: str) -> bool:
    return bool(_CUMULATIVE.search(st))


@lru_cache(maxsize=1024)
def _categories_cached(victims: str) -> tuple:
    return tuple(_categories(victims))


def _categories(victims: str) -> list[str]:
    v = victims.lower()
    cats: list[str] = []
    for word in _rfa(r"[\w’'-]+", v):
        cat = _HEADS.get(word)
        if cat and cat != "unknown" and cat not in cats:
            cats.append(cat)
    if _rs(r"\b(?:forces|army|soldiers|police|troops|regime)\b", v) and "security_forces" not in cats \
            and "fighters" not in cats:
        cats = [x for x in cats if x != "unknown"] + ["security_forces"]
    if _rs(r"\b(?:isis|daesh|hezbollah|militia|mercenar|rebels|fighters|nusra|sdf|ypg)\b", v) and "fighters" not in cats:
        cats.append("fighters")
    if _rs(r"\bunder\s+the\s+age\b|\bminors\b", v) and "children" not in cats:
        cats.append("children")
    return cats or (["unknown"] if victims else [])


_MANNER_WORDS = {
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
_MANNER_PAIRS = {("air", "strike"): "airstrike", ("air", "strikes"): "airstrike", ("air", "raid"): "airstrike",
                 ("air", "raids"): "airstrike", ("land", "mine"): "landmine", ("land", "mines"): "landmine",
                 ("barrel", "bombs"): "airstrike", ("barrel", "bomb"): "airstrike", ("explosive", "device"): "landmine",
                 ("explosive", "devices"): "landmine"}
_MANNER_ORDER = {label: i for i, label in enumerate(
    ["executed", "torture", "under detention", "drone", "airstrike", "landmine", "sniper", "shelling", "bombing",
     "gunfire", "clashes"])}
_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=64)
def _clause_manners(clause: str) -> tuple:
    out = []
    prev = ""
    for m in _WORD.finditer(clause):
        w = m.group().lower()
        label = _MANNER_PAIRS.get((prev, w)) or _MANNER_WORDS.get(w)
        prev = w
        if label is not None:
            out.append((m.start(), label))
    return tuple(out)


def _nearest_label(clause: str, pos: int) -> Optional[str]:
    """The manner word nearest to ``pos`` in the clause; on a tie the more specific wins."""
    best, key = None, None
    for start, label in _clause_manners(clause):
        k = (abs(start - pos), _MANNER_ORDER[label])
        if key is None or k < key:
            best, key = label, k
    return best


@lru_cache(maxsize=64)
def _clause_perpetrators(clause: str) -> tuple:
    found = [(m.start(), m.group("p")) for m in _PERP_BY.finditer(clause)]
    for m in _PERP_SUBJ.finditer(clause):
        pre = _SUBJ_WORDS.search(clause, max(0, m.start() - 60), m.start())
        start = pre.start() if pre else m.start()
        found.append((start, clause[start:m.end("h")]))
    out = []
    for start, p in found:
        p = p.strip()
        if _rm(r"(?:the\s+)?(?:Syrian\s+Observatory|SOHR|SNHR|UN|United\s+Nations|sources)", p, I):
            continue
        out.append((start, _rsub(r"^the\s+", "", p)))
    return tuple(out)


def _perpetrator(clause: str, pos: int) -> Optional[str]:
    best, dist = None, 10 ** 9
    for start, p in _clause_perpetrators(clause):
        d = abs(start - pos)
        if d < dist:
            best, dist = p, d
    return best


@lru_cache(maxsize=64)
def _clause_places(clause: str) -> tuple:
    out = []
    for m in _PLACE.finditer(clause):
        p = m.group("p")
        if not _NOT_PLACE.match(p):
            out.append((m.start(), _rsub(r"^the\s+", "", p).strip()))
    return tuple(out)


def _place(clause: str, pos: int) -> Optional[str]:
    for start, p in _clause_places(clause):
        if start >= pos - 40:
            return p
    return None


def _time_for(st: str, times: list[tuple[int, int]], lo: int, hi: int, c: _Cand,
              pub: Optional[date]) -> Optional[TimeWindow]:
    # two dates joined by until/to in the sentence make one window
    pts = [(s, e) for s, e in times if _rs(r"\d{4}|" + _DATE_NOUNS, st[s:e], I)]
    for (s1, e1), (s2, e2) in zip(pts, pts[1:]):
        between = st[e1:s2]
        if len(between) < 80 and _rs(r"\b(?:until|till|to|through)\b", between, I) and \
                _rs(r"\d", st[s1:e1]) and _rs(r"\d", st[s2:e2]):
            a = resolve_time(st[s1:e1], pub)
            b = resolve_time(st[s2:e2], pub)
            if a.start and b.end:
                return TimeWindow(phrase=st[s1:e2], start=a.start, end=b.end)
    own = [(s, e) for s, e in times if lo <= s < hi]
    if not own:
        own = [(s, e) for s, e in times if s < c.start and not any(o.start < s for o in [])][:1] if times and times[0][0] < c.start and lo == 0 else []
    if not own:
        return None
    s, e = min(own, key=lambda t: abs(t[0] - c.start))
    return resolve_time(st[s:e].strip(), pub)

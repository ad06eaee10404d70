"""English rules for the casualty extractor: named patterns over the lexicon.

Each pattern is named after what it finds or rules out: vetoes (a number that is a
unit, a date, an age, money, a rate, a release), kind rules (a predicate after the
victims, a trigger before the number, a casualty noun, a toll clause), link rules
(coordination, subsets, lists, tables) and attributes (qualifier, manner,
perpetrator, place, time). The words come from ``nlp.casualties.en.lexicon``; the
reading loop that applies the rules is in ``nlp.casualties.english`` (over
``nlp.casualties.engine``), the types they read in ``nlp.casualties.en.types``.
"""

from __future__ import annotations

from bisect import bisect_left
import math
import re
import sys
from typing import Optional

from nlp.casualties.common import by_sentence_start, nearest_parent, reindex_figures
from nlp.casualties.en import lexicon as lex
from nlp.casualties.en.types import Candidate, Look, NumberLook

I = re.IGNORECASE

NEGATED = re.compile(r"\b(?:unable|not|no|never|cannot|couldn['’]t|failed|without)\b", I)
# a negation of the trigger itself or of its recording, not of another verb before it ("unable to kill
# 40", "did not kill 40", "unable to document the deaths of 300";
# "Parties it could not identify killed 24" is a killing)
NEGATED_TRIGGER = re.compile(r"\b(?:unable|not|no|never|cannot|couldn['’]t|failed|without)\s+"
                             r"(?:(?:to|be|been|have|has|had|yet|even|ever|also|actually|directly|reportedly)\s+){0,2}"
                             r"(?:(?:document|confirm|verify|record|count|establish|determine|report)\s+(?:the\s+)?)?$", I)
# victims phrase after a number: up to four modifiers, then a head noun
NP = re.compile(
    r"(?P<lead>[ \t\u00a0]*(?:[\"“”']\s*)?)"
    r"(?P<mods>(?:(?=[a-z]+[ \t\u00a0]+(?:and|or)[ \t\u00a0])(?!" + lex.STOP_MOD + r"\b|" + lex.NUM_WORD + r"\b|" + lex.HEAD_RX + r"\b|dead\b|wounded\b|injured\b|missing\b)"
    r"[a-z]+[ \t\u00a0]+(?:and|or)[ \t\u00a0]+(?=(?!" + lex.HEAD_RX + r"\b|" + lex.NUM_WORD + r"\b|" + lex.STOP_MOD + r"\b|dead\b|wounded\b|injured\b|missing\b)"
    r"[a-z]+[ \t\u00a0]+" + lex.HEAD_RX + r"(?![\w-])))?"
    r"(?:(?!" + lex.STOP_MOD + r"\b)(?:(?-i:(?:[A-Z]\.){2,})|[\w’'\-/]+)[ \t\u00a0]+){0,4}?)"
    r"(?P<head>" + lex.HEAD_RX + r")(?![\w-])(?!" + lex.HEADS_AS_ADJECTIVES + r"[ \t\u00a0]+" + lex.HEAD_RX + r"(?![\w-]))"  # "two elderly men"
    r"(?P<coord>\s+(?:and|or)\s+(?:(?!" + lex.NUM_WORD + r"\b|\d|" + lex.STOP_MOD + r"\b)[\w’'\-/]+\s+){0,2}?"
    r"(?!(?:injured|wounded|dead|missing|displaced|detained|deaths|fatalities|casualties|injuries|others)\b)"
    + lex.HEAD_RX + r"(?![\w-]))?"
    r"(?P<ext>\s+(?:of|from|affiliated with|loyal to|belonging to)\s+(?:the\s+)?"
    r"(?:[\w’'\-/]+\s+){0,3}(?i:forces|army|regime|militias?|group|factions|ISIS|IS|Daesh|Hezbollah|SDF|police|"
    r"organi[sz]ation|Front|Council|Committees|units|brigades?|family|families|Hay'at\s+Tahrir\s+al-Sham|HTS)\b"
    r"(?:\s+cells?\b)?"
    r"(?:\s+(?:and|or)\s+(?:[\w’'\-/]+\s+){0,2}?(?i:militias?|forces|fighters|groups|factions|members|militiamen))?)?",
)
PARTITIVE = re.compile(
    r"\s*(?:at\s+least\s+)?(?:out\s+)?of\s+(?P<what>them|whom|which|"
    r"those\s+(?:arrested|detained|killed|wounded|injured|abducted|kidnapped|displaced|held)|those|these|the\s+(?:total(?:\s+(?:death\s+)?(?:toll|number))?|"
    r"number|overall\s+toll|death\s+toll|toll|dead|deceased|killed|victims|fatalities|casualties|deaths|killings|wounded|injured|"
    r"detainees|arrested|missing|displaced))(?:\s+cases)?\b",  # "142 of these cases have since turned into"
    I,
)
CASES_OF = (r"(?:cases|incidents)\s+of\s+(?:arbitrary\s+|enforced\s+)?(?P<k>arrests?|detentions?|arrest/detention|"
            r"abductions?|kidnappings?|disappearances?|enforced\s+disappearances?)\b")
CASES = re.compile(r"\s*" + CASES_OF, I)
# "SNHR recorded 11 cases of death due to torture" (blind74 en): deaths
DEATH_CASES = re.compile(r"\s*cases\s+of\s+(?P<h>death)\b", I)
OF_THE_CASES_AFTER = re.compile(r"\s+of\s+(?:these|those|the)\s+(?:[\d,]+\s+)?cases\b", I)  # "101 of these cases"
# "verified 231 incidents of arbitrary detention …, involving 287 victims" (blind71 en 011): the incidents are events,
# the victims they involved are the people
INVOLVING = r",?\s+(?:involving|affecting)\s+(?:at\s+least\s+|some\s+|about\s+|nearly\s+|more\s+than\s+)?"
INCIDENTS_INVOLVING = re.compile(r"\s*incidents\s+of\s+[^.;:]{1,80}?" + INVOLVING + r"\d", I)
INVOLVED_IN_CASES_BEFORE = re.compile(r"\b" + CASES_OF + r"[^.;:]{0,80}?" + INVOLVING + r"$", I)
# "Of these, 163 cases turned into enforced disappearances": the cases told by what they became
CASES_BECAME = re.compile(r"\s*cases(?=\s+(?:have\s+|had\s+)?(?:since\s+|later\s+|subsequently\s+)?(?:(?:were\s+|was\s+|been\s+)?turned\s+into|(?:were\s+|been\s+)?transformed\s+into|became)\s+"
                          r"(?:cases\s+of\s+)?(?P<k>enforced\s+disappearances?))", I)
# "were students", "were police officers", "were loyalist troops": up to two modifiers (no participle) before the head
HEAD_MODIFIERS = r"(?:(?![\w-]+ed\b)[A-Za-z-]+\s+){0,2}?"
WERE_HEAD = re.compile(r"\s+(?:are|were)\s+" + HEAD_MODIFIERS + r"(?P<h>" + lex.HEAD_RX + r")\b(?!\s+(?:of|from|in|by|who|that|and\s+(?:were|are)))")
# "17 Kurdish and 14 Baluch prisoners", "12 Syrian and three Turkish soldiers": two nationality adjectives share one noun
SHARED_HEAD = re.compile(r"[ \t\u00a0]+(?P<adj>[A-Z][a-z]+(?:ish|an|i|ese|ic))[ \t\u00a0]+and[ \t\u00a0]+(?:\d[\d,]*|"
                         + lex.NUM_WORD + r")[ \t\u00a0]+(?:[A-Z][a-z]+[ \t\u00a0]+)?(?P<h>" + lex.HEAD_RX + r")(?![\w-])")
ARE_HEAD = re.compile(r"\s*(?:,\s*)?(?:(?:are|were)\s+" + HEAD_MODIFIERS + r")?(" + lex.HEAD_RX + r")\b")
OF_HEAD = re.compile(r"\s*(?:out\s+)?of\s+(?:the|their|its|his|our)?\s*(?:(?!(?:" + lex.HEAD_RX + r"|displaced|wounded|injured|dead|"
                     r"killed|missing|detained|arrested)\b)[A-Za-z][\w'’-]*\s+){0,2}?"
                     r"(?P<h>" + lex.HEAD_RX + r")\b")  # "90 of the Chibok girls", "11 of the shepherds"
POST_QUAL = re.compile(r"\s*(?P<q>at\s+least|or\s+more|at\s+a\s+minimum)\b", I)
# (not "95 other aggressions": more things, blind76 en)
BARE_OK = re.compile(
    r"\s*(?:$|(?:to|-|–|and)\s*(?=\d)|to\s+flee\b|(?=" + lex.SAYS_ARE + r")|,?\s*the\s+(?:total\s+)?(?:number|toll|death\s+toll|count)\s+(?:of|from|in|recovered|retrieved|found)\b|[.,;:()\]\u2014\u2013\"”]|-\s|(?:in|at|near|outside|inside|across|around|from|on|during|since|by|"
    r"and|or|as|after|while|when|so|this|last|yesterday|today|overnight|were|was|have|had|has|are|is|"
    r"killed|dead|died|wounded|injured|hurt|arrested|detained|missing|displaced|taken|captured|turned\s+into|transformed\s+into|(?:subsequently\s+|later\s+)?(?:became|become|becoming)(?=\s+(?:cases\s+of\s+)?enforced\s)|(?:others?|more)(?!\s+" + lex.THING_NOUNS + r"\b)|remain|remained|remains|who\s+(?:were|was|had|have|died|fled|crossed|escaped)|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|under|aged|over(?=\s+(?:the|a|last|past|this|several)\s))\b)",
    I,
)
PROPORTION = re.compile(r"\b" + lex.SMALL_NUM + r"\s+(?:in|out\s+of)\s+(?:every\s+)?(?:" + lex.SMALL_NUM[3:-1] + r"|hundred)\b"
                         r"(?=\s*(?:of\b|[,.;:)]|$|(?-i:[A-Z][a-z]+s\b)|(?:people|children|residents|Gazans|Palestinians|Syrians|Sudanese|Yemenis|"
                         r"are|were|is|was|have|has|had|remain|remains|still|live|lives)\b))", I)
UNIT_AFTER = re.compile(
    r"[ \t\u00a0-]*(?:(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|km|kilomet(?:er|re)s?|"
    r"met(?:er|re)s?|miles?|percent|per\s*cent|dollars|usd|euros?|pounds|liras?|syp|tons?|tonnes|kg|"
    r"am|pm|times|fold|x|storey|floors?)(?![a-z])|%|a\.m|p\.m|o['’]clock|-year|year-old|years-old)",
    I,
)
LEFT_BLOCK = re.compile(
    r"(?:\b(?:resolution|division|brigade|regiment|battalion|article|no\.?|unit|route|highway|road|page|corps|"
    r"squadron|camp|gate|code|flight|paragraph|chapter|section|phase|level|grade|number|nos?|item|district|"
    r"sector|building|block|area|zone|region|aged|age|ages|age of|ages of|aged between|aged from|"
    r"the age of|version|model|vol\.?|volume|issue|turned|turning|turns|every(?:\s+single)?)|[$€£#№]|US\$|\bUSD)\s*$",
    # "who turned nine": an age; "every single one of them": all, no count
    I,
)
RELEASE_LEFT = re.compile(r"(?<!\bto\s)\b(?:release|releasing|released|freed|freeing|free|exchange(?:\s+for)?|swap|swapped|return(?:\s+for)?|returned|"
                           r"identify|identified|identifying|identification\s+of|buried|burying|burial\s+of|recovered|retrieved|exhumed|"
                           r"handover|handed\s+over|evacuation|evacuated|rescue|rescued|repatriation|repatriated)"
                           r"(?:\s+of)?(?:\s+(?:the|a\s+further|another|at\s+least|about|some|more\s+than|over|nearly))*\s*$", I)
# not war casualties: disease and natural disasters
DISEASE = re.compile(r"\b(?:cholera|disease|covid|coronavirus|malnutrition|famine|measles|outbreak(?!\s+of\s+(?:the\s+)?(?:"
                     + lex.WAR_OUTBREAKS + r"))|epidemic|dengue|malaria|"
                      r"floods?|flooding|flash\s+floods|earthquakes?|quakes?|tremors?|storm|hurricane|cyclone|tsunami|"
                      r"landslides?|wildfires?|heatwave)\b", I)
DISASTER_AFTER = re.compile(r"^[^.;:\d]{0,60}?\b(?:in|from|by|during|after|of)\s+(?:the|a|an|this|last)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:" + lex.DISASTERS + r")\b", I)
DISEASE_AFTER = re.compile(r"^\s*(?:deaths?|fatalities|people|persons|cases|patients|children)?\s*(?:who\s+died\s+)?(?:from|of|due\s+to|"
                           r"caused\s+by|linked\s+to|related\s+to|as\s+a\s+result\s+of)\s+(?:" + lex.DISEASE_NAMES + r")\b"
                           # "40 cholera patients", "40 people were hospitalized with cholera"
                           r"|^\s*(?:suspected\s+)?(?:" + lex.DISEASE_NAMES + r")\s+(?:patients|cases|deaths)\b"
                           # "61,000 deaths from all causes": war, hunger and disease together (other)
                           r"|^\s*(?:excess\s+)?(?:deaths?|fatalities|people)?\s*(?:who\s+died\s+)?from\s+all\s+causes\b"
                           r"|^[^.;:\d]{0,50}?\bhospitali[sz]ed\s+(?:with|for)\s+(?:suspected\s+)?(?:" + lex.DISEASE_NAMES + r")\b", I)
EXPOSURE_AFTER = re.compile(r"^[^.;:\d]{0,50}?\b(?:died|dies|die|perished|froze\s+to\s+death)\s+(?:\w+\s+)?(?:of|from|due\s+to|because\s+of)\s+"
                            r"(?:" + lex.EXPOSURE_CAUSES + r")\b", I)
OUTBREAK_CASES_BEFORE = re.compile(r"\b(?:suspected|confirmed|recorded|reported)\s+(?:[\w-]+\s+)?cases\s*(?:,\s*(?:and\s+)?|and\s+)$", I)
AGE_BOUND_BEFORE = re.compile(r"(?:\b(?:" + lex.AGE_BOUND_PEOPLE + r"|all|both|mostly|each|aged)\s+(?:aged\s+)?(?:over|under|above|below|older\s+than|younger\s+than)|"
                              # "Most of the victims were over 60" (blind55 en 007), "Around a third of the murder victims
                              # were under 30" (blind60 en 010): the share of a group above or below an age
                              r"\b(?:most|many|all|some|half|(?:a|one|two)\s+(?:third|quarter|fifth)s?|\d+\s*(?:%|per\s?cent))\s+"
                              r"of\s+(?:the|them|those)\s+(?:[a-z]+\s+){0,2}?(?:were|are)\s+(?:aged\s+)?"
                              r"(?:over|under|above|below|older\s+than|younger\s+than)|"
                              r"\bthe\s+age\s+of)\s*$", I)
ALL_BUT_BEFORE = re.compile(lex.ALL_BUT, I)
DEFINITION_BEFORE = re.compile(lex.DEFINITION_BEFORE, I)
DEFINING_WORDS = re.compile(lex.DEFINING_WORDS, I)
FAMILY_SIZE_BEFORE = re.compile(r"\b(?:" + lex.PARENT_NOUNS + r")\s+of\s*$", I)
STILL_ALIVE_AFTER = re.compile(r"[^.;]{0,50}?\b(?:are|were|is|was|remain|remains|remained)\s+(?:still\s+|in\s+fact\s+|actually\s+)?"
                               r"(?:alive|living(?!\s+(?:in|at|on|under|with|among|inside|outside|as|rough)\b))\b", I)
WOUNDED_THEN_DIED = re.compile(r"[^.;,\d]{0,30}?\b(?:(?:" + lex.SEVERITY_ADVERBS + r")\s+)?(?:injured|wounded)"
                               r"(?:\s+(?:" + lex.WOUNDED_GROUP_NOUNS + r"))?\s+(?:later\s+|have\s+|had\s+|has\s+)?(?:died|succumbed|passed\s+away)\b", I)
DEATH_OF_BEFORE = re.compile(r"\b" + lex.DEATH_NOUN_BEFORE + r"\s*$", I)
# "has risen to 21, … after more bodies were found … and one of the injured died": the death that explains the rise
RISE_THEN_AFTER = re.compile(r"\b(?:rose|risen|rising|rises|climbed|increased|jumped|mounted)\s+to\b[^.;]*\b(?:after|when)\s+"
                             r"(?:[^.;\d]*\band\s+)?$", I)
SPECULATIVE = re.compile(r"\b(?:could|may|might|would|will|expected\s+to|likely\s+to|feared\s+to|set\s+to)\s+"
                          r"(?:rise|reach|climb|exceed|top|increase|surpass|hit|grow|double)"
                          r"(?:\s+(?:to|above|beyond|past|over|at))?(?:\s+(?:about|around|nearly|more\s+than|over))?\s*$", I)
# "killed or captured eight senior leaders": one count of two kinds (the dev README's other)
KILLED_OR_HELD_BEFORE = re.compile(r"\b(?:(?:killed|wounded|injured)\s+or\s+(?:captured|arrested|detained|abducted)|"
                                   r"(?:captured|arrested|detained|abducted)\s+or\s+(?:killed|wounded|injured))"
                                   + lex.FILLER + r"$", I)
# "Fr Christopher Odia, 41, was abducted" (a capitalised name, the number, a comma: an age)
AGE_APPOSITION_BEFORE = re.compile(r"\b[A-Z][a-z’'-]+,\s*$")
AGE_APPOSITION_AFTER = re.compile(r"\s*,\s*(?:was|is|had|has|who|a|an|and|from|of)\b")  # one person's predicate or description
AGE_RANGE_LEFT = re.compile(r"\b(?:aged?|ages(?:\s+of)?)\s+(?:from\s+|between\s+)?\S+\s*(?:to|and|-|–)\s*$", I)  # ("between the ages
# of 7 and 16", blind78 en)
# ("18 of them were still in intensive care a week later" is no rate: blind74 en 002)
RATE = re.compile(r"^[^.;,(\[\d]{0,40}?(?:(?<!within\s)(?<!in\s)(?<!for\s)(?<!over\s)(?<!than\s)(?<!under\s)(?<!just\s)\b(?:a|per|each)|every)\s+(?:day|week|month|hour)\b(?!\s+(?:later|earlier|ago)\b)|^[^.;]{0,25}\bdaily\b", I)
RELATIVE_MORE = re.compile(r"^\s*(?:(?:and|or)\s+(?!(?:injured|wounded|dead|missing|displaced|detained)\b)"
                            + lex.HEAD_RX + r"\s+)?(?:more|fewer|less)\s+than\b")  # "500 soldiers and fighters more than"
# time phrases (also block the numbers inside them from being counts)
TIME = re.compile(
    r"\b(?=\d|(?:from|between|since|until|till|as\s+of|night|last|past|previous|yesterday|today|tonight|this\s+morning|"
    + lex.DATE_NOUNS + r"|" + lex.WEEKDAY + r")\b|(?:the|in|during|throughout|for|of|over|within|on|at|by)\s+(?:the\s+)?"
    r"(?:\d|(?:last|past|previous|beginning|start|early|mid|late|end|year|month|a|one|night|" + lex.ORDW + r"|"
    + lex.DATE_NOUNS + r"|" + lex.WEEKDAY + r")\b))(?:"
    r"(?:from|between)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:" + lex.DATE_NOUNS + r")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?(?:\s+\d{4})?"
    r"\s+(?:to|until|till|and|through)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:" + lex.DATE_NOUNS + r")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?(?:\s+\d{4})?"
    r"|(?:between\s+|from\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to|and|until)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + lex.DATE_NOUNS + r")\.?(?:,?\s+\d{4})?"
    r"|(?:since|from|as\s+of|until|till|by)\s+(?:the\s+)?(?:beginning\s+of\s+|start\s+of\s+|early\s+|mid-?\s*|late\s+|end\s+of\s+)?(?:the\s+)?(?:(?:" + lex.DATE_NOUNS + r")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?(?:\s+\d{4})?|\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + lex.DATE_NOUNS + r")\.?(?:,?\s+\d{4})?)"
    r"|(?:on\s+|at\s+night\s+of\s+|night\s+of\s+)?(?:the\s+)?(?:\d{1,2}|" + lex.ORDW + r")(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + lex.DATE_NOUNS + r")\.?(?:,?\s+\d{4})?"
    r"|(?:on\s+)?(?:" + lex.DATE_NOUNS + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
    r"|(?:in|during|throughout|for|of)\s+(?:the\s+month\s+of\s+)?(?:" + lex.DATE_NOUNS + r")\.?(?:,?\s+\d{4})?"
    r"|(?:" + lex.DATE_NOUNS + r")\.?\s+\d{4}"
    r"|(?:in|during|throughout|since|of|for)\s+(?:the\s+year\s+)?(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d"
    r"|(?:during|in|over|within|for)?\s*(?:the\s+)?(?:last|past|previous)\s+(?:\d+|\w+)\s+(?:hours|days|weeks|months|years)"
    r"|(?:during|in|over|within|for)?\s*(?:the\s+)?(?:last|past|previous)\s+(?:24\s+hours|day|week|month|year)"
    r"|(?:during|in|over|within|for)\s+(?:a|one)\s+(?:week|month|day)"
    r"|(?:since\s+|on\s+)?(?:last\s+)?" + lex.WEEKDAY +
    r"|yesterday|today|last\s+night|tonight|this\s+morning"
    r")\b",
    I,
)
DURATION = re.compile(r"\b\d+\s+(?:days|hours|weeks|months|years)\b", I)
# (``(?=[a-z])``: every casualty verb starts with a letter; the look-ahead spares the engine trying
# all of them at the spaces and marks between words)
PRED = re.compile(r"^" + lex.AUX + r"\b(?=[a-z])(?P<v>" + "|".join(f"(?P<{k}>{v})" for k, v in lex.KIND_V.items()) + r")\b", I)
# "Two gunmen killed three people", "A soldier shot dead a teenager": an active verb with an object
ACTIVE_VERB = re.compile(r"killed|shot\s+dead|gunned\s+down|murdered|massacred|executed|assassinated|beheaded|slain|"
                          r"wounded|injured|maimed|arrested|detained|abducted|kidnapped|captured|displaced|uprooted", I)
ACTIVE_OBJECT = re.compile(r"\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+|around\s+|over\s+)?"
                            r"(?:\d|(?:a|an|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                            r"\w+teen|twenty|thirty|forty|fifty|several|dozens|scores|hundreds|thousands|many|two|both)\b)"
                            r"(?![\s\w-]{0,12}\b(?:day|days|week|weeks|month|months|year|years|night|nights|hours?|morning|"
                            r"afternoon|evening|time|previous|following|same|next|last|past|earlier|later|before|after|ago)\b)", I)
PASSIVE_AUX = re.compile(r"\b(?:were|was|are|is|been|be|being|got|get|gets|who|that)\b", I)
COMBINED = re.compile(r"^\s*(?:and|or|&|/)\s*(?:were\s+|been\s+)?(?:" + lex.INJURED_V + r"|" + lex.KILLED_V + r"|(?P<missing>"
                      + lex.WENT_MISSING + r"))\b", I)
# every trigger starts with a letter (the look-ahead as in ``PRED``)
LEFT = re.compile(r"\b(?=[a-z])(?P<t>" + "|".join(f"(?P<{k}>{v})" for k, v in lex.LEFT_KIND.items()) + r")" + lex.FILLER + lex.RANGE_OPENER + r"$", I)
NEUTRAL_LEFT = re.compile(
    r"\b(?:left|leaving|leaves|claimed|claiming|resulted\s+in|resulting\s+in|caused|causing|documented|recorded|"
    r"reached|reaching|rose\s+to|raised\s+to|raising\s+to|bringing\s+to|brings\s+to|brought\s+to|raises\s+to|raised\s+to|takes\s+to|took\s+to|taking\s+to|pushing\s+to|pushes\s+to|risen\s+to|rising\s+to|climbed\s+to|jumped\s+to|increased\s+to|mounted\s+to|"
    r"hit|stands\s+at|stood\s+at|there\s+(?:are|were))" + lex.FILLER + r"$",
    I,
)
# "count" is not the start of "country(ies)" ("inside the country had fallen to 3.7 million"); "countryside"
# stays a toll noun, so a long toll clause ending "… countryside has risen to 20" is still read
TOLL_LEFT = re.compile(
    r"\b(?P<toll>(?:death|casualty|fatality|final|overall|new|updated|total)?\s*(?:toll|tally|count|figure)(?!ries|ry(?!side)|ing\b|ers?\b)|numbers?\s+of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:dead|deaths|victims|fatalities|killed|died|executed|martyrs|casualties|"
    r"injured|wounded|injuries|detainees|arrests|arrested|displaced|missing)|numbers?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?" + lex.FORCED_FROM_HOMES
    + r"|numbers?\s+of\s+(?:the\s+)?(?:people|persons|civilians|"
    r"individuals)(?=\s+(?:who|that)\s+(?:died|were\s+killed|have\s+been\s+killed|had\s+been\s+killed|lost\s+their\s+lives))|"
    r"numbers?\s+of\s+(?:the\s+)?(?:" + lex.TOLL_GROUP_NOUNS + r")(?:\s+of\s+(?:the\s+)?[^.;:!?\d()]{1,90}?)?(?=\s+(?:"
    + lex.TOLL_GROUP_DIED + r")\b))"
    r"(?P<fill>[^.;:!?]{0,160}?)\b(?:rose|risen|rising|climbed|jumped|increased|mounted|reached|hit|stood|stands|"
    r"approaching|approached|approaches|nearing|neared|nears|reaching|"
    r"was|is|were|are|at|to|of|includes?|included|including|remains?|became|surpassed|exceeded|exceeds|tops|topped|passed)" + lex.FILLER + r"$",
    I,
)
REVISION = re.compile(r"\b(?:rose|risen|rising|climbed|jumped|increased|mounted|updated|new\s+toll|revised|raised|(?:has|have|had)\s+grown|grew\s+to)\b", I)
# ("Sadly, the toll has grown again: 13 people were killed", blind76 en)
# ("raising an earlier police toll of 45", "had initially acknowledged 19 deaths", "Initial reports gave a toll of about
# 50": blind63 en, blind64 en, blind69 en)
SUPERSEDED = re.compile(  # (each alternative starts with a letter: see ``PRED``)
    r"\b(?=[a-z])(?:(?:had\s+(?:earlier\s+|previously\s+|initially\s+|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:night|morning|evening|afternoon))?\s+)?(?:given|put|reported|announced|said|stated|estimated)|earlier|previous|"
    r"initial|preliminary|first|prior|old|early)\s+(?:(?:official|provisional|police|government|army|military|hospital|ministry)\s+)?(?:reports?\s+(?:[\w'’-]+\s+){0,4}?(?:had\s+)?(?:said|put|gave|suggested|indicated|spoken\s+of|spoke\s+of|reported|mentioned)(?:\s+that|\s+(?:a|the)\s+(?:death\s+)?toll\s+of)?|"
    r"(?:death\s+|casualty\s+)?(?:toll|figure|count|tally|estimate)\s+(?:(?:from|by|of)\s+[^.;,]{1,40}?\s+)?(?:that\s+|which\s+)?(?:had\s+)?(?:put|given|placed|set)\s+[^.;]{0,40}?\s(?:at|as)|"
    r"the\s+number\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:dead|deaths|victims|killed|fatalities|missing|pupils|people|"
    r"students|detainees|wounded|injured)\s+at|"  # "had put the number of dead at", "… of missing pupils at 287"
    r"(?:a\s+|an\s+|the\s+|its\s+)?(?:death\s+|casualty\s+)?(?:toll|figure|count|tally|estimate)"
    r"(?:\s+(?:of|at|was|stood\s+at|as|had\s+(?:reported|given|put|said|stated|recorded|listed)))?)|up\s+from|down\s+from|revised\s+(?:up|down)\s+from|(?:raising|raised|revising|revised|lifting|lowering|bringing)\s+(?:the|its|their)\s+(?:death\s+)?(?:toll|tally|count|figure)\s+(?:up\s+|down\s+)?from(?:\s+the)?|(?:had\s+)?previously\s+reported|"
    r"had\s+(?:earlier\s+|previously\s+|initially\s+|first\s+)(?:reported|said|announced|stated|acknowledged)(?:\s+that)?|"
    r"had\s+(?:reported|said|announced|stated)\s+(?:earlier|previously|initially)(?:\s+that)?|"
    # "Community leaders, who on Saturday spoke of 45 deaths, now put the toll at about 200" (blind78 en)
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)\s+(?:spoke|talked)\s+of|"
    # "Yesterday evening the toll stood at 40" (blind84 en)
    r"(?:yesterday|last\s+night)(?:\s+(?:morning|afternoon|evening))?,?\s+the\s+(?:death\s+)?toll\s+(?:stood|was)\s+at|"
    # "Civil society first reported 21 dead, then 38", "after earlier reports of 60 and then 90 dead"
    r"(?:first|initially|originally|earlier|previously)\s+reported|(?:initially|originally|first)\s+(?:said|announced|put)(?:\s+that)?|(?:earlier|initial|first|preliminary)\s+reports\s+of|"
    r"(?:earlier|previous|initial|preliminary|provisional|prior|first)\s+(?:death\s+|casualty\s+)?(?:toll|figure|count|tally)(?:\s+[^.;,\d]{1,70}?\s|"
    r"\s*,[^.;,\d]{1,60},\s*)(?:was|stood\s+at|had\s+been|reported|gave|showed)|"
    # "The toll initially stood at 13 and was raised to 17": the adverb after the toll
    r"(?:toll|figure|count|tally|estimate)\s+(?:had\s+)?" + lex.EARLIER_ADVERBS + r"\s+(?:stood\s+at|been\s+put\s+at|was\s+put\s+at|was|been|put\s+at)|"
    # "The toll in the capital had stood at seven", "Last week the figure stood at 32,000"
    r"(?:toll|figure|count|tally)\s+(?:[^.;,\d]{1,40}?\s+)?had\s+(?:stood|been\s+put|been)\s+at|"
    # "The figure replaced the chief minister's count of 60": the count a newer figure replaced
    r"(?:replaced|replacing|supersedes|superseded|superseding)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:count|figure|toll|tally|estimate)\s+of|"
    r"(?:last\s+week|yesterday|the\s+day\s+before|a\s+week\s+ago|earlier\s+this\s+week|on\s+" + lex.WEEKDAY + r")\s*,?\s+"
    r"(?:the\s+)?(?:death\s+|casualty\s+)?(?:toll|figure|count|tally)\s+(?:stood\s+at|was))"
    + lex.FILLER + r"$",
    I,
)
DIED_OF_WOUNDS_AFTER = re.compile(r"^(?:(?!\b(?:whom|them|others?|another)\b)[^.;:\d])*?\b(?:" + lex.DIED_OF_WOUNDS + r")\b", I)
RECEIVED_BEFORE = re.compile(r"\b" + lex.RECEIVED_VERBS + lex.FILLER + r"$", I)
CARE_PLACE = re.compile(r"\b" + lex.CARE_PLACES + r"\b", I)
EARLIER_REPORT = re.compile(r"\bhad\s+(?:[\w,-]+\s+){0,3}?" + lex.EARLIER_REPORT_VERBS + r"\b|\bwhen\s+(?:[\w'’-]+\s+){0,5}?first\s+"
                            + lex.EARLIER_REPORT_VERBS + r"\b|\b" + lex.EARLIER_ADVERBS + r"\b[^.;]{0,60}?\b"
                            + lex.EARLIER_REPORT_VERBS + r"\b|" + lex.PREVIOUS_REPORT, I)
OTHER_PERIOD = re.compile(lex.OTHER_PERIOD, I)
EARLIER_TOLL_REACHED = re.compile(lex.EARLIER_TOLL_REACHED, I)
EARLIER_DAY = re.compile(lex.EARLIER_DAY, I)
BACKSHIFT_SAYING = re.compile(lex.BACKSHIFT_SAYING, I)
APPOSITION_TOLL = re.compile(
    r"^\s*,?\s*(?:which\s+is\s+)?the\s+(?:total\s+)?(?:number|toll|death\s+toll|count)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:(?P<w>casualties|dead|deaths|victims|fatalities|killed|martyrs|injured|wounded|detainees|arrested|displaced|bodies)\b"
    r"(?:\s+(?P<died>killed|executed|who\s+died|who\s+were\s+killed|who\s+were\s+executed|recovered|retrieved|found|pulled|received))?"
    r"|(?:" + lex.HEAD_RX + r")\s+(?P<group_died>who\s+(?:died|were\s+killed|have\s+been\s+killed|were\s+executed))\b)",  # "civilians who were killed"
    I,
)
# links between neighbouring numbers
CLAUSE_WORDS = re.compile(
    r"\b(?:were|was|are|is|have|has|had|been|while|whereas|but|after|when|which|who|said|says|according|"
    r"killed|killing|wounded|wounding|injured|injuring|died|dead|arrested|detained|displaced|missing|left|leaving|"
    r"including|among|of\s+whom|of\s+them|remain|remained|remains|live|lived|lives|stayed|returned)\b|[.;:!?]",
    I,
)
ASIDE_START = re.compile(r"\s*,\s*(?:" + lex.ASIDE_QUANTIFIERS + r")\b(?:\s+of\s+(?:them|whom))?"
                         r"(?![^,]*\b(?:were|was|are|is|killed|wounded|injured|died|arrested|detained)\b)[^,.;:()\d]{1,90}(?=,)", I)
# "18 soldiers who were travelling on leave, three railway employees and five other civilians" (blind71 en 002): a
# relative clause that tells what an item was doing (no word of what befell it) stays inside the item
SPEAKER_VERB_AFTER = re.compile(r"(?:\s+of\s+[^,.;:\d]{1,50}?)?(?:\s+(?:there|here|nearby))?\s+(?:has\s+|had\s+)?(?:told|tells|said|says|"
                                r"confirmed|added)\b", I)  # ("…, a doctor there said", blind82 en)
# ("…, a member of the village rescue team told UCA News", blind80 en)
DOING_RELATIVE_ASIDE = re.compile(r"\s*(?:who|that)\s+(?:were|was|had\s+been)\s+(?![^,]*\b(?:killed|wounded|injured|died|dead|arrested|"
                            r"detained|abducted|kidnapped|missing|displaced|fled|freed|released)\b)[^,.;:()\d]{1,60}(?=,)", I)
COORD_END = re.compile(r"(?:,\s*(?:and|as\s+well\s+as|along\s+with|plus|in\s+addition\s+to)?|\band|\bas\s+well\s+as|"
                        r"\balong\s+with|\bplus|&|\bin\s+addition\s+to|\bbesides|\btogether\s+with)\s*[\u2014\u2013-]*\s*"
                        r"(?:(?:his|her|their|its|my|our)\s+)?$", I)
SUBSET_END = re.compile(
    r"(?:\(|\[|^\s*:|^\s*(?:(?:were|was|have\s+been|had\s+been)\s+(?:killed|wounded|injured|arrested|detained|displaced|executed)\b)?\s*(?:(?:in|on|during|over|across|for|since|last|this)\s[^.;:!?\d()]{1,40})?:|\bthey\s+(?:are|were)(?:\s+as\s+follows)?\s*:?|\bas\s+follows\s*:|\bnamely|\bincluding(?:\s+(?:a|an|one|the)\s+(?:family|group)\s+of)?|\bincl\.|\bamong\s+(?:them|whom|those)|\bof\s+(?:whom|them|which)|\bwith|"
    r"\bmostly|\bmainly|\bmost\s+of\s+them|\bin\s+addition\s+to)\s*(?:were|are|was|is|being)?\s*(?:all\s+)?$",
    I,
)
# "Of these, 121 were …", "Of those, 33 …" at the start of the sentence after a figure: a subset of it
OF_THESE = re.compile(r"^\s*of\s+(?:these|those|them)(?:\s+(?:cases|arrests|deaths|victims|casualties|people|individuals))?\s*,?\s*"
                       r"(?:at\s+least\s+|about\s+|some\s+|nearly\s+)?$", I)
KIND_THEN_COUNT_GAP = re.compile(r"\s+(?:killed|dead|wounded|injured|hurt)\s*(?:,\s*(?:and\s+)?|and\s+)", I)  # "Nine children killed, 12 …"
SEMICOLON_GAP = re.compile(r"[^.;:\d]{0,80}?;\s*(?:and\s+)?", I)  # "…, among them six children and two women; 45 …"
# between two items of a breakdown by cause: "39 by gunfire whose source could not be identified, 12 in …"
CAUSE_ITEM_GAP = re.compile(r"\s+(?:by|in|from|under|due\s+to|during)\s+[^.;:\d]{1,90}?(?:,\s*(?:and\s+)?|\s+and\s+)", I)  # ("nine by Russian authorities … and five by …", blind48 en 011)
# "– 17 boys who were burnt in their dormitory and 20 girls who were hacked …": a relative clause after
# an item of a breakdown that adds up to its total
RELATIVE_ITEM_GAP = re.compile(r"\s+(?:who|that)\s+(?:were|was|had\s+been)\s[^.;:\d\u2013\u2014()]{1,100}?(?:,\s*(?:and\s+)?|\s+and\s+)", I)
ITEM_GAPS = (CAUSE_ITEM_GAP, RELATIVE_ITEM_GAP)
PARALLEL_GAP = re.compile(r"\s+(?:were|was)\s+[^.;:\d]{1,80}?,\s*(?:(?:while|whereas|and)\s+)?(?:another\s+)?$", I)
PARTITIVE_SIBLING_GAP = re.compile(r"\s+(?:were|was)\s+[^.;:\d,]{1,60}?(?:\s*,\s*(?:and\s+|while\s+)?|\s+(?:and|while|whereas)\s+)$", I)
SUBSET_CROSS = re.compile(
    r"(?:^\s*(?:they|these)\s+(?:are|were|include[ds]?)\b|"
    r"\b(?:the\s+(?:remaining|other)|out\s+of\s+(?:the\s+)?total|within\s+the\s+total|of\s+the\s+total|among\s+(?:the\s+)?(?:dead|victims|them|those\s+killed|the\s+total|wounded|injured|killed|fatalities|missing|detainees)|among\s+the\s+(?:[\d,]+|" + lex.SMALL_COUNT_WORDS + r")\s+(?:dead|victims|killed|fatalities|wounded|injured)|among\s+those\s+(?:shot\s+dead|killed)\s+(?:in|near|at|on|outside|inside)\s+[^,.;:\d]{1,40}?(?=\s+(?:was|were)\b)|among\s+those\s+(?:arrested|detained|wounded|injured)(?:\s+by\s+[^,.;:\d]{1,40}?)?(?=\s+(?:was|were)\b)|the\s+(?:dead|victims|fatalities|wounded|injured)\s*(?:[\u2014\u2013]|\s-)\s*|"
    r"of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:dead|victims|fatalities|killed)\s*,?\s*(?:there\s+(?:are|were))?|the\s+(?:dead|victims|fatalities|bodies)\s+(?:includ(?:e|ed|es)|compris(?:e|ed|es))(?:\s+(?:those|that)\s+of)?|the\s+(?:remaining\s+|other\s+)?(?:dead|fatalities|slain|those\s+killed)\s+(?:are|were)\b(?:\s+[a-z]+\s*:|\s*:)?)(?:\b|(?<=[:\u2014\u2013-])))"
    r"(?:\s+(?:number\s+of\s+)?(?:the\s+)?(?:(?!" + lex.CLAUSE_OPENERS + r"\b)[\w-]+\s+){0,2}?)?\s*,?\s*(?:(?:there\s+)?(?:were|are|was|is)\s+)?"
    r"(?:at\s+least\s+|about\s+|some\s+|only\s+|nearly\s+|more\s+than\s+|over\s+|almost\s+|around\s+)?$",
    I,
)
# "recovered the bodies of the victims, among them a child": a part of the dead whose bodies were recovered
BODIES_THEN_AMONG = re.compile(r"\b(?:bodies|corpses)\s+of\s+(?:the\s+|those\s+)?(?:(?!" + lex.CLAUSE_OPENERS + r"\b)[\w-]+\s+){0,4}?[\w-]+\s*,\s*"
                               r"among\s+(?:them|whom)\s+(?:(?:was|were|is|are)\s+)?$", I)
SUBSET_AFTER_PRED = re.compile(r",\s*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|"
                                r"they\s+(?:are|were)(?:\s+as\s+follows)?\s*:?)\s*(?:were|are)?\s*$|"
                                r"\s\(\s*$", I)  # "71 people have been wounded (50 civilians; 21 soldiers)" (blind45 en 002)
CLAUSE_SPLIT = re.compile(r";|\b(?:while|whereas|but|however|meanwhile)\b", I)
# (a verb inside a relative clause of the label does not make it a sentence: "Fighters, most of whom
# are from Afghanistan: 412", "Persons who were found dead: 96")
LABEL_START = re.compile(r"^(?![^:\n]*\b(?<!\bwho\s)(?<!\bwhom\s)(?<!\bwhich\s)(?:has|have|had|was|were|is|are|rose|risen|[Aa]ccording|said|"
                         r"died|records\s+that)\b)"  # ("The report also records that two detainees died …: one
                         # from Daraa …, and a young man …" is a sentence, blind79 en)
                         r"[^:\n]{1,140}?:{1,2}\s*\S")
# "Daraa province: SOHR activists reported that five children were killed ..." is a dateline
# before a sentence, not a table line: a table line's value follows its colon at once, or the
# rest of the line is a few words ("Civilians: 832", "Killed:: twelve", "Total: 512, among them ...")
LABEL_VALUE = re.compile(r":{1,2}\s*(?:\*\*\s*)?(?:(?:at\s+least|about|around|nearly|some|over|more\s+than|up\s+to)\s+)?"
                          r"(?:[\d\u0660-\u0669]|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundreds?|dozens?|thousands?)\b)", I)
SENTENCE_AFTER_LABEL = re.compile(r":{1,2}\s*(?:\S+\s+){6,}")
# "They are: 119 civilians, …; 103 members of …": the make-up of the total just stated
THEY_ARE_HEAD = re.compile(r"\s*(?:they|these|the\s+(?:civilian\s+)?(?:dead|victims|killed))\s+(?:are|were)\s*$", I)  # ("The civilian
# victims are: 39 children, ten women and five men", blind74 en)
HEADER_WORDS = re.compile(r"\b(?:as\s+follows|distributed|breakdown|broken\s+down)\b", I)
BY_PERPETRATOR_HEADER = re.compile(r"\b" + lex.BY_PERPETRATOR + r"\b", I)
DISTRIBUTION_WORDS = re.compile(r"\b(?:distributed|breakdown|broken\s+down)\b", I)
# (a kin phrase with the modifiers POSS_KIN takes: "her teenage son", "his 12-year-old daughter", blind59 en 007)
MAYBE_NUMBER = re.compile(
    r"\b(?:" + lex.KIN_DETS + r")\s+(?:[\w'\u2019-]+\s+){0,3}?(?:" + lex.KIN_NOUNS + r"|(?:grand)?parents)\b|\bthe\s+" + lex.TITLES + r"\b|\d|[\u0660-\u0669\u06f0-\u06f9]|\b(?:an?|one|single|another|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|scores|tens)\b", I)
# "Civilians - 15", "• Fighters — 60": a label and a number joined by a dash, alone on a line
# "Syrian regime forces – 121", "Hay'at Tahrir al-Sham – 27, including one child.": a row, its make-up after it
DASH_LABEL = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]\s*)?[A-Za-z][^:\n\d]{0,60}?\s+[\u2014\u2013-]\s+\d[\d,.]*"
                        r"(?:\s+(?:people|persons|civilians))?"  # "killed – 34 people, including 2 children;" (blind78 en)
                        r"(?:\s*,\s*(?:including|among\s+them)\b[^\n]*|\s*\(\s*(?:including|among\s+them)\b[^\n()]*\))?\s*[.;]?\s*$")
NUMBER_LINE = re.compile(r"^\s*(?:\d[\d,.]*|(?:" + lex.NUM_WORD + r"))\s+[A-Za-z][^.:!?]{0,220}\.?$", I)
TITLE_LINE = re.compile(r"^\s*[A-Z][\w’'()\- ]{0,40}$")
BULLET_LINE = re.compile(r"^\s*[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]")
QUALIFIER = [
    ("at_least", re.compile(r"\b(?:at\s+least|no\s+(?:less|fewer)\s+than|not\s+less\s+than|a\s+minimum\s+of)\s*$", I)),
    ("more_than", re.compile(r"\b(?:more\s+than|over|upwards\s+of|in\s+excess\s+of|exceeding|exceeds|exceeded|surpassed|"
                             r"surpasses|tops|topped)\s*$", I)),
    ("about", re.compile(r"\b(?:about|around|nearly|almost|some|approximately|approx\.|roughly|close\s+to|an\s+estimated|estimated|up\s+to\s+about)\s*$", I)),
    ("up_to", re.compile(r"\b(?:up\s+to|as\s+many\s+as)\s*$", I)),
]
QUAL_TAIL = re.compile(r"(?:\b(?:at\s+least|more\s+than|over|about|around|nearly|almost|some|approximately|"
                        r"up\s+to|as\s+many\s+as|another|a\s+further|further)\s*)+$", I)
ELLIPSIS_GAP = re.compile(r"(?:\band|,)\s*(?:about|some|nearly|another|at\s+least|more\s+than)?\s*$", I)
LABEL_KIND = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]\s*)?(?:[A-Za-z][^:\d]{0,40}?\s)?(?P<k>"
                         + "|".join(words for _, words in lex.LABEL_KINDS) + r")"
                         r"(?:\s+(?:by|in|from|among|at|of|since|during)\s[^:\d]{0,40}?)?\s*:{1,2}\s*\S", I)  # "Killed: 12",
# "Persons reported missing by their families: 38"
# "Killed - 219 (including 22 children)", "Killed while fleeing toward the fields: 18": a row label opening
# on a kind, before a dash or a colon (blind46 en 013, blind47 en 006)
NOT_CASUALTY_ROW = re.compile(lex.NOT_CASUALTY_ROW, I)
PERPETRATORS_HEADER = re.compile(lex.PERPETRATORS_HEADER, I)
# "Persons killed: 80" then "Of whom, signatories of the Peace Agreement: 5" (blind77 en): a part of the row above
OF_WHOM_ROW = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]\s*)?(?:of\s+whom|of\s+them|including|among\s+them)\b[^:\d]{0,60}:\s*\d", I)
# "killed – 34 people, including 2 children;" (blind78 en): a kind, a dash, its count
DASH_KIND_LABEL = re.compile(r"^\s*(?P<k>" + "|".join(words for _, words in lex.LABEL_KINDS) + r")\s+[\u2014\u2013-]\s+\d", I)
ROW_KIND_LABEL = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]\s*)?(?P<k>"
                            + "|".join(words for _, words in lex.LABEL_KINDS) + r")\b[^:\d\n]{0,60}?(?:\s[\u2014\u2013-]\s+|:\s*)\d", I)
# "Total fatalities documented: 412", "Overall toll: 96", "Killed: 12" above bullet lines: a total
# whose breakdown follows
TOTAL_LABEL = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–#]\s*)*(?P<lab>[A-Za-z][A-Za-z’' ()/-]{0,60}?)\s*:{1,2}\s*(?:\*+\s*)?"
                          r"(?:at\s+least\s+|about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?\d[\d,.]*(?:\s+[a-z]+)?\s*\.?\s*$", I)
TOTAL_WORD = re.compile(r"^\s*(?:total|overall|cumulative|grand\s+total)\b", I)
NEXT_BULLET = re.compile(r"\s*\n\s*[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]\s*(?:[A-Za-z][^:\n]{0,60}:{1,2}\s*\S|"
                          r"\d[\d,.]*\s+[A-Za-z]|[A-Za-z][^:\n\d]{0,60}?\s+[\u2014\u2013-]\s+\d)")
RANGE = re.compile(r"^\s*(?:-|–|to|and)\s*$", I)
BETWEEN = re.compile(r"\b(?:between|from)\s*$", I)
# "raised the number of people killed from 12 to 13" (blind74 en): a toll's step, not a range
TOLL_STEP_FROM = re.compile(r"\b(?:rose|risen|rising|rises|raised|raising|raises|increased|increasing|climbed|climbing|jumped|grew|grown|"
                            r"revised|lowered|fell|dropped)\b[^.;:\d]{0,80}\bfrom\s*$", I)
STEP_TO_AFTER = re.compile(r"\s+to\s+(?:at\s+least\s+|about\s+|nearly\s+|more\s+than\s+)?(?:\d|[a-z]+\b)", I)  # "… from 12 to 13"
# (a modifier is no number: "another five near Eringeti" is five, not "another" with two modifiers, blind68 en)
SINGULAR = re.compile(
    r"\b(?P<det>an?|one|single|another)\s+(?P<mods>(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[\w-]+-year-old|former|retired|senior|prominent|tribal|foreign|displaced|disabled|young|little|small|elderly|old|civilian|pregnant|local|female|male|"
    r"teenage|(?!(?:" + lex.CARDINAL_WORDS + r")(?![\w-]))[A-Z][\w-]+|[a-z]+-[a-z]+|(?:special|security)\s+forces)\s+){0,2})"
    r"(?P<head>child|woman|man|girl|boy|civilian|person|citizen|soldier|fighter|member|officer|policeman|journalist|"
    r"pharmacist|midwife|sailor|marine|airman|mukhtar|herdsman|miner|cadet|lawmaker|councill?or|inspector|constable|sheikh|vigilante|hunter|uncle|aunt|cousin|nephew|niece|"
    r"teenager|youth|infant|baby|toddler|shepherd|farmer|worker|doctor|nurse|paramedic|medic|student|female|resident|"
    r"detainee|prisoner|militant|gunman|rebel|lady|candidate|official|commander|leader|activist|reporter|photographer|"
    r"cameraman|driver|guard|imam|priest|teacher|engineer|pilot|policewoman|paramedic|suspect|passenger|hostage|peacekeeper|"
    r"volunteer|rescuer|herder|fisherman|trader|shopkeeper|aid\s+worker|mother|father|son|daughter|wife|husband|brother|sister|"
    r"protester|demonstrator|pilgrim|worshipper|migrant|refugee|patient|bystander|passer-by|merchant|labou?rer|employee|"
    r"mourner|villager|insurgent|jihadist|combatant|militiaman|conscript|recruit|inmate|captive|abductee|"
    r"elder|interpreter|contractor|technician|cleric|monk|nun|pastor|bishop|rabbi|scientist|judge|lawyer|owner|shop\s+owner|businessman|businesswoman|vendor|jawan|"
    r"(?:village|district|ward|community|clan)\s+head|"
    r"elderly\s+(?:man|woman)|young\s+(?:man|woman)|(?-i:[A-Z][a-z]+(?:an|ian|ese|i|on))(?=\s*(?:[,.;]|and\b|were\b|was\b|who\b)))(?![\w-]|['’]s\b)"
    r"(?!\s+(?:factions?|groups?|forces?|units?|brigades?|movements?|militias?|camps?|positions?|bases?|commanders?|leaders?|"
    r"held|controlled|-held|stronghold|"
    # "volunteer medics", "citizen journalists", "member states": the singular word modifies a plural noun
    r"medics|workers|doctors|nurses|teams?|volunteers|rescuers|journalists|activists|protesters|organi[sz]ations?|"
    r"committees?|councils?|networks?|states|services|groups|associations?|unions?|"
    # "a passenger train", "a civilian car": the word names what carried people, not a person
    r"trains?|bus(?:es)?|planes?|cars?|vehicles?|ships?|boats?|ferr(?:y|ies)|jets?|aircraft|flights?|convoys?|vans?|trucks?|terminals?)\b)",
    I,
)
KIN_CARED_FOR_BEFORE = re.compile(r"\b(?:" + lex.KIN_CARE_VERBS + r")\s+$", I)  # "a woman visiting her child" (blind46 en 013)
KIN_CARED_FOR_REACH = 25  # characters before a relative searched for the verb of care
# "his son", "her daughter", "his brother's wife": one relative of a victim named just before
POSS_KIN = re.compile(r"\b(?P<det>" + lex.KIN_DETS + r")\s+(?P<mods>(?:(?:younger|elder|older|little|late)\s+)?(?:" + lex.KIN_NOUNS + r"['’]s\s+)?(?:(?:eldest|youngest|elder|younger|oldest|only|elderly|old|young|little|infant|baby|teenage|pregnant|disabled)\s+|(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)-(?:year|month)-old\s+)?"
                       r"(?:(?-i:[A-Z][a-z]+(?:an|ese|i|ish))\s+)?)(?P<head>(?:son|daughter|brother|sister|father|mother)-in-law|step-?(?:son|daughter|father|mother|child)|son|daughter|wife|husband|brother|sister|father|mother|"
                       r"child|nephew|niece|cousin|grandson|granddaughter|grandmother|grandfather|uncle|aunt|companion|aide|bodyguard|driver|"
                       r"(?:grand)?parents)(?![\w-])", I)
# "four members of one family: a father, his wife and their two daughters": a family counted, then named
KIN_APPOSITION_GAP = re.compile(r"\s*[:,\u2014\u2013]\s*|\s+-\s+|[^.;:,\d]{1,40}?:\s*")  # "… were killed: a father, …"
POSSESSIVE_KIN = re.compile(r"\b(?:" + lex.POSSESSIVE_DETS + r")\s+(?:[\w'’-]+\s+){0,2}?" + lex.KIN_NOUNS + r"s?\b", I)
# "his father, mother and sister": relatives listed without a numeral, one group of their number
# "his father, mother and sister", "her mother and younger brother"
_KIN_ADJ = r"(?:(?:younger|elder|older|eldest|youngest|little|baby|teenage)\s+)?"
# "his brother, sister-in-law and their teenage son" (blind59 en 007): an item may take a possessive and an adjective
KIN_LIST = re.compile(r"\b(?P<det>" + lex.KIN_DETS + r")\s+" + _KIN_ADJ + r"(?P<head>" + lex.KIN_NOUNS + r")(?P<rest>(?:\s*,\s*(?:(?:" + lex.POSSESSIVE_DETS + r"|an?)\s+)?" + _KIN_ADJ
                      + lex.KIN_NOUNS + r")*,?\s+and\s+(?:(?:" + lex.POSSESSIVE_DETS + r"|an?)\s+)?" + _KIN_ADJ + lex.KIN_NOUNS + r")(?![\w-])", I)
# ("his father, an uncle and a brother": blind74 en)
# "a father, mother and their teenage son", "a couple and their baby", "the father, mother and their 11-year-old
# son" (blind64 en): a family named from a parent (or couple: two), one group of its number
A_KIN_LIST = re.compile(r"\b(?P<det>an?|the)\s+(?P<head>father|mother|husband|wife|couple|grandmother|grandfather)(?P<rest>(?:\s*,\s*(?:(?:his|her|their)\s+|" + _KIN_ADJ
                        + r")" + lex.KIN_NOUNS + r")*,?\s+and\s+(?:(?:his|her|their)\s+|" + _KIN_ADJ + r")(?:teenage\s+|"
                        r"\d{1,2}-(?:year|month)-old\s+|[a-z]+-(?:year|month)-old\s+)?" + lex.KIN_NOUNS + r")(?![\w-])", I)
# "a doctor from Kamal Adwan Hospital, his wife and their son": a person named by role, then their kin (blind61 en
# 006): a family counted together, not one person singled out inside a toll (english._role_in_counted_set)
KIN_OF_ROLE_AFTER = re.compile(r"[^.;:,\d]{0,60},\s*(?:" + lex.POSSESSIVE_DETS + r")\s+(?:[\w-]+\s+)?" + lex.KIN_NOUNS + r"\b", I)
KIN_WORD = re.compile(r"\b" + lex.KIN_NOUNS + r"\b", I)
# one person of a kin list: a kin noun not followed by another ("her baby brother" is one, blind49 en 013)
KIN_ITEM = re.compile(r"\b" + lex.KIN_NOUNS + r"\b(?!\s+" + lex.KIN_NOUNS + r"\b)", I)
KIN_PLURAL = re.compile(lex.KIN_NOUNS + r"s", I)  # "cousins", "sons": kin counted
# "a woman and her two daughters", "a commander and two of his aides": one group, counted together
# "a farmer, Hassan, and his two sons": a name or short description between them changes nothing
# (a short "of", "from" or "at" phrase may name the first person's place: "a doctor from Kamal Adwan Hospital, his
# wife and their son", blind61 en 006)
KIN_COORD = re.compile(r"^(?:\s+(?:of|from|at)\s+[^,.;:\d]{1,40}?)?(?:\s*,[^,.;:\d]{1,30}?,)?(?:\s+and|\s*,(?:\s*and)?)\s+(?:(?:" + lex.POSSESSIVE_DETS + r")\s*$|$)", I)
KIN_OF = re.compile(r"^of\s+(?:" + lex.POSSESSIVE_DETS + r")\b", I)
# "12 bodies were recovered", "the bodies of 7 people were found": the dead, counted where they are found
BODIES_FOUND = re.compile(r"^\s*,?\s*(?:who\s+[^,.;:\d()]{1,50}?\s+(?=(?:were|was|have|has|had)\s))?(?:(?:were|was|(?:have|has|had)\s+(?:(?:now|since|already|so\s+far)\s+)?been)\s+(?:later\s+|also\s+)?)(?:recovered|found|retrieved|pulled|brought\s+(?:in|to)|received|taken\s+to|"
                           r"exhumed|discovered|unearthed|collected|buried|counted(?!\s+twice)|removed)\b", I)
# "hospitals received 51 bodies", "crews retrieved 13 bodies", "rescuers pulled out 12 bodies", "monitors
# counted 47 bodies": the dead too
BODIES_ACTIVE = re.compile(r"\b(?:received|receiving|receives|retrieved|retrieving|retrieves|recovered|recovering|recovers|"
                            r"pulled|pulling|pulls|exhumed|found|finding|discovered|collected|brought\s+in|took\s+in|counted|counting|counts|carried|"
                            r"buried|burying)"
                            r"(?:\s+(?:out|in|up))?\s+(?:(?:the|another|a\s+further|an\s+additional|at\s+least|more\s+than|over|about|"
                            r"some|nearly|around|a\s+total\s+of|(?:its|their|his|her)\s+\w+\s*,)\s+)*"
                            # "found the burned bodies of at least 35 people" (blind65 en 008)
                            r"(?:(?:burned|burnt|charred|mutilated|decomposed|decomposing|bullet-riddled|dismembered)\s+)?$", I)
# "78 of them Palestinian, four Israeli and three Lebanese": nationality adjectives in a breakdown
DEMONYM_AFTER = re.compile(r"\s+(?P<h>(?-i:[A-Z][a-z]{2,}(?:i|ian|an|ese|ish|ch)))(?=\s*(?:[,.;)]|and\b|$))")
KIND_NOUN_AFTER = re.compile(r"[ \t\u00a0]+(?P<h>" + "|".join(sorted(lex.NOUN_KIND, key=len, reverse=True)) + r")(?![\w-])", I)
# what is said of buildings, not of people: "three of them were put out of service" (hospitals)
THING_PREDICATE_AFTER = re.compile(r"\s*(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+)?(?:(?:also|later|entirely|"
                                   r"completely|partly|partially)\s+)?(?:put\s+out\s+of\s+(?:service|action)|damaged|destroyed|"
                                   r"demolished|razed|shut\s+down|closed|looted|flattened)\b", I)
# a people's name that is also its adjective ("the Sudanese", "Sudanese refugees")
INVARIANT_DEMONYM = re.compile(r"(?:Druze|Swiss|[A-Z][a-z]+ese)")
MODIFIED_HEAD = re.compile(r"[ \t\u00a0]+(?P<h>" + lex.HEAD_RX + r")(?![\w-])")
BODIES_AFTER = re.compile(r"\s+(?:more\s+)?(?:bodies|corpses)\b", I)
BODIES_OF = re.compile(r"\b(?:bodies|body|corpses|corpse|remains)\s+of\s+(?:the\s+|all\s+)?(?:at\s+least\s+|some\s+|about\s+|another\s+|last\s+|remaining\s+|other\s+)?$", I)
# "exhumed the remains of 58 people", "the remains of about 20 victims were handed over": deaths
# counted long before, not a new toll (../shared/dev/README.md: returned remains are kind other)
REMAINS_OF_BEFORE = re.compile(r"\bremains\s+of\s+(?:the\s+)?(?:(?:at\s+least|some|about|approx\.?|approximately|around|nearly|"
                               r"more\s+than|over|another|a\s+further)\s+)?$", I)
# "exhumed 436 bodies from a mass grave site", "17 bodies were recovered from a separate grave"
GRAVE_BODIES_AFTER = re.compile(r"^\s+(?:more\s+)?(?:bodies|corpses)\s+(?:(?:were|have\s+been|had\s+been|was)\s+)?(?P<v>"
                                + lex.GRAVE_RECOVERY_VERBS + r"\s+)?(?:out\s+)?(?:from|of)\s+(?:[\w-]+\s+){0,2}?graves?\b", I)
GRAVE_VERB_BEFORE = re.compile(r"\b" + lex.GRAVE_RECOVERY_VERBS + r"\b(?:\s+[\w-]+){0,3}?\s*$", I)
# "Of the hostages, 97 remain in Gaza": those still held
OF_HELD = re.compile(r"\bof\s+(?:the|those)\s+(?:[\w-]+\s+){0,2}?(?:hostages|captives|abductees|detainees|kidnapped|abducted|"
                      r"prisoners)\s*,?\s*(?:at\s+least\s+|about\s+|some\s+)?$", I)
STILL_HELD = re.compile(r"^\s*(?:(?:are|were)\s+)?(?:still\s+)?(?:remain|remained|remains|still\s+(?:held|in))\b"
                         r"(?!\s+(?:missing|unaccounted|dead))", I)
# who holds people captive ("the group was now holding 50 aid workers")
HOLDER = re.compile(r"\b(?:group|militants?|gunmen|kidnappers|abductors|captors|Hamas|Houthis?|rebels|forces|militias?|ISIS|"
                     r"Islamic\s+State|authorities|regime|Taliban|al-Shabaab|Boko\s+Haram|jihadists|army|police|they)\b", I)
# "two shepherds who had been missing … were found alive": the main verb says they are safe
RELATIVE_THEN_SAFE = re.compile(r"^\s*who\s+[^,.;:\d()]{1,50}?\s+(?:were|was|have\s+been|had\s+been)\s+(?:later\s+|since\s+)?"
                                 r"(?:found\s+alive|released|freed|rescued|returned|reunited)\b", I)
PERP_BY = re.compile(
    r"(?<!documented\s)(?<!reported\s)(?<!confirmed\s)(?<!monitored\s)(?<!announced\s)(?<!published\s)(?<!carried\sout\s)"
    r"\b(?:by|at\s+the\s+hands\s+of|on\s+the\s+hands\s+of)\s+(?P<p>" + lex.ACTOR + r")\b",
)
# (the head's case is free but for "is": "Gunmen killed five people before police shot them" names the gunmen)
PERP_SUBJ = re.compile(r"(?<![\w-])(?P<h>(?!is\s)(?i:" + lex.ACTOR_HEAD + r"))(?:\s+\([A-Z][\w/-]{1,10}\))?\s+(?:(?!were\b|was\b|been\b|be\b|are\b|is\b|said\b|says\b|reported\b|claimed\b)\w+\s+)?"
                        r"(?:killed|executed|shot|murdered|kidnapped|abducted|arrested|is\s+responsible|are\s+responsible|was\s+responsible)\b")
SUBJ_WORDS = re.compile(r"(?:(?:the|[A-Z][\w’'\-/]*|[a-z][\w’'\-/]*-[\w’'\-/]+|pro-\w+|unidentified|unknown|other|armed|regime|government|Russian|Turkish|Israeli|Iranian|Syrian|terror|terrorist)\s+){0,4}$")
PLACE = re.compile(
    r"\b(?:in|at|near|outside|inside)\s+(?P<p>(?:the\s+)?(?:(?:al|el|Al|El)-)?[A-Z][\w’'\-]+(?:[\s-]+(?:(?:al|el)-\w+|[A-Z][\w’'\-]+|city|town|village|district|province|governorate|countryside|neighbou?rhood|camp|area|region|desert|suburb)){0,4})"
)
NOT_PLACE = re.compile(r"^(?:the\s+)?(?:" + lex.DATE_NOUNS + r"|" + lex.WEEKDAY + r"|Syrian\s+Observatory|SOHR|SNHR|UN|U\.N|Reuters|AFP|A|An|The|His|Her|Their|This)\b", I)
CUMULATIVE = re.compile(r"\b(?:since|so\s+far|to\s+date|in\s+total|total|overall|cumulative|throughout|monthly|annual|until\s+(?:now|this\s+moment|today))\b", I)
NON_VICTIM_VERB = re.compile(r"^[\s,]*(?:members?\s+)?(?:(?:had|have|has)\s+(?:(?:since|already|now|later|subsequently)\s+)?been\s+|were\s+|was\s+)?(?:(?:later|subsequently|since|eventually|then|all|also)\s+)?(?:managed\s+to\s+(?:escape|flee)|said|says|told|reported|added|stated|announced|confirmed|denied|claimed\s+responsibility|withdrew|withdrawn|surrendered|escaped|identified|buried|recovered|rescued|evacuated|handed\s+over|discharged|treated|defected|joined|attacked|participated|took\s+part|released|freed|returned|deployed|arrived|were\s+deployed|were\s+released|were\s+freed)", I)
# "Among those killed was a 12-year-old boy, said his uncle": a speech tag after the comma, its
# speaker after the verb; the people before it did not speak
SPEECH_TAG_AFTER = re.compile(r"\s*,\s*(?:said|says|told\s+\w+|added)\s+(?:his|her|their|its|the|an?|[A-Z])")
# "regime forces were responsible for 325 of these deaths, Russian forces for 22, ISIS for 27":
# the verb of the first item elided in the next ones
FOR_BEFORE = re.compile(r"\bfor\s+(?:at\s+least\s+|about\s+|some\s+)?$", I)
ELIDED_FOR_GAP = re.compile(r"^(?:\s+of\s+(?:these|those|the)\s+\w+)?\s*,\s*(?:and\s+)?(?:the\s+)?[^,.;:\d]{1,60}?\s+for\s+"
                            r"(?:at\s+least\s+|about\s+|some\s+)?$", I)
# "where 212 civilians were killed, followed by Hama with 87 and Aleppo with 45": a ranking of places
# by the count before, each next item "<place> with N"
FOLLOWED_BY_GAP = re.compile(r"[^.;:\d]{0,40}?,\s*followed\s+by\s+[^,.;:\d]{1,40}?\s+with\s+(?:about\s+|some\s+)?", I)
NEXT_WITH_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|then\s+)[^,.;:\d]{1,40}?\s+with\s+(?:about\s+|some\s+)?", I)
# "the death of 6 soldiers ..., and of 9 fighters": an "and of" that repeats the noun of a trigger before
AND_OF_BEFORE = re.compile(r"(?:,\s*|\s)and\s+(?:also\s+)?of\s+(?:the\s+)?(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+)?$", I)
OF_TRIGGER_BEFORE = re.compile(r"\b(?:" + lex.OF_TRIGGER_NOUNS + r")\s+of" + lex.FILLER + r"$", I)
CELL = re.compile(r"[^|]+")
PIPE_ROW = re.compile(r"^[^|\n]{1,80}(?:\|[^|\n]{0,80}){2,}$")  # "Perpetrator | Civilians | Children": three cells or more
# "Idlib | 167": a two-cell row with a number in its second cell (and the header line above such a row)
PIPE_PAIR_ROW = re.compile(r"^[^|\n\d]{1,60}\|\s*(?:at\s+least\s+|about\s+)?\d[\d,.]*\s*$", I)
PIPE_PAIR_HEADER = re.compile(r"^[^|\n\d]{1,60}\|[^|\n\d]{1,60}$")
NEXT_PIPE_PAIR = re.compile(r"\s*\n\s*[^|\n\d]{1,60}\|\s*(?:at\s+least\s+|about\s+)?\d[\d,.]*\s*(?:\n|$)", I)
TABLE_RULE = re.compile(r"^[\s|:\-]+$")
TOTAL_ROW = re.compile(r"^\s*(?:\**\s*)?(?:total|overall|all|sum)\b", I)
VICTIM_WORD = re.compile(r"\b(?:(?i:" + "|".join(sorted(lex.HEADS, key=len, reverse=True)) + r")|" + lex.PEOPLE_PLURAL + r")\b")
# "Rif Dimashq", "Aleppo countryside", "Deir Ezzor and Raqqa", "Al-Hasakah"
PLACE_LABEL = re.compile(r"(?!(?:Other|Unknown|Unidentified|Total|Landmines?|Gunfire|Shelling|Torture)\b)[A-Z][\w’'-]*"
                          r"(?:[\s,]+(?:[A-Z][\w’'-]*|(?:al|el)-[\w’'-]+|and|of|countryside|province|governorate|city|town|"
                          r"village|district|desert|region|area|camp|suburbs?|outskirts))*")
PART_THEN_ITS_PART_GAP = re.compile(r"(?:(?!\b(?:while|whereas|and|but|as)\b)[^;.])*,\s*", I)
OF_THE_SET = re.compile(r"\s+of\s+(?:the|these|those|(?:the\s+)?[\w-]+['’]s)\s+(?:(?:roughly|about|around|some|nearly|almost|"
                        r"approximately|(?:an\s+)?estimated|more\s+than|over)\s+)?", I)
# "1.7 million of the enclave's 2.3 million people", "3,000 of the camp's roughly 14,000 residents"
# between a count of things and "N others" that are more of them: "destroyed 72 apartments and damaged 236 others"
OTHERS_OF_THINGS_GAP = re.compile(r"[^.;:\d]{0,40}?\s(?:and|while|but)\s+(?:(?:partially|partly|badly|also)\s+)?"
                                  r"(?:damaged|destroyed|burned|burnt|hit|looted|razed|demolished)\s+", I)
# "bringing to 47 the number of bodies recovered", "raising the death toll to 23": a running total
RUNNING_TOTAL = re.compile(r"\b(?:bring(?:ing|s)?|brought|rais(?:ing|es|ed)|push(?:ing|es|ed)|tak(?:ing|es)|took)\s+"
                            r"(?:the\s+[^.;:!?\d]{0,80}?\s)?to\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|around\s+)?$", I)
WORD = re.compile(r"[A-Za-z]+")

# --------------------------------------------------------------------------- small patterns the rules share

DIGIT = re.compile(r"\d")
MONTH_START = re.compile(r"(?:" + lex.DATE_NOUNS + r")\b", I)
DATE_WORD = re.compile(r"\d{4}|" + lex.DATE_NOUNS, I)
UNTIL = re.compile(r"\b(?:until|till|to|through)\b", I)
ORDINAL_SUFFIX = re.compile(r"\s*(?:st|nd|rd|th)\b")
DECIMAL_AFTER = re.compile(r"[.:]\d")
AND_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", I)
DEMONYM_HEAD = re.compile(r"(?-i:[A-Z][a-z]{2,}(?:ians|ans|ese|is))$")
THAN_AFTER = re.compile(r"\s*than\b")
BARE_AND = re.compile(r"\s*and\s*")
LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")  # between the items of a list: ", ", ", and ", " and "
TOLL_MAKEUP_GAP = re.compile(r"(?:\s+(?:in|during|on|since|over)\s+[^,.;:\d]{1,30}?)?,?\s+(?:which\s+|who\s+)?"
                             r"(?:included|include|includes|are|were|comprised|comprise|comprises|consisted\s+of|"
                             r"were\s+made\s+up\s+of)\s+(?:at\s+least\s+)?", I)
AS_WERE_BEFORE = re.compile(r",?\s*\bas\s+(?:were|was)\s+$", I)
FRACTION_BEFORE = re.compile(r"\b(?P<f>" + "|".join(sorted(lex.FRACTIONS, key=len, reverse=True)) + r")\s+(?:of\s+)?$", I)
SCALE_NUMBER = re.compile(lex.SCALE_WORDS + r"$", I)
LIVES_CLAIMED_BEFORE = re.compile(r"\b(?:claimed|claiming|claims|claim|cost|costing|costs|took|taking|takes)\s+"
                                  r"(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+|another\s+)?$", I)
# (each verb starts with a letter: the look-ahead as in ``PRED``)
TITLED_VICTIM = re.compile(r"\b(?=[a-z])" + lex.TITLE_VERBS + r"\s+(?P<det>the)\s+(?P<mods>)(?P<head>" + lex.TITLES + r")(?![\w-])", I)
# a titled person opening a list of victims ("The mayor, his driver and two other passengers were
# killed"): the first part of the group, like "a judge" in "a judge and seven of his relatives"
TITLED_LIST_HEAD = re.compile(r"(?:^|(?<=[.;:]\s))\s*(?P<det>the)\s+(?P<mods>)(?P<head>" + lex.TITLES + r")"
                              r"(?=\s*(?:,|\band\b)\s*(?:" + lex.POSSESSIVE_DETS + r"|" + lex.NUM_WORD + r"|\d))", I)
# a named person opening a sentence's list of victims ("Governor Roel Degamo and eight other people were
# killed", "The journalist Anas al-Sharif and four colleagues"): the title is the one person, the name
# what is said of them, the count after "and" the others of the group (``english._kin_groups``)
NAMED_LIST_HEAD = re.compile(r"\s*(?:the\s+)?(?P<det>" + lex.TITLES + r"|" + lex.NAMED_ROLES + r")\s+(?P<mods>)"
                             r"(?P<head>(?-i:[A-Z][\w'’-]+(?:\s+(?:al-|bin\s+|ibn\s+|de\s+)?[A-Z][\w'’-]+){0,3}))"
                             r"(?=\s+and\s+(?:" + lex.NUM_WORD + r"|\d))", I)
STOCK = re.compile(r"\b" + lex.STOCK_WORDS + r"\b", I)
THING_AFTER = re.compile(r"\s+(?:" + lex.THING_NOUNS + r")\b", I)
THING_WORD = re.compile(r"\b(?:" + lex.THING_NOUNS + r")\b", I)
DESCRIBED_AFTER = re.compile(r"\s*,?\s*(?:who|whose|named|called|identified\s+as)\b|\s*,\s*(?-i:[A-Z][a-z]+\s+[A-Z])", I)
FATE_BEFORE = re.compile(r"\b(?:fate\s+(?:and\s+(?:the\s+)?whereabouts\s+)?|whereabouts\s+(?:and\s+(?:the\s+)?fate\s+)?)of\s+(?:the\s+)?(?:other\s+|remaining\s+|another\s+)?"
                         r"(?:at\s+least\s+|some\s+|more\s+than\s+|nearly\s+|about\s+|over\s+)?$", I)
FATE_UNKNOWN_AFTER = re.compile(r"^[^.;]{0,120}?\b(?:remains?|remained|is|are|was|were|still)\s+(?:still\s+)?unknown\b", I)
FATE_PRESUMED_DEAD_AFTER = re.compile(r"^[^.;]{0,100}?\b(?:who|that)\s+(?:are|were|is|was)\s+(?:still\s+)?" + lex.PRESUMED_DEAD + r"\b", I)
AMONG_DEAD_BEFORE = re.compile(r"\bamong\s+(?:the\s+)?(?:" + lex.DEAD_SETS + r")\s*,?\s*(?:there\s+)?(?:are|were|was|is)?\s*"
                               r"(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|over\s+|nearly\s+)?$", I)
RELATIVE_AFTER = re.compile(r"(?:\s+(?:of|from)\s+[^,.;:\d]{1,40}?)?,?\s+(?:who|that)\s", I)
CARRIED_OUT_AFTER = re.compile(r"\s+(?:were|was)\s+(?:" + lex.CARRIED_OUT + r")\b", I)
HOLDING_BEFORE = re.compile(r"\b(?:" + lex.HOLDING_VERBS + r")\s+(?:[\w,.-]+\s+){0,3}$", I)  # "held between 10,000 and"
LEAVING_DETENTION_AFTER = re.compile(r"[^.;:\d]{0,60}?\b(?:were|was|have|has|had)\s+(?:been\s+)?(?:later\s+|also\s+|all\s+)?"
                                     r"(?:" + lex.LEAVING_DETENTION + r")\b", I)
POPULATION_OF_BEFORE = re.compile(r"\bpopulation\s+of\s+(?:" + lex.POPULATION_QUALIFIERS + r"\s+)?$", I)
PLACE_POSSESSIVE_BEFORE = re.compile(r"\bof\s+(?:the\s+)?(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s\s+(?:"
                                     + lex.POPULATION_QUALIFIERS + r"\s+)?$", I)
SHARE_OF_POPULATION = re.compile(r"\s+of\s+(?:the\s+)?(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s\s+(?:"
                                 + lex.POPULATION_QUALIFIERS + r"\s+)?\d[\d,.]*(?:\s+" + lex.SCALE_WORDS + r")?\s+(?P<h>"
                                 + lex.HEAD_RX + r")\b", I)
POPULATION_AFTER = re.compile(r"\s*(?:" + lex.POPULATION_NOUNS + r")\b", I)
# "killed in airstrikes, shelling and rocket fire": manner words coordinated (from one word's start to the next's)
MANNER_COORD_GAP = re.compile(r"[\w-]+\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:[\w-]+\s+){0,2}", I)
AMONG_BEFORE = re.compile(r"\bamong\s+(?:the\s+)?(?:at\s+least\s+|some\s+|about\s+)?$", I)
# "Two adults were killed there, a doctor and a woman …, and eight children were …": the people named after
# a toll's predicate and a comma are that toll's people (blind46 en 013)
PRED_APPOSITION_GAP = re.compile(r"\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:killed|wounded|injured|hurt|"
                                 r"arrested|detained|abducted)|died|have\s+died|had\s+died)\b[^,.;:\d]{0,30},\s*$", I)
BREAKDOWN_GAP = re.compile(r"(?:;|\s[\u2014\u2013-]|:)\s*(?:they\s+(?:are|were)\s*:?\s*)?$", I)
ONE_MORE = re.compile(r"\b(?P<det>" + lex.ONE_MORE + r")\b(?=\s+(?:in|at|near|on|outside|inside|was|were|is|died|killed|"
                      r"wounded|injured|hurt|by|from)\b)", I)
KILLED_AFTER_HELD = re.compile(r"\b(?:killed|executed|murdered|shot\s+dead|beheaded)\s+(?:him|her|them)\b|"
                               r"\b(?:his|her|their|whose)\s+bod(?:y|ies)\s+(?:was|were)\s+(?:later\s+)?(?:found|recovered|dumped)|"
                               r"\b(?:he|she)\s+(?:was|had\s+been)\s+(?:later\s+|then\s+)?found\s+(?:dead|murdered|shot\s+dead)", I)  # (blind51 en 013)
# the same for a group: "abducted two shepherds …; their bodies were found", "… and executed them"
KILLED_AFTER_HELD_MANY = re.compile(r"\b(?:killed|executed|murdered|shot\s+dead|beheaded)\s+them\b|"
                                    r"\b(?:their|whose)\s+bodies\s+(?:was|were)\s+(?:later\s+)?(?:found|recovered|dumped)|"
                                    r"\bthey\s+(?:were|had\s+been)\s+(?:later\s+|then\s+)?found\s+(?:dead|murdered|shot\s+dead)", I)
# "whereabouts", "fate": the words of an unknown fate (``english._held_then_killed``)
FATE_WORD = re.compile(r"\b(?:fate|whereabouts)\b", I)
MONTH_ABBR_DOT = re.compile(r"(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))\.|(?<=\bSept)\.")
OTHER_START = re.compile(r"(?:other|more)\b", I)
ALONG_WITH_GAP = re.compile(r"(?P<pred>[^.;:!?,]{1,60}?)(?:,\s*|\s+)(?:along\s+with|together\s+with|as\s+well\s+as|in\s+addition\s+to|plus)\s*", I)
APPOSITION_RECOVERED = re.compile(r"^\s*,?\s*the\s+(?:total\s+)?number\s+(?:of\s+bodies\s+)?(?:recovered|retrieved|found|pulled\s+out)\b", I)
WORD_RUN = re.compile(r"\b\w+")
FOUR_DIGITS = re.compile(r"[0-9]{4}")
# "Among the civilians was a teacher": a set of people named just before one of them
ONE_OF_BEFORE = re.compile(r"\bone\s+of\s+$", I)  # "One of 12 wounded later died": the count is the set
# "Silver was one of eight Canadians killed": the one is inside the count after it
ONE_OF_COUNT = re.compile(r"one\s+of\s+(?:\d[\d,]*|" + lex.SMALL_COUNT_WORDS + r")\b", I)
# "one of them the driver", "one of them a young doctor", "one of them the market's night guard": the
# person the one is (its noun ``n``)
THE_ROLE_AFTER = re.compile(r"\s*,?\s*(?:the|an?)\s+(?:[A-Za-z'’-]+\s+){0,2}?(?P<n>[A-Za-z-]+)(?=\s*(?:[,.;)]|and\b|who\b|from\b|of\b|$))")  # "the market's night guard"
# "One of the dead was Svitlana Lukyanchuk": the one named (a first and a last name)
NAMED_AFTER_COPULA = re.compile(r"\s+(?:was|is)\s+(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+[A-Z][a-z]+)|"
                                r"(?:\s*,\s*(?:[a-z]+\s+){0,2}|\s+)(?-i:[A-Z][a-z]+\s+[A-Z][\w\u00c0-\u017f]+)\s*,")  # "one of whom, student Aldo Gutiérrez,"
# "the dead included 16 mothers, two newborn babies and a midwife": the last item of a toll's make-up
INCLUDED_LIST_BEFORE = re.compile(r"\b(?:dead|victims|fatalities|wounded|injured|tally|toll)\s+(?:included|include|includes|comprised|comprise|comprises)\s+[^.;:]{1,80}?"
                                  r"(?:,\s*(?:and\s+)?|\s+and\s+)$", I)
# "Among the dead were a senior official of the ministry and a well-known businessman": the second person too
AMONG_SET_BEFORE = re.compile(r"\bamong\s+(?:the|those)\s+(?:[\w'’-]+\s+){0,3}?(?:was|were|is|are)\s+(?:[^.;:]{1,80}?(?:,\s*(?:and\s+)?|\s+and\s+))?$", I)
# "The dead were a security guard, a taxi driver …, an engineer and two other employees": the people a toll is made of
DEAD_WERE_BEFORE = re.compile(r"\bthe\s+(?:dead|victims|fatalities)\s+(?:were|are|included?|includes|comprised?|comprises)\s+(?:[^.;:]{1,120}?(?:,\s*(?:and\s+)?|\s+and\s+))?$", I)
KIN_HEAD = re.compile(lex.KIN_NOUNS, I)
AGED_PERSON = re.compile(r"\d+[\s-]*(?:year|month)s?[\s-]*old|\b(?:elderly|teenage)\b", I)
# an earlier count told as such after it: "Eleven deaths were initially reported"
SUPERSEDED_AFTER = re.compile(r"\s*(?:(?:were|was|had\s+been|have\s+been)\s+|(?:that\s+|which\s+)?the\s+(?:[\w'’-]+\s+){1,4}?(?:had\s+)?)"
                              r"(?:initially|first|originally|earlier|previously)\s+"
                              r"(?:reported|announced|given|counted|confirmed|recorded|gave|put|said)\b", I)  # "the 773 dead the government initially reported"
# "The deaths were recorded in …, with Nairobi accounting for 17 of them": the kind noun "of them" refers to
KIND_NOUN_BEFORE = re.compile(r"\b(?P<kind_noun>deaths|killings|injuries|arrests|detentions)\b", I)
# "The injured include …": a sentence opening on a set of people of one kind
SET_OPENER = re.compile(r"\s*(?:the|those)\s+(?P<set_noun>injured|wounded|dead|killed|detained|arrested|missing|displaced)\s+"
                        r"(?:include[sd]?|are|were|have\s+been|had\s+been)\b", I)  # ("The wounded have been taken …", blind79 en)
# "Among the nine dead are the driver and the conductor …; the other seven were pilgrims" (blind64 en): the rest of
# the set the sentence opens on, of its kind
AMONG_SET_OPENER = re.compile(r"\s*among\s+(?:the|those)\s+(?:[\w-]+\s+)?(?P<set_noun>injured|wounded|dead|killed|detained|"
                              r"arrested|missing|displaced)\s+(?:are|were|is|was)\b", I)
CLAUSE_SET_OPENER = re.compile(r"(?:;|,\s*(?:and|while|whereas))\s*(?:the|those)\s+(?P<set_noun>injured|wounded|dead|killed|detained|arrested|"
                               r"missing|displaced)\s+(?:include[sd]?|are|were)\b", I)
THE_OTHER_END = re.compile(r"\bthe\s+other\s+$", I)
AMONG_THEM_BEFORE = re.compile(r"\bamong\s+(?:them|whom)\b", I)
AMONG_OR_INCLUDING_BEFORE = re.compile(r"\bamong\s+(?:them|whom)\b|,\s*including\b", I)
# a breakdown opened by a dash or a bracket right after its total ("13 service members — 11 Marines, a sailor …")
DASH_OPEN_BEFORE = re.compile(r"\s*(?:[\u2013\u2014(]|\s-\s)[^\u2013\u2014()]*")
# "At least 39 people, including a journalist and two policemen, were killed": a person named by role
# right after the counted group's "including" is in its count
INCLUDING_AFTER_GROUP = re.compile(r"\s*,?\s*includ(?:ing|ed|es)\s+", I)
# "One of the dead is a member of MSF staff": a person after a copula describes the one counted just before
COPULA_GAP = re.compile(r"\s*(?:is|was|are|were)\s+", I)
HEADER_CELL_KINDS = [(k, re.compile(r"\b(?:" + words + r")\b", I)) for k, words in lex.HEADER_CELL_KIND]
LABEL_KIND_WORDS = [(k, re.compile(words)) for k, words in lex.LABEL_KINDS]
# a header's word of death; a bare "toll" counts whatever the total it breaks down counts (blind71 en 003)
HEADER_DEATH_WORD = re.compile(r"\b(?:death|deaths|killed|fatalities|dead|martyrs)\b", I)
HEADER_KIND_RULES = [(k, re.compile(words), re.compile(unless) if unless else None) for k, words, unless in lex.HEADER_KINDS]
TOLL_NOUN_KIND_RULES = [(k, re.compile(words)) for k, words in lex.TOLL_NOUN_KINDS]
COUNT_SENTENCE_KIND_RULES = [(k, re.compile(words, I)) for k, words in lex.COUNT_SENTENCE_KINDS]
TOTAL_OF_KIND = re.compile(lex.TOTAL_OF_KIND + r"(?!.*\btotal\b)", I)
CATEGORY_HINT_RULES = [(cat, re.compile(words)) for cat, words in lex.CATEGORY_HINTS]
DEATH_TOLL_LABEL = re.compile(r"\b(?:death|fatality|casualty)\s+toll\b", I)
CASUALTY_STEM = re.compile(r"casualt", I)
DEATH_STEM = re.compile(r"\b(?:death|deaths|killed|fatalit|dead)", I)
OF_THE_SET_BEFORE = re.compile(r"(?:^|[^\w])of\s+(?:the|those|these)\s+$", I)
CLAUSE_THEN_COMMA = re.compile(r"[^.;:]*,\s*", I)
ITEMS_GAP = re.compile(r";\s*(?:and\s+)?$", I)
CLAUSE_BREAK_BEFORE_SUBSET = re.compile(r"[.!?:]|\b(?:who|which|when|after)\b", I)
ABBREVIATION_DOTS = re.compile(lex.ABBREVIATION_DOTS)  # case-sensitive: capitals only
WHO_RELATIVE = re.compile(r"\s+who\s+[^,.;:!?()]{1,60}", I)
PREP_AFTER = re.compile(r"\s+(?:(?:more|others|further)\s+)?(?:on|in|at|during|near|by|under|from)\b", I)
INJURED_VERB = re.compile(lex.INJURED_V, I)
AMONG_THE = re.compile(r"\bamong\s+(?:the\b|those\s+(?!killed\b))", I)
EXECUTION_STEM = re.compile(r"\bexecut", I)
EXECUTION_WORD = re.compile(r"execut", I)
FROM_HOMES = re.compile(r"\s*(?:out\s+)?(?:of|from)\s+(?:their|his|her)\s+(?:homes?|villages?|towns?)\b", I)
DRIVING_VERB_BEFORE = re.compile(r"\b(?:driv(?:en|ing|e|es)|drove|forc(?:ed|ing|e|es)|chas(?:ed|ing)|expell(?:ed|ing)|push(?:ed|ing))\s*"
                                 r"(?:about\s+|some\s+|nearly\s+|more\s+than\s+|at\s+least\s+|an\s+estimated\s+|over\s+)?$", I)
# "forced 1.2 million people in Burkina Faso to leave their homes": a short place or group phrase may stand between
FORCED_TO_LEAVE = re.compile(r"(?:\s+[^.;:!?,\d]{0,60}?)?\s+to\s+(?:leave|flee|abandon|quit)\s+(?:their|his|her)\s+"
                             r"(?:homes?|houses?|villages?|towns?|areas?|land|neighbou?rhoods?)\b", I)
FORCING_VERB = re.compile(r"\b(?:forc(?:ed|ing|e|es)|compell(?:ed|ing)|compels?)\b", I)
THE_BEFORE = re.compile(r"\bthe\s*$", I)
DEATH_CONTEXT = re.compile(r"\b(?:killed|kill|dead|deaths?|died|fatalit|lost\s+their\s+lives|executed|martyr)", I)
INJURED_WORD = re.compile(r"\b(?:injured|wounded)\b", I)
ARRESTED_WORD = re.compile(r"\b(?:arrested|detained|detainees)\b", I)
MISSING_WORD = re.compile(r"\bmissing\b", I)
DEAD_WORD = re.compile(r"\b(?:dead|killed|fatalities|deaths)\b", I)
KILLING_WORD = re.compile(r"\b(?:killed|dead|died|death)\b", I)
TOLL_WORD = re.compile(r"toll")
WERE_WORD_AFTER = re.compile(r"\s+(?:were|was)\s+[A-Za-z]", I)
HOLDING = re.compile(r"holding", I)
INCLUDES_END = re.compile(r"\b(?:includ|compris)\w*" + lex.FILLER + r"$", I)
ROSE_TO_END = re.compile(r"\b(?:rose|risen|rising|climbed|jumped|increased|mounted)\s+to" + lex.FILLER
                         + r"$|\b(?:updated|new|revised)\s+(?:death\s+)?toll", I)
AMONG_THEM_END = re.compile(r",\s*(?:among|of)\s+(?:them|whom)\s*$", I)
COMMA_AND = re.compile(r"\s*,\s*and\s*", I)
ADJACENT_GAP = re.compile(r"[\s,;:(\u2014\u2013-]*", I)
# ("A monk who had come to help pull survivors from the rubble was among the dead", blind62 en 004: past a relative clause)
AMONG_NEXT = re.compile(r"(?:\s+who\s+[^,.;:\d]{1,80}?)?\s*(?:were|was|are|is)\s+among\s+(?:the\s+)?(?:at\s+least\s+|some\s+|about\s+)?", I)
POSSESSIVE_END = re.compile(r"(?:" + lex.POSSESSIVE_DETS + r")\s*$", I)
# "Syrian regime forces ........ 283": a dot leader between a row's label and its value
DOT_LEADER = re.compile(r"(?<=\S) ?\.{4,} ?(?=\d)")
# "seven (7) soldiers": the digits in brackets restate the number word before them
DIGITS_RESTATED = re.compile(r"\s*\(\s*\d[\d,]*\s*\)")
APPOSITION_GAP = re.compile(r"\s*[,(\u2014\u2013-]\s*")
APPOSITION_CLOSE = re.compile(r"\s*(?:[,)\u2014\u2013;.:]|-\s|$)")
# the verb after a list row's people names an act that is no casualty ("244 children recruited and used by …")
NOT_CASUALTY_ACT_AFTER = re.compile(r"\s*(?:(?:who\s+)?(?:were|was|have\s+been|had\s+been)\s+)?(?:" + lex.NOT_CASUALTY_ACTS + r")\b", I)
LIST_VALUE_BEFORE = re.compile(r"(?::|\s[\u2014\u2013-])\s*(?:at\s+least\s+|about\s+|more\s+than\s+)?$")
# "- Ansar Allah (Houthi) group: 142 incidents, 183 victims;" (blind71 en 011): a row's count of events, then its people
THINGS_THEN_VALUE_BEFORE = re.compile(r"(?::|\s[\u2014\u2013-])\s*\d[\d,]*\s+" + lex.THING_NOUNS + r",\s*$", I)
# "Sarmada (18,500), Atmeh (11,200)": a value in brackets right after a name, in an inline list
BRACKETED_VALUE_BEFORE = re.compile(r"[A-Za-z][\w’'-]*\s*\(\s*(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|at\s+least\s+)?$", I)
BRACKET_CLOSE = re.compile(r"\s*\)")
BULLET_ONLY = re.compile(r"^\s*[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]?\s*$")
CLAUSE_BREAK = re.compile(r"\b(?:while|whereas|but|and\s+the|after|which\s+(?:is|was))\b|\d", I)
# words that leave the clause even inside a time phrase ("… countryside and killed a judge …, while in
# Baniyas city, a pharmacist was shot dead in front of his wife": no toll reaches "his wife"); not "while"
# before a participle ("the number of people killed while collecting truffles … has risen to 137")
CLAUSE_LEFT = re.compile(r"\b(?:while(?!\s+[a-z]+ing\b)|whereas|but)\b", I)
TIME_PREP_FILL = re.compile(r"[^.;]*?(?:from|since|in|during|until|on)\s[^.;]*", I)
BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
WHO_DIED = re.compile(r"\s*(?:who|that)\s+(?:died|were\s+killed|have\s+been\s+killed|had\s+been\s+killed|lost\s+their\s+lives|"
                      r"were\s+executed)\b", I)
COUNT_NOUN = re.compile(r"\b(?:figure|count|tally)\b")
DEATH_NOUN_STEM = re.compile(r"death|casualt|fatalit")
LINE_LABEL = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]\s*)?([^:]{1,140}?)\s*:")
LINE_DASH_LABEL = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]\s*)?([A-Za-z][^:\d]{0,60}?)\s+[\u2014\u2013-]\s+\d")
WORD_TOKEN = re.compile(r"[\w’'-]+")
REPORTER = re.compile(lex.REPORTERS, I)
# "said on Wednesday that ...": the day of the statement, not of the deaths
REPORTING_TIME = re.compile(r"\b(?:" + lex.REPORTING_VERBS + r")\s+$", I)
# "documented the killing of 339 civilians by government forces": a noun of the act before the count, whose
# agent follows ("by …"), unlike an active verb's
NOUN_TRIGGER_OF_BEFORE = re.compile(r"\bof\s+(?:[\w-]+\s+){0,3}$", I)
LEADING_THE = re.compile(r"^[Tt]he\s+")


# --------------------------------------------------------------------------- cheap gates
# A few patterns run on every number; most of the time a plain substring test shows they
# cannot match. ``Gated`` tries the pattern only when the (ASCII) text holds one of its
# ``needles`` (and one of ``also``) or, for a pattern anchored at the end, ends with one of
# ``ends``; text with other characters always goes to the pattern. Every gate is a condition
# the pattern itself needs, so the results are the same.

class Gated:
    """``search``/``match`` of ``rx``, tried only when a substring gate lets the text through."""

    __slots__ = ("rx", "needles", "also", "ends")

    def __init__(self, rx: re.Pattern, needles: tuple = (), also: tuple = (), ends: tuple = ()) -> None:
        self.rx, self.needles, self.also, self.ends = rx, needles, also, ends

    def may_match(self, s: str, pos: int = 0, endpos: Optional[int] = None) -> bool:
        w = s[pos:endpos]
        if not w.isascii():
            return True
        low = w.lower()
        if self.ends and not low.rstrip().endswith(self.ends):
            return False
        return _holds_one(low, self.needles) and _holds_one(low, self.also)

    def search(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> Optional[re.Match]:
        return self.rx.search(s, pos, endpos) if self.may_match(s, pos, endpos) else None

    def match(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> Optional[re.Match]:
        return self.rx.match(s, pos, endpos) if self.may_match(s, pos, endpos) else None

    def finditer(self, s: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.rx.finditer(s, pos, endpos) if self.may_match(s, pos, endpos) else iter(())

    def sub(self, repl, s: str) -> str:
        return self.rx.sub(repl, s) if self.may_match(s) else s


def _holds_one(low: str, needles: tuple) -> bool:
    """Whether ``low`` holds one of ``needles`` (or there are none): a plain loop, cheaper than ``any``."""
    if not needles:
        return True
    for n in needles:
        if n in low:
            return True
    return False


LEFT_BLOCK = Gated(LEFT_BLOCK, ends=lex.LEFT_BLOCK_ENDS)
KILLED_OR_HELD_BEFORE = Gated(KILLED_OR_HELD_BEFORE, needles=lex.OR_NEEDLES)
AGE_RANGE_LEFT = Gated(AGE_RANGE_LEFT, needles=lex.AGE_NEEDLES, ends=lex.RANGE_LINK_ENDS)
RELEASE_LEFT = Gated(RELEASE_LEFT, ends=lex.RELEASE_LEFT_ENDS)
DISEASE = Gated(DISEASE, needles=lex.DISEASE_NEEDLES)
SPECULATIVE = Gated(SPECULATIVE, needles=lex.MODAL_NEEDLES, also=lex.RISE_NEEDLES)
RATE = Gated(RATE, needles=lex.RATE_NEEDLES)
LEFT = Gated(LEFT, needles=lex.TRIGGER_NEEDLES, ends=lex.TRIGGER_ENDS + lex.FILLER_ENDS)
PERP_BY = Gated(PERP_BY, needles=lex.PERP_BY_NEEDLES)
PERP_SUBJ = Gated(PERP_SUBJ, needles=lex.PERP_VERB_NEEDLES)
EXPOSURE_AFTER = Gated(EXPOSURE_AFTER, needles=lex.EXPOSURE_NEEDLES)
DEFINITION_BEFORE = Gated(DEFINITION_BEFORE, needles=lex.DEFINITION_NEEDLES)
QUALIFIER = [(q, Gated(rx, ends=ends)) for (q, rx), ends in zip(QUALIFIER, lex.QUALIFIER_ENDS)]
AGE_BOUND_BEFORE = Gated(AGE_BOUND_BEFORE, ends=lex.AGE_BOUND_ENDS)
FAMILY_SIZE_BEFORE = Gated(FAMILY_SIZE_BEFORE, needles=lex.PARENT_NEEDLES)
ALL_BUT_BEFORE = Gated(ALL_BUT_BEFORE, ends=lex.ALL_BUT_ENDS)
OUTBREAK_CASES_BEFORE = Gated(OUTBREAK_CASES_BEFORE, needles=lex.CASES_NEEDLES, ends=lex.LIST_LINK_ENDS)
POPULATION_OF_BEFORE = Gated(POPULATION_OF_BEFORE, needles=lex.POPULATION_NEEDLES)
REMAINS_OF_BEFORE = Gated(REMAINS_OF_BEFORE, needles=lex.REMAINS_NEEDLES)
GRAVE_BODIES_AFTER = Gated(GRAVE_BODIES_AFTER, needles=lex.GRAVE_NEEDLES)
PLACE_POSSESSIVE_BEFORE = Gated(PLACE_POSSESSIVE_BEFORE, needles=lex.POSSESSIVE_S_NEEDLES)
DISASTER_AFTER = Gated(DISASTER_AFTER, needles=lex.DISASTER_NEEDLES)
DISEASE_AFTER = Gated(DISEASE_AFTER, needles=lex.DISEASE_NAME_NEEDLES)
STILL_ALIVE_AFTER = Gated(STILL_ALIVE_AFTER, needles=lex.ALIVE_NEEDLES)
SUPERSEDED = Gated(SUPERSEDED, needles=lex.EARLIER_NEEDLES)
SUBSET_CROSS = Gated(SUBSET_CROSS, needles=lex.SUBSET_CROSS_NEEDLES)
CLAUSE_SPLIT = Gated(CLAUSE_SPLIT, needles=lex.CLAUSE_SPLIT_NEEDLES)
HEADER_WORDS = Gated(HEADER_WORDS, needles=lex.HEADER_NEEDLES)
DURATION = Gated(DURATION, needles=lex.DURATION_NEEDLES)
CUMULATIVE = Gated(CUMULATIVE, needles=lex.CUMULATIVE_NEEDLES)
BODIES_OF = Gated(BODIES_OF, needles=lex.BODY_NEEDLES)
REVISION = Gated(REVISION, needles=lex.REVISION_NEEDLES)
RUNNING_TOTAL = Gated(RUNNING_TOTAL, needles=lex.RUNNING_TOTAL_NEEDLES)
TOLL_LEFT = Gated(TOLL_LEFT, needles=lex.TOLL_NEEDLES)
DASH_LABEL = Gated(DASH_LABEL, needles=lex.DASHES)
QUAL_TAIL = Gated(QUAL_TAIL, ends=lex.QUAL_TAIL_ENDS)
ROSE_TO_END = Gated(ROSE_TO_END, needles=lex.ROSE_TO_NEEDLES)
DRIVING_VERB_BEFORE = Gated(DRIVING_VERB_BEFORE, needles=lex.DRIVING_NEEDLES)
SUBSET_END = Gated(SUBSET_END, needles=lex.SUBSET_END_NEEDLES)
ANY_DIGIT = re.compile(r"\d")
# "killing or injuring no fewer than 700 people": one count of the dead and the wounded together (no figure of one kind)
KILLED_OR_INJURED_BEFORE = Gated(re.compile(r"\b(?:killing|killed|kill|kills)\s+or\s+(?:injuring|wounding|maiming|injured|"
                                            r"wounded|maimed)\s+(?:[\w-]+\s+){0,3}$", I), needles=(" or ",))


def maybe_number(st: str) -> bool:
    """Whether a sentence may hold a number (``MAYBE_NUMBER``; a digit settles it at once)."""
    return bool(ANY_DIGIT.search(st)) or bool(MAYBE_NUMBER.search(st))


# --------------------------------------------------------------------------- vetoes
# A veto rules a number out before it becomes a candidate: ``veto(v) -> bool`` over a
# ``NumberLook`` (the number, 40 characters before it, the rest of the sentence after it).

# the first number of a range of units: "between 10 and 16 years old", "5 to 10 km"
RANGE_UNIT_AFTER = re.compile(r"\s*(?:and|to|or|-|–)\s*\d[\d,.]*" + UNIT_AFTER.pattern, I)


def unit_after(v: NumberLook) -> bool:
    """"12 years", "5 km", "30%", "9 am", "between 10 and 16 years old" (but "a 12-year-old boy" is a person)."""
    return (bool(UNIT_AFTER.match(v.after)) or bool(RANGE_UNIT_AFTER.match(v.after))) \
        and not (v.singular is not None and v.singular.groupdict().get("mods"))


def label_number(v: NumberLook) -> bool:
    """"Resolution 2254", "Brigade 47", "$5", "aged 12": a name or an amount, not a count."""
    return bool(LEFT_BLOCK.search(v.before))


def age_range(v: NumberLook) -> bool:
    """"aged between 12 and 17"."""
    return bool(AGE_RANGE_LEFT.search(v.before))


def released_or_recovered(v: NumberLook) -> bool:
    """"the release of 40 prisoners", "the swap of 12", "identified 9" (unless bodies are received;
    not "DTM teams identified 6,270 individuals who fled": people counted as displaced)."""
    m = RELEASE_LEFT.search(v.before)
    return bool(m) and not (BODIES_AFTER.match(v.after) and BODIES_ACTIVE.search(v.before)) \
        and not (IDENTIFIED.match(m.group(0)) and FLED_AFTER.match(v.after))


IDENTIFIED = re.compile(r"\s*identif", I)
# "6,270 individuals (1,532 households) who fled", "4,000 people displaced": what the counted people did
FLED_AFTER = re.compile(r"[\d,.]*\s+(?:individuals|people|persons)\s*(?:\([^()]{1,40}\)\s*)?(?:who\s+(?:had\s+|have\s+)?)?"
                        r"(?:fled|were\s+displaced|had\s+been\s+displaced|displaced|newly\s+displaced)\b", I)
# "(1,532 households)" after a count of people: the same people counted in another unit, no count of its own
# the first number of a range of households or families ("60,000 to 80,000 households")
UNITS_RANGE_AFTER = re.compile(r"\s*(?:-|\u2013|to)\s*\d[\d,.]*\s+(?P<u>households|families)\b", I)
HOUSEHOLDS_ASIDE = re.compile(r"\(\s*[\d,.]+\s+(?:households|families|HHs?)\s*\)", I)


def disease_or_disaster(v: NumberLook) -> bool:
    """"cholera has killed 30", "the earthquake killed 200", "the death of 6,000 people in
    the earthquake", "two infants died of hypothermia": not war casualties."""
    return bool(DISEASE.search(v.st, max(0, v.num.start - 100), v.num.start)) or bool(DISASTER_AFTER.match(v.after)) \
        or bool(DISEASE_AFTER.match(v.after)) or bool(OUTBREAK_CASES_BEFORE.search(v.before)) \
        or bool(EXPOSURE_AFTER.match(v.after, 0, 90))


def age_bound(v: NumberLook) -> bool:
    """"women over 18", "children under the age of 15", "a third of the murder victims were under 30": an age,
    not a count (looked for in the 80 characters before it: the share may open further back)."""
    return bool(AGE_BOUND_BEFORE.search(v.st, max(0, v.num.start - lex.AGE_BOUND_REACH), v.num.start))


def killed_or_held(v: NumberLook) -> bool:
    """"The operations killed or captured eight senior ISIS leaders": killed and detained together."""
    return bool(KILLED_OR_HELD_BEFORE.search(v.before))


DEMONSTRATIVE_BEFORE = Gated(re.compile(r"\b(?:these|those)\s+$", I), ends=("these", "those"))


def told_before(v: NumberLook) -> bool:
    """"These four deaths are part of the month's tally": a count already told, pointed back to."""
    return bool(DEMONSTRATIVE_BEFORE.search(v.before))


def age_in_apposition(v: NumberLook) -> bool:
    """"Fr Christopher Odia, 41, was abducted": a person's age between commas after their name."""
    return v.num.value < lex.AGE_MAX and not v.num.words and bool(AGE_APPOSITION_BEFORE.search(v.before)) \
        and bool(AGE_APPOSITION_AFTER.match(v.after))


# "In 19 of these cases, relatives learned of the detention …": cases told of, not counted
IN_CASES = re.compile(r"\s+of\s+(?:these|the|those)\s+cases\s*,", I)
IN_BEFORE = re.compile(r"\bin\s+$", I)


def cases_told_of(v: NumberLook) -> bool:
    """"In 19 of these cases, relatives learned …": the cases a clause tells of, no figure."""
    return bool(IN_CASES.match(v.after)) and bool(IN_BEFORE.search(v.before))


def family_size(v: NumberLook) -> bool:
    """"a father of five": the size of one victim's family, not a count of victims."""
    return bool(FAMILY_SIZE_BEFORE.search(v.before))


def speculative(v: NumberLook) -> bool:
    """"the toll could rise to 100"."""
    return bool(SPECULATIVE.search(v.st, max(0, v.num.start - 80), v.num.start))


def ordinal(v: NumberLook) -> bool:
    """"the 3rd", "21st"."""
    return bool(ORDINAL_SUFFIX.match(v.after))


CLOCK_POINTS = (":", ".")  # what stands between hours and minutes, or a number and its decimals


EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", I)
# "among them the wife of one of the attackers": the number names whose kin or home, it counts no one
POSSESSOR_BEFORE = re.compile(r"\b(?:" + lex.KIN_NOUNS + r"|widow|family|relatives?|home|house|name|funeral|lawyer|friend)\s+of\s+$", I)
OF_THE_AFTER = re.compile(r"\s+of\s+(?:the|his|her|their)\b", I)


def possessor(v: NumberLook) -> bool:
    """"the wife of one of the attackers", "the home of two of the victims": whose, not how many."""
    return bool(OF_THE_AFTER.match(v.after)) and bool(POSSESSOR_BEFORE.search(v.before))


ONE_OF_THE_MOST_AFTER = re.compile(r"\s+of\s+(?:the|its|their)\s+(?:[a-z]+est|most|worst|best|biggest)\b", I)


def one_of_the_most(v: NumberLook) -> bool:
    """"one of the largest displaced populations in the world", "one of the deadliest days": a
    superlative, no count of one."""
    return v.num.value == 1 and bool(ONE_OF_THE_MOST_AFTER.match(v.after))


def every_one(v: NumberLook) -> bool:
    """"Every one of these numbers is a family", "each one of them": a distributive, no count."""
    return v.num.value == 1 and bool(EVERY_BEFORE.search(v.before))


def decimal_or_clock(v: NumberLook) -> bool:
    """"3.5", "10:30", and the minutes or decimals after the point ("at approximately 1:45": no 45)."""
    return bool(DECIMAL_AFTER.match(v.after)) or v.before[-2:-1].isdigit() and v.before[-1:] in CLOCK_POINTS


def all_but(v: NumberLook) -> bool:
    """"all but three of them", "all except two": the remainder of a total."""
    return bool(ALL_BUT_BEFORE.search(v.before))


# bodies handed over between the sides of a war: "received the bodies of 140 people from Russia"
BODIES_OF_BEFORE = Gated(re.compile(r"\b(?:received|returned|repatriated|handed\s+over|exchanged|transferred)\s+(?:the\s+)?"
                                    r"bodies\s+of\s+(?:\w+\s+)?$", I), needles=("bodies",))
FROM_THE_OTHER_SIDE = re.compile(r"[^.;:\d]{0,40}?\b(?:from|to|by)\s+(?:the\s+)?(?:" + lex.WAR_SIDES + r")\b", I)


def definition(v: NumberLook) -> bool:
    """"defines a massacre as an attack that kills five or more": a definition's threshold, not a toll."""
    if not DEFINITION_BEFORE.search(v.st, max(0, v.num.start - 120), v.num.start):
        return False
    return bool(DEFINING_WORDS.search(v.st, 0, v.num.start)) or bool(DEFINING_WORDS.match(v.after))


def remains_recovered(v: NumberLook) -> bool:
    """"exhumed the remains of 58 people": remains found, identified or returned are deaths
    counted when they happened, not a new toll (bodies found after a killing still count); so are
    bodies one side hands to the other ("Ukraine received the bodies of 140 people from Russia")."""
    return bool(REMAINS_OF_BEFORE.search(v.before)) or (
        bool(BODIES_OF_BEFORE.search(v.before)) and bool(FROM_THE_OTHER_SIDE.match(v.after)))


def recovered_from_grave(v: NumberLook) -> bool:
    """"exhumed 436 bodies from a mass grave", "17 bodies were recovered from a grave": the dead
    buried earlier, not a new toll (bodies found in a grave still count)."""
    m = GRAVE_BODIES_AFTER.match(v.after)
    return bool(m) and (bool(m.group("v")) or bool(GRAVE_VERB_BEFORE.search(v.before)))


VAGUE_SCALE_BEFORE = Gated(re.compile(lex.VAGUE_SCALE_BEFORE, I), ends=lex.VAGUE_SCALE_ENDS)
BARE_SCALE = re.compile(lex.SCALE_WORD + r"$", I)


def vague_scale(v: NumberLook) -> bool:
    """"only a few hundred of them", "several thousand people": a bare scale word after a vague
    quantifier is a vague amount, not a count of 100 or 1,000."""
    return bool(BARE_SCALE.match(v.st, v.num.start, v.num.end)) and bool(VAGUE_SCALE_BEFORE.search(v.before))


def whole_population(v: NumberLook) -> bool:
    """"1 million of Gaza's 2.3 million people have fled", "out of a population of about 27
    million": the whole population beside a share of it, not a count of victims."""
    if POPULATION_OF_BEFORE.search(v.before):
        return True
    return bool(PLACE_POSSESSIVE_BEFORE.search(v.before)) and bool(POPULATION_AFTER.match(v.after))


# the vetoes in order (cheap first), each with the gated patterns it needs one of to fire (None: it
# may fire anywhere): a sentence none of whose gates lets any of its text through cannot have the
# veto fire on any of its numbers (``vetoes_for``)
NUMBER_VETO_GATES = [(ordinal, None), (decimal_or_clock, None), (every_one, None), (possessor, None), (unit_after, None), (label_number, (LEFT_BLOCK,)),
                     (age_range, (AGE_RANGE_LEFT,)), (released_or_recovered, (RELEASE_LEFT,)),
                     (disease_or_disaster, (DISEASE, DISASTER_AFTER, DISEASE_AFTER, OUTBREAK_CASES_BEFORE, EXPOSURE_AFTER)),
                     (speculative, (SPECULATIVE,)), (age_bound, (AGE_BOUND_BEFORE,)), (age_in_apposition, None), (told_before, (DEMONSTRATIVE_BEFORE,)),
                     (killed_or_held, (KILLED_OR_HELD_BEFORE,)),
                     (family_size, (FAMILY_SIZE_BEFORE,)), (cases_told_of, None),
                     (all_but, (ALL_BUT_BEFORE,)), (definition, (DEFINITION_BEFORE,)),
                     (whole_population, (POPULATION_OF_BEFORE, PLACE_POSSESSIVE_BEFORE)),
                     (remains_recovered, (REMAINS_OF_BEFORE, BODIES_OF_BEFORE)), (recovered_from_grave, (GRAVE_BODIES_AFTER,)),
                     (vague_scale, (VAGUE_SCALE_BEFORE,)), (one_of_the_most, None)]
NUMBER_VETOES = [veto for veto, _ in NUMBER_VETO_GATES]


# A candidate veto rules out a number once its victims phrase is read: ``veto(st, c, before) -> bool``.

def rate(st: str, c: Candidate, before: str) -> bool:
    """"50 people a day", "dozens daily"."""
    return bool(RATE.match(st[c.np_end:c.np_end + 120]))


# "more than 1,000 deaths above the 4,789 killings it recorded in 2023": by how much one toll exceeds another
ABOVE_A_TOLL = re.compile(r"\s*(?:above|below|beyond)\s+(?:the\s+)?(?:\d[\d,]{2,}|(?:previous|last|earlier)\s)", I)
# "The toll is higher than the 160 deaths the state government had acknowledged": the figure compared with
THAN_THE_BEFORE = Gated(re.compile(r"\b(?:higher|lower|greater|larger|smaller|more|fewer|less)\s+than\s+the\s+$", I), ends=lex.THAN_THE_ENDS)


def comparison(st: str, c: Candidate, before: str) -> bool:
    """"500 soldiers more than last year", "12 more than", "1,000 deaths above the 4,789 of 2023",
    "higher than the 160 deaths the government had acknowledged"."""
    rest = st[c.np_end:c.np_end + 120]
    return bool(RELATIVE_MORE.match(rest)) or ((c.head or "").lower() in lex.COMPARATIVE_HEADS and bool(THAN_AFTER.match(rest))) \
        or bool(c.head and ABOVE_A_TOLL.match(rest)) or bool(THAN_THE_BEFORE.search(before))


def found_safe(st: str, c: Candidate, before: str) -> bool:
    """"two shepherds who had been missing were found alive"."""
    return bool(RELATIVE_THEN_SAFE.match(st[c.np_end:c.np_end + 120]))


INCLUDING_ASIDE = re.compile(r",\s*(?:including|among\s+them)\s+[^,.;:()]{1,40},", I)


def not_victim_verb(st: str, c: Candidate, before: str) -> bool:
    """"12 fighters surrendered", "40 members said", "39 people, including six children, had been
    rescued": the verb says they are not victims."""
    aside = INCLUDING_ASIDE.match(st, c.np_end)
    rest = st[aside.end() if aside else c.np_end:c.np_end + 120]
    if not NON_VICTIM_VERB.match(rest) or PRED.match(rest) or SPEECH_TAG_AFTER.match(rest):
        return False
    if c.head and c.head.lower() not in lex.KIND_MODIFIERS and modifier_kind(c):
        return False  # "4,500 displaced people arrived": displaced, whatever they did next
    if c.head and lex.NOUN_KIND.get(c.head.lower()) == "injured":
        return False  # "Some 40 wounded were evacuated to hospitals": the wounded, whatever was done next
    if c.partitive and lex.PARTITIVE_KIND.get(c.partitive.split()[-1]) == "injured":
        return False  # "Eight of the injured were evacuated for higher-level care" (blind47 en 014)
    bodies = BODIES_OF.search(before) or (c.head or "").lower() in lex.BODY_NOUNS  # "12 bodies were recovered"
    return not (bodies and BODIES_FOUND.match(rest)) and not (c.head is None and SUPERSEDED.search(before))


# "opened fire on the hunters' vehicles, torched 17 of them": a verb done to things before "N of them"
THING_ACT_BEFORE = re.compile(r"\b(?:" + lex.THING_ACTS + r")\s+(?:at\s+least\s+|about\s+|some\s+)?$", I)


def part_of_things(st: str, c: Candidate, before: str) -> bool:
    """"In one of these attacks", "torched 17 of them": a part of a set of things, not of people."""
    return c.head is None and c.partitive in lex.ANAPHORIC_PARTITIVES \
        and (bool(THING_AFTER.match(st, c.np_end)) or bool(THING_ACT_BEFORE.search(before)))


# "13,500 inmates escaped …, and 4,000 of them have returned": people told as leaving, freed or
# escaping; an "of them" after them counts among them, not among the last toll
LEFT_OR_FREED_AFTER = re.compile(r"\s*(?:(?:had|have|has)\s+(?:been\s+)?|were\s+|was\s+)?(?:later\s+|also\s+|all\s+)?"
                                 r"(?:" + lex.LEAVING_DETENTION + r")\b", I)


def left_or_freed(st: str, c: Candidate) -> bool:
    """Whether the vetoed group ``c`` is told as leaving, freed or escaping (see ``LEFT_OR_FREED_AFTER``)."""
    return bool(LEFT_OR_FREED_AFTER.match(st, c.np_end))


COMMA_END = re.compile(r",\s*$")


def speaker_after_comma(st: str, c: Candidate, before: str) -> bool:
    """"… were among those killed, a member of the congregation told us" (blind83 en), "…, a local Church leader has
    told ACI Africa" (blind77 en), "…, a doctor there said" (blind82 en): one person after a comma who then speaks is
    the source of the sentence, not one more victim."""
    return bool(c.singular and COMMA_END.search(before) and SPEAKER_VERB_AFTER.match(st, c.np_end))


def still_alive(st: str, c: Candidate, before: str) -> bool:
    """"two of those first reported dead are still alive": not dead, whatever was said before."""
    return bool(STILL_ALIVE_AFTER.match(st, c.np_end))


def _stock_word(c: Candidate) -> str:
    """The noun naming who the number counts: its head, else the set of a partitive ("of the detainees")."""
    if c.head:
        return c.head.lower()
    return c.partitive.split()[-1].lower() if c.partitive else ""


def detainees_held_or_freed(st: str, c: Candidate, before: str) -> bool:
    """"the camp has held about 780 detainees", "500 detainees had escaped", "1,000 detainees held
    by the two sides were freed", "Nine of the detainees were later released": a prison's population
    or people leaving detention, not a detention event (detainees who died still count)."""
    if _stock_word(c) not in lex.HELD_STOCK_HEADS:
        return False
    return bool(HOLDING_BEFORE.search(before)) or bool(LEAVING_DETENTION_AFTER.match(st, c.np_end))


APPOSED_BEFORE = re.compile(r"\b(?:one|an?|his|her|their|the)\s+(?:[\w'-]+\s+){0,2}?(?:" + lex.APPOSED_PERSONS + r")\s*,\s*$", I)
# what follows the apposed person: the predicate ("…, was shot dead") or, with no other person
# between, the speaker of the sentence ("…, a student at the dance school, her teachers said")
APPOSITION_END = re.compile(r"(?:(?!\band\b)[^,.;:\d()]){0,60}?,\s+(?:was|were|is|had|has|who|died|succumbed)\b|\s+who\b|"
                            r"(?:(?!\band\b)[^,.;:\d()]){0,60}?,\s+(?:[\w'-]+\s+){0,3}?(?:said|says|told|added)\b", I)
WOUNDED_ONE_APPOSED_DIED = re.compile(r"\s*,\s*(?:an?|the|his|her|their)\s+[^,.;:()]{1,50}?,\s*(?:(?:" + lex.LATER_ADVERBS
                                      + r")\s+)?(?:has\s+|had\s+)?(?:" + lex.KILLED_V + r")\b", I)


def same_person_apposition(st: str, c: Candidate, before: str) -> bool:
    """"One man, a member of the hunters' guild, was shot dead", "her son, a student, was wounded":
    a one-person phrase set off by commas right after another one describes the same person."""
    return c.singular and bool(APPOSED_BEFORE.search(before)) and bool(APPOSITION_END.match(st, c.np_end))


def wounded_one_named_then_died(st: str, c: Candidate, before: str) -> bool:
    """"One of the wounded, an 81-year-old woman, later died": the person set off by commas is that
    one of the wounded, counted dead by the apposition's own predicate, not also an injured one."""
    return c.value == 1 and c.head is None and lex.PARTITIVE_KIND.get(_stock_word(c)) == "injured" \
        and bool(WOUNDED_ONE_APPOSED_DIED.match(st, c.np_end))


def kin_count_and_one(st: str, prev: Candidate, c: Candidate) -> bool:
    """"two of his colleagues and a soldier were killed": a count of someone's kin or comrades and one
    more person after a bare "and" are one group (``english._kin_groups`` sums it)."""
    return not prev.singular and c.singular and (prev.kind is not None or c.kind is not None) \
        and bool(KIN_OF.match((prev.victims or "").strip())) and bool(BARE_AND.fullmatch(st[prev.np_end:c.start]))


SPEAKER_BEFORE = re.compile(r"[\"”]\s*(?:said|says|recalled|added|explained|recounted)\s*$", I)  # a quote's speaker
EXCHANGED_AFTER = re.compile(r"\s*(?:of\s+them\s+|of\s+whom\s+)?(?:were\s+)?(?:freed\s+|released\s+)?in\s+exchange\s+for\b", I)


# "Ahmed Abu Taha, a displaced man from Rafah, told reporters": a speaker described after the name
NAME_COMMA_BEFORE = re.compile(r"\b[A-Z][\w'’-]+,\s*$")
SPEAKER_AFTER = re.compile(r"[^.;:\"“”\d]{0,80}?,\s*(?:told|said|says|recalled|added|explained|recounted)\b", I)
# "One of them, 63-year-old farmer …, told reporters …": a part of a group who speaks, no figure of
# "…, including 127 children and 261 women among the dead": the kind the parts name after them (blind53 en 013)
AMONG_KIND_AFTER = re.compile(r"\s+among\s+(?:the|those)\s+(?P<k>dead|killed|wounded|injured)\b", I)
# "About 12,000 of them have reached Tawila": people who arrived somewhere, displaced (blind53 en 003)
ARRIVED_AFTER = re.compile(r"\s*(?:(?:have|has|had)\s+(?:now\s+|since\s+|already\s+)?)?(?:reached|arrived)\b", I)
# "One of them, 63-year-old farmer …, told reporters …", "One of them, a 15-year-old girl, lost both her
# parents": a part of a group who speaks or lost someone, no figure of its own (blind46 en 004, blind53 en 009)
PART_AS_SUBJECT_AFTER = re.compile(r"\s+of\s+(?:them|whom|those)\s*(?:,[^,.;:\"“”]{1,80},\s*)?"
                                   r"(?:told|said|says|recalled|added|explained|recounted|described|"
                                   r"(?:has\s+|had\s+)?lost\s+(?:both\s+|all\s+)?(?:his|her|their)\s+(?:parents|family|relatives|children|"
                                   + lex.KIN_NOUNS + r"))\b", I)  # (not "One of them lost a leg": a wound)


def quoted_witness(st: str, c: Candidate, before: str) -> bool:
    """"…," said a woman who fled with her children; "Ahmed, a displaced man from Rafah, told
    reporters": the speaker of a quote, not a victim counted (blind13 en 009, blind25 en 018)."""
    return c.singular and bool(SPEAKER_BEFORE.search(before)
                               or NAME_COMMA_BEFORE.search(before) and SPEAKER_AFTER.match(st, c.end))


# "killing and injuring at least 700 people", "killed or wounded 40": the dead and the wounded in one count
KILLED_AND_INJURED_BEFORE = Gated(re.compile(r"\b(?:kill(?:ed|ing|s)?|dead)\s+(?:and|or|and/or)\s+(?:injur(?:ed|ing|es?)|wound(?:ed|ing|s)?|"
                                             r"maim(?:ed|ing|s)?)\s+(?:(?:at\s+least|more\s+than|over|about|nearly|some|around)\s+)?$", I), needles=lex.KILLED_NEEDLES, also=lex.HURT_NEEDLES)


# "Nearly all of the enclave's 2.3 million people have been displaced": a share of a population, not a count
SHARE_OF_BEFORE = Gated(re.compile(r"\b(?:nearly|almost|virtually|practically)\s+all\s+of\s+"
                                   r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", I), needles=("of",))


def share_of_population(st: str, c: Candidate, before: str) -> bool:
    """"Nearly all of the enclave's 2.3 million people have been displaced": the number is the whole
    population, of which an uncounted share is meant ("most of the 176 wounded" still counts them)."""
    return bool(SHARE_OF_BEFORE.search(before))


# "2,155 of the year's dead and injured": the set a part is taken from holds both kinds
DEAD_AND_INJURED_SET = re.compile(r"\s+of\s+(?:the|this|last)\s+(?:[\w'’-]+\s+){0,2}?(?:dead|killed)\s+and\s+(?:the\s+)?(?:injured|wounded)\b", I)


def killed_and_injured(st: str, c: Candidate, before: str) -> bool:
    """"killing and injuring at least 700 people", "2,155 of the year's dead and injured": one count of
    the dead and the wounded together is neither kind (annotators file it as ``other``); its parts,
    when stated, are the figures."""
    return bool(KILLED_AND_INJURED_BEFORE.search(before)) or bool(DEAD_AND_INJURED_SET.match(st, c.end))


THE_BEFORE_END = re.compile(r"\bthe\s+$", I)


def all_of_them(st: str, c: Candidate, before: str) -> bool:
    """"When I returned, the three of them were gone": "the N of them" is the whole group told
    before, again, not a part of the last toll."""
    return c.head is None and c.partitive in lex.ANAPHORIC_PARTITIVES and bool(THE_BEFORE_END.search(before))


FREED_WITH_BEFORE = Gated(re.compile(r"\b(?:rescued|freed|released|evacuated|repatriated|exchanged)\s+(?:at\s+least\s+|some\s+|about\s+)?"
                                     r"[\w,]+\s+(?:[\w'’-]+\s+){0,3}?and\s+$", I), ends=lex.FREED_WITH_ENDS)


def freed_with_others(st: str, c: Candidate, before: str) -> bool:
    """"troops rescued 15 pupils and a woman abducted from Gidan Bakuso": the person after "and" is
    rescued with them, no casualty (the first number is ruled out by ``released_or_recovered``)."""
    if not FREED_WITH_BEFORE.search(before):
        return False
    m = PRED.match(st[c.np_end:c.np_end + 120])
    return not (m and PASSIVE_AUX.search(m.group(0), 0, m.start("v")))  # "… and 4 soldiers were killed": a clause of its own


WORKED_AS_BEFORE = re.compile(r"\b(?:worked|working|works|served|serving|serves|employed|hired)\s+as\s+$", I)


def job_described(st: str, c: Candidate, before: str) -> bool:
    """"his son, who worked as an interpreter for a foreign company, and his nephew had been killed":
    the person a job is said of, not another victim."""
    return c.singular and bool(WORKED_AS_BEFORE.search(before))


EVENTS_BY_AFTER = re.compile(r"\s+(?:by|of)\s+(?:the\s+)?[^,.;:\d]{1,60}?,\s*(?:in|during|at)\s+which\b", I)


# "41 raids that led to detentions: 19 by regime forces, seven by HTS": a count of things, then its split
THINGS_SPLIT_BEFORE = re.compile(r"\b\d[\d,]*\s+" + lex.THING_NOUNS + r"\b[^.;:\d]{0,60}:[^.;:]*$", I)
BY_ACTOR_AFTER = re.compile(r"\s+(?:were\s+)?(?:carried\s+out\s+)?by\b", I)


def events_by_actor(st: str, c: Candidate, before: str) -> bool:
    """"seven by SDF, in which 71 civilians were detained; three by the Asayish, in which …": a count
    of raids or campaigns by an actor, in which people were counted; "41 raids that led to detentions:
    19 by regime forces, seven by HTS": the split of a count of things by who did them."""
    return bool(EVENTS_BY_AFTER.match(st, c.end)) \
        or bool(BY_ACTOR_AFTER.match(st, c.end) and THINGS_SPLIT_BEFORE.search(st, 0, c.start))


ONE_OF_THEM_BEFORE = re.compile(r"\bone\s+of\s+(?:them|whom|those)\s*,?\s*$", I)


def one_of_them_described(st: str, c: Candidate, before: str) -> bool:
    """"two adults were killed, one of them a young doctor": the person described is that one, counted
    by "one of them", not another figure (nor a part of a group with the count after it)."""
    return c.singular and bool(ONE_OF_THEM_BEFORE.search(before))


ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+(?:[^,.;:\d]{0,60}?\s(?:and|or)\s+)?$", I)


def source_of_report(st: str, c: Candidate, before: str) -> bool:
    """"… has reached 168, according to a local resistance leader and a member of the village
    administration": who reports a toll, not a victim."""
    return c.singular and bool(ACCORDING_TO_BEFORE.search(before))


def exchanged(st: str, c: Candidate, before: str) -> bool:
    """"Hamas freed 105 hostages, 81 of them in exchange for 240 prisoners": people exchanged are
    no casualties (blind13 en 020)."""
    return bool(EXCHANGED_AFTER.match(st, c.end))


# the words that make a detention an abduction, and those that make it an arrest (``common.mark_abductions``)
TAKEN_BY_FORCE = re.compile(r"\b(?:abduct\w*|kidnap\w*|hostages?|captives?|captivity|taken\s+captive|seized)\b", I)
ARRESTED = re.compile(r"\b(?:arrest\w*|detain\w*|detention|custody|prisons?|jail\w*|imprison\w*|police)\b", I)
# "Humanitarian partners have reached more than 27,000 of the newly displaced people with food": aid's
# recipients, counted by those who helped them, are no toll
AID_VERB_BEFORE = Gated(re.compile(r"\b(?:reached|assisted|supported|served|helped)\s+(?:(?:more\s+than|over|some|about|"
                                   r"nearly|at\s+least|almost|around)\s+)?$", I), ends=lex.AID_VERB_ENDS)
AID_GIVEN_AFTER = re.compile(r"[^.;]{0,80}?\bwith\s+(?:(?:emergency|life-saving|humanitarian)\s+)?(?:food|aid|assistance|cash|shelter|"
                             r"water|kits|supplies|services|relief)\b", I)


def aid_recipients(st: str, c: Candidate, before: str) -> bool:
    """People an agency "reached … with food" or "assisted … with cash": aid's recipients, no toll."""
    return bool(AID_VERB_BEFORE.search(before)) and bool(AID_GIVEN_AFTER.match(st, c.np_end))


# "Three Israeli women held hostage in Gaza for 471 days … returned to Israel": captives told as freed
HELD_THEN_FREED_AFTER = Gated(re.compile(
    r"\s+(?:held|kept)\s+(?:hostage|captive|prisoner|in\s+captivity)\b[^.;]{0,120}?\b(?:(?:were|was|have\s+been|had\s+been)\s+)?"
    r"(?:returned|released|freed|came\s+home|handed\s+over)\b", I), needles=("held", "kept"),
    also=("return", "releas", "freed", "came home", "handed over"))


# "The attack came a week after two others": "others" of a thing named just before it in the clause
OTHERS_OF_THING_BEFORE = Gated(re.compile(r"\b(?:attacks?|strikes?|airstrikes?|raids?|bombings?|ambush(?:es)?|explosions?|"
                                          r"incidents?|blasts?|massacres?)\b(?:(?!\b(?:killed|killing|wounded|wounding|injured|injuring|died|dead)\b)[^.;:,\d]){0,60}"
                                          r"\b(?:after|before|than|following|like|besides)\s+$", I),
                               needles=("attack", "strike", "raid", "bombing", "ambush", "explosion", "incident", "blast", "massacre"))


def others_of_things(st: str, c: Candidate, before: str) -> bool:
    """"The attack came a week after two others in the region": other attacks, not people."""
    return (c.head or "").lower() == lex.OTHERS_HEAD and bool(OTHERS_OF_THING_BEFORE.search(before))


def held_then_freed(st: str, c: Candidate, before: str) -> bool:
    """"Three Israeli women held hostage in Gaza for 471 days returned to Israel": people held
    captive whose sentence frees them are released, no casualty figure."""
    return bool(HELD_THEN_FREED_AFTER.match(st, c.np_end))


CANDIDATE_VETO_GATES = [(rate, (RATE,)), (comparison, None), (found_safe, None), (not_victim_verb, None),
                        (held_then_freed, (HELD_THEN_FREED_AFTER,)), (aid_recipients, (AID_VERB_BEFORE,)),
                        (part_of_things, None), (still_alive, (STILL_ALIVE_AFTER,)), (detainees_held_or_freed, None),
                        (same_person_apposition, None), (wounded_one_named_then_died, None), (quoted_witness, None),
                        (exchanged, None), (all_of_them, None), (freed_with_others, None), (job_described, None), (events_by_actor, None),
                        (one_of_them_described, None), (source_of_report, None), (killed_and_injured, None),
                        (others_of_things, (OTHERS_OF_THING_BEFORE,)), (share_of_population, (SHARE_OF_BEFORE,)),
                        (speaker_after_comma, None)]
CANDIDATE_VETOES = [veto for veto, _ in CANDIDATE_VETO_GATES]


def _fewest(needles: tuple) -> tuple:
    """``needles`` without those that hold another one (a text holds one of them exactly when it
    holds one of the rest), without repeats."""
    return tuple(n for n in dict.fromkeys(needles) if not any(m != n and m in n for m in needles))


def _sentence_tests(gates: list) -> list:
    """Per veto of ``gates``, what ``vetoes_for`` tests a sentence with: None (it may fire anywhere:
    no gate, or a gate without needles) or ``(needles, also)`` pairs, the needles of the gates
    without ``also`` merged into one pair (the veto may fire when a pair's needles and also both
    have one in the sentence)."""
    out = []
    for veto, needs in gates:
        if needs is None or any(not g.needles for g in needs):
            out.append((veto, None))
            continue
        plain = tuple(n for g in needs if not g.also for n in g.needles)
        tests = [(_fewest(plain), ())] if plain else []
        out.append((veto, tests + [(_fewest(g.needles), _fewest(g.also)) for g in needs if g.also]))
    return out


NUMBER_VETO_TESTS = _sentence_tests(NUMBER_VETO_GATES)
CANDIDATE_VETO_TESTS = _sentence_tests(CANDIDATE_VETO_GATES)


def vetoes_for(st: str, tests: list) -> list:
    """The vetoes of ``tests`` (``NUMBER_VETO_TESTS``, ``CANDIDATE_VETO_TESTS``) that may fire in
    the sentence ``st``, in their order: every veto when it is not ASCII, else those that may fire
    anywhere or whose needles (and also) the lower-cased sentence holds: a gate that no word of the
    sentence opens opens on no window of it."""
    if not st.isascii():
        return [veto for veto, _ in tests]
    low = st.lower()
    return [veto for veto, pairs in tests
            if pairs is None or any(_holds_one(low, needles) and _holds_one(low, also) for needles, also in pairs)]


# --------------------------------------------------------------------------- kind rules
# A kind rule reads one candidate (a ``Look``) and, when it fires, sets its kind with the
# rule's name (``Candidate.set_kind``). ``KIND_RULES`` run in order; each fires only on a
# candidate that has no kind yet, except ``bodies_found``, which refines a predicate.

# "Regime forces killed 21 civilians, Russian forces three, ISIS two": an actor and an active verb before
# the first count, and between the next counts only "<actor>" (capitalised words, an abbreviation in
# brackets, a few words of armed groups)
ACTOR_VERB_BEFORE = re.compile(r"(?:\b" + lex.ACTOR + r"|\b[A-Z][\w'’/-]*(?:\s+\([A-Z]{2,6}\))?)\s+(?:killed|arrested|detained|abducted|injured|wounded)"
                               r"\s+(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+)?$")
GAPPED_ACTOR_GAP = re.compile(r"(?:\s*,\s*(?:and\s+|while\s+)?|\s+and\s+)(?:(?:the|all)\s+)?(?:(?:(?:[A-Z][\w'’-]*|al|of|and|"
                              r"forces|factions?|armed|opposition|militias?|groups?|parties|army|other|unidentified|gunmen)"
                              r"(?:/(?=[A-Za-z]))?)+\s+(?:\([A-Z]{2,6}\)\s+)?){1,9}")
# a breakdown between dashes before the verb of its total, its items holding numbers
DASH_BREAKDOWN = re.compile(r"\s*(?:[\u2013\u2014]|\s-)\s[^\u2013\u2014.;:!?()]{1,120}?\s(?:[\u2013\u2014]|-\s)")
# an aside between the victims and their verb: "– about 90 per cent of the population –", "(most of them women)"
DASH_ASIDE = re.compile(r"\s*(?:[\u2013\u2014]|\s-)\s[^\u2013\u2014.;:!?]{1,80}?\s(?:[\u2013\u2014]|-\s)|\s*\([^()]{1,80}\)")


# a participle of holding, then the verb of the clause: "Five soldiers abducted in March were killed in the airstrike"
WHO_HAD_BEEN = re.compile(r"\s*(?:who|that)\s+(?:had\s+been|have\s+been|were|was)\s+", I)  # "two men who had been abducted …"
HELD_PARTICIPLE_THEN_KILLED = re.compile(r"[^.;:]{0,110}?\b(?:(?:were|was|have\s+been|had\s+been|has\s+been)\s+"
                                         r"(?:(?:later|subsequently|then|all|also)\s+)?(?:(?:tortured|raped|beaten|abused)\s+and\s+"
                                         r"(?:then\s+|later\s+)?)?(?:killed|executed|shot\s+dead|"
                                         r"murdered|slain|beheaded|found\s+(?:dead|beheaded|murdered|killed|executed|shot\s+dead))|"
                                         r"(?:,\s+|\s+)(?:later\s+)?died(?:\s+in\s+captivity)?)\b", I)
# "the two were abducted and killed", "were kidnapped and later executed": held, then killed
# "abducted and then killed", "abducted by gunmen on Wednesday and found dead on Friday"
HELD_AND_KILLED = re.compile(r"(?:\s+(?:by|on|in|from|near|at)\s[^.;:,\d]{0,50}?)?\s+and\s+(?:then\s+|later\s+|subsequently\s+)?"
                             r"(?:killed|executed|murdered|beheaded|shot\s+dead|found\s+(?:dead|murdered|killed|executed|shot\s+dead))\b", I)
# "at least 30 residents were taken away by soldiers and remain unaccounted for" (blind73 en 010): missing
HELD_AND_MISSING = re.compile(r"(?:\s+(?:by|on|in|from|near|at)\s[^.;:,\d]{0,50}?)?\s+and\s+(?:(?:remain|remained|are\s+still|were\s+still)\s+"
                              r"(?:unaccounted\s+for|missing)|have\s+not\s+been\s+(?:found|seen\s+since))\b", I)


CROSSED_INTO = re.compile(lex.CROSSED_INTO, I)
WHO_WERE_DOING = re.compile(r"\s*,?\s*who\s+(?:were|was|are|is)\s+(?!missing\b)\w+ing$", I)  # not "who are missing"


def one_person_fled(c: Candidate) -> bool:
    """"The mayor … and his wife have fled": one or two people named as fleeing are not a count of
    the displaced (no annotated set has a displaced figure under 3; displacement is told in crowds)."""
    return c.kind == "displaced" and c.value < lex.DISPLACED_MIN and (c.singular or not c.head)


def _dash_breakdown(look: Look) -> Optional[re.Match]:
    """The dashes after a total whose people, counted inside them, add up to it (not the ages of
    named people: "The four hostages - Noa Argamani, 26, …, 41 - had been abducted")."""
    m = DASH_BREAKDOWN.match(look.st, look.c.np_end)
    if not m:
        return None
    inside = [k for k in look.cands[look.i + 1:] if k.end <= m.end()]
    if not inside or any(k.head is None and not k.singular for k in inside) or sum(k.value for k in inside) != look.c.value:
        return None
    return m


# a relative clause between a person and the verb ("a detainee from Al-Hasakah, who had been held since 2013,
# died under torture"): the verb after it is the person's
# "Eight jawans of the District Reserve Guard and the civilian driver of their vehicle were killed" (blind73 en, blind75
# en): a person named with "the" beside the count shares its verb, and is no count of its own
DEFINITE_PARTNER = re.compile(r"(?:\s+of\s+[^,.;:\d]{1,60}?)?\s+and\s+the\s+(?:[A-Za-z'’-]+\s+){1,6}?(?=(?:were|have\s+been|had\s+been|died)\b)", I)
RELATIVE_ASIDE = re.compile(r"(?:\s+(?:from|of|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s*,\s*(?:who|whose)\b[^,.;:]{1,90},", I)


# a part named between the people and their verb: "two detainees, one of them a woman, died due to torture"
# (blind61 en 007), "five soldiers, including an officer, were killed"
# (not a person singled out by a relative clause: "76 suspects, among them a man who rented a van, …")
PART_ASIDE = re.compile(r"\s*,\s*(?:[\w-]+\s+of\s+(?:them|whom)|including|among\s+them)\s+(?![^,.;:()]*\b(?:who|whose|which)\b)"
                        r"[^,.;:()]{1,60},", I)


# people held, then freed or never found: "six men arrested on Tuesday were released" (no figure), "six young people
# who were taken away by the attackers have not been found" (missing; blind63 en, blind64 en); the clause's own verb,
# with no comma or number between ("163 men arrested …, of whom 41 have been released": still 163 arrested)
HELD_PARTICIPLE_THEN_FREED = re.compile(r"[^.;:,\d]{0,110}?\b(?:were|was|have\s+been|had\s+been|has\s+been)\s+"
                                        r"(?:(?:later|since|subsequently|then|all)\s+)?(?:released|freed|set\s+free)\b", I)
HELD_PARTICIPLE_NOT_FOUND = re.compile(r"[^.;:,\d]{0,110}?\b(?:(?:have|has|had)\s+(?:still\s+)?(?:not|never)\s+(?:yet\s+)?been\s+"
                                       r"(?:found|located|seen\s+since)|(?:remain|remains|remained|are\s+still|is\s+still|were\s+still|was\s+still)\s+"
                                       r"(?:unaccounted\s+for|missing))\b", I)


# "executed a young man from Al-Shbeki whom they had abducted" (blind68 en 001): the held verb in a relative clause
RELATIVE_OF_HELD = re.compile(r"[^.;:,\d]{0,60}?\b(?:whom|who)\b", I)


def _killed_whom_held(look: Look, after: str, m: re.Match) -> Optional[tuple]:
    """People a killing verb right before them names, whom a relative clause says were held before ("ISIS members
    executed a young man whom they had abducted"): killed, as ``(kind, rule)``, else None."""
    if not RELATIVE_OF_HELD.match(after, 0, m.start("v")):
        return None
    t = trigger(look)
    if t is None or next(k for k in lex.LEFT_KIND if t.group(k)) != "killed":
        return None
    return "killed", "abducted_then_killed"


def _held_then(after: str, m: re.Match) -> Optional[tuple]:
    """What befell people a participle or relative clause says were held (``m``: the holding verb in ``after``),
    told by the clause's own verb, as ``(kind, rule)``: killed ("Five soldiers abducted in March were killed"),
    freed (kind None: no figure), never found (missing); else None."""
    participle = not after[:m.start("v")].strip() or WHO_HAD_BEEN.fullmatch(after, 0, m.start("v"))
    if participle and HELD_PARTICIPLE_THEN_KILLED.match(after, m.end()) or HELD_AND_KILLED.match(after, m.end()):
        return "killed", "abducted_then_killed"
    if participle and HELD_PARTICIPLE_THEN_FREED.match(after, m.end()):
        return None, "held_then_released"
    if participle and HELD_PARTICIPLE_NOT_FOUND.match(after, m.end()) or HELD_AND_MISSING.match(after, m.end()):
        return "missing", "taken_then_missing"
    return None


def predicate(look: Look) -> bool:
    """A casualty verb after the victims phrase: "13 fighters were killed", "seven dead",
    "20 wounded", "were arrested" — not the subject of an active verb ("Two gunmen killed
    three people"); a participle of holding before the clause's verb of killing is killed
    ("Five soldiers abducted in March were killed": ``abducted_then_killed``)."""
    c, after = look.c, look.after
    m = PRED.match(after)
    aside = None if m else DASH_ASIDE.match(after)
    if aside:  # "Some 1.9 million people – about 90 per cent of the population – have been displaced"
        after = after[aside.end():]
        m = PRED.match(after)
    if not m:  # "a detainee from Al-Hasakah, who had been held since 2013, died under torture"
        aside = RELATIVE_ASIDE.match(after) or DEFINITE_PARTNER.match(after)  # "Eight jawans … and the driver were killed"
        m = PRED.match(after[aside.end():]) if aside else None
        after = after[aside.end():] if m else after
    if not m and look.i + 1 < len(look.cands):  # "Thirteen service members — 11 Marines, a sailor and a soldier — were killed"
        aside = _dash_breakdown(look) or PART_ASIDE.match(look.st, c.np_end)  # "two detainees, one of them a woman, died"
        after = look.st[aside.end():] if aside else after
        m = PRED.match(after) if aside else None
    if not m:
        return False
    if ACTIVE_VERB.fullmatch(m.group("v")) and not PASSIVE_AUX.search(after, 0, m.start("v")) \
            and (aside or ACTIVE_OBJECT.match(look.st, c.np_end + m.end())):
        return False  # the subject of an active verb (after an aside, whatever follows the verb)
    kind = next(k for k in lex.KIND_V if m.group(k))
    if kind == "killed" and ONE_OF_BEFORE.search(look.near) and lex.NOUN_KIND.get((c.head or "").lower()) == "injured":
        c.set_kind("injured", "noun", "set_of_one_who_died")  # "One of 12 wounded later died": 12 wounded, not 12 dead
        return True
    if look.i and look.link[look.i] == "coord" and look.cands[look.i - 1].kind and kind != look.cands[look.i - 1].kind \
            and WHO_WERE_DOING.match(after, 0, m.end("v")):
        return False  # "killed 22 children and four women who were fleeing": what they were doing, not what befell them
    if kind == "displaced" and CROSSED_INTO.fullmatch(m.group("v")) and lex.HEADS.get((c.head or "").lower()) in lex.ARMED_GROUPS:
        return False  # "200 fighters crossed into Syria": a movement of armed men, not flight
    if kind in lex.HELD_KINDS and lex.NOUN_KIND.get((c.head or "").lower()) == "killed":
        return False  # "261 deaths in custody": deaths, wherever they happened (``casualty_noun``)
    then = (_held_then(after, m) or _killed_whom_held(look, after, m)) if kind in lex.HELD_KINDS else None
    if then is not None:  # "Five soldiers abducted in March were killed", "… were released", "… have not been found"
        if then[0] is not None:
            c.set_kind(then[0], "pred", then[1])
        return then[0] is not None
    if kind in lex.HELD_KINDS and KILLING_OF_END.search(look.near):
        return False  # "documented the deaths of three detainees in custody" (blind71 en 011): deaths (``trigger_before``)
    combined = COMBINED.match(after[m.end():])
    if combined:
        second = "missing" if combined.group("missing") else "injured" if INJURED_VERB.search(combined.group(0).lower()) else "killed"
        c.combined = second != kind  # "killed or maimed", "died or went missing": one count of two kinds
    c.set_kind(kind, "pred", "predicate")
    if AMONG_THE.search(m.group("v")):
        c.parent_cross = True  # "two police officers were among the dead"
    if kind == "killed" and EXECUTION_STEM.search(m.group("v")):
        c.manner = "executed"
    return True


def among_the_dead_held(look: Look) -> bool:
    """"Among the executed there are 60 fighters who were captured", "among the dead were nine
    soldiers who had been taken prisoner": counted among the dead, held before: killed (refines
    ``predicate``'s detained or missing, read from the relative clause)."""
    c = look.c
    if c.kind in lex.HELD_KINDS and c.kind_src == "pred" and AMONG_DEAD_BEFORE.search(look.near) \
            and RELATIVE_AFTER.match(look.st, c.np_end if c.head else c.end):
        c.set_kind("killed", "pred", "among_the_dead_held")
        c.parent_cross = True
        return True
    return False


def died_of_wounds(look: Look) -> bool:
    """The wounded who then died in the same clause ("a man who was injured on Wednesday
    ... has died in hospital", "A man injured in the attack has succumbed to his
    injuries") are killed: refines ``predicate``'s injured."""
    c = look.c
    if c.kind == "injured" and c.kind_src == "pred" and DIED_OF_WOUNDS_AFTER.match(look.after):
        c.set_kind("killed", "pred", "died_of_wounds")
        return True
    return False


def wounded_who_died(look: Look) -> bool:
    """"after two of those seriously injured died", "two critically injured men died", "the
    death of two more wounded persons": wounded people who died are dead (refines an injured
    predicate or noun)."""
    c = look.c
    if c.kind != "injured" or c.kind_src not in ("pred", "noun"):
        return False
    if WOUNDED_THEN_DIED.match(look.st, c.end) or DEATH_OF_BEFORE.search(look.near):
        c.set_kind("killed", "pred", "wounded_who_died")
        return True
    return False


def fate_unknown(look: Look) -> bool:
    """"the fate and whereabouts of 22 of them remain unknown", "the fate of 136,000 people
    detained … remains unknown", "the fate of 45,000 detainees who are believed to have been
    killed": missing, whatever happened to them before or is presumed."""
    c = look.c
    if c.kind is None and _holds_one(look.near, lex.FATE_HINTS) and FATE_BEFORE.search(look.near) \
            and (FATE_UNKNOWN_AFTER.match(look.st[c.np_end:]) or FATE_PRESUMED_DEAD_AFTER.match(look.st[c.np_end:])):
        c.set_kind("missing", "fate", "fate_unknown")
        return True
    return False


# "about 30 detained men had been driven away …, and that their fate remains unknown"
THEIR_FATE_UNKNOWN_AFTER = Gated(re.compile(r"^(?:[^.;]{0,160}?(?:;\s*)?\b(?:their|his|her)|\s*whose|"
                                            # "10 civilians detained by … in Kherson region, whose fate …" (blind58 en 009);
                                            # not a group named in an aside ("…, among them thousands of women, whose fate")
                                            r"(?:(?!\bamong\s+them\b|\bincluding\b)[^.;]){0,160}?,\s*whose)\s+(?:fate|whereabouts)(?:\s+and\s+(?:(?:their|his|her)\s+)?"
                                            r"(?:fate|whereabouts))?\s+(?:remains?|remained|is|are|was|were)\s+(?:still\s+)?unknown\b", I),
                                 needles=("unknown",))


# "his father … was beaten and taken away by the fighters and is still missing"
STILL_MISSING_AFTER = Gated(re.compile(r"[^.;]{0,160}?\band\s+(?:is|are|remains?|was|were)\s+still\s+missing\b", I),
                            needles=("missing",))
# "15 detained protesters whose families have been given no information about their fate or whereabouts" (blind79 en)
NO_NEWS_OF_FATE_AFTER = Gated(re.compile(r"[^.;]{0,120}?\b(?:no|any)\s+(?:information|news|word)\s+(?:about|on|of)\s+(?:their|his|her)\s+"
                                         r"(?:fate|whereabouts)\b", I), needles=("fate", "whereabouts"))


# "at least 40 people whose fate remains unknown", "20 people whose fate and whereabouts remain unknown" (blind61
# en 010, blind62 en 001): people named by the unknown fate itself
WHOSE_FATE_AFTER = Gated(re.compile(r"^\s*(?:[^.;,\d]{0,40}?\s)?whose\s+(?:fate|whereabouts)(?:\s+and\s+(?:fate|whereabouts))?\s+"
                                    r"(?:remains?|remained|is|are|was|were)\s+(?:still\s+)?unknown\b", I), needles=("unknown",))


# "unable to document the deaths of more than 300 people whose fate remains unknown": presumed dead, no count
KILLING_OF_END = re.compile(r"\b(?:deaths?|killings?)\s+of\s+(?:[\w-]+\s+){0,2}$", I)
DEATHS_OF_END = re.compile(r"\b(?:deaths?|killings?|bodies)\s+of\s+(?:[\w-]+\s+){0,2}$", I)


def whose_fate_unknown(look: Look) -> bool:
    """People counted and told by their unknown fate right after ("40 people whose fate remains unknown"): missing
    (not "the deaths of 300 people whose fate remains unknown", which the text cannot count)."""
    c = look.c
    if c.kind is None and c.head and lex.NOUN_KIND.get(c.head.lower()) is None and WHOSE_FATE_AFTER.match(look.after) \
            and not DEATHS_OF_END.search(look.near):
        c.set_kind("missing", "fate", "whose_fate_unknown")
        return True
    return False


def held_fate_unknown(look: Look) -> bool:
    """People held whose fate, the same sentence says, "remains unknown", or who "are still missing":
    missing (enforced disappearance), as "the fate of N detainees remains unknown" is (``fate_unknown``)."""
    c = look.c
    if c.kind == "detained" and (THEIR_FATE_UNKNOWN_AFTER.match(look.st[c.np_end:]) or STILL_MISSING_AFTER.match(look.st, c.np_end)
                                 or NO_NEWS_OF_FATE_AFTER.match(look.st, c.np_end)):
        c.set_kind("missing", "fate", "fate_unknown")
        return True
    return False


def bodies_of_people(look: Look) -> bool:
    """"the bodies of four other men, who had been missing for a week": the dead, not the missing."""
    c = look.c
    if c.kind in lex.HELD_KINDS and c.kind_src == "pred" and c.head and BODIES_OF.search(look.near):
        c.set_kind("killed", "pred", "bodies_of_people")
        return True
    return False


def driven_from_homes(look: Look) -> bool:
    """"fighting has driven 12,000 people from their homes", "has forced more than 1.2 million people
    in Burkina Faso to leave their homes"."""
    if look.c.kind is None and DRIVING_VERB_BEFORE.search(look.near) and (
            FROM_HOMES.match(look.after) or (FORCED_TO_LEAVE.match(look.after) and FORCING_VERB.search(look.near))):
        look.c.set_kind("displaced", "pred", "driven_from_homes")
        return True
    return False


def still_held(look: Look) -> bool:
    """"Of the hostages, 97 remain in Gaza", "Some 100 hostages remain in Gaza"."""
    c = look.c
    if c.kind is not None:
        return False
    held = (c.head is None and OF_HELD.search(look.near)) or look.head in lex.HOSTAGE_NOUNS \
        or (c.partitive in lex.ANAPHORIC_PARTITIVES and look.i > 0  # "251 hostages, 116 of whom remain in Gaza" (blind67 en)
            and (look.cands[look.i - 1].head or "").lower() in lex.HOSTAGE_NOUNS)
    if held and STILL_HELD.match(look.after):
        c.set_kind("detained", "pred", "still_held")
        return True
    return False


def bodies_found(look: Look) -> bool:
    """"12 bodies were recovered", "the bodies of 7 people were found", "the bodies of two of them were
    found" (also after a predicate)."""
    c = look.c
    aside = ASIDE_START.match(look.after)  # "the bodies of 70 people, some of them with their hands bound, were found" (blind73 en)
    if (c.kind is None or c.kind_src == "pred") and (look.head in lex.BODY_NOUNS or ((c.head or c.partitive or c.singular) and (
            BODIES_OF.search(look.near) or _bodies_of_chain(look)))) and BODIES_FOUND.match(look.after[aside.end():] if aside else look.after):
        c.set_kind("killed", "pred", "bodies_found")
        return True
    return False


# "have been recovered from the Jiri and Barak rivers": the bodies named before it are found
BODIES_RECOVERED_LATER = re.compile(r"[^.;]{0,200}?\b(?:have|has|had|were|was)\s+(?:(?:now|since|already|finally)\s+)?(?:been\s+)?"
                                    r"(?:recovered|found|retrieved|pulled\s+out|exhumed|discovered)\b", I)


def bodies_of_a_group_found(st: str, c: Candidate) -> bool:
    """"The bodies of all six members of a family, three women and three children, who were abducted … have been
    recovered" (blind76 en): a group and its parts after "the bodies of", read as held from the relative clause, are
    dead once the sentence says the bodies were found."""
    return c.kind in lex.HELD_KINDS and bool(BODIES_OF.search(st, max(0, c.start - 40), c.start)
                                             or BODIES_OF_GROUP_BEFORE.search(st, max(0, c.start - 160), c.start)) \
        and bool(BODIES_RECOVERED_LATER.match(st, c.np_end))


# "The bodies of all six members of a family, three women and …": the parts of the group after "the bodies of"
BODIES_OF_GROUP_BEFORE = re.compile(r"\b(?:bodies|remains)\s+of\s+(?:the\s+|all\s+)?(?:\w+\s+){1,6}?[^.;:,]{0,40},\s+(?:[\w-]+\s+){0,3}"
                                    r"(?:and\s+)?(?:[\w-]+\s+){0,3}$", I)


def run_start(link: list, i: int, links: tuple = ("coord",)) -> int:
    """The first candidate of the run that ``i`` belongs to: back from ``i`` while each is joined to the one
    before it by a link of ``links`` ("coord"; with "subset", the parts told inside the run too)."""
    while i > 0 and link[i] in links:
        i -= 1
    return i


def _bodies_of_chain(look: Look) -> bool:
    """"The bodies of three women and three children, including an eight-month-old baby, were found": the
    coordinated run (and its parts) this candidate closes opens right after "the bodies of" (blind50 en 010)."""
    k = run_start(look.link, look.i, ("coord", "subset"))
    start = look.cands[k].start
    return k < look.i and bool(BODIES_OF.search(look.st, max(0, start - lex.BODIES_OF_REACH), start))


def bodies_received(look: Look) -> bool:
    """"hospitals received 51 bodies", "… received the bodies of 38 people"."""
    c, near, head = look.c, look.near, look.head
    if c.kind is not None:
        return False
    of = BODIES_OF.search(near) if c.head else None
    if ((head in lex.BODY_NOUNS and BODIES_ACTIVE.search(near)) or (of and BODIES_ACTIVE.search(near, 0, of.start()))) \
            and not NEGATED.search(near[-60:]) and head not in lex.CAPTIVE_NOUNS:
        c.set_kind("killed", "left", "bodies_received")
        return True
    return False


def bodies_received_with_wounded(look: Look) -> bool:
    """"the hospital received about 280 wounded and 120 bodies", "admitted 34 injured and 9 bodies":
    bodies coordinated after a count that a verb of receiving governs are the dead, not more wounded."""
    c, i = look.c, look.i
    if c.kind is not None or look.head not in lex.BODY_NOUNS or look.link[i] != "coord":
        return False
    first = look.cands[run_start(look.link, i)].start
    near = look.st[max(0, first - 90):first]
    if not (BODIES_ACTIVE.search(near) or RECEIVED_BEFORE.search(near)) or NEGATED.search(near[-60:]):
        return False
    c.set_kind("killed", "left", "bodies_received_with_wounded")
    return True


def casualties_received(look: Look) -> bool:
    """Casualties a hospital or medics received or treated are the wounded brought in ("the
    South Hospital received 454 casualties ..., 56 of whom died"): injured."""
    c = look.c
    if c.kind is None and look.head == lex.CASUALTIES_NOUN and RECEIVED_BEFORE.search(look.near) \
            and CARE_PLACE.search(look.left):
        c.set_kind("injured", "noun", "casualties_received")
        return True
    return False


WITH_WOUNDS_AFTER = re.compile(r"\s*with\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:wounds|injuries)\b", I)
# "354 hostages were rescued, 37 of them with injuries": a part of a group, with wounds
PART_WITH_WOUNDS_AFTER = re.compile(r"\s+of\s+(?:them|whom)" + WITH_WOUNDS_AFTER.pattern, I)
FOR_WOUNDS_AFTER = re.compile(r"\s*for\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:wounds|injuries)\b", I)


def with_wounds(look: Look) -> bool:
    """"admitted 23 people with shrapnel and gunshot wounds", "treated 61 people with blast injuries":
    people with wounds are the injured; so are people a verb of care treated for wounds ("its teams
    had treated 39 people for violence-related injuries"); so is a part of a group with wounds ("354
    hostages were rescued, 37 of them with injuries", blind45 en 005)."""
    c = look.c
    if c.kind is None and not c.head and PART_WITH_WOUNDS_AFTER.match(look.st, c.end):
        c.set_kind("injured", "noun", "part_with_wounds")
        return True
    if c.kind is None and c.head and (WITH_WOUNDS_AFTER.match(look.after)
                                      or (FOR_WOUNDS_AFTER.match(look.after) and RECEIVED_BEFORE.search(look.near))):
        c.set_kind("injured", "noun", "with_wounds")
        return True
    return False


REGISTERED_AS_DEAD_AFTER = re.compile(r"\s+as\s+(?:dead|deceased|having\s+died)\b", I)


def registered_as_dead(look: Look) -> bool:
    """"the regime registered at least 1,033 detainees as dead in civil registry records": people
    recorded as dead are the dead, whatever the noun counted them as before."""
    c = look.c
    if c.kind is None and c.head and REGISTERED_AS_DEAD_AFTER.match(look.after):
        c.set_kind("killed", "pred", "registered_as_dead")
        return True
    return False


REFUGEES_MOVED_AFTER = re.compile(r"\s*(?:(?:have|had|has)\s+)?(?:(?:now|already|since)\s+)?(?:crossed\s+"
                                  r"(?:the\s+border\s+)?into|entered|arrived\s+in)\b", I)


def refugees_moved(look: Look) -> bool:
    """"More than 600,000 Sudanese refugees have crossed into eastern Chad", "66,000 refugees have
    arrived in Uganda": refugees on the move are the displaced (not "40 soldiers crossed into the province")."""
    c = look.c
    if c.kind is None and look.head in lex.REFUGEE_HEADS and REFUGEES_MOVED_AFTER.match(look.after):
        c.set_kind("displaced", "pred", "refugees_moved")
        return True
    return False


LOST_BEFORE = Gated(re.compile(r"\b(?:lost|losing|loses|has\s+lost|have\s+lost)\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+|"
                              r"more\s+than\s+|over\s+|another\s+|both\s+|all\s+)?$", I), needles=("los",))  # ("lost both her parents", blind53 en 009)


def lost_members(look: Look) -> bool:
    """"The group lost 11 of its members in a military operation", "the army lost 40 soldiers": an
    armed group's or a force's people lost are its dead (only fighters' and forces' nouns)."""
    c = look.c
    if c.kind is not None or (c.head or "").lower() not in lex.LOST_HEADS or not LOST_BEFORE.search(look.near):
        return False
    if c.head.lower() in lex.LOST_HEADS_OF_ITS and not OWN_MEMBERS.match(c.victims or ""):
        return False  # "lost 11 members" of a parliament is no toll; "of its members" is
    c.set_kind("killed", "left", "lost_members")
    return True


def lost_kin(look: Look) -> bool:
    """"he had lost his mother, his wife and his brother", "she lost her son": relatives someone lost
    are dead (only a possessive kin phrase: "lost his job", "lost his leg" are no people)."""
    c = look.c
    if c.kind is not None or not POSS_KIN.match(look.st, c.start) or not LOST_BEFORE.search(look.near):
        return False
    c.set_kind("killed", "left", "lost_kin")
    return True


OWN_MEMBERS = re.compile(r"of\s+(?:its|their)\s+members", I)
VERB_TO_DEATH_BEFORE = Gated(re.compile(r"\b(?:burnt|burned|burning|hacked|hacking|stabbed|stabbing|beat|beaten|beating|starved|"
                                        r"starving|stoned|stoning|shot|tortured|torturing|crushed)\s+(?:at\s+least\s+|about\s+|some\s+|"
                                        r"nearly\s+|more\s+than\s+)?$", I), ends=lex.TO_DEATH_VERB_ENDS)
TO_DEATH_AFTER = re.compile(r"\s+to\s+death\b", I)


def verb_to_death(look: Look) -> bool:
    """"ADF rebels burnt 80 students to death", "hacked two farmers to death": the verb before the
    victims and "to death" after them."""
    c = look.c
    if c.kind is not None or not TO_DEATH_AFTER.match(look.st, c.np_end) or not VERB_TO_DEATH_BEFORE.search(look.near):
        return False
    c.set_kind("killed", "left", "verb_to_death")
    return True


# ("Of the 26 hostages killed, 18 were …": a participle of the kind may close the counted phrase; blind48 en 013)
OF_THE_COUNTED_BEFORE = re.compile(r"^\s*(?:(?:killed|dead|wounded|injured|arrested|detained|abducted|missing|displaced)\s*)?(?:,\s*)?$", I)
OF_THE_BEFORE_NUMBER = re.compile(r"\bof\s+the\s+$", I)
# "Of the 26 martyred, 18 were personnel of the army, three were employees of the railways, and five …":
# the next part told in the same way
OF_THE_SIBLING_GAP = re.compile(r"\s+(?:were|was|are|have\s+been|had\s+been|have|has|had)\s+[^.;:\d]{1,80}?(?:,\s*(?:and\s+)?|\s+and\s+)", I)  # ("ten have gunshot wounds and four are critical", blind51 en 006)


# "26 hostages were killed; 18 were army personnel, three were …": a bare count after the total's clause and a
# semicolon, with "were" and its people after it, is the first part (blind53 en 011)
SEMICOLON_THEN_PART = re.compile(r"[^.;:\d]{0,80};\s*", I)
WERE_NOUN_AFTER = re.compile(r"\s+(?:were|are)\s+(?!killed|wounded|injured|arrested|detained|missing|displaced|dead|among|in|at|still)[a-z]", I)


def of_the_counted(look: Look) -> bool:
    """"Of the 41 injured, ten have gunshot wounds", "Of the 26 dead, 19 were civilians": a count
    right after "Of the N <kind>," is a part of those N, in their kind."""
    c, i = look.c, look.i
    if c.kind is not None or not i:
        return False
    prev = look.cands[i - 1]
    if prev.rule in ("of_the_counted", "semicolon_part") and OF_THE_SIBLING_GAP.fullmatch(look.st, prev.np_end, c.start) \
            and look.cands[prev.parent].value >= c.value + sum(k.value for k in look.cands[:i] if k.parent == prev.parent):
        c.set_kind(prev.kind, "inherit", "of_the_counted")  # "…, 11 were admitted to GMC and six were shifted to SKIMS"
        c.parent = prev.parent
        return True
    if prev.kind and prev.value > c.value and c.head is None and not c.partitive \
            and SEMICOLON_THEN_PART.fullmatch(look.st, prev.np_end, c.start) and WERE_NOUN_AFTER.match(look.st, c.end):
        c.set_kind(prev.kind, "inherit", "semicolon_part")  # "26 hostages were killed; 18 were army personnel, three …"
        c.parent = i - 1
        return True
    if not prev.kind or prev.value <= c.value or not OF_THE_COUNTED_BEFORE.match(look.st[prev.np_end:c.start]) \
            or not OF_THE_BEFORE_NUMBER.search(look.st, max(0, prev.start - 12), prev.start):
        return False
    c.set_kind(prev.kind, "inherit", "of_the_counted")
    c.parent = i - 1
    return True


CASUALTIES_NEXT = re.compile(r"\s+casualt(?:y|ies)\b", I)


# "Among the wounded taken to the hospital in Al-Managil, 42 were admitted" (blind82 en): a count of the set named first
AMONG_SET_COMMA_BEFORE = re.compile(r"^\s*among\s+(?:the|those)\s+(?P<set_noun>injured|wounded|dead|killed|detained|arrested|missing|"
                                    r"displaced)\b(?:(?!\b(?:was|were|is|are)\b)[^.;:\d]){0,80},\s*$", I)  # (not "Among the dead was
# Guevara Ibrahim, 11,": an age)


def count_among_the_set(look: Look) -> bool:
    """"Among the wounded taken to the hospital …, 42 were admitted": the count is of the set the sentence opens on."""
    c = look.c
    m = AMONG_SET_COMMA_BEFORE.search(look.near) if c.kind is None and look.i == 0 and c.head is None and not c.singular \
        and not c.partitive else None
    if m is None:
        return False
    c.set_kind(lex.PARTITIVE_KIND[m.group("set_noun").lower()], "noun", "count_among_the_set")
    return True


def victims_involved(look: Look) -> bool:
    """"231 incidents of arbitrary detention …, involving 287 victims": the people the cases involved are
    of the cases' kind (the held, or the missing for disappearances)."""
    c = look.c
    m = INVOLVED_IN_CASES_BEFORE.search(look.full_left) if c.kind is None and look.head in lex.INVOLVED_HEADS else None
    if m is None:
        return False
    c.set_kind("missing" if lex.DISAPPEARANCE_STEM in m.group("k").lower() else "detained", "noun", "victims_involved")
    return True


def people_casualties(look: Look) -> bool:
    """"727 women casualties (219 killed and 508 injured)": "casualties" after the people counted are
    dead and wounded together, no figure of one kind (the breakdown in brackets gives those)."""
    if look.c.kind is None and CASUALTIES_NEXT.match(look.st, look.c.np_end):
        look.c.combined = True
        return True
    return False


def casualty_noun(look: Look) -> bool:
    """A head noun that is itself the kind: "fatalities", "deaths", "150 injured", "detainees"
    (not "the 12 detainees", who were counted before); wire "casualties" without a word of
    death nearby are dead and wounded together: no figure."""
    c, head = look.c, look.head
    if c.kind is not None or head not in lex.NOUN_KIND:
        return False
    m = trigger(look) if head in lex.WEAK_NOUN_KIND else None
    if head in lex.WEAK_NOUN_KIND and not (m and _participle_of_item_before(look, m, lex.NOUN_KIND[head])) \
            and (m or THE_BEFORE.search(look.near)):
        return False  # weak and definite, or after its own trigger
    c.set_kind(lex.NOUN_KIND[head], "noun", "casualty_noun")
    wounded_who_died(look)  # "two critically injured men died"
    c.ambiguous = head == lex.CASUALTIES_NOUN
    around = look.st[max(0, c.start - 100):c.np_end + 100]
    if c.ambiguous and (not DEATH_CONTEXT.search(around) or INJURED_WORD.search(around) or sum_of_kinds(look)):
        c.kind, c.combined = None, True  # "causing 50 casualties" = dead and wounded (so with both words near)
    return True


def _participle_of_item_before(look: Look, m: re.Match, own: str) -> bool:
    """"16 people injured, at least 6,270 displaced": the trigger ``m`` before the count is the
    participle of the item before it (right after that item, then a comma) and names another kind
    than the count's own kind noun (``own``), which names the count's kind."""
    kind = next(k for k in lex.LEFT_KIND if m.group(k))
    return own != kind and bool(look.i) and not look.near[:m.start("t")].strip() and "," in look.near[m.end("t"):]


def sum_of_kinds(look: Look) -> bool:
    """"486 civilians killed and 1,229 injured, a total of 1,715 civilian casualties": a number that is
    a killed count plus an injured count stated before it in the sentence is the two together."""
    seen: dict = {}
    for d in look.cands[:look.i]:
        seen.setdefault(d.kind, set()).add(d.value)
    return any(look.c.value - k in seen.get("injured", ()) for k in seen.get("killed", ()))


def injured_modifier(look: Look) -> bool:
    """"30 injured people", "12 wounded soldiers"."""
    c = look.c
    if c.kind is None and INJURED_WORD.search((c.victims or "").lower()):
        c.set_kind("injured", "noun", "injured_modifier")
        return True
    return False


def modifier_kind(c: Candidate) -> Optional[str]:
    """The kind of a kind adjective in the victims phrase ("displaced children"), if any."""
    low = (c.victims or "").lower()
    if not any(w in low for w in lex.KIND_MODIFIERS):
        return None  # a substring test first: most victims phrases have none
    return next((lex.KIND_MODIFIERS[w] for w in WORD_TOKEN.findall(low) if w in lex.KIND_MODIFIERS), None)


# "200 displaced women and children were taken from Ngala": what happened to them is the verb's, not the adjective's
TAKEN_AFTER = re.compile(r"[^.;:]{0,40}?\b(?:were|was|have\s+been|had\s+been)\s+(?:taken|seized|snatched|carried\s+off|led\s+away)\b", I)


# "more than 1,300 victims of intentional homicide" (blind65 en 014): victims of a killing
VICTIMS_OF_KILLING_AFTER = re.compile(r"\s+of\s+(?:(?:intentional|wilful|willful|deliberate)\s+)?(?:homicides?|murders?|killings?|massacres?)\b", I)


def victims_of_killing(look: Look) -> bool:
    """"1,300 victims of intentional homicide", "victims of the massacre": the dead."""
    c = look.c
    if c.kind is None and (c.head or "").lower() in lex.VICTIM_HEADS and VICTIMS_OF_KILLING_AFTER.match(look.st, c.np_end):
        c.set_kind("killed", "noun", "victims_of_killing")
        return True
    return False


def kind_modifier(look: Look) -> bool:
    """"4,500 displaced people arrived": a kind adjective before the head noun gives the kind when
    nothing else did (not "the 300 displaced people", counted before, nor after a trigger; nor "a
    displaced man", who is described, not a displacement counted)."""
    c = look.c
    if c.kind is not None or not c.head or c.head in lex.KIND_MODIFIERS or c.singular:
        return False
    kind = modifier_kind(c)
    if kind is None or trigger(look) or THE_BEFORE.search(look.near) or TAKEN_AFTER.match(look.after):
        return False
    c.set_kind(kind, "noun", "kind_modifier")
    return True


def partitive_of_kind(look: Look) -> bool:
    """"five of the dead", "three of the wounded", "9 of the toll"."""
    c = look.c
    if c.kind is not None or not c.partitive:
        return False
    w = c.partitive.split()[-1]
    if lex.PARTITIVE_KIND.get(w):
        c.set_kind(lex.PARTITIVE_KIND[w], "partitive", "partitive_of_kind")
        return True
    if TOLL_WORD.search(c.partitive):
        c.set_kind("killed", "partitive", "partitive_of_kind")
        return True
    return False


# "Of those wounded in the convoy attack, 11 are still at the … Hospital", "Of the 23,357 dead, more than 10,000 are
# children": a sentence opening on a partitive of a kind and its modifier, the count right after the comma (blind60
# en 010, blind66 en 002)
OPENING_PARTITIVE = re.compile(r"^\W*of\s+(?:the|those)\s+(?:[\d,.]+\s+)?(?P<k>[a-z]+)\b[^,.;:\d]{0,80},\s*"
                               r"(?:(?:more\s+than|over|at\s+least|about|nearly|some|around|almost)\s+)?$", I)


def opening_partitive(look: Look) -> bool:
    """The first count (not a one-person phrase) of a sentence that opens "Of those wounded in the attack, …",
    "Of the dead in Kaya, …" (not "Among the dead was Abbas, a young man …"):
    of the kind the partitive names, whatever follows it ("11 are still at the District Hospital"), and a part
    of the last toll of that kind."""
    c = look.c
    if c.kind is not None or c.partitive or c.singular:
        return False
    m = OPENING_PARTITIVE.match(look.st, 0, c.start)  # (only the set's own count may stand before it: "Of the 23,357 dead,")
    kind = lex.PARTITIVE_KIND.get(m.group("k").lower()) if m else None
    if not kind:
        return False
    c.set_kind(kind, "left", "opening_partitive")
    c.parent_cross = True  # a part of the last toll of its kind
    return True


def partitive_sibling(look: Look) -> bool:
    """"Ten of the dead were Houthi rebels and eight were loyalist troops": the next part of the same set."""
    c, i, st = look.c, look.i, look.st
    if c.kind is not None or c.head is not None or c.singular or c.partitive or not i:
        return False
    prev = look.cands[i - 1]
    if prev.partitive and prev.kind_src == "partitive" and PARTITIVE_SIBLING_GAP.match(st[prev.np_end:c.start]) \
            and WERE_WORD_AFTER.match(st[c.np_end:]):
        c.set_kind(prev.kind, "partitive", "partitive_sibling")
        c.parent_cross = prev.parent_cross
        return True
    return False


def lives_claimed(look: Look) -> bool:
    """"the violence has claimed 40 lives", "cost 12 lives"."""
    c = look.c
    if c.kind is None and look.head == lex.LIVES_NOUN and LIVES_CLAIMED_BEFORE.search(look.near):
        c.set_kind("killed", "left", "lives_claimed")
        return True
    return False


def trigger(look: Look) -> Optional[re.Match]:
    """The casualty trigger just before the number ("killed at least", "the killing of"), memoised."""
    if "trigger" not in look.memo:
        look.memo["trigger"] = LEFT.search(look.near)
    return look.memo["trigger"]


# ("The victims identified so far are 38 men and seven women", blind63 en 004)
VICTIMS_WERE = re.compile(r"(?<!\bamong\s)\bthe\s+victims\s+(?:(?:identified|named)\s+(?:so\s+far\s+|thus\s+far\s+)?)?"
                          r"(?:were|are|included|include|includes)\b", I)


def trigger_before(look: Look) -> bool:
    """A trigger before the number: "killed at least 22", "the killing of 1851", "arrested 12"
    ("unable to kill 40" is negated; "shelters are holding 2,000 people" has no captor)."""
    c, st = look.c, look.st
    if c.kind is not None or look.link[look.i] is not None:
        return False
    m = trigger(look)  # only now: the pattern is the costliest a candidate runs
    if not m:
        return False
    if NEGATED_TRIGGER.search(look.near[max(0, m.start() - 40):m.start()]):
        c.negated = True
        return False
    c.set_kind(next(k for k in lex.LEFT_KIND if m.group(k)), "left", "trigger_before")
    c.combined = bool(KILLED_OR_INJURED_BEFORE.search(look.near))  # "killing or injuring 700 people" (blind70 en)
    if VICTIMS_WERE.search(m.group("t")):
        c.parent_cross = True  # "The victims were 19 women, 15 men …": a breakdown of the last toll,
        if look.ctx.last_kind:  # of its kind ("Gunmen wounded 43 people. The victims included …")
            c.set_kind(look.ctx.last_kind, "left", "trigger_before")
    if HOLDING.search(m.group("t")) and not HOLDER.search(st, max(0, c.start - 100), c.start):
        c.set_kind(None, "", "")
        return False
    if c.kind == "killed" and EXECUTION_WORD.search(m.group("t")):
        c.manner = "executed"
    return True


# the victims a toll phrase names: "the toll of civilians", "the number of children killed"
TOLL_OF_VICTIMS = re.compile(r"\bof\s+(?:the\s+)?(?P<v>" + "|".join(sorted(
    (w for w, cat in lex.HEADS.items() if cat != "unknown" and w.endswith("s") and w.islower()), key=len, reverse=True)) + r")\b", I)


# "had passed 30,000, reaching 30,035": a round mark a toll went past, then the toll itself
_PASSED = r"(?:passed|surpassed|exceeded|crossed|topped)"
PASSED_END = re.compile(r"\b" + _PASSED + r"\s+(?:the\s+)?$", I)
EXACT_NEXT = re.compile(r"\s*(?:\s|,)\s*(?:reaching|to\s+reach|standing\s+at|to\s+stand\s+at|now\s+at|at)\s+\d", I)
PASSED_MARK = re.compile(r"\b" + _PASSED + r"\s+(?:the\s+)?[\d,.]+\s*,\s*$", I)


def _toll_left(left: str) -> Optional[re.Match]:
    """The toll phrase the text before a number ends on whose words up to the number stay in its clause:
    the first that does, from the left ("the number of people killed since … July 13, as the death toll
    has risen to 1,311": not the first, whose words hold a date and "as", but "the death toll")."""
    m = TOLL_LEFT.rx.search(left)
    while m and breaks_clause(PASSED_MARK.sub(" ", m.group("fill"))):
        m = TOLL_LEFT.rx.search(left, m.start() + 1)
    return m


def toll_clause(look: Look) -> bool:
    """"the death toll rose to 1,383", "the number of victims … was 229", "the toll includes 135 civilians"."""
    c = look.c
    if c.kind is not None or look.link[look.i] is not None or trigger(look):
        return False
    # "since Oct. 7, 2023 has risen to" (the dots only become spaces: the gate's words are the same)
    m = _toll_left(MONTH_ABBR_DOT.sub(" ", look.full_left)) if TOLL_LEFT.may_match(look.full_left) else None
    if not m:
        return False
    if PASSED_END.search(m.group(0)) and EXACT_NEXT.match(look.st, c.end):
        return False  # "the death toll had passed 30,000, reaching 30,035": the mark passed, the toll is the next number
    before = next((p.kind for p in reversed(look.cands[:look.i]) if p.kind), None)
    c.set_kind(toll_kind(m.group("toll"), own_clause(look.st, c.end), m.group("fill"), before), "toll", "toll_clause")
    named = TOLL_OF_VICTIMS.search(m.group(0))
    if named and not c.victims:
        c.victims = named.group("v")  # "raising the toll of civilians to 1,557": civilians
    if INCLUDES_END.search(m.group(0)):
        c.parent_cross = True  # a breakdown of the last total
    c.ambiguous = bool(CASUALTY_STEM.search(m.group("toll")))
    return True


TOLL_OPENS = re.compile(r"^\s*" + lex.SENTENCE_LABEL + r"(?P<toll>" + lex.OPENING_TOLL + r")\b", I)
HAS_RISEN_TO = re.compile(lex.HAS_RISEN_TO, I)


def toll_opens_sentence(look: Look) -> bool:
    """"The death toll of the clashes between …, which erupted on August 27 after …, has risen to 90":
    the toll noun opening the sentence is the subject of the rise, past a clause too long for
    ``toll_clause``."""
    c = look.c
    if c.kind is not None or look.link[look.i] is not None or not HAS_RISEN_TO.search(look.near):
        return False
    m = TOLL_OPENS.match(look.st)
    if not m:
        return False
    c.set_kind(toll_kind(m.group("toll"), look.st), "toll", "toll_opens_sentence")
    return True


ELIDED_TOLL_LEFT = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<toll>numbers?\s+of\s+(?:the\s+)?(?:dead|deaths|killed|"
                              r"injured|wounded|injuries|missing|displaced|detainees|arrested))\s+(?:to|at)\s+(?:at\s+least\s+)?$", I)


def elided_toll(look: Look) -> bool:
    """"The number of dead has risen to 6, the number of injured to 40": a second toll after a rise,
    its verb left out."""
    c = look.c
    if c.kind is not None or look.link[look.i] is not None or not look.i:
        return False
    m = ELIDED_TOLL_LEFT.search(look.near)
    if not m or not REVISION.search(look.full_left):
        return False
    c.set_kind(toll_kind(m.group("toll"), look.st), "toll", "elided_toll")
    return True


# "The rest of the month's deaths were 98 regime soldiers, …", "The rest of the monthly toll, 283, were …"
REST_OF_TOLL_BEFORE = Gated(re.compile(r"\b(?:rest|remainder)\s+of\s+the\s+(?:[\w'’-]+\s+){0,2}?(?P<n>toll|deaths|dead|"
                                       r"fatalities|victims|wounded|injured|injuries)\s*(?:,\s*|\s+(?:were|are)\s+)$", I),
                            needles=("rest", "remainder"))


def rest_of_toll(look: Look) -> bool:
    """"The rest of the month's deaths were 98 regime soldiers, 61 fighters …": the part of a toll not
    told yet, in the toll's kind (its items after it follow by the links)."""
    c = look.c
    m = REST_OF_TOLL_BEFORE.search(look.near) if c.kind is None else None
    if not m:
        return False
    c.set_kind(lex.PARTITIVE_KIND.get(m.group("n").lower()) or "killed", "toll", "rest_of_toll")
    return True


def toll_apposition(look: Look) -> bool:
    """"rose to 81, the number of casualties", "raising to 1,096 the number of detainees executed"."""
    c = look.c
    if c.kind is not None or look.link[look.i] is not None:
        return False
    m = APPOSITION_TOLL.match(look.after)
    if not m and APPOSITION_RECOVERED.match(look.after) and NEUTRAL_LEFT.search(look.near):
        c.set_kind("killed", "toll", "toll_apposition")  # "bringing to 162 the number recovered"
        return True
    if not m or not NEUTRAL_LEFT.search(look.near):
        return False
    w = (m.group("w") or "").lower()
    kind = "killed" if m.group("died") or m.group("group_died") else lex.APPOSITION_KIND.get(w) or lex.NOUN_KIND.get(w, "killed")
    c.set_kind(kind, "toll", "toll_apposition")
    return True


def as_were_too(look: Look) -> bool:
    """"Forty people were wounded, …, as were three of the paramedics": the same kind as the
    clause before."""
    c = look.c
    if c.kind is not None or not look.i or lex.AS_HINT not in look.near or not AS_WERE_BEFORE.search(look.near):
        return False
    prev = next((p for p in reversed(look.cands[:look.i]) if p.kind), None)
    if prev is None:
        return False
    c.set_kind(prev.kind, "pred", "as_were_too")
    return True


def carried_out_by(look: Look) -> bool:
    """"…187 arbitrary arrests; 112 were carried out by the regime forces": a part of the total
    before it, attributed to a perpetrator."""
    c, i = look.c, look.i
    if c.kind is not None or c.head is not None or not i or not CARRIED_OUT_AFTER.match(look.after):
        return False
    total = next((k for k in range(i - 1, -1, -1) if look.cands[k].kind and look.cands[k].value > c.value
                  and look.cands[k].parent is None), None)
    if total is None:
        return False
    c.set_kind(look.cands[total].kind, "inherit", "carried_out_by")
    c.parent = total
    return True


AMONG_THE_BEFORE = re.compile(r"\b(?:among|of)\s+(?:the|these|those)\s+$", I)
AMONG_THE_ARE = re.compile(r"\s+(?:are|were|included?|includes)\s+(?:at\s+least\s+|some\s+)?", I)


def among_the_toll_again(look: Look) -> bool:
    """"Among the 39 civilians are eight children and five women": the definite count after
    "among the" names a toll told before by its count; it takes that toll's kind, so the groups
    after it are read (it merges with that toll at the end: ``definite_restatements``; blind13 en
    001)."""
    c, ctx = look.c, look.ctx
    if c.kind is not None or c.head is None:
        return False
    prev = look.cands[look.i - 1] if look.i else None
    if prev is not None and prev.rule == "among_the_toll_again" and AMONG_THE_ARE.fullmatch(look.st, prev.np_end, c.start):
        c.set_kind(prev.kind, "inherit", "among_the_toll_again")  # "… are eight children"
        c.parent = look.i - 1
        return True
    if not AMONG_THE_BEFORE.search(look.near):
        return False
    for f in reversed(ctx.figures):
        if f.count == c.value and f.part_of is None and not (f.superseded or f.vague or f.derived):
            c.set_kind(f.kind, "inherit", "among_the_toll_again")
            return True
    return False


RAISED_IT_TO = re.compile(
    r"(?:,\s*|\s+)(?:and\s+|but\s+)?(?:(?:then|later|subsequently|before)\s+)*(?:(?:" + lex.RAISE_VERBS + r")\s+"
    r"(?:it|that|this|the\s+estimate|its\s+(?:figure|estimate|count))\s+(?:up\s+|down\s+)?to|"
    # "the official toll of 40, which later rose to 41": the toll itself went up
    r"which\s+(?:has\s+|had\s+)?(?:(?:then|later|since|subsequently)\s+)?(?:rose|risen|climbed|increased|jumped|went\s+up)\s+to)\s+"
    r"(?:between\s+)?(?:(?:at\s+least|more\s+than|over|about|nearly|some)\s+)?$", I)


def raised_it_to(look: Look) -> bool:
    """"HRW initially put the dead at between 160 and 190, then raised it to between 560 and 770",
    "first put the toll at 30, later raising it to 45": the count a pronoun's toll was raised
    (or lowered) to takes the kind of the last figure before it in the sentence, which it
    supersedes (with its parts, ``finalize``)."""
    c, i = look.c, look.i
    if c.kind is not None or not i or not RAISED_IT_TO.search(look.near):
        return False
    prev = next((k for k in range(i - 1, -1, -1) if look.cands[k].kind and look.cands[k].parent is None), None)
    if prev is None:
        return False
    c.set_kind(look.cands[prev].kind, "inherit", "raised_it_to")
    look.cands[prev].superseded = True
    return True


# "This brings to 18 the number of civilians, including seven children, killed by Russian forces",
# "bringing to 15 the number of aid workers killed": the count before the toll it names
BROUGHT_TO_BEFORE = Gated(re.compile(r"\b(?:brings?|bringing|brought|raises?|raising|raised|takes?|taking|took)\s+"
                                     r"(?:on\s+(?:" + lex.WEEKDAY + r")\s+)?to\s+"
                                     r"(?:(?:at\s+least|more\s+than|over|about|nearly|some)\s+)?$", I), needles=(" to",))
BROUGHT_TO_NUMBER_OF = re.compile(r",?\s*the\s+(?:total\s+)?(?:number|toll|tally|count)\s+of\s+(?P<v>[^.;:\d]{1,120}?)\s*,?\s*"
                                  r"(?P<k>" + "|".join(f"(?P<{k}>{v})" for k, v in lex.BROUGHT_TO_KINDS.items()) + r")\b", I)


BROUGHT_TO_DEATH_TOLL = re.compile(r",?\s*the\s+(?:overall\s+|total\s+)?death\s+toll\b", I)


def brought_to_number_of(look: Look) -> bool:
    """"This brings to 18 the number of civilians … killed by Russian forces": the count a sentence
    brings a toll to, before the toll it names; its kind from the toll's last words."""
    c = look.c
    if c.kind is not None or not BROUGHT_TO_BEFORE.search(look.near):
        return False
    m = BROUGHT_TO_NUMBER_OF.match(look.st, c.end)
    if not m:
        if BROUGHT_TO_DEATH_TOLL.match(look.st, c.end):  # "raised to 141 the death toll from Sunday's attacks"
            c.set_kind("killed", "toll", "brought_to_number_of")
            return True
        return False
    c.set_kind(next(k for k in lex.BROUGHT_TO_KINDS if m.group(k)), "toll", "brought_to_number_of")
    if not c.victims:
        c.victims = m.group("v").split(",")[0].strip()
    return True


KIND_RULES = [victims_involved, count_among_the_set, people_casualties, verb_to_death, of_the_counted, fate_unknown, whose_fate_unknown, brought_to_number_of, predicate, among_the_dead_held, died_of_wounds, wounded_who_died, bodies_of_people, driven_from_homes, still_held, bodies_found, bodies_received, bodies_received_with_wounded, casualties_received, with_wounds, refugees_moved, registered_as_dead, casualty_noun,
              injured_modifier, partitive_of_kind, partitive_sibling, lives_claimed, opening_partitive, trigger_before, lost_members, lost_kin, toll_clause, toll_opens_sentence, elided_toll, raised_it_to, toll_apposition, rest_of_toll,
              as_were_too, carried_out_by, victims_of_killing, kind_modifier, among_the_toll_again]


# a toll corrected to a figure, whatever its direction: "has been revised to 84", "was lowered to 31"
REVISED_TO_BEFORE = Gated(re.compile(r"\b(?:revised|lowered|corrected|reduced)\s+(?:(?:the|its|their)\s+(?:death\s+)?(?:toll|tally|count|figure)"
                                     r"(?:\s+[^.;,\d]{1,60}?)?\s+)?(?:(?:down|downward|downwards)\s+)?to\s+(?:[\w-]+\s+){0,2}$", I), needles=lex.REVISED_TO_NEEDLES)
# ("revised the death toll from the Easter Sunday bomb attacks down to 253")


def reached_toll(left: str) -> bool:
    """Whether the text just before a number makes it the toll reached ("has been revised to 84", "later
    rose to 41"): today's figure, never an earlier report however an "initially" before it reads."""
    return bool(REVISED_TO_BEFORE.search(left) or ROSE_TO_END.search(left))


# "killed at least 26 people …, officials said Wednesday, an early toll that rose through the day"
EARLY_TOLL_AFTER = re.compile(r",\s+(?:an?\s+|the\s+)?(?:early|earlier|initial|preliminary|provisional|first)\s+(?:death\s+)?"
                              r"(?:toll|figure|count|tally|estimate)\s+(?:that|which)\s+(?:later\s+|has\s+since\s+|had\s+since\s+|was\s+later\s+)?"
                              r"(?:rose|risen|climbed|grew|increased|raised|revised|updated)\b", I)


def earlier_report_tolls(figures: list) -> None:
    """An earlier toll ("X had said on Tuesday that nine people were killed", "Earlier, the
    mayor had reported 32 dead") is superseded when the same document states a larger toll
    of the same kind, or a toll of that kind corrected to a figure ("has been revised to 84" …
    "Earlier, the provincial government had put the number of dead at 101"); a report about
    another period ("last year", "in 2019") is not a draft of today's toll. In place, over the
    document's figures before ``finalize``. So is a toll told as early after it ("…, an early toll
    that rose through the day")."""
    largest: dict[str, int] = {}
    current: set[int] = set()  # the figures a toll was corrected or rose to: today's, never a draft
    corrected_kinds: set[str] = set()  # kinds with a toll corrected to a figure (whatever its direction)
    drafts: set[int] = set()  # the sentences of the earlier reports superseded here
    for k, f in enumerate(figures):
        if f.part_of is None and not f.superseded and not f.vague:
            largest[f.kind] = max(largest.get(f.kind, 0), f.count)
            left = f.sentence[max(0, f.start - f.sentence_start - 80):max(0, f.start - f.sentence_start)]
            if reached_toll(left):
                current.add(k)
                if REVISED_TO_BEFORE.search(left):
                    corrected_kinds.add(f.kind)
    for k, f in enumerate(figures):
        if f.part_of is not None:
            _earlier_count_of_part(figures, f)
            continue
        if k in current and not f.superseded and _step_of_a_revision(figures, k):
            f.superseded = True
            continue
        if f.superseded or f.derived or f.count == 1 or k in current \
                or (largest.get(f.kind, 0) <= f.count and f.kind not in corrected_kinds):
            continue  # one victim reported earlier ("had published … that a member … was killed") is no draft toll
        left = f.sentence[:max(0, f.start - f.sentence_start)]
        if (_earlier_report(left) or EARLIER_TOLL_REACHED.search(left[-60:]) or EARLY_TOLL_AFTER.search(f.sentence, f.end - f.sentence_start)) \
                and not OTHER_PERIOD.search(f.sentence):
            f.superseded = True
            drafts.add(f.sentence_start)
    if drafts:
        earlier_report_missing(figures, drafts)
    parts_of_earlier_tolls(figures)


def earlier_report_missing(figures: list, drafts: set[int]) -> None:
    """"The prosecutor's office had earlier spoken of 16 dead and 16 people unaccounted for" before "Three people
    remain missing" (blind71 en 006): once an earlier report's toll is superseded by a larger one (its sentence's
    start in ``drafts``), its count of the missing is a draft too where the document states a later count of the
    missing, whichever way it moved (the missing are found; the wounded of another day are not a revision)."""
    if not any(f.kind == "missing" and f.part_of is None and not f.superseded and f.sentence_start not in drafts for f in figures):
        return
    for f in figures:
        if f.kind == "missing" and f.sentence_start in drafts and not f.superseded and f.part_of is None and f.count > 1 \
                and _earlier_report(f.sentence[:max(0, f.start - f.sentence_start)]):
            f.superseded = True


def parts_of_earlier_tolls(figures: list) -> None:
    """"Rescuers had on Sunday counted 42 bodies, including 11 children" before a toll of 70: the
    breakdown of a superseded toll (same kind, same sentence) is superseded with it. In place."""
    for f in figures:
        old = figures[f.part_of] if f.part_of is not None else None
        if old is not None and old.superseded and not f.superseded and old.kind == f.kind \
                and old.sentence_start == f.sentence_start:
            f.superseded = True


def _earlier_report(left: str) -> bool:
    """An earlier report before a figure (``EARLIER_REPORT``), not reported speech ("saying it
    had so far documented 148"), unless an earlier day follows ("said it had reported on Monday")."""
    for m in EARLIER_REPORT.finditer(left):
        if not BACKSHIFT_SAYING.search(left, max(0, m.start() - 80), m.start()) or EARLIER_DAY.search(left, m.start()):
            return True
    return False


def _step_of_a_revision(figures: list, k: int) -> bool:
    """"Authorities had initially reported 30 deaths on Tuesday night, a figure that climbed to 116 on
    Wednesday" before "By Thursday, the toll stood at 118": the toll a report rose to, in a sentence
    telling earlier reports, is a step of the revision when a larger toll of its kind and of one event
    follows it closely (``lex.REVISION_STEP_REACH`` characters), not today's figure."""
    f = figures[k]
    left = f.sentence[:max(0, f.start - f.sentence_start)]
    if f.scope != "event" or not _earlier_report(left) or OTHER_PERIOD.search(f.sentence):
        return False
    for g in figures[k + 1:]:  # in text order: stop past the reach (linear on a long text)
        if g.start - f.end > lex.REVISION_STEP_REACH:
            return False
        if g.kind == f.kind and g.count > f.count and g.part_of is None and not g.superseded and not g.vague \
                and g.scope == "event":
            return True
    return False


def _earlier_count_of_part(figures: list, f) -> None:
    """"has risen to 37, while the Observatory had documented on Monday the deaths of 22 of
    them": a part of a revised toll reported by a pluperfect with an earlier day is an earlier
    count of the same toll (superseded), not a subset of it; so is a toll of its own told as an
    earlier report ("Earlier reports had put the number of dead at around 100", blind16 en 015)."""
    parent = figures[f.part_of]
    if f.superseded or f.derived or parent.kind != f.kind or parent.count <= f.count:
        return
    own_toll = f.rule == "toll_clause"  # "Earlier reports had put the number of dead at around 100": a toll of its own
    if not (own_toll or parent.revision or ROSE_TO_END.search(parent.sentence[:max(0, parent.start - parent.sentence_start)])):
        return
    left = f.sentence[max(0, parent.end - f.sentence_start):max(0, f.start - f.sentence_start)]
    m = EARLIER_REPORT.search(left)
    if m and (EARLIER_DAY.search(left, m.start()) or own_toll) and not OTHER_PERIOD.search(f.sentence):
        f.superseded, f.part_of = True, None


def superseded_toll(look: Look) -> bool:
    """An earlier toll with no kind of its own ("a previous toll of 40") is a death toll; "up from
    315,000" right after a figure of another kind is of that kind ("1,041,000 people have fled their
    homes, up from 315,000": displaced)."""
    c = look.c
    if c.superseded and c.kind is None and look.i + 1 < len(look.cands) and STEP_TO_AFTER.match(look.st, c.end):
        return False  # "rose from 3,000 to 5,000": of the kind of the step's end (``step_start_kinds``)
    if c.superseded and c.kind is None:
        before = look.cands[look.i - 1] if look.i else None
        kind = before.kind if before is not None and before.kind and UP_FROM_GAP.fullmatch(look.st, before.np_end,
                                                                                       c.start) else "killed"
        c.set_kind(kind, "toll", "superseded_toll")
        return True
    return False


def part_of_casualties(st: str, c: Candidate) -> bool:
    """"children made up 41 of the casualties" (blind76 en): a part of the dead and the wounded together, with no word
    of death near, is of no one kind (no figure), as wire "casualties" are (``casualty_noun``)."""
    return (c.partitive or "").lower().split()[-1:] == [lex.CASUALTIES_NOUN] \
        and not DEATH_CONTEXT.search(st, max(0, c.start - 100), c.np_end + 100)


def step_start_kinds(st: str, cands: list[Candidate]) -> None:
    """"The number of displaced people rose from 3,000 to 5,000" (blind74 en): the count a toll rose from is an earlier
    toll of the kind of the count it rose to."""
    for c, nxt in zip(cands, cands[1:]):
        if c.superseded and c.kind is None and nxt.kind and STEP_TO_AFTER.match(st, c.end) and nxt.start - c.end < 30:
            c.set_kind(nxt.kind, "toll", "superseded_toll")


# what stands between a figure and the earlier count it was raised from ("…, up from 315,000")
UP_FROM_GAP = re.compile(r"[^.;:\d]{0,60}?\b(?:up|down|rising|risen|increased)\s+from\s+", I)


PAIR_AND = re.compile(r"\s*(?:\w+\s+)?and\s*(?:(?:about|some|nearly|around|more\s+than|over|at\s+least)\s+)?")
# "10 dead and 100", "52 killed and 87", "276 dead and about 300 injured"


def pair_of_earlier_toll(st: str, cands: list[Candidate]) -> None:
    """"raising its earlier toll of 10 dead and 100 wounded", "up from 52 killed and 87 wounded": the
    count of another kind after a bare "and" in an earlier toll's pair is as old as the one before it;
    "earlier reports of 60 and then 90 dead": a count "then" after an earlier one was one too."""
    for prev, c in zip(cands, cands[1:]):
        if not prev.superseded or c.superseded or not c.kind or not prev.kind:
            continue
        gap = st[prev.np_end:c.start]
        if (c.kind != prev.kind and PAIR_AND.fullmatch(gap)) or (c.kind == prev.kind and THEN_GAP.fullmatch(gap)):
            c.superseded = True


THEN_GAP = re.compile(r"\s*,?\s*(?:and\s+)?then\s+(?:to\s+)?", I)  # "… of 60 and then 90 dead", "21 dead, then 38"


def breaks_clause(fill: str) -> bool:
    """Whether the words between a toll noun and its number leave the clause."""
    return bool(CLAUSE_LEFT.search(fill)) or bool(CLAUSE_BREAK.search(fill)) and not TIME_PREP_FILL.fullmatch(fill)


# where the clause of a toll ends: "The tally included 79 children and 16 women, while 280 others were injured"
# (a quote closed after a comma, or ", adding that": what follows is another statement, blind59 en 011)
NEXT_CLAUSE = re.compile(r";|,\s*(?:while|whereas|but|adding|and\s+that)\b|,[\"\u201d]", I)  # ", and that 58 wounded …" (blind75 en)


def own_clause(st: str, end: int) -> str:
    """The sentence up to the end of the clause that holds the number ending at ``end``: the
    words a toll's kind is read from (blind14 en 004: the tally of the dead, then the injured)."""
    m = NEXT_CLAUSE.search(st, end)
    return st[:m.start()] if m else st


def toll_kind(toll: str, st: str, fill: str = "", before: Optional[str] = None) -> str:
    """The kind a toll phrase counts ("the number of injured" → injured; "the tally" in a
    sentence about the wounded only → injured, about custody only → detained; a count with no kind
    in its clause, the kind of the figure ``before`` it in the sentence: "initially said 25 service
    members were hurt, then raised the count to 34", blind47 en 014; otherwise killed)."""
    t = toll.lower()
    if WHO_DIED.match(fill):
        return "killed"  # "the number of detainees who died under torture"
    total = TOTAL_OF_KIND.search(fill)
    if total:
        t = total.group(0).lower()  # "the figure …, bringing the total displaced … to"
    for kind, words in TOLL_NOUN_KIND_RULES:
        if words.search(t):
            return kind
    if COUNT_NOUN.search(t) and not DEATH_NOUN_STEM.search(t) and not KILLING_WORD.search(st):
        for kind, words in COUNT_SENTENCE_KIND_RULES:
            if words.search(st):
                return kind
        if before is not None:
            return before
    return "killed"


# --------------------------------------------------------------------------- link rules
# How a candidate attaches to the one before it in the sentence: ``rule(st, prev, c, gap)``
# where ``gap`` is the text between them without trailing qualifiers. ``LINK_RULES`` are
# tried in order; the first that fires gives the link ("subset", "coord", "items",
# "ellipsis", or None for none).

def set_then_member(st: str, prev: Candidate, c: Candidate, gap: str) -> bool:
    """"Of the 30 hostages, 12 remain": the set the next number is taken from, not its sibling."""
    return bool(OF_THE_SET_BEFORE.search(st[max(0, prev.start - 20):prev.start])) and bool(CLAUSE_THEN_COMMA.fullmatch(gap))


def toll_makeup(st: str, prev: Candidate, c: Candidate, gap: str) -> bool:
    """"the 14 dead included three women", "among the 27 dead are six women": the make-up of a toll."""
    return (prev.head or "").lower() in lex.TOLL_HEADS and bool(TOLL_MAKEUP_GAP.fullmatch(gap))


def along_with(st: str, prev: Candidate, c: Candidate, gap: str) -> bool:
    """"28 gunmen were among the dead, along with four civilians": a sibling after the predicate."""
    m = ALONG_WITH_GAP.fullmatch(gap)
    return bool(m) and bool(PRED.match(m.group("pred")))


IN_NAMED_PLACE = re.compile(r"\s+in\s+(?:the\s+)?(?P<p>[A-Z][\w'’-]*)")  # "… in Lebanon", "… in the Golan": the name
PART_TO_NEXT_ITEM = re.compile(r"[^.;:\d]{0,80}?(?:,\s*(?:and\s+)?|\s+and\s+)")  # what stands between a part and the next item
# "500 people in Lebanon, most of them fighters but including over 100 civilians": an aside on the
# set's make-up, then its part
MOST_BUT = re.compile(r",\s*(?:most|many|mostly|the\s+majority)\b[^,.;:()\d]{1,50}?\s+but\s*$", I)


def subset_marker(st: str, prev: Candidate, c: Candidate, gap: str) -> bool:
    """"40 civilians, including 9 children", "(…", "among them", "of whom", "most of them X but including"."""
    m = SUBSET_END.search(gap)
    if not m:
        return False
    aside = MOST_BUT.search(gap, 0, m.start())
    if aside:
        gap = gap[:aside.start()] + ", " + gap[m.start():]
        m = SUBSET_END.search(gap)
    return bool(m) and (short_gap(gap, SUBSET_END, m) or bool(PREDICATE_THEN_BRACKET.fullmatch(gap, 0, m.start())))


# "117 people were injured (including 15 children)" (blind66 en 007): a bracket opened right after the count's own
# predicate is its breakdown
PREDICATE_THEN_BRACKET = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:were|was|have\s+been|had\s+been|are|is)\s+(?:[\w-]+\s+){0,2}?"
                                    r"(?:killed|wounded|injured|hurt|arrested|detained|displaced|missing|dead)\s*\(\s*", I)
DASH_CLOSE = re.compile(r"\s*[\u2013\u2014]\s*(?:and|while|but)\s")  # a dash closing an aside, then a new clause


# kin after "whose" are told of on their own; kin after "in front of me and" saw it
WHOSE_START = re.compile(r"whose\b", I)
WITNESS_GAP = re.compile(r"\bin\s+front\s+of\s+(?:me|him|her|us|them)\s+and\s*$", I)
# a person who speaks or lost someone is a witness or a survivor, no sibling of the victims before
WHO_SPOKE_AFTER = re.compile(r"\s+who\s+(?:later\s+)?(?:said|says|told|recalled|described|lost|survived|escaped)\b", I)


def coordination(st: str, prev: Candidate, c: Candidate, gap: str) -> bool:
    """"10 women and 12 children", "13 X, 16 Y" (not "two men tried to stop him, and one of
    them was killed": a part of the set after a clause is no sibling of it)."""
    if c.partitive in lex.ANAPHORIC_PARTITIVES and not prev.partitive and len(WORD_RUN.findall(gap)) > 3:
        return False
    if c.partitive in lex.RELATIVE_PARTITIVES:
        return False  # "87 (including two children and one woman), 71 of whom were …": a part of the set, no sibling
    if DASH_CLOSE.match(gap):
        return False  # "Four people were killed – three students and a teacher – and 50 others were wounded"
    if WHOSE_START.match(st, c.start):
        return False  # "a contractor, whose father and brother … managed to escape": kin told of on their own
    if WITNESS_GAP.search(gap):
        return False  # "killed my husband in front of me and our son": the son saw it
    if c.singular and WHO_SPOKE_AFTER.match(st, c.np_end):
        return False  # "a teenager who said he had lost two cousins, and a man who said his nephew was missing"
    aside = ASIDE_START.match(gap) or DOING_RELATIVE_ASIDE.match(gap)
    gap = gap[aside.end():] if aside else gap  # "312 members of ISIS, most of them foreigners, and 96 fighters"
    m = COORD_END.search(gap)
    return (bool(m) and short_gap(gap, COORD_END, m)) or (gap.strip() == "" and bool(prev.head))


# "They are 25 SDF members; 52 tribal gunmen; and 19 civilians": a breakdown opened with no colon
THEY_ARE_OPEN = re.compile(r"\s*(?:they|these|the\s+(?:dead|victims|killed))\s+(?:are|were)\s+", I)


def semicolon_items(st: str, prev: Candidate, c: Candidate, gap: str) -> bool:
    """"…as follows: 93 civilians; 52 soldiers …; and 4 members", "They are 25 X; 52 Y; and 19 Z", "(50
    civilians; 21 soldiers)": items after a colon, "they are", or inside one pair of brackets."""
    if not ITEMS_GAP.search(gap):
        return False
    opened = THEY_ARE_OPEN.match(st)
    bracket = st.rfind("(", 0, prev.start)
    return ":" in st[:prev.start] or (opened is not None and opened.end() <= prev.start) \
        or (bracket >= 0 and ")" not in st[bracket:c.start])


# "Syrian regime forces: 29; Russian forces: 6; ISIS: 3": label-and-count rows run on one line
LABEL_ROW_GAP = re.compile(r"\s*;\s*(?:and\s+)?[^;:\d\n]{1,80}:\s*$", I)
AFTER_LABEL_COLON = re.compile(r":\s*$")


def semicolon_label_rows(st: str, prev: Candidate, c: Candidate, gap: str) -> bool:
    """"Syrian regime forces: 29; Russian forces: 6; other parties: 44": each row after a
    semicolon is a label and its count, like the first one."""
    return bool(LABEL_ROW_GAP.fullmatch(gap)) and bool(AFTER_LABEL_COLON.search(st, max(0, prev.start - 3), prev.start))


def subset_after_predicate(st: str, prev: Candidate, c: Candidate, gap: str) -> bool:
    """"11 million people have been displaced across Sudan …, including 2.9 million"; "47
    people who were collecting truffles, including 29 civilians"."""
    m = SUBSET_AFTER_PRED.search(gap)
    if not m or len(gap) >= 220 or CLAUSE_SPLIT.search(gap) or (c.singular and m.group().lstrip().startswith("(")):
        return False  # (a bracket after a predicate opens a breakdown of counts; "(a woman and her two children)" is read as kin)
    before = ABBREVIATION_DOTS.sub(" ", gap[:m.start()])  # "the U.N.-brokered truce": no clause break
    return not CLAUSE_BREAK_BEFORE_SUBSET.search(before) or bool(WHO_RELATIVE.fullmatch(before))


def ellipsis(st: str, prev: Candidate, c: Candidate, gap: str) -> bool:
    """"20 people were killed on Monday and 30 on Tuesday", "… in Hama and three others in Idlib"."""
    return (c.head is None or c.head.lower() in lex.ELLIPSIS_HEADS) and not c.singular and not c.partitive \
        and bool(ELLIPSIS_GAP.search(gap)) \
        and not CLAUSE_SPLIT.search(gap) and bool(PREP_AFTER.match(st, _past_aside(st, c.np_end if c.head else c.end)))


ALL_OF_THEM_ASIDE = re.compile(r",\s*(?:all|both|most|many|some|several)\s+of\s+(?:them|whom)\s+[^,.;:\d]{1,40},", I)


def _past_aside(st: str, pos: int) -> int:
    """Where the text after a victims phrase goes on past an aside on them ("four others, all of them
    regime soldiers, in an ambush")."""
    m = ALL_OF_THEM_ASIDE.match(st, pos)
    return m.end() if m else pos


LINK_RULES = [(None, set_then_member), ("subset", toll_makeup), ("subset", subset_marker), ("coord", coordination), ("items", semicolon_items), ("items", semicolon_label_rows),
              ("subset", subset_after_predicate), ("ellipsis", ellipsis), ("coord", along_with)]


def links(st: str, cands: list[Candidate]) -> list[Optional[str]]:
    """``link[i]``: how ``cands[i]`` attaches to ``cands[i - 1]`` (``LINK_RULES``)."""
    out: list[Optional[str]] = [None] * len(cands)
    for i in range(1, len(cands)):
        prev, c = cands[i - 1], cands[i]
        gap = QUAL_TAIL.sub("", st[prev.np_end:c.start])
        out[i] = next((name for name, rule in LINK_RULES if rule(st, prev, c, gap)), None)
    return out


OF_PHRASE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")  # a victims noun's "of" phrase naming a body


def short_gap(gap: str, end_rx: re.Pattern, m: Optional[re.Match] = None) -> bool:
    """Whether the words before a link marker stay inside the phrase (no clause between);
    ``m``: ``end_rx.search(gap)`` when the caller has it already."""
    m = m or end_rx.search(gap)
    filler = gap[:m.start()]
    if len(filler) > (80 if end_rx is SUBSET_END else 70 if OF_PHRASE.match(filler) else 45):
        return False  # "231 members of the Ministry of Defence and General Security, and 250 gunmen": an "of" phrase may be longer
    return not CLAUSE_WORDS.search(BRACKETED.sub(" ", filler))


# --------------------------------------------------------------------------- document rules
# Rules over the figures of a whole document, before ``finalize``.

HEADLINE_LINE = re.compile(r"\s*[^\n]{1,220}?(?<![.!?])\s*")


def _same_categories(a: list[str], b: list[str]) -> bool:
    a, b = set(a) - {"unknown"}, set(b) - {"unknown"}
    return not a or not b or bool(a & b)


def _restates_headline(h, b) -> bool:
    """Whether body figure ``b`` states the fact of headline figure ``h`` (same kind and
    count, categories that agree, neither an old toll nor vague)."""
    return h.kind == b.kind and h.count == b.count and h.count_max == b.count_max and not b.superseded \
        and not b.vague and not b.derived and _same_categories(h.victim_categories, b.victim_categories)


def headline_restatements(figures: list, text: str) -> list:
    """The headline line restates the body: "Gunmen kill 2 civilians in Tafas" … "Two
    civilians were shot dead"; "kill 23, including 17 soldiers" … "killing 17 soldiers and
    six militiamen". ``merge_restated`` leaves these apart (a count of one or two without a
    place; a part of a total in one and a top-level count in the other), so the headline's
    figure gives way to the body's, its parts moved over. Returns the figures without them."""
    end = text.find("\n")
    if end < 0 or not text[end:].strip() or not HEADLINE_LINE.fullmatch(text[:end]):
        return figures  # no headline line of its own
    heads = [i for i, f in enumerate(figures) if f.start < end and not (f.superseded or f.vague or f.derived)]
    taken: set[int] = set()
    drop: dict[int, int] = {}
    for i in heads:
        h = figures[i]
        j = next((j for j, b in enumerate(figures) if b.start > end and j not in taken and _restates_headline(h, b)), None)
        small_or_moved = h.count <= 2 or (h.part_of is None) != (figures[j].part_of is None) if j is not None else False
        if j is not None and small_or_moved:
            taken.add(j)
            drop[i] = j
    return _restated_by(figures, drop)


LABEL_RULES = frozenset({"kind_label", "total_label"})


def label_restatements(figures: list, text: str) -> list:
    """"Gunmen shot dead a former commander in Nawa. Fatalities: 1." — a label line's count
    that repeats the one figure of the same kind stated before it on the same line (event
    notes in the ACLED style) is that figure again: the label's figure is dropped."""
    drop = set()
    for i, f in enumerate(figures):
        if f.rule not in LABEL_RULES or f.part_of is not None:
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        same = [g for g in figures[:i] if g.start >= line_start and g.kind == f.kind and g.part_of is None
                and not (g.superseded or g.vague)]
        if len(same) == 1 and same[0].count == f.count and not any(g.part_of == i for g in figures):
            drop.add(i)
    return _without(figures, drop)


LIST_ROW_RULES = frozenset({"list_under_header", "kind_label", "total_label", "table_column", "inline_list"})


def list_restatements(figures: list, text: str) -> list:
    """"Syrian Democratic Forces: 121, including 15 children" … "the Syrian Democratic Forces
    detained 15 children in order to conscript them": a sentence that states a row of a list
    before it again (the row's label before the number in the same sentence, the same kind,
    count and victims) restates that row; its figure is dropped."""
    drop = set()
    rows: dict[tuple, list] = {}  # the list rows by kind, count and victims, in text order
    for g in figures:
        if g.rule in LIST_ROW_RULES:
            rows.setdefault((g.kind, g.count, tuple(g.victim_categories)), []).append(g)
    with_parts = {g.part_of for g in figures if g.part_of is not None}
    for i, f in enumerate(figures):
        if f.rule in LIST_ROW_RULES or f.part_of is not None or f.superseded or f.derived or i in with_parts:
            continue
        before = f.sentence[max(0, f.start - f.sentence_start - 120):max(0, f.start - f.sentence_start)].lower()
        for g in rows.get((f.kind, f.count, tuple(f.victim_categories)), ()):
            if g.start >= f.start:
                break
            label = LINE_LABEL.match(text[text.rfind("\n", 0, g.start) + 1:g.start])
            name = LEADING_THE.sub("", label.group(1).strip().lower()) if label else ""
            if len(name) >= 3 and name in before:
                drop.add(i)
                break
    return _without(figures, drop)


def row_restating_toll(figures: list) -> list:
    """"… the number of Alawite civilians killed … to 1,383" … "The overall toll … has risen to 1,864, distributed
    as follows: / Civilians: 1,383" (blind62 en 001): a list row that breaks down a later total, with the kind and
    count of a top-level toll an earlier sentence states (a count of ``lex.RESTATED_ROW_MIN`` or more, where a
    coincidence is unlikely), is that toll again: the row is dropped (the toll stays as it was told, top-level: a
    revision linked to it stays linked). Returns the figures without those rows."""
    tolls: dict[tuple, int] = {}  # (kind, count) -> the first top-level toll stated
    drop = set()
    for i, f in enumerate(figures):
        if f.rule in LIST_ROW_RULES and f.part_of is not None and f.count >= lex.RESTATED_ROW_MIN and not f.superseded:
            k = tolls.get((f.kind, f.count))
            if k is not None and figures[k].sentence_start != f.sentence_start and k != f.part_of \
                    and figures[f.part_of].count > f.count:
                drop.add(i)
        elif f.part_of is None and not (f.superseded or f.derived or f.vague):
            tolls.setdefault((f.kind, f.count), i)
    return _without(figures, drop)


def definite_restatements(figures: list, text: str) -> list:
    """"Two civilians were martyred …. The two martyrs were workers", "including five who died due
    to torture …. Of the five victims who died due to torture, four …": a count after the definite
    article that an earlier sentence states with the same kind takes that toll up again, not a new
    one: dropped, its parts moved to the earlier figure. Returns the figures without them."""
    drop: dict[int, int] = {}
    for i, f in enumerate(figures):
        if f.superseded or f.vague or f.derived or f.part_of is not None \
                or not THE_BEFORE.search(text, max(0, f.start - 8), f.start):
            continue
        j = next((j for j, g in enumerate(figures[:i]) if g.sentence_start < f.sentence_start
                  and (g.kind, g.count) == (f.kind, f.count) and not (g.superseded or g.vague)), None)
        if j is not None:
            drop[i] = j
    return _restated_by(figures, drop)


def _restated_by(figures: list, drop: dict[int, int]) -> list:
    """The figures without those at the keys of ``drop``, each restating the figure at its value:
    the parts of a dropped figure move to the one it restates (following a chain of them)."""
    for f in figures:
        while f.part_of in drop:
            f.part_of = drop[f.part_of]
    return _without(figures, set(drop))


def _without(figures: list, drop: set) -> list:
    """The figures without those at the indices ``drop``, ``part_of`` re-indexed."""
    if not drop:
        return figures
    return reindex_figures(figures, [i for i in range(len(figures)) if i not in drop])


REVISED_FIGURE = Gated(re.compile(r"\b(?:revised|updated|corrected|raised|lowered)\s+(?:the|its|their|that)\s+"
                                  r"(?:death\s+|casualty\s+)?(?:figure|toll|count|tally|number)\b", I), needles=lex.REVISED_FIGURE_NEEDLES)


# "Army troops arrested nine people …. By Friday evening the number of arrested had reached 19": the
# toll of the sentence before, raised
ROSE_IN_NEXT = Gated(re.compile(r"\b(?:toll|number|tally|count)\b[^.;:\d]{0,60}?\b(?:rose|risen|climbed|increased|reached|jumped|mounted)"
                                r"\s+(?:to\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+)?$", I), needles=lex.TOLL_WORD_NEEDLES, also=lex.ROSE_NEEDLES)


def revised_in_next_sentence(figures: list) -> None:
    """"21 passengers had been martyred …. The ISPR revised the figure, saying 26 hostages had lost
    their lives": a figure after "revised the figure" supersedes the figures of its kind, top-level,
    of the sentence right before its own (and their parts; blind13 en 016). In place."""
    by_sentence = by_sentence_start(figures)
    starts = sorted(by_sentence)
    old = set()
    for f in figures:
        lead = f.sentence[:max(0, f.start - f.sentence_start)]
        if f.superseded or f.part_of is not None:
            continue
        rose = ROSE_IN_NEXT.search(lead) is not None
        if not rose and not REVISED_FIGURE.search(lead):
            continue
        if rose and any(figures[i].superseded and figures[i].kind == f.kind for i in by_sentence[f.sentence_start]):
            continue  # "had put the toll at 12; the toll rose to 15": its earlier toll is in its own sentence
        k = bisect_left(starts, f.sentence_start)
        before = starts[k - 1] if k else None
        old |= {i for i in by_sentence.get(before, ()) if figures[i].kind == f.kind and figures[i].part_of is None
                and figures[i].count != f.count and not (figures[i].superseded or figures[i].derived)
                and (figures[i].scope == f.scope or _close_counts(figures[i].count, f.count))
                and (not rose or 1 < figures[i].count < f.count)}
    _supersede_with_parts(figures, old)


# "… spoke of some 20 dead; by the weekend the government had put the figure at 70. The UN count, released two
# weeks later, replaced both.": the figures of the sentence before, replaced by a count told elsewhere
REPLACED_THEM = Gated(re.compile(r"\b(?:replaced|superseded|replacing|superseding)\s+(?P<n>both|them\s+both|the\s+two|"
                                 r"all\s+three|the\s+three|those\s+(?:two|three)\s+(?:figures|counts|tolls))\b", I),
                      needles=lex.REPLACED_NEEDLES)


def replaced_in_next_sentence(figures: list, text: str) -> None:
    """A sentence that says a count "replaced both" (the two, all three) earlier tolls, and states none:
    the top-level figures of the sentence right before it, when they are that many and of one kind,
    are superseded, with their parts (blind46 en 004). In place."""
    by_sentence = by_sentence_start(figures)
    starts = sorted(by_sentence)
    old: set = set()
    for m in REPLACED_THEM.finditer(text):
        k = bisect_left(starts, m.start())
        if not k:
            continue
        tops = [i for i in by_sentence[starts[k - 1]] if figures[i].part_of is None and not figures[i].derived]
        if not tops or starts[k - 1] + len(figures[tops[0]].sentence) > m.start():
            continue  # the sentence before holds no toll, or the match is in its own sentence
        many = next(lex.REPLACED_HOW_MANY[w] for w in m.group("n").lower().split() if w in lex.REPLACED_HOW_MANY)
        if len(tops) == many and len({figures[i].kind for i in tops}) == 1:
            old.update(tops)
    for i in old:
        figures[i].superseded = True
    for k, g in enumerate(figures):
        if g.part_of in old:  # "The dead included a two-week-old baby": a part of the toll that stands
            g.part_of = nearest_parent(figures, k, top_level=True)
            g.superseded = g.part_of is None and g.sentence_start == figures[min(old)].sentence_start


def total_of_several_perpetrators(figures: list) -> None:
    """"14 arrests of journalists: nine by Russian authorities … and five by Ukrainian authorities": a total
    whose parts name two perpetrators or more has none of its own (it had taken the nearest part's). In place."""
    parts: dict = {}
    for f in figures:
        if f.part_of is not None and f.perpetrator:
            parts.setdefault(f.part_of, set()).add(f.perpetrator)
    for i, names in parts.items():
        if len(names) > 1 and figures[i].perpetrator in names:
            figures[i].perpetrator = None


def _close_counts(a: int, b: int) -> bool:
    """Two tolls near enough for one to revise the other whatever scope each was read with (100 and
    121), unlike an event's toll and a war's running total (20 and 38,443)."""
    return max(a, b) <= lex.REVISION_RATIO * max(1, min(a, b))


def _supersede_with_parts(figures: list, old: set) -> None:
    """Flags the figures at ``old`` superseded, and their parts with them. In place."""
    for i, g in enumerate(figures):
        if i in old or g.part_of in old:
            g.superseded = True


CIVILIAN_STAFF = re.compile(r"\b(?:" + lex.CIVILIAN_SERVICES + r")\s+(?:" + "|".join(sorted(lex.STAFF_NOUNS)) + r")\b", I)
CASUALTIES_WORD = re.compile(r"\bcasualt(?:y|ies)\b", I)


def combined_casualties(figures: list) -> list:
    """"5,183 civilian casualties (1,659 killed and 3,524 injured)": "casualties" that a breakdown
    right after them splits into the killed and the injured, summing to them, are both together
    (the dev README's ``other``), not a toll of the dead; they are dropped, the parts stay (blind13
    en 011). Without such a breakdown "casualties" keeps its reading."""
    drop = set()
    by_sentence = by_sentence_start(figures)
    for i, f in enumerate(figures):
        if f.kind != "killed" or f.derived or not CASUALTIES_WORD.search(f.victims or ""):
            continue
        near = [g for g in (figures[k] for k in by_sentence[f.sentence_start])
                if f.end <= g.start <= f.end + lex.BREAKDOWN_REACH and g.part_of in (None, i)]
        killed = [g.count for g in near if g.kind == "killed"]
        injured = [g.count for g in near if g.kind == "injured"]
        if killed and injured and killed[0] + injured[0] == f.count:
            drop.add(i)
    return _without(figures, drop)


DISASTER_LEAD = re.compile(lex.DISASTER_LEAD, I)
WAR_CUE = re.compile(r"\b(?:" + lex.WAR_CUES + r")\b", I)
LEAD_LINE = re.compile(r"[^\n]{0,300}")


def disaster_report(figures: list, text: str) -> list:
    """"… three days after a powerful earthquake struck" … "The White Helmets said 1,900 people
    had been confirmed dead": a bulletin whose opening line names a natural disaster and no act
    of war reports the disaster's toll; the figures of its sentences that name no act of war
    (no attack, shelling, forces …) are not conflict casualties and are dropped."""
    lead = LEAD_LINE.match(text.lstrip()).group()
    if not DISASTER_LEAD.search(lead) or WAR_CUE.search(lead):
        return figures
    return _without(figures, {i for i, f in enumerate(figures) if not WAR_CUE.search(f.sentence)})


# where the posts of a feed start: a time stamp on a line of its own (a live blog) or opening a line of
# text ("08:05 Search and rescue work went on …", blind59 en 010), or a thread's post number opening a line
# ("2/ Sunday morning. …")
POST_START = re.compile(r"^[ \t]*(?:\d{1,2}:\d{2}(?:[ \t]*$|[ \t]+(?:[\u2013\u2014-][ \t]+)?(?=[A-Z]))|\d{1,2}/(?=[ \t]))", re.M)
# ("09:40 – Police spokesman … tells reporters", blind78 en)
# an update paragraph after a report: "Update, 14:20: …", "UPDATE (Jan 17): …", "[Updated at 9 p.m.] …"
UPDATE_START = re.compile(r"^[ \t]*\[?[ \t]*(?:UPDATED?|Update[ds]?)\b(?=[^\n]{0,30}?[:\]\u2014\u2013-])", re.M)
# a toll given as the newest ("toll now 40 dead", "The State Emergency Service now says 35 people were killed", blind65
# en) or the last ("Final figures: 45 killed; 20 people
# still missing": it replaces the earlier tolls of its kinds, smaller or larger)
FEED_NOW = re.compile(r"\b(?:toll|figures?|count)\s+(?:is\s+)?now\b|\bnow\s+stands?\s+at\b|\bnow\s+(?:says|said|reports|puts)\b", I)
ANY_PLACE = "*"  # feed_updates: the key of the largest update count whatever its place
FEED_FINAL = re.compile(r"\bfinal\s+(?:figures|toll|count|tally|numbers)\b", I)


def feed_updates(figures: list, text: str) -> None:
    """"17:58 … 2 people are known to have been killed and 33 injured" … "21:30 … The number of dead
    has risen to 6, the number of injured to 40": in a feed of posts under timestamp lines (or a
    thread's numbered posts), a toll that has risen ("risen to", "toll now 40 dead", "bringing the toll
    to") supersedes the smaller top-level tolls of its kind in the earlier posts, and a final one ("Final
    figures: … 20 people still missing") every earlier toll of its kind; their parts go with them. An
    "Update" paragraph after a report is such a post (one is enough), and the parts of a toll it raises
    stay, as parts of the raised toll ("has risen to 45, including six children" … "Update, 14:20: …
    bringing the death toll to 46": six children of 46; blind57 en 006). In place."""
    stamps = [m.start() for m in POST_START.finditer(text)]
    added = [m.start() for m in UPDATE_START.finditer(text)]
    posts = sorted((stamps if len(stamps) > 1 else []) + added)
    if not posts:
        return
    updates = []  # (the start of the update's post, kind, count, final, the figure)
    for i, f in enumerate(figures):
        k = bisect_left(posts, f.start)
        if not k or f.superseded or f.part_of is not None:
            continue
        lead = max(0, f.start - f.sentence_start)
        final = bool(FEED_FINAL.search(f.sentence, 0, lead))
        if final or REVISION.search(f.sentence, 0, lead) or FEED_NOW.search(f.sentence, 0, lead) \
                or RUNNING_TOTAL.search(f.sentence, 0, lead):
            updates.append((posts[k - 1], f.kind, f.count, final, i))
    fighters = lex.FIGHTERS_CATEGORY
    of_fighters = any(fighters in figures[i].victim_categories for *_, i in updates)
    # a figure is old when an update of its kind sits in a later post with a larger count, or is final, and
    # names no other place ("The toll in Dnipro has risen to 35" leaves "one person was killed in Marhanets"):
    # one sweep from the end, keeping per kind and place the largest update count (and any final) seen so far
    updates.sort(reverse=True)
    largest: dict[tuple, float] = {}  # (kind, the update's place or None; ANY_PLACE: every update) -> count
    old: set[int] = set()
    u = 0
    for k in sorted(range(len(figures)), key=lambda i: figures[i].start, reverse=True):
        g = figures[k]
        while u < len(updates) and updates[u][0] > g.start:
            _, kind, count, final, i = updates[u]
            for key in ((kind, figures[i].place), (kind, ANY_PLACE)):
                largest[key] = max(largest.get(key, -1), math.inf if final else count)
            u += 1
        over = max(largest.get((g.kind, g.place), -1), largest.get((g.kind, None), -1)) if g.place \
            else largest.get((g.kind, ANY_PLACE), -1)
        if g.count < over and g.part_of is None and not (g.superseded or g.vague) \
                and (of_fighters or fighters not in g.victim_categories):  # the attackers' dead are no draft of the victims' toll
            old.add(k)
    _supersede_with_parts(figures, old)
    raised = sorted((post, i) for post, _, _, final, i in updates if post in added and not final)
    _parts_to_raised_toll(figures, old, raised)


def _parts_to_raised_toll(figures: list, old: set, raised: list) -> None:
    """The parts of the tolls at ``old`` become parts of the first toll an update paragraph after them
    raised (``raised``: (post start, index), in order) of their kind and larger, unless that toll has
    parts of its own. In place."""
    if not raised:
        return
    has_parts = {g.part_of for g in figures}
    for g in figures:
        if g.part_of not in old:
            continue
        to = next((i for post, i in raised if post > g.start and i not in has_parts
                   and figures[i].kind == g.kind and figures[i].count > g.count), None)
        if to is not None:
            g.part_of, g.superseded = to, False


DOUBLE_HYPHEN = re.compile(r"(?<=\s)--(?=\s)")


def double_hyphens_as_dashes(text: str) -> str:
    """"13 Cambodians had died -- eight civilians and five soldiers -- and 71 …" read with a dash (" \u2014",
    same length): the typewriter dash of wire copy opens an aside as a dash does (blind56 en 002)."""
    return DOUBLE_HYPHEN.sub(" \u2014", text) if "--" in text else text


def dot_leaders_as_colons(text: str) -> str:
    """"Russian forces ....... 22" read as "Russian forces:        22" (same length, so every
    offset stays an offset into the text): a dot-leader row is a label line."""
    return DOT_LEADER.sub(lambda m: ":" + " " * (len(m.group()) - 1), text) if "...." in text else text

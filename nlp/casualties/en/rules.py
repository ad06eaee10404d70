"""English rules for the casualty extractor: named patterns over the lexicon.

Each pattern is named after what it finds or rules out: vetoes (a number that is a
unit, a date, an age, money, a rate, a release), kind rules (a predicate after the
victims, a trigger before the number, a casualty noun, a toll clause), link rules
(coordination, subsets, lists, tables) and attributes (qualifier, manner,
perpetrator, place, time). The words come from ``nlp.casualties.en.lexicon``; the
reading loop that applies the rules is in ``nlp.casualties.english`` over the shared
types of ``nlp.casualties.engine``.
"""

from __future__ import annotations

import re

from nlp.casualties.en import lexicon as lex

I = re.IGNORECASE

NEGATED = re.compile(r"\b(?:unable|not|no|never|cannot|couldn['’]t|failed|without)\b", I)
# victims phrase after a number: up to four modifiers, then a head noun
NP = re.compile(
    r"(?P<lead>[ \t\u00a0]*(?:[\"“”']\s*)?)"
    r"(?P<mods>(?:(?=[a-z]+[ \t\u00a0]+(?:and|or)[ \t\u00a0])(?!" + lex.STOP_MOD + r"\b|" + lex.NUM_WORD + r"\b|" + lex.HEAD_RX + r"\b|dead\b|wounded\b|injured\b|missing\b)"
    r"[a-z]+[ \t\u00a0]+(?:and|or)[ \t\u00a0]+(?=(?!" + lex.HEAD_RX + r"\b|" + lex.NUM_WORD + r"\b|" + lex.STOP_MOD + r"\b|dead\b|wounded\b|injured\b|missing\b)"
    r"[a-z]+[ \t\u00a0]+" + lex.HEAD_RX + r"(?![\w-])))?"
    r"(?:(?!" + lex.STOP_MOD + r"\b)[\w’'\-/]+[ \t\u00a0]+){0,4}?)"
    r"(?P<head>" + lex.HEAD_RX + r")(?![\w-])"
    r"(?P<coord>\s+(?:and|or)\s+(?:(?!" + lex.NUM_WORD + r"\b|\d|" + lex.STOP_MOD + r"\b)[\w’'\-/]+\s+){0,2}?"
    r"(?!(?:injured|wounded|dead|missing|displaced|detained|deaths|fatalities|casualties|injuries|others)\b)"
    + lex.HEAD_RX + r"(?![\w-]))?"
    r"(?P<ext>\s+(?:of|from|affiliated with|loyal to|belonging to)\s+(?:the\s+)?"
    r"(?:[\w’'\-/]+\s+){0,3}(?i:forces|army|regime|militias?|group|factions|ISIS|IS|Daesh|Hezbollah|SDF|police|"
    r"organi[sz]ation|Front|Council|Committees|units|brigades?|family|families)\b"
    r"(?:\s+(?:and|or)\s+(?:[\w’'\-/]+\s+){0,2}?(?i:militias?|forces|fighters|groups|factions|members|militiamen))?)?",
)
PARTITIVE = re.compile(
    r"\s*(?:at\s+least\s+)?(?:out\s+)?of\s+(?P<what>them|whom|those|these|the\s+(?:total(?:\s+(?:death\s+)?(?:toll|number))?|"
    r"number|overall\s+toll|death\s+toll|toll|dead|deceased|killed|victims|fatalities|casualties|deaths|killings|wounded|injured|"
    r"detainees|arrested|missing|displaced))\b",
    I,
)
CASES = re.compile(r"\s*(?:cases|incidents)\s+of\s+(?:arbitrary\s+|enforced\s+)?(?P<k>arrests?|detentions?|arrest/detention|"
                    r"abductions?|kidnappings?|disappearances?|enforced\s+disappearances?)\b", I)
WERE_HEAD = re.compile(r"\s+(?:are|were)\s+(?P<h>" + lex.HEAD_RX + r")\b(?!\s+(?:of|from|in|by|who|that|and\s+(?:were|are)))")
ARE_HEAD = re.compile(r"\s*(?:,\s*)?(?:(?:are|were)\s+)?(" + lex.HEAD_RX + r")\b")
OF_HEAD = re.compile(r"\s*(?:out\s+)?of\s+(?:the|their|its|his|our)?\s*(?P<h>" + lex.HEAD_RX + r")\b")
POST_QUAL = re.compile(r"\s*(?P<q>at\s+least|or\s+more|at\s+a\s+minimum)\b", I)
BARE_OK = re.compile(
    r"\s*(?:$|(?:to|-|–|and)\s*(?=\d)|to\s+flee\b|(?=" + lex.SAYS_ARE + r")|,?\s*the\s+(?:total\s+)?(?:number|toll|death\s+toll|count)\s+of\b|[.,;:)\]\u2014\u2013\"”]|-\s|(?:in|at|near|outside|inside|across|around|from|on|during|since|by|"
    r"and|or|as|after|while|when|so|this|last|yesterday|today|overnight|were|was|have|had|has|are|is|"
    r"killed|dead|died|wounded|injured|hurt|arrested|detained|missing|displaced|taken|captured|others?|more|remain|remained|remains|who\s+(?:were|was|had|have|died|fled)|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|under|aged)\b)",
    I,
)
PROPORTION = re.compile(r"\b" + lex.SMALL_NUM + r"\s+(?:in|out\s+of)\s+(?:every\s+)?(?:" + lex.SMALL_NUM[3:-1] + r"|hundred)\b"
                         r"(?=\s*(?:of\b|[,.;:)]|$|(?:people|children|residents|Gazans|Palestinians|Syrians|Sudanese|Yemenis)\b))", I)
UNIT_AFTER = re.compile(
    r"[ \t\u00a0-]*(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|km|kilomet|"
    r"met(?:er|re)s?|miles?|%|percent|per\s*cent|dollars|usd|euros?|pounds|liras?|syp|tons?|tonnes|kg|"
    r"am\b|pm\b|a\.m|p\.m|o['’]clock|times|fold|x\b|-year|year-old|years-old|storey|floors?)",
    I,
)
LEFT_BLOCK = re.compile(
    r"(?:\b(?:resolution|division|brigade|regiment|battalion|article|no\.?|unit|route|highway|road|page|corps|"
    r"squadron|camp|gate|code|flight|paragraph|chapter|section|phase|level|grade|number|nos?|item|district|"
    r"sector|building|block|area|zone|region|aged|age|ages|age of|ages of|aged between|aged from|"
    r"the age of|version|model|vol\.?|volume|issue)|[$€£#№]|US\$|\bUSD)\s*$",
    I,
)
RELEASE_LEFT = re.compile(r"(?<!\bto\s)\b(?:release|releasing|released|freed|freeing|free|exchange|swap|swapped|return|returned|"
                           r"identified|identifying|identification\s+of|buried|burying|burial\s+of|recovered|retrieved|exhumed|"
                           r"handover|handed\s+over|evacuation|evacuated|rescue|rescued|repatriation|repatriated)"
                           r"(?:\s+of)?(?:\s+(?:the|a\s+further|another|at\s+least|about|some|more\s+than|over|nearly))*\s*$", I)
# not war casualties: disease and natural disasters
DISEASE = re.compile(r"\b(?:cholera|disease|covid|coronavirus|malnutrition|famine|measles|outbreak|epidemic|dengue|malaria|"
                      r"floods?|flooding|flash\s+floods|earthquakes?|quakes?|tremors?|storm|hurricane|cyclone|tsunami|"
                      r"landslides?|wildfires?|heatwave)\b", I)
SPECULATIVE = re.compile(r"\b(?:could|may|might|would|will|expected\s+to|likely\s+to|feared\s+to|set\s+to)\s+"
                          r"(?:rise|reach|climb|exceed|top|increase|surpass|hit|grow|double)"
                          r"(?:\s+(?:to|above|beyond|past|over|at))?(?:\s+(?:about|around|nearly|more\s+than|over))?\s*$", I)
AGE_RANGE_LEFT = re.compile(r"\b(?:aged?|ages)\s+(?:from\s+|between\s+)?\S+\s*(?:to|and|-|–)\s*$", I)
RATE = re.compile(r"^[^.;,(\[\d]{0,40}?(?:(?<!within\s)(?<!in\s)(?<!for\s)(?<!over\s)\b(?:a|per|each)|every)\s+(?:day|week|month|hour)\b|^[^.;]{0,25}\bdaily\b", I)
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
    r"|(?:on\s+)?(?:last\s+)?" + lex.WEEKDAY +
    r"|yesterday|today|last\s+night|tonight|this\s+morning"
    r")\b",
    I,
)
DURATION = re.compile(r"\b\d+\s+(?:days|hours|weeks|months|years)\b", I)
PRED = re.compile(r"^" + lex.AUX + r"\b(?P<v>" + "|".join(f"(?P<{k}>{v})" for k, v in lex.KIND_V.items()) + r")\b", I)
# "Two gunmen killed three people", "A soldier shot dead a teenager": an active verb with an object
ACTIVE_VERB = re.compile(r"killed|shot\s+dead|gunned\s+down|murdered|massacred|executed|assassinated|beheaded|slain|"
                          r"wounded|injured|maimed|arrested|detained|abducted|kidnapped|captured|displaced|uprooted", I)
ACTIVE_OBJECT = re.compile(r"\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+|around\s+|over\s+)?"
                            r"(?:\d|(?:a|an|the|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                            r"\w+teen|twenty|thirty|forty|fifty|several|dozens|scores|hundreds|thousands|many|two|both)\b)"
                            r"(?![\s\w-]{0,12}\b(?:day|days|week|weeks|month|months|year|years|night|nights|hours?|morning|"
                            r"afternoon|evening|time|previous|following|same|next|last|past|earlier|later|before|after|ago)\b)", I)
PASSIVE_AUX = re.compile(r"\b(?:were|was|are|is|been|be|being|got|get|gets|who|that)\b", I)
COMBINED = re.compile(r"^\s*(?:and|or|&|/)\s*(?:were\s+|been\s+)?(?:" + lex.INJURED_V + r"|" + lex.KILLED_V + r")\b", I)
LEFT = re.compile(r"\b(?P<t>" + "|".join(f"(?P<{k}>{v})" for k, v in lex.LEFT_KIND.items()) + r")" + lex.FILLER + r"$", I)
NEUTRAL_LEFT = re.compile(
    r"\b(?:left|leaving|leaves|claimed|claiming|resulted\s+in|resulting\s+in|caused|causing|documented|recorded|"
    r"reached|reaching|rose\s+to|raised\s+to|raising\s+to|bringing\s+to|risen\s+to|rising\s+to|climbed\s+to|jumped\s+to|increased\s+to|mounted\s+to|"
    r"hit|stands\s+at|stood\s+at|there\s+(?:are|were))" + lex.FILLER + r"$",
    I,
)
TOLL_LEFT = re.compile(
    r"\b(?P<toll>(?:death|casualty|fatality|final|overall|new|updated|total)?\s*(?:toll|tally|count|figure)|numbers?\s+of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:dead|deaths|victims|fatalities|killed|died|executed|martyrs|casualties|"
    r"injured|wounded|injuries|detainees|arrests|arrested|displaced|missing))"
    r"(?P<fill>[^.;:!?]{0,160}?)\b(?:rose|risen|rising|climbed|jumped|increased|mounted|reached|hit|stood|stands|"
    r"was|is|were|are|at|to|of|includes?|including|remains?|became|surpassed|exceeded|topped)" + lex.FILLER + r"$",
    I,
)
REVISION = re.compile(r"\b(?:rose|risen|rising|climbed|jumped|increased|mounted|updated|new\s+toll|revised|raised)\b", I)
SUPERSEDED = re.compile(
    r"\b(?:(?:had\s+(?:earlier\s+|previously\s+|initially\s+)?(?:given|put|reported|announced|said|stated)|earlier|previous|"
    r"initial|preliminary|first|prior|old)\s+(?:reports?\s+(?:had\s+)?(?:said|put|gave|suggested|indicated)(?:\s+that)?|"
    r"(?:death\s+|casualty\s+)?(?:toll|figure|count|tally|estimate)\s+(?:that\s+|which\s+)?(?:had\s+)?(?:put|given|placed|set)\s+[^.;]{0,40}?\s(?:at|as)|"
    r"(?:a\s+|an\s+|the\s+|its\s+)?(?:death\s+|casualty\s+)?(?:toll|figure|count|tally)"
    r"(?:\s+(?:of|at|was|stood\s+at|as))?)|up\s+from|down\s+from|revised\s+(?:up|down)\s+from|(?:had\s+)?previously\s+reported|"
    r"had\s+(?:earlier\s+|previously\s+|initially\s+|first\s+)(?:reported|said|announced|stated)(?:\s+that)?|"
    r"had\s+(?:reported|said|announced|stated)\s+(?:earlier|previously|initially)(?:\s+that)?)"
    + lex.FILLER + r"$",
    I,
)
APPOSITION_TOLL = re.compile(
    r"^\s*,?\s*(?:which\s+is\s+)?the\s+(?:total\s+)?(?:number|toll|death\s+toll|count)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?P<w>casualties|dead|deaths|victims|fatalities|killed|martyrs|injured|wounded|detainees|arrested|displaced|bodies)\b"
    r"(?:\s+(?P<died>killed|executed|who\s+died|who\s+were\s+killed|who\s+were\s+executed|recovered|retrieved|found|pulled|received))?",
    I,
)
# links between neighbouring numbers
CLAUSE_WORDS = re.compile(
    r"\b(?:were|was|are|is|have|has|had|been|while|whereas|but|after|when|which|who|said|says|according|"
    r"killed|killing|wounded|wounding|injured|injuring|died|dead|arrested|detained|displaced|missing|left|leaving|"
    r"including|among|of\s+whom|of\s+them)\b|[.;:!?]",
    I,
)
COORD_END = re.compile(r"(?:,\s*(?:and|as\s+well\s+as|along\s+with|plus|in\s+addition\s+to)?|\band|\bas\s+well\s+as|"
                        r"\balong\s+with|\bplus|&|\bin\s+addition\s+to|\bbesides|\btogether\s+with)\s*[\u2014\u2013-]*\s*"
                        r"(?:(?:his|her|their|its)\s+)?$", I)
SUBSET_END = re.compile(
    r"(?:\(|\[|^\s*:|^\s*(?:(?:were|was|have\s+been|had\s+been)\s+(?:killed|wounded|injured|arrested|detained|displaced|executed)\b)?\s*(?:(?:in|on|during|over|across|for|since|last|this)\s[^.;:!?\d()]{1,40})?:|\bthey\s+(?:are|were)(?:\s+as\s+follows)?\s*:?|\bas\s+follows\s*:|\bnamely|\bincluding(?:\s+(?:a|an|one|the)\s+(?:family|group)\s+of)?|\bincl\.|\bamong\s+(?:them|whom|those)|\bof\s+(?:whom|them|which)|\bwith|"
    r"\bmostly|\bmainly|\bmost\s+of\s+them|\bin\s+addition\s+to)\s*(?:were|are|was|is|being)?\s*$",
    I,
)
# "Of these, 121 were …", "Of those, 33 …" at the start of the sentence after a figure: a subset of it
OF_THESE = re.compile(r"^\s*of\s+(?:these|those)(?:\s+(?:cases|arrests|deaths|victims|casualties|people|individuals))?\s*,?\s*"
                       r"(?:at\s+least\s+|about\s+|some\s+|nearly\s+)?$", I)
PARALLEL_GAP = re.compile(r"\s+(?:were|was)\s+[^.;:\d]{1,80}?,\s*(?:while|whereas|and)\s+(?:another\s+)?$", I)
PARTITIVE_SIBLING_GAP = re.compile(r"\s+(?:were|was)\s+[^.;:\d,]{1,60}?(?:\s*,\s*(?:and\s+|while\s+)?|\s+(?:and|while|whereas)\s+)$", I)
SUBSET_CROSS = re.compile(
    r"(?:^\s*(?:they|these)\s+(?:are|were|include[ds]?)\b|"
    r"\b(?:the\s+(?:remaining|other)|out\s+of\s+(?:the\s+)?total|within\s+the\s+total|of\s+the\s+total|among\s+(?:the\s+)?(?:dead|victims|them|those\s+killed|the\s+total|wounded|injured|killed|fatalities)|"
    r"of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:dead|victims|fatalities|killed)\s*,?\s*(?:there\s+(?:are|were))?|the\s+(?:dead|victims|fatalities|bodies)\s+includ(?:e|ed|es)(?:\s+(?:those|that)\s+of)?)\b)"
    r"(?:\s+(?:number\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?)?\s*,?\s*(?:(?:there\s+)?(?:were|are|was|is)\s+)?"
    r"(?:at\s+least\s+|about\s+|some\s+|only\s+|nearly\s+)?$",
    I,
)
SUBSET_AFTER_PRED = re.compile(r",\s*(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|"
                                r"they\s+(?:are|were)(?:\s+as\s+follows)?\s*:?)\s*(?:were|are)?\s*$", I)
CLAUSE_SPLIT = re.compile(r";|\b(?:while|whereas|but|however|meanwhile)\b", I)
LABEL_START = re.compile(r"^(?![^:\n]*\b(?:has|have|had|was|were|is|are|rose|risen|[Aa]ccording|said)\b)[^:\n]{1,140}?:{1,2}\s*\S")
# "Daraa province: SOHR activists reported that five children were killed ..." is a dateline
# before a sentence, not a table line: a table line's value follows its colon at once, or the
# rest of the line is a few words ("Civilians: 832", "Killed:: twelve", "Total: 512, among them ...")
LABEL_VALUE = re.compile(r":{1,2}\s*(?:\*\*\s*)?(?:(?:at\s+least|about|around|nearly|some|over|more\s+than|up\s+to)\s+)?"
                          r"(?:[\d\u0660-\u0669]|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundreds?|dozens?|thousands?)\b)", I)
SENTENCE_AFTER_LABEL = re.compile(r":{1,2}\s*(?:\S+\s+){6,}")
HEADER_WORDS = re.compile(r"\b(?:as\s+follows|distributed|breakdown|broken\s+down)\b", I)
MAYBE_NUMBER = re.compile(
    r"\d|[\u0660-\u0669\u06f0-\u06f9]|\b(?:an?|one|single|another|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|scores|tens)\b", I)
# "Civilians - 15", "• Fighters — 60": a label and a number joined by a dash, alone on a line
DASH_LABEL = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]\s*)?[A-Za-z][^:\n\d]{0,60}?\s+[\u2014\u2013-]\s+\d[\d,.]*\s*$")
NUMBER_LINE = re.compile(r"^\s*\d[\d,.]*\s+[A-Za-z][^\d.:;!?]{0,50}$")
TITLE_LINE = re.compile(r"^\s*[A-Z][\w’'()\- ]{0,40}$")
BULLET_LINE = re.compile(r"^\s*[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]")
QUALIFIER = [
    ("at_least", re.compile(r"\b(?:at\s+least|no\s+(?:less|fewer)\s+than|not\s+less\s+than|a\s+minimum\s+of)\s*$", I)),
    ("more_than", re.compile(r"\b(?:more\s+than|over|upwards\s+of|in\s+excess\s+of|exceeding)\s*$", I)),
    ("about", re.compile(r"\b(?:about|around|nearly|almost|some|approximately|approx\.|roughly|close\s+to|an\s+estimated|estimated|up\s+to\s+about)\s*$", I)),
    ("up_to", re.compile(r"\b(?:up\s+to|as\s+many\s+as)\s*$", I)),
]
QUAL_TAIL = re.compile(r"(?:\b(?:at\s+least|more\s+than|over|about|around|nearly|almost|some|approximately|"
                        r"up\s+to|as\s+many\s+as|another|a\s+further|further)\s*)+$", I)
ELLIPSIS_GAP = re.compile(r"(?:\band|,)\s*(?:about|some|nearly|another|at\s+least|more\s+than)?\s*$", I)
LABEL_KIND = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]\s*)?(?P<k>killed|dead|deaths|fatalities|"
                         r"injured|wounded|injuries|missing|detained|arrested|arrests|abducted|displaced)\s*:{1,2}\s*\S", I)
# "Total fatalities documented: 412", "Overall toll: 96", "Killed: 12" above bullet lines: a total
# whose breakdown follows
TOTAL_LABEL = re.compile(r"^\s*(?:[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–#]\s*)*(?P<lab>[A-Za-z][A-Za-z’' ()/-]{0,60}?)\s*:{1,2}\s*(?:\*+\s*)?"
                          r"(?:at\s+least\s+|about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?\d[\d,.]*(?:\s+[a-z]+)?\s*\.?\s*$", I)
TOTAL_WORD = re.compile(r"^\s*(?:total|overall|cumulative|grand\s+total)\b", I)
NEXT_BULLET = re.compile(r"\s*\n\s*[\u2022\u25aa\u25cf\u2023\u2043\u25e6\u00b7*\-–]\s*(?:[A-Za-z][^:\n]{0,60}:{1,2}\s*\S|"
                          r"\d[\d,.]*\s+[A-Za-z]|[A-Za-z][^:\n\d]{0,60}?\s+[\u2014\u2013-]\s+\d)")
RANGE = re.compile(r"^\s*(?:-|–|to|and)\s*$", I)
BETWEEN = re.compile(r"\b(?:between|from)\s*$", I)
SINGULAR = re.compile(
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
POSS_KIN = re.compile(r"\b(?P<det>his|her|their)\s+(?P<mods>)(?P<head>son|daughter|wife|husband|brother|sister|father|mother|"
                       r"child|nephew|niece|cousin|grandson|granddaughter|grandmother|grandfather|uncle|aunt|companion|aide|bodyguard|driver)(?![\w-])", I)
# "a woman and her two daughters", "a commander and two of his aides": one group, counted together
KIN_COORD = re.compile(r"^(?:\s+of\s+[^,.;:\d]{1,40}?)?(?:\s+and|\s*,(?:\s*and)?)\s+(?:(?:his|her|their)\s*$|$)", I)
KIN_OF = re.compile(r"^of\s+(?:his|her|their)\b", I)
# "12 bodies were recovered", "the bodies of 7 people were found": the dead, counted where they are found
BODIES_FOUND = re.compile(r"^\s*(?:who\s+[^,.;:\d()]{1,50}?\s+(?=(?:were|was)\s))?(?:(?:were|have\s+been|had\s+been|was)\s+(?:later\s+|also\s+)?)(?:recovered|found|retrieved|pulled|brought\s+(?:in|to)|received|taken\s+to|"
                           r"exhumed|discovered|unearthed)\b", I)
# "hospitals received 51 bodies", "crews retrieved 13 bodies", "rescuers pulled out 12 bodies": the dead too
BODIES_ACTIVE = re.compile(r"\b(?:received|receiving|receives|retrieved|retrieving|retrieves|recovered|recovering|recovers|"
                            r"pulled|pulling|pulls|exhumed|found|finding|discovered|collected|brought\s+in|took\s+in)"
                            r"(?:\s+(?:out|in|up))?\s+(?:(?:the|another|a\s+further|an\s+additional|at\s+least|more\s+than|over|about|"
                            r"some|nearly|around|a\s+total\s+of|(?:its|their|his|her)\s+\w+\s*,)\s+)*$", I)
# "78 of them Palestinian, four Israeli and three Lebanese": nationality adjectives in a breakdown
DEMONYM_AFTER = re.compile(r"\s+(?P<h>(?-i:[A-Z][a-z]{2,}(?:i|ian|an|ese|ish|ch)))(?=\s*(?:[,.;)]|and\b|$))")
BODIES_AFTER = re.compile(r"\s+(?:more\s+)?(?:bodies|corpses)\b", I)
BODIES_OF = re.compile(r"\b(?:bodies|corpses|remains)\s+of\s+(?:the\s+)?(?:at\s+least\s+|some\s+|about\s+|another\s+)?$", I)
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
PERP_SUBJ = re.compile(r"(?<![\w-])(?P<h>" + lex.ACTOR_HEAD + r")\s+(?:(?!were\b|was\b|been\b|be\b|are\b|is\b)\w+\s+)?"
                        r"(?:killed|executed|shot|murdered|kidnapped|abducted|arrested|is\s+responsible|are\s+responsible|was\s+responsible)\b")
SUBJ_WORDS = re.compile(r"(?:(?:the|[A-Z][\w’'\-/]*|[a-z][\w’'\-/]*-[\w’'\-/]+|pro-\w+|unidentified|unknown|other|armed|regime|government|Russian|Turkish|Israeli|Iranian|Syrian|terror|terrorist)\s+){0,4}$")
PLACE = re.compile(
    r"\b(?:in|at|near|outside|inside)\s+(?P<p>(?:the\s+)?(?:(?:al|el|Al|El)-)?[A-Z][\w’'\-]+(?:[\s-]+(?:(?:al|el)-\w+|[A-Z][\w’'\-]+|city|town|village|district|province|governorate|countryside|neighbou?rhood|camp|area|region|desert|suburb)){0,4})"
)
NOT_PLACE = re.compile(r"^(?:the\s+)?(?:" + lex.DATE_NOUNS + r"|" + lex.WEEKDAY + r"|Syrian\s+Observatory|SOHR|SNHR|UN|U\.N|Reuters|AFP|A|An|The|His|Her|Their|This)\b", I)
CUMULATIVE = re.compile(r"\b(?:since|so\s+far|to\s+date|in\s+total|total|overall|cumulative|throughout|monthly|annual|until\s+(?:now|this\s+moment|today))\b", I)
NON_VICTIM_VERB = re.compile(r"^[\s,]*(?:members?\s+)?(?:(?:had|have|has)\s+been\s+|were\s+|was\s+)?(?:said|says|told|reported|added|stated|announced|confirmed|denied|claimed\s+responsibility|withdrew|withdrawn|surrendered|escaped|identified|buried|recovered|rescued|evacuated|handed\s+over|discharged|treated|defected|joined|attacked|participated|took\s+part|released|freed|returned|deployed|arrived|were\s+deployed|were\s+released|were\s+freed)", I)
CELL = re.compile(r"[^|]+")
TABLE_RULE = re.compile(r"^[\s|:\-]+$")
TOTAL_ROW = re.compile(r"^\s*(?:\**\s*)?(?:total|overall|all|sum)\b", I)
VICTIM_WORD = re.compile(r"\b(?:(?i:" + "|".join(sorted(lex.HEADS, key=len, reverse=True)) + r")|" + lex.PEOPLE_PLURAL + r")\b")
# "Rif Dimashq", "Aleppo countryside", "Deir Ezzor and Raqqa", "Al-Hasakah"
PLACE_LABEL = re.compile(r"(?!(?:Other|Unknown|Unidentified|Total|Landmines?|Gunfire|Shelling|Torture)\b)[A-Z][\w’'-]*"
                          r"(?:[\s,]+(?:[A-Z][\w’'-]*|(?:al|el)-[\w’'-]+|and|of|countryside|province|governorate|city|town|"
                          r"village|district|desert|region|area|camp|suburbs?|outskirts))*")
OF_THE_SET = re.compile(r"\s+of\s+(?:the|these|those)\s+", I)
# "bringing to 47 the number of bodies recovered", "raising the death toll to 23": a running total
RUNNING_TOTAL = re.compile(r"\b(?:bring(?:ing|s)?|brought|rais(?:ing|es|ed)|push(?:ing|es|ed)|tak(?:ing|es)|took)\s+"
                            r"(?:the\s+[^.;:!?\d]{0,80}?\s)?to\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|around\s+)?$", I)
WORD = re.compile(r"[A-Za-z]+")

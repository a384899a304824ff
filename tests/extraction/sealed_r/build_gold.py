#!/usr/bin/env python3
"""Build gold_r.json for sealed set R from the annotation below, and check it against the texts.

Usage: python3 build_gold.py            (writes gold_r.json next to this file, exits 1 on a failed check)

Annotation conventions (after /work/shared/eval/README.md and the seeds / set K gold):
- persons: public officials acting in office or for a state; aliases are spellings seen in the
  articles (every alias is checked to occur, diacritics/punctuation folded); the canonical name
  must occur too, unless listed in CANONICAL_NOT_IN_TEXT (standard spellings of names that the
  articles give in an older romanisation or only by title + surname).
- events: one per encounter; core = stated plainly with who and what, background = recalled in
  passing. Dates resolved against the dateline; null where the article has no dateline and the
  date is relative or lacks a year. Month precision is written YYYY-MM, year precision YYYY.
- participant_roles is an extra map per event, ignored by the scorer.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")

FOLD_EXTRA = str.maketrans({"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss",
                            "’": "'", "‘": "'", "`": "'"})


def fold(text):
    text = unicodedata.normalize("NFKD", (text or "").translate(FOLD_EXTRA))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^a-z0-9 ]+", " ", text.lower())
    return " ".join(text.split())


# ---- office patterns -------------------------------------------------------------------------
PRES = r"\bpresident\b"
PM = r"prime minister|premier"
FM = r"foreign minister|minister of foreign affairs|foreign affairs minister"
AMB = r"ambassador|envoy|high commissioner"
SPOKES = r"spokes"


def office(title, pattern, country):
    return {"title": title, "pattern": pattern, "country": country}


def person(name, country, aliases, offices):
    return {"name": name, "country": country, "aliases": aliases, "offices": offices}


PERSONS = [
    # r01 Ethiopia-Eritrea 2018
    person("Abiy Ahmed", "ET", ["Abiy"], [office("Prime Minister of Ethiopia", PM, "ET")]),
    person("Isaias Afwerki", "ER", ["Isaias"], [office("President of Eritrea", PRES, "ER")]),
    person("Yemane Gebremeskel", "ER", ["Gebremeskel"],
           [office("Information Minister of Eritrea", r"information minister|minister of information", "ER")]),
    person("Fitsum Arega", "ET", ["Fitsum"],
           [office("Chief of Staff to the Prime Minister", r"chief of staff", "ET")]),
    person("Osman Saleh", "ER", [], [office("Foreign Minister of Eritrea", FM, "ER")]),
    person("Yemane Gebreab", "ER", [], [office("Senior adviser to the President", r"advis", "ER")]),
    # r02 Somalia-Kenya 2020
    person("Uhuru Kenyatta", "KE", ["Kenyatta"], [office("President of Kenya", PRES, "KE")]),
    person("Osman Abukar Dubbe", "SO", ["Dubbe"],
           [office("Information Minister of Somalia", r"information minister|minister of information", "SO")]),
    # Somaliland has no ISO code: the person is SO, the office country is left open (null)
    person("Muse Bihi Abdi", "SO", [], [office("President of Somaliland", PRES, None)]),
    person("Cyrus Oguna", "KE", ["Oguna"], [office("Government Spokesman", SPOKES, "KE")]),
    person("Mohamud Ahmed Nur", "SO", [], [office("Ambassador of Somalia to Kenya", AMB, "SO")]),
    person("Lucas Tumbo", "KE", ["Tumbo"], [office("Ambassador of Kenya to Somalia", AMB, "KE")]),
    person("Ismail Omar Guelleh", "DJ", [], [office("President of Djibouti", PRES, "DJ")]),
    person("Mohamed Abdullahi Mohamed", "SO", ["Farmaajo"], [office("President of Somalia", PRES, "SO")]),
    # r03 Iraq-Syria 2006
    person("Walid al-Moualem", "SY", ["Moualem"], [office("Foreign Minister of Syria", FM, "SY")]),
    person("Hoshyar Zebari", "IQ", ["Zebari"], [office("Foreign Minister of Iraq", FM, "IQ")]),
    person("Nuri al-Maliki", "IQ", [], [office("Prime Minister of Iraq", PM, "IQ")]),
    person("Jalal Talabani", "IQ", ["Talabani"], [office("President of Iraq", PRES, "IQ")]),
    person("Mahmoud Ahmadinejad", "IR", [], [office("President of Iran", PRES, "IR")]),
    person("Bashar al-Assad", "SY", ["Assad"], [office("President of Syria", PRES, "SY")]),
    person("Sean McCormack", "US", ["McCormack"], [office("State Department spokesman", SPOKES, "US")]),
    # r04 Israel-Jordan 1994
    person("Bill Clinton", "US", ["Clinton"], [office("President of the United States", PRES, "US")]),
    person("Yitzhak Rabin", "IL", ["Rabin"], [office("Prime Minister of Israel", PM, "IL")]),
    person("Abdul-Salam al-Majali", "JO", [], [office("Prime Minister of Jordan", PM, "JO")]),
    person("King Hussein", "JO", ["Hussein"], [office("King of Jordan", r"\bking\b|monarch", "JO")]),
    person("Ezer Weizman", "IL", [], [office("President of Israel", PRES, "IL")]),
    person("Hafez al-Assad", "SY", ["Assad"], [office("President of Syria", PRES, "SY")]),
    person("Richard Nixon", "US", ["Nixon"], [office("President of the United States", PRES, "US")]),
    person("Warren Christopher", "US", ["Christopher"],
           [office("Secretary of State", r"secretary of state", "US")]),
    # r05 Esquipulas II 1987
    person("Óscar Arias", "CR", ["Oscar Arias Sanchez", "Óscar Arias Sánchez", "Oscar Arias", "Arias"],
           [office("President of Costa Rica", PRES, "CR")]),
    person("Vinicio Cerezo", "GT", ["Cerezo"], [office("President of Guatemala", PRES, "GT")]),
    person("José Napoleón Duarte", "SV", ["Jose Napoleon Duarte", "Duarte"],
           [office("President of El Salvador", PRES, "SV")]),
    person("José Azcona Hoyo", "HN", ["Jose Azcona Hoyo", "Azcona"],
           [office("President of Honduras", PRES, "HN")]),
    person("Daniel Ortega", "NI", ["Ortega"], [office("President of Nicaragua", PRES, "NI")]),
    person("Miguel d'Escoto", "NI", [], [office("Foreign Minister of Nicaragua", FM, "NI")]),
    person("Charles Redman", "US", ["Redman"], [office("State Department spokesman", SPOKES, "US")]),
    person("Ronald Reagan", "US", ["Reagan"], [office("President of the United States", PRES, "US")]),
    person("Jim Wright", "US", ["Wright"],
           [office("Speaker of the House of Representatives", r"speaker", "US")]),
    # r06 North American Leaders' Summit 2021
    person("Joe Biden", "US", ["Biden"], [office("President of the United States", PRES, "US")]),
    person("Justin Trudeau", "CA", ["Trudeau"], [office("Prime Minister of Canada", PM, "CA")]),
    person("Andrés Manuel López Obrador", "MX",
           ["Andres Manuel Lopez Obrador", "López Obrador", "Lopez Obrador"],
           [office("President of Mexico", PRES, "MX")]),
    person("Kamala Harris", "US", ["Harris"], [office("Vice President of the United States", r"vice president", "US")]),
    person("Marcelo Ebrard", "MX", ["Ebrard"], [office("Foreign Minister of Mexico", FM, "MX")]),
    person("Donald Trump", "US", ["Trump"], [office("President of the United States", PRES, "US")]),
    person("Jen Psaki", "US", ["Psaki"], [office("White House Press Secretary", r"press secretary|spokes", "US")]),
    person("Barack Obama", "US", [], [office("President of the United States", PRES, "US")]),
    person("Enrique Peña Nieto", "MX", ["Enrique Pena Nieto"], [office("President of Mexico", PRES, "MX")]),
    # r07 ASEAN envoy to Myanmar 2021
    person("Erywan Yusof", "BN", ["Erywan"], [
        office("Second Minister of Foreign Affairs of Brunei",
               FM + r"|second minister", "BN"),
        office("ASEAN Special Envoy to Myanmar", r"envoy", None)]),
    person("Wunna Maung Lwin", "MM", [], [office("Foreign Minister (junta-appointed)", FM, "MM")]),
    person("Min Aung Hlaing", "MM", [], [
        office("Commander-in-Chief, junta chief", r"junta|commander|senior general|military|armed forces|chief", "MM"),
        office("Prime Minister of the caretaker government", PM, "MM")]),
    person("Joko Widodo", "ID", [], [office("President of Indonesia", PRES, "ID")]),
    person("Hassanal Bolkiah", "BN", ["Sultan Hassanal Bolkiah"],
           [office("Sultan of Brunei", r"sultan|\bking\b|monarch", "BN")]),
    person("Retno Marsudi", "ID", [], [office("Foreign Minister of Indonesia", FM, "ID")]),
    person("Saifuddin Abdullah", "MY", [], [office("Foreign Minister of Malaysia", FM, "MY")]),
    person("Zaw Min Tun", "MM", [], [office("Military spokesman", SPOKES, "MM")]),
    # r08 Thailand-Cambodia 2003
    person("Thaksin Shinawatra", "TH", ["Thaksin"], [office("Prime Minister of Thailand", PM, "TH")]),
    person("Chatchawed Chartsuwan", "TH", ["Chatchawed"],
           [office("Ambassador of Thailand to Cambodia", AMB, "TH")]),
    person("Surakiart Sathirathai", "TH", ["Surakiart"], [office("Foreign Minister of Thailand", FM, "TH")]),
    person("Ung Sean", "KH", [], [office("Ambassador of Cambodia to Thailand", AMB, "KH")]),
    person("Hun Sen", "KH", [], [office("Prime Minister of Cambodia", PM, "KH")]),
    person("Hor Namhong", "KH", [], [office("Foreign Minister of Cambodia", FM, "KH")]),
    # r09 Rwanda-Belgium 2025
    person("Maxime Prévot", "BE", ["Maxime Prevot", "Prevot", "Prévot"],
           [office("Foreign Minister of Belgium", FM, "BE")]),
    person("Yolande Makolo", "RW", [], [office("Government Spokesperson", SPOKES, "RW")]),
    person("Olivier Nduhungirehe", "RW", [], [office("Foreign Minister of Rwanda", FM, "RW")]),
    person("Kaja Kallas", None, [], [office("EU foreign policy chief", r"foreign policy|high representative", None)]),
    person("Paul Kagame", "RW", [], [office("President of Rwanda", PRES, "RW")]),
    # r10 Japan-China 1972
    person("Kakuei Tanaka", "JP", ["Tanaka"], [office("Prime Minister of Japan", PM, "JP")]),
    person("Zhou Enlai", "CN", ["Chou En-lai", "Chou"], [office("Premier of China", PM, "CN")]),
    person("Masayoshi Ohira", "JP", ["Ohira"], [office("Foreign Minister of Japan", FM, "JP")]),
    person("Ji Pengfei", "CN", ["Chi Peng-fei"], [office("Foreign Minister of China", FM, "CN")]),
    person("Mao Zedong", "CN", ["Mao Tse-tung", "Mao"],
           [office("Chairman of the Communist Party of China", r"chairman|party leader|communist party", "CN")]),
    person("Susumu Nikaido", "JP", ["Nikaido"],
           [office("Chief Cabinet Secretary", r"cabinet secretary", "JP")]),
]

# canonical spellings that the articles do not use verbatim (aliases hold the article spellings)
CANONICAL_NOT_IN_TEXT = {"Ronald Reagan", "Zhou Enlai", "Ji Pengfei", "Mao Zedong"}
# lone surnames deliberately shared by two gold persons (the scorer then ignores them)
SHARED_SINGLE_ALIASES = {"assad"}

NEUTRAL = ["Hassan Wirajuda", "Wirajuda", "Virasakdi Futrakul", "Virasakdi",
           "Aung San Suu Kyi", "Suu Kyi"]

NOT_PERSONS = [
    "Reuters", "Associated Press", "AP", "Kyodo", "Twitter", "Ethiopian Airlines", "M23", "al Shabaab",
    "IGAD", "ASEAN", "Angkor Wat", "Ricardo Ulloa",
    "Tesfaye Hailu", "Daniel Okoth", "Clare Whitby", "Abdirahman Warsame", "Peter Kiragu", "Helen Marsh",
    "Lina Haddad", "Mark Dalton", "Robert Hume", "Lauren Pike", "Tom Briggs", "Diego Ruiz", "Paul Grant",
    "Stanley Widjaja", "Rina Lestari", "Martin Doyle", "Jean-Paul Habimana", "Sophie Verbeke", "Nick Lowe",
]


def ev(id, tier, kind, accept, date, prec, status, location, loc_pat, countries, roles, sources,
       end_date=None):
    return {"id": id, "tier": tier, "kind": kind, "accept_kinds": accept,
            "date": date, "date_precision": prec, "end_date": end_date, "status": status,
            "location": location, "location_pattern": loc_pat, "countries": countries,
            "participants": list(roles), "participant_roles": dict(roles), "sources": sources}


MV = ["meeting", "visit"]
OCC, PLAN, CANC = "occurred", "planned", "cancelled"

EVENTS = [
    # ---- r01 (2018-07-09) Ethiopia-Eritrea
    ev("r01-abiy-isaias-talks-asmara", "core", "meeting", MV, "2018-07-08", "day", OCC,
       "Asmara", "asmara|eritrea|state house", ["ET", "ER"],
       {"Abiy Ahmed": "guest", "Isaias Afwerki": "host"}, ["r01.txt"]),
    ev("r01-joint-declaration-peace-friendship", "core", "agreement", ["agreement", "meeting"],
       "2018-07-09", "day", OCC, "Asmara", "asmara|eritrea|state house", ["ET", "ER"],
       {"Abiy Ahmed": "signatory (guest)", "Isaias Afwerki": "signatory (host)"}, ["r01.txt"]),
    ev("r01-eritrean-delegation-received-by-abiy", "core", "meeting", MV, "2018-06-26", "day", OCC,
       "Addis Ababa", "addis|ethiopia", ["ER", "ET"],
       {"Osman Saleh": "delegation head (guest)", "Yemane Gebreab": "delegation member (guest)",
        "Abiy Ahmed": "host"}, ["r01.txt"]),
    ev("r01-isaias-visit-ethiopia-planned", "core", "visit", ["visit", "meeting"], None, None, PLAN,
       "Ethiopia", "ethiopia|addis", ["ER", "ET"], {"Isaias Afwerki": "visitor"}, ["r01.txt"]),
    ev("r01-algiers-agreement-2000", "background", "agreement", ["agreement"], "2000-12", "month", OCC,
       "Algiers", "algiers|algeria", ["ET", "ER"], {}, ["r01.txt"]),

    # ---- r02 (2020-12-15) Somalia-Kenya
    ev("r02-somalia-cuts-ties-with-kenya", "core", "withdrawal", ["withdrawal"], "2020-12-15", "day", OCC,
       None, None, ["SO", "KE"], {"Osman Abukar Dubbe": "announced the break"}, ["r02.txt"]),
    ev("r02-kenyatta-bihi-state-house", "core", "meeting", ["meeting", "visit", "agreement"],
       "2020-12-14", "day", OCC, "State House", "state house|nairobi|kenya", ["KE", "SO"],
       {"Uhuru Kenyatta": "host", "Muse Bihi Abdi": "guest"}, ["r02.txt"]),
    ev("r02-somalia-recalls-ambassador-nur", "core", "withdrawal", ["withdrawal"], "2020-11-29", "day", OCC,
       None, None, ["SO", "KE"], {"Mohamud Ahmed Nur": "recalled envoy"}, ["r02.txt"]),
    ev("r02-somalia-expels-ambassador-tumbo", "core", "withdrawal", ["withdrawal"], "2020-11-29", "day", OCC,
       None, None, ["SO", "KE"], {"Lucas Tumbo": "expelled envoy"}, ["r02.txt"]),
    ev("r02-igad-summit-djibouti-planned", "core", "meeting", MV, "2020-12-20", "day", PLAN,
       "Djibouti", "djibouti", ["DJ", "KE", "SO"],
       {"Ismail Omar Guelleh": "host", "Uhuru Kenyatta": "participant",
        "Mohamed Abdullahi Mohamed": "participant"}, ["r02.txt"]),
    ev("r02-kenya-recalls-tumbo-2019", "background", "withdrawal", ["withdrawal"], "2019-02", "month", OCC,
       None, None, ["KE", "SO"], {"Lucas Tumbo": "recalled envoy"}, ["r02.txt"]),

    # ---- r03 (2006-11-21) Iraq-Syria
    ev("r03-iraq-syria-restore-relations", "core", "agreement", ["agreement", "meeting", "appointment"],
       "2006-11-21", "day", OCC, "Baghdad", "baghdad|iraq|foreign ministry", ["IQ", "SY"],
       {"Walid al-Moualem": "signatory (guest)", "Hoshyar Zebari": "signatory (host)"}, ["r03.txt"]),
    ev("r03-ambassadors-exchange-planned", "core", "appointment", ["appointment"], None, None, PLAN,
       None, None, ["IQ", "SY"], {}, ["r03.txt"]),
    ev("r03-moualem-maliki-talks", "core", "meeting", MV, "2006-11", "month", OCC,
       "Baghdad", "baghdad|iraq", ["SY", "IQ"],
       {"Walid al-Moualem": "guest", "Nuri al-Maliki": "host"}, ["r03.txt"]),
    ev("r03-moualem-talabani-talks", "core", "meeting", MV, "2006-11", "month", OCC,
       "Baghdad", "baghdad|iraq", ["SY", "IQ"],
       {"Walid al-Moualem": "guest", "Jalal Talabani": "host"}, ["r03.txt"]),
    ev("r03-talabani-ahmadinejad-tehran-planned", "core", "meeting", MV, "2006-11-25", "day", PLAN,
       "Tehran", "tehran|iran", ["IQ", "IR"],
       {"Jalal Talabani": "guest", "Mahmoud Ahmadinejad": "host"}, ["r03.txt"]),
    ev("r03-iraq-breaks-ties-1982", "background", "withdrawal", ["withdrawal"], "1982", "year", OCC,
       None, None, ["IQ", "SY"], {}, ["r03.txt"]),

    # ---- r04 (1994-10-26) Israel-Jordan
    ev("r04-peace-treaty-signing", "core", "agreement", ["agreement", "meeting"], "1994-10-26", "day", OCC,
       "Arava crossing", "arava|araba|border|eilat|aqaba", ["IL", "JO", "US"],
       {"Yitzhak Rabin": "signatory", "Abdul-Salam al-Majali": "signatory", "King Hussein": "attending",
        "Ezer Weizman": "attending", "Bill Clinton": "witness"}, ["r04.txt"]),
    ev("r04-clinton-hussein-amman", "core", "meeting", MV, "1994-10-26", "day", OCC,
       "Amman", "amman|jordan|royal palace", ["US", "JO"],
       {"Bill Clinton": "guest", "King Hussein": "host"}, ["r04.txt"]),
    ev("r04-clinton-assad-damascus-planned", "core", "meeting", MV, "1994-10-27", "day", PLAN,
       "Damascus", "damascus|syria", ["US", "SY"],
       {"Bill Clinton": "guest", "Hafez al-Assad": "host"}, ["r04.txt"]),
    ev("r04-clinton-visit-israel-planned", "core", "visit", ["visit", "meeting"], None, None, PLAN,
       "Israel", "israel|knesset|jerusalem", ["US", "IL"], {"Bill Clinton": "visitor"}, ["r04.txt"]),
    ev("r04-washington-declaration-july", "background", "agreement", ["agreement", "meeting"],
       "1994-07", "month", OCC, "White House", "white house|washington", ["IL", "JO", "US"],
       {"King Hussein": "signatory", "Yitzhak Rabin": "signatory", "Bill Clinton": "host"}, ["r04.txt"]),
    ev("r04-nixon-visit-syria-1974", "background", "visit", ["visit", "meeting"], "1974", "year", OCC,
       "Syria", "syria|damascus", ["US", "SY"], {"Richard Nixon": "visitor"}, ["r04.txt"]),

    # ---- r05 (no dateline) Esquipulas II
    ev("r05-esquipulas-ii-signing", "core", "agreement", ["agreement", "meeting"], None, None, OCC,
       "Guatemala City", "guatemala", ["CR", "GT", "SV", "HN", "NI"],
       {"Óscar Arias": "signatory (drafter)", "Vinicio Cerezo": "signatory (host)",
        "José Napoleón Duarte": "signatory", "José Azcona Hoyo": "signatory", "Daniel Ortega": "signatory"},
       ["r05.txt"]),
    ev("r05-summit-guatemala-city", "core", "meeting", ["meeting"], None, None, OCC,
       "Guatemala City", "guatemala", ["CR", "GT", "SV", "HN", "NI"],
       {"Vinicio Cerezo": "host", "Óscar Arias": "participant", "José Napoleón Duarte": "participant",
        "José Azcona Hoyo": "participant", "Daniel Ortega": "participant"}, ["r05.txt"]),
    ev("r05-foreign-ministers-san-salvador-planned", "core", "meeting", ["meeting"], None, None, PLAN,
       "San Salvador", "san salvador|el salvador", ["CR", "GT", "SV", "HN", "NI"], {}, ["r05.txt"]),
    ev("r05-esquipulas-i-1986", "background", "meeting", ["meeting", "agreement"], None, None, OCC,
       "Esquipulas", "esquipulas|guatemala", ["CR", "GT", "SV", "HN", "NI"],
       {"Vinicio Cerezo": "host", "Óscar Arias": "participant", "José Napoleón Duarte": "participant",
        "José Azcona Hoyo": "participant", "Daniel Ortega": "participant"}, ["r05.txt"]),

    # ---- r06 (2021-11-18) North American Leaders' Summit
    ev("r06-north-american-leaders-summit", "core", "meeting", MV, "2021-11-18", "day", OCC,
       "East Room", "east room|white house|washington", ["US", "CA", "MX"],
       {"Joe Biden": "host", "Justin Trudeau": "guest", "Andrés Manuel López Obrador": "guest"}, ["r06.txt"]),
    ev("r06-biden-trudeau-oval-office", "core", "meeting", MV, "2021-11-18", "day", OCC,
       "Oval Office", "oval office|white house|washington", ["US", "CA"],
       {"Joe Biden": "host", "Justin Trudeau": "guest"}, ["r06.txt"]),
    ev("r06-biden-lopez-obrador-talks", "core", "meeting", MV, "2021-11-18", "day", OCC,
       "White House", "white house|oval office|washington", ["US", "MX"],
       {"Joe Biden": "host", "Andrés Manuel López Obrador": "guest"}, ["r06.txt"]),
    ev("r06-harris-lopez-obrador", "core", "meeting", MV, "2021-11-18", "day", OCC,
       "Washington", "washington|white house|eisenhower", ["US", "MX"],
       {"Kamala Harris": "host", "Andrés Manuel López Obrador": "guest"}, ["r06.txt"]),
    ev("r06-harris-trudeau", "core", "meeting", MV, "2021-11-18", "day", OCC,
       "Washington", "washington|white house|eisenhower", ["US", "CA"],
       {"Kamala Harris": "host", "Justin Trudeau": "guest"}, ["r06.txt"]),
    ev("r06-next-summit-mexico-planned", "core", "meeting", MV, "2022", "year", PLAN,
       "Mexico", "mexico", ["US", "CA", "MX"],
       {"Andrés Manuel López Obrador": "host", "Joe Biden": "guest", "Justin Trudeau": "guest"}, ["r06.txt"]),
    ev("r06-lopez-obrador-trump-july-2020", "background", "meeting", MV, "2020-07", "month", OCC,
       "Washington", "washington|white house", ["MX", "US"],
       {"Andrés Manuel López Obrador": "guest", "Donald Trump": "host"}, ["r06.txt"]),
    ev("r06-biden-lopez-obrador-virtual-march", "background", "call", ["call", "meeting"],
       "2021-03-01", "day", OCC, None, None, ["US", "MX"],
       {"Joe Biden": "participant", "Andrés Manuel López Obrador": "participant"}, ["r06.txt"]),
    ev("r06-ottawa-summit-2016", "background", "meeting", MV, "2016-06", "month", OCC,
       "Ottawa", "ottawa|canada", ["CA", "US", "MX"],
       {"Justin Trudeau": "host", "Barack Obama": "guest", "Enrique Peña Nieto": "guest"}, ["r06.txt"]),

    # ---- r07 (2021-08-04) ASEAN envoy to Myanmar
    ev("r07-erywan-named-special-envoy", "core", "appointment", ["appointment"], "2021-08-04", "day", OCC,
       None, None, ["BN", "MM"], {"Erywan Yusof": "appointee"}, ["r07.txt"]),
    ev("r07-asean-foreign-ministers-video-meeting", "core", "meeting", ["meeting", "call"],
       "2021-08-02", "day", OCC, None, None, ["BN", "ID", "MY", "MM"],
       {"Erywan Yusof": "chair", "Wunna Maung Lwin": "participant", "Retno Marsudi": "participant",
        "Saifuddin Abdullah": "participant"}, ["r07.txt"]),
    ev("r07-jakarta-summit-april-24", "core", "meeting", ["meeting", "agreement", "visit"],
       "2021-04-24", "day", OCC, "Jakarta", "jakarta|indonesia", ["MM", "ID", "BN"],
       {"Min Aung Hlaing": "guest", "Joko Widodo": "host", "Hassanal Bolkiah": "chair"}, ["r07.txt"]),
    ev("r07-erywan-visit-myanmar-planned", "core", "visit", ["visit", "meeting"], None, None, PLAN,
       "Myanmar", "myanmar|burma", ["BN", "MM"], {"Erywan Yusof": "visitor"}, ["r07.txt"]),

    # ---- r08 (no dateline) Thailand-Cambodia 2003
    ev("r08-thailand-downgrades-ties-recalls-chatchawed", "core", "withdrawal", ["withdrawal"],
       None, None, OCC, None, None, ["TH", "KH"],
       {"Thaksin Shinawatra": "ordered the recall", "Chatchawed Chartsuwan": "recalled envoy"}, ["r08.txt"]),
    ev("r08-cambodian-ambassador-ung-sean-expelled", "core", "withdrawal", ["withdrawal", "meeting"],
       None, None, OCC, None, None, ["TH", "KH"],
       {"Surakiart Sathirathai": "summoned and expelled", "Ung Sean": "expelled envoy"}, ["r08.txt"]),
    ev("r08-thaksin-hun-sen-call", "core", "call", ["call"], None, None, OCC,
       None, None, ["TH", "KH"], {"Thaksin Shinawatra": "caller", "Hun Sen": "receiver"}, ["r08.txt"]),
    ev("r08-asean-summit-phnom-penh-2002", "background", "meeting", MV, "2002-11", "month", OCC,
       "Phnom Penh", "phnom penh|cambodia", ["KH", "TH"],
       {"Hun Sen": "host", "Thaksin Shinawatra": "guest"}, ["r08.txt"]),

    # ---- r09 (2025-03-17) Rwanda-Belgium
    ev("r09-rwanda-cuts-ties-with-belgium", "core", "withdrawal", ["withdrawal"], "2025-03-17", "day", OCC,
       None, None, ["RW", "BE"], {}, ["r09.txt"]),
    ev("r09-belgium-declares-rwandan-diplomats-png", "core", "withdrawal", ["withdrawal"],
       "2025-03-17", "day", OCC, None, None, ["BE", "RW"],
       {"Maxime Prévot": "announced the reciprocal expulsion"}, ["r09.txt"]),
    ev("r09-luanda-talks-called-off", "core", "meeting", ["meeting"], "2025-03-18", "day", CANC,
       "Luanda", "luanda|angola", ["AO", "CD"], {}, ["r09.txt"]),
    ev("r09-congo-breaks-ties-with-rwanda-january", "background", "withdrawal", ["withdrawal"],
       "2025-01", "month", OCC, None, None, ["CD", "RW"], {}, ["r09.txt"]),

    # ---- r10 (no dateline) Japan-China 1972
    ev("r10-joint-statement-signing", "core", "agreement", ["agreement", "meeting"], None, None, OCC,
       "Great Hall of the People", "great hall|peking|beijing|china", ["JP", "CN"],
       {"Kakuei Tanaka": "signatory", "Zhou Enlai": "signatory", "Masayoshi Ohira": "signatory",
        "Ji Pengfei": "signatory"}, ["r10.txt"]),
    ev("r10-tanaka-zhou-talks", "core", "meeting", MV, None, None, OCC,
       "Peking", "peking|beijing|china|great hall", ["JP", "CN"],
       {"Kakuei Tanaka": "guest", "Zhou Enlai": "host"}, ["r10.txt"]),
    ev("r10-ohira-chi-talks", "core", "meeting", MV, None, None, OCC,
       "Peking", "peking|beijing|china|great hall", ["JP", "CN"],
       {"Masayoshi Ohira": "guest", "Ji Pengfei": "host"}, ["r10.txt"]),
    ev("r10-mao-receives-tanaka", "core", "meeting", MV, None, None, OCC,
       "Peking", "residence|peking|beijing|zhongnanhai|china", ["JP", "CN"],
       {"Mao Zedong": "host", "Zhou Enlai": "present (host side)", "Kakuei Tanaka": "guest",
        "Masayoshi Ohira": "guest", "Susumu Nikaido": "guest"}, ["r10.txt"]),
    ev("r10-taipei-severs-ties-with-japan", "core", "withdrawal", ["withdrawal"], None, None, OCC,
       None, None, ["TW", "JP"], {}, ["r10.txt"]),
    ev("r10-nixon-mao-february", "background", "meeting", MV, None, None, OCC,
       "Peking", "peking|beijing|china", ["US", "CN"],
       {"Richard Nixon": "guest", "Mao Zedong": "host"}, ["r10.txt"]),
    ev("r10-japan-roc-treaty-1952", "background", "agreement", ["agreement"], "1952", "year", OCC,
       None, None, ["JP", "TW"], {}, ["r10.txt"]),
]

ARTICLES = [f"r{i:02d}.txt" for i in range(1, 11)]
KINDS = {"meeting", "visit", "call", "agreement", "appointment", "withdrawal"}
DATELINE = re.compile(r"^ date (\d{4}-\d{2}-\d{2}) ")


def check(gold, texts):
    errors = []
    allfold = " " + " ".join(fold(t) for t in texts.values()) + " "
    folded = {k: " " + fold(v) + " " for k, v in texts.items()}
    by_name = {p["name"]: p for p in gold["persons"]}
    if len(by_name) != len(gold["persons"]):
        errors.append("duplicate person names")
    singles = {}
    for p in gold["persons"]:
        for n in [p["name"]] + p["aliases"]:
            if n == p["name"] and n in CANONICAL_NOT_IN_TEXT:
                continue
            if f" {fold(n)} " not in allfold:
                errors.append(f"name/alias not in articles: {p['name']!r}: {n!r}")
        for n in {fold(x) for x in [p["name"]] + p["aliases"]}:
            if len(n.split()) == 1:
                singles.setdefault(n, set()).add(p["name"])
        for o in p["offices"]:
            if not re.search(o["pattern"], fold(o["title"])):
                errors.append(f"office title does not match its pattern: {p['name']}: {o['title']}")
        if p["country"] is not None and not re.fullmatch(r"[A-Z]{2}", p["country"]):
            errors.append(f"bad country {p['name']}")
    for n, who in singles.items():
        if len(who) > 1 and n not in SHARED_SINGLE_ALIASES:
            errors.append(f"ambiguous lone alias {n!r}: {sorted(who)}")
    gold_folds = {fold(n) for p in gold["persons"] for n in [p["name"]] + p["aliases"]}
    for n in gold["not_persons"] + gold["neutral_persons"]:
        if fold(n) in gold_folds:
            errors.append(f"neutral/not_person collides with a gold person: {n}")
        if f" {fold(n)} " not in allfold:
            errors.append(f"neutral/not_person not in articles: {n}")
    ids = set()
    for e in gold["events"]:
        if e["id"] in ids:
            errors.append(f"duplicate event id {e['id']}")
        ids.add(e["id"])
        if e["kind"] not in KINDS or e["kind"] not in e["accept_kinds"]:
            errors.append(f"{e['id']}: bad kind/accept_kinds")
        if e["tier"] not in ("core", "background"):
            errors.append(f"{e['id']}: bad tier")
        if e["status"] not in ("occurred", "planned", "cancelled"):
            errors.append(f"{e['id']}: bad status")
        width = {"day": 10, "month": 7, "year": 4, None: None}[e["date_precision"]]
        if (e["date"] is None) != (e["date_precision"] is None) or (e["date"] and len(e["date"]) != width):
            errors.append(f"{e['id']}: date/precision mismatch")
        for s in e["sources"]:
            if s not in texts:
                errors.append(f"{e['id']}: unknown source {s}")
            else:
                pub = DATELINE.match(texts[s])
                if not pub and e["date"] and e["date_precision"] != "year" and e["tier"] == "core":
                    errors.append(f"{e['id']}: dated core event in an undated article (check)")
        for n in e["participants"]:
            if n not in by_name:
                errors.append(f"{e['id']}: participant not a gold person: {n}")
            else:
                p = by_name[n]
                names = [x for x in [p["name"]] + p["aliases"]]
                if not any(f" {fold(x)} " in folded[s] for x in names for s in e["sources"]):
                    errors.append(f"{e['id']}: participant {n} not named in its sources")
        if set(e["participant_roles"]) != set(e["participants"]):
            errors.append(f"{e['id']}: participant_roles keys differ from participants")
        if e["location"]:
            if not any(f" {fold(e['location'])} " in folded[s] for s in e["sources"]):
                errors.append(f"{e['id']}: location not in its sources: {e['location']}")
            if not e["location_pattern"] or not re.search(e["location_pattern"], fold(e["location"])):
                errors.append(f"{e['id']}: location does not match its own pattern")
            if len(fold(e["location"]).split()) > 5:
                errors.append(f"{e['id']}: location too long")
        elif e["location_pattern"]:
            errors.append(f"{e['id']}: pattern without location")
        for c in e["countries"]:
            if not re.fullmatch(r"[A-Z]{2}", c):
                errors.append(f"{e['id']}: bad country {c}")
        if e["end_date"] and not e["date"]:
            errors.append(f"{e['id']}: end_date without date")
    # every participant-country should be among the event countries (international officials aside)
    for e in gold["events"]:
        for n in e["participants"]:
            c = by_name[n]["country"] if n in by_name else None
            if c and c not in e["countries"]:
                errors.append(f"{e['id']}: participant {n} country {c} not in event countries")
    return errors


def main():
    texts = {}
    for a in ARTICLES:
        with open(os.path.join(ART, a), encoding="utf-8") as fh:
            texts[a] = fh.read()
    dated = [a for a in ARTICLES if DATELINE.match(texts[a])]
    gold = {"corpus": "sealed_r", "articles": ARTICLES, "persons": PERSONS,
            "neutral_persons": NEUTRAL, "not_persons": NOT_PERSONS, "events": EVENTS}
    errors = check(gold, texts)
    if len(dated) != 7:
        errors.append(f"expected 7 articles with the dateline prefix, found {len(dated)}")
    for a in ARTICLES:
        t = texts[a]
        n = len(t.split())
        if not 250 <= n <= 460:
            errors.append(f"{a}: {n} words")
    with open(os.path.join(HERE, "gold_r.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    core = [e for e in EVENTS if e["tier"] == "core"]
    bg = [e for e in EVENTS if e["tier"] == "background"]
    print(f"persons {len(PERSONS)}, neutral {len(NEUTRAL)}, not_persons {len(NOT_PERSONS)}, "
          f"events {len(EVENTS)} = {len(core)} core + {len(bg)} background; "
          f"dated articles {', '.join(dated)}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

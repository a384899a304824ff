#!/usr/bin/env python3
"""Sealed set S: the hand-made annotation as Python data.

    python3 build_gold.py          # writes gold_s.json next to this file, prints counts

The annotation follows /work/shared/eval/README.md (same structure as
shared/eval/gold/seeds.json), plus a scorer-ignored `participant_roles` map per event.
Checks run before anything is written:
  * article shape: the ` date YYYY-MM-DD ` prefix on exactly the dated files, 330-420
    words, blank-line paragraphs;
  * persons: each alias occurs in the person's articles, and the name or an alias does;
    lone-word aliases are unambiguous across the set; folded full names are not shared;
    every office title matches its own pattern after the scorer's folding (at most 14
    words) and carries the person's country or none;
  * neutral / not_persons names occur in the articles and collide with no gold person;
  * events: kind in accept_kinds, status, dates well-formed for their precision,
    end_date not before date; every participant is a gold person named (by name or
    alias) in each article the event cites, and participant_roles has exactly the
    participants as keys; participants' countries are among the event's countries;
    locations occur in a source article, match their own pattern and have at most five
    words; articles without a dateline carry only dates whose year the text states;
    occurred events in dated articles are not later than publication; core events come
    before background events.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ART = HERE / "articles"
ARTICLES = [f"s{i:02d}.txt" for i in range(1, 11)]
NO_DATELINE = {"s02.txt", "s06.txt", "s08.txt"}
BYLINE = {"s02.txt"}

FOLD_EXTRA = str.maketrans({"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss",
                            "’": "'", "‘": "'", "`": "'"})


def fold(text):  # same folding as shared/eval/score.py
    text = unicodedata.normalize("NFKD", (text or "").translate(FOLD_EXTRA))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^a-z0-9 ]+", " ", text.lower())
    return " ".join(text.split())


# ---------------------------------------------------------------- office patterns
PRES = r"\bpresident\b"
PM = r"prime minister|premier"
FM = r"foreign minister|minister (of|for) foreign affairs|foreign affairs minister"
AMB = r"ambassador|envoy"
SPOKES = r"spokes"
SECGEN = r"secretary general"


def P(name, country, aliases, offices, articles):
    return {"name": name, "country": country, "aliases": list(aliases),
            "offices": [{"title": t, "pattern": p, "country": c} for t, p, c in offices],
            "_articles": [a + ".txt" for a in articles]}


PERSONS = [
    # s01 -- Minsk summit, February 2015
    P("Vladimir Putin", "RU", ["Putin"], [("President of Russia", PRES, "RU")], ["s01"]),
    P("Petro Poroshenko", "UA", ["Poroshenko"], [("President of Ukraine", PRES, "UA")], ["s01"]),
    P("Angela Merkel", "DE", ["Merkel"], [("Chancellor of Germany", r"chancellor", "DE")], ["s01"]),
    P("François Hollande", "FR", ["Francois Hollande", "Hollande"],
      [("President of France", PRES, "FR")], ["s01"]),
    P("Leonid Kuchma", "UA", ["Kuchma"],
      [("President of Ukraine", PRES, "UA")], ["s01", "s09"]),
    P("Mikhail Zurabov", "RU", [],
      [("Ambassador of Russia to Ukraine", AMB, "RU")], ["s01"]),
    P("Heidi Tagliavini", None, [],
      [("OSCE envoy in the Contact Group", r"envoy|representative", None)], ["s01"]),
    P("Alexander Lukashenko", "BY", [], [("President of Belarus", PRES, "BY")], ["s01"]),
    P("Dmitry Peskov", "RU", [], [("Kremlin spokesman", SPOKES, "RU")], ["s01"]),
    P("Barack Obama", "US", ["Obama"], [("President of the United States", PRES, "US")], ["s01"]),
    # s02 -- Zurich protocols, October 2009 (undated article, byline)
    P("Ahmet Davutoğlu", "TR", ["Ahmet Davutoglu", "Davutoglu"],
      [("Foreign Minister of Turkey", FM, "TR")], ["s02"]),
    P("Edward Nalbandian", "AM", ["Nalbandian"], [("Foreign Minister of Armenia", FM, "AM")], ["s02"]),
    P("Hillary Clinton", "US", ["Clinton"],
      [("Secretary of State", r"secretary of state", "US")], ["s02"]),
    P("Sergei Lavrov", "RU", [], [("Foreign Minister of Russia", FM, "RU")], ["s02"]),
    P("Bernard Kouchner", "FR", [], [("Foreign Minister of France", FM, "FR")], ["s02"]),
    P("Javier Solana", None, [],
      [("EU foreign policy chief", r"foreign policy|high representative", None),
       ("Secretary General of NATO", SECGEN, None)], ["s02", "s09"]),
    P("Micheline Calmy-Rey", "CH", [], [("Foreign Minister of Switzerland", FM, "CH")], ["s02"]),
    P("Elkhan Polukhov", "AZ", [],
      [("Spokesman of the Azerbaijani Foreign Ministry", SPOKES, "AZ")], ["s02"]),
    P("Abdullah Gül", "TR", ["Abdullah Gul", "Gul"], [("President of Turkey", PRES, "TR")], ["s02"]),
    P("Serzh Sarkisian", "AM", ["Sarkisian"], [("President of Armenia", PRES, "AM")], ["s02"]),
    P("Recep Tayyip Erdoğan", "TR", ["Recep Tayyip Erdogan"],
      [("Prime Minister of Turkey", PM, "TR")], ["s02"]),
    # s03 -- ASEAN envoy to Myanmar, August 2021
    P("Erywan Yusof", "BN", ["Erywan"],
      [("Second Minister of Foreign Affairs of Brunei", FM, "BN"),
       ("ASEAN Special Envoy to Myanmar", r"envoy", None)], ["s03"]),
    P("Min Aung Hlaing", "MM", [],
      [("Junta chief (commander-in-chief)", r"junta|military|commander|chief|leader|head of", "MM"),
       ("Prime Minister of the caretaker government", PM, "MM")], ["s03"]),
    P("Retno Marsudi", "ID", [], [("Foreign Minister of Indonesia", FM, "ID")], ["s03"]),
    P("Wunna Maung Lwin", "MM", [], [("Foreign Minister of Myanmar (junta-appointed)", FM, "MM")], ["s03"]),
    P("Lim Jock Hoi", None, [], [("Secretary General of ASEAN", SECGEN, None)], ["s03"]),
    P("Sidharto Suryodipuro", "ID", [],
      [("Director General for ASEAN Cooperation, Indonesian Foreign Ministry", r"director general", "ID")],
      ["s03"]),
    P("Kyaw Moe Tun", "MM", [],
      [("Ambassador of Myanmar to the United Nations", r"ambassador|envoy|permanent representative", "MM")],
      ["s03"]),
    # s04 -- Kiribati and the Solomon Islands drop Taipei, September 2019
    P("Joseph Wu", "TW", ["Wu"], [("Foreign Minister of Taiwan", FM, "TW")], ["s04"]),
    P("Taneti Maamau", "KI", ["Maamau"], [("President of Kiribati", PRES, "KI")], ["s04"]),
    P("Jeremiah Manele", "SB", [], [("Foreign Minister of the Solomon Islands", FM, "SB")], ["s04"]),
    P("Tsai Ing-wen", "TW", ["Tsai"], [("President of Taiwan", PRES, "TW")], ["s04"]),
    P("Geng Shuang", "CN", [], [("Chinese Foreign Ministry spokesman", SPOKES, "CN")], ["s04"]),
    P("Mike Pence", "US", [], [("Vice President of the United States", r"vice president", "US")], ["s04"]),
    P("Manasseh Sogavare", "SB", ["Sogavare"],
      [("Prime Minister of the Solomon Islands", PM, "SB")], ["s04"]),
    P("Catherine Ebert-Gray", "US", [],
      [("Ambassador of the United States to Papua New Guinea and the Solomon Islands", AMB, "US")],
      ["s04"]),
    P("Anote Tong", "KI", [], [("President of Kiribati (former)", PRES, "KI")], ["s04"]),
    # s05 -- Peru-Ecuador peace, Brasilia, October 1998
    P("Alberto Fujimori", "PE", ["Fujimori"], [("President of Peru", PRES, "PE")], ["s05"]),
    P("Jamil Mahuad", "EC", ["Mahuad"], [("President of Ecuador", PRES, "EC")], ["s05"]),
    P("Fernando Henrique Cardoso", "BR", ["Cardoso"], [("President of Brazil", PRES, "BR")], ["s05"]),
    P("Carlos Menem", "AR", [], [("President of Argentina", PRES, "AR")], ["s05"]),
    P("Eduardo Frei Ruiz-Tagle", "CL", ["Eduardo Frei"], [("President of Chile", PRES, "CL")], ["s05"]),
    P("Thomas McLarty", "US", [],
      [("Personal representative of the President of the United States", r"representative|envoy", "US")],
      ["s05"]),
    P("Bill Clinton", "US", [], [("President of the United States", PRES, "US")], ["s05", "s09"]),
    P("Juan Carlos I", "ES", ["King Juan Carlos", "Juan Carlos"],
      [("King of Spain", r"\bking\b|monarch", "ES")], ["s05"]),
    P("Fernando de Trazegnies", "PE", [], [("Foreign Minister of Peru", FM, "PE")], ["s05"]),
    P("José Ayala Lasso", "EC", ["Jose Ayala Lasso"], [("Foreign Minister of Ecuador", FM, "EC")], ["s05"]),
    P("Luiz Felipe Lampreia", "BR", [], [("Foreign Minister of Brazil", FM, "BR")], ["s05"]),
    # s06 -- Iceland and Denmark restore ties with the Baltic states, August 1991 (undated)
    P("Jón Baldvin Hannibalsson", "IS", ["Jon Baldvin Hannibalsson", "Hannibalsson"],
      [("Foreign Minister of Iceland", FM, "IS")], ["s06"]),
    P("Lennart Meri", "EE", ["Meri"], [("Foreign Minister of Estonia", FM, "EE")], ["s06"]),
    P("Jānis Jurkāns", "LV", ["Janis Jurkans", "Jurkans"], [("Foreign Minister of Latvia", FM, "LV")], ["s06"]),
    P("Algirdas Saudargas", "LT", ["Saudargas"], [("Foreign Minister of Lithuania", FM, "LT")], ["s06"]),
    P("Uffe Ellemann-Jensen", "DK", ["Ellemann-Jensen"], [("Foreign Minister of Denmark", FM, "DK")], ["s06"]),
    P("Vytautas Landsbergis", "LT", [],
      [("Lithuanian leader (Chairman of the Supreme Council)",
        r"leader|chairman|president|head of state", "LT")], ["s06"]),
    P("Davíð Oddsson", "IS", ["David Oddsson"], [("Prime Minister of Iceland", PM, "IS")], ["s06"]),
    P("Boris Yeltsin", "RU", ["Yeltsin"], [("President of Russia", PRES, "RU")], ["s06", "s09"]),
    P("Ronald Reagan", "US", [], [("President of the United States", PRES, "US")], ["s06"]),
    P("Mikhail Gorbachev", "SU", ["Gorbachev"], [("President of the Soviet Union", PRES, "SU")], ["s06"]),
    # s07 -- Somalia cuts ties with Kenya, December 2020
    P("Uhuru Kenyatta", "KE", ["Kenyatta"], [("President of Kenya", PRES, "KE")], ["s07"]),
    P("Osman Abukar Dubbe", "SO", ["Dubbe"],
      [("Minister of Information of Somalia", r"information", "SO")], ["s07"]),
    P("Muse Bihi Abdi", "SO", ["Bihi"], [("President of Somaliland", PRES, "SO")], ["s07"]),
    P("Lucas Tumbo", "KE", [], [("Ambassador of Kenya to Somalia", AMB, "KE")], ["s07"]),
    P("Mohamed Abdullahi Farmajo", "SO", ["Farmajo"], [("President of Somalia", PRES, "SO")], ["s07"]),
    # s08 -- Mirziyoyev in Dushanbe, March 2018 (undated)
    P("Shavkat Mirziyoyev", "UZ", ["Mirziyoyev"], [("President of Uzbekistan", PRES, "UZ")], ["s08"]),
    P("Emomali Rahmon", "TJ", ["Rahmon"], [("President of Tajikistan", PRES, "TJ")], ["s08"]),
    P("Islam Karimov", "UZ", ["Karimov"], [("President of Uzbekistan (late)", PRES, "UZ")], ["s08"]),
    P("Abdulaziz Kamilov", "UZ", [], [("Foreign Minister of Uzbekistan", FM, "UZ")], ["s08"]),
    P("Nursultan Nazarbayev", "KZ", [], [("President of Kazakhstan", PRES, "KZ")], ["s08"]),
    # s09 -- Russian-Ukrainian friendship treaty, May 1997
    P("Viktor Chernomyrdin", "RU", [], [("Prime Minister of Russia", PM, "RU")], ["s09"]),
    P("Pavlo Lazarenko", "UA", [], [("Prime Minister of Ukraine", PM, "UA")], ["s09"]),
    P("Sergei Yastrzhembsky", "RU", [], [("Kremlin spokesman", SPOKES, "RU")], ["s09"]),
    P("Yuri Luzhkov", "RU", [], [("Mayor of Moscow", r"mayor", "RU")], ["s09"]),
    P("Aleksander Kwaśniewski", "PL", ["Aleksander Kwasniewski"],
      [("President of Poland", PRES, "PL")], ["s09"]),
    P("Hennadiy Udovenko", "UA", [], [("Foreign Minister of Ukraine", FM, "UA")], ["s09"]),
    P("John Major", "GB", [], [("Prime Minister of the United Kingdom", PM, "GB")], ["s09"]),
    # s10 -- Bolivia and Venezuela expel U.S. ambassadors, September 2008
    P("Evo Morales", "BO", ["Morales"], [("President of Bolivia", PRES, "BO")], ["s10"]),
    P("Philip Goldberg", "US", ["Goldberg"],
      [("Ambassador of the United States to Bolivia", AMB, "US")], ["s10"]),
    P("David Choquehuanca", "BO", [], [("Foreign Minister of Bolivia", FM, "BO")], ["s10"]),
    P("Rubén Costas", "BO", ["Ruben Costas"], [("Prefect of Santa Cruz", r"prefect|governor", "BO")], ["s10"]),
    P("Gustavo Guzmán", "BO", ["Gustavo Guzman"],
      [("Ambassador of Bolivia to the United States", AMB, "BO")], ["s10"]),
    P("Thomas Shannon", "US", [],
      [("Assistant Secretary of State", r"assistant secretary", "US")], ["s10"]),
    P("Hugo Chávez", "VE", ["Hugo Chavez", "Chavez"], [("President of Venezuela", PRES, "VE")], ["s10"]),
    P("Patrick Duddy", "US", [], [("Ambassador of the United States to Venezuela", AMB, "US")], ["s10"]),
    P("Bernardo Álvarez", "VE", ["Bernardo Alvarez", "Alvarez"],
      [("Ambassador of Venezuela to the United States", AMB, "VE")], ["s10"]),
    P("Sean McCormack", "US", [], [("State Department spokesman", SPOKES, "US")], ["s10"]),
    P("Manuel Zelaya", "HN", [], [("President of Honduras", PRES, "HN")], ["s10"]),
    P("Hugo Llorens", "US", [], [("Ambassador of the United States to Honduras", AMB, "US")], ["s10"]),
    P("Rafael Correa", "EC", [], [("President of Ecuador", PRES, "EC")], ["s10"]),
    P("Alan García", "PE", ["Alan Garcia"], [("President of Peru", PRES, "PE")], ["s10"]),
    P("Michelle Bachelet", "CL", [], [("President of Chile", PRES, "CL")], ["s10"]),
]

NEUTRAL = [
    "Alexander Zakharchenko", "Igor Plotnitsky",          # s01: separatist leaders, not state officials
    "Virasakdi Futrakul",                                 # s03: former official, shortlisted candidate
    "Aung San Suu Kyi", "Suu Kyi",                        # s03: detained ousted leader
]

NOT_PERSONS = [
    "Reuters", "AFP", "AP", "EFE", "Xinhua", "Kyodo", "dpa",  # agencies
    "Anna Keller",                                         # s02: byline
    "Contact Group", "Independence Palace", "White House",  # s01
    "Organization for Security and Cooperation in Europe", "United Nations",
    "University of Zurich", "State Department",            # s02, s10
    "Association of Southeast Asian Nations", "ASEAN",     # s03
    "Itamaraty Palace",                                    # s05
    "Hofdi House", "Althing",                              # s06
    "Kenya Airways", "Intergovernmental Authority on Development", "IGAD",
    "International Court of Justice", "State House", "al-Shabaab",   # s07
    "Palace of the Nation",                                # s08
    "NATO", "Federation Council",                          # s09
    "Union of South American Nations",                     # s10
]


# ---------------------------------------------------------------- events
def E(id, tier, kind, accept, date, prec, status, location, loc_pat, countries, roles, sources,
      end_date=None):
    return {"id": id, "tier": tier, "kind": kind, "accept_kinds": accept, "date": date,
            "date_precision": prec, "end_date": end_date, "status": status, "location": location,
            "location_pattern": loc_pat, "countries": countries, "participants": list(roles),
            "participant_roles": dict(roles), "sources": [s + ".txt" for s in sources]}


MEET = ["meeting", "visit"]
OCC, PLAN, CANC = "occurred", "planned", "cancelled"
KIEV = r"kiev|kyiv|ukraine"

CORE = [
    # ---- s01 (2015-02-12, Reuters, Minsk)
    E("s01-minsk-normandy-summit", "core", "meeting", ["meeting", "agreement"],
      "2015-02-11", "day", OCC, "Minsk", r"minsk|belarus|independence palace", ["RU", "UA", "DE", "FR"],
      {"Vladimir Putin": "party", "Petro Poroshenko": "party", "Angela Merkel": "mediator",
       "François Hollande": "mediator"}, ["s01"], end_date="2015-02-12"),
    E("s01-contact-group-package-signed", "core", "agreement", ["agreement", "meeting"],
      "2015-02-12", "day", OCC, "Minsk", r"minsk|belarus|independence palace", ["UA", "RU"],
      {"Leonid Kuchma": "signatory (Ukraine)", "Mikhail Zurabov": "signatory (Russia)",
       "Heidi Tagliavini": "signatory (OSCE)"}, ["s01"]),
    E("s01-merkel-hollande-poroshenko-kiev", "core", "meeting", MEET,
      "2015-02-05", "day", OCC, "Kiev", KIEV, ["DE", "FR", "UA"],
      {"Angela Merkel": "guest", "François Hollande": "guest", "Petro Poroshenko": "host"}, ["s01"]),
    E("s01-merkel-hollande-putin-moscow", "core", "meeting", MEET,
      "2015-02-06", "day", OCC, "Moscow", r"moscow|kremlin|russia", ["DE", "FR", "RU"],
      {"Angela Merkel": "guest", "François Hollande": "guest", "Vladimir Putin": "host"}, ["s01"]),
    E("s01-four-leaders-phone-call", "core", "call", ["call"],
      "2015-02-08", "day", OCC, None, None, ["RU", "UA", "DE", "FR"],
      {"Vladimir Putin": "participant", "Petro Poroshenko": "participant",
       "Angela Merkel": "participant", "François Hollande": "participant"}, ["s01"]),
    E("s01-merkel-obama-white-house", "core", "meeting", MEET,
      "2015-02-09", "day", OCC, "White House", r"white house|washington", ["DE", "US"],
      {"Angela Merkel": "guest", "Barack Obama": "host"}, ["s01"]),
    E("s01-obama-putin-call", "core", "call", ["call"],
      "2015-02-10", "day", OCC, None, None, ["US", "RU"],
      {"Barack Obama": "caller", "Vladimir Putin": "called"}, ["s01"]),

    # ---- s02 (no dateline, byline, AFP, Zurich): "Saturday", "Oct. 14", "in April" stay undated
    E("s02-zurich-protocols-signed", "core", "agreement", ["agreement", "meeting"],
      None, None, OCC, "University of Zurich", r"zurich|switzerland", ["TR", "AM", "US", "RU", "FR", "CH"],
      {"Ahmet Davutoğlu": "signatory", "Edward Nalbandian": "signatory", "Hillary Clinton": "witness",
       "Sergei Lavrov": "witness", "Bernard Kouchner": "witness", "Javier Solana": "witness (EU)",
       "Micheline Calmy-Rey": "host, mediator"}, ["s02"]),
    E("s02-clinton-nalbandian-hotel", "core", "meeting", ["meeting"],
      None, None, OCC, "Zurich", r"zurich|hotel|switzerland", ["US", "AM"],
      {"Hillary Clinton": "visitor at the hotel", "Edward Nalbandian": "host"}, ["s02"]),
    E("s02-clinton-davutoglu-calls", "core", "call", ["call"],
      None, None, OCC, None, None, ["US", "TR"],
      {"Hillary Clinton": "caller", "Ahmet Davutoğlu": "called"}, ["s02"]),
    E("s02-sarkisian-gul-bursa-planned", "core", "meeting", MEET,
      None, None, PLAN, "Bursa", r"bursa|turkey", ["AM", "TR"],
      {"Serzh Sarkisian": "guest", "Abdullah Gül": "host"}, ["s02"]),

    # ---- s03 (2021-08-04, Kyodo, Jakarta)
    E("s03-erywan-appointed-envoy", "core", "appointment", ["appointment", "meeting", "call"],
      "2021-08-04", "day", OCC, None, None, ["BN", "MM"],
      {"Erywan Yusof": "appointed ASEAN special envoy"}, ["s03"]),
    E("s03-ministers-video-conference", "core", "call", ["call", "meeting"],
      "2021-08-02", "day", OCC, None, None, ["BN", "ID", "MM"],
      {"Erywan Yusof": "chair", "Retno Marsudi": "participant", "Wunna Maung Lwin": "participant"},
      ["s03"]),
    E("s03-erywan-lim-naypyitaw-june", "core", "meeting", MEET,
      "2021-06", "month", OCC, "Naypyitaw", r"naypyitaw|nay pyi taw|myanmar", ["BN", "MM"],
      {"Erywan Yusof": "visitor", "Lim Jock Hoi": "visitor (ASEAN)", "Min Aung Hlaing": "host"},
      ["s03"]),
    E("s03-erywan-myanmar-trip-planned", "core", "visit", MEET,
      None, None, PLAN, "Myanmar", r"myanmar|naypyitaw|yangon", ["BN", "MM"],
      {"Erywan Yusof": "visitor"}, ["s03"]),

    # ---- s04 (2019-09-20, AP, Taipei)
    E("s04-taiwan-kiribati-ties-cut", "core", "withdrawal", ["withdrawal"],
      "2019-09-20", "day", OCC, None, None, ["TW", "KI"],
      {"Joseph Wu": "announced the rupture"}, ["s04"]),
    E("s04-taiwan-solomons-ties-cut", "core", "withdrawal", ["withdrawal"],
      "2019-09-16", "day", OCC, None, None, ["TW", "SB"], {}, ["s04"]),
    E("s04-manele-communique-planned", "core", "agreement", ["agreement", "visit", "meeting"],
      "2019-09-21", "day", PLAN, None, None, ["SB", "CN"],
      {"Jeremiah Manele": "signatory"}, ["s04"]),
    E("s04-pence-sogavare-called-off", "core", "meeting", ["meeting"],
      "2019-09", "month", CANC, "New York", r"new york|united nations|general assembly|\bu ?n\b",
      ["US", "SB"], {"Mike Pence": "participant", "Manasseh Sogavare": "participant"}, ["s04"]),
    E("s04-ebert-gray-sogavare-honiara", "core", "meeting", MEET,
      "2019-09", "month", OCC, "Honiara", r"honiara|solomon", ["US", "SB"],
      {"Catherine Ebert-Gray": "visitor", "Manasseh Sogavare": "host"}, ["s04"]),

    # ---- s05 (1998-10-26, EFE, Brasilia)
    E("s05-brasilia-act-signed", "core", "agreement", ["agreement", "meeting"],
      "1998-10-26", "day", OCC, "Itamaraty Palace", r"itamaraty|brasilia|brazil",
      ["PE", "EC", "BR", "AR", "CL", "US", "ES"],
      {"Alberto Fujimori": "signatory", "Jamil Mahuad": "signatory",
       "Fernando de Trazegnies": "signatory (accompanying treaties)",
       "José Ayala Lasso": "signatory (accompanying treaties)",
       "Fernando Henrique Cardoso": "guarantor, host", "Carlos Menem": "guarantor",
       "Eduardo Frei Ruiz-Tagle": "guarantor", "Thomas McLarty": "guarantor (for the U.S.)",
       "Juan Carlos I": "witness"}, ["s05"]),
    E("s05-clinton-fujimori-mahuad-white-house", "core", "meeting", MEET,
      "1998-10-09", "day", OCC, "White House", r"white house|washington", ["US", "PE", "EC"],
      {"Bill Clinton": "host", "Alberto Fujimori": "guest", "Jamil Mahuad": "guest"}, ["s05"]),
    E("s05-brasilia-talks-hosted-by-cardoso", "core", "meeting", MEET,
      None, None, OCC, "Brasilia", r"brasilia|brazil", ["PE", "EC", "BR"],
      {"Alberto Fujimori": "party", "Jamil Mahuad": "party", "Fernando Henrique Cardoso": "host"},
      ["s05"]),

    # ---- s06 (no dateline, Reuters, Reykjavik): "Monday", "in January" stay undated
    E("s06-reykjavik-declarations-signed", "core", "agreement", ["agreement", "meeting"],
      None, None, OCC, "Hofdi House", r"hofdi|reykjavik|iceland", ["IS", "EE", "LV", "LT"],
      {"Jón Baldvin Hannibalsson": "signatory (host)", "Lennart Meri": "signatory",
       "Jānis Jurkāns": "signatory", "Algirdas Saudargas": "signatory"}, ["s06"]),
    E("s06-copenhagen-communique-signed", "core", "agreement", ["agreement", "meeting"],
      None, None, OCC, "Copenhagen", r"copenhagen|denmark", ["DK", "EE", "LV", "LT"],
      {"Uffe Ellemann-Jensen": "signatory (host)", "Lennart Meri": "signatory",
       "Jānis Jurkāns": "signatory", "Algirdas Saudargas": "signatory"}, ["s06"]),
    E("s06-hannibalsson-landsbergis-vilnius", "core", "meeting", MEET,
      None, None, OCC, "Vilnius", r"vilnius|lithuania|parliament", ["IS", "LT"],
      {"Jón Baldvin Hannibalsson": "visitor", "Vytautas Landsbergis": "host"}, ["s06"]),

    # ---- s07 (2020-12-15, Xinhua, Nairobi)
    E("s07-somalia-severs-ties-with-kenya", "core", "withdrawal", ["withdrawal"],
      "2020-12-15", "day", OCC, None, None, ["SO", "KE"],
      {"Osman Abukar Dubbe": "announced the rupture"}, ["s07"]),
    E("s07-kenyatta-bihi-state-house", "core", "meeting", ["meeting", "visit", "agreement"],
      "2020-12-14", "day", OCC, "State House", r"state house|nairobi|kenya", ["KE", "SO"],
      {"Uhuru Kenyatta": "host", "Muse Bihi Abdi": "guest"}, ["s07"]),
    E("s07-tumbo-expelled-envoy-recalled", "core", "withdrawal", ["withdrawal"],
      "2020-11-29", "day", OCC, None, None, ["SO", "KE"],
      {"Lucas Tumbo": "expelled ambassador"}, ["s07"]),
    E("s07-igad-djibouti-summit-planned", "core", "meeting", ["meeting"],
      "2020-12-20", "day", PLAN, "Djibouti", r"djibouti", ["SO", "KE"],
      {"Mohamed Abdullahi Farmajo": "participant", "Uhuru Kenyatta": "participant"}, ["s07"]),

    # ---- s08 (no dateline, dpa, Dushanbe): "Friday", "later this year", "next Thursday" stay undated
    E("s08-mirziyoyev-rahmon-dushanbe", "core", "meeting", ["meeting", "visit", "agreement"],
      None, None, OCC, "Dushanbe", r"dushanbe|tajikistan|palace of the nation", ["UZ", "TJ"],
      {"Shavkat Mirziyoyev": "guest (state visit)", "Emomali Rahmon": "host"}, ["s08"]),
    E("s08-rahmon-return-visit-planned", "core", "visit", MEET,
      None, None, PLAN, "Uzbekistan", r"uzbekistan|tashkent", ["TJ", "UZ"],
      {"Emomali Rahmon": "visitor"}, ["s08"]),
    E("s08-astana-consultative-meeting-planned", "core", "meeting", ["meeting"],
      None, None, PLAN, "Astana", r"astana|kazakhstan", ["UZ", "TJ", "KZ"],
      {"Shavkat Mirziyoyev": "participant", "Emomali Rahmon": "participant",
       "Nursultan Nazarbayev": "host"}, ["s08"]),

    # ---- s09 (1997-05-31, AFP, Kiev)
    E("s09-friendship-treaty-signed", "core", "agreement", ["agreement", "meeting", "visit"],
      "1997-05-31", "day", OCC, "Kiev", KIEV, ["RU", "UA"],
      {"Boris Yeltsin": "signatory (guest)", "Leonid Kuchma": "signatory (host)"}, ["s09"]),
    E("s09-black-sea-fleet-accords", "core", "agreement", ["agreement", "meeting"],
      "1997-05-28", "day", OCC, "Kiev", KIEV, ["RU", "UA"],
      {"Viktor Chernomyrdin": "signatory", "Pavlo Lazarenko": "signatory"}, ["s09"]),
    E("s09-kuchma-kwasniewski-declaration", "core", "agreement", ["agreement", "meeting"],
      "1997-05-21", "day", OCC, "Kiev", KIEV, ["UA", "PL"],
      {"Leonid Kuchma": "signatory (host)", "Aleksander Kwaśniewski": "signatory (guest)"}, ["s09"]),
    E("s09-nato-charter-initialled-sintra", "core", "agreement", ["agreement", "meeting"],
      "1997-05-29", "day", OCC, "Sintra", r"sintra|portugal", ["UA"],
      {"Hennadiy Udovenko": "initialled for Ukraine"}, ["s09"]),
    E("s09-nato-charter-madrid-planned", "core", "agreement", ["agreement", "meeting", "visit"],
      "1997-07", "month", PLAN, "Madrid", r"madrid|spain", ["UA"],
      {"Leonid Kuchma": "signatory"}, ["s09"]),

    # ---- s10 (2008-09-12, AP, La Paz)
    E("s10-bolivia-expels-goldberg", "core", "withdrawal", ["withdrawal"],
      "2008-09-10", "day", OCC, None, None, ["BO", "US"],
      {"Evo Morales": "ordered the expulsion", "Philip Goldberg": "expelled ambassador"}, ["s10"]),
    E("s10-goldberg-choquehuanca-meeting", "core", "meeting", ["meeting"],
      "2008-09-10", "day", OCC, "La Paz", r"la paz|ministry|bolivia", ["US", "BO"],
      {"Philip Goldberg": "visitor", "David Choquehuanca": "host"}, ["s10"]),
    E("s10-us-expels-guzman", "core", "withdrawal", ["withdrawal", "meeting"],
      "2008-09-11", "day", OCC, None, None, ["US", "BO"],
      {"Gustavo Guzmán": "expelled ambassador"}, ["s10"]),
    E("s10-venezuela-expels-duddy-recalls-alvarez", "core", "withdrawal", ["withdrawal"],
      "2008-09-11", "day", OCC, None, None, ["VE", "US"],
      {"Hugo Chávez": "ordered", "Patrick Duddy": "expelled ambassador",
       "Bernardo Álvarez": "recalled ambassador"}, ["s10"]),
    E("s10-us-expels-alvarez", "core", "withdrawal", ["withdrawal"],
      "2008-09-12", "day", OCC, None, None, ["US", "VE"],
      {"Bernardo Álvarez": "expelled ambassador"}, ["s10"]),
    E("s10-zelaya-delays-llorens-credentials", "core", "appointment", ["appointment"],
      None, None, CANC, None, None, ["HN", "US"],
      {"Manuel Zelaya": "receiving head of state", "Hugo Llorens": "ambassador-designate"}, ["s10"]),
    E("s10-correa-garcia-lima", "core", "meeting", MEET,
      "2008-09", "month", OCC, "Lima", r"lima|peru", ["EC", "PE"],
      {"Rafael Correa": "guest", "Alan García": "host"}, ["s10"]),
    E("s10-unasur-santiago-summit-planned", "core", "meeting", ["meeting"],
      "2008-09-15", "day", PLAN, "Santiago", r"santiago|chile", ["CL", "BO"],
      {"Michelle Bachelet": "convener (host)", "Evo Morales": "participant"}, ["s10"]),
]

BACKGROUND = [
    # s01
    E("s01-minsk-protocol-2014", "background", "agreement", ["agreement"],
      "2014-09", "month", OCC, "Minsk", r"minsk|belarus", ["UA", "RU"], {}, ["s01"]),
    E("s01-normandy-first-meeting-2014", "background", "meeting", ["meeting"],
      "2014-06", "month", OCC, "Normandy", r"normandy|france", ["RU", "UA", "DE", "FR"],
      {"Vladimir Putin": "participant", "Petro Poroshenko": "participant",
       "Angela Merkel": "participant", "François Hollande": "host"}, ["s01"]),
    # s02
    E("s02-gul-sarkisian-yerevan-2008", "background", "meeting", MEET,
      "2008-09", "month", OCC, "Yerevan", r"yerevan|armenia", ["TR", "AM"],
      {"Abdullah Gül": "guest", "Serzh Sarkisian": "host"}, ["s02"]),
    E("s02-road-map-april", "background", "agreement", ["agreement"],
      None, None, OCC, None, None, ["TR", "AM"], {}, ["s02"]),
    # s03
    E("s03-jakarta-summit-five-point-consensus", "background", "meeting", ["meeting", "agreement"],
      "2021-04", "month", OCC, "Jakarta", r"jakarta|indonesia", ["MM", "ID"],
      {"Min Aung Hlaing": "participant"}, ["s03"]),
    E("s03-kyaw-moe-tun-fired", "background", "withdrawal", ["withdrawal"],
      None, None, OCC, None, None, ["MM"], {"Kyaw Moe Tun": "dismissed ambassador"}, ["s03"]),
    # s04
    E("s04-kiribati-recognises-taipei-2003", "background", "agreement", ["agreement"],
      "2003", "year", OCC, None, None, ["KI", "TW"], {"Anote Tong": "president at the time"}, ["s04"]),
    E("s04-china-breaks-with-kiribati-2003", "background", "withdrawal", ["withdrawal"],
      "2003", "year", OCC, None, None, ["CN", "KI"], {}, ["s04"]),
    E("s04-el-salvador-switch-2018", "background", "withdrawal", ["withdrawal", "agreement"],
      "2018-08", "month", OCC, None, None, ["SV", "TW"], {}, ["s04"]),
    # s05
    E("s05-cardoso-fujimori-brasilia-august", "background", "meeting", MEET,
      "1998-08", "month", OCC, "Brasilia", r"brasilia|brazil", ["BR", "PE"],
      {"Fernando Henrique Cardoso": "host", "Alberto Fujimori": "guest"}, ["s05"]),
    E("s05-itamaraty-declaration-1995", "background", "agreement", ["agreement"],
      "1995-02", "month", OCC, None, None, ["PE", "EC"], {}, ["s05"]),
    E("s05-rio-protocol-1942", "background", "agreement", ["agreement"],
      "1942", "year", OCC, "Rio de Janeiro", r"rio", ["PE", "EC"], {}, ["s05"]),
    # s06
    E("s06-iceland-recognition-decision", "background", "statement",
      ["statement", "agreement", "appointment"],
      None, None, OCC, None, None, ["IS", "EE", "LV", "LT"], {}, ["s06"]),
    E("s06-althing-declaration-lithuania", "background", "statement", ["statement", "agreement"],
      None, None, OCC, None, None, ["IS", "LT"], {}, ["s06"]),
    E("s06-yeltsin-recognition", "background", "statement", ["statement", "agreement"],
      None, None, OCC, None, None, ["RU", "EE", "LV"], {"Boris Yeltsin": "recognised"}, ["s06"]),
    E("s06-ellemann-jensen-meri-protocol", "background", "agreement", ["agreement", "meeting"],
      None, None, OCC, None, None, ["DK", "EE"],
      {"Uffe Ellemann-Jensen": "signatory", "Lennart Meri": "signatory"}, ["s06"]),
    E("s06-reagan-gorbachev-summit-1986", "background", "meeting", ["meeting"],
      "1986", "year", OCC, "Hofdi House", r"hofdi|reykjavik|iceland", ["US", "SU"],
      {"Ronald Reagan": "participant", "Mikhail Gorbachev": "participant"}, ["s06"]),
    # s07
    E("s07-kenya-recalls-envoy-2019", "background", "withdrawal", ["withdrawal"],
      "2019-02", "month", OCC, None, None, ["KE", "SO"], {}, ["s07"]),
    E("s07-ties-restored-after-2019-row", "background", "agreement", ["agreement", "appointment"],
      None, None, OCC, None, None, ["KE", "SO"], {}, ["s07"]),
    # s08
    E("s08-karimov-dushanbe-2000", "background", "visit", MEET,
      "2000", "year", OCC, "Dushanbe", r"dushanbe|tajikistan", ["UZ", "TJ"],
      {"Islam Karimov": "visitor"}, ["s08"]),
    # s09
    E("s09-yeltsin-trip-postponed", "background", "visit", MEET,
      None, None, CANC, None, None, ["RU", "UA"], {"Boris Yeltsin": "visitor"}, ["s09"]),
    E("s09-nato-russia-founding-act", "background", "agreement", ["agreement"],
      "1997-05-27", "day", OCC, "Paris", r"paris|france", ["RU"], {}, ["s09"]),
    E("s09-budapest-memorandum-1994", "background", "agreement", ["agreement", "meeting"],
      "1994-12", "month", OCC, "Budapest", r"budapest|hungary", ["UA", "RU", "US", "GB"],
      {"Leonid Kuchma": "signatory", "Boris Yeltsin": "signatory", "Bill Clinton": "signatory",
       "John Major": "signatory"}, ["s09"]),
    # s10
    E("s10-goldberg-took-up-post-2006", "background", "appointment", ["appointment"],
      "2006", "year", OCC, None, None, ["US", "BO"], {"Philip Goldberg": "ambassador"}, ["s10"]),
    E("s10-goldberg-costas-meeting", "background", "meeting", ["meeting"],
      None, None, OCC, None, None, ["US", "BO"],
      {"Philip Goldberg": "participant", "Rubén Costas": "participant"}, ["s10"]),
]

EVENTS = CORE + BACKGROUND
KINDS = {"meeting", "visit", "call", "agreement", "appointment", "withdrawal", "statement"}
DATE_RE = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}


# ---------------------------------------------------------------- checks
def load_articles():
    texts, published = {}, {}
    for name in ARTICLES:
        t = (ART / name).read_text(encoding="utf-8")
        m = re.match(r" date (\d{4}-\d{2}-\d{2}) \S", t)
        published[name] = m.group(1) if m else None
        texts[name] = t
    return texts, published


def check(texts, published):
    errors = []
    low = {k: v.lower() for k, v in texts.items()}
    alltext = "\n".join(low.values())
    # article shape
    for name, t in texts.items():
        if (published[name] is None) != (name in NO_DATELINE):
            errors.append(f"{name}: dateline presence wrong")
        if published[name] is None and t.lstrip().lower().startswith("date"):
            errors.append(f"{name}: malformed dateline")
        if (name in BYLINE) != t.startswith("By "):
            errors.append(f"{name}: byline presence wrong")
        words = len(t.split()) - (2 if published[name] else 0)
        if not 330 <= words <= 420:
            errors.append(f"{name}: {words} words")
        if "\n\n" not in t:
            errors.append(f"{name}: no blank-line paragraphs")
    # persons
    by_name, full, single = {}, {}, {}
    for p in PERSONS:
        if p["name"] in by_name:
            errors.append(f"duplicate person {p['name']}")
        by_name[p["name"]] = p
        scope = "\n".join(low[a] for a in p["_articles"] if a in low)
        forms = [p["name"]] + p["aliases"]
        if not any(f.lower() in scope for f in forms):
            errors.append(f"person {p['name']}: neither name nor alias in {p['_articles']}")
        for a in p["aliases"]:
            if a.lower() not in scope:
                errors.append(f"person {p['name']}: alias {a!r} not in {p['_articles']}")
        for f in forms:
            k = fold(f)
            (full if len(k.split()) >= 2 else single).setdefault(k, set()).add(p["name"])
        if p["country"] is not None and not re.fullmatch(r"[A-Z]{2}", p["country"]):
            errors.append(f"person {p['name']}: bad country {p['country']}")
        if not p["offices"]:
            errors.append(f"person {p['name']}: no office")
        for o in p["offices"]:
            t = fold(o["title"])
            if len(t.split()) > 14 or not re.search(o["pattern"], t):
                errors.append(f"office {p['name']}: {o['title']!r} fails {o['pattern']!r}")
            if o["country"] not in (None, p["country"]):
                errors.append(f"office {p['name']}: country {o['country']} != {p['country']}")
    for k, who in list(full.items()) + list(single.items()):
        if len(who) > 1:
            errors.append(f"name {k!r} shared by {sorted(who)}")
    gold_names = set(full) | set(single)
    for n in NEUTRAL + NOT_PERSONS:
        if n.lower() not in alltext:
            errors.append(f"neutral/not_person {n!r} not in any article")
        if fold(n) in gold_names:
            errors.append(f"neutral/not_person {n!r} collides with a gold person")
    if {fold(n) for n in NEUTRAL} & {fold(n) for n in NOT_PERSONS}:
        errors.append("a name is both neutral and not_person")
    # events
    ids = set()
    for e in EVENTS:
        tag = e["id"]
        if tag in ids:
            errors.append(f"duplicate event id {tag}")
        ids.add(tag)
        if e["tier"] not in ("core", "background"):
            errors.append(f"{tag}: tier")
        if e["kind"] not in KINDS or e["kind"] not in e["accept_kinds"]:
            errors.append(f"{tag}: kind {e['kind']} not accepted")
        if e["status"] not in ("occurred", "planned", "cancelled"):
            errors.append(f"{tag}: status")
        d, prec = e["date"], e["date_precision"]
        if (d is None) != (prec is None) or (d and not re.fullmatch(DATE_RE[prec], d)):
            errors.append(f"{tag}: date {d} disagrees with precision {prec}")
        if e["end_date"] and (not re.fullmatch(DATE_RE["day"], e["end_date"]) or not d
                              or e["end_date"] < d):
            errors.append(f"{tag}: bad end_date")
        if set(e["participant_roles"]) != set(e["participants"]):
            errors.append(f"{tag}: participant_roles keys")
        if not e["sources"]:
            errors.append(f"{tag}: no source")
        for s in e["sources"]:
            if s not in texts:
                errors.append(f"{tag}: unknown source {s}")
                continue
            for part in e["participants"]:
                p = by_name.get(part)
                if not p:
                    errors.append(f"{tag}: participant {part} is not a gold person")
                elif not any(f.lower() in low[s] for f in [p["name"]] + p["aliases"]):
                    errors.append(f"{tag}: participant {part} not named in {s}")
            if d and published[s] is None and d[:4] not in texts[s]:
                errors.append(f"{tag}: undated {s} does not state the year {d[:4]}")
            if d and e["status"] == "occurred" and published[s] and d > published[s]:
                errors.append(f"{tag}: occurred after publication {published[s]}")
        srcs = "\n".join(low.get(s, "") for s in e["sources"])
        if (e["location"] is None) != (e["location_pattern"] is None):
            errors.append(f"{tag}: location/pattern mismatch")
        if e["location"]:
            if e["location"].lower() not in srcs:
                errors.append(f"{tag}: location {e['location']!r} not in sources")
            lf = fold(e["location"])
            if len(lf.split()) > 5 or not re.search(e["location_pattern"], lf):
                errors.append(f"{tag}: location fails its own pattern")
        if not e["countries"] or len(set(e["countries"])) != len(e["countries"]):
            errors.append(f"{tag}: countries empty or duplicated")
        for c in e["countries"]:
            if not re.fullmatch(r"[A-Z]{2}", c):
                errors.append(f"{tag}: bad country {c}")
        for part in e["participants"]:
            pc = by_name.get(part, {}).get("country")
            if pc and pc not in e["countries"]:
                errors.append(f"{tag}: participant {part} country {pc} not in countries")
    seen_bg = False
    for e in EVENTS:
        if e["tier"] == "background":
            seen_bg = True
        elif seen_bg:
            errors.append(f"{e['id']}: core event after a background event")
    used = {n for e in EVENTS for n in e["participants"]}
    for p in PERSONS:
        for a in p["_articles"]:
            if a not in texts:
                errors.append(f"person {p['name']}: unknown article {a}")
    return errors, used


def counts(gold, published):
    ev = gold["events"]
    out = [f"persons {len(gold['persons'])}, neutral {len(gold['neutral_persons'])}, "
           f"not_persons {len(gold['not_persons'])}, events {len(ev)}"]
    for tier in ("core", "background"):
        sub = [e for e in ev if e["tier"] == tier]
        out.append(f"  {tier} {len(sub)}: kinds {dict(Counter(e['kind'] for e in sub).most_common())}, "
                   f"status {dict(Counter(e['status'] for e in sub).most_common())}, "
                   f"dated {sum(1 for e in sub if e['date'])} "
                   f"(precision {dict(Counter(e['date_precision'] for e in sub if e['date']).most_common())})")
    per = Counter((s, e["tier"]) for e in ev for s in e["sources"])
    out.append("  per article (core/background): " + ", ".join(
        f"{a[:3]} {per[(a, 'core')]}/{per[(a, 'background')]}" for a in ARTICLES))
    out.append("  undated articles: " + ", ".join(a for a in ARTICLES if published[a] is None))
    return "\n".join(out)


def main():
    texts, published = load_articles()
    errors, used = check(texts, published)
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        return 1
    gold = {"corpus": "s", "articles": ARTICLES,
            "persons": [{k: v for k, v in p.items() if not k.startswith("_")} for p in PERSONS],
            "neutral_persons": NEUTRAL, "not_persons": NOT_PERSONS, "events": EVENTS}
    (HERE / "gold_s.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
    print("wrote gold_s.json; all checks passed")
    print(counts(gold, published))
    idle = [p["name"] for p in PERSONS if p["name"] not in used]
    print(f"  persons in no event ({len(idle)}): " + ", ".join(idle))
    return 0


if __name__ == "__main__":
    sys.exit(main())

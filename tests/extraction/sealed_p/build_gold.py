#!/usr/bin/env python3
"""Sealed set P: the hand-made annotation as Python data.

Running this file regenerates gold_p.json and checks the annotation against the
article texts:
  * every alias (and every neutral / not_persons name) occurs in an article,
    and each person's name or one alias occurs;
  * lone-word aliases are unambiguous across the whole set;
  * every office title matches its own pattern after folding (as score.py folds);
  * every participant is a gold person, participant_roles has exactly the
    participants as keys;
  * every location occurs in one of the event's source articles, matches its own
    location_pattern and has at most five words;
  * kind is in accept_kinds, dates are well-formed for their precision, and
    articles without a dateline only carry dates that state a year;
  * the article files have the right shape (dateline prefix, 250-450 words).

Usage: python3 build_gold.py            (writes gold_p.json next to this file)
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")
ARTICLES = [f"p{i:02d}.txt" for i in range(1, 11)]
NO_DATELINE = {"p04.txt", "p07.txt", "p10.txt"}

FOLD_EXTRA = str.maketrans({"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss",
                            "’": "'", "‘": "'", "`": "'"})


def fold(text):
    text = unicodedata.normalize("NFKD", (text or "").translate(FOLD_EXTRA))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^a-z0-9 ]+", " ", text.lower())
    return " ".join(text.split())


# ---------------------------------------------------------------- offices
FM = "foreign minister|minister of foreign affairs|foreign affairs minister"
PRES = "\\bpresident\\b"
PM = "prime minister|premier"
AMB = "ambassador|envoy|high commissioner"
SECSTATE = "secretary of state"
SPOKES = "spokes"


def office(title, pattern, country):
    return {"title": title, "pattern": pattern, "country": country}


def person(name, country, aliases, offices, articles):
    return {"name": name, "country": country, "aliases": aliases,
            "offices": [office(*o) for o in offices], "_articles": articles}


PERSONS = [
    # p01 -- Basic Treaty, East Berlin, 1972
    person("Egon Bahr", "DE", ["Bahr"],
           [("Minister for Special Affairs", "minister", "DE")], ["p01"]),
    person("Michael Kohl", "DD", ["Kohl"],
           [("State Secretary at the East German Council of Ministers",
             "state secretary|secretary of state", "DD")], ["p01"]),
    person("Willy Brandt", "DE", ["Brandt"],
           [("Chancellor of West Germany", "chancellor", "DE")], ["p01"]),
    person("Willi Stoph", "DD", ["Stoph"],
           [("Prime Minister of East Germany",
             "prime minister|premier|chairman of the council of ministers", "DD")], ["p01"]),
    person("Erich Honecker", "DD", ["Honecker"],
           [("Communist Party chief",
             "party (chief|leader|boss)|first secretary|general secretary|secretary general", "DD")],
           ["p01"]),
    # p02 -- Austria, 2000
    person("Jörg Haider", "AT", ["Joerg Haider", "Haider"],
           [("Governor of Carinthia", "governor", "AT")], ["p02"]),
    person("António Guterres", "PT", ["Antonio Guterres", "Guterres"],
           [("Prime Minister of Portugal", PM, "PT")], ["p02"]),
    person("Thomas Klestil", "AT", ["Klestil"],
           [("President of Austria", PRES, "AT")], ["p02"]),
    person("Wolfgang Schüssel", "AT", ["Wolfgang Schuessel", "Schuessel"],
           [("Chancellor of Austria", "chancellor", "AT")], ["p02"]),
    person("David Levy", "IL", ["Levy"],
           [("Foreign Minister of Israel", FM, "IL")], ["p02"]),
    person("Nathan Meron", "IL", ["Meron"],
           [("Ambassador of Israel to Austria", AMB, "IL")], ["p02"]),
    person("Madeleine Albright", "US", ["Albright"],
           [("Secretary of State", SECSTATE, "US")], ["p02"]),
    person("Kathryn Walt Hall", "US", [],
           [("Ambassador of the United States to Austria", AMB, "US")], ["p02"]),
    person("Benita Ferrero-Waldner", "AT", [],
           [("Foreign Minister of Austria", FM, "AT")], ["p02"]),
    person("Louis Michel", "BE", [],
           [("Foreign Minister of Belgium", FM, "BE")], ["p02"]),
    person("Kurt Waldheim", "AT", ["Waldheim"],
           [("President of Austria", PRES, "AT")], ["p02"]),
    # p03 -- Saudi Arabia and allies break with Iran, 2016
    person("Adel al-Jubeir", "SA", ["Jubeir"],
           [("Foreign Minister of Saudi Arabia", FM, "SA")], ["p03"]),
    person("Hossein Jaber Ansari", "IR", [],
           [("Foreign Ministry spokesman", SPOKES, "IR")], ["p03"]),
    person("Hassan Rouhani", "IR", ["Rouhani"],
           [("President of Iran", PRES, "IR")], ["p03"]),
    person("Kristian Jensen", "DK", [],
           [("Foreign Minister of Denmark", FM, "DK")], ["p03"]),
    person("Ali Khamenei", "IR", ["Ayatollah Ali Khamenei"],
           [("Supreme Leader", "supreme leader", "IR")], ["p03"]),
    person("John Kirby", "US", [],
           [("State Department spokesman", SPOKES, "US")], ["p03"]),
    # p04 -- Al-Ula summit (no dateline)
    person("Mohammed bin Salman", "SA", ["Prince Mohammed"],
           [("Crown Prince of Saudi Arabia", "crown prince", "SA")], ["p04"]),
    person("Tamim bin Hamad Al-Thani", "QA", ["Sheikh Tamim bin Hamad Al-Thani", "Sheikh Tamim"],
           [("Emir of Qatar", "\\b(emir|amir)\\b", "QA")], ["p04"]),
    person("Salman bin Abdulaziz", "SA", ["King Salman"],
           [("King of Saudi Arabia", "\\bking\\b", "SA")], ["p04"]),
    person("Nawaf al-Ahmad al-Sabah", "KW", ["Sheikh Nawaf al-Ahmad al-Sabah"],
           [("Emir of Kuwait", "\\b(emir|amir)\\b", "KW")], ["p04"]),
    person("Mohammed bin Rashid al-Maktoum", "AE", ["Sheikh Mohammed bin Rashid al-Maktoum"],
           [("Ruler of Dubai", "ruler|vice president|prime minister", "AE")], ["p04"]),
    person("Salman bin Hamad Al-Khalifa", "BH", [],
           [("Crown Prince of Bahrain", "crown prince", "BH")], ["p04"]),
    person("Fahd bin Mahmoud al-Said", "OM", ["Sayyid Fahd bin Mahmoud al-Said"],
           [("Deputy Prime Minister of Oman", "deputy prime minister", "OM")], ["p04"]),
    person("Sameh Shoukry", "EG", [],
           [("Foreign Minister of Egypt", FM, "EG")], ["p04"]),
    person("Nayef al-Hajraf", None, [],
           [("Secretary-General of the Gulf Cooperation Council", "secretary ?general", None)],
           ["p04"]),
    person("Jared Kushner", "US", ["Kushner"],
           [("Senior Adviser to the US President", "advis", "US")], ["p04"]),
    person("Donald Trump", "US", ["Trump"],
           [("President of the United States", PRES, "US")], ["p04", "p06"]),
    person("Ahmad Nasser al-Mohammad al-Sabah", "KW", ["Sheikh Ahmad Nasser al-Mohammad al-Sabah"],
           [("Foreign Minister of Kuwait", FM, "KW")], ["p04"]),
    person("Faisal bin Farhan", "SA", ["Prince Faisal bin Farhan"],
           [("Foreign Minister of Saudi Arabia", FM, "SA")], ["p04"]),
    person("Sabah al-Ahmad al-Jaber al-Sabah", "KW", ["Sheikh Sabah al-Ahmad al-Jaber al-Sabah"],
           [("Emir of Kuwait", "\\b(emir|amir)\\b", "KW")], ["p04"]),
    # p05 -- Indo-Sri Lanka accord, 1987
    person("Rajiv Gandhi", "IN", ["Gandhi"],
           [("Prime Minister of India", PM, "IN")], ["p05"]),
    person("Junius Richard Jayewardene", "LK", ["Junius Jayewardene", "Jayewardene"],
           [("President of Sri Lanka", PRES, "LK")], ["p05"]),
    person("Ranasinghe Premadasa", "LK", ["Premadasa"],
           [("Prime Minister of Sri Lanka", PM, "LK")], ["p05"]),
    person("Lalith Athulathmudali", "LK", ["Athulathmudali"],
           [("National Security Minister", "security", "LK")], ["p05"]),
    person("J.N. Dixit", "IN", ["Dixit"],
           [("High Commissioner of India to Sri Lanka", AMB, "IN")], ["p05"]),
    person("Indira Gandhi", "IN", [],
           [("Prime Minister of India", PM, "IN")], ["p05"]),
    person("G. Parthasarathy", "IN", ["Parthasarathy"],
           [("Special Envoy of the Indian Prime Minister", "envoy", "IN")], ["p05"]),
    # p06 -- Putrajaya ceasefire, 2025
    person("Anwar Ibrahim", "MY", ["Anwar"],
           [("Prime Minister of Malaysia", PM, "MY")], ["p06"]),
    person("Hun Manet", "KH", [],
           [("Prime Minister of Cambodia", PM, "KH")], ["p06"]),
    person("Phumtham Wechayachai", "TH", ["Phumtham"],
           [("Acting Prime Minister of Thailand", PM, "TH")], ["p06"]),
    person("Edgard Kagan", "US", [],
           [("Ambassador of the United States to Malaysia", AMB, "US")], ["p06"]),
    person("Ouyang Yujing", "CN", [],
           [("Ambassador of China to Malaysia", AMB, "CN")], ["p06"]),
    person("Marco Rubio", "US", [],
           [("Secretary of State", SECSTATE, "US")], ["p06"]),
    person("Paetongtarn Shinawatra", "TH", [],
           [("Prime Minister of Thailand", PM, "TH")], ["p06"]),
    person("Hun Sen", "KH", [],
           [("President of the Senate", "senate", "KH")], ["p06"]),
    # p07 -- Xi Jinping in Tanzania (no dateline)
    person("Xi Jinping", "CN", ["Xi"],
           [("President of China", PRES, "CN")], ["p07"]),
    person("Jakaya Kikwete", "TZ", ["Kikwete"],
           [("President of Tanzania", PRES, "TZ")], ["p07"]),
    person("Vladimir Putin", "RU", [],
           [("President of Russia", PRES, "RU")], ["p07"]),
    person("Jacob Zuma", "ZA", [],
           [("President of South Africa", PRES, "ZA")], ["p07"]),
    person("Julius Nyerere", "TZ", [],
           [("Founding President of Tanzania", PRES, "TZ")], ["p07"]),
    person("Mao Zedong", "CN", [],
           [("Chairman", "chairman", "CN")], ["p07"]),
    person("Wang Yi", "CN", [],
           [("Foreign Minister of China", FM, "CN")], ["p07"]),
    # p08 -- Koizumi in Pyongyang, 2002
    person("Junichiro Koizumi", "JP", ["Koizumi"],
           [("Prime Minister of Japan", PM, "JP")], ["p08"]),
    person("Kim Jong Il", "KP", [],
           [("North Korean leader", "leader|chairman|general secretary", "KP")], ["p08"]),
    person("Shinzo Abe", "JP", [],
           [("Deputy Chief Cabinet Secretary", "deputy chief cabinet secretary", "JP")], ["p08"]),
    person("Yasuo Fukuda", "JP", [],
           [("Chief Cabinet Secretary", "chief cabinet secretary", "JP")], ["p08"]),
    person("Hitoshi Tanaka", "JP", [],
           [("Director General of the Asian and Oceanian Affairs Bureau",
             "director ?general|asian and oceanian", "JP")], ["p08"]),
    person("Yoriko Kawaguchi", "JP", [],
           [("Foreign Minister of Japan", FM, "JP")], ["p08"]),
    person("Paek Nam Sun", "KP", [],
           [("Foreign Minister of North Korea", FM + "|counterpart", "KP")], ["p08"]),
    person("George W. Bush", "US", ["Bush"],
           [("President of the United States", PRES, "US")], ["p08"]),
    person("Shin Kanemaru", "JP", [],
           [("Deputy Prime Minister (former)", "deputy prime minister", "JP")], ["p08"]),
    person("Kim Il Sung", "KP", [],
           [("President of North Korea", PRES, "KP")], ["p08"]),
    # p09 -- Cuban embassy reopens in Washington, 2015
    person("Bruno Rodríguez", "CU", ["Bruno Rodriguez", "Rodriguez"],
           [("Foreign Minister of Cuba", FM, "CU")], ["p09"]),
    person("John Kerry", "US", ["Kerry"],
           [("Secretary of State", SECSTATE, "US")], ["p09"]),
    person("José Ramón Cabañas", "CU", ["Jose Ramon Cabanas"],
           [("Head of the Cuban Interests Section", "interests section", "CU"),
            ("Charge d'affaires in Washington", "charg", "CU")], ["p09"]),
    person("Jeffrey DeLaurentis", "US", [],
           [("Charge d'affaires in Havana", "charg", "US")], ["p09"]),
    person("Barack Obama", "US", [],
           [("President of the United States", PRES, "US")], ["p09"]),
    person("Raúl Castro", "CU", ["Raul Castro"],
           [("President of Cuba", PRES, "CU")], ["p09"]),
    person("Roberta Jacobson", "US", [],
           [("Assistant Secretary of State", "assistant secretary", "US")], ["p09"]),
    person("Josefina Vidal", "CU", [],
           [("Head of U.S. affairs at the Cuban Foreign Ministry",
             "u ?s affairs|united states affairs|north america|director", "CU")], ["p09"]),
    person("Dwight Eisenhower", "US", [],
           [("President of the United States", PRES, "US")], ["p09"]),
    # p10 -- Yemen talks in Geneva fail (no dateline, byline)
    person("Martin Griffiths", None, ["Griffiths"],
           [("U.N. Special Envoy for Yemen", "envoy|special representative", None)], ["p10"]),
    person("Khaled al-Yamani", "YE", ["Yamani"],
           [("Foreign Minister of Yemen", FM, "YE")], ["p10"]),
    person("Turki al-Maliki", "SA", ["Colonel Turki al-Maliki"],
           [("Spokesman for the Saudi-led coalition", SPOKES, "SA")], ["p10"]),
    person("Ismail Ould Cheikh Ahmed", None, [],
           [("U.N. envoy for Yemen (former)", "envoy|special representative", None)], ["p10"]),
    person("Abd-Rabbu Mansour Hadi", "YE", [],
           [("President of Yemen", PRES, "YE")], ["p10"]),
]

NEUTRAL = [
    "Hitler",
    "Nimr al-Nimr", "Sheikh Nimr al-Nimr",
    "Vijitha Rohana Wijemuni", "Wijemuni",
    "Velupillai Prabhakaran", "Prabhakaran",
    "Megumi Yokota",
    "Peng Liyuan",
    "Mohammed Abdulsalam", "Abdulsalam",
]

NOT_PERSONS = [
    "Reuters", "AP", "AFP", "Xinhua", "Kyodo", "BNA",
    "Claire Dufresne",
    "Liberation Tigers of Tamil Eelam",
    "Al Jazeera",
    "Waffen SS",
    "Houthis",
]

# ---------------------------------------------------------------- events
def ev(id, tier, kind, accept, date, prec, status, location, pattern, countries, roles, sources,
       end_date=None):
    return {"id": id, "tier": tier, "kind": kind, "accept_kinds": accept,
            "date": date, "date_precision": prec, "end_date": end_date, "status": status,
            "location": location, "location_pattern": pattern, "countries": countries,
            "participants": list(roles), "participant_roles": dict(roles),
            "sources": [s + ".txt" for s in sources]}


MV = ["meeting", "visit"]
EVENTS = [
    # ---- p01 (1972-12-21, Reuters, East Berlin)
    ev("p01-basic-treaty-signing", "core", "agreement", ["agreement", "meeting"],
       "1972-12-21", "day", "occurred", "East Berlin", "east berlin|berlin|east germany|gdr",
       ["DE", "DD"], {"Egon Bahr": "signatory (West Germany, guest)",
                      "Michael Kohl": "signatory (East Germany, host)"}, ["p01"]),
    ev("p01-basic-treaty-initialled-bonn", "core", "agreement", ["agreement", "meeting"],
       "1972-11-08", "day", "occurred", "Bonn", "bonn|west germany",
       ["DE", "DD"], {"Egon Bahr": "initialled (host)", "Michael Kohl": "initialled (guest)"},
       ["p01"]),
    ev("p01-permanent-representatives-planned", "core", "appointment", ["appointment", "agreement"],
       None, None, "planned", None, None,
       ["DE", "DD"], {}, ["p01"]),
    ev("p01-traffic-treaty-may", "core", "agreement", ["agreement", "meeting"],
       "1972-05", "month", "occurred", None, None,
       ["DE", "DD"], {"Egon Bahr": "signatory", "Michael Kohl": "signatory"}, ["p01"]),
    ev("p01-transit-agreement", "background", "agreement", ["agreement", "meeting"],
       None, None, "occurred", None, None,
       ["DE", "DD"], {"Egon Bahr": "negotiator", "Michael Kohl": "negotiator"}, ["p01"]),
    ev("p01-moscow-treaty-1970", "background", "agreement", ["agreement", "visit", "meeting"],
       "1970", "year", "occurred", "Moscow", "moscow|kremlin|soviet|russia",
       ["DE", "SU"], {"Willy Brandt": "signatory (guest)"}, ["p01"]),
    ev("p01-warsaw-treaty-1970", "background", "agreement", ["agreement", "visit", "meeting"],
       "1970", "year", "occurred", "Warsaw", "warsaw|poland",
       ["DE", "PL"], {"Willy Brandt": "signatory (guest)"}, ["p01"]),
    ev("p01-brandt-stoph-erfurt-1970", "background", "meeting", MV,
       "1970-03", "month", "occurred", "Erfurt", "erfurt|east germany|gdr",
       ["DE", "DD"], {"Willy Brandt": "guest", "Willi Stoph": "host"}, ["p01"]),
    ev("p01-brandt-stoph-kassel-1970", "background", "meeting", MV,
       "1970-05", "month", "occurred", "Kassel", "kassel|west germany",
       ["DE", "DD"], {"Willy Brandt": "host", "Willi Stoph": "guest"}, ["p01"]),

    # ---- p02 (2000-02-04, AP, Vienna)
    ev("p02-israel-recalls-meron", "core", "withdrawal", ["withdrawal"],
       "2000-02-04", "day", "occurred", None, None,
       ["IL", "AT"], {"Nathan Meron": "ambassador recalled",
                      "David Levy": "announced the recall"}, ["p02"]),
    ev("p02-us-recalls-hall", "core", "withdrawal", ["withdrawal"],
       "2000-02-04", "day", "occurred", None, None,
       ["US", "AT"], {"Kathryn Walt Hall": "ambassador recalled for consultations",
                      "Madeleine Albright": "announced the recall"}, ["p02"]),
    ev("p02-eu14-freeze-contacts", "core", "withdrawal", ["withdrawal"],
       "2000-02-04", "day", "occurred", None, None,
       ["AT", "PT"], {"António Guterres": "EU presidency (announcer)"}, ["p02"]),
    ev("p02-israel-recall-1986", "background", "withdrawal", ["withdrawal"],
       "1986", "year", "occurred", None, None,
       ["IL", "AT"], {}, ["p02"]),
    ev("p02-israel-ambassador-back-1992", "background", "appointment", ["appointment"],
       "1992", "year", "occurred", None, None,
       ["IL", "AT"], {}, ["p02"]),

    # ---- p03 (2016-01-04, Reuters, Dubai)
    ev("p03-saudi-cuts-ties", "core", "withdrawal", ["withdrawal"],
       "2016-01-03", "day", "occurred", None, None,
       ["SA", "IR"], {"Adel al-Jubeir": "announced the break"}, ["p03"]),
    ev("p03-bahrain-cuts-ties", "core", "withdrawal", ["withdrawal"],
       "2016-01-04", "day", "occurred", None, None,
       ["BH", "IR"], {}, ["p03"]),
    ev("p03-sudan-cuts-ties", "core", "withdrawal", ["withdrawal"],
       "2016-01-04", "day", "occurred", None, None,
       ["SD", "IR"], {}, ["p03"]),
    ev("p03-uae-downgrades", "core", "withdrawal", ["withdrawal"],
       "2016-01-04", "day", "occurred", None, None,
       ["AE", "IR"], {}, ["p03"]),
    ev("p03-rouhani-jensen-tehran", "core", "meeting", MV,
       "2016-01-04", "day", "occurred", "Tehran", "tehran|iran",
       ["IR", "DK"], {"Hassan Rouhani": "host", "Kristian Jensen": "guest"}, ["p03"]),
    ev("p03-saudi-breaks-ties-1988", "background", "withdrawal", ["withdrawal"],
       "1988", "year", "occurred", None, None,
       ["SA", "IR"], {}, ["p03"]),
    ev("p03-ties-restored-1991", "background", "agreement", ["agreement", "appointment"],
       "1991", "year", "occurred", None, None,
       ["SA", "IR"], {}, ["p03"]),

    # ---- p04 (no dateline, AFP, Al-Ula)
    ev("p04-mbs-greets-tamim-alula", "core", "meeting", MV,
       None, None, "occurred", "Al-Ula", "al ?ula|saudi",
       ["SA", "QA"], {"Mohammed bin Salman": "host", "Tamim bin Hamad Al-Thani": "guest"}, ["p04"]),
    ev("p04-alula-summit-declaration", "core", "agreement", ["agreement", "meeting"],
       None, None, "occurred", "Al-Ula", "al ?ula|saudi",
       ["SA", "QA", "KW", "AE", "BH", "OM", "EG", "US"],
       {"Mohammed bin Salman": "chair, signatory (host)",
        "Tamim bin Hamad Al-Thani": "signatory",
        "Nawaf al-Ahmad al-Sabah": "signatory",
        "Mohammed bin Rashid al-Maktoum": "signatory (for the UAE)",
        "Salman bin Hamad Al-Khalifa": "signatory",
        "Fahd bin Mahmoud al-Said": "signatory",
        "Sameh Shoukry": "signatory (for Egypt)",
        "Nayef al-Hajraf": "GCC secretary-general, read the communique",
        "Jared Kushner": "attended (US)"}, ["p04"]),
    ev("p04-saudi-qatar-reopening-deal", "core", "agreement", ["agreement"],
       None, None, "occurred", None, None,
       ["SA", "QA", "KW"], {"Ahmad Nasser al-Mohammad al-Sabah": "mediator, announced the deal"},
       ["p04"]),
    ev("p04-kushner-mbs-neom", "core", "meeting", MV,
       None, None, "occurred", "NEOM", "neom|saudi",
       ["US", "SA"], {"Jared Kushner": "guest", "Mohammed bin Salman": "host"}, ["p04"]),
    ev("p04-kushner-tamim-doha", "core", "meeting", MV,
       None, None, "occurred", "Doha", "doha|qatar",
       ["US", "QA"], {"Jared Kushner": "guest", "Tamim bin Hamad Al-Thani": "host"}, ["p04"]),
    ev("p04-boycott-june-2017", "background", "withdrawal", ["withdrawal"],
       "2017-06", "month", "occurred", None, None,
       ["SA", "AE", "BH", "EG", "QA"], {}, ["p04"]),

    # ---- p05 (1987-07-30, Reuters, Colombo)
    ev("p05-colombo-accord-signing", "core", "agreement", ["agreement", "meeting", "visit"],
       "1987-07-29", "day", "occurred", "Colombo", "colombo|president s house|sri lanka",
       ["IN", "LK"], {"Rajiv Gandhi": "signatory (guest)",
                      "Junius Richard Jayewardene": "signatory (host)"}, ["p05"]),
    ev("p05-gandhi-jayewardene-bangalore", "core", "meeting", MV,
       "1986-11", "month", "occurred", "Bangalore", "bangalore|bengaluru|india",
       ["IN", "LK"], {"Rajiv Gandhi": "host", "Junius Richard Jayewardene": "guest"}, ["p05"]),
    ev("p05-parthasarathy-special-envoy-1983", "background", "appointment", ["appointment", "visit"],
       "1983", "year", "occurred", None, None,
       ["IN", "LK"], {"G. Parthasarathy": "special envoy", "Indira Gandhi": "appointed him"},
       ["p05"]),

    # ---- p06 (2025-07-28, AFP, Putrajaya)
    ev("p06-putrajaya-ceasefire-talks", "core", "meeting", ["meeting", "agreement"],
       "2025-07-28", "day", "occurred", "Putrajaya", "putrajaya|seri perdana|malaysia|residence",
       ["MY", "KH", "TH", "US", "CN"],
       {"Anwar Ibrahim": "host, mediator", "Hun Manet": "party", "Phumtham Wechayachai": "party",
        "Edgard Kagan": "observer (US)", "Ouyang Yujing": "observer (China)"}, ["p06"]),
    ev("p06-commanders-talks-planned", "core", "meeting", ["meeting"],
       "2025-07-29", "day", "planned", None, None,
       ["TH", "KH"], {}, ["p06"]),
    ev("p06-trump-hun-manet-call", "core", "call", ["call"],
       "2025-07-26", "day", "occurred", None, None,
       ["US", "KH"], {"Donald Trump": "caller", "Hun Manet": "called"}, ["p06"]),
    ev("p06-trump-phumtham-call", "core", "call", ["call"],
       "2025-07-26", "day", "occurred", None, None,
       ["US", "TH"], {"Donald Trump": "caller", "Phumtham Wechayachai": "called"}, ["p06"]),
    ev("p06-thailand-recalls-and-expels-envoys", "core", "withdrawal", ["withdrawal"],
       "2025-07-23", "day", "occurred", None, None,
       ["TH", "KH"], {}, ["p06"]),
    ev("p06-cambodia-downgrades-relations", "core", "withdrawal", ["withdrawal"],
       "2025-07-24", "day", "occurred", None, None,
       ["KH", "TH"], {}, ["p06"]),
    ev("p06-paetongtarn-hun-sen-call", "core", "call", ["call"],
       "2025-06", "month", "occurred", None, None,
       ["TH", "KH"], {"Paetongtarn Shinawatra": "party", "Hun Sen": "party"}, ["p06"]),

    # ---- p07 (no dateline, Xinhua, Dar es Salaam)
    ev("p07-xi-kikwete-talks", "core", "meeting", ["meeting", "visit", "agreement"],
       None, None, "occurred", "Dar es Salaam", "dar es salaam|state house|tanzania",
       ["CN", "TZ"], {"Xi Jinping": "guest", "Jakaya Kikwete": "host"}, ["p07"]),
    ev("p07-xi-putin-moscow", "core", "meeting", MV,
       None, None, "occurred", "Moscow", "moscow|kremlin|russia",
       ["CN", "RU"], {"Xi Jinping": "guest", "Vladimir Putin": "host"}, ["p07"]),
    ev("p07-xi-zuma-talks-planned", "core", "meeting", MV,
       None, None, "planned", "Durban", "durban|south africa",
       ["CN", "ZA"], {"Xi Jinping": "guest", "Jacob Zuma": "host"}, ["p07"]),
    ev("p07-brics-summit-planned", "core", "meeting", MV,
       None, None, "planned", "Durban", "durban|south africa",
       ["BR", "RU", "IN", "CN", "ZA"], {"Xi Jinping": "participant"}, ["p07"]),
    ev("p07-xi-congo-visit-planned", "core", "visit", ["visit", "meeting"],
       None, None, "planned", "Republic of Congo", "congo|brazzaville",
       ["CN", "CG"], {"Xi Jinping": "visitor"}, ["p07"]),
    ev("p07-nyerere-visit-china-1965", "background", "visit", ["visit", "meeting"],
       "1965", "year", "occurred", "China", "china|beijing",
       ["TZ", "CN"], {"Julius Nyerere": "visitor"}, ["p07"]),

    # ---- p08 (2002-09-17, Kyodo, Pyongyang)
    ev("p08-koizumi-kim-summit-declaration", "core", "meeting", ["meeting", "agreement", "visit"],
       "2002-09-17", "day", "occurred", "Paekhwawon state guesthouse",
       "paekhwawon|pyongyang|north korea",
       ["JP", "KP"], {"Junichiro Koizumi": "guest, signatory", "Kim Jong Il": "host, signatory",
                      "Shinzo Abe": "delegation member"}, ["p08"]),
    ev("p08-normalization-talks-october-planned", "core", "meeting", ["meeting"],
       "2002-10", "month", "planned", None, None,
       ["JP", "KP"], {}, ["p08"]),
    ev("p08-kawaguchi-paek-brunei", "core", "meeting", ["meeting"],
       "2002-07-31", "day", "occurred", "Brunei", "brunei|bandar seri begawan|asean",
       ["JP", "KP"], {"Yoriko Kawaguchi": "party", "Paek Nam Sun": "party"}, ["p08"]),
    ev("p08-koizumi-bush-new-york", "core", "meeting", MV,
       "2002-09-12", "day", "occurred", "New York", "new york|united nations",
       ["JP", "US"], {"Junichiro Koizumi": "party", "George W. Bush": "party"}, ["p08"]),
    ev("p08-normalization-talks-beijing-2000", "background", "meeting", ["meeting"],
       "2000-10", "month", "occurred", "Beijing", "beijing|china",
       ["JP", "KP"], {}, ["p08"]),
    ev("p08-tanaka-secret-contacts", "background", "meeting", ["meeting"],
       None, None, "occurred", None, None,
       ["JP", "KP"], {"Hitoshi Tanaka": "negotiator"}, ["p08"]),
    ev("p08-kanemaru-pyongyang-1990", "background", "meeting", ["meeting", "visit", "agreement"],
       "1990", "year", "occurred", "Pyongyang", "pyongyang|north korea",
       ["JP", "KP"], {"Shin Kanemaru": "delegation leader (guest)", "Kim Il Sung": "host"},
       ["p08"]),

    # ---- p09 (2015-07-20, AP, Washington)
    ev("p09-rodriguez-kerry-talks", "core", "meeting", MV,
       "2015-07-20", "day", "occurred", "State Department", "state department|washington",
       ["CU", "US"], {"Bruno Rodríguez": "guest", "John Kerry": "host"}, ["p09"]),
    ev("p09-relations-restored", "core", "agreement", ["agreement", "appointment"],
       "2015-07-20", "day", "occurred", None, None,
       ["CU", "US"], {}, ["p09"]),
    ev("p09-cabanas-charge-daffaires", "core", "appointment", ["appointment"],
       "2015-07-20", "day", "occurred", None, None,
       ["CU", "US"], {"José Ramón Cabañas": "charge d'affaires in Washington"}, ["p09"]),
    ev("p09-delaurentis-charge-daffaires", "core", "appointment", ["appointment"],
       "2015-07-20", "day", "occurred", None, None,
       ["US", "CU"], {"Jeffrey DeLaurentis": "charge d'affaires in Havana"}, ["p09"]),
    ev("p09-kerry-havana-planned", "core", "visit", ["visit", "meeting"],
       "2015-08", "month", "planned", "Havana", "havana|cuba",
       ["US", "CU"], {"John Kerry": "visitor"}, ["p09"]),
    ev("p09-obama-castro-call", "core", "call", ["call"],
       "2014-12-16", "day", "occurred", None, None,
       ["US", "CU"], {"Barack Obama": "party", "Raúl Castro": "party"}, ["p09"]),
    ev("p09-restoration-agreed-dec-17", "core", "agreement", ["agreement"],
       "2014-12-17", "day", "occurred", None, None,
       ["US", "CU"], {"Barack Obama": "announced", "Raúl Castro": "announced"}, ["p09"]),
    ev("p09-obama-castro-panama", "core", "meeting", ["meeting"],
       "2015-04", "month", "occurred", "Panama City", "panama",
       ["US", "CU"], {"Barack Obama": "party", "Raúl Castro": "party"}, ["p09"]),
    ev("p09-letters-exchanged-july-1", "core", "agreement", ["agreement"],
       "2015-07-01", "day", "occurred", None, None,
       ["US", "CU"], {"Barack Obama": "party", "Raúl Castro": "party"}, ["p09"]),
    ev("p09-jacobson-vidal-negotiations", "background", "meeting", MV,
       "2015", "year", "occurred", None, None,
       ["US", "CU"], {"Roberta Jacobson": "US negotiator", "Josefina Vidal": "Cuban negotiator"},
       ["p09"]),
    ev("p09-eisenhower-breaks-relations-1961", "background", "withdrawal", ["withdrawal"],
       "1961-01", "month", "occurred", None, None,
       ["US", "CU"], {"Dwight Eisenhower": "broke off relations"}, ["p09"]),
    ev("p09-interests-sections-1977", "background", "agreement", ["agreement", "appointment"],
       "1977", "year", "occurred", None, None,
       ["US", "CU"], {}, ["p09"]),

    # ---- p10 (no dateline, byline, Reuters, Geneva)
    ev("p10-geneva-consultations-cancelled", "core", "meeting", ["meeting"],
       None, None, "cancelled", "Geneva", "geneva|switzerland",
       ["YE"], {"Martin Griffiths": "UN envoy, convener",
                "Khaled al-Yamani": "head of the government delegation"}, ["p10"]),
    ev("p10-griffiths-yamani-geneva", "core", "meeting", ["meeting"],
       None, None, "occurred", "Geneva", "geneva|switzerland",
       ["YE"], {"Martin Griffiths": "UN envoy", "Khaled al-Yamani": "head of the government delegation"},
       ["p10"]),
    ev("p10-griffiths-sanaa-planned", "core", "visit", ["visit", "meeting"],
       None, None, "planned", "Sanaa", "sanaa|sana a|yemen",
       ["YE"], {"Martin Griffiths": "visitor"}, ["p10"]),
    ev("p10-griffiths-took-up-post", "core", "appointment", ["appointment"],
       None, None, "occurred", None, None,
       ["YE"], {"Martin Griffiths": "UN special envoy for Yemen"}, ["p10"]),
    ev("p10-kuwait-talks-2016", "background", "meeting", ["meeting"],
       "2016", "year", "occurred", "Kuwait", "kuwait",
       ["YE", "KW"], {"Ismail Ould Cheikh Ahmed": "UN envoy, presided"}, ["p10"]),
]

KINDS = {"meeting", "visit", "call", "agreement", "appointment", "withdrawal", "statement"}
DATE_RE = {"day": r"^\d{4}-\d{2}-\d{2}$", "month": r"^\d{4}-\d{2}$", "year": r"^\d{4}$"}


def load_articles():
    texts, pub = {}, {}
    for name in ARTICLES:
        with open(os.path.join(ART, name), encoding="utf-8") as fh:
            t = fh.read()
        texts[name] = t
        m = re.match(r"^ date (\d{4}-\d{2}-\d{2}) \S", t)
        pub[name] = m.group(1) if m else None
    return texts, pub


def check(texts, pub):
    errors = []
    alltext = "\n".join(texts.values())
    # article shape
    for name, t in texts.items():
        has = pub[name] is not None
        if has == (name in NO_DATELINE):
            errors.append(f"{name}: dateline presence wrong")
        if not has and t.lstrip().startswith("date"):
            errors.append(f"{name}: malformed dateline")
        words = len(t.split())
        if not 250 <= words <= 450:
            errors.append(f"{name}: {words} words")
        if "\n\n" not in t:
            errors.append(f"{name}: no blank-line paragraphs")
    # persons
    names = {}
    single = {}
    for p in PERSONS:
        if p["name"] in names:
            errors.append(f"duplicate person {p['name']}")
        names[p["name"]] = p
        arts = [a + ".txt" for a in p["_articles"]]
        scope = "\n".join(texts[a] for a in arts)
        if not any(n in scope for n in [p["name"]] + p["aliases"]):
            errors.append(f"person {p['name']}: neither name nor alias in {arts}")
        for a in p["aliases"]:
            if a not in scope:
                errors.append(f"person {p['name']}: alias {a!r} not in {arts}")
        for n in [p["name"]] + p["aliases"]:
            f = fold(n)
            if len(f.split()) == 1:
                single.setdefault(f, set()).add(p["name"])
        for o in p["offices"]:
            if not re.search(o["pattern"], fold(o["title"])):
                errors.append(f"office {p['name']}: {o['title']!r} !~ {o['pattern']!r}")
            if o["country"] not in (None, p["country"]):
                errors.append(f"office {p['name']}: country {o['country']} != {p['country']}")
    for f, who in single.items():
        if len(who) > 1:
            errors.append(f"ambiguous lone alias {f!r}: {sorted(who)}")
    full = {fold(n) for p in PERSONS for n in [p["name"]] + p["aliases"]}
    for n in NEUTRAL + NOT_PERSONS:
        if n not in alltext:
            errors.append(f"neutral/not_person {n!r} not in any article")
        if fold(n) in full:
            errors.append(f"neutral/not_person {n!r} collides with a gold person")
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
        if (e["date"] is None) != (e["date_precision"] is None):
            errors.append(f"{tag}: date/precision mismatch")
        if e["date"] and not re.match(DATE_RE[e["date_precision"]], e["date"]):
            errors.append(f"{tag}: date {e['date']} not {e['date_precision']}")
        if e["end_date"] and not re.match(DATE_RE["day"], e["end_date"]):
            errors.append(f"{tag}: end_date")
        for s in e["sources"]:
            if s not in texts:
                errors.append(f"{tag}: unknown source {s}")
        srcs = "\n".join(texts.get(s, "") for s in e["sources"])
        for part in e["participants"]:
            if part not in names:
                errors.append(f"{tag}: participant {part} is not a gold person")
            else:
                arts = {a + ".txt" for a in names[part]["_articles"]}
                if not arts & set(e["sources"]):
                    errors.append(f"{tag}: participant {part} not annotated in the sources")
        if set(e["participant_roles"]) != set(e["participants"]):
            errors.append(f"{tag}: participant_roles keys")
        if (e["location"] is None) != (e["location_pattern"] is None):
            errors.append(f"{tag}: location/pattern mismatch")
        if e["location"]:
            if e["location"] not in srcs:
                errors.append(f"{tag}: location {e['location']!r} not in sources")
            lf = fold(e["location"])
            if len(lf.split()) > 5 or not re.search(e["location_pattern"], lf):
                errors.append(f"{tag}: location does not match its own pattern")
        for c in e["countries"]:
            if not re.match(r"^[A-Z]{2}$", c):
                errors.append(f"{tag}: country {c}")
        if len(set(e["countries"])) != len(e["countries"]):
            errors.append(f"{tag}: duplicate countries")
        for part in e["participants"]:
            pc = names.get(part, {}).get("country")
            if pc and pc not in e["countries"]:
                errors.append(f"{tag}: participant {part} country {pc} not in countries")
        # undated articles: only dates that state a year
        if e["date"] and all(pub[s] is None for s in e["sources"]):
            year = e["date"][:4]
            if year not in srcs:
                errors.append(f"{tag}: undated article but year {year} not stated")
        # dated articles: dates not after publication unless planned
        if e["date"] and e["status"] == "occurred":
            for s in e["sources"]:
                if pub[s] and e["date"] > pub[s]:
                    errors.append(f"{tag}: occurred after publication {pub[s]}")
    # every person is used in an article that exists
    for p in PERSONS:
        for a in p["_articles"]:
            if a + ".txt" not in texts:
                errors.append(f"person {p['name']}: unknown article {a}")
    return errors


def build():
    gold = {
        "corpus": "p",
        "articles": ARTICLES,
        "persons": [{k: v for k, v in p.items() if not k.startswith("_")} for p in PERSONS],
        "neutral_persons": NEUTRAL,
        "not_persons": NOT_PERSONS,
        "events": EVENTS,
    }
    return gold


def summary(gold, pub):
    from collections import Counter
    ev = gold["events"]
    core = [e for e in ev if e["tier"] == "core"]
    bg = [e for e in ev if e["tier"] == "background"]
    out = [f"persons {len(gold['persons'])}, neutral {len(gold['neutral_persons'])}, "
           f"not_persons {len(gold['not_persons'])}",
           f"events {len(ev)} = core {len(core)} + background {len(bg)}",
           "core kinds " + str(dict(Counter(e['kind'] for e in core).most_common())),
           "core status " + str(dict(Counter(e['status'] for e in core).most_common())),
           "background kinds " + str(dict(Counter(e['kind'] for e in bg).most_common())),
           f"dated core {sum(1 for e in core if e['date'])}, dated background "
           f"{sum(1 for e in bg if e['date'])}",
           "no dateline: " + ", ".join(a for a in ARTICLES if pub[a] is None)]
    return "\n".join(out)


if __name__ == "__main__":
    texts, pub = load_articles()
    errs = check(texts, pub)
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        sys.exit(1)
    gold = build()
    with open(os.path.join(HERE, "gold_p.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("gold_p.json written; all checks passed")
    print(summary(gold, pub))

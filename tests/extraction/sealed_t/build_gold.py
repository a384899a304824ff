#!/usr/bin/env python3
"""Sealed set T: regenerate gold_t.json from the annotation below and check it against articles/.

    python3 build_gold.py          # writes gold_t.json next to this file, prints counts

The annotation follows /work/shared/eval/README.md (same structure as
shared/eval/gold/seeds.json), plus a scorer-ignored `participant_roles` map per event.
Checks:
  * article files: t01..t10, seven with the ` date YYYY-MM-DD ` prefix (first paragraph on
    the same line), three without; 330-420 words each;
  * every alias and every neutral / not_persons name occurs in the articles, and each
    person's name or one alias occurs; lone-word names are unambiguous across the set;
    no neutral / not_persons name folds to a gold person's name;
  * every office title matches its own pattern after folding (as score.py folds), has at
    most 14 words, and carries a valid country code or null;
  * every participant is a gold person named (by name or alias) in each article the event
    cites; participant_roles has exactly the participants as keys; every participant's
    country is among the event's countries;
  * every location occurs in a source article, has at most five words and matches its own
    location_pattern;
  * kind is in accept_kinds; dates are well-formed for their precision; articles without
    a dateline only carry dates whose year the text states;
  * core events come before background events (so that make_perfect.py's one-to-one
    matching is unambiguous).
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ART = HERE / "articles"
ARTICLES = [f"t{i:02d}.txt" for i in range(1, 11)]
NO_DATELINE = {"t03.txt", "t06.txt", "t09.txt"}
BYLINE = {"t09.txt"}

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
FM = r"foreign minister|minister of foreign affairs|foreign affairs minister"
AMB = r"ambassador|envoy|high commissioner"
SECSTATE = r"secretary of state"
SPOKES = r"spokes"
UNSG = r"secretary general"
NSA = r"security advis|national security"


def P(name, country, aliases, *offices):
    return {"name": name, "country": country, "aliases": list(aliases),
            "offices": [{"title": t, "pattern": p, "country": c} for t, p, c in offices]}


PERSONS = [
    # t01 -- Panmunjom summit (2018)
    P("Moon Jae-in", "KR", ["Moon"], ("President of South Korea", PRES, "KR")),
    P("Kim Jong-un", "KP", [], ("Leader of North Korea", r"\bleader\b|chairman|supreme", "KP")),
    P("Im Jong-seok", "KR", [], ("Presidential chief of staff", r"chief of staff", "KR")),
    P("Suh Hoon", "KR", ["Suh"],
      ("Director of the National Intelligence Service", r"intelligence|\bnis\b|spy", "KR"),
      ("Special envoy of the South Korean president", r"envoy", "KR")),
    P("Kim Yo-jong", "KP", []),
    P("Kim Yong-chol", "KP", [],
      ("Vice chairman of the Workers' Party Central Committee", r"vice chairman", "KP")),
    P("Cho Myoung-gyon", "KR", [], ("Unification Minister", r"unification", "KR")),
    P("Kim Eui-kyeom", "KR", [], ("Presidential spokesman", SPOKES, "KR")),
    P("Chung Eui-yong", "KR", [],
      ("National security adviser", NSA, "KR"),
      ("Special envoy of the South Korean president", r"envoy", "KR")),
    P("Xi Jinping", "CN", ["Xi"], ("President of China", PRES, "CN")),
    P("Donald Trump", "US", ["Trump"], ("President of the United States", PRES, "US")),
    P("Kim Jong-il", "KP", []),
    P("Kim Dae-jung", "KR", [], ("President of South Korea", PRES, "KR")),
    P("Roh Moo-hyun", "KR", [], ("President of South Korea", PRES, "KR")),
    # t02 -- Saudi-Iranian deal in Beijing (2023)
    P("Ali Shamkhani", "IR", ["Shamkhani"],
      ("Secretary of the Supreme National Security Council", r"secretary|national security council", "IR")),
    P("Musaed al-Aiban", "SA", ["Aiban"], ("National security adviser", NSA, "SA")),
    P("Wang Yi", "CN", [],
      ("China's top diplomat", r"top diplomat|foreign affairs commission|state councillor", "CN"),
      ("Foreign Minister of China", FM, "CN")),
    P("Faisal bin Farhan", "SA", ["Prince Faisal bin Farhan", "Faisal"],
      ("Foreign Minister of Saudi Arabia", FM, "SA")),
    P("Hossein Amir-Abdollahian", "IR", ["Amir-Abdollahian"], ("Foreign Minister of Iran", FM, "IR")),
    P("Ebrahim Raisi", "IR", ["Raisi"], ("President of Iran", PRES, "IR")),
    P("John Kirby", "US", [], ("White House national security spokesman", SPOKES, "US")),
    # t03 -- Geneva accords on Afghanistan (1988)
    P("Abdul Wakil", "AF", ["Wakil"], ("Foreign Minister of Afghanistan", FM, "AF")),
    P("Zain Noorani", "PK", ["Noorani"],
      ("Minister of State for Foreign Affairs", r"minister of state|foreign", "PK")),
    P("George Shultz", "US", ["Shultz"], ("Secretary of State", SECSTATE, "US")),
    P("Eduard Shevardnadze", "SU", ["Shevardnadze"], ("Foreign Minister of the Soviet Union", FM, "SU")),
    P("Javier Pérez de Cuéllar", None, ["Javier Perez de Cuellar"],
      ("Secretary-General of the United Nations", UNSG, None)),
    P("Diego Cordovez", None, ["Cordovez"],
      ("U.N. Undersecretary-General and mediator", r"under ?secretary|mediat", None)),
    P("Mikhail Gorbachev", "SU", ["Gorbachev"],
      ("Soviet leader", r"\bleader\b|general secretary|president", "SU")),
    P("Najibullah", "AF", [], ("President of Afghanistan", PRES, "AF")),
    P("Ronald Reagan", "US", ["Reagan"], ("President of the United States", PRES, "US")),
    P("Mohammed Khan Junejo", "PK", ["Junejo"], ("Prime Minister of Pakistan", PM, "PK")),
    P("Mohammad Zia ul-Haq", "PK", [], ("President of Pakistan", PRES, "PK")),
    # t04 -- Spain and Morocco (2022)
    P("Pedro Sánchez", "ES", ["Sánchez"], ("Prime Minister of Spain", PM, "ES")),
    P("Mohammed VI", "MA", ["King Mohammed VI"], ("King of Morocco", r"\bking\b|monarch", "MA")),
    P("José Manuel Albares", "ES", ["Albares"], ("Foreign Minister of Spain", FM, "ES")),
    P("Aziz Akhannouch", "MA", [], ("Prime Minister of Morocco", PM, "MA")),
    P("Karima Benyaich", "MA", ["Benyaich"], ("Ambassador of Morocco to Spain", AMB, "MA")),
    P("Said Moussi", "DZ", [], ("Ambassador of Algeria to Spain", AMB, "DZ")),
    P("Nasser Bourita", "MA", [], ("Foreign Minister of Morocco", FM, "MA")),
    # t05 -- Erdogan in Athens (2023); Erdogan also in t07
    P("Recep Tayyip Erdoğan", "TR", ["Recep Tayyip Erdogan", "Erdogan"],
      ("President of Turkey", PRES, "TR")),
    P("Kyriakos Mitsotakis", "GR", ["Mitsotakis"], ("Prime Minister of Greece", PM, "GR")),
    P("Hakan Fidan", "TR", ["Fidan"], ("Foreign Minister of Turkey", FM, "TR")),
    P("Giorgos Gerapetritis", "GR", ["Gerapetritis"], ("Foreign Minister of Greece", FM, "GR")),
    P("Katerina Sakellaropoulou", "GR", [], ("President of Greece", PRES, "GR")),
    P("Ahmet Davutoğlu", "TR", ["Ahmet Davutoglu"], ("Prime Minister of Turkey (then)", PM, "TR")),
    P("Alexis Tsipras", "GR", [], ("Prime Minister of Greece (then)", PM, "GR")),
    P("Nikos Dendias", "GR", [], ("Foreign Minister of Greece (then)", FM, "GR")),
    P("Mevlüt Çavuşoğlu", "TR", ["Mevlut Cavusoglu"], ("Foreign Minister of Turkey (then)", FM, "TR")),
    P("Pavlos Marinakis", "GR", [], ("Greek government spokesman", SPOKES, "GR")),
    P("Prokopis Pavlopoulos", "GR", [], ("President of Greece (then)", PRES, "GR")),
    # t06 -- Honduras switches to Beijing (2023)
    P("Eduardo Enrique Reina", "HN", ["Reina"], ("Foreign Minister of Honduras", FM, "HN")),
    P("Qin Gang", "CN", [], ("Foreign Minister of China", FM, "CN")),
    P("Joseph Wu", "TW", ["Wu"], ("Foreign Minister of Taiwan", FM, "TW")),
    P("Xiomara Castro", "HN", ["Castro"], ("President of Honduras", PRES, "HN")),
    P("Wang Wenbin", "CN", [], ("Chinese foreign ministry spokesman", SPOKES, "CN")),
    P("Tsai Ing-wen", "TW", ["Tsai"], ("President of Taiwan", PRES, "TW")),
    P("Alejandro Giammattei", "GT", [], ("President of Guatemala", PRES, "GT")),
    P("Johnny Briceño", "BZ", ["Johnny Briceno"], ("Prime Minister of Belize", PM, "BZ")),
    # t07 -- Pakistan expels India's high commissioner (2019)
    P("Ajay Bisaria", "IN", ["Bisaria"], ("High Commissioner of India to Pakistan", AMB, "IN")),
    P("Imran Khan", "PK", ["Khan"], ("Prime Minister of Pakistan", PM, "PK")),
    P("Shah Mehmood Qureshi", "PK", ["Qureshi"], ("Foreign Minister of Pakistan", FM, "PK")),
    P("Moin-ul-Haq", "PK", [],
      ("High Commissioner-designate of Pakistan to India", r"high commissioner", "PK")),
    P("Raveesh Kumar", "IN", [], ("External Affairs Ministry spokesperson", SPOKES, "IN")),
    P("Mahathir Mohamad", "MY", ["Mahathir"], ("Prime Minister of Malaysia", PM, "MY")),
    P("Narendra Modi", "IN", [], ("Prime Minister of India", PM, "IN")),
    P("Sohail Mahmood", "PK", [], ("Envoy of Pakistan to India", AMB, "PK")),
    # t08 -- Japan-South Korea comfort women agreement (2015)
    P("Fumio Kishida", "JP", ["Kishida"], ("Foreign Minister of Japan", FM, "JP")),
    P("Yun Byung Se", "KR", ["Yun"], ("Foreign Minister of South Korea", FM, "KR")),
    P("Shinzo Abe", "JP", ["Abe"], ("Prime Minister of Japan", PM, "JP")),
    P("Park Geun Hye", "KR", ["Park"], ("President of South Korea", PRES, "KR")),
    P("Junichi Ihara", "JP", [],
      ("Director general, Japanese Foreign Ministry", r"director general|foreign ministry", "JP")),
    P("Lee Sang Deok", "KR", [],
      ("Director general, South Korean Foreign Ministry", r"director general|foreign ministry", "KR")),
    P("Yoshihide Suga", "JP", [], ("Chief Cabinet Secretary", r"chief cabinet secretary", "JP")),
    # t09 -- France's ambassador leaves Niger (2023)
    P("Sylvain Itté", "FR", ["Sylvain Itte", "Itte"], ("Ambassador of France to Niger", AMB, "FR")),
    P("Emmanuel Macron", "FR", ["Macron"], ("President of France", PRES, "FR")),
    P("Mohamed Bazoum", "NE", ["Bazoum"], ("President of Niger (deposed)", PRES, "NE")),
    P("Abdourahamane Tiani", "NE", ["Tiani"],
      ("Leader of the military junta", r"junta|leader|general|head of state", "NE")),
    P("Catherine Colonna", "FR", [], ("Foreign Minister of France", FM, "FR")),
    P("Abdulsalami Abubakar", "NG", [],
      ("Former military ruler of Nigeria", r"ruler|head of state|leader", "NG"),
      ("Head of the ECOWAS delegation", r"ecowas|envoy|delegation|mediat", None)),
    P("Mahamat Idriss Déby", "TD", ["Mahamat Idriss Deby"], ("President of Chad", PRES, "TD")),
    P("Joël Meyer", "FR", ["Joel Meyer"], ("Ambassador of France to Mali", AMB, "FR")),
    P("Luc Hallade", "FR", [], ("Envoy of France to Burkina Faso", AMB, "FR")),
    # t10 -- Esquipulas II (1987); Reagan also in t03
    P("Óscar Arias", "CR", ["Oscar Arias", "Arias"], ("President of Costa Rica", PRES, "CR")),
    P("Vinicio Cerezo", "GT", ["Cerezo"], ("President of Guatemala", PRES, "GT")),
    P("José Napoleón Duarte", "SV", ["Jose Napoleon Duarte", "Duarte"],
      ("President of El Salvador", PRES, "SV")),
    P("José Azcona Hoyo", "HN", ["Jose Azcona Hoyo", "Azcona"], ("President of Honduras", PRES, "HN")),
    P("Daniel Ortega", "NI", ["Ortega"], ("President of Nicaragua", PRES, "NI")),
    P("Marlin Fitzwater", "US", [], ("White House spokesman", SPOKES, "US")),
    P("Jim Wright", "US", [], ("Speaker of the House of Representatives", r"speaker", "US")),
]

NEUTRAL = [
    "Kim Jung-sook", "Ri Sol-ju",                                   # t01: spouses
    "Nimr al-Nimr",                                                 # t02: executed cleric
    "Gulbuddin Hekmatyar", "Hekmatyar",                             # t03: guerrilla leader
    "Brahim Ghali",                                                 # t04: Polisario leader
    "Omar Abdullah", "Mehbooba Mufti",                              # t07: detained ex-chief ministers
    "Lee Yong Soo",                                                 # t08: former comfort woman
    "Adolfo Calero", "Calero",                                      # t10: contra leader
]

NOT_PERSONS = [
    "Yonhap", "Reuters", "AP", "AA", "AFP", "PTI", "Kyodo",
    "Cheong Wa Dae", "Peace House", "Workers' Party",               # t01
    "SPA", "Twitter",                                               # t02
    "Palais des Nations",                                           # t03
    "Polisario Front", "Polisario",                                 # t04
    "Maximos Mansion", "Presidential Mansion",                      # t05
    "CRPF",                                                         # t07
    "Moussa Diarra", "Abdoulaye Seydou", "ECOWAS", "M62",           # t09: byline, activist
    "Sandinistas", "Contadora",                                     # t10
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
CA5 = ["CR", "GT", "SV", "HN", "NI"]
FIVE = {"Óscar Arias": "signatory", "Vinicio Cerezo": "signatory (host)",
        "José Napoleón Duarte": "signatory", "José Azcona Hoyo": "signatory",
        "Daniel Ortega": "signatory"}

CORE = [
    # t01 (2018-04-27, Yonhap, Seoul)
    E("t01-moon-kim-panmunjom-summit", "core", "meeting", ["meeting", "agreement", "visit"],
      "2018-04-27", "day", OCC, "Panmunjom",
      r"panmunjom|peace house|demilitari|\bdmz\b|truce village|border", ["KR", "KP"],
      {"Moon Jae-in": "host; signatory of the Panmunjom Declaration",
       "Kim Jong-un": "guest; signatory of the Panmunjom Declaration",
       "Im Jong-seok": "South Korean delegation", "Suh Hoon": "South Korean delegation",
       "Kim Yo-jong": "North Korean delegation", "Kim Yong-chol": "North Korean delegation"},
      ["t01"]),
    E("t01-chung-suh-kim-pyongyang", "core", "meeting", MEET,
      "2018-03-05", "day", OCC, "Pyongyang", r"pyongyang|north korea", ["KR", "KP"],
      {"Chung Eui-yong": "special envoy", "Suh Hoon": "special envoy", "Kim Jong-un": "host"},
      ["t01"]),
    E("t01-moon-pyongyang-visit-planned", "core", "visit", MEET,
      "2018", "year", PLAN, "Pyongyang", r"pyongyang|north korea", ["KR", "KP"],
      {"Moon Jae-in": "visitor"}, ["t01"]),
    E("t01-kim-trump-summit-planned", "core", "meeting", MEET,
      None, None, PLAN, None, None, ["KP", "US"],
      {"Kim Jong-un": "participant", "Donald Trump": "participant"}, ["t01"]),
    # t02 (2023-03-10, Reuters, Dubai)
    E("t02-saudi-iran-beijing-agreement", "core", "agreement", ["agreement", "meeting"],
      "2023-03-10", "day", OCC, "Beijing", r"beijing|china", ["IR", "SA", "CN"],
      {"Ali Shamkhani": "signatory", "Musaed al-Aiban": "signatory",
       "Wang Yi": "host mediator, witness"}, ["t02"]),
    E("t02-foreign-ministers-meeting-planned", "core", "meeting", MEET,
      None, None, PLAN, None, None, ["SA", "IR"],
      {"Faisal bin Farhan": "participant", "Hossein Amir-Abdollahian": "participant"}, ["t02"]),
    E("t02-raisi-xi-beijing", "core", "meeting", MEET,
      "2023-02", "month", OCC, "Beijing", r"beijing|china", ["IR", "CN"],
      {"Ebrahim Raisi": "guest (state visit)", "Xi Jinping": "host"}, ["t02"]),
    # t03 (no publication date, AP, Geneva)
    E("t03-geneva-accords-signing", "core", "agreement", ["agreement", "meeting"],
      None, None, OCC, "Palais des Nations", r"palais des nations|geneva|united nations",
      ["AF", "PK", "US", "SU"],
      {"Abdul Wakil": "signatory", "Zain Noorani": "signatory",
       "George Shultz": "guarantor, witness", "Eduard Shevardnadze": "guarantor, witness",
       "Javier Pérez de Cuéllar": "presided", "Diego Cordovez": "mediator"}, ["t03"]),
    E("t03-gorbachev-najibullah-tashkent", "core", "meeting", MEET,
      None, None, OCC, "Tashkent", r"tashkent|uzbek|soviet", ["SU", "AF"],
      {"Mikhail Gorbachev": "host", "Najibullah": "guest"}, ["t03"]),
    E("t03-shultz-shevardnadze-moscow-planned", "core", "meeting", MEET,
      None, None, PLAN, "Moscow", r"moscow", ["US", "SU"],
      {"George Shultz": "visitor", "Eduard Shevardnadze": "host"}, ["t03"]),
    E("t03-reagan-gorbachev-moscow-summit-planned", "core", "meeting", MEET,
      None, None, PLAN, "Moscow", r"moscow", ["US", "SU"],
      {"Ronald Reagan": "visitor", "Mikhail Gorbachev": "host"}, ["t03"]),
    # t04 (2022-04-07, AP, Rabat)
    E("t04-sanchez-mohammed-vi-rabat", "core", "meeting", ["meeting", "visit", "agreement"],
      "2022-04-07", "day", OCC, "Rabat", r"rabat|royal palace|morocco", ["ES", "MA"],
      {"Pedro Sánchez": "guest", "Mohammed VI": "host",
       "José Manuel Albares": "Spanish delegation"}, ["t04"]),
    E("t04-benyaich-returns-to-madrid", "core", "appointment", ["appointment"],
      "2022-03", "month", OCC, None, None, ["MA", "ES"],
      {"Karima Benyaich": "ambassador returning to her post"}, ["t04"]),
    E("t04-algeria-recalls-moussi", "core", "withdrawal", ["withdrawal"],
      "2022-03-19", "day", OCC, None, None, ["DZ", "ES"],
      {"Said Moussi": "recalled ambassador"}, ["t04"]),
    E("t04-high-level-meeting-planned", "core", "meeting", ["meeting"],
      "2022", "year", PLAN, None, None, ["ES", "MA"],
      {"Pedro Sánchez": "co-chair", "Aziz Akhannouch": "co-chair"}, ["t04"]),
    # t05 (2023-12-07, Anadolu, Athens)
    E("t05-athens-declaration-talks", "core", "agreement", ["agreement", "meeting", "visit"],
      "2023-12-07", "day", OCC, "Athens", r"athens|maximos|greece", ["TR", "GR"],
      {"Recep Tayyip Erdoğan": "signatory (guest)", "Kyriakos Mitsotakis": "signatory (host)",
       "Hakan Fidan": "Turkish delegation", "Giorgos Gerapetritis": "Greek delegation"}, ["t05"]),
    E("t05-erdogan-sakellaropoulou", "core", "meeting", MEET,
      "2023-12-07", "day", OCC, "Presidential Mansion", r"presidential mansion|athens|greece",
      ["TR", "GR"],
      {"Recep Tayyip Erdoğan": "guest", "Katerina Sakellaropoulou": "host"}, ["t05"]),
    E("t05-mitsotakis-turkiye-visit-planned", "core", "visit", MEET,
      "2024", "year", PLAN, "Türkiye", r"turkiye|turkey|ankara", ["GR", "TR"],
      {"Kyriakos Mitsotakis": "visitor"}, ["t05"]),
    E("t05-fidan-gerapetritis-ankara", "core", "meeting", MEET,
      "2023-11", "month", OCC, "Ankara", r"ankara|turkiye|turkey", ["TR", "GR"],
      {"Hakan Fidan": "host", "Giorgos Gerapetritis": "guest"}, ["t05"]),
    # t06 (no publication date, AFP, Tegucigalpa)
    E("t06-honduras-china-communique", "core", "agreement", ["agreement", "meeting"],
      None, None, OCC, "Beijing", r"beijing|china", ["HN", "CN"],
      {"Eduardo Enrique Reina": "signatory", "Qin Gang": "signatory"}, ["t06"]),
    E("t06-honduras-taiwan-break", "core", "withdrawal", ["withdrawal"],
      None, None, OCC, None, None, ["HN", "TW"],
      {"Joseph Wu": "announced Taiwan's termination of ties"}, ["t06"]),
    E("t06-tsai-giammattei-planned", "core", "meeting", MEET,
      None, None, PLAN, "Guatemala", r"guatemala", ["TW", "GT"],
      {"Tsai Ing-wen": "visitor", "Alejandro Giammattei": "host"}, ["t06"]),
    E("t06-tsai-briceno-planned", "core", "meeting", MEET,
      None, None, PLAN, "Belize", r"belize|belmopan", ["TW", "BZ"],
      {"Tsai Ing-wen": "visitor", "Johnny Briceño": "host"}, ["t06"]),
    # t07 (2019-08-08, PTI, Islamabad)
    E("t07-pakistan-expels-bisaria", "core", "withdrawal", ["withdrawal"],
      "2019-08-07", "day", OCC, None, None, ["PK", "IN"],
      {"Ajay Bisaria": "expelled high commissioner"}, ["t07"]),
    E("t07-moin-ul-haq-posting-cancelled", "core", "appointment", ["appointment", "withdrawal"],
      None, None, CANC, None, None, ["PK", "IN"],
      {"Moin-ul-Haq": "high commissioner-designate, will not be sent"}, ["t07"]),
    E("t07-khan-erdogan-call", "core", "call", ["call"],
      "2019-08-06", "day", OCC, None, None, ["PK", "TR"],
      {"Imran Khan": "caller", "Recep Tayyip Erdoğan": "receiver"}, ["t07"]),
    E("t07-khan-mahathir-call", "core", "call", ["call"],
      "2019-08-06", "day", OCC, None, None, ["PK", "MY"],
      {"Imran Khan": "caller", "Mahathir Mohamad": "receiver"}, ["t07"]),
    E("t07-qureshi-wang-yi-beijing-planned", "core", "meeting", MEET,
      "2019-08-09", "day", PLAN, "Beijing", r"beijing|china", ["PK", "CN"],
      {"Shah Mehmood Qureshi": "visitor", "Wang Yi": "host"}, ["t07"], end_date="2019-08-10"),
    # t08 (2015-12-28, Kyodo, Seoul)
    E("t08-kishida-yun-comfort-women-agreement", "core", "agreement", ["agreement", "meeting"],
      "2015-12-28", "day", OCC, "Seoul", r"seoul|foreign ministry|south korea", ["JP", "KR"],
      {"Fumio Kishida": "party (guest)", "Yun Byung Se": "party (host)"}, ["t08"]),
    E("t08-abe-park-call", "core", "call", ["call"],
      "2015-12-28", "day", OCC, None, None, ["JP", "KR"],
      {"Shinzo Abe": "participant", "Park Geun Hye": "participant"}, ["t08"]),
    E("t08-abe-park-summit-nov-2", "core", "meeting", MEET,
      "2015-11-02", "day", OCC, "Seoul", r"seoul|south korea", ["JP", "KR"],
      {"Shinzo Abe": "guest", "Park Geun Hye": "host"}, ["t08"]),
    # t09 (no publication date, byline, Reuters, Niamey)
    E("t09-junta-expels-itte", "core", "withdrawal", ["withdrawal"],
      None, None, OCC, None, None, ["NE", "FR"],
      {"Sylvain Itté": "expelled ambassador"}, ["t09"]),
    E("t09-france-recalls-itte", "core", "withdrawal", ["withdrawal"],
      None, None, OCC, None, None, ["FR", "NE"],
      {"Emmanuel Macron": "announced the recall", "Sylvain Itté": "recalled ambassador"},
      ["t09"]),
    E("t09-abubakar-tiani-niamey", "core", "meeting", MEET,
      None, None, OCC, "Niamey", r"niamey|niger", ["NG", "NE"],
      {"Abdulsalami Abubakar": "head of the ECOWAS delegation", "Abdourahamane Tiani": "host"},
      ["t09"]),
    E("t09-abubakar-sees-bazoum", "core", "meeting", MEET,
      None, None, OCC, "Niamey", r"niamey|niger|presidential residence", ["NG", "NE"],
      {"Abdulsalami Abubakar": "head of the ECOWAS delegation",
       "Mohamed Bazoum": "detained president"}, ["t09"]),
    # t10 (1987-08-07, AFP, Guatemala City)
    E("t10-esquipulas-ii-signing", "core", "agreement", ["agreement", "meeting"],
      "1987-08-07", "day", OCC, "Guatemala City", r"guatemala", CA5, FIVE, ["t10"]),
    E("t10-executive-commission-planned", "core", "meeting", ["meeting"],
      None, None, PLAN, None, None, CA5, {}, ["t10"]),
    E("t10-presidents-review-summit-planned", "core", "meeting", ["meeting"],
      "1988", "year", PLAN, None, None, CA5,
      {n: "participant" for n in FIVE}, ["t10"]),
]

BACKGROUND = [
    # t01
    E("t01-kim-yo-jong-moon-cheong-wa-dae", "background", "meeting", MEET,
      "2018-02", "month", OCC, "Cheong Wa Dae", r"cheong wa dae|blue house|presidential office|seoul",
      ["KP", "KR"], {"Kim Yo-jong": "delivered the invitation", "Moon Jae-in": "host"}, ["t01"]),
    E("t01-kim-xi-beijing", "background", "meeting", MEET,
      "2018-03", "month", OCC, "Beijing", r"beijing|china", ["KP", "CN"],
      {"Kim Jong-un": "guest", "Xi Jinping": "host"}, ["t01"]),
    E("t01-inter-korean-summit-2000", "background", "meeting", MEET,
      "2000-06", "month", OCC, "Pyongyang", r"pyongyang", ["KP", "KR"],
      {"Kim Jong-il": "host", "Kim Dae-jung": "guest"}, ["t01"]),
    E("t01-inter-korean-summit-2007", "background", "meeting", MEET,
      "2007-10", "month", OCC, "Pyongyang", r"pyongyang", ["KP", "KR"],
      {"Kim Jong-il": "host", "Roh Moo-hyun": "guest"}, ["t01"]),
    # t02
    E("t02-security-cooperation-agreement-2001", "background", "agreement", ["agreement"],
      "2001", "year", OCC, None, None, ["SA", "IR"], {}, ["t02"]),
    E("t02-trade-accord-1998", "background", "agreement", ["agreement"],
      "1998", "year", OCC, None, None, ["SA", "IR"], {}, ["t02"]),
    E("t02-saudi-severs-ties-2016", "background", "withdrawal", ["withdrawal"],
      "2016-01", "month", OCC, None, None, ["SA", "IR"], {}, ["t02"]),
    E("t02-iraq-oman-rounds", "background", "meeting", ["meeting"],
      "2021-04", "month", OCC, None, None, ["SA", "IR"], {}, ["t02"]),
    E("t02-faisal-amir-abdollahian-jordan", "background", "meeting", ["meeting"],
      "2022-12", "month", OCC, "Jordan", r"jordan|amman|dead sea", ["SA", "IR"],
      {"Faisal bin Farhan": "participant", "Hossein Amir-Abdollahian": "participant"}, ["t02"]),
    E("t02-xi-riyadh-visit", "background", "visit", MEET,
      "2022-12", "month", OCC, "Riyadh", r"riyadh|saudi", ["CN", "SA"],
      {"Xi Jinping": "visitor"}, ["t02"]),
    # t03
    E("t03-proximity-talks-1982", "background", "meeting", ["meeting"],
      "1982-06", "month", OCC, "Geneva", r"geneva", ["AF", "PK"],
      {"Diego Cordovez": "mediator"}, ["t03"]),
    # t04
    E("t04-morocco-recalls-benyaich-2021", "background", "withdrawal", ["withdrawal"],
      "2021-05", "month", OCC, None, None, ["MA", "ES"],
      {"Karima Benyaich": "recalled ambassador"}, ["t04"]),
    E("t04-sanchez-king-talks-2018", "background", "meeting", MEET,
      "2018-11", "month", OCC, "Morocco", r"morocco|rabat", ["ES", "MA"],
      {"Pedro Sánchez": "guest", "Mohammed VI": "host"}, ["t04"]),
    E("t04-friendship-treaty-1991", "background", "agreement", ["agreement"],
      "1991", "year", OCC, None, None, ["ES", "MA"], {}, ["t04"]),
    # t05
    E("t05-hlcc-izmir-2016", "background", "meeting", ["meeting"],
      "2016-03", "month", OCC, "Izmir", r"izmir", ["TR", "GR"],
      {"Ahmet Davutoğlu": "co-chair", "Alexis Tsipras": "co-chair"}, ["t05"]),
    E("t05-dendias-cavusoglu-quake-zone", "background", "meeting", MEET,
      "2023-02", "month", OCC, None, None, ["GR", "TR"],
      {"Nikos Dendias": "guest", "Mevlüt Çavuşoğlu": "host"}, ["t05"]),
    E("t05-erdogan-mitsotakis-vilnius", "background", "meeting", ["meeting"],
      "2023-07", "month", OCC, "Vilnius", r"vilnius|lithuania", ["TR", "GR"],
      {"Recep Tayyip Erdoğan": "participant", "Kyriakos Mitsotakis": "participant"}, ["t05"]),
    E("t05-erdogan-pavlopoulos-2017", "background", "meeting", MEET,
      "2017-12", "month", OCC, "Greece", r"greece|athens", ["TR", "GR"],
      {"Recep Tayyip Erdoğan": "guest", "Prokopis Pavlopoulos": "host"}, ["t05"]),
    E("t05-treaty-of-lausanne-1923", "background", "agreement", ["agreement"],
      "1923", "year", OCC, "Lausanne", r"lausanne", ["TR", "GR"], {}, ["t05"]),
    # t06
    E("t06-nicaragua-breaks-with-taiwan-2021", "background", "withdrawal", ["withdrawal", "agreement"],
      "2021-12", "month", OCC, None, None, ["NI", "TW"], {}, ["t06"]),
    E("t06-costa-rica-switch-2007", "background", "withdrawal", ["withdrawal", "agreement"],
      "2007", "year", OCC, None, None, ["CR", "TW", "CN"], {}, ["t06"]),
    # t07
    E("t07-india-recalls-bisaria-feb", "background", "withdrawal", ["withdrawal"],
      "2019-02", "month", OCC, None, None, ["IN", "PK"],
      {"Ajay Bisaria": "recalled for consultations"}, ["t07"]),
    E("t07-pakistan-recalls-sohail-mahmood-feb", "background", "withdrawal", ["withdrawal"],
      "2019-02", "month", OCC, None, None, ["PK", "IN"],
      {"Sohail Mahmood": "recalled envoy"}, ["t07"]),
    E("t07-trump-khan-white-house", "background", "meeting", MEET,
      "2019-07", "month", OCC, "White House", r"white house|washington", ["US", "PK"],
      {"Donald Trump": "host", "Imran Khan": "guest"}, ["t07"]),
    # t08
    E("t08-director-general-talks", "background", "meeting", ["meeting"],
      "2014-04", "month", OCC, None, None, ["JP", "KR"],
      {"Junichi Ihara": "negotiator", "Lee Sang Deok": "negotiator"}, ["t08"]),
    E("t08-normalization-agreement-1965", "background", "agreement", ["agreement"],
      "1965", "year", OCC, None, None, ["JP", "KR"], {}, ["t08"]),
    # t09
    E("t09-deby-niamey", "background", "visit", MEET,
      None, None, OCC, "Niamey", r"niamey|niger", ["TD", "NE"],
      {"Mahamat Idriss Déby": "visitor (mediator)"}, ["t09"]),
    E("t09-mali-expels-meyer-2022", "background", "withdrawal", ["withdrawal"],
      "2022-01", "month", OCC, None, None, ["ML", "FR"],
      {"Joël Meyer": "expelled ambassador"}, ["t09"]),
    E("t09-burkina-hallade-recall", "background", "withdrawal", ["withdrawal"],
      None, None, OCC, None, None, ["BF", "FR"],
      {"Luc Hallade": "envoy whose recall was requested"}, ["t09"]),
    # t10
    E("t10-esquipulas-i-1986", "background", "meeting", ["meeting"],
      "1986-05", "month", OCC, "Esquipulas", r"esquipulas|guatemala", CA5,
      {n: "participant" for n in FIVE}, ["t10"]),
    E("t10-san-jose-meeting-1987", "background", "meeting", ["meeting"],
      "1987-02", "month", OCC, "San Jose", r"san jose|costa rica", ["CR", "SV", "HN", "GT"],
      {"Óscar Arias": "host", "José Napoleón Duarte": "participant",
       "José Azcona Hoyo": "participant", "Vinicio Cerezo": "participant"}, ["t10"]),
]

EVENTS = CORE + BACKGROUND


# ---------------------------------------------------------------- checks
def load_articles():
    texts, published, errors = {}, {}, []
    found = sorted(f.name for f in ART.glob("*.txt"))
    if found != ARTICLES:
        errors.append(f"articles/ holds {found}, expected {ARTICLES}")
    for name in found:
        t = (ART / name).read_text(encoding="utf-8")
        m = re.match(r" date (\d{4}-\d{2}-\d{2}) \S", t)
        published[name] = m.group(1) if m else None
        texts[name] = t
        if (m is None) != (name in NO_DATELINE):
            errors.append(f"{name}: dateline prefix {'missing' if m is None else 'unexpected'}")
        if m is None and t.startswith(" date"):
            errors.append(f"{name}: malformed dateline")
        if name in BYLINE and not t.startswith("By "):
            errors.append(f"{name}: expected a byline first line")
        words = len(t.split())
        if not 330 <= words <= 420:
            errors.append(f"{name}: {words} words, expected 330-420")
    return texts, published, errors


def check(texts, published):
    errors = []
    low = {k: v.lower() for k, v in texts.items()}
    alltext = "\n".join(low.values())
    names = {}
    by_name = {}
    for p in PERSONS:
        if p["name"] in by_name:
            errors.append(f"duplicate person {p['name']}")
        by_name[p["name"]] = p
        forms = [p["name"]] + p["aliases"]
        if not any(f.lower() in alltext for f in forms):
            errors.append(f"person {p['name']}: no name or alias occurs in the articles")
        for a in p["aliases"]:
            if a.lower() not in alltext:
                errors.append(f"person {p['name']}: alias {a!r} not in any article")
        for f in forms:
            k = fold(f)
            if k in names and names[k] != p["name"]:
                errors.append(f"folded name {k!r} shared by {names[k]} and {p['name']}")
            names.setdefault(k, p["name"])
        if p["country"] is not None and not re.fullmatch(r"[A-Z]{2}", p["country"]):
            errors.append(f"person {p['name']}: bad country {p['country']}")
        for o in p["offices"]:
            t = fold(o["title"])
            if len(t.split()) > 14 or not re.search(o["pattern"], t):
                errors.append(f"office {p['name']}: title {o['title']!r} fails its pattern")
            if o["country"] is not None and not re.fullmatch(r"[A-Z]{2}", o["country"]):
                errors.append(f"office {p['name']}: bad country {o['country']}")
    for n in NEUTRAL + NOT_PERSONS:
        if n.lower() not in alltext:
            errors.append(f"neutral/not_person {n!r} not in any article")
        if fold(n) in names:
            errors.append(f"neutral/not_person {n!r} collides with gold person {names[fold(n)]}")
    if set(map(fold, NEUTRAL)) & set(map(fold, NOT_PERSONS)):
        errors.append("a name is both neutral and not_person")
    ids = set()
    fmt = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}
    for e in EVENTS:
        tag = e["id"]
        if tag in ids:
            errors.append(f"duplicate event id {tag}")
        ids.add(tag)
        if e["tier"] not in ("core", "background"):
            errors.append(f"{tag}: bad tier")
        if e["kind"] not in e["accept_kinds"]:
            errors.append(f"{tag}: kind not in accept_kinds")
        kinds = {"meeting", "visit", "call", "agreement", "appointment", "withdrawal"}
        if not set(e["accept_kinds"]) <= kinds:
            errors.append(f"{tag}: unknown kind in accept_kinds")
        if e["status"] not in (OCC, PLAN, CANC):
            errors.append(f"{tag}: bad status")
        d, prec = e["date"], e["date_precision"]
        if (d is None) != (prec is None) or (d and not re.fullmatch(fmt[prec], d)):
            errors.append(f"{tag}: date {d} disagrees with precision {prec}")
        if e["end_date"] and (not d or not re.fullmatch(fmt["day"], e["end_date"]) or e["end_date"] < d):
            errors.append(f"{tag}: bad end_date")
        if set(e["participant_roles"]) != set(e["participants"]):
            errors.append(f"{tag}: participant_roles keys differ from participants")
        if not e["sources"]:
            errors.append(f"{tag}: no sources")
        for s in e["sources"]:
            if s not in texts:
                errors.append(f"{tag}: unknown source {s}")
                continue
            if published[s] is None and d and d[:4] not in texts[s]:
                errors.append(f"{tag}: dated {d} in an undated article that never states {d[:4]}")
            if published[s] and d and d[:4] > published[s][:4] and e["status"] == OCC:
                errors.append(f"{tag}: occurred after publication")
            for part in e["participants"]:
                p = by_name.get(part)
                if not p:
                    errors.append(f"{tag}: participant {part} is not a gold person")
                    continue
                if not any(f.lower() in low[s] for f in [p["name"]] + p["aliases"]):
                    errors.append(f"{tag}: participant {part} not named in {s}")
        if e["location"]:
            if not any(e["location"].lower() in low[s] for s in e["sources"] if s in low):
                errors.append(f"{tag}: location {e['location']!r} not in its sources")
            loc = fold(e["location"])
            if len(loc.split()) > 5 or not e["location_pattern"] or not re.search(e["location_pattern"], loc):
                errors.append(f"{tag}: location fails its pattern")
        elif e["location_pattern"]:
            errors.append(f"{tag}: pattern without location")
        for c in e["countries"]:
            if not re.fullmatch(r"[A-Z]{2}", c):
                errors.append(f"{tag}: bad country {c}")
        if len(set(e["countries"])) != len(e["countries"]):
            errors.append(f"{tag}: repeated country")
        for part in e["participants"]:
            pc = by_name.get(part, {}).get("country")
            if pc and pc not in e["countries"]:
                errors.append(f"{tag}: participant {part} country {pc} not in countries")
        if not e["participants"] and e["tier"] == "core" and not e["countries"]:
            errors.append(f"{tag}: core event with neither participants nor countries")
    seen_bg = False
    for e in EVENTS:
        if e["tier"] == "background":
            seen_bg = True
        elif seen_bg:
            errors.append("core events must come before background events")
    return errors


def counts(gold):
    ev = gold["events"]
    out = [f"persons {len(gold['persons'])}, neutral {len(gold['neutral_persons'])}, "
           f"not_persons {len(gold['not_persons'])}, events {len(ev)}, "
           f"offices {sum(len(p['offices']) for p in gold['persons'])}"]
    for tier in ("core", "background"):
        sub = [e for e in ev if e["tier"] == tier]
        out.append(f"  {tier} {len(sub)}: kinds {dict(Counter(e['kind'] for e in sub).most_common())}, "
                   f"status {dict(Counter(e['status'] for e in sub).most_common())}, "
                   f"dated {sum(1 for e in sub if e['date'])} "
                   f"(precision {dict(Counter(e['date_precision'] for e in sub if e['date']).most_common())})")
    return "\n".join(out)


def main():
    texts, published, errors = load_articles()
    errors += check(texts, published)
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        return 1
    gold = {"corpus": "t", "articles": sorted(texts), "persons": PERSONS,
            "neutral_persons": NEUTRAL, "not_persons": NOT_PERSONS, "events": EVENTS}
    (HERE / "gold_t.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
    print("wrote gold_t.json")
    print(counts(gold))
    print("undated articles:", [k for k, v in sorted(published.items()) if v is None])
    for k, v in sorted(published.items()):
        print(f"  {k}: {v or 'no dateline'}, {len(texts[k].split())} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())

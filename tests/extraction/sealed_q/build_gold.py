#!/usr/bin/env python3
"""Regenerate gold_q.json (sealed set Q) from the annotation below and check it against the
article texts. Run from anywhere: python3 build_gold.py

Checks: every alias occurs in the articles (and every canonical name or one of its aliases does);
every event participant is a gold person whose name/alias occurs in the event's sources; every
office title matches its own pattern after folding; every location occurs in its sources and
matches its own location_pattern; dates are well-formed for their precision; sources exist;
neutral/not_persons do not collide with gold names.
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


def fold(text):  # same folding as shared/eval/score.py
    text = unicodedata.normalize("NFKD", (text or "").translate(FOLD_EXTRA))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^a-z0-9 ]+", " ", text.lower())
    return " ".join(text.split())


# ---------------------------------------------------------------- patterns
PRES = r"\bpresident\b"
PM = r"prime minister|premier"
FM = r"foreign minister|minister of foreign affairs|foreign affairs minister"
SECSTATE = r"secretary of state"
UNSG = r"secretary general"
SPOKES = r"spokes|press secretary"
ENVOY = r"ambassador|envoy|high commissioner"


def P(name, country, aliases, offices):
    return {"name": name, "country": country, "aliases": aliases,
            "offices": [{"title": t, "pattern": p, "country": c} for t, p, c in offices]}


PERSONS = [
    # q01
    P("Constantine Karamanlis", "GR", ["Karamanlis"], [("Prime Minister of Greece", PM, "GR")]),
    P("Suleyman Demirel", "TR", ["Demirel"], [("Prime Minister of Turkey", PM, "TR")]),
    P("Dimitrios Bitsios", "GR", ["Bitsios"], [("Foreign Minister of Greece", FM, "GR")]),
    P("Ihsan Sabri Caglayangil", "TR", ["Caglayangil"], [("Foreign Minister of Turkey", FM, "TR")]),
    P("Gerald Ford", "US", ["President Gerald Ford", "Ford"], [("President of the United States", PRES, "US")]),
    P("Ron Nessen", "US", ["Nessen"], [("White House press secretary", SPOKES, "US")]),
    P("Panayotis Lambrias", "GR", ["Lambrias"], [("Government spokesman", SPOKES, "GR")]),
    P("Glafcos Clerides", "CY", ["Clerides"], [("Greek Cypriot negotiator", r"negotiator", "CY")]),
    P("Rauf Denktash", "CY", ["Denktash"], [("Turkish Cypriot leader", r"leader", "CY")]),
    P("Kurt Waldheim", None, ["Waldheim"], [("Secretary-General of the United Nations", UNSG, None)]),
    # q02
    P("Demetris Christofias", "CY", ["Christofias"], [("President of Cyprus", PRES, "CY")]),
    P("Mehmet Ali Talat", "CY", ["Talat"], [("Turkish Cypriot leader", r"leader", "CY")]),
    P("Taye-Brook Zerihun", None, ["Zerihun"],
      [("UN special representative in Cyprus", r"special representative|representative", None)]),
    P("Stefanos Stefanou", "CY", ["Stefanou"], [("Government spokesman", SPOKES, "CY")]),
    P("Hasan Ercakica", "CY", ["Ercakica"], [("Spokesman of the Turkish Cypriot leader", SPOKES, "CY")]),
    P("Alexander Downer", None, ["Downer"],
      [("UN Special Adviser on Cyprus", r"advis", None),
       ("Foreign Minister of Australia (former)", FM, "AU")]),
    P("Ban Ki-moon", None, [], [("Secretary-General of the United Nations", UNSG, None)]),
    P("Kofi Annan", None, ["Annan"], [("Secretary-General of the United Nations (former)", r"secretary general|un chief", None)]),
    # q03
    P("Abdul Wakil", "AF", ["Wakil"], [("Foreign Minister of Afghanistan", FM, "AF")]),
    P("Zain Noorani", "PK", ["Noorani"],
      [("Minister of State for Foreign Affairs", r"minister of state|foreign", "PK")]),
    P("Eduard Shevardnadze", "SU", ["Shevardnadze"], [("Foreign Minister of the Soviet Union", FM, "SU")]),
    P("George Shultz", "US", ["Shultz"], [("Secretary of State", SECSTATE, "US")]),
    P("Javier Perez de Cuellar", None, ["Perez de Cuellar"],
      [("Secretary-General of the United Nations", UNSG, None)]),
    P("Diego Cordovez", None, ["Cordovez"],
      [("UN Under-Secretary-General, mediator", r"under ?secretary|mediat|envoy", None)]),
    P("Najibullah", "AF", ["President Najibullah"], [("President of Afghanistan", PRES, "AF")]),
    P("Mohammad Zia ul-Haq", "PK", ["Zia ul-Haq"], [("President of Pakistan", PRES, "PK")]),
    P("Mikhail Gorbachev", "SU", ["Gorbachev"],
      [("Soviet leader", r"leader|general secretary|secretary general", "SU")]),
    P("Ronald Reagan", "US", ["President Reagan", "Reagan"], [("President of the United States", PRES, "US")]),
    P("Charles Redman", "US", ["Redman"], [("State Department spokesman", SPOKES, "US")]),
    # q04
    P("Shavkat Mirziyoyev", "UZ", ["Mirziyoyev"], [("President of Uzbekistan", PRES, "UZ")]),
    P("Emomali Rahmon", "TJ", ["Rahmon"], [("President of Tajikistan", PRES, "TJ")]),
    P("Abdulaziz Kamilov", "UZ", ["Kamilov"], [("Foreign Minister of Uzbekistan", FM, "UZ")]),
    P("Sirojiddin Aslov", "TJ", ["Aslov"], [("Foreign Minister of Tajikistan", FM, "TJ")]),
    P("Islam Karimov", "UZ", ["Karimov"], [("President of Uzbekistan (former)", PRES, "UZ")]),
    # q05
    P("Joel Meyer", "FR", ["Meyer"], [("Ambassador of France to Mali", ENVOY, "FR")]),
    P("Jean-Yves Le Drian", "FR", ["Le Drian"], [("Foreign Minister of France", FM, "FR")]),
    P("Florence Parly", "FR", ["Parly"],
      [("Armed Forces Minister", r"armed forces|defen[cs]e minister|minister of defen[cs]e", "FR")]),
    P("Abdoulaye Maiga", "ML", [], [("Government spokesman", SPOKES, "ML")]),
    P("Assimi Goita", "ML", ["Goita"], [("Interim President of Mali", PRES, "ML")]),
    P("Choguel Kokalla Maiga", "ML", [], [("Prime Minister of Mali", PM, "ML")]),
    P("Hamidou Boly", None, ["Boly"],
      [("ECOWAS special representative in Mali", r"special representative|representative|envoy", None)]),
    P("Abdoulaye Diop", "ML", ["Diop"], [("Foreign Minister of Mali", FM, "ML")]),
    P("Sergei Lavrov", "RU", ["Lavrov"], [("Foreign Minister of Russia", FM, "RU")]),
    # q06
    P("Abdulsalami Abubakar", None, ["Abubakar"],
      [("Head of the ECOWAS delegation", r"ecowas|delegation|envoy|mediat", None),
       ("Former head of state of Nigeria", r"head of state|president", "NG")]),
    P("Abdourahamane Tiani", "NE", ["General Abdourahamane Tiani", "Tiani"],
      [("Leader of the military junta", r"junta|leader|head of state|president|council", "NE")]),
    P("Mohamed Bazoum", "NE", ["Bazoum"], [("President of Niger (deposed)", PRES, "NE")]),
    P("Abdel-Fatau Musah", None, ["Musah"],
      [("ECOWAS Commissioner for Political Affairs, Peace and Security", r"commissioner", None)]),
    P("Victoria Nuland", "US", ["Nuland"],
      [("Acting Deputy Secretary of State", r"deputy secretary of state", "US")]),
    P("Moussa Salaou Barmou", "NE", ["Barmou"],
      [("Army chief of staff", r"chief of (the )?(army )?staff|chief of (the )?(army|defen)", "NE")]),
    P("Antony Blinken", "US", ["Blinken"], [("Secretary of State", SECSTATE, "US")]),
    P("Bola Tinubu", "NG", ["Tinubu"], [("President of Nigeria", PRES, "NG")]),
    P("Amadou Abdramane", "NE", ["Abdramane"], [("Junta spokesman", SPOKES, "NE")]),
    # q07
    P("Carlos Washington Pastor", "AR", ["Pastor"], [("Foreign Minister of Argentina", FM, "AR")]),
    P("Hernan Cubillos", "CL", ["Cubillos"], [("Foreign Minister of Chile", FM, "CL")]),
    P("Antonio Samore", "VA", ["Cardinal Antonio Samore", "Samore"],
      [("Papal special envoy", r"envoy|cardinal|diplomat", "VA")]),
    P("John Paul II", "VA", ["Pope John Paul II"], [("Pope", r"pope|pontiff", "VA")]),
    P("Jorge Videla", "AR", ["Videla"], [("President of Argentina", PRES, "AR")]),
    P("Augusto Pinochet", "CL", ["Gen. Augusto Pinochet", "Pinochet"], [("President of Chile", PRES, "CL")]),
    P("Romeo Panciroli", "VA", ["Father Romeo Panciroli", "Panciroli"], [("Vatican spokesman", SPOKES, "VA")]),
    P("Elizabeth II", "GB", ["Queen Elizabeth II"], [("Queen of the United Kingdom", r"queen|monarch", "GB")]),
    # q08
    P("Alvaro Uribe", "CO", ["Uribe"], [("President of Colombia", PRES, "CO")]),
    P("Rafael Correa", "EC", ["Correa"], [("President of Ecuador", PRES, "EC")]),
    P("Hugo Chavez", "VE", ["Chavez"], [("President of Venezuela", PRES, "VE")]),
    P("Daniel Ortega", "NI", ["Ortega"], [("President of Nicaragua", PRES, "NI")]),
    P("Leonel Fernandez", "DO", ["Fernandez"], [("President of the Dominican Republic", PRES, "DO")]),
    P("Maria Isabel Salvador", "EC", [], [("Foreign Minister of Ecuador", FM, "EC")]),
    P("Fernando Araujo", "CO", ["Araujo"], [("Foreign Minister of Colombia", FM, "CO")]),
    # q09
    P("Frank Bainimarama", "FJ", ["Commodore Frank Bainimarama", "Bainimarama"],
      [("Interim Prime Minister of Fiji", PM, "FJ")]),
    P("James Batley", "AU", ["Batley"], [("High Commissioner of Australia to Fiji", ENVOY, "AU")]),
    P("Todd Cleaver", "NZ", ["Cleaver"], [("Acting High Commissioner of New Zealand to Fiji", ENVOY, "NZ")]),
    P("Stephen Smith", "AU", ["Smith"], [("Foreign Minister of Australia", FM, "AU")]),
    P("Murray McCully", "NZ", ["McCully"], [("Foreign Minister of New Zealand", FM, "NZ")]),
    P("Ratu Inoke Kubuabola", "FJ", ["Inoke Kubuabola", "Kubuabola"], [("Foreign Minister of Fiji", FM, "FJ")]),
    P("Michael Green", "NZ", ["Green"], [("High Commissioner of New Zealand to Fiji", ENVOY, "NZ")]),
    P("John Key", "NZ", [], [("Prime Minister of New Zealand", PM, "NZ")]),
    P("Kevin Rudd", "AU", ["Rudd"], [("Prime Minister of Australia", PM, "AU")]),
    # q10
    P("Hakan Fidan", "TR", ["Fidan"], [("Foreign Minister of Türkiye", FM, "TR")]),
    P("Vladimir Medinsky", "RU", ["Medinsky"], [("Presidential aide", r"aide|advis|assistant", "RU")]),
    P("Rustem Umerov", "UA", ["Umerov"],
      [("Defense Minister of Ukraine", r"defen[cs]e minister|minister of defen[cs]e", "UA")]),
    P("Marco Rubio", "US", ["Rubio"], [("Secretary of State", SECSTATE, "US")]),
    P("Andriy Yermak", "UA", ["Yermak"],
      [("Head of the Presidential Office", r"presidential office|office of the president|chief of staff", "UA")]),
    P("Andrii Sybiha", "UA", ["Sybiha"], [("Foreign Minister of Ukraine", FM, "UA")]),
    P("Volodymyr Zelenskyy", "UA", ["Zelenskyy"], [("President of Ukraine", PRES, "UA")]),
    P("Recep Tayyip Erdogan", "TR", ["Erdogan"], [("President of Türkiye", PRES, "TR")]),
    P("Vladimir Putin", "RU", ["Putin"], [("President of Russia", PRES, "RU")]),
    P("Dmitry Peskov", "RU", ["Peskov"], [("Kremlin spokesman", SPOKES, "RU")]),
    P("Donald Trump", "US", ["Trump"], [("President of the United States", PRES, "US")]),
    P("David Arakhamia", "UA", ["Arakhamia"],
      [("Leader of the ruling party's parliamentary faction", r"faction|parliament|leader", "UA")]),
]

NEUTRAL = ["Raul Reyes", "Reyes"]

NOT_PERSONS = ["Reuters", "AFP", "AP", "Associated Press", "ANSA", "TASS", "Xinhua", "AA",
               "Ricardo Palomino", "RICARDO PALOMINO", "Candarli", "ORTM", "Wagner", "ECOWAS",
               "FARC", "Rio Group"]

# ---------------------------------------------------------------- events
LOC = {
    "Brussels": r"brussels|belgium",
    "Rome": r"rome|italy",
    "Vienna": r"vienna|austria",
    "Nicosia": r"nicosia|buffer zone|cyprus|residence",
    "Cyprus": r"cyprus|nicosia|island",
    "Palais des Nations": r"palais des nations|geneva|switzerland|united nations",
    "Geneva": r"geneva|switzerland|palais des nations",
    "Moscow": r"moscow|kremlin|soviet|russia",
    "Palace of the Nation": r"palace of the nation|dushanbe|tajik",
    "Dushanbe": r"dushanbe|palace of the nation|tajik",
    "Uzbekistan": r"uzbek|tashkent",
    "Niamey": r"niamey|niger",
    "Accra": r"accra|ghana",
    "Abuja": r"abuja|nigeria",
    "Taranco Palace": r"taranco|montevideo|uruguay",
    "Buenos Aires": r"buenos aires|argentin",
    "Santiago": r"santiago|chile",
    "Vatican": r"vatican|holy see|rome",
    "Mendoza": r"mendoza|argentin",
    "Puerto Montt": r"puerto montt|chile",
    "Santo Domingo": r"santo domingo|dominican",
    "Managua": r"managua|nicaragua",
    "Washington": r"washington",
    "Dolmabahce Presidential Office": r"dolmabahce|istanbul|turkiye|turkey",
    "Ankara": r"ankara|turkiye|turkey",
    "Istanbul": r"istanbul|turkiye|turkey",
    "Tirana": r"tirana|albania",
}


def E(id, tier, kind, accept, date, prec, status, location, countries, roles, sources,
      end_date=None):
    """roles: ordered {gold person name: role}; participants are its keys."""
    return {"id": id, "tier": tier, "kind": kind, "accept_kinds": accept,
            "date": date, "date_precision": prec, "end_date": end_date, "status": status,
            "location": location, "location_pattern": LOC[location] if location else None,
            "countries": countries, "participants": list(roles),
            "participant_roles": dict(roles), "sources": sources}


MV = ["meeting", "visit"]
MA = ["meeting", "agreement"]
MVA = ["meeting", "visit", "agreement"]
AM = ["agreement", "meeting"]
W = ["withdrawal"]
C = ["call"]
VM = ["visit", "meeting"]
OCC, PLAN, CANC = "occurred", "planned", "cancelled"
Q = lambda n: [f"q{n:02d}.txt"]

EVENTS = [
    # ---- q01 (1975-05-31, Reuters) Karamanlis-Demirel in Brussels
    E("q01-karamanlis-demirel-brussels", "core", "meeting", MA, "1975-05-31", "day", OCC, "Brussels",
      ["GR", "TR"], {"Constantine Karamanlis": "participant", "Suleyman Demirel": "participant"}, Q(1)),
    E("q01-ford-karamanlis-brussels", "core", "meeting", MV, "1975-05-29", "day", OCC, "Brussels",
      ["US", "GR"], {"Gerald Ford": "participant", "Constantine Karamanlis": "participant"}, Q(1)),
    E("q01-ford-demirel-brussels", "core", "meeting", MV, "1975-05-29", "day", OCC, "Brussels",
      ["US", "TR"], {"Gerald Ford": "participant", "Suleyman Demirel": "participant"}, Q(1)),
    E("q01-bitsios-caglayangil-planned", "core", "meeting", MV, None, None, PLAN, None,
      ["GR", "TR"], {"Dimitrios Bitsios": "participant", "Ihsan Sabri Caglayangil": "participant"}, Q(1)),
    E("q01-vienna-intercommunal-talks-planned", "core", "meeting", MV, "1975-06", "month", PLAN, "Vienna",
      ["CY"], {"Glafcos Clerides": "negotiator", "Rauf Denktash": "negotiator",
               "Kurt Waldheim": "presiding (UN)"}, Q(1)),
    E("q01-bitsios-caglayangil-rome", "background", "meeting", MV, "1975-05", "month", OCC, "Rome",
      ["GR", "TR"], {"Dimitrios Bitsios": "participant", "Ihsan Sabri Caglayangil": "participant"}, Q(1)),
    # ---- q02 (2008-07-25, AFP) Christofias-Talat agree to start negotiations
    E("q02-christofias-talat-nicosia", "core", "meeting", MA, "2008-07-25", "day", OCC, "Nicosia",
      ["CY"], {"Demetris Christofias": "party", "Mehmet Ali Talat": "party",
               "Taye-Brook Zerihun": "host (UN)"}, Q(2)),
    E("q02-full-negotiations-sept3-planned", "core", "meeting", MA, "2008-09-03", "day", PLAN, None,
      ["CY"], {"Demetris Christofias": "party", "Mehmet Ali Talat": "party",
               "Alexander Downer": "facilitator (UN)"}, Q(2)),
    E("q02-leaders-meet-august-planned", "core", "meeting", ["meeting"], "2008-08", "month", PLAN, None,
      ["CY"], {"Demetris Christofias": "party", "Mehmet Ali Talat": "party"}, Q(2)),
    E("q02-downer-appointed-special-adviser", "core", "appointment", ["appointment"], "2008-07", "month",
      OCC, None, ["CY"], {"Alexander Downer": "appointee", "Ban Ki-moon": "appointing authority"}, Q(2)),
    E("q02-downer-expected-august", "core", "visit", VM, "2008-08", "month", PLAN, "Cyprus",
      ["CY"], {"Alexander Downer": "visitor"}, Q(2)),
    E("q02-first-meeting-march21", "background", "meeting", MA, "2008-03-21", "day", OCC, None,
      ["CY"], {"Demetris Christofias": "party", "Mehmet Ali Talat": "party"}, Q(2)),
    # ---- q03 (1988-04-14, AP) Geneva accords on Afghanistan
    E("q03-geneva-accords-signing", "core", "agreement", AM, "1988-04-14", "day", OCC, "Palais des Nations",
      ["AF", "PK", "SU", "US"],
      {"Abdul Wakil": "signatory", "Zain Noorani": "signatory", "Eduard Shevardnadze": "guarantor",
       "George Shultz": "guarantor", "Javier Perez de Cuellar": "witness (UN)",
       "Diego Cordovez": "mediator (UN)"}, Q(3)),
    E("q03-shultz-shevardnadze-planned", "core", "meeting", ["meeting"], "1988-04-14", "day", PLAN, "Geneva",
      ["US", "SU"], {"George Shultz": "participant", "Eduard Shevardnadze": "participant"}, Q(3)),
    E("q03-reagan-gorbachev-moscow-summit-planned", "core", "meeting", MV, "1988-05", "month", PLAN, "Moscow",
      ["US", "SU"], {"Ronald Reagan": "guest", "Mikhail Gorbachev": "host"}, Q(3)),
    E("q03-geneva-indirect-talks-1982", "background", "meeting", ["meeting"], "1982-06", "month", OCC, "Geneva",
      ["AF", "PK"], {"Diego Cordovez": "mediator (UN)"}, Q(3)),
    # ---- q04 (no date, TASS) Mirziyoyev state visit to Dushanbe
    E("q04-mirziyoyev-rahmon-talks", "core", "meeting", MVA, None, None, OCC, "Palace of the Nation",
      ["UZ", "TJ"], {"Shavkat Mirziyoyev": "guest", "Emomali Rahmon": "host"}, Q(4)),
    E("q04-strategic-partnership-signing", "core", "agreement", AM, None, None, OCC, "Dushanbe",
      ["UZ", "TJ"], {"Shavkat Mirziyoyev": "signatory", "Emomali Rahmon": "signatory",
                     "Abdulaziz Kamilov": "signatory (visa agreement)",
                     "Sirojiddin Aslov": "signatory (visa agreement)"}, Q(4)),
    E("q04-rahmon-return-visit-planned", "core", "visit", VM, None, None, PLAN, "Uzbekistan",
      ["TJ", "UZ"], {"Emomali Rahmon": "visitor"}, Q(4)),
    E("q04-karimov-dushanbe-2000", "background", "visit", VM, "2000", "year", OCC, "Dushanbe",
      ["UZ", "TJ"], {"Islam Karimov": "visitor"}, Q(4)),
    E("q04-kamilov-dushanbe-2017", "background", "visit", VM, "2017-01", "month", OCC, "Dushanbe",
      ["UZ", "TJ"], {"Abdulaziz Kamilov": "visitor"}, Q(4)),
    E("q04-summit-sideline-meetings", "background", "meeting", ["meeting"], None, None, OCC, None,
      ["UZ", "TJ"], {"Shavkat Mirziyoyev": "participant", "Emomali Rahmon": "participant"}, Q(4)),
    # ---- q05 (2022-01-31, AFP) Mali expels French ambassador
    E("q05-mali-expels-french-ambassador", "core", "withdrawal", W, "2022-01-31", "day", OCC, None,
      ["ML", "FR"], {"Joel Meyer": "expelled envoy"}, Q(5)),
    E("q05-ecowas-states-recall-ambassadors", "background", "withdrawal", W, "2022-01-09", "day", OCC, None,
      ["ML"], {}, Q(5)),
    E("q05-mali-recalls-ambassadors-from-ecowas", "background", "withdrawal", W, "2022-01-09", "day", OCC,
      None, ["ML"], {}, Q(5)),
    E("q05-boly-expelled", "background", "withdrawal", W, "2021-10", "month", OCC, None,
      ["ML"], {"Hamidou Boly": "expelled envoy (ECOWAS)"}, Q(5)),
    E("q05-diop-lavrov-moscow", "background", "meeting", MV, "2021-11", "month", OCC, "Moscow",
      ["ML", "RU"], {"Abdoulaye Diop": "guest", "Sergei Lavrov": "host"}, Q(5)),
    # ---- q06 (2023-08-20, Reuters) ECOWAS delegation in Niamey
    E("q06-abubakar-tiani-niamey", "core", "meeting", MV, "2023-08-19", "day", OCC, "Niamey",
      ["NE"], {"Abdulsalami Abubakar": "guest (ECOWAS)", "Abdourahamane Tiani": "host"}, Q(6)),
    E("q06-abubakar-bazoum-niamey", "core", "meeting", MV, "2023-08-19", "day", OCC, "Niamey",
      ["NE"], {"Abdulsalami Abubakar": "guest (ECOWAS)", "Mohamed Bazoum": "detained president"}, Q(6)),
    E("q06-ecowas-defence-chiefs-accra", "core", "meeting", ["meeting"], "2023-08-17", "day", OCC, "Accra",
      ["GH"], {"Abdel-Fatau Musah": "participant (ECOWAS)"}, Q(6), end_date="2023-08-18"),
    E("q06-abubakar-mission-aug3", "background", "visit", VM, "2023-08-03", "day", OCC, "Niamey",
      ["NE"], {"Abdulsalami Abubakar": "visitor (ECOWAS)"}, Q(6)),
    E("q06-joint-mission-refused-aug8", "background", "visit", VM, "2023-08-08", "day", CANC, None,
      ["NE"], {}, Q(6)),
    E("q06-nuland-barmou-niamey", "background", "meeting", MV, "2023-08-07", "day", OCC, "Niamey",
      ["US", "NE"], {"Victoria Nuland": "guest", "Moussa Salaou Barmou": "host"}, Q(6)),
    E("q06-blinken-bazoum-calls", "background", "call", C, None, None, OCC, None,
      ["US", "NE"], {"Antony Blinken": "caller", "Mohamed Bazoum": "receiver"}, Q(6)),
    E("q06-ecowas-summit-abuja", "background", "meeting", ["meeting"], "2023-08-10", "day", OCC, "Abuja",
      ["NG"], {"Bola Tinubu": "chair"}, Q(6)),
    E("q06-niger-ends-ambassadors-functions", "background", "withdrawal", W, "2023-08-03", "day", OCC, None,
      ["NE", "FR", "US", "NG", "TG"], {}, Q(6)),
    # ---- q07 (no date, AP, byline) Act of Montevideo
    E("q07-act-of-montevideo-signing", "core", "agreement", AM, None, None, OCC, "Taranco Palace",
      ["AR", "CL", "VA"], {"Carlos Washington Pastor": "signatory", "Hernan Cubillos": "signatory",
                           "Antonio Samore": "witness (mediator)"}, Q(7)),
    E("q07-samore-named-papal-envoy", "core", "appointment", ["appointment"], None, None, OCC, None,
      ["VA", "AR", "CL"], {"Antonio Samore": "appointee", "John Paul II": "appointing authority"}, Q(7)),
    E("q07-samore-videla-buenos-aires", "core", "meeting", MV, None, None, OCC, "Buenos Aires",
      ["VA", "AR"], {"Antonio Samore": "guest", "Jorge Videla": "host"}, Q(7)),
    E("q07-samore-pinochet-santiago", "core", "meeting", MV, None, None, OCC, "Santiago",
      ["VA", "CL"], {"Antonio Samore": "guest", "Augusto Pinochet": "host"}, Q(7)),
    E("q07-delegations-to-vatican-planned", "core", "visit", VM, None, None, PLAN, "Vatican",
      ["AR", "CL", "VA"], {}, Q(7)),
    E("q07-videla-pinochet-mendoza-1978", "background", "meeting", MV, "1978-01", "month", OCC, "Mendoza",
      ["AR", "CL"], {"Jorge Videla": "host", "Augusto Pinochet": "guest"}, Q(7)),
    E("q07-videla-pinochet-puerto-montt-1978", "background", "meeting", MV, "1978-02", "month", OCC,
      "Puerto Montt", ["AR", "CL"], {"Jorge Videla": "guest", "Augusto Pinochet": "host"}, Q(7)),
    E("q07-direct-negotiations-1978", "background", "meeting", ["meeting"], None, None, OCC, None,
      ["AR", "CL"], {}, Q(7)),
    # ---- q08 (2008-03-08, ANSA) Rio Group summit in Santo Domingo
    E("q08-rio-group-summit-handshake", "core", "meeting", MA, "2008-03-07", "day", OCC, "Santo Domingo",
      ["CO", "EC", "VE", "NI", "DO"],
      {"Alvaro Uribe": "participant", "Rafael Correa": "participant", "Hugo Chavez": "participant",
       "Daniel Ortega": "participant", "Leonel Fernandez": "host"}, Q(8)),
    E("q08-nicaragua-restores-relations", "core", "agreement", ["agreement", "appointment"], "2008-03-07",
      "day", OCC, "Santo Domingo", ["NI", "CO"], {"Daniel Ortega": "announced"}, Q(8)),
    E("q08-nicaragua-severs-relations", "core", "withdrawal", W, "2008-03-06", "day", OCC, None,
      ["NI", "CO"], {"Daniel Ortega": "announced"}, Q(8)),
    E("q08-correa-ortega-managua", "core", "meeting", MV, "2008-03-06", "day", OCC, "Managua",
      ["EC", "NI"], {"Rafael Correa": "guest", "Daniel Ortega": "host"}, Q(8)),
    E("q08-ecuador-breaks-relations", "core", "withdrawal", W, "2008-03-03", "day", OCC, None,
      ["EC", "CO"], {}, Q(8)),
    E("q08-ecuador-recalls-ambassador", "core", "withdrawal", W, "2008-03-02", "day", OCC, None,
      ["EC", "CO"], {}, Q(8)),
    E("q08-venezuela-closes-embassy-bogota", "core", "withdrawal", W, "2008-03-02", "day", OCC, None,
      ["VE", "CO"], {"Hugo Chavez": "ordered"}, Q(8)),
    E("q08-uribe-correa-call", "background", "call", C, "2008-03-01", "day", OCC, None,
      ["CO", "EC"], {"Alvaro Uribe": "caller", "Rafael Correa": "receiver"}, Q(8)),
    E("q08-correa-regional-tour", "background", "visit", VM, "2008-03", "month", OCC, None,
      ["EC"], {"Rafael Correa": "visitor"}, Q(8)),
    E("q08-oas-foreign-ministers-planned", "background", "meeting", ["meeting"], "2008-03-17", "day", PLAN,
      "Washington", ["CO", "EC"], {}, Q(8)),
    # ---- q09 (no date, Xinhua) Fiji / Australia / New Zealand expulsions
    E("q09-fiji-expels-batley-cleaver", "core", "withdrawal", W, None, None, OCC, None,
      ["FJ", "AU", "NZ"], {"Frank Bainimarama": "ordered", "James Batley": "expelled envoy",
                           "Todd Cleaver": "expelled envoy"}, Q(9)),
    E("q09-australia-expels-fiji-envoy", "core", "withdrawal", W, None, None, OCC, None,
      ["AU", "FJ"], {"Stephen Smith": "announced"}, Q(9)),
    E("q09-nz-expels-fiji-envoy", "core", "withdrawal", W, None, None, OCC, None,
      ["NZ", "FJ"], {"Murray McCully": "ordered"}, Q(9)),
    E("q09-smith-mccully-call", "core", "call", C, None, None, OCC, None,
      ["AU", "NZ"], {"Stephen Smith": "participant", "Murray McCully": "participant"}, Q(9)),
    E("q09-green-expelled-2008", "background", "withdrawal", W, "2008-06", "month", OCC, None,
      ["FJ", "NZ"], {"Frank Bainimarama": "ordered", "Michael Green": "expelled envoy"}, Q(9)),
    E("q09-nz-expels-fiji-envoy-2008", "background", "withdrawal", W, "2008-06", "month", OCC, None,
      ["NZ", "FJ"], {}, Q(9)),
    # ---- q10 (2025-05-16, Anadolu) Russia-Ukraine talks in Istanbul
    E("q10-istanbul-direct-talks", "core", "meeting", MA, "2025-05-16", "day", OCC,
      "Dolmabahce Presidential Office", ["TR", "RU", "UA"],
      {"Hakan Fidan": "chair (host)", "Vladimir Medinsky": "head of delegation",
       "Rustem Umerov": "head of delegation"}, Q(10)),
    E("q10-fidan-rubio-ukraine-trilateral", "core", "meeting", MV, "2025-05-16", "day", OCC,
      "Dolmabahce Presidential Office", ["TR", "US", "UA"],
      {"Hakan Fidan": "host", "Marco Rubio": "participant", "Rustem Umerov": "participant",
       "Andriy Yermak": "participant", "Andrii Sybiha": "participant"}, Q(10)),
    E("q10-zelenskyy-erdogan-ankara", "core", "meeting", MV, "2025-05-15", "day", OCC, "Ankara",
      ["UA", "TR"], {"Volodymyr Zelenskyy": "guest", "Recep Tayyip Erdogan": "host"}, Q(10)),
    E("q10-zelenskyy-putin-meeting-cancelled", "core", "meeting", MV, None, None, CANC, "Istanbul",
      ["UA", "RU"], {"Volodymyr Zelenskyy": "proposer", "Vladimir Putin": "declined"}, Q(10)),
    E("q10-zelenskyy-tirana-epc", "core", "visit", VM, "2025-05-16", "day", OCC, "Tirana",
      ["UA", "AL"], {"Volodymyr Zelenskyy": "visitor"}, Q(10)),
    E("q10-erdogan-putin-call", "core", "call", C, "2025-05-11", "day", OCC, None,
      ["TR", "RU"], {"Recep Tayyip Erdogan": "participant", "Vladimir Putin": "participant"}, Q(10)),
    E("q10-trump-putin-meeting-planned", "core", "meeting", MV, None, None, PLAN, None,
      ["US", "RU"], {"Donald Trump": "participant", "Vladimir Putin": "participant"}, Q(10)),
    E("q10-istanbul-talks-2022", "background", "meeting", ["meeting"], "2022-03", "month", OCC, "Istanbul",
      ["RU", "UA"], {"Vladimir Medinsky": "head of delegation", "David Arakhamia": "head of delegation"},
      Q(10)),
    E("q10-trump-gulf-tour", "background", "visit", VM, None, None, OCC, None,
      ["US"], {"Donald Trump": "visitor"}, Q(10)),
]

ARTICLES = [f"q{i:02d}.txt" for i in range(1, 11)]
NO_PREFIX = {"q04.txt", "q07.txt", "q09.txt"}


# ---------------------------------------------------------------- checks
def load_texts():
    texts = {}
    for a in ARTICLES:
        with open(os.path.join(ART, a), encoding="utf-8") as fh:
            texts[a] = fh.read()
    return texts


def occurs(needle, hay):
    return re.search(r"(?<![A-Za-z])" + re.escape(needle) + r"(?![A-Za-z])", hay) is not None


def check(gold, texts):
    errors = []
    alltext = "\n".join(texts.values())
    names = {}
    for p in gold["persons"]:
        if p["name"] in names:
            errors.append(f"duplicate person {p['name']}")
        names[p["name"]] = p
        if not any(occurs(n, alltext) for n in [p["name"]] + p["aliases"]):
            errors.append(f"person {p['name']}: neither name nor alias occurs")
        for a in p["aliases"]:
            if not occurs(a, alltext):
                errors.append(f"person {p['name']}: alias {a!r} does not occur")
        for o in p["offices"]:
            if not re.search(o["pattern"], fold(o["title"])):
                errors.append(f"person {p['name']}: title {o['title']!r} does not match {o['pattern']!r}")
    # folded names must be unique across persons (else the scorer cannot resolve them)
    seen = {}
    for p in gold["persons"]:
        for n in {fold(x) for x in [p["name"]] + p["aliases"]}:
            if n in seen and seen[n] != p["name"]:
                errors.append(f"name {n!r} shared by {seen[n]} and {p['name']}")
            seen[n] = p["name"]
    for n in gold["not_persons"] + gold["neutral_persons"]:
        if fold(n) in seen:
            errors.append(f"neutral/not_person {n!r} collides with gold person {seen[fold(n)]}")
    for n in gold["not_persons"] + gold["neutral_persons"]:
        if not re.search(r"(?<![A-Za-z])" + re.escape(n) + r"(?![A-Za-z])", alltext, re.I):
            errors.append(f"neutral/not_person {n!r} does not occur")
    ids = set()
    widths = {"day": 10, "month": 7, "year": 4}
    for e in gold["events"]:
        if e["id"] in ids:
            errors.append(f"duplicate event id {e['id']}")
        ids.add(e["id"])
        if e["kind"] not in e["accept_kinds"]:
            errors.append(f"{e['id']}: kind not in accept_kinds")
        if e["tier"] not in ("core", "background"):
            errors.append(f"{e['id']}: bad tier")
        if e["status"] not in ("occurred", "planned", "cancelled"):
            errors.append(f"{e['id']}: bad status")
        if (e["date"] is None) != (e["date_precision"] is None):
            errors.append(f"{e['id']}: date/precision mismatch")
        if e["date"] and len(e["date"]) != widths[e["date_precision"]]:
            errors.append(f"{e['id']}: date {e['date']} not of precision {e['date_precision']}")
        src_text = "\n".join(texts[s] for s in e["sources"] if s in texts)
        for s in e["sources"]:
            if s not in texts:
                errors.append(f"{e['id']}: unknown source {s}")
            if s in NO_PREFIX and e["date"] and e["date_precision"] == "day":
                pass
        for part in e["participants"]:
            if part not in names:
                errors.append(f"{e['id']}: participant {part} is not a gold person")
                continue
            p = names[part]
            if not any(occurs(n, src_text) for n in [p["name"]] + p["aliases"]):
                errors.append(f"{e['id']}: participant {part} not named in its sources")
        if set(e["participant_roles"]) != set(e["participants"]):
            errors.append(f"{e['id']}: participant_roles keys differ from participants")
        if e["location"]:
            if e["location"].lower() not in src_text.lower():
                errors.append(f"{e['id']}: location {e['location']!r} not in its sources")
            if not re.search(e["location_pattern"], fold(e["location"])):
                errors.append(f"{e['id']}: location does not match its own pattern")
            if len(fold(e["location"]).split()) > 5:
                errors.append(f"{e['id']}: location longer than five words")
        if not e["countries"]:
            errors.append(f"{e['id']}: no countries")
        for c in e["countries"]:
            if not re.fullmatch(r"[A-Z]{2}", c):
                errors.append(f"{e['id']}: bad country {c}")
        # participants' countries must be among the event's countries (or null)
        for part in e["participants"]:
            pc = names.get(part, {}).get("country")
            if pc and pc not in e["countries"]:
                errors.append(f"{e['id']}: participant {part} country {pc} not in event countries")
    # dated articles: check the prefix; undated ones must have no prefix
    for a, t in texts.items():
        has = re.match(r" date \d{4}-\d{2}-\d{2} \S", t) is not None
        if has == (a in NO_PREFIX):
            errors.append(f"{a}: dateline prefix {'present' if has else 'missing'} contrary to plan")
        if a in NO_PREFIX:
            for e in gold["events"]:
                if a in e["sources"] and e["date"] and e["date_precision"] == "day":
                    errors.append(f"{e['id']}: day-precision date in an undated article")
    return errors


def main():
    texts = load_texts()
    gold = {"corpus": "sealed_q", "articles": ARTICLES, "persons": PERSONS,
            "neutral_persons": NEUTRAL, "not_persons": NOT_PERSONS, "events": EVENTS}
    errors = check(gold, texts)
    for e in errors:
        print("ERROR:", e)
    with open(os.path.join(HERE, "gold_q.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    core = [e for e in EVENTS if e["tier"] == "core"]
    print(f"persons {len(PERSONS)}, neutral {len(NEUTRAL)}, not_persons {len(NOT_PERSONS)}, "
          f"events {len(EVENTS)} (core {len(core)}, background {len(EVENTS) - len(core)})")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

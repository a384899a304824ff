#!/usr/bin/env python3
"""Regenerate gold_o.json from the annotation below and check it against articles/.

    python3 build_gold.py          # writes gold_o.json next to this file, prints counts

The annotation follows /work/shared/eval/README.md (same structure as
shared/eval/gold/seeds.json), plus a scorer-ignored `participant_roles` map per event.
Checks: every alias and every neutral / not_person name occurs in the articles; every
participant is a gold person named (by name or alias) in each article the event cites;
every office title matches its own pattern after folding; every location occurs in a
source article and matches its pattern; dates agree with their precision; core events
come first (so that make_perfect.py's one-to-one matching is unambiguous).
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ART = HERE / "articles"

# ---------------------------------------------------------------- patterns
PRES = r"\bpresident\b"
PM = r"prime minister|premier"
FM = r"foreign minister|minister of foreign affairs|foreign affairs minister"
AMB = r"ambassador|envoy|high commissioner"
SECSTATE = r"secretary of state"
SPOKES = r"spokes"
UNSG = r"secretary general"


def P(name, country, aliases, *offices):
    return {"name": name, "country": country, "aliases": list(aliases),
            "offices": [{"title": t, "pattern": p, "country": c} for t, p, c in offices]}


PERSONS = [
    # o01 -- Egypt and Israel exchange ambassadors (1980)
    P("Eliahu Ben-Elissar", "IL", ["Ben-Elissar"],
      ("Ambassador of Israel to Egypt", AMB, "IL"),
      ("Director-General of the Prime Minister's Office (former)", r"director general", "IL")),
    P("Anwar Sadat", "EG", ["Sadat"], ("President of Egypt", PRES, "EG")),
    P("Saad Mortada", "EG", ["Mortada"], ("Ambassador of Egypt to Israel", AMB, "EG")),
    P("Yitzhak Navon", "IL", ["Navon"], ("President of Israel", PRES, "IL")),
    P("Menachem Begin", "IL", ["Begin"], ("Prime Minister of Israel", PM, "IL")),
    P("Boutros Boutros-Ghali", "EG", ["Boutros Ghali"],
      ("Minister of State for Foreign Affairs", r"minister of state|foreign affairs|foreign minister", "EG")),
    P("Jimmy Carter", "US", [], ("President of the United States", PRES, "US")),
    # o02 -- Beagle Channel treaty (1984)
    P("Dante Caputo", "AR", ["Caputo"], ("Foreign Minister of Argentina", FM, "AR")),
    P("Jaime del Valle", "CL", ["Del Valle"], ("Foreign Minister of Chile", FM, "CL")),
    P("Agostino Casaroli", "VA", ["Casaroli"],
      ("Secretary of State of the Holy See", SECSTATE, "VA")),
    P("John Paul II", "VA", ["Pope John Paul II"], ("Pope", r"\bpope\b|pontiff|holy father", "VA")),
    P("Antonio Samoré", "VA", ["Antonio Samore", "Samore"],
      ("Papal envoy and mediator", r"envoy|mediat|representative", "VA")),
    P("Carlos Washington Pastor", "AR", [], ("Foreign Minister of Argentina", FM, "AR")),
    P("Hernán Cubillos", "CL", ["Hernan Cubillos"], ("Foreign Minister of Chile", FM, "CL")),
    P("Raúl Alfonsín", "AR", ["Raul Alfonsin"], ("President of Argentina", PRES, "AR")),
    P("Augusto Pinochet", "CL", [], ("President of Chile", PRES, "CL")),
    P("Romeo Panciroli", "VA", [], ("Vatican spokesman", SPOKES, "VA")),
    # o03 -- New York accords on Angola and Namibia (1988)
    P("Pik Botha", "ZA", ['R.F. "Pik" Botha', "Botha"], ("Foreign Minister of South Africa", FM, "ZA")),
    P("Afonso Van-Dúnem", "AO", ["Afonso Van Dunem", "Van Dunem"],
      ("Foreign Minister of Angola", FM, "AO")),
    P("Isidoro Malmierca", "CU", ["Malmierca"], ("Foreign Minister of Cuba", FM, "CU")),
    P("George Shultz", "US", ["Shultz"], ("Secretary of State", SECSTATE, "US")),
    P("Javier Pérez de Cuéllar", None, ["Javier Perez de Cuellar"],
      ("Secretary-General of the United Nations", UNSG, None)),
    P("Anatoly Adamishin", "SU", [],
      ("Deputy Foreign Minister of the Soviet Union",
       r"deputy foreign minister|deputy minister of foreign affairs", "SU")),
    P("Chester Crocker", "US", ["Crocker"],
      ("Assistant Secretary of State for African Affairs", r"assistant secretary", "US")),
    P("José Eduardo dos Santos", "AO", ["Jose Eduardo dos Santos"], ("President of Angola", PRES, "AO")),
    P("Fidel Castro", "CU", [], ("President of Cuba", PRES, "CU")),
    P("Pieter Willem Botha", "ZA", ["P.W. Botha"], ("State President of South Africa", PRES, "ZA")),
    # o04 -- German-Polish treaty (1991)
    P("Helmut Kohl", "DE", ["Kohl"], ("Chancellor of Germany", r"chancellor", "DE")),
    P("Jan Krzysztof Bielecki", "PL", ["Bielecki"], ("Prime Minister of Poland", PM, "PL")),
    P("Hans-Dietrich Genscher", "DE", ["Genscher"], ("Foreign Minister of Germany", FM, "DE")),
    P("Krzysztof Skubiszewski", "PL", ["Skubiszewski"], ("Foreign Minister of Poland", FM, "PL")),
    P("Tadeusz Mazowiecki", "PL", [], ("Prime Minister of Poland (former)", PM, "PL")),
    # o05 -- Andean crisis and the Rio Group summit (2008)
    P("Álvaro Uribe", "CO", ["Alvaro Uribe", "Uribe"], ("President of Colombia", PRES, "CO")),
    P("Rafael Correa", "EC", ["Correa"], ("President of Ecuador", PRES, "EC")),
    P("Hugo Chávez", "VE", ["Hugo Chavez", "Chavez"], ("President of Venezuela", PRES, "VE")),
    P("Daniel Ortega", "NI", ["Ortega"], ("President of Nicaragua", PRES, "NI")),
    P("Leonel Fernández", "DO", ["Leonel Fernandez"], ("President of the Dominican Republic", PRES, "DO")),
    P("George W. Bush", "US", ["Bush"], ("President of the United States", PRES, "US")),
    P("Fernando Araújo", "CO", ["Fernando Araujo"], ("Foreign Minister of Colombia", FM, "CO")),
    P("José Miguel Insulza", None, ["Jose Miguel Insulza"],
      ("Secretary General of the Organization of American States", UNSG, None)),
    # o06 -- Serbia-Kosovo Brussels agreement (2013)
    P("Ivica Dačić", "RS", ["Ivica Dacic", "Dacic"], ("Prime Minister of Serbia", PM, "RS")),
    P("Hashim Thaçi", "XK", ["Hashim Thaci", "Thaci"], ("Prime Minister of Kosovo", PM, "XK")),
    P("Catherine Ashton", None, ["Ashton"],
      ("EU foreign policy chief", r"foreign policy|high representative", None)),
    P("Aleksandar Vučić", "RS", ["Aleksandar Vucic"],
      ("First Deputy Prime Minister of Serbia", r"deputy prime minister", "RS")),
    P("Edita Tahiri", "XK", [],
      ("Deputy Prime Minister of Kosovo", r"deputy prime minister", "XK"),
      ("Chief negotiator of Kosovo", r"negotiat", "XK")),
    P("Tomislav Nikolić", "RS", ["Tomislav Nikolic"], ("President of Serbia", PRES, "RS")),
    P("Atifete Jahjaga", "XK", [], ("President of Kosovo", PRES, "XK")),
    P("Michael Mann", None, [], ("Spokesman for the EU foreign policy chief", SPOKES, None)),
    P("Štefan Füle", None, ["Stefan Fuele"], ("EU Enlargement Commissioner", r"commissioner", None)),
    # o07 -- United States and Cuba restore relations (2015)
    P("John Kerry", "US", ["Kerry"], ("Secretary of State", SECSTATE, "US")),
    P("Bruno Rodríguez Parrilla", "CU", ["Bruno Rodriguez", "Rodriguez"],
      ("Foreign Minister of Cuba", FM, "CU")),
    P("Roberta Jacobson", "US", ["Jacobson"],
      ("Assistant Secretary of State for Western Hemisphere Affairs", r"assistant secretary", "US")),
    P("Josefina Vidal", "CU", [],
      ("Director of U.S. affairs at the Cuban Foreign Ministry", r"director|u s affairs|negotiat", "CU")),
    P("Jeffrey DeLaurentis", "US", [],
      ("Chargé d'affaires of the United States in Cuba",
       r"charge d affaires|interests section|chief of mission|envoy", "US")),
    P("José Ramón Cabañas", "CU", ["Jose Ramon Cabanas"],
      ("Chargé d'affaires of Cuba in the United States",
       r"charge d affaires|interests section|mission|envoy", "CU")),
    P("Barack Obama", "US", ["Obama"], ("President of the United States", PRES, "US")),
    P("Raúl Castro", "CU", ["Raul Castro"], ("President of Cuba", PRES, "CU")),
    P("Dwight Eisenhower", "US", [], ("President of the United States", PRES, "US")),
    P("John Kirby", "US", [], ("State Department spokesman", SPOKES, "US")),
    # o08 -- Ethiopia and Eritrea end the state of war (2018)
    P("Abiy Ahmed", "ET", ["Abiy"], ("Prime Minister of Ethiopia", PM, "ET")),
    P("Isaias Afwerki", "ER", ["Isaias"], ("President of Eritrea", PRES, "ER")),
    P("Yemane Gebremeskel", "ER", [], ("Information Minister of Eritrea", r"information", "ER")),
    P("Workneh Gebeyehu", "ET", [], ("Foreign Minister of Ethiopia", FM, "ET")),
    P("Fitsum Arega", "ET", [], ("Chief of staff to the Prime Minister", r"chief of staff", "ET")),
    P("Meles Zenawi", "ET", [], ("Prime Minister of Ethiopia", PM, "ET")),
    P("Osman Saleh", "ER", [], ("Foreign Minister of Eritrea", FM, "ER")),
    P("Yemane Gebreab", "ER", [], ("Senior adviser to the President of Eritrea", r"advis", "ER")),
    P("António Guterres", None, ["Antonio Guterres"], ("Secretary-General of the United Nations", UNSG, None)),
    # o09 -- Trump calls off his Denmark visit (2019)
    P("Donald Trump", "US", ["Trump"], ("President of the United States", PRES, "US")),
    P("Mette Frederiksen", "DK", ["Frederiksen"], ("Prime Minister of Denmark", PM, "DK")),
    P("Mike Pompeo", "US", ["Pompeo"], ("Secretary of State", SECSTATE, "US")),
    P("Jeppe Kofod", "DK", ["Kofod"], ("Foreign Minister of Denmark", FM, "DK")),
    P("Mike Pence", "US", [], ("Vice President of the United States", r"vice president", "US")),
    P("Margrethe II", "DK", ["Queen Margrethe"], ("Queen of Denmark", r"queen|monarch", "DK")),
    P("Kim Kielsen", "GL", [], ("Premier of Greenland", PM, "GL")),
    P("Carla Sands", "US", [], ("Ambassador of the United States to Denmark", AMB, "US")),
    # o10 -- Algeria cuts ties with Morocco (2021)
    P("Ramtane Lamamra", "DZ", ["Lamamra"], ("Foreign Minister of Algeria", FM, "DZ")),
    P("Abdelmadjid Tebboune", "DZ", ["Tebboune"], ("President of Algeria", PRES, "DZ")),
    P("Omar Hilale", "MA", [],
      ("Ambassador of Morocco to the United Nations", r"ambassador|envoy|permanent representative", "MA")),
    P("Yair Lapid", "IL", [], ("Foreign Minister of Israel", FM, "IL")),
    P("Nasser Bourita", "MA", [], ("Foreign Minister of Morocco", FM, "MA")),
    P("Mohammed VI", "MA", ["King Mohammed VI"], ("King of Morocco", r"\bking\b|monarch", "MA")),
]

NEUTRAL = [
    "Sam Nujoma", "Nujoma", "Jonas Savimbi", "Savimbi",            # o03: movement leaders
    "Herbert Czaja", "Czaja",                                      # o04: expellees' leader
    "Raúl Reyes", "Raul Reyes", "Reyes",                           # o05: FARC commander
    "Lars Løkke Rasmussen", "Lars Lokke Rasmussen",                # o09: opposition leader
    "Truman", "Harry Truman",                                      # o09: "the Truman administration"
]

NOT_PERSONS = [
    "Reuters", "Associated Press", "AP", "AFP", "ANSA", "EFE", "Xinhua",
    "Israel radio", "Palestine Liberation Organisation",            # o01
    "UNITA", "South-West Africa People's Organization",             # o03
    "Andrzej Zawada",                                              # o04: analyst
    "FARC",                                                        # o05
    "Milena Djuric", "Dragan Petrovic",                            # o06: byline, resident
    "Twitter", "Ethiopian Airlines",                               # o08, o09
    "White House",                                                 # o09
    "Yasmina Benali", "MAK", "Polisario Front",                    # o10
]


def E(id, tier, kind, accept, date, prec, status, location, loc_pat, countries, roles, sources,
      end_date=None):
    return {"id": id, "tier": tier, "kind": kind, "accept_kinds": accept, "date": date,
            "date_precision": prec, "end_date": end_date, "status": status, "location": location,
            "location_pattern": loc_pat, "countries": countries, "participants": list(roles),
            "participant_roles": dict(roles), "sources": sources}


MEET = ["meeting", "visit"]
OCC, PLAN, CANC = "occurred", "planned", "cancelled"

CORE = [
    # o01
    E("o01-ben-elissar-credentials-sadat", "core", "appointment", ["appointment", "meeting"],
      "1980-02-26", "day", OCC, "Cairo", r"cairo|egypt|presidential palace", ["EG", "IL"],
      {"Eliahu Ben-Elissar": "presents credentials", "Anwar Sadat": "receiving head of state"},
      ["o01.txt"]),
    E("o01-mortada-credentials-navon", "core", "appointment", ["appointment", "meeting"],
      "1980-02-26", "day", OCC, "Jerusalem", r"jerusalem|israel", ["EG", "IL"],
      {"Saad Mortada": "presents credentials", "Yitzhak Navon": "receiving head of state"},
      ["o01.txt"]),
    E("o01-sadat-begin-aswan", "core", "meeting", ["meeting", "visit", "agreement"],
      "1980-01", "month", OCC, "Aswan", r"aswan|egypt", ["EG", "IL"],
      {"Anwar Sadat": "host", "Menachem Begin": "guest"}, ["o01.txt"]),
    E("o01-navon-visit-egypt-planned", "core", "visit", MEET,
      "1980", "year", PLAN, "Egypt", r"egypt|cairo", ["IL", "EG"],
      {"Yitzhak Navon": "visitor (invited by Sadat)"}, ["o01.txt"]),
    # o02
    E("o02-beagle-treaty-signing", "core", "agreement", ["agreement", "meeting"],
      "1984-11-29", "day", OCC, "Vatican", r"vatican|apostolic palace|sala regia|holy see",
      ["AR", "CL", "VA"],
      {"Dante Caputo": "signatory", "Jaime del Valle": "signatory",
       "Agostino Casaroli": "witness for the Holy See"}, ["o02.txt"]),
    E("o02-pope-receives-ministers", "core", "meeting", ["meeting"],
      "1984-11-29", "day", OCC, "Vatican", r"vatican|apostolic palace|holy see", ["VA", "AR", "CL"],
      {"John Paul II": "host", "Dante Caputo": "guest", "Jaime del Valle": "guest"}, ["o02.txt"]),
    E("o02-joint-declaration-january", "core", "agreement", ["agreement", "meeting"],
      "1984-01-23", "day", OCC, "Vatican", r"vatican|holy see", ["AR", "CL"],
      {"Dante Caputo": "signatory", "Jaime del Valle": "signatory"}, ["o02.txt"]),
    E("o02-ratification-exchange-planned", "core", "agreement", ["agreement", "meeting"],
      None, None, PLAN, "Vatican", r"vatican|holy see", ["AR", "CL"], {}, ["o02.txt"]),
    # o03 (no publication date: "Thursday" stays undated)
    E("o03-tripartite-accord-signing", "core", "agreement", ["agreement", "meeting"],
      None, None, OCC, "U.N. headquarters", r"u n headquarters|united nations|\bun\b|new york",
      ["AO", "CU", "ZA", "US", "SU"],
      {"Pik Botha": "signatory", "Afonso Van-Dúnem": "signatory", "Isidoro Malmierca": "signatory",
       "George Shultz": "witness", "Javier Pérez de Cuéllar": "host/witness",
       "Anatoly Adamishin": "observer"}, ["o03.txt"]),
    E("o03-angola-cuba-bilateral-accord", "core", "agreement", ["agreement"],
      None, None, OCC, "U.N. headquarters", r"u n headquarters|united nations|\bun\b|new york",
      ["AO", "CU"],
      {"Afonso Van-Dúnem": "signatory", "Isidoro Malmierca": "signatory"}, ["o03.txt"]),
    # o04
    E("o04-treaty-signing-bonn", "core", "agreement", ["agreement", "meeting"],
      "1991-06-17", "day", OCC, "Bonn", r"bonn|chancellery|germany", ["DE", "PL"],
      {"Helmut Kohl": "signatory (host)", "Jan Krzysztof Bielecki": "signatory (guest)",
       "Hans-Dietrich Genscher": "signatory", "Krzysztof Skubiszewski": "signatory"}, ["o04.txt"]),
    # o05
    E("o05-rio-group-summit", "core", "meeting", ["meeting", "agreement"],
      "2008-03-07", "day", OCC, "Santo Domingo", r"santo domingo|dominican",
      ["CO", "EC", "VE", "NI", "DO"],
      {"Álvaro Uribe": "party", "Rafael Correa": "party", "Hugo Chávez": "participant",
       "Daniel Ortega": "participant", "Leonel Fernández": "host/mediator"}, ["o05.txt"]),
    E("o05-nicaragua-restores-ties", "core", "agreement", ["agreement", "appointment", "meeting"],
      "2008-03-07", "day", OCC, "Santo Domingo", r"santo domingo|dominican", ["NI", "CO"],
      {"Daniel Ortega": "announces restoration", "Álvaro Uribe": "counterpart"}, ["o05.txt"]),
    E("o05-venezuela-closes-embassy", "core", "withdrawal", ["withdrawal"],
      "2008-03-02", "day", OCC, None, None, ["VE", "CO"],
      {"Hugo Chávez": "ordered the closure"}, ["o05.txt"]),
    E("o05-ecuador-breaks-ties", "core", "withdrawal", ["withdrawal"],
      "2008-03-03", "day", OCC, None, None, ["EC", "CO"], {}, ["o05.txt"]),
    E("o05-nicaragua-breaks-ties", "core", "withdrawal", ["withdrawal"],
      "2008-03-06", "day", OCC, None, None, ["NI", "CO"],
      {"Daniel Ortega": "broke off relations"}, ["o05.txt"]),
    E("o05-correa-ortega-managua", "core", "meeting", MEET,
      "2008-03-06", "day", OCC, "Managua", r"managua|nicaragua", ["EC", "NI"],
      {"Rafael Correa": "guest", "Daniel Ortega": "host"}, ["o05.txt"]),
    E("o05-correa-chavez-caracas", "core", "meeting", MEET,
      "2008-03-05", "day", OCC, "Caracas", r"caracas|venezuela", ["EC", "VE"],
      {"Rafael Correa": "guest", "Hugo Chávez": "host"}, ["o05.txt"]),
    E("o05-uribe-correa-call", "core", "call", ["call"],
      "2008-03-01", "day", OCC, None, None, ["CO", "EC"],
      {"Álvaro Uribe": "caller", "Rafael Correa": "receiver"}, ["o05.txt"]),
    E("o05-bush-uribe-call", "core", "call", ["call"],
      "2008-03-04", "day", OCC, None, None, ["US", "CO"],
      {"George W. Bush": "caller", "Álvaro Uribe": "receiver"}, ["o05.txt"]),
    E("o05-insulza-commission-planned", "core", "visit", MEET,
      None, None, PLAN, None, None, ["EC", "CO"],
      {"José Miguel Insulza": "head of the OAS commission"}, ["o05.txt"]),
    # o06 (no publication date)
    E("o06-brussels-agreement", "core", "agreement", ["agreement", "meeting"],
      None, None, OCC, "Brussels", r"brussels|belgium|diplomatic service", ["RS", "XK"],
      {"Ivica Dačić": "signatory", "Hashim Thaçi": "signatory", "Catherine Ashton": "mediator",
       "Aleksandar Vučić": "Serbian delegation", "Edita Tahiri": "Kosovo delegation"}, ["o06.txt"]),
    E("o06-implementation-talks-planned", "core", "meeting", ["meeting", "agreement"],
      None, None, PLAN, "Brussels", r"brussels|belgium", ["RS", "XK"],
      {"Ivica Dačić": "party", "Hashim Thaçi": "party"}, ["o06.txt"]),
    # o07
    E("o07-relations-restored", "core", "agreement", ["agreement", "appointment"],
      "2015-07-20", "day", OCC, None, None, ["US", "CU"], {}, ["o07.txt"]),
    E("o07-kerry-rodriguez-state-department", "core", "meeting", MEET,
      "2015-07-20", "day", OCC, "State Department", r"state department|washington",
      ["US", "CU"],
      {"John Kerry": "host", "Bruno Rodríguez Parrilla": "guest",
       "Roberta Jacobson": "U.S. delegation", "Josefina Vidal": "Cuban delegation"}, ["o07.txt"]),
    E("o07-delaurentis-charge-d-affaires", "core", "appointment", ["appointment"],
      "2015-07-20", "day", OCC, None, None, ["US", "CU"],
      {"Jeffrey DeLaurentis": "chargé d'affaires"}, ["o07.txt"]),
    E("o07-cabanas-charge-d-affaires", "core", "appointment", ["appointment"],
      "2015-07-20", "day", OCC, None, None, ["CU", "US"],
      {"José Ramón Cabañas": "chargé d'affaires"}, ["o07.txt"]),
    E("o07-kerry-havana-planned", "core", "visit", MEET,
      "2015-08-14", "day", PLAN, "Havana", r"havana|cuba", ["US", "CU"],
      {"John Kerry": "visitor"}, ["o07.txt"]),
    # o08
    E("o08-abiy-isaias-talks-asmara", "core", "meeting", MEET,
      "2018-07-08", "day", OCC, "Asmara", r"asmara|eritrea", ["ET", "ER"],
      {"Abiy Ahmed": "guest", "Isaias Afwerki": "host", "Workneh Gebeyehu": "Ethiopian delegation"},
      ["o08.txt"]),
    E("o08-joint-declaration-signing", "core", "agreement", ["agreement", "meeting"],
      "2018-07-09", "day", OCC, "Asmara", r"asmara|eritrea", ["ET", "ER"],
      {"Abiy Ahmed": "signatory", "Isaias Afwerki": "signatory"}, ["o08.txt"]),
    E("o08-eritrean-delegation-addis", "core", "meeting", MEET,
      "2018-06-26", "day", OCC, "Addis Ababa", r"addis ababa|ethiopia", ["ER", "ET"],
      {"Osman Saleh": "guest", "Yemane Gebreab": "guest", "Abiy Ahmed": "host"}, ["o08.txt"]),
    E("o08-isaias-visit-ethiopia-planned", "core", "visit", MEET,
      None, None, PLAN, "Ethiopia", r"ethiopia|addis ababa", ["ER", "ET"],
      {"Isaias Afwerki": "visitor"}, ["o08.txt"]),
    # o09
    E("o09-trump-frederiksen-call", "core", "call", ["call"],
      "2019-08-21", "day", OCC, None, None, ["US", "DK"],
      {"Donald Trump": "participant", "Mette Frederiksen": "participant"}, ["o09.txt"]),
    E("o09-trump-denmark-visit-called-off", "core", "visit", MEET,
      "2019-09-02", "day", CANC, "Denmark", r"denmark|copenhagen", ["US", "DK"],
      {"Donald Trump": "visitor"}, ["o09.txt"], end_date="2019-09-03"),
    E("o09-pompeo-kofod-call", "core", "call", ["call"],
      "2019-08-22", "day", OCC, None, None, ["US", "DK"],
      {"Mike Pompeo": "participant", "Jeppe Kofod": "participant"}, ["o09.txt"]),
    E("o09-trump-warsaw-planned", "core", "visit", MEET,
      "2019-09-01", "day", PLAN, "Warsaw", r"warsaw|poland", ["US", "PL"],
      {"Donald Trump": "visitor"}, ["o09.txt"]),
    E("o09-pence-iceland-planned", "core", "visit", MEET,
      "2019-09-04", "day", PLAN, "Iceland", r"iceland|reykjavik", ["US", "IS"],
      {"Mike Pence": "visitor"}, ["o09.txt"]),
    # o10 (no publication date)
    E("o10-algeria-cuts-ties", "core", "withdrawal", ["withdrawal"],
      None, None, OCC, None, None, ["DZ", "MA"],
      {"Ramtane Lamamra": "announced the rupture"}, ["o10.txt"]),
    E("o10-algeria-recalls-ambassador-july", "core", "withdrawal", ["withdrawal"],
      None, None, OCC, None, None, ["DZ", "MA"], {}, ["o10.txt"]),
]

BACKGROUND = [
    # o01
    E("o01-sadat-jerusalem-1977", "background", "visit", MEET,
      "1977-11", "month", OCC, "Jerusalem", r"jerusalem|israel", ["EG", "IL"],
      {"Anwar Sadat": "visitor"}, ["o01.txt"]),
    E("o01-peace-treaty-1979", "background", "agreement", ["agreement"],
      "1979-03", "month", OCC, "White House", r"white house|washington", ["EG", "IL", "US"],
      {"Jimmy Carter": "witness"}, ["o01.txt"]),
    E("o01-arab-states-break-with-egypt-1979", "background", "withdrawal", ["withdrawal"],
      "1979", "year", OCC, None, None, ["EG"], {}, ["o01.txt"]),
    # o02
    E("o02-samore-mission-1978", "background", "visit", MEET,
      "1978-12", "month", OCC, None, None, ["VA", "AR", "CL"],
      {"Antonio Samoré": "papal envoy"}, ["o02.txt"]),
    E("o02-act-of-montevideo-1979", "background", "agreement", ["agreement", "meeting"],
      "1979-01", "month", OCC, "Montevideo", r"montevideo|uruguay", ["AR", "CL", "VA"],
      {"Carlos Washington Pastor": "signatory", "Hernán Cubillos": "signatory",
       "Antonio Samoré": "mediator"}, ["o02.txt"]),
    # o03
    E("o03-brazzaville-protocol", "background", "agreement", ["agreement"],
      None, None, OCC, "Brazzaville", r"brazzaville|congo", ["AO", "CU", "ZA"], {}, ["o03.txt"]),
    E("o03-london-talks", "background", "meeting", ["meeting"],
      None, None, OCC, "London", r"london", ["AO", "CU", "ZA", "US"],
      {"Chester Crocker": "mediator"}, ["o03.txt"]),
    # o04
    E("o04-frontier-treaty-warsaw-1990", "background", "agreement", ["agreement"],
      "1990-11", "month", OCC, "Warsaw", r"warsaw|poland", ["DE", "PL"],
      {"Hans-Dietrich Genscher": "signatory", "Krzysztof Skubiszewski": "signatory"}, ["o04.txt"]),
    E("o04-kohl-mazowiecki-krzyzowa-1989", "background", "meeting", MEET,
      "1989-11", "month", OCC, "Krzyzowa", r"krzyzowa|kreisau|silesia|poland", ["DE", "PL"],
      {"Helmut Kohl": "guest", "Tadeusz Mazowiecki": "host"}, ["o04.txt"]),
    # o06
    E("o06-april-2-round", "background", "meeting", ["meeting"],
      None, None, OCC, "Brussels", r"brussels|belgium", ["RS", "XK"],
      {"Ivica Dačić": "party", "Hashim Thaçi": "party", "Catherine Ashton": "mediator"},
      ["o06.txt"]),
    E("o06-serbia-recalls-ambassador-washington-2008", "background", "withdrawal", ["withdrawal"],
      "2008-02", "month", OCC, None, None, ["RS", "US"], {}, ["o06.txt"]),
    E("o06-dacic-thaci-first-meeting-2012", "background", "meeting", ["meeting"],
      "2012-10", "month", OCC, None, None, ["RS", "XK"],
      {"Ivica Dačić": "party", "Hashim Thaçi": "party", "Catherine Ashton": "mediator"},
      ["o06.txt"]),
    E("o06-nikolic-jahjaga-meeting", "background", "meeting", ["meeting"],
      None, None, OCC, None, None, ["RS", "XK"],
      {"Tomislav Nikolić": "party", "Atifete Jahjaga": "party", "Catherine Ashton": "host"},
      ["o06.txt"]),
    # o07
    E("o07-obama-castro-call-2014", "background", "call", ["call"],
      "2014-12-16", "day", OCC, None, None, ["US", "CU"],
      {"Barack Obama": "participant", "Raúl Castro": "participant"}, ["o07.txt"]),
    E("o07-obama-castro-announcement-2014", "background", "agreement", ["agreement", "statement"],
      "2014-12-17", "day", OCC, None, None, ["US", "CU"],
      {"Barack Obama": "party", "Raúl Castro": "party"}, ["o07.txt"]),
    E("o07-obama-castro-panama", "background", "meeting", ["meeting"],
      "2015-04", "month", OCC, "Panama", r"panama", ["US", "CU"],
      {"Barack Obama": "participant", "Raúl Castro": "participant"}, ["o07.txt"]),
    E("o07-letters-on-embassies-july-1", "background", "agreement", ["agreement"],
      "2015-07-01", "day", OCC, None, None, ["US", "CU"],
      {"Barack Obama": "party", "Raúl Castro": "party"}, ["o07.txt"]),
    E("o07-jacobson-vidal-negotiations", "background", "meeting", ["meeting"],
      "2015", "year", OCC, None, None, ["US", "CU"],
      {"Roberta Jacobson": "negotiator", "Josefina Vidal": "negotiator"}, ["o07.txt"]),
    E("o07-us-breaks-relations-1961", "background", "withdrawal", ["withdrawal"],
      "1961-01", "month", OCC, None, None, ["US", "CU"],
      {"Dwight Eisenhower": "president at the time"}, ["o07.txt"]),
    # o08
    E("o08-algiers-agreement-2000", "background", "agreement", ["agreement"],
      "2000-12", "month", OCC, "Algiers", r"algiers|algeria", ["ER", "ET"],
      {"Isaias Afwerki": "signatory", "Meles Zenawi": "signatory"}, ["o08.txt"]),
    # o09
    E("o09-pompeo-greenland-stop-cancelled", "background", "visit", MEET,
      "2019-05", "month", CANC, "Greenland", r"greenland|nuuk", ["US", "GL"],
      {"Mike Pompeo": "visitor"}, ["o09.txt"]),
    # o10
    E("o10-lapid-bourita-morocco", "background", "meeting", MEET,
      None, None, OCC, "Morocco", r"morocco|rabat|casablanca", ["IL", "MA"],
      {"Yair Lapid": "guest", "Nasser Bourita": "host"}, ["o10.txt"]),
    E("o10-morocco-israel-normalisation-2020", "background", "agreement", ["agreement"],
      "2020-12", "month", OCC, None, None, ["MA", "IL", "US"], {}, ["o10.txt"]),
    E("o10-morocco-breaks-ties-1976", "background", "withdrawal", ["withdrawal"],
      "1976", "year", OCC, None, None, ["MA", "DZ"], {}, ["o10.txt"]),
    E("o10-ties-restored-1988", "background", "agreement", ["agreement", "appointment"],
      "1988", "year", OCC, None, None, ["MA", "DZ"], {}, ["o10.txt"]),
]

EVENTS = CORE + BACKGROUND

# ---------------------------------------------------------------- checks
FOLD_EXTRA = str.maketrans({"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss",
                            "’": "'", "‘": "'", "`": "'"})


def fold(text):  # same folding as shared/eval/score.py
    text = unicodedata.normalize("NFKD", (text or "").translate(FOLD_EXTRA))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^a-z0-9 ]+", " ", text.lower())
    return " ".join(text.split())


def load_articles():
    texts, published = {}, {}
    for f in sorted(ART.glob("*.txt")):
        t = f.read_text(encoding="utf-8")
        m = re.match(r" date (\d{4}-\d{2}-\d{2}) \S", t)
        published[f.name] = m.group(1) if m else None
        texts[f.name] = t
    return texts, published


def check(texts, published):
    errors = []
    low = {k: v.lower() for k, v in texts.items()}
    alltext = "\n".join(low.values())
    names = {}
    for p in PERSONS:
        forms = [p["name"]] + p["aliases"]
        if not any(f.lower() in alltext for f in forms):
            errors.append(f"person {p['name']}: no name or alias occurs in the articles")
        for a in p["aliases"]:
            if a.lower() not in alltext:
                errors.append(f"person {p['name']}: alias {a!r} not in any article")
        for f in forms:
            k = fold(f)
            if k in names and names[k] != p["name"]:
                if len(k.split()) >= 2:
                    errors.append(f"folded name {k!r} shared by {names[k]} and {p['name']}")
                else:
                    print(f"  note: lone surname {k!r} shared by {names[k]} and {p['name']} (ambiguous)")
            names.setdefault(k, p["name"])
        if p["country"] is not None and not re.fullmatch(r"[A-Z]{2}", p["country"]):
            errors.append(f"person {p['name']}: bad country {p['country']}")
        for o in p["offices"]:
            t = fold(o["title"])
            if len(t.split()) > 14 or not re.search(o["pattern"], t):
                errors.append(f"office {p['name']}: title {o['title']!r} fails its pattern")
    for n in NEUTRAL + NOT_PERSONS:
        if n.lower() not in alltext and n not in ("Harry Truman", "Lars Løkke Rasmussen", "Raúl Reyes", "Associated Press"):
            errors.append(f"neutral/not_person {n!r} not in any article")
    for n in NOT_PERSONS:
        if fold(n) in names:
            errors.append(f"not_person {n!r} collides with a gold person's name")
    by_name = {p["name"]: p for p in PERSONS}
    ids = set()
    for e in EVENTS:
        if e["id"] in ids:
            errors.append(f"duplicate event id {e['id']}")
        ids.add(e["id"])
        if e["kind"] not in e["accept_kinds"]:
            errors.append(f"{e['id']}: kind not in accept_kinds")
        if e["status"] not in (OCC, PLAN, CANC):
            errors.append(f"{e['id']}: bad status")
        d, prec = e["date"], e["date_precision"]
        fmt = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}", None: None}
        if (d is None) != (prec is None) or (d and not re.fullmatch(fmt[prec], d)):
            errors.append(f"{e['id']}: date {d} disagrees with precision {prec}")
        for s in e["sources"]:
            if s not in texts:
                errors.append(f"{e['id']}: unknown source {s}")
                continue
            if published[s] is None and d and prec in ("day",) and not re.search(d[:4], texts[s]):
                errors.append(f"{e['id']}: day date in an undated article without its year in the text")
            if e["location"] and e["location"].lower() not in low[s]:
                errors.append(f"{e['id']}: location {e['location']!r} not in {s}")
            for part in e["participants"]:
                p = by_name.get(part)
                if not p:
                    errors.append(f"{e['id']}: participant {part} is not a gold person")
                    continue
                if not any(f.lower() in low[s] for f in [p["name"]] + p["aliases"]):
                    errors.append(f"{e['id']}: participant {part} not named in {s}")
        if e["location"]:
            loc = fold(e["location"])
            if len(loc.split()) > 5 or not e["location_pattern"] or not re.search(e["location_pattern"], loc):
                errors.append(f"{e['id']}: location fails its pattern")
        for c in e["countries"]:
            if not re.fullmatch(r"[A-Z]{2}", c):
                errors.append(f"{e['id']}: bad country {c}")
        for part in e["participants"]:
            pc = by_name.get(part, {}).get("country")
            if pc and pc not in e["countries"]:
                errors.append(f"{e['id']}: participant {part} country {pc} not in countries")
        if e["end_date"] and (not d or e["end_date"] < d):
            errors.append(f"{e['id']}: end_date before date")
    seen_bg = False
    for e in EVENTS:
        if e["tier"] == "background":
            seen_bg = True
        elif seen_bg:
            errors.append("core events must come before background events")
    return errors


def counts(gold):
    from collections import Counter
    ev = gold["events"]
    out = [f"persons {len(gold['persons'])}, neutral {len(gold['neutral_persons'])}, "
           f"not_persons {len(gold['not_persons'])}, events {len(ev)}"]
    for tier in ("core", "background"):
        sub = [e for e in ev if e["tier"] == tier]
        out.append(f"  {tier} {len(sub)}: kinds {dict(Counter(e['kind'] for e in sub).most_common())}, "
                   f"status {dict(Counter(e['status'] for e in sub).most_common())}, "
                   f"dated {sum(1 for e in sub if e['date'])} "
                   f"(precision {dict(Counter(e['date_precision'] for e in sub if e['date']).most_common())})")
    return "\n".join(out)


def main():
    texts, published = load_articles()
    errors = check(texts, published)
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        return 1
    gold = {"corpus": "o", "articles": sorted(texts), "persons": PERSONS,
            "neutral_persons": NEUTRAL, "not_persons": NOT_PERSONS, "events": EVENTS}
    (HERE / "gold_o.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
    print("wrote gold_o.json")
    print(counts(gold))
    print("undated articles:", [k for k, v in published.items() if v is None])
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Builds gold_n.json for sealed set N (hand annotation written as data) and checks it
against the article texts: every alias/name must occur in some article (after folding),
every participant must be a gold person, every source must exist."""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")

PRES = r"\bpresident\b"
PM = r"prime minister|premier"
FM = r"foreign minister|minister (of|for) foreign affairs|foreign secretary"
SOS = r"secretary of state"
AMB = r"ambassador|envoy"
DEF = r"defen[cs]e minister|minister of (national )?defen[cs]e"
SPOKES = r"spokes|press secretary"
SG = r"secretary general"

def P(name, country, aliases, offices):
    return {"name": name, "country": country, "aliases": aliases,
            "offices": [{"title": t, "pattern": p, "country": c} for t, p, c in offices]}

persons = [
    # n01
    P("Rajiv Gandhi", "IN", ["Gandhi"], [("Prime Minister of India", PM, "IN")]),
    P("Junius Jayewardene", "LK", ["Jayewardene", "J.R. Jayewardene"], [("President of Sri Lanka", PRES, "LK")]),
    P("Ranasinghe Premadasa", "LK", ["Premadasa"], [("Prime Minister of Sri Lanka", PM, "LK")]),
    P("Lalith Athulathmudali", "LK", ["Athulathmudali"], [("National Security Minister", r"national security|security minister", "LK")]),
    P("J.N. Dixit", "IN", ["JN Dixit", "Dixit"], [("High Commissioner of India to Sri Lanka", r"high commissioner|envoy|ambassador", "IN")]),
    P("Indira Gandhi", "IN", [], [("Prime Minister of India", PM, "IN")]),
    P("Sirimavo Bandaranaike", "LK", ["Bandaranaike"], [("Prime Minister of Sri Lanka", PM, "LK")]),
    # n02
    P("George Bush", "US", ["Bush"], [("President of the United States", PRES, "US")]),
    P("Mikhail Gorbachev", "SU", ["Gorbachev"], [("President of the Soviet Union", PRES, "SU")]),
    P("James Baker", "US", ["Baker"], [("Secretary of State", SOS, "US")]),
    P("Eduard Shevardnadze", "SU", ["Shevardnadze"], [("Foreign Minister of the Soviet Union", FM, "SU")]),
    P("Gennady Gerasimov", "SU", ["Gerasimov"], [("Foreign Ministry spokesman", SPOKES, "SU")]),
    P("Marlin Fitzwater", "US", ["Fitzwater"], [("White House spokesman", SPOKES, "US")]),
    P("Manfred Wörner", None, ["Manfred Woerner", "Woerner", "Wörner"], [("Secretary-General of NATO", SG, None)]),
    P("John Paul II", "VA", ["Pope John Paul II"], [("Pope", r"pope|pontiff", "VA")]),
    P("Giulio Andreotti", "IT", ["Andreotti"], [("Prime Minister of Italy", PM, "IT")]),
    P("Eddie Fenech Adami", "MT", ["Fenech Adami"], [("Prime Minister of Malta", PM, "MT")]),
    P("Ronald Reagan", "US", ["Reagan"], [("President of the United States", PRES, "US")]),
    # n03
    P("Ayaz Mutalibov", "AZ", ["Mutalibov"], [("President of Azerbaijan", PRES, "AZ")]),
    P("Levon Ter-Petrosyan", "AM", ["Ter-Petrosyan"], [("President of Armenia", PRES, "AM")]),
    P("Stanislav Shushkevich", "BY", ["Shushkevich"], [("Chairman of the Supreme Soviet of Belarus", r"chairman|speaker|supreme soviet|head of state", "BY")]),
    P("Nursultan Nazarbayev", "KZ", ["Nazarbayev"], [("President of Kazakhstan", PRES, "KZ")]),
    P("Askar Akayev", "KG", ["Akayev"], [("President of Kyrgyzstan", PRES, "KG")]),
    P("Mircea Snegur", "MD", ["Snegur"], [("President of Moldova", PRES, "MD")]),
    P("Boris Yeltsin", "RU", ["Yeltsin"], [("President of Russia", PRES, "RU")]),
    P("Rakhmon Nabiyev", "TJ", ["Nabiyev"], [("President of Tajikistan", PRES, "TJ")]),
    P("Saparmurad Niyazov", "TM", ["Saparmurat Niyazov", "Niyazov"], [("President of Turkmenistan", PRES, "TM")]),
    P("Islam Karimov", "UZ", ["Karimov"], [("President of Uzbekistan", PRES, "UZ")]),
    P("Leonid Kravchuk", "UA", ["Kravchuk"], [("President of Ukraine", PRES, "UA")]),
    P("Yevgeny Shaposhnikov", "SU", ["Marshal Yevgeny Shaposhnikov", "Shaposhnikov"], [("Defence Minister of the USSR", DEF, "SU")]),
    # n04
    P("Jim Bolger", "NZ", ["Bolger"], [("Prime Minister of New Zealand", PM, "NZ")]),
    P("Don McKinnon", "NZ", ["McKinnon"], [("Foreign Minister of New Zealand", FM, "NZ")]),
    P("Gareth Evans", "AU", ["Evans"], [("Foreign Minister of Australia", FM, "AU")]),
    P("Paul Keating", "AU", ["Keating"], [("Prime Minister of Australia", PM, "AU")]),
    P("Jacques Chirac", "FR", ["Chirac"], [("President of France", PRES, "FR")]),
    P("Charles Millon", "FR", ["Millon"], [("Defence Minister of France", DEF, "FR")]),
    P("Tomiichi Murayama", "JP", ["Murayama"], [("Prime Minister of Japan", PM, "JP")]),
    P("Julius Chan", "PG", ["Sir Julius Chan", "Chan"], [("Prime Minister of Papua New Guinea", PM, "PG")]),
    P("Javier Pérez de Cuéllar", None, ["Javier Perez de Cuellar", "Pérez de Cuéllar", "Perez de Cuellar"], [("UN Secretary-General", SG, None)]),
    # n05
    P("Meles Zenawi", "ET", ["Meles"], [("Prime Minister of Ethiopia", PM, "ET")]),
    P("Issaias Afeworki", "ER", ["Isaias Afwerki", "Issaias", "Isaias"], [("President of Eritrea", PRES, "ER")]),
    P("Abdelaziz Bouteflika", "DZ", ["Bouteflika"], [("President of Algeria", PRES, "DZ"),
                                                      ("Chairman of the Organisation of African Unity", r"chairman|\bchair\b", None)]),
    P("Kofi Annan", None, ["Annan"], [("UN Secretary-General", SG, None)]),
    P("Madeleine Albright", "US", ["Albright"], [("Secretary of State", SOS, "US")]),
    P("Salim Ahmed Salim", None, ["Salim"], [("Secretary-General of the OAU", SG, None)]),
    P("Ahmed Ouyahia", "DZ", ["Ouyahia"], [("Personal envoy of the President of Algeria", r"envoy", "DZ"),
                                            ("Justice Minister", r"justice", "DZ")]),
    P("Anthony Lake", "US", ["Lake"], [("Special envoy of the President", r"envoy", "US"),
                                       ("National Security Adviser (former)", r"national security advis", "US")]),
    P("Bill Clinton", "US", [], [("President of the United States", PRES, "US")]),
    P("Seyoum Mesfin", "ET", ["Seyoum"], [("Foreign Minister of Ethiopia", FM, "ET")]),
    P("Haile Woldensae", "ER", ["Haile"], [("Foreign Minister of Eritrea", FM, "ER")]),
    P("Legwaila Joseph Legwaila", None, ["Legwaila"], [("Special Representative of the UN Secretary-General for Ethiopia and Eritrea",
                                                        r"special representative|envoy|head of (the )?mission", None)]),
    # n06
    P("Shinzo Abe", "JP", ["Abe"], [("Prime Minister of Japan", PM, "JP")]),
    P("Hu Jintao", "CN", ["Hu"], [("President of China", PRES, "CN")]),
    P("Wen Jiabao", "CN", ["Wen"], [("Premier of China", PM, "CN")]),
    P("Wu Bangguo", "CN", ["Wu"], [("Chairman of the Standing Committee of the National People's Congress",
                                     r"chairman|national people s congress|\bnpc\b|parliament", "CN")]),
    P("Roh Moo-hyun", "KR", ["Roh"], [("President of South Korea", PRES, "KR")]),
    P("Yasuhisa Shiozaki", "JP", ["Shiozaki"], [("Chief Cabinet Secretary", r"chief cabinet secretary", "JP")]),
    P("Liu Jianchao", "CN", ["Liu"], [("Foreign Ministry spokesman", SPOKES, "CN")]),
    P("Shotaro Yachi", "JP", ["Yachi"], [("Vice Foreign Minister", r"vice (foreign minister|minister (of|for) foreign affairs)", "JP")]),
    P("Dai Bingguo", "CN", ["Dai"], [("Executive Vice Foreign Minister", r"vice (foreign minister|minister (of|for) foreign affairs)", "CN")]),
    P("Junichiro Koizumi", "JP", ["Koizumi"], [("Prime Minister of Japan", PM, "JP")]),
    P("Jiang Zemin", "CN", ["Jiang"], [("President of China", PRES, "CN")]),
    # n07
    P("Barack Obama", "US", ["Obama"], [("President of the United States", PRES, "US")]),
    P("Thein Sein", "MM", [], [("President of Myanmar", PRES, "MM")]),
    P("Aung San Suu Kyi", "MM", ["Suu Kyi"], [("Opposition leader", r"opposition|parliament|lawmaker|\bmp\b|member", "MM")]),
    P("Ye Htut", "MM", [], [("Presidential spokesman", SPOKES, "MM")]),
    P("Ben Rhodes", "US", ["Rhodes"], [("Deputy National Security Adviser", r"national security advis", "US")]),
    P("Hillary Clinton", "US", ["Hillary Rodham Clinton", "Clinton"], [("Secretary of State", SOS, "US")]),
    P("Bhumibol Adulyadej", "TH", ["King Bhumibol Adulyadej", "Bhumibol"], [("King of Thailand", r"\bking\b|monarch", "TH")]),
    P("Yingluck Shinawatra", "TH", ["Yingluck"], [("Prime Minister of Thailand", PM, "TH")]),
    P("Hun Sen", "KH", [], [("Prime Minister of Cambodia", PM, "KH")]),
    P("Derek Mitchell", "US", ["Mitchell"], [("Ambassador of the United States to Myanmar", AMB, "US")]),
    # n08
    P("Donald Trump", "US", ["Trump"], [("President of the United States", PRES, "US")]),
    P("Kim Jong Un", "KP", ["Kim"], [("Leader of North Korea", r"leader|chairman|supreme", "KP")]),
    P("Ri Yong Ho", "KP", ["Ri"], [("Foreign Minister of North Korea", FM, "KP")]),
    P("Mike Pompeo", "US", ["Pompeo"], [("Secretary of State", SOS, "US")]),
    P("Kim Yong Chol", "KP", [], [("Vice Chairman of the Workers' Party", r"vice chairman|negotiat", "KP")]),
    P("Sarah Sanders", "US", ["Sanders"], [("White House Press Secretary", SPOKES, "US")]),
    P("Mick Mulvaney", "US", ["Mulvaney"], [("Acting White House Chief of Staff", r"chief of staff", "US")]),
    P("Nguyen Phu Trong", "VN", ["Trong"], [("President of Vietnam", PRES, "VN"),
                                            ("Communist Party chief", r"party (chief|leader|general secretary|head)|general secretary|communist party", "VN")]),
    P("Nguyen Xuan Phuc", "VN", ["Phuc"], [("Prime Minister of Vietnam", PM, "VN")]),
    P("Moon Jae-in", "KR", ["Moon"], [("President of South Korea", PRES, "KR")]),
    P("Stephen Biegun", "US", ["Biegun"], [("Special Representative for North Korea", r"special representative|envoy", "US")]),
    P("Kim Hyok Chol", "KP", [], [("Ambassador of North Korea to Spain (former)", AMB, "KP")]),
    # n09
    P("Vladimir Putin", "RU", ["Putin"], [("President of Russia", PRES, "RU")]),
    P("Ilham Aliyev", "AZ", ["Aliyev"], [("President of Azerbaijan", PRES, "AZ")]),
    P("Nikol Pashinyan", "AM", ["Pashinyan"], [("Prime Minister of Armenia", PM, "AM")]),
    P("Ararat Mirzoyan", "AM", ["Mirzoyan"], [("Speaker of Parliament", r"speaker|parliament", "AM")]),
    P("Tayyip Erdogan", "TR", ["Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "Tayyip Erdoğan", "Erdogan", "Erdoğan"],
      [("President of Turkey", PRES, "TR")]),
    P("Sergei Shoigu", "RU", ["Shoigu"], [("Defence Minister of Russia", DEF, "RU")]),
    P("Sergei Lavrov", "RU", ["Lavrov"], [("Foreign Minister of Russia", FM, "RU")]),
    P("Jeyhun Bayramov", "AZ", ["Bayramov"], [("Foreign Minister of Azerbaijan", FM, "AZ")]),
    P("Zohrab Mnatsakanyan", "AM", ["Mnatsakanyan"], [("Foreign Minister of Armenia", FM, "AM")]),
    # n10
    P("Emmanuel Macron", "FR", ["Macron"], [("President of France", PRES, "FR")]),
    P("Joe Biden", "US", ["Biden"], [("President of the United States", PRES, "US")]),
    P("Philippe Étienne", "FR", ["Philippe Etienne", "Étienne", "Etienne"], [("Ambassador of France to the United States", AMB, "FR")]),
    P("Jean-Yves Le Drian", "FR", ["Le Drian"], [("Foreign Minister of France", FM, "FR")]),
    P("Jean-Pierre Thébault", "FR", ["Jean-Pierre Thebault", "Thébault", "Thebault"], [("Ambassador of France to Australia", AMB, "FR")]),
    P("Gabriel Attal", "FR", ["Attal"], [("Government spokesman", SPOKES, "FR")]),
    P("Scott Morrison", "AU", ["Morrison"], [("Prime Minister of Australia", PM, "AU")]),
    P("Antony Blinken", "US", ["Blinken"], [("Secretary of State", SOS, "US")]),
    P("Narendra Modi", "IN", ["Modi"], [("Prime Minister of India", PM, "IN")]),
    P("Boris Johnson", "GB", ["Johnson"], [("Prime Minister of Britain", PM, "GB")]),
    P("Jen Psaki", "US", ["Psaki"], [("White House Press Secretary", SPOKES, "US")]),
]

neutral_persons = [
    "Vijitha Rohana Wijemuni", "Wijemuni", "Velupillai Prabhakaran", "Prabhakaran",   # n01: a sailor, a rebel leader
    "Akie Abe", "Akie",                                                               # n06: the prime minister's wife
    "Arayik Harutyunyan", "Harutyunyan",                                              # n09: leader of an unrecognised entity
]

not_persons = [
    "Reuters", "AFP", "AP", "Associated Press", "TASS", "Kyodo",
    "Liberation Tigers of Tamil Eelam", "South Asian Association for Regional Cooperation", "SAARC",   # n01
    "Peter Calleja", "Maxim Gorky", "Belknap", "NATO", "Warsaw Pact",                                    # n02
    "Commonwealth of Independent States", "Supreme Soviet",                                              # n03
    "Greenpeace", "Rainbow Warrior", "South Pacific Forum", "Mururoa",                                    # n04
    "Nadia Rahmani", "Samir Haddad", "AFP PHOTO", "Organisation of African Unity", "OAU",                # n05
    "Yasukuni Shrine", "Yasukuni", "Great Hall of the People", "National People's Congress",             # n06
    "Kevin Lam", "National League for Democracy", "International Committee of the Red Cross",          # n07
    "Min-ji Park", "Tran Van Minh", "VietJet", "Bamboo Airways", "Boeing", "Sofitel Legend Metropole",   # n08
    "Air Force One", "Workers' Party",
    "Facebook", "Kremlin", "OSCE Minsk Group", "Minsk Group",                                            # n09
    "Thomas Lemaire", "Naval Group", "Élysée", "Elysee", "AUKUS",                                       # n10
]

events = []

def E(id, tier, kind, accept, date, prec, end, status, loc, locpat, countries, roles, sources):
    events.append({
        "id": id, "tier": tier, "kind": kind, "accept_kinds": accept,
        "date": date, "date_precision": prec, "end_date": end, "status": status,
        "location": loc, "location_pattern": locpat, "countries": countries,
        "participants": list(roles), "participant_roles": dict(roles), "sources": sources})

C, B = "core", "background"
OCC, PLN, CAN = "occurred", "planned", "cancelled"
MV = ["meeting", "visit"]

# ---- n01 (1987-07-30, Reuters, Colombo)
E("n01-indo-sri-lanka-accord", C, "agreement", ["agreement", "meeting"], "1987-07-29", "day", None, OCC,
  "President's House", r"president s house|colombo|sri lanka", ["IN", "LK"],
  {"Rajiv Gandhi": "signatory (guest)", "Junius Jayewardene": "signatory (host)"}, ["n01.txt"])
E("n01-saarc-kathmandu-meeting-planned", C, "meeting", MV, "1987-11", "month", None, PLN,
  "Kathmandu", r"kathmandu|nepal|saarc|south asian", ["IN", "LK"],
  {"Rajiv Gandhi": "participant", "Junius Jayewardene": "participant"}, ["n01.txt"])
E("n01-bangalore-talks-1986", B, "meeting", ["meeting"], "1986-11", "month", None, OCC,
  "Bangalore", r"bangalore|bengaluru|india|saarc", ["IN", "LK"],
  {"Rajiv Gandhi": "host", "Junius Jayewardene": "guest"}, ["n01.txt"])
E("n01-kachchativu-agreement-1974", B, "agreement", ["agreement"], "1974", "year", None, OCC,
  None, None, ["IN", "LK"],
  {"Indira Gandhi": "signatory", "Sirimavo Bandaranaike": "signatory"}, ["n01.txt"])

# ---- n02 (1989-12-03, Reuters, Marsaxlokk)
MALTA = r"maxim gorky|marsaxlokk|malta"
E("n02-bush-gorbachev-talks-dec2", C, "meeting", ["meeting"], "1989-12-02", "day", None, OCC,
  "Maxim Gorky", MALTA, ["SU", "US"],
  {"George Bush": "participant", "Mikhail Gorbachev": "host", "James Baker": "participant", "Eduard Shevardnadze": "participant"}, ["n02.txt"])
E("n02-bush-gorbachev-talks-dec3", C, "meeting", ["meeting", "agreement"], "1989-12-03", "day", None, OCC,
  "Maxim Gorky", MALTA, ["SU", "US"],
  {"George Bush": "participant", "Mikhail Gorbachev": "host", "James Baker": "participant", "Eduard Shevardnadze": "participant"}, ["n02.txt"])
E("n02-belknap-session-called-off", C, "meeting", ["meeting"], "1989-12-02", "day", None, CAN,
  "Belknap", r"belknap|marsaxlokk|malta", ["SU", "US"],
  {"George Bush": "host", "Mikhail Gorbachev": "guest"}, ["n02.txt"])
E("n02-us-summit-june-planned", C, "meeting", MV, "1990-06", "month", None, PLN,
  "United States", r"united states|\bu s\b|\busa?\b|washington|america", ["SU", "US"],
  {"George Bush": "host", "Mikhail Gorbachev": "guest"}, ["n02.txt"])
E("n02-bush-briefs-nato-brussels-planned", C, "meeting", MV, "1989-12-04", "day", None, PLN,
  "Brussels", r"brussels|belgium|nato", ["US"],
  {"George Bush": "briefer", "Manfred Wörner": "convener"}, ["n02.txt"])
E("n02-gorbachev-briefs-warsaw-pact-planned", C, "meeting", ["meeting"], "1989-12-04", "day", None, PLN,
  "Moscow", r"moscow|kremlin", ["SU"],
  {"Mikhail Gorbachev": "briefer"}, ["n02.txt"])
E("n02-gorbachev-pope-vatican", C, "meeting", ["meeting", "visit", "agreement"], "1989-12-01", "day", None, OCC,
  "Vatican", r"vatican|holy see|rome", ["SU", "VA"],
  {"Mikhail Gorbachev": "guest", "John Paul II": "host"}, ["n02.txt"])
E("n02-gorbachev-andreotti-rome", C, "meeting", MV, "1989-11-29", "day", None, OCC,
  "Rome", r"rome|italy", ["IT", "SU"],
  {"Mikhail Gorbachev": "guest", "Giulio Andreotti": "host"}, ["n02.txt"])
E("n02-bush-fenech-adami-valletta", C, "meeting", MV, "1989-12-01", "day", None, OCC,
  "Valletta", r"valletta|malta", ["MT", "US"],
  {"George Bush": "guest", "Eddie Fenech Adami": "host"}, ["n02.txt"])
E("n02-governors-island-1988", B, "meeting", MV, "1988-12", "month", None, OCC,
  "Governors Island", r"governors island|new york", ["SU", "US"],
  {"Mikhail Gorbachev": "guest", "Ronald Reagan": "host", "George Bush": "host (president-elect)"}, ["n02.txt"])

# ---- n03 (no date, TASS, Alma-Ata)
ALMA = r"alma ata|almaty|kazakh"
CIS11 = ["AM", "AZ", "BY", "KG", "KZ", "MD", "RU", "TJ", "TM", "UA", "UZ"]
E("n03-alma-ata-declaration", C, "agreement", ["agreement", "meeting"], None, None, None, OCC,
  "Alma-Ata", ALMA, CIS11,
  {"Ayaz Mutalibov": "signatory", "Levon Ter-Petrosyan": "signatory", "Stanislav Shushkevich": "signatory",
   "Nursultan Nazarbayev": "signatory (host, chair)", "Askar Akayev": "signatory", "Mircea Snegur": "signatory",
   "Boris Yeltsin": "signatory", "Rakhmon Nabiyev": "signatory", "Saparmurad Niyazov": "signatory",
   "Islam Karimov": "signatory", "Leonid Kravchuk": "signatory"}, ["n03.txt"])
E("n03-nuclear-joint-measures-agreement", C, "agreement", ["agreement"], None, None, None, OCC,
  "Alma-Ata", ALMA, ["BY", "KZ", "RU", "UA"],
  {"Boris Yeltsin": "signatory", "Leonid Kravchuk": "signatory", "Stanislav Shushkevich": "signatory",
   "Nursultan Nazarbayev": "signatory (host)"}, ["n03.txt"])
E("n03-minsk-heads-of-state-planned", C, "meeting", ["meeting"], None, None, None, PLN,
  "Minsk", r"minsk|belarus", CIS11, {}, ["n03.txt"])
E("n03-belovezh-agreement", B, "agreement", ["agreement", "meeting"], None, None, None, OCC,
  "Belovezhskaya Pushcha", r"belovezh|brest|viskuli|belarus", ["BY", "RU", "UA"],
  {"Boris Yeltsin": "signatory", "Leonid Kravchuk": "signatory", "Stanislav Shushkevich": "signatory (host)"}, ["n03.txt"])
E("n03-ashkhabad-central-asian-meeting", B, "meeting", ["meeting"], None, None, None, OCC,
  "Ashkhabad", r"ashkhabad|ashgabat|turkmen", ["KG", "KZ", "TJ", "TM", "UZ"],
  {"Nursultan Nazarbayev": "participant", "Islam Karimov": "participant", "Askar Akayev": "participant",
   "Rakhmon Nabiyev": "participant", "Saparmurad Niyazov": "host"}, ["n03.txt"])

# ---- n04 (1995-09-06, AFP, Wellington)
E("n04-nz-recalls-ambassador-paris", C, "withdrawal", ["withdrawal"], "1995-09-06", "day", None, OCC,
  None, None, ["FR", "NZ"], {"Don McKinnon": "ordered the recall"}, ["n04.txt"])
E("n04-australia-recalls-ambassador-paris", C, "withdrawal", ["withdrawal"], "1995-09-06", "day", None, OCC,
  None, None, ["AU", "FR"], {"Gareth Evans": "announced the recall"}, ["n04.txt"])
E("n04-french-ambassador-protest-wellington", C, "meeting", ["meeting"], "1995-09-06", "day", None, OCC,
  "Wellington", r"wellington|ministry of foreign affairs|new zealand", ["FR", "NZ"], {}, ["n04.txt"])
E("n04-south-pacific-forum-madang-planned", C, "meeting", MV, "1995-09-13", "day", "1995-09-15", PLN,
  "Madang", r"madang|papua new guinea|south pacific forum", ["AU", "NZ", "PG"],
  {"Jim Bolger": "participant", "Paul Keating": "participant", "Julius Chan": "chair (host)"}, ["n04.txt"])
E("n04-rainbow-warrior-settlement-1986", B, "agreement", ["agreement"], "1986", "year", None, OCC,
  None, None, ["FR", "NZ"], {"Javier Pérez de Cuéllar": "mediator"}, ["n04.txt"])

# ---- n05 (no date, byline, AFP, Algiers)
ALG = r"algiers|algeria"
E("n05-algiers-peace-agreement", C, "agreement", ["agreement", "meeting"], None, None, None, OCC,
  "Algiers", ALG, ["DZ", "ER", "ET", "US"],
  {"Meles Zenawi": "signatory", "Issaias Afeworki": "signatory", "Abdelaziz Bouteflika": "host",
   "Kofi Annan": "witness", "Madeleine Albright": "witness", "Salim Ahmed Salim": "witness"}, ["n05.txt"])
E("n05-albright-meles-algiers", C, "meeting", ["meeting"], None, None, None, OCC,
  "Algiers", ALG, ["ET", "US"], {"Madeleine Albright": "visitor", "Meles Zenawi": "counterpart"}, ["n05.txt"])
E("n05-albright-issaias-algiers", C, "meeting", ["meeting"], None, None, None, OCC,
  "Algiers", ALG, ["ER", "US"], {"Madeleine Albright": "visitor", "Issaias Afeworki": "counterpart"}, ["n05.txt"])
E("n05-cessation-of-hostilities-june", B, "agreement", ["agreement", "meeting"], None, None, None, OCC,
  "Algiers", ALG, ["ER", "ET"], {"Seyoum Mesfin": "signatory", "Haile Woldensae": "signatory"}, ["n05.txt"])
E("n05-legwaila-appointed", B, "appointment", ["appointment"], None, None, None, OCC,
  None, None, ["ER", "ET"], {"Legwaila Joseph Legwaila": "appointee", "Kofi Annan": "appointer"}, ["n05.txt"])

# ---- n06 (2006-10-08, Kyodo, Beijing)
BJ = r"beijing|great hall|china"
E("n06-abe-hu-great-hall", C, "meeting", MV, "2006-10-08", "day", None, OCC,
  "Great Hall of the People", BJ, ["CN", "JP"], {"Shinzo Abe": "guest", "Hu Jintao": "host"}, ["n06.txt"])
E("n06-abe-wen", C, "meeting", MV, "2006-10-08", "day", None, OCC,
  "Beijing", BJ, ["CN", "JP"], {"Shinzo Abe": "guest", "Wen Jiabao": "host"}, ["n06.txt"])
E("n06-abe-wu-bangguo", C, "meeting", MV, "2006-10-08", "day", None, OCC,
  "Beijing", BJ, ["CN", "JP"], {"Shinzo Abe": "guest", "Wu Bangguo": "host"}, ["n06.txt"])
E("n06-joint-press-statement", C, "agreement", ["agreement"], "2006-10-08", "day", None, OCC,
  "Beijing", BJ, ["CN", "JP"], {}, ["n06.txt"])
E("n06-wen-visit-japan-planned", C, "visit", ["visit", "meeting"], "2007", "year", None, PLN,
  "Tokyo", r"tokyo|japan", ["CN", "JP"], {"Wen Jiabao": "visitor"}, ["n06.txt"])
E("n06-abe-hu-apec-hanoi-planned", C, "meeting", ["meeting"], "2006-11", "month", None, PLN,
  "Hanoi", r"hanoi|vietnam|apec|asia pacific", ["CN", "JP"], {"Shinzo Abe": "participant", "Hu Jintao": "participant"}, ["n06.txt"])
E("n06-abe-roh-seoul-planned", C, "meeting", MV, "2006-10-09", "day", None, PLN,
  "Seoul", r"seoul|korea", ["JP", "KR"], {"Shinzo Abe": "guest", "Roh Moo-hyun": "host"}, ["n06.txt"])
E("n06-yachi-dai-talks", C, "meeting", ["meeting"], "2006-09", "month", None, OCC,
  None, None, ["CN", "JP"], {"Shotaro Yachi": "negotiator", "Dai Bingguo": "negotiator"}, ["n06.txt"])
E("n06-koizumi-jiang-beijing-2001", B, "meeting", MV, "2001-10", "month", None, OCC,
  "Beijing", BJ, ["CN", "JP"], {"Junichiro Koizumi": "guest", "Jiang Zemin": "host"}, ["n06.txt"])
E("n06-hu-koizumi-jakarta-2005", B, "meeting", ["meeting"], "2005-04", "month", None, OCC,
  "Jakarta", r"jakarta|indonesia|asian african", ["CN", "JP"], {"Hu Jintao": "participant", "Junichiro Koizumi": "participant"}, ["n06.txt"])

# ---- n07 (2012-11-19, Reuters, Yangon)
YGN = r"yangon|rangoon|myanmar|burma"
E("n07-obama-thein-sein-yangon", C, "meeting", MV, "2012-11-19", "day", None, OCC,
  "Yangon", YGN + r"|parliament", ["MM", "US"], {"Barack Obama": "guest", "Thein Sein": "host"}, ["n07.txt"])
E("n07-obama-suu-kyi-yangon", C, "meeting", MV, "2012-11-19", "day", None, OCC,
  "Yangon", YGN + r"|villa|residence|home", ["MM", "US"], {"Barack Obama": "guest", "Aung San Suu Kyi": "host"}, ["n07.txt"])
E("n07-obama-bhumibol-siriraj", C, "meeting", MV, "2012-11-18", "day", None, OCC,
  "Siriraj Hospital", r"siriraj|bangkok|thailand", ["TH", "US"], {"Barack Obama": "guest", "Bhumibol Adulyadej": "host"}, ["n07.txt"])
E("n07-obama-yingluck-government-house", C, "meeting", MV, "2012-11-18", "day", None, OCC,
  "Government House", r"government house|bangkok|thailand", ["TH", "US"], {"Barack Obama": "guest", "Yingluck Shinawatra": "host"}, ["n07.txt"])
E("n07-obama-hun-sen-planned", C, "meeting", MV, "2012-11-19", "day", None, PLN,
  "Phnom Penh", r"phnom penh|cambodia", ["KH", "US"], {"Barack Obama": "guest", "Hun Sen": "host"}, ["n07.txt"])
E("n07-east-asia-summit-planned", C, "meeting", MV, "2012-11-20", "day", None, PLN,
  "Phnom Penh", r"phnom penh|cambodia|east asia summit", ["KH", "US"], {"Barack Obama": "participant"}, ["n07.txt"])
E("n07-obama-wen-planned", C, "meeting", ["meeting"], "2012-11-20", "day", None, PLN,
  "Phnom Penh", r"phnom penh|cambodia|east asia summit", ["CN", "US"], {"Barack Obama": "participant", "Wen Jiabao": "participant"}, ["n07.txt"])
E("n07-mitchell-credentials", C, "appointment", ["appointment"], "2012-07", "month", None, OCC,
  None, None, ["MM", "US"], {"Derek Mitchell": "ambassador"}, ["n07.txt"])
E("n07-obama-suu-kyi-oval-office", C, "meeting", MV, "2012-09", "month", None, OCC,
  "Oval Office", r"oval office|white house|washington", ["MM", "US"], {"Barack Obama": "host", "Aung San Suu Kyi": "guest"}, ["n07.txt"])
E("n07-clinton-thein-sein-new-york", C, "meeting", ["meeting"], "2012-09", "month", None, OCC,
  "New York", r"new york|united nations|general assembly|\bun\b", ["MM", "US"], {"Hillary Clinton": "participant", "Thein Sein": "participant"}, ["n07.txt"])
E("n07-clinton-thein-sein-naypyitaw-2011", B, "meeting", MV, "2011-12", "month", None, OCC,
  "Naypyitaw", r"naypyitaw|nay pyi taw|myanmar|burma", ["MM", "US"], {"Hillary Clinton": "guest", "Thein Sein": "host"}, ["n07.txt"])
E("n07-clinton-suu-kyi-yangon-2011", B, "meeting", MV, "2011-12", "month", None, OCC,
  "Yangon", YGN, ["MM", "US"], {"Hillary Clinton": "guest", "Aung San Suu Kyi": "host"}, ["n07.txt"])
E("n07-us-downgrades-representation-1990", B, "withdrawal", ["withdrawal"], "1990", "year", None, OCC,
  None, None, ["MM", "US"], {}, ["n07.txt"])

# ---- n08 (2019-02-28, AP, Hanoi)
MET = r"metropole|hanoi|vietnam"
E("n08-trump-kim-talks-feb28", C, "meeting", ["meeting"], "2019-02-28", "day", None, OCC,
  "Sofitel Legend Metropole", MET, ["KP", "US"],
  {"Donald Trump": "participant", "Kim Jong Un": "participant", "Mike Pompeo": "participant", "Kim Yong Chol": "participant"}, ["n08.txt"])
E("n08-lunch-and-signing-called-off", C, "agreement", ["agreement", "meeting"], "2019-02-28", "day", None, CAN,
  "Sofitel Legend Metropole", MET, ["KP", "US"], {"Donald Trump": "party", "Kim Jong Un": "party"}, ["n08.txt"])
E("n08-trump-kim-dinner-feb27", C, "meeting", ["meeting"], "2019-02-27", "day", None, OCC,
  "Sofitel Legend Metropole", MET, ["KP", "US"],
  {"Donald Trump": "participant", "Kim Jong Un": "participant", "Mike Pompeo": "participant", "Mick Mulvaney": "participant",
   "Kim Yong Chol": "participant", "Ri Yong Ho": "participant"}, ["n08.txt"])
E("n08-trump-trong-presidential-palace", C, "meeting", ["meeting", "visit", "agreement"], "2019-02-27", "day", None, OCC,
  "Presidential Palace", r"presidential palace|hanoi|vietnam", ["US", "VN"], {"Donald Trump": "guest", "Nguyen Phu Trong": "host"}, ["n08.txt"])
E("n08-trump-phuc", C, "meeting", MV, "2019-02-27", "day", None, OCC,
  "Hanoi", r"hanoi|vietnam|government office", ["US", "VN"], {"Donald Trump": "guest", "Nguyen Xuan Phuc": "host"}, ["n08.txt"])
E("n08-trump-moon-call", C, "call", ["call"], "2019-02-28", "day", None, OCC,
  None, None, ["KR", "US"], {"Donald Trump": "caller", "Moon Jae-in": "counterpart"}, ["n08.txt"])
E("n08-trump-abe-call", C, "call", ["call"], "2019-02-28", "day", None, OCC,
  None, None, ["JP", "US"], {"Donald Trump": "caller", "Shinzo Abe": "counterpart"}, ["n08.txt"])
E("n08-kim-goodwill-visit-planned", C, "visit", ["visit", "meeting"], "2019-03-01", "day", "2019-03-02", PLN,
  "Vietnam", r"vietnam|hanoi", ["KP", "VN"], {"Kim Jong Un": "visitor"}, ["n08.txt"])
E("n08-biegun-kim-hyok-chol-pyongyang", C, "meeting", MV, "2019-02", "month", None, OCC,
  "Pyongyang", r"pyongyang|north korea", ["KP", "US"], {"Stephen Biegun": "guest", "Kim Hyok Chol": "host"}, ["n08.txt"])
E("n08-kim-yong-chol-white-house", C, "meeting", MV, "2019-01", "month", None, OCC,
  "White House", r"white house|washington", ["KP", "US"], {"Kim Yong Chol": "guest (envoy)", "Donald Trump": "host"}, ["n08.txt"])
E("n08-singapore-summit-2018", B, "meeting", ["meeting", "agreement"], "2018-06", "month", None, OCC,
  "Singapore", r"singapore", ["KP", "US"], {"Donald Trump": "participant", "Kim Jong Un": "participant"}, ["n08.txt"])

# ---- n09 (no date, Reuters, Moscow/Yerevan)
E("n09-trilateral-ceasefire-statement", C, "agreement", ["agreement", "call", "meeting"], None, None, None, OCC,
  None, None, ["AM", "AZ", "RU"],
  {"Vladimir Putin": "signatory (broker)", "Ilham Aliyev": "signatory", "Nikol Pashinyan": "signatory"}, ["n09.txt"])
E("n09-pashinyan-putin-call", C, "call", ["call"], None, None, None, OCC,
  None, None, ["AM", "RU"], {"Nikol Pashinyan": "participant", "Vladimir Putin": "participant"}, ["n09.txt"])
E("n09-putin-erdogan-call", C, "call", ["call", "agreement"], None, None, None, OCC,
  None, None, ["RU", "TR"], {"Vladimir Putin": "participant", "Tayyip Erdogan": "participant"}, ["n09.txt"])
E("n09-moscow-talks-humanitarian-ceasefire", B, "meeting", ["meeting", "agreement"], None, None, None, OCC,
  "Moscow", r"moscow|russia", ["AM", "AZ", "RU"],
  {"Sergei Lavrov": "host", "Jeyhun Bayramov": "guest", "Zohrab Mnatsakanyan": "guest"}, ["n09.txt"])
E("n09-pompeo-bayramov-washington", B, "meeting", MV, None, None, None, OCC,
  "Washington", r"washington|state department", ["AZ", "US"], {"Mike Pompeo": "host", "Jeyhun Bayramov": "guest"}, ["n09.txt"])
E("n09-pompeo-mnatsakanyan-washington", B, "meeting", MV, None, None, None, OCC,
  "Washington", r"washington|state department", ["AM", "US"], {"Mike Pompeo": "host", "Zohrab Mnatsakanyan": "guest"}, ["n09.txt"])
E("n09-us-brokered-truce", B, "agreement", ["agreement"], None, None, None, OCC,
  None, None, ["AM", "AZ", "US"], {}, ["n09.txt"])
E("n09-armenia-recalls-ambassador-israel", B, "withdrawal", ["withdrawal"], None, None, None, OCC,
  None, None, ["AM", "IL"], {}, ["n09.txt"])
E("n09-ceasefire-1994", B, "agreement", ["agreement"], "1994", "year", None, OCC,
  None, None, ["AM", "AZ"], {}, ["n09.txt"])

# ---- n10 (2021-09-23, AFP, Paris)
E("n10-biden-macron-call", C, "call", ["call", "agreement"], "2021-09-22", "day", None, OCC,
  None, None, ["FR", "US"], {"Emmanuel Macron": "participant", "Joe Biden": "participant"}, ["n10.txt"])
E("n10-etienne-return-planned", C, "appointment", ["appointment"], None, None, None, PLN,
  "Washington", r"washington", ["FR", "US"], {"Philippe Étienne": "returning ambassador"}, ["n10.txt"])
E("n10-biden-macron-europe-planned", C, "meeting", MV, "2021-10", "month", None, PLN,
  "Europe", r"europe|rome|italy", ["FR", "US"], {"Joe Biden": "participant", "Emmanuel Macron": "participant"}, ["n10.txt"])
E("n10-france-recalls-etienne", C, "withdrawal", ["withdrawal"], "2021-09-17", "day", None, OCC,
  None, None, ["FR", "US"], {"Jean-Yves Le Drian": "ordered the recall", "Philippe Étienne": "recalled envoy"}, ["n10.txt"])
E("n10-france-recalls-thebault", C, "withdrawal", ["withdrawal"], "2021-09-17", "day", None, OCC,
  None, None, ["AU", "FR"], {"Jean-Yves Le Drian": "ordered the recall", "Jean-Pierre Thébault": "recalled envoy"}, ["n10.txt"])
E("n10-le-drian-blinken-new-york-planned", C, "meeting", ["meeting"], "2021-09-23", "day", None, PLN,
  "New York", r"new york|united nations|general assembly|\bun\b", ["FR", "US"],
  {"Jean-Yves Le Drian": "participant", "Antony Blinken": "participant"}, ["n10.txt"])
E("n10-macron-modi-call", C, "call", ["call", "agreement"], "2021-09-21", "day", None, OCC,
  None, None, ["FR", "IN"], {"Emmanuel Macron": "participant", "Narendra Modi": "participant"}, ["n10.txt"])
E("n10-aukus-announced", C, "agreement", ["agreement", "call", "meeting"], "2021-09-15", "day", None, OCC,
  None, None, ["AU", "GB", "US"], {"Joe Biden": "party", "Scott Morrison": "party", "Boris Johnson": "party"}, ["n10.txt"])
E("n10-naval-group-contract-2016", B, "agreement", ["agreement"], "2016", "year", None, OCC,
  None, None, ["AU", "FR"], {}, ["n10.txt"])
E("n10-biden-macron-g7-cornwall", B, "meeting", ["meeting"], "2021-06", "month", None, OCC,
  "Cornwall", r"cornwall|carbis bay|group of seven|\bg7\b|\bg 7\b|britain|england", ["FR", "US"],
  {"Joe Biden": "participant", "Emmanuel Macron": "participant"}, ["n10.txt"])

articles = [f"n{i:02d}.txt" for i in range(1, 11)]
gold = {"corpus": "sealed_n", "articles": articles, "persons": persons,
        "neutral_persons": neutral_persons, "not_persons": not_persons, "events": events}

# ---------------- checks ----------------
sys.path.insert(0, "/work/shared/eval")
from score import fold  # noqa: E402

texts = {a: open(os.path.join(ART, a), encoding="utf-8").read() for a in articles}
folded_all = " ".join(fold(t) for t in texts.values())
problems = []
names = {}
for p in persons:
    for n in [p["name"]] + p["aliases"]:
        k = fold(n)
        if k in names and names[k] != p["name"]:
            problems.append(f"name {n} shared by {names[k]} and {p['name']}")
        names[k] = p["name"]
    seen = [n for n in [p["name"]] + p["aliases"] if f" {fold(n)} " in f" {folded_all} "]
    if not seen:
        problems.append(f"person {p['name']}: no name or alias occurs in any article")
    for o in p["offices"]:
        re.compile(o["pattern"])
        if not re.search(o["pattern"], fold(o["title"])):
            problems.append(f"office title does not match own pattern: {p['name']} {o['title']}")
for n in neutral_persons + not_persons:
    if f" {fold(n)} " not in f" {folded_all} " and n != "Akie Abe":  # "Abe's wife, Akie" -> a name an extractor may build
        problems.append(f"neutral/not_person {n} does not occur")
    if fold(n) in names:
        problems.append(f"neutral/not_person {n} collides with gold person {names[fold(n)]}")
pnames = {p["name"] for p in persons}
ids = set()
used = set()
for e in events:
    assert e["id"] not in ids, e["id"]; ids.add(e["id"])
    assert e["kind"] in e["accept_kinds"], e["id"]
    for x in e["participants"]:
        if x not in pnames:
            problems.append(f"{e['id']}: participant {x} not a gold person")
        used.add(x)
    for s in e["sources"]:
        assert s in texts, s
    if e["date"]:
        w = {"day": 10, "month": 7, "year": 4}[e["date_precision"]]
        assert len(e["date"]) == w, e["id"]
    if e["location_pattern"]:
        assert re.search(e["location_pattern"], fold(e["location"])), e["id"]
        assert len(fold(e["location"]).split()) <= 5, e["id"]
    if not e["participants"]:
        assert e["countries"], e["id"]
for a in articles:
    if not any(a in e["sources"] for e in events):
        problems.append(f"{a}: no events")
if problems:
    print("\n".join(problems)); sys.exit(1)

with open(os.path.join(HERE, "gold_n.json"), "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(f"persons {len(persons)}, neutral {len(neutral_persons)}, not_persons {len(not_persons)}, events {len(events)}")
print("persons without events:", sorted(pnames - used))

"""Writes docs/ (the .txt and .meta.json files) and events.jsonl of held-out set 8.

Adapted from held-out 6's tools/build_events.py. The annotations below are made from GUIDELINES.md
and the article texts only. Each evidence sentence is copied from the text by a fragment that must
occur in exactly one body sentence.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS = os.path.join(ROOT, "docs")


def docname(a):
    return "%s_%s_%s.txt" % (a["published"], a["outlet"].lower().replace(" ", "-"), a["slug"])


def sentences(body):
    out = []
    for para in body.split("\n\n"):
        para = para.strip()
        if para:
            out.extend(s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para) if s.strip())
    return out


def A(name, text, country, sector):
    return {"name": name, "text": text, "country": country, "sector": sector}


def L(name, country, admin1=None):
    return {"name": name, "country": country, "admin1": admin1}


# frequent actors
TAL = lambda text: A("Taliban", text, "AFG", "GOV")  # noqa: E731
PAK = lambda text: A("Pakistan", text, "PAK", "GOV")  # noqa: E731
TTP = lambda text: A("Tehreek-e-Taliban Pakistan", text, "PAK", "REB")  # noqa: E731
BLA = lambda text: A("Balochistan Liberation Army", text, "PAK", "REB")  # noqa: E731
HGB = lambda text: A("Hafiz Gul Bahadur group", text, "PAK", "REB")  # noqa: E731
ISPR = lambda text: A("Inter-Services Public Relations", text, "PAK", "MIL")  # noqa: E731
UNHCR = lambda text: A("UNHCR", text, None, "IGO")  # noqa: E731
MUTTAQI = lambda text: A("Amir Khan Muttaqi", text, "AFG", "GOV")  # noqa: E731
MUJAHID = lambda text: A("Zabihullah Mujahid", text, "AFG", "GOV")  # noqa: E731
SHARIF = lambda text: A("Shehbaz Sharif", text, "PAK", "GOV")  # noqa: E731
QURESHI = lambda text: A("Shah Mahmood Qureshi", text, "PAK", "GOV")  # noqa: E731

KP = "Khyber Pakhtunkhwa"
KABUL = L("Kabul", "AFG", "Kabul")
ISB = L("Islamabad", "PAK", "Islamabad Capital Territory")
QUETTA = L("Quetta", "PAK", "Balochistan")
CHAMAN = L("Chaman", "PAK", "Balochistan")
MIRALI = L("Mir Ali", "PAK", KP)


def E(plover, mode, src, tgt, date, prec, date_text, loc, frag, planned=False, core=True, note=""):
    return dict(plover=plover, mode=mode, source=src, target=tgt, date=date, date_precision=prec,
                date_text=date_text, location=loc, frag=frag, planned=planned, core=core, note=note)


ANN = {}

# ---------------------------------------------------------------- 1. Qureshi in Kabul (2021-10-22, Fri)
ANN["qureshi-kabul-visit"] = [
    E("CONSULT", "visit", QURESHI("Qureshi"), A("Mohammad Hasan Akhund", "Mohammad Hasan Akhund", "AFG", "GOV"),
      "2021-10-21", "day", "on Thursday", KABUL,
      "Qureshi and the head of the Inter-Services Intelligence",
      note="Date and place from the lead (flew into Kabul on Thursday); arrival and talks on the same day = one record per named visitor."),
    E("CONSULT", "visit", A("Faiz Hameed", "Lt Gen Faiz Hameed", "PAK", "SPY"),
      A("Mohammad Hasan Akhund", "Mohammad Hasan Akhund", "AFG", "GOV"),
      "2021-10-21", "day", "on Thursday", KABUL,
      "Qureshi and the head of the Inter-Services Intelligence",
      note="ISI chief = SPY. Date and place carried from the lead."),
    E("CONSULT", "visit", QURESHI("Qureshi"), MUTTAQI("Amir Khan Muttaqi"),
      "2021-10-21", "day", "on Thursday", KABUL,
      "Qureshi also held separate talks"),
    E("AGREE", None, QURESHI("Qureshi"), A("Afghanistan", "Afghanistan", "AFG", "GOV"),
      "2021-10-21", "day", "on Thursday", KABUL,
      "Qureshi promised that Pakistan would send food",
      note="A promise of aid not yet given = AGREE. Carried date and place (During the talks)."),
    E("REQUEST", None, QURESHI("He"), TAL("the Taliban"),
      "2021-10-21", "day", "on Thursday", KABUL,
      "He urged the Taliban to form a government",
      note="One request (inclusive government and schools for girls)."),
    E("REQUEST", None, MUTTAQI("Muttaqi"), PAK("Pakistan"),
      "2021-10-21", "day", "on Thursday", KABUL,
      "Muttaqi asked Pakistan to ease the movement"),
    E("AGREE", None, TAL("The Taliban"), A("Pakistan", "the Pakistani delegation", "PAK", "GOV"),
      "2021-10-21", "day", "on Thursday", KABUL,
      "The Taliban assured the Pakistani delegation",
      note="Assurance = AGREE; made during the talks (carried date and place)."),
    E("CONCEDE", None, PAK("Pakistan"), A("Afghan patients", "Afghans who need medical treatment", "AFG", "CVL"),
      "2021-10-21", "day", "Afterwards", L("Torkham", "PAK", KP),
      "Qureshi told reporters here that Pakistan had decided to issue visas",
      note="Easing entry = CONCEDE, dated to the announcement ('Afterwards' = after Thursday's talks). Placed at the crossing where the visas are issued (Pakistani side), not at Kabul where it was announced."),
    E("CONSULT", "visit", MUTTAQI("Muttaqi"), PAK(None),
      "2021-10-22", "day", None, ISB,
      "Muttaqi accepted an invitation to visit Islamabad",
      planned=True,
      note="Accepting an invitation to visit = agreement to meet = planned CONSULT only. No date for the visit: publication date."),
    E("SUPPORT", None, MUJAHID("Zabihullah Mujahid"), PAK("Pakistan"),
      "2021-10-21", "day", "on Thursday evening", None,
      "Taliban spokesman Zabihullah Mujahid thanked Pakistan",
      note="Thanks = SUPPORT."),
    E("CONSULT", None, A("foreign ministers of Afghanistan's neighbours", "the foreign ministers of Afghanistan's neighbours", None, "GOV"),
      PAK("Pakistan"),
      "2021-09", "month", "Last month", None,
      "held a virtual meeting hosted by Pakistan", core=False,
      note="Virtual meeting hosted by one state = guest -> host CONSULT without mode; unnamed collective = country null, GOV. Earlier month: background."),
    E("CONSULT", "visit", QURESHI("Qureshi"), A("Iran", None, "IRN", "GOV"),
      "2021-10-25", "week", "next week", L("Tehran", "IRN", "Tehran"),
      "Qureshi will travel to Tehran next week",
      planned=True,
      note="Planned trip to the neighbours' meeting in Tehran: guest -> host (Iran, not named as an actor: text null)."),
    E("REQUEST", None, A("Imran Khan", "Prime Minister Imran Khan", "PAK", "GOV"),
      A("international community", "the world", None, "GOV"),
      "2021-10-20", "day", "on Wednesday", ISB,
      "Prime Minister Imran Khan said on Wednesday that the world should engage",
      note="Placed by 'In Islamabad'. Unnamed collective = country null, GOV."),
]

# ---------------------------------------------------------------- 2. Kabul jirga and TTP truce (2022-06-04, Sat)
JIRGA = lambda text: A("Khyber Pakhtunkhwa jirga", text, "PAK", "CVL")  # noqa: E731
ANN["kabul-jirga-ttp-truce"] = [
    E("CONSULT", "visit", JIRGA("A jirga"), TTP("Tehreek-e-Taliban Pakistan"),
      "2022-06-01", "day", "on Wednesday", KABUL,
      "A jirga of more than 50 tribal elders",
      note="Two days of talks dated by their start ('beginning on Wednesday'). The jirga travelled to Kabul: visit."),
    E("CONSULT", "third-party", A("Sirajuddin Haqqani", "Sirajuddin Haqqani", "AFG", "GOV"), JIRGA(None),
      "2022-06-01", "day", "on Wednesday", KABUL,
      "The meetings were hosted by the acting Afghan interior minister",
      note="Mediation: one third-party CONSULT per mediator-party pair. Passive with the doer named. Date and place carried from the lead."),
    E("CONSULT", "third-party", A("Sirajuddin Haqqani", "Sirajuddin Haqqani", "AFG", "GOV"), TTP(None),
      "2022-06-01", "day", "on Wednesday", KABUL,
      "The meetings were hosted by the acting Afghan interior minister"),
    E("RETREAT", "ceasefire", TTP("the TTP"), PAK("the government"),
      "2022-06-02", "day", "The following day", None,
      "the TTP announced that it had extended its ceasefire",
      note="'The following day' = the day after Wednesday. The extension is dated to its announcement."),
    E("REQUEST", None, JIRGA("Members of the jirga"), TTP("the militants"),
      "2022-06-01", "day", "on Wednesday", KABUL,
      "Members of the jirga said they had pressed the militants",
      note="Made at the talks: their date (start) and place."),
    E("REQUEST", None, TTP("The TTP"), PAK(None),
      "2022-06-01", "day", "on Wednesday", KABUL,
      "The TTP insisted on the reversal",
      note="Demands on the government at the talks (addressee not named in the sentence)."),
    E("CONSULT", "visit", JIRGA("a smaller committee"), TTP(None),
      "2022-06", "month", "later this month", KABUL,
      "He said a smaller committee would return to Kabul later this month",
      planned=True),
    E("RETREAT", "release", PAK("Pakistan"), A("Tehreek-e-Taliban Pakistan", "two jailed TTP commanders", "PAK", "REB"),
      "2022-05", "month", "last month", None,
      "Pakistan freed two jailed TTP commanders last month", core=False,
      note="Earlier month, framed as context: background."),
    E("REQUEST", None, MUJAHID("Zabihullah Mujahid"), PAK("both sides"),
      "2022-06-04", "day", None, None,
      "urged both sides to show flexibility",
      note="'both sides' = the Pakistani government and the TTP: one record per target. Undated: publication date."),
    E("REQUEST", None, MUJAHID("Zabihullah Mujahid"), TTP("both sides"),
      "2022-06-04", "day", None, None,
      "urged both sides to show flexibility"),
    E("ACCUSE", "disapprove", A("Awami National Party", "The Awami National Party", "PAK", "PTY"),
      PAK("the federal government"),
      "2022-06-04", "day", None, None,
      "The Awami National Party criticised the federal government"),
    E("REJECT", None, TTP("The TTP"), None,
      "2022-06-04", "day", None, None,
      "The TTP denied reports",
      note="Denial with no accuser named: target null."),
    E("RETREAT", "ceasefire", TTP("The group"), PAK(None),
      "2021-11", "month", "in November last year", None,
      "The group observed a month-long truce", core=False),
    E("SANCTION", None, TTP("It"), PAK(None),
      "2021-12", "month", "in December", None,
      "It ended that truce in December", core=False,
      note="A group ending its ceasefire with the government = SANCTION (held-out 5 convention)."),
]

# ---------------------------------------------------------------- 3. Chaman sit-in (2024-01-19, Fri)
ANN["chaman-passport-sit-in"] = [
    E("PROTEST", "demo", A("Chaman protesters", "Thousands of porters and small traders", "PAK", "CVL"),
      PAK("the federal government"),
      "2024-01-17", "day", "on Wednesday", CHAMAN,
      "Thousands of porters and small traders blocked the highway",
      note="Placed by 'here' (dateline Chaman)."),
    E("REQUEST", None, A("Chaman protesters", "Thousands of porters and small traders", "PAK", "CVL"),
      PAK("the federal government"),
      "2024-01-17", "day", "on Wednesday", CHAMAN,
      "Thousands of porters and small traders blocked the highway",
      note="A demonstration with an explicit demand to a named party = PROTEST plus REQUEST (held-out 5)."),
    E("PROTEST", "demo", A("Chaman protesters", "The protesters", "PAK", "CVL"), PAK("Islamabad"),
      "2023-10", "month", "since October", CHAMAN,
      "The protesters have held a sit-in near the crossing since October", core=False,
      note="Ongoing sit-in dated to its start; started months ago: background."),
    E("COERCE", "restrict", PAK("Islamabad"), A("border residents", "border residents", "PAK", "CVL"),
      "2023-10", "month", "since October", CHAMAN,
      "The protesters have held a sit-in near the crossing since October", core=False,
      note="The rule ending crossing on identity cards (visa rule) = COERCE/restrict, dated by 'since October ... when'. Placed at the crossing it governs."),
    E("CONSULT", "visit", A("Chaman protest leaders", "leaders of the sit-in", "PAK", "CVL"),
      A("Ali Mardan Domki", "Ali Mardan Domki", "PAK", "GOV"),
      "2024-01-16", "day", "A day earlier", QUETTA,
      "leaders of the sit-in met the caretaker chief minister",
      note="'A day earlier' = the day before Wednesday. Travel to the provincial capital = visit (intra-state, held-out 5)."),
    E("AGREE", None, A("Balochistan government", "The provincial government", "PAK", "GOV"),
      A("porters", "porters who lost their work", "PAK", "CVL"),
      "2024-01-19", "day", None, None,
      "The provincial government has offered a monthly allowance",
      note="Offer/promise = AGREE. Undated: publication date."),
    E("REJECT", None, A("Chaman protest leaders", "Protest leaders", "PAK", "CVL"),
      A("Balochistan government", None, "PAK", "GOV"),
      "2024-01-19", "day", None, None,
      "Protest leaders rejected the offer"),
    E("REJECT", None, A("Pakistan interior ministry", "The interior ministry", "PAK", "GOV"),
      A("Chaman protesters", None, "PAK", "CVL"),
      "2024-01-08", "week", "last week", None,
      "The interior ministry in Islamabad said last week",
      note="Refusing the protesters' demand = REJECT. 'in Islamabad' names the actor, no place. Part of the story's own time frame: core."),
    E("SUPPORT", None, A("Afghan traders", "Afghan traders", "AFG", "CVL"),
      A("Chaman protesters", "the Chaman protesters", "PAK", "CVL"),
      "2024-01-18", "day", "on Thursday", L("Spin Boldak", "AFG", "Kandahar"),
      "Afghan traders held a rally on Thursday in support",
      note="A rally in support of another party = SUPPORT (solidarity), not PROTEST."),
    E("REQUEST", None, TAL("Taliban officials"), PAK("Pakistan"),
      "2024-01-19", "day", None, None,
      "Taliban officials in Kandahar urged Pakistan",
      note="'in Kandahar' names the actor: no place. Undated."),
    E("COERCE", "deport", PAK("Pakistan"), A("undocumented Afghans", "undocumented Afghans", "AFG", "REF"),
      "2023-11", "month", "in November", None,
      "Pakistan began deporting undocumented Afghans in November", core=False,
      note="The start of the campaign, not placed. The returns 'through Chaman' are passive with no doer."),
]

# ---------------------------------------------------------------- 4. Islamabad summit (2025-01-13, Mon)
MALALA = lambda text: A("Malala Yousafzai", text, "PAK", "CVL")  # noqa: E731
MWL = lambda text: A("Muslim World League", text, "SAU", None)  # noqa: E731
ANN["islamabad-girls-education-summit"] = [
    E("REQUEST", None, MALALA("Nobel laureate Malala Yousafzai"), A("Muslim leaders", "Muslim leaders", None, "GOV"),
      "2025-01-12", "day", "on Sunday", ISB,
      "Nobel laureate Malala Yousafzai urged Muslim leaders",
      note="An activist with no post: PAK, CVL. Unnamed collective = country null, GOV."),
    E("ACCUSE", "allege", MALALA("She"), TAL("the Taliban"),
      "2025-01-12", "day", "on Sunday", ISB,
      "She accused the Taliban of running a system of gender apartheid",
      note="Carried date and place from the previous sentence."),
    E("REQUEST", None, SHARIF("Sharif"), A("Muslim countries", "Muslim countries", None, "GOV"),
      "2025-01-11", "day", "on Saturday", ISB,
      "Sharif called on Muslim countries to pool money",
      note="Made at the opening on Saturday (previous sentence): its date and place."),
    E("CONSULT", "visit", MWL("Mohammad al-Issa"), SHARIF("Sharif"),
      "2025-01-11", "day", "on Saturday", ISB,
      "Mohammad al-Issa, called on Sharif at his office",
      note="Courtesy call by a visiting head of an organisation = visit. The Muslim World League is a non-governmental body based in Mecca: SAU, sector null (like a company in held-out 7)."),
    E("SUPPORT", None, PAK("Pakistan"), MWL("the Muslim World League"),
      "2025-01-12", "day", "on Sunday", ISB,
      "Pakistan and the Muslim World League signed a declaration",
      note="Signing = SUPPORT; joint act, first-named party as source."),
    E("REJECT", None, A("Hamdullah Fitrat", "Hamdullah Fitrat", "AFG", "GOV"), MALALA("Malala"),
      "2025-01-13", "day", "on Monday", KABUL,
      "Hamdullah Fitrat, rejected Malala's criticism on Monday",
      note="Placed by 'In Kabul'."),
    E("COERCE", "ban", TAL("The Taliban"), A("Afghan girls", "girls", "AFG", "CVL"),
      "2022-03", "month", "in March 2022", None,
      "The Taliban barred girls from secondary schools", core=False),
    E("COERCE", "ban", TAL("The Taliban"), A("Afghan women", "women", "AFG", "CVL"),
      "2022-12", "month", "in December of that year", None,
      "The Taliban barred girls from secondary schools", core=False,
      note="'of that year' = 2022, from 'in March 2022' in the same sentence."),
    E("ASSAULT", "firearms", TTP("Pakistani Taliban gunmen"), MALALA("Malala"),
      "2012", "year", "in 2012", L("Swat", "PAK", KP),
      "Malala, who was shot by Pakistani Taliban gunmen", core=False,
      note="Passive with the doer named. Pakistani Taliban = TTP (PAK, REB)."),
]

# ---------------------------------------------------------------- 5. Kalat attack (2025-02-03, Mon)
ANN["kalat-mangochar-attack"] = [
    E("ASSAULT", None, BLA("Militants"), A("Frontier Corps", "18 soldiers of the Frontier Corps", "PAK", "MIL"),
      "2025-01-31", "day", "late on Friday", L("Mangochar", "PAK", "Balochistan"),
      "Militants attacked a paramilitary post near Mangochar",
      note="Claimed by the BLA in the next sentence (claimant as source, attack sentence as evidence). Weapon not stated: mode null."),
    E("ASSAULT", None, A("Pakistani security forces", "Security forces", "PAK", "MIL"),
      BLA("12 militants"),
      "2025-02-01", "day", "the following morning", L("Mangochar", "PAK", "Balochistan"),
      "Security forces killed 12 militants in an operation in the area",
      note="'the following morning' = the morning after Friday night's attack; 'in the area' = Mangochar. The militants are the attackers, whose group the text names."),
    E("ACCUSE", "disapprove", SHARIF("Prime Minister Shehbaz Sharif"), BLA(None),
      "2025-02-03", "day", None, None,
      "Prime Minister Shehbaz Sharif condemned the attack",
      note="Condemnation targets the claimant named elsewhere (text null). Undated."),
    E("SUPPORT", None, SHARIF("Prime Minister Shehbaz Sharif"), A("Frontier Corps", "the soldiers", "PAK", "MIL"),
      "2025-02-03", "day", None, None,
      "Prime Minister Shehbaz Sharif condemned the attack",
      note="Paying tribute = praise = SUPPORT (intra-state)."),
    E("ACCUSE", "allege", ISPR("The military's media wing"), A("India", "India", "IND", "GOV"),
      "2025-02-03", "day", None, None,
      "The military's media wing said the attackers were backed by India",
      note="Blame of a third party for an attack whose source is already coded: ACCUSE only. Undated."),
    E("REJECT", None, A("India", "New Delhi", "IND", "GOV"), ISPR(None),
      "2025-02-03", "day", None, None,
      "The military's media wing said the attackers were backed by India", core=False,
      note="Habitual denial ('has rejected in the past'): background, undated."),
    E("COERCE", "restrict", A("Balochistan government", "The provincial government", "PAK", "GOV"), None,
      "2025-02-01", "day", "on Saturday", L("Kalat", "PAK", "Balochistan"),
      "The provincial government suspended mobile internet",
      note="Several places: the first named (Kalat)."),
    E("CONSULT", "visit", A("Mohsin Naqvi", "Interior Minister Mohsin Naqvi", "PAK", "GOV"),
      A("Sarfraz Bugti", "Sarfraz Bugti", "PAK", "GOV"),
      "2025-02-01", "day", "on Saturday", QUETTA,
      "Interior Minister Mohsin Naqvi flew here on Saturday",
      note="Placed by 'here' (dateline Quetta). Federal minister flying to a provincial capital = visit."),
    E("REQUEST", None, A("Mohsin Naqvi", "Naqvi", "PAK", "GOV"), TAL("Kabul"),
      "2025-02-01", "day", "on Saturday", QUETTA,
      "Naqvi said Kabul must not allow its territory",
      note="'after the meeting': the meeting's date and place."),
    E("REJECT", None, MUJAHID("Zabihullah Mujahid"), A("Mohsin Naqvi", "the minister", "PAK", "GOV"),
      "2025-02-02", "day", "on Sunday", KABUL,
      "Zabihullah Mujahid rejected the minister's remarks",
      note="Placed by 'In Kabul'."),
    E("ASSAULT", None, BLA("its fighters"), A("Pakistani police", "police stations", "PAK", "COP"),
      "2024-08", "month", "since August last year", L("Balochistan", "PAK", "Balochistan"),
      "The BLA has stepped up its attacks since August last year", core=False,
      note="'several districts of the province' = Balochistan (province level). Background."),
]

# ---------------------------------------------------------------- 6. Russia lifts the ban (2025-04-18, Fri)
ANN["russia-lifts-taliban-ban"] = [
    E("CONCEDE", None, A("Supreme Court of Russia", "Russia's Supreme Court", "RUS", "JUD"), TAL("the Taliban"),
      "2025-04-17", "day", "on Thursday", L("Moscow", "RUS", "Moscow"),
      "Russia's Supreme Court suspended the ban on the Taliban",
      note="Lifting a ban = CONCEDE. Placed by 'here' (dateline Moscow)."),
    E("REQUEST", None, A("Prosecutor General's Office of Russia", "The Prosecutor General's Office", "RUS", "GOV"),
      A("Supreme Court of Russia", "the court", "RUS", "JUD"),
      "2025-04", "month", "earlier this month", None,
      "The Prosecutor General's Office had asked the court", core=False,
      note="Intra-state request; prosecutors = GOV (held-out 6). Earlier step framed as context: background."),
    E("SUPPORT", None, TAL("the Taliban foreign ministry"), A("Russia", "Moscow", "RUS", "GOV"),
      "2025-04-17", "day", "Hours later", None,
      "the Taliban foreign ministry in Kabul welcomed the decision",
      note="'Hours later' = Thursday. 'in Kabul' names the actor: no place. Welcome and thanks = one SUPPORT."),
    E("CONSULT", None, A("Dmitry Zhirnov", "Dmitry Zhirnov", "RUS", "GOV"), MUTTAQI("Foreign Minister Amir Khan Muttaqi"),
      "2025-04-18", "day", "On Friday", KABUL,
      "Foreign Minister Amir Khan Muttaqi received the Russian ambassador",
      note="Resident envoy and host minister = CONSULT without mode; the caller as source, the host as target."),
    E("COERCE", "ban", A("Russia", "Russia", "RUS", "GOV"), A("Taliban", "the Taliban", "AFG", "REB"),
      "2003", "year", "in 2003", None,
      "Russia designated the Taliban a terrorist organisation in 2003", core=False,
      note="Taliban before 15 Aug 2021 = REB."),
    E("CONCEDE", None, A("Kazakhstan", "Kazakhstan", "KAZ", "GOV"), TAL("the group"),
      "2023-12", "month", "in December 2023", None,
      "Kazakhstan removed the group from its own list", core=False),
    E("CONCEDE", None, A("Kyrgyzstan", "Kyrgyzstan", "KGZ", "GOV"), TAL("the group"),
      "2024-09", "month", "in September 2024", None,
      "Kazakhstan removed the group from its own list", core=False,
      note="'followed' = removed the group from its list too."),
    E("SUPPORT", None, A("Vladimir Putin", "President Vladimir Putin", "RUS", "GOV"), TAL("the Taliban"),
      "2024-07", "month", "in July last year", None,
      "President Vladimir Putin called the Taliban allies", core=False),
    E("REQUEST", None, A("Shafqat Ali Khan", "He", "PAK", "GOV"), A("partners of the Taliban government", "all partners of Kabul", None, "GOV"),
      "2025-04-17", "day", "on Thursday", ISB,
      "He urged all partners of Kabul to press it",
      note="Date and place from the previous sentence ('In Islamabad ... at the weekly briefing on Thursday')."),
    E("ACCUSE", "allege", PAK("Islamabad"), TTP("Tehreek-e-Taliban Pakistan"),
      "2025-04-18", "day", None, None,
      "He urged all partners of Kabul to press it", core=False,
      note="Habitual blame ('blames ... for most attacks'): background, undated."),
    E("CONSULT", "visit", TAL("A Taliban delegation"), A("Russia", None, "RUS", "GOV"),
      "2025-05", "month", "next month", L("Kazan", "RUS", "Tatarstan"),
      "A Taliban delegation is expected to attend an economic forum in Kazan",
      planned=True,
      note="Attending a forum hosted in Russia = guest -> host visit."),
]

# ---------------------------------------------------------------- 7. Mir Ali convoy bombing (2025-06-30, Mon)
ANN["mir-ali-convoy-bombing"] = [
    E("ASSAULT", "suicide-attack", HGB("A suicide bomber"), A("Pakistan Army", "13 soldiers", "PAK", "MIL"),
      "2025-06-28", "day", "on Saturday", MIRALI,
      "A suicide bomber rammed an explosives-laden vehicle",
      note="Claimed by a faction of the Hafiz Gul Bahadur group (next sentence): claimant as source. Two targets joined by 'and': one record each."),
    E("ASSAULT", "suicide-attack", HGB("A suicide bomber"), A("civilians", "several civilians", "PAK", "CVL"),
      "2025-06-28", "day", "on Saturday", MIRALI,
      "A suicide bomber rammed an explosives-laden vehicle"),
    E("ACCUSE", "allege", ISPR("the military's media wing"), A("India", "India", "IND", "GOV"),
      "2025-06-28", "day", "Late on Saturday", None,
      "the military's media wing blamed the attack on militants backed by India",
      note="Blame of a third party for an attack already coded: ACCUSE only."),
    E("REJECT", None, A("India", "India's foreign ministry", "IND", "GOV"), ISPR(None),
      "2025-06-29", "day", "the following day", None,
      "India's foreign ministry rejected the accusation",
      note="'the following day' = Sunday, the day after the blame."),
    E("COERCE", "restrict", A("Pakistani authorities", "Authorities", "PAK", "GOV"), None,
      "2025-06-29", "day", "on Sunday", MIRALI,
      "Authorities imposed a curfew in Mir Ali",
      note="Curfew = restriction; several places, the first named."),
    E("ACCUSE", "disapprove", SHARIF("Prime Minister Shehbaz Sharif"), HGB(None),
      "2025-06-30", "day", None, None,
      "Prime Minister Shehbaz Sharif condemned the bombing",
      note="Condemnation targets the claimant named elsewhere (text null). Undated."),
    E("SUPPORT", None, SHARIF("Prime Minister Shehbaz Sharif"), A("families of the soldiers", "the families of the soldiers", "PAK", "CVL"),
      "2025-06-30", "day", None, None,
      "Prime Minister Shehbaz Sharif condemned the bombing",
      note="Condolences = SUPPORT."),
    E("ACCUSE", "allege", A("Khawaja Asif", "Defence Minister Khawaja Asif", "PAK", "GOV"), TAL("the Taliban government"),
      "2025-06-30", "day", "Two days after the attack", L("Sialkot", "PAK", "Punjab"),
      "Two days after the attack, Defence Minister Khawaja Asif",
      note="Two days after Saturday = Monday (the publication day). Placed by 'at a news conference in Sialkot'. Kabul 'did not respond': not coded."),
    E("ASSAULT", None, A("Pakistan Army", "soldiers", "PAK", "MIL"), A("militants", "several militants", None, "REB"),
      "2025-06-27", "day", "late on Friday", L("Datta Khel", "PAK", KP),
      "In a separate operation in Datta Khel late on Friday",
      note="'militants' with no group named = country null, REB. Weapon not stated."),
    E("MOBILIZE", "troops", A("Pakistan Army", "The army", "PAK", "MIL"), A("militants", "many fighters", None, "REB"),
      "2014", "year", "in 2014", L("North Waziristan", "PAK", KP),
      "The army launched a major offensive in North Waziristan in 2014", core=False),
    E("ASSAULT", None, HGB("his faction"), A("Pakistani security forces", "security forces", "PAK", "MIL"),
      "2025", "year", "this year", None,
      "his faction has claimed several attacks on security forces this year", core=False,
      note="Claimed attacks summarised in passing: one background record, year precision."),
]

# ---------------------------------------------------------------- 8. Early harvest tariffs (2025-07-26, Sat)
ANN["early-harvest-tariff-cut"] = [
    E("AGREE", None, PAK("Pakistan"), A("Afghanistan", "Afghanistan", "AFG", "GOV"),
      "2025-07-24", "day", "on Thursday", None,
      "Pakistan and Afghanistan have agreed to cut import duties",
      note="Joint agreement = one record, first-named party as source; dated to its announcement. The cuts that take effect on August 1 are its content, not a separate event."),
    E("CONSULT", "visit", A("Pakistan", "a Pakistani delegation", "PAK", "GOV"), TAL(None),
      "2025-07", "month", "earlier this month", KABUL,
      "The deal was negotiated during a visit to Kabul", core=False,
      note="The host is the Taliban government (not named: text null). Earlier step framed as context: background."),
    E("REQUEST", None, A("Pakistani traders", "Traders in Peshawar", "PAK", "CVL"), PAK("both governments"),
      "2025-07-26", "day", None, None,
      "Traders in Peshawar called the deal a modest start",
      note="'both governments' = Pakistan and Afghanistan: one record each. 'in Peshawar' names the actor. Undated."),
    E("REQUEST", None, A("Pakistani traders", "Traders in Peshawar", "PAK", "CVL"), A("Afghanistan", "both governments", "AFG", "GOV"),
      "2025-07-26", "day", None, None,
      "Traders in Peshawar called the deal a modest start"),
    E("REQUEST", None, TAL("A spokesman for the Taliban commerce ministry"), PAK("Pakistan"),
      "2025-07-25", "day", "on Friday", None,
      "A spokesman for the Taliban commerce ministry said on Friday",
      note="The drivers' visa requirement 'since last year' has no doer: not coded."),
    E("COERCE", "restrict", PAK("Pakistan"), A("Afghan traders", "Afghan traders", "AFG", "CVL"),
      "2023", "year", "In 2023", None,
      "In 2023, Pakistan imposed a processing fee", core=False),
    E("COERCE", "ban", PAK("Pakistan"), A("Afghan traders", "Afghan traders", "AFG", "CVL"),
      "2023", "year", "In 2023", None,
      "In 2023, Pakistan imposed a processing fee", core=False,
      note="Second act of the same sentence (barring transit of items) = ban."),
    E("CONCEDE", None, PAK("Pakistan"), A("Afghans", "Afghans", "AFG", "CVL"),
      "2025-04", "month", "In April", None,
      "In April, Pakistan eased visa rules for Afghans", core=False,
      note="'after talks in Kabul' is a nominal reference: not coded."),
    E("CONSULT", "visit", A("Afghanistan", "An Afghan delegation", "AFG", "GOV"), PAK(None),
      "2025-08", "month", "next month", ISB,
      "An Afghan delegation will travel to Islamabad next month",
      planned=True),
]

# ---------------------------------------------------------------- 9. PoR card holders (2025-08-08, Fri)
ANN["por-card-holders-deportation"] = [
    E("REQUEST", None, UNHCR("The UN refugee agency"), PAK("Pakistan"),
      "2025-08-06", "day", "on Wednesday", None,
      "The UN refugee agency urged Pakistan on Wednesday"),
    E("COERCE", "arrest", A("Pakistani police", "Police", "PAK", "COP"),
      A("Afghan refugees", "hundreds of card holders", "AFG", "REF"),
      "2025-08-04", "week", "this week", ISB,
      "have detained hundreds of card holders this week",
      note="'this week' = Monday of the publication week. Several cities: the first named; police act where they are based."),
    E("COERCE", "deport", A("Pakistan interior ministry", "The interior ministry", "PAK", "GOV"),
      A("Afghan refugees", "all holders of the cards", "AFG", "REF"),
      "2025-08-04", "day", "on Monday", None,
      "The interior ministry on Monday ordered",
      note="An order expelling people = deport. 'which expired on June 30' dates no event."),
    E("COERCE", "arrest", A("Pakistani police", "police", "PAK", "COP"),
      A("Afghan refugees", "dozens of Afghan families", "AFG", "REF"),
      "2025-08-05", "day", "late on Tuesday", L("Tarnol", "PAK", "Islamabad Capital Territory"),
      "In a raid late on Tuesday, police detained",
      note="A specific raid within the week's arrests: its own record."),
    E("REQUEST", None, TAL("the Taliban ministry of refugees"), PAK("Pakistan"),
      "2025-08-06", "day", "A day later", None,
      "the Taliban ministry of refugees in Kabul called on Pakistan",
      note="'A day later' = the day after Tuesday's raid. 'in Kabul' names the actor."),
    E("CONSULT", None, A("Sardar Ahmad Shakib", "Sardar Ahmad Shakib", "AFG", "GOV"),
      A("Pakistan Foreign Office", "officials", "PAK", "GOV"),
      "2025-08-08", "day", None, ISB,
      "Sardar Ahmad Shakib, met officials at the Foreign Office",
      note="Resident envoy calling at the host ministry = CONSULT without mode, placed at the ministry. Undated."),
    E("REJECT", None, A("Shafqat Ali Khan", "Foreign Office spokesman Shafqat Ali Khan", "PAK", "GOV"), UNHCR(None),
      "2025-08-07", "day", "on Thursday", None,
      "Foreign Office spokesman Shafqat Ali Khan dismissed the criticism",
      note="Dismissing the UN agency's criticism: target the critic (text null). The briefing is not placed by the text."),
    E("COERCE", "deport", PAK("Pakistan"), A("Afghan refugees", None, "AFG", "REF"),
      "2025-08-11", "day", "from Monday", L("Torkham", "PAK", KP),
      "He said Pakistan would step up deportations",
      planned=True,
      note="'from Monday' points ahead. Several crossings: the first named, Pakistani side for Pakistani deportations."),
    E("COERCE", "deport", PAK("Pakistan"), A("undocumented Afghans", "undocumented Afghans", "AFG", "REF"),
      "2023-11", "month", "in November 2023", None,
      "Pakistan began expelling undocumented Afghans in November 2023", core=False),
    E("COERCE", "deport", PAK("Pakistan"), A("Afghan Citizen Card holders", "holders of Afghan Citizen Cards", "AFG", "REF"),
      "2025", "year", "earlier this year", None,
      "Pakistan began expelling undocumented Afghans in November 2023", core=False,
      note="An order to leave = expulsion (deport); earlier this year = year precision; background."),
]

# ---------------------------------------------------------------- 10. Nangarhar and Khost strikes (2025-08-29, Fri)
ANN["nangarhar-khost-strikes-envoy-summoned"] = [
    E("ASSAULT", "aerial", A("Pakistan Army", "Pakistani aircraft", "PAK", "MIL"), A("civilians", "at least three civilians", "AFG", "CVL"),
      "2025-08-27", "day", "late on Wednesday", L("Nangarhar", "AFG", "Nangarhar"),
      "Pakistani aircraft struck houses in Nangarhar and Khost",
      note="Several places: the first named. Pakistan's military 'did not comment': not coded."),
    E("ACCUSE", "disapprove", TAL("The Taliban foreign ministry"), A("Ubaid-ur-Rehman Nizamani", "Ubaid-ur-Rehman Nizamani", "PAK", "GOV"),
      "2025-08-28", "day", "on Thursday", KABUL,
      "The Taliban foreign ministry summoned Pakistan's ambassador",
      note="Summoning an envoy to protest = ACCUSE/disapprove, placed at the ministry's offices in Kabul."),
    E("THREATEN", None, TAL("The ministry"), PAK("Pakistan"),
      "2025-08-28", "day", "on Thursday", None,
      "warned that Pakistan would bear the consequences",
      note="Warning of consequences, force not named: no mode. Date carried from the summons; the statement itself is not placed."),
    E("REJECT", None, A("Pakistan", "A Pakistani security official", "PAK", "GOV"), TAL(None),
      "2025-08-29", "day", None, None,
      "A Pakistani security official, speaking on condition of anonymity, denied",
      note="Denies the Taliban officials' claim (named in the lead): target text null. Undated."),
    E("MOBILIZE", "troops", A("Pakistan Army", "the Pakistani army", "PAK", "MIL"), A("militants", "militants", None, "REB"),
      "2025-08", "month", "earlier this month", L("Loi Mamund", "PAK", KP),
      "The strikes came after the Pakistani army launched an offensive", core=False,
      note="Earlier event framed as context: background."),
    E("ACCUSE", "allege", A("Pakistan", "Pakistani officials", "PAK", "GOV"), TAL("Kabul"),
      "2025-08-29", "day", None, None,
      "Pakistani officials have accused Kabul",
      note="Single present-perfect accusation: core, undated."),
    E("CONSULT", "phone", A("Mohammad Sadiq", "Mohammad Sadiq", "PAK", "GOV"), MUTTAQI("Foreign Minister Amir Khan Muttaqi"),
      "2025-08-28", "day", "on Thursday evening", None,
      "Mohammad Sadiq, spoke by phone"),
    E("REQUEST", None, MUTTAQI("Muttaqi"), PAK("Pakistan"),
      "2025-08-28", "day", "on Thursday evening", None,
      "During the call, Muttaqi asked Pakistan",
      note="Carried date from the call."),
    E("REQUEST", None, A("China", "a Chinese foreign ministry spokesman", "CHN", "GOV"), PAK("both countries"),
      "2025-08-28", "day", "on Thursday", L("Beijing", "CHN", "Beijing"),
      "a Chinese foreign ministry spokesman urged both countries",
      note="'both countries' = Pakistan and Afghanistan: one record each. Placed by 'At a regular briefing in Beijing'."),
    E("REQUEST", None, A("China", "a Chinese foreign ministry spokesman", "CHN", "GOV"), TAL("both countries"),
      "2025-08-28", "day", "on Thursday", L("Beijing", "CHN", "Beijing"),
      "a Chinese foreign ministry spokesman urged both countries"),
    E("SUPPORT", None, A("Pakistan", "The two neighbours", "PAK", "GOV"), TAL("The two neighbours"),
      "2025-05", "month", "three months ago", None,
      "The two neighbours upgraded their diplomatic ties", core=False,
      note="Diplomatic upgrade = SUPPORT (held-out 5); mutual act = one record, Pakistan first. 'three months ago' from late August = May."),
]


KEYS = ["doc", "plover", "mode", "source", "target", "date", "date_precision", "date_text",
        "location", "evidence", "modality", "core", "note"]


def main():
    os.makedirs(DOCS, exist_ok=True)
    out = []
    for a in sorted(ARTICLES, key=docname):
        name = docname(a)
        text = a["title"] + "\n\n" + a["body"].strip() + "\n"
        with open(os.path.join(DOCS, name), "w", encoding="utf-8") as f:
            f.write(text)
        y, m, d = a["published"].split("-")
        meta = {
            "published": a["published"],
            "outlet": a["outlet"],
            "url": "https://%s.example.org/%s/%s/%s/%s" % (a["outlet"].lower().replace(" ", "-"), y, m, d, a["slug"]),
            "title": a["title"],
            "synthetic": True,
            "language": "en",
        }
        with open(os.path.join(DOCS, name[:-4] + ".meta.json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, indent=2, ensure_ascii=False)
            f.write("\n")
        sents = sentences(a["body"])
        for e in ANN[a["slug"]]:
            hits = [s for s in sents if e["frag"] in s]
            if len(hits) != 1:
                sys.exit("fragment %r matches %d sentences in %s" % (e["frag"], len(hits), name))
            rec = {
                "doc": name, "plover": e["plover"], "mode": e["mode"], "source": e["source"],
                "target": e["target"], "date": e["date"], "date_precision": e["date_precision"],
                "date_text": e["date_text"], "location": e["location"], "evidence": hits[0],
                "modality": {"planned": e["planned"]}, "core": e["core"], "note": e["note"],
            }
            assert list(rec) == KEYS
            out.append(rec)
    with open(os.path.join(ROOT, "events.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d docs, %d events" % (len(ARTICLES), len(out)))


if __name__ == "__main__":
    main()

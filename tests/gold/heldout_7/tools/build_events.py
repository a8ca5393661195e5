"""Writes docs/ (the .txt and .meta.json files) and events.jsonl of held-out set 7.

Adapted from held-out set 6's builder. The annotations below are made from GUIDELINES.md and the
article texts only. Each evidence sentence is copied from the text by a fragment that must occur in
exactly one sentence of the body (never the headline).
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


TALIBAN = lambda text: A("Taliban", text, "AFG", "GOV")  # noqa: E731  (all events here are after 15 Aug 2021)
PAK = lambda text: A("Pakistan", text, "PAK", "GOV")  # noqa: E731
UN = lambda text: A("United Nations", text, None, "IGO")  # noqa: E731
UNSC = lambda text: A("UN Security Council", text, None, "IGO")  # noqa: E731
UNHCR = lambda text: A("UNHCR", text, None, "IGO")  # noqa: E731
TTP = lambda text: A("Tehreek-e-Taliban Pakistan", text, "PAK", "REB")  # noqa: E731
MUJAHID = lambda text: A("Zabihullah Mujahid", text, "AFG", "GOV")  # noqa: E731
KAKAR = lambda text: A("Anwaar-ul-Haq Kakar", text, "PAK", "GOV")  # noqa: E731
SHEHBAZ = lambda text: A("Shehbaz Sharif", text, "PAK", "GOV")  # noqa: E731
GUTERRES = lambda text: A("Antonio Guterres", text, None, "IGO")  # noqa: E731
PAK_FO = lambda text: A("Pakistan Foreign Office", text, "PAK", "GOV")  # noqa: E731
TAL_MFA = lambda text: A("Taliban foreign ministry", text, "AFG", "GOV")  # noqa: E731
MUTTAQI = lambda text: A("Amir Khan Muttaqi", text, "AFG", "GOV")  # noqa: E731
INDIA = lambda text: A("India", text, "IND", "GOV")  # noqa: E731
FURSAN = lambda text: A("Jaish al-Fursan", text, "PAK", "REB")  # noqa: E731

KABUL = L("Kabul", "AFG", "Kabul")
DOHA = L("Doha", "QAT", "Doha")
ISB = L("Islamabad", "PAK", "Islamabad Capital Territory")
NYC = L("New York", "USA", "New York")
DELHI = L("New Delhi", "IND", "Delhi")
QUETTA = L("Quetta", "PAK", "Balochistan")
BANNU = L("Bannu", "PAK", "Khyber Pakhtunkhwa")


def E(plover, mode, src, tgt, date, prec, date_text, loc, frag, planned=False, core=True, note=""):
    return dict(plover=plover, mode=mode, source=src, target=tgt, date=date, date_precision=prec,
                date_text=date_text, location=loc, frag=frag, planned=planned, core=core, note=note)


ANN = {}

# ---------------------------------------------------------------- 1. Chinese oil contract (pub Fri 2023-01-06)
CAPEIC = lambda text: A("Xinjiang Central Asia Petroleum and Gas Company", text, "CHN", None)  # noqa: E731
WANG = lambda text: A("Wang Yu", text, "CHN", "GOV")  # noqa: E731
BARADAR = lambda text: A("Abdul Ghani Baradar", text, "AFG", "GOV")  # noqa: E731
ANN["chinese-oil-contract-kabul"] = [
    E("SUPPORT", None, TALIBAN("The Taliban administration"), CAPEIC("a Chinese company"),
      "2023-01-05", "day", "on Thursday", KABUL,
      "The Taliban administration signed a 25-year contract",
      note="Signing an agreement = SUPPORT (type table). Place from the next sentence (same event: 'signed at a ceremony in Kabul'); the dateline alone would not place it. A company has no sector in §3: sector null."),
    E("AGREE", None, CAPEIC("the company"), TALIBAN("Afghanistan"),
      "2023-01-05", "day", "on Thursday", KABUL,
      "the company agreed to invest 150 million dollars",
      note="Terms of the contract signed on Thursday in Kabul: date and place carried from the signing."),
    E("AGREE", None, WANG("Wang"), TALIBAN("Afghanistan"),
      "2023-01-05", "day", "on Thursday", KABUL,
      "Speaking at the ceremony, Wang said China would continue",
      note="Promise of help made at the ceremony: its date and place."),
    E("SUPPORT", None, BARADAR("Baradar"), A("China", "China", "CHN", "GOV"),
      "2023-01-05", "day", "on Thursday", KABUL,
      "Baradar thanked China for its support",
      note="Thanks at the same ceremony ('At the same event')."),
    E("CONSULT", None, WANG("Wang"), BARADAR("Baradar"),
      "2023-01-06", "day", "the following morning", None,
      "Wang called on Baradar at his office the following morning",
      note="Resident envoy calling on a host official: CONSULT without mode. 'the following morning' = the day after Thursday's signing. 'at his office' names no place."),
    E("ASSAULT", "firearms", A("ISKP", "the Islamic State group", "AFG", "REB"),
      A("Chinese nationals", "several Chinese nationals", "CHN", "CVL"),
      "2022-12", "month", "In December", KABUL,
      "In December, gunmen attacked a Kabul hotel",
      core=False,
      note="Claimed attack: the claimant (the Islamic State group, i.e. its Afghan branch) is the source. Background (last month, recalled as context)."),
    E("REQUEST", None, A("China", "China", "CHN", "GOV"), TALIBAN("the Taliban"),
      "2022-12", "month", "at the time", None,
      "China urged the Taliban at the time",
      core=False, note="'at the time' = the December hotel attack (same month)."),
    E("REQUEST", None, MUJAHID("Zabihullah Mujahid"), A("other countries", "other countries", None, "GOV"),
      "2023-01-06", "day", "on Friday", None,
      "called on other countries to follow China's example",
      note="Unnamed collective addressee: one actor, country null."),
    E("AGREE", None, A("Afghan government (Karzai)", "the government of Hamid Karzai", "AFG", "GOV"),
      A("China National Petroleum Corporation", "China National Petroleum Corporation", "CHN", None),
      "2011", "year", "In 2011", None,
      "In 2011, the government of Hamid Karzai awarded rights",
      core=False, note="Award of a contract = an agreement. Background."),
]

# ---------------------------------------------------------------- 2. Doha UN meeting (pub Wed 2023-05-03)
ENVOYS = lambda text: A("special envoys on Afghanistan", text, None, "GOV")  # noqa: E731
ANN["doha-un-meeting-without-taliban"] = [
    E("CONSULT", "third-party", ENVOYS("special envoys from about 25 countries and organisations"),
      UN("United Nations"),
      "2023-05-02", "day", "on Tuesday", DOHA,
      "A two-day United Nations meeting on Afghanistan ended in Doha on Tuesday",
      note="UN-convened meeting at a neutral venue: the participants (an unnamed collective) -> UN, third-party. Dated by its end. The Taliban 'were not invited': negated, not coded."),
    E("AGREE", None, GUTERRES("Antonio Guterres"), TALIBAN("the Taliban leadership"),
      "2023-05-02", "day", "afterwards", None,
      "told a news conference afterwards that he would be ready",
      note="Expressing willingness to meet = AGREE. 'afterwards' = after the talks that ended on Tuesday. The news conference is not placed by the text."),
    E("ACCUSE", "disapprove", GUTERRES("He"), TALIBAN(None),
      "2023-05-02", "day", "afterwards", None,
      "He condemned the ban on Afghan women working for the United Nations",
      note="Same news conference: date carried. The ban is the Taliban's (next sentence): target text null."),
    E("COERCE", "ban", TALIBAN("The Taliban"), A("Afghan women", "women", "AFG", "CVL"),
      "2022-12", "month", "in December", None,
      "The Taliban barred women from universities in December",
      core=False, note="Background."),
    E("COERCE", "ban", TALIBAN("The Taliban"),
      A("Afghan women UN staff", "Afghan women employed by UN agencies", "AFG", "CVL"),
      "2023-04", "month", "last month", None,
      "The Taliban barred women from universities in December",
      core=False, note="Second ban in the same sentence, its own date; background (framed as context)."),
    E("ACCUSE", "disapprove", UNSC("The Security Council"), TALIBAN("the Taliban"),
      "2023-04-27", "day", "on April 27", None,
      "The Security Council had condemned that ban unanimously on April 27",
      core=False, note="Pluperfect context a week before publication: background. Target = the Taliban, whose ban it is."),
    E("REQUEST", None, UNSC("The Security Council"), TALIBAN("the Taliban"),
      "2023-04-27", "day", "on April 27", None,
      "The Security Council had condemned that ban unanimously on April 27",
      core=False),
    E("REQUEST", None, A("Pakistan special envoy for Afghanistan", "Pakistan's special envoy for Afghanistan", "PAK", "GOV"),
      A("meeting participants", "the participants", None, "GOV"),
      "2023-05-02", "day", "on Tuesday", DOHA,
      "urged the participants to stay engaged",
      note="Request made at the meeting: the meeting's date and place."),
    E("ACCUSE", "disapprove", TAL_MFA("the Taliban foreign ministry"), UN(None),
      "2023-05-03", "day", "on Wednesday", KABUL,
      "In Kabul, the Taliban foreign ministry said on Wednesday",
      note="Criticism of the UN meeting that excluded it; placed by 'In Kabul, ...'."),
    E("REJECT", None, TAL_MFA("It"), UN(None),
      "2023-05-03", "day", "on Wednesday", KABUL,
      "It also rejected calls to lift the restrictions on women",
      note="Same statement: date and place carried. The calls are the UN's (Guterres, the Council)."),
    E("PROTEST", "demo", A("Afghan women", "a small group of Afghan women", "AFG", "CVL"), None,
      "2023-04-29", "day", "On Saturday", KABUL,
      "On Saturday, a small group of Afghan women gathered",
      note="Protest with no named addressee: target null."),
]

# ---------------------------------------------------------------- 3. Mastung and Hangu bombings (pub Sun 2023-10-01)
ANN["mastung-hangu-bombings"] = [
    E("ASSAULT", "suicide-attack", A("suicide bomber", "A suicide bomber", None, None),
      A("civilians", "people gathering for a procession", "PAK", "CVL"),
      "2023-09-29", "day", "on Friday", L("Mastung", "PAK", "Balochistan"),
      "A suicide bomber blew himself up among people gathering",
      note="The doer is described (a suicide bomber) though no group is named: coded, affiliation null. Bugti attributes the bombing to India's intelligence agency (coded as the ACCUSE only)."),
    E("ASSAULT", "suicide-attack", A("suicide bomber", "another bomber", None, None),
      A("civilians", "at least five worshippers", "PAK", "CVL"),
      "2023-09-29", "day", "Hours later", L("Doaba", "PAK", "Khyber Pakhtunkhwa"),
      "Hours later, another bomber struck a mosque",
      note="'Hours later' = the same Friday. Most specific place: the Doaba area of Hangu district."),
    E("ACCUSE", "allege", A("Sarfraz Bugti", "Caretaker Interior Minister Sarfraz Bugti", "PAK", "GOV"),
      A("Research and Analysis Wing", "India's intelligence agency", "IND", "SPY"),
      "2023-09-30", "day", "on Saturday", QUETTA,
      "Caretaker Interior Minister Sarfraz Bugti told reporters here",
      note="'here' ties the statement to the Quetta dateline. Only the ACCUSE is coded: the attack already has a source (the bomber), as when blame falls on another party than the one the text names."),
    E("REJECT", None, INDIA("India"), PAK(None),
      "2023-10-01", "day", None, None,
      "India has rejected such accusations in the past as baseless.",
      core=False, note="Habitual denial: background, undated."),
    E("REJECT", None, TTP("the Pakistani Taliban, or TTP"), None,
      "2023-09-29", "day", "A day earlier", None,
      "A day earlier, the Pakistani Taliban, or TTP, said in a statement",
      note="Denial of involvement; no claimant or accuser named for it, so target null. 'A day earlier' = the day before Saturday's remarks."),
    E("ACCUSE", "disapprove", KAKAR("Caretaker Prime Minister Anwaar-ul-Haq Kakar"), None,
      "2023-09-29", "day", "on Friday", None,
      "Caretaker Prime Minister Anwaar-ul-Haq Kakar condemned the attacks on Friday",
      note="No perpetrator established anywhere in the text (Bugti's claim is an allegation): target null."),
    E("REQUEST", None, KAKAR("Caretaker Prime Minister Anwaar-ul-Haq Kakar"),
      A("Pakistani security forces", "the security forces", "PAK", "MIL"),
      "2023-09-29", "day", "on Friday", None,
      "Caretaker Prime Minister Anwaar-ul-Haq Kakar condemned the attacks on Friday",
      note="Intra-state order = REQUEST."),
    E("ACCUSE", "investigate", A("Mastung police", "Police in Mastung", "PAK", "COP"),
      A("unknown attackers", "unknown attackers", None, None),
      "2023-10-01", "day", None, None,
      "Police in Mastung said they had registered a case",
      note="'in Mastung' names the actor. Undated."),
    E("ACCUSE", "disapprove", TALIBAN("The Taliban government in Kabul"), None,
      "2023-10-01", "day", None, None,
      "The Taliban government in Kabul also condemned the bombings",
      note="Undated; 'in Kabul' names the actor."),
    E("SUPPORT", None, TALIBAN("The Taliban government in Kabul"),
      A("victims' families", "the families of the victims", "PAK", "CVL"),
      "2023-10-01", "day", None, None,
      "The Taliban government in Kabul also condemned the bombings"),
    E("ACCUSE", "allege", PAK("Islamabad"), TALIBAN("the Taliban"),
      "2023-10-01", "day", None, None,
      "Islamabad has repeatedly accused the Taliban",
      core=False, note="Habitual: background, undated."),
    E("REJECT", None, TALIBAN("Kabul"), PAK(None),
      "2023-10-01", "day", None, None,
      "Islamabad has repeatedly accused the Taliban",
      core=False, note="Habitual denial ('denies'): background, undated."),
]

# ---------------------------------------------------------------- 4. Herat earthquake aid (pub Fri 2023-10-13)
SURVIVORS = lambda text: A("Herat earthquake survivors", text, "AFG", "CVL")  # noqa: E731
ANN["herat-earthquake-aid"] = [
    E("MOBILIZE", "troops", TALIBAN("Taliban authorities"), None,
      "2023-10-07", "day", "on Saturday", L("Zinda Jan", "AFG", "Herat"),
      "Taliban authorities deployed soldiers and helicopters to Zinda Jan",
      note="Deploying troops (for rescue). The earthquake itself is not coded."),
    E("SUPPORT", None, PAK_FO("Pakistan's Foreign Office"), TALIBAN("the government"),
      "2023-10-07", "day", "the same day", None,
      "Pakistan's Foreign Office offered condolences",
      note="'the same day' = Saturday, the day of the first quakes. One record per target."),
    E("SUPPORT", None, PAK_FO("Pakistan's Foreign Office"), A("Afghan people", "people of Afghanistan", "AFG", "CVL"),
      "2023-10-07", "day", "the same day", None,
      "Pakistan's Foreign Office offered condolences"),
    E("AID", "humanitarian", PAK("Pakistan's caretaker government"), SURVIVORS("survivors"),
      "2023-10-10", "day", "On Tuesday", L("Herat", "AFG", "Herat"),
      "On Tuesday, Pakistan's caretaker government said it had dispatched",
      note="Announced completed act: the announcement's date. Placed at the destination the text names (the dispatch point is not given)."),
    E("AGREE", None, A("National Disaster Management Authority", "the National Disaster Management Authority", "PAK", "GOV"),
      SURVIVORS(None),
      "2023-10-10", "day", "On Tuesday", None,
      "On Tuesday, Pakistan's caretaker government said it had dispatched",
      note="Promise of more aid (not yet given) = AGREE."),
    E("AID", "humanitarian", A("Iran", "Iran", "IRN", "GOV"), SURVIVORS("the quake survivors"),
      "2023-10-08", "day", "on Sunday", L("Islam Qala", "AFG", "Herat"),
      "Iran sent trucks carrying food and medicine",
      note="Crossing on the Afghan side (Herat province)."),
    E("AGREE", None, A("China", "China", "CHN", "GOV"), TALIBAN("Afghanistan"),
      "2023-10-13", "day", None, None,
      "China has pledged 30 million yuan",
      note="Pledge of aid = AGREE; undated."),
    E("AID", "humanitarian", UN("The United Nations"), SURVIVORS("the survivors"),
      "2023-10-13", "day", None, None,
      "The United Nations released 5 million dollars",
      note="Undated. The aid agencies' warning is not an event."),
    E("REQUEST", None, TALIBAN("The Taliban administration"), A("international donors", "international donors", None, "GOV"),
      "2023-10-13", "day", None, None,
      "The Taliban administration has appealed to international donors",
      note="Single present-perfect statement: core, undated."),
    E("THREATEN", None, PAK("Islamabad"), A("undocumented Afghans", "undocumented Afghans", "AFG", "REF"),
      "2023-10-02", "week", "last week", None,
      "pressed ahead with a plan, announced last week",
      core=False, note="Ultimatum (leave by a date or be expelled) = THREATEN without mode. Framed as context: background."),
    E("REQUEST", None, TALIBAN("The Taliban"), PAK("Pakistan"),
      "2023-10-13", "day", None, None,
      "The Taliban have urged Pakistan to reconsider the decision.",
      note="Single present-perfect statement: core, undated."),
]

# ---------------------------------------------------------------- 5. Kakar news conference (pub Thu 2023-11-09)
ANN["kakar-accuses-kabul-attacks"] = [
    E("ACCUSE", "allege", KAKAR("Anwaar-ul-Haq Kakar"), TALIBAN("the Taliban government"),
      "2023-11-08", "day", "on Wednesday", ISB,
      "accused the Taliban government on Wednesday",
      note="Place from the next sentence (same statement: 'Speaking at a news conference in Islamabad')."),
    E("REQUEST", None, PAK("Pakistan"), TALIBAN("the Taliban"),
      "2023-11-09", "day", None, None,
      "He said Pakistan had repeatedly asked the Taliban",
      core=False, note="Habitual ('repeatedly'): background, undated. 'had seen no action' is negated."),
    E("THREATEN", "violence", KAKAR("Kakar"), TTP("the TTP"),
      "2023-11-08", "day", "on Wednesday", ISB,
      "Kakar warned that Pakistan could act on its own",
      note="Announcing possible use of force = THREATEN/violence. Same news conference: date and place carried."),
    E("COERCE", "deport", PAK("Pakistan"), A("undocumented Afghans", "undocumented Afghans", "AFG", "REF"),
      "2023-11", "month", "earlier this month", L("Torkham", "PAK", "Khyber Pakhtunkhwa"),
      "He also defended Pakistan's expulsion of undocumented Afghans",
      note="Ongoing expulsion dated to its start ('earlier this month'). Torkham on the Pakistani side for Pakistani deportations. Kakar's defending it is not a separate event."),
    E("COERCE", "arrest", A("Pakistani police", "police", "PAK", "COP"),
      A("undocumented Afghans", "hundreds of Afghans without papers", "AFG", "REF"),
      "2023-11-06", "week", "This week", L("Karachi", "PAK", "Sindh"),
      "This week, police arrested hundreds of Afghans",
      note="'This week' = the publication week (Monday). Several places: the first named. attributed_to rights groups."),
    E("REJECT", None, MUJAHID("Zabihullah Mujahid"), KAKAR("Kakar"),
      "2023-11-08", "day", "late on Wednesday", KABUL,
      "rejected Kakar's accusations late on Wednesday",
      note="Placed by 'In Kabul, ...'."),
    E("REQUEST", None, MUJAHID("He"), PAK("Islamabad"),
      "2023-11-08", "day", "late on Wednesday", KABUL,
      "He urged Islamabad to halt the deportations",
      note="Same statement: date and place carried."),
    E("REQUEST", None, UNHCR("The UN refugee agency"), PAK("Pakistan"),
      "2023-11-09", "day", None, None,
      "The UN refugee agency has called on Pakistan",
      note="Single present-perfect statement: core, undated."),
    E("REQUEST", None, A("United States", "The United States", "USA", "GOV"), PAK("Pakistan"),
      "2023-11-09", "day", None, None,
      "The United States has asked Pakistan to protect Afghans",
      note="Single present-perfect statement: core, undated."),
]

# ---------------------------------------------------------------- 6. UNSC envoy resolution (pub Tue 2024-01-02)
ANN["unsc-special-envoy-resolution"] = [
    E("REQUEST", None, UNSC("The UN Security Council"), GUTERRES("Secretary-General Antonio Guterres"),
      "2023-12-29", "day", "on Friday", NYC,
      "The UN Security Council on Friday asked Secretary-General",
      note="Place from the next sentence (same vote: 'adopted in New York'). The Taliban's objection in this sentence is coded from the more explicit Saturday sentence. Abstentions are not coded."),
    E("REQUEST", None, UNSC("The resolution"), TALIBAN("the Taliban"),
      "2023-12-29", "day", "on Friday", NYC,
      "The resolution also called on the Taliban to reverse",
      note="Same resolution: date and place carried."),
    E("REJECT", None, TAL_MFA("the Taliban foreign ministry"), UNSC(None),
      "2023-12-30", "day", "on Saturday", KABUL,
      "In Kabul, the Taliban foreign ministry said on Saturday",
      note="Refusal of the envoy the Council asked for; placed by 'In Kabul, ...'."),
    E("REQUEST", None, TAL_MFA("It"), UN("the United Nations"),
      "2023-12-30", "day", "on Saturday", KABUL,
      "It called on the United Nations to work directly",
      note="Same statement: date and place carried."),
    E("SUPPORT", None, A("Afghan women's rights activists", "A group of Afghan women's rights activists living in exile", "AFG", "CVL"),
      UNSC(None),
      "2023-12-31", "day", "on Sunday", None,
      "A group of Afghan women's rights activists living in exile welcomed",
      note="Welcoming the Council's resolution = endorsement."),
    E("REQUEST", None, A("Afghan women's rights activists", "A group of Afghan women's rights activists living in exile", "AFG", "CVL"),
      GUTERRES("Guterres"),
      "2023-12-31", "day", "on Sunday", None,
      "A group of Afghan women's rights activists living in exile welcomed"),
    E("CONSULT", None, GUTERRES("Guterres"), TALIBAN("the Taliban"),
      "2024-01-02", "day", None, None,
      "Guterres was expected to consult the Taliban",
      planned=True, note="Planned, undated: publication date. One record per target."),
    E("CONSULT", None, GUTERRES("Guterres"), A("Afghanistan's neighbours", "neighbouring countries", None, "GOV"),
      "2024-01-02", "day", None, None,
      "Guterres was expected to consult the Taliban",
      planned=True),
    E("SUPPORT", None, UNSC("The council"), A("UNAMA", "the UN mission in Afghanistan", None, "IGO"),
      "2023-03", "month", "in March", None,
      "The council renewed the mandate of the UN mission",
      core=False, note="Renewal of a mission's mandate = endorsement (SUPPORT). Background."),
    E("CONCEDE", None, A("Kazakhstan", "Kazakhstan", "KAZ", "GOV"), TALIBAN("the Taliban"),
      "2023-12-25", "week", "last week", None,
      "Kazakhstan removed the Taliban from its national list",
      note="Lifting a ban = CONCEDE. Reported as news ('Separately'): core. 'last week' = Monday of the previous calendar week."),
]

# ---------------------------------------------------------------- 7. PoR card extension (pub Fri 2024-07-12)
AFG_REF = lambda text: A("Afghan refugees", text, "AFG", "REF")  # noqa: E731
ANN["por-card-extension"] = [
    E("CONCEDE", None, A("Pakistan federal cabinet", "Pakistan's federal cabinet", "PAK", "GOV"),
      AFG_REF("about 1.45 million Afghan refugees"),
      "2024-07-10", "day", "on Wednesday", ISB,
      "Pakistan's federal cabinet on Wednesday extended",
      note="Extending refugees' stay = CONCEDE. Place from the next sentence ('at a meeting here'), which ties the decision to the Islamabad dateline."),
    E("SUPPORT", None, UNHCR("UNHCR"), PAK("Pakistan"),
      "2024-07-11", "day", "on Thursday", None,
      "welcomed the extension on Thursday and thanked Pakistan",
      note="Welcome and thanks to the same party in one statement: one record."),
    E("REQUEST", None, UNHCR("It"), PAK("the government"),
      "2024-07-11", "day", "on Thursday", None,
      "It urged the government to stop all forced returns",
      note="Same statement: date carried."),
    E("CONSULT", None, A("UNHCR representative in Pakistan", "The agency's representative in Pakistan", None, "IGO"),
      A("Amir Muqam", "Amir Muqam", "PAK", "GOV"),
      "2024-07-11", "day", "on the same day", None,
      "called on Amir Muqam",
      note="Courtesy call of a resident official on a minister: CONSULT without mode. 'on the same day' = Thursday. 'in Pakistan' names the actor."),
    E("SUPPORT", None, A("Taliban ministry of refugees and repatriation", "the Taliban's ministry of refugees and repatriation", "AFG", "GOV"),
      PAK(None),
      "2024-07-12", "day", None, KABUL,
      "In Kabul, the Taliban's ministry of refugees",
      note="Undated; placed by 'In Kabul, ...'."),
    E("REQUEST", None, A("Taliban ministry of refugees and repatriation", "the Taliban's ministry of refugees and repatriation", "AFG", "GOV"),
      PAK("Islamabad"),
      "2024-07-12", "day", None, KABUL,
      "In Kabul, the Taliban's ministry of refugees"),
    E("COERCE", "arrest", A("Pakistani police", "police", "PAK", "COP"), AFG_REF("dozens of men"),
      "2024-07-08", "week", "this week", L("Karachi", "PAK", "Sindh"),
      "Afghan residents of Karachi said police had detained",
      note="'this week' = Monday of the publication week. attributed_to Afghan residents; the men are Afghans (the residents' community)."),
    E("COERCE", "deport", PAK("Pakistan"), A("undocumented Afghans", "undocumented Afghans", "AFG", "REF"),
      "2023-11", "month", "in November last year", None,
      "Pakistan began expelling undocumented Afghans in November last year",
      core=False, note="Background; dated to its start."),
    E("CONSULT", "visit", A("Pakistani delegation", "A Pakistani delegation", "PAK", "GOV"), TALIBAN(None),
      "2024-07-15", "week", "next week", KABUL,
      "A Pakistani delegation is expected to travel to Kabul next week",
      planned=True, note="Planned visit; 'next week' = Monday of the next calendar week. Host (the Taliban government) implied by Kabul: text null."),
]

# ---------------------------------------------------------------- 8. Haqqania seminary bombing (pub Sun 2025-03-02)
BOMBER = lambda text: A("suicide bomber", text, None, None)  # noqa: E731
ANN["haqqania-seminary-bombing"] = [
    E("ASSAULT", "suicide-attack", BOMBER("A suicide bomber"),
      A("Hamid-ul-Haq Haqqani", "Maulana Hamid-ul-Haq Haqqani", "PAK", "PTY"),
      "2025-02-28", "day", "after Friday prayers", L("Akora Khattak", "PAK", "Khyber Pakhtunkhwa"),
      "A suicide bomber struck the Darul Uloom Haqqania seminary",
      note="Described doer, no group named or claiming: source affiliation null. Haqqani led a party faction (next sentence): PTY. One record per target."),
    E("ASSAULT", "suicide-attack", BOMBER("A suicide bomber"),
      A("worshippers", "at least five other worshippers", "PAK", "CVL"),
      "2025-02-28", "day", "after Friday prayers", L("Akora Khattak", "PAK", "Khyber Pakhtunkhwa"),
      "A suicide bomber struck the Darul Uloom Haqqania seminary"),
    E("ACCUSE", "disapprove", SHEHBAZ("Prime Minister Shehbaz Sharif"), None,
      "2025-02-28", "day", "on Friday", None,
      "Prime Minister Shehbaz Sharif condemned the attack on Friday",
      note="No perpetrator named anywhere: target null."),
    E("ACCUSE", "investigate", SHEHBAZ("Prime Minister Shehbaz Sharif"), None,
      "2025-02-28", "day", "on Friday", None,
      "Prime Minister Shehbaz Sharif condemned the attack on Friday",
      note="Ordering an inquiry = investigate."),
    E("ACCUSE", "disapprove", MUJAHID("Zabihullah Mujahid"), None,
      "2025-03-02", "day", None, KABUL,
      "condemned the bombing and offered condolences to Haqqani's family",
      note="Undated; placed by 'In Kabul, ...'."),
    E("SUPPORT", None, MUJAHID("Zabihullah Mujahid"), A("Haqqani family", "Haqqani's family", "PAK", "CVL"),
      "2025-03-02", "day", None, KABUL,
      "condemned the bombing and offered condolences to Haqqani's family"),
    E("COERCE", "arrest", A("Khyber Pakhtunkhwa police", "Police", "PAK", "COP"),
      A("suspects", "several people", None, None),
      "2025-03-01", "day", "on Saturday", L("Nowshera", "PAK", "Khyber Pakhtunkhwa"),
      "Police said on Saturday they had detained several people",
      note="Announced completed act: the announcement's date. Detainees of no stated affiliation: country and sector null."),
    E("REQUEST", None, A("Ali Amin Gandapur", "Ali Amin Gandapur", "PAK", "GOV"),
      A("Pakistan federal government", "the federal government", "PAK", "GOV"),
      "2025-03-01", "day", "the same day", None,
      "called on the federal government the same day",
      note="Intra-state request (province -> federation). 'the same day' = Saturday."),
    E("REQUEST", None, A("Fazlur Rehman", "Maulana Fazlur Rehman", "PAK", "PTY"), PAK("the government"),
      "2025-03-02", "day", None, None,
      "demanded that the government protect seminaries",
      note="Party leader out of government = PTY. Undated. Sami-ul-Haq's 2018 killing (passive, no doer) and the funeral are not coded."),
]

# ---------------------------------------------------------------- 9. Bannu cantonment attack (pub Thu 2025-03-06)
ANN["bannu-cantonment-attack"] = [
    E("ASSAULT", "suicide-attack", FURSAN("Two suicide bombers"),
      A("Pakistani soldiers", "five soldiers", "PAK", "MIL"),
      "2025-03-04", "day", "on Tuesday evening", BANNU,
      "Two suicide bombers rammed explosives-laden vehicles",
      note="Claimed by Jaish al-Fursan (third sentence): claimant as source, evidence from the attack sentence. 'here' ties it to Bannu. One record per target."),
    E("ASSAULT", "suicide-attack", FURSAN("Two suicide bombers"),
      A("civilians", "13 civilians", "PAK", "CVL"),
      "2025-03-04", "day", "on Tuesday evening", BANNU,
      "Two suicide bombers rammed explosives-laden vehicles"),
    E("ASSAULT", "firearms", A("Pakistani security forces", "Security forces", "PAK", "MIL"),
      FURSAN("all 16 attackers"),
      "2025-03-04", "day", "on Tuesday evening", BANNU,
      "Security forces killed all 16 attackers",
      note="The response in the same fight: the attack's date and place."),
    E("ACCUSE", "allege", A("Inter-Services Public Relations", "The military's media wing", "PAK", "MIL"),
      TALIBAN("the interim Afghan government"),
      "2025-03-05", "day", "on Wednesday", None,
      "it accused the interim Afghan government",
      note="The handlers in Afghanistan are unnamed: no second attack record."),
    E("REQUEST", None, A("Inter-Services Public Relations", "It", "PAK", "MIL"), TALIBAN("Kabul"),
      "2025-03-05", "day", "on Wednesday", None,
      "It said Pakistan expected Kabul to take effective action",
      note="Same statement: date carried."),
    E("REJECT", None, TALIBAN("The Taliban government"), PAK(None),
      "2025-03-06", "day", None, None,
      "The Taliban government has consistently denied",
      core=False, note="Habitual denial: background, undated. Target = Pakistan, whose charge is denied (not named in the sentence)."),
    E("ACCUSE", "disapprove", A("Asif Ali Zardari", "President Asif Ali Zardari", "PAK", "GOV"), FURSAN(None),
      "2025-03-04", "day", "late on Tuesday", None,
      "President Asif Ali Zardari and Prime Minister Shehbaz Sharif condemned",
      note="Condemnation of an attack whose claimant is named elsewhere: target the claimant, text null. One record per source."),
    E("ACCUSE", "disapprove", SHEHBAZ("Prime Minister Shehbaz Sharif"), FURSAN(None),
      "2025-03-04", "day", "late on Tuesday", None,
      "President Asif Ali Zardari and Prime Minister Shehbaz Sharif condemned"),
    E("COERCE", "arrest", A("Bannu police", "police", "PAK", "COP"), A("suspects", "three men", None, None),
      "2025-03-06", "day", "Two days after the attack", None,
      "Two days after the attack, police said they had arrested",
      note="'Two days after the attack' = Tuesday + 2 (the publication day)."),
    E("CONSULT", None, A("Khyber Pakhtunkhwa government", "The provincial government", "PAK", "GOV"),
      A("tribal elders", "tribal elders", "PAK", "CVL"),
      "2025-03-08", "day", "on Saturday", BANNU,
      "would hold a jirga with tribal elders in Bannu on Saturday",
      planned=True, note="Planned meeting; 'on Saturday' points ahead."),
    E("MOBILIZE", "troops", A("Pakistan Army", "the army", "PAK", "MIL"), A("militants", "militants", None, "REB"),
      "2014", "year", "in 2014", L("North Waziristan", "PAK", "Khyber Pakhtunkhwa"),
      "where the army launched a major operation against militants in 2014",
      core=False, note="National military operation = MOBILIZE. Background. The collapsed mosque and houses: no doer named in that sentence, not coded separately."),
]

# ---------------------------------------------------------------- 10. Muttaqi in New Delhi (pub Mon 2025-10-13)
ANN["muttaqi-new-delhi-visit"] = [
    E("SUPPORT", None, A("Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar", "IND", "GOV"), TALIBAN("Taliban"),
      "2025-10-10", "day", "on Friday", DELHI,
      "India will upgrade its technical mission in Kabul",
      note="Diplomatic upgrade = recognition-type step (SUPPORT); the decision announced is the act (not planned). Announced in New Delhi after the talks."),
    E("CONSULT", "visit", MUTTAQI("Amir Khan Muttaqi"), A("Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar", "IND", "GOV"),
      "2025-10-10", "day", "on Friday", DELHI,
      "India will upgrade its technical mission in Kabul",
      note="Talks in New Delhi: the visitor is the source."),
    E("CONSULT", "visit", MUTTAQI("Muttaqi"), INDIA(None),
      "2025-10-09", "day", "on Thursday", DELHI,
      "Muttaqi arrived in New Delhi on Thursday",
      note="Arrival and talks on different days: two records. 'since the group returned to power in 2021' is temporal, not coded."),
    E("CONCEDE", None, A("UN Security Council sanctions committee", "The UN Security Council committee", None, "IGO"),
      MUTTAQI("him"),
      "2025-10-13", "day", None, None,
      "had temporarily lifted a travel ban on him",
      core=False, note="Lifting a ban = CONCEDE. Earlier context of the trip: background, undated."),
    E("AGREE", None, INDIA("India"), TALIBAN("Afghanistan"),
      "2025-10-10", "day", "on Friday", DELHI,
      "India and Afghanistan agreed to expand trade and air links",
      note="Joint statement after Friday's talks in New Delhi: date and place carried. Joint agreement: one record, first-named party as source."),
    E("AGREE", None, INDIA("India"), TALIBAN("Afghanistan"),
      "2025-10-10", "day", "on Friday", DELHI,
      "India also pledged to fund new health",
      note="Pledge of aid (not yet given) = AGREE; part of the joint statement."),
    E("AGREE", None, MUTTAQI("Muttaqi"), INDIA("India"),
      "2025-10-10", "day", "the same day", DELHI,
      "Muttaqi said Afghanistan would not allow any group",
      note="Assurance = AGREE. 'the same day' = Friday. The Afghan embassy is in New Delhi (the visit's city)."),
    E("ACCUSE", "disapprove", A("Indian opposition politicians", "Indian opposition politicians", "IND", "PTY"), MUTTAQI("Muttaqi"),
      "2025-10-13", "day", None, None,
      "drew criticism from Indian opposition politicians",
      note="Criticism of the exclusion; the text does not date it: publication date."),
    E("ACCUSE", "disapprove", PAK_FO("Pakistan's Foreign Office"),
      A("Afghan ambassador to Pakistan", "Afghanistan's ambassador", "AFG", "GOV"),
      "2025-10-11", "day", "on Saturday", ISB,
      "Pakistan's Foreign Office summoned Afghanistan's ambassador",
      note="Summoning an envoy to protest; placed at the summoning ministry (Islamabad)."),
    E("REQUEST", None, PAK_FO("The Foreign Office"), TALIBAN("Kabul"),
      "2025-10-11", "day", "on Saturday", None,
      "urged Kabul to respect the rights of the Kashmiri people",
      note="Same statement as the summons: date carried; the statement itself is not placed."),
    E("REJECT", None, PAK_FO("It"), MUTTAQI("Muttaqi"),
      "2025-10-11", "day", "on Saturday", None,
      "It also rejected Muttaqi's remark",
      note="Same statement: date carried."),
    E("AID", "humanitarian", INDIA("India"), A("Afghan people", "the Afghan people", "AFG", "CVL"),
      "2021", "year", "since 2021", None,
      "India has sent wheat, medicines and vaccines",
      core=False, note="Ongoing aid dated to its start; background."),
    E("CONSULT", None, MUTTAQI("Muttaqi"), A("Indian business leaders", "Indian business leaders", "IND", "CVL"),
      "2025-10-13", "day", "on Monday", DELHI,
      "Muttaqi was due to address Indian business leaders",
      planned=True, note="Planned; 'on Monday' = the publication day."),
]


KEYS = ["doc", "plover", "mode", "source", "target", "date", "date_precision", "date_text",
        "location", "evidence", "modality", "core", "note"]


def main():
    os.makedirs(DOCS, exist_ok=True)
    out = []
    for a in ARTICLES:
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

"""Writes docs/ (the .txt and .meta.json files) and events.jsonl of held-out set 6.

The annotations below are made from GUIDELINES.md and the article texts only. Each evidence sentence
is copied from the text by a fragment that must occur in exactly one sentence.
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
TALIBAN_GOV = lambda text: A("Taliban", text, "AFG", "GOV")  # noqa: E731
PAK = lambda text: A("Pakistan", text, "PAK", "GOV")  # noqa: E731
ISKP = lambda text: A("ISKP", text, "AFG", "REB")  # noqa: E731
TTP = lambda text: A("Tehreek-e-Taliban Pakistan", text, "PAK", "REB")  # noqa: E731
UN = lambda text: A("United Nations", text, None, "IGO")  # noqa: E731

KABUL = L("Kabul", "AFG", "Kabul")
DOHA = L("Doha", "QAT", "Doha")
TASHKENT = L("Tashkent", "UZB", "Tashkent")
ISB = L("Islamabad", "PAK", "Islamabad Capital Territory")


def E(plover, mode, src, tgt, date, prec, date_text, loc, frag, planned=False, core=True, note=""):
    return dict(plover=plover, mode=mode, source=src, target=tgt, date=date, date_precision=prec,
                date_text=date_text, location=loc, frag=frag, planned=planned, core=core, note=note)


ANN = {}

# ---------------------------------------------------------------- 1. Spin Boldak / Tashkent
ANN["spin-boldak-tashkent-accusations"] = [
    E("COERCE", "seize", A("Taliban", "Taliban fighters", "AFG", "REB"),
      A("Afghan government forces", "Afghan government forces", "AFG", "MIL"),
      "2021-07-14", "day", "on Wednesday", L("Spin Boldak", "AFG", "Kandahar"),
      "Taliban fighters seized the Spin Boldak border crossing",
      note="Taliban before 15 Aug 2021 = REB. Taking a border crossing = seizure."),
    E("COERCE", "restrict", PAK("Pakistani authorities"), None,
      "2021-07-14", "day", "the same day", L("Chaman", "PAK", "Balochistan"),
      "Pakistani authorities closed the Chaman crossing",
      note="'the same day' = the Wednesday of the Spin Boldak seizure."),
    E("ACCUSE", "allege", A("Amrullah Saleh", "Amrullah Saleh", "AFG", "GOV"),
      A("Pakistan Air Force", "the Pakistani air force", "PAK", "MIL"),
      "2021-07-15", "day", "on Thursday", None,
      "Amrullah Saleh, accused the Pakistani air force on Thursday"),
    E("THREATEN", "violence", A("Pakistan Air Force", "the Pakistani air force", "PAK", "MIL"),
      A("Afghan army", "the Afghan army", "AFG", "MIL"),
      "2021-07-17", "day", None, None,
      "Amrullah Saleh, accused the Pakistani air force on Thursday",
      note="Alleged warning (explicit-accusation convention: ACCUSE plus the alleged act); attributed_to Amrullah Saleh, denied by Pakistan. The text gives no date for the warning itself ('on Thursday' dates the accusation), so undated."),
    E("REJECT", None, A("Pakistan Foreign Office", "Pakistan's Foreign Office", "PAK", "GOV"),
      A("Amrullah Saleh", None, "AFG", "GOV"),
      "2021-07-15", "day", "hours later", None,
      "Pakistan's Foreign Office rejected the claim hours later",
      note="Denial of Saleh's claim; 'hours later' = the Thursday of the accusation."),
    E("CONSULT", "visit", A("Ashraf Ghani", "President Ashraf Ghani", "AFG", "GOV"),
      A("Uzbekistan", "Uzbekistan", "UZB", "GOV"),
      "2021-07-16", "day", "on Friday", TASHKENT,
      "The dispute moved to Tashkent on Friday",
      note="Multilateral conference hosted by Uzbekistan: guest -> host pairs only."),
    E("CONSULT", "visit", A("Imran Khan", "Prime Minister Imran Khan", "PAK", "GOV"),
      A("Uzbekistan", "Uzbekistan", "UZB", "GOV"),
      "2021-07-16", "day", "on Friday", TASHKENT,
      "The dispute moved to Tashkent on Friday"),
    E("ACCUSE", "allege", A("Ashraf Ghani", "Ghani", "AFG", "GOV"), PAK("Pakistan"),
      "2021-07-16", "day", "on Friday", TASHKENT,
      "Ghani accused Pakistan of failing to use its influence",
      note="Date and place carried from the conference sentence."),
    E("REJECT", None, A("Imran Khan", "Khan", "PAK", "GOV"), A("Ashraf Ghani", None, "AFG", "GOV"),
      "2021-07-16", "day", "on Friday", TASHKENT,
      "Khan rejected the charge at the same conference"),
    E("REQUEST", None, A("Imran Khan", "He", "PAK", "GOV"),
      A("Afghan government", "the Afghan government", "AFG", "GOV"),
      "2021-07-16", "day", "on Friday", TASHKENT,
      "He urged the Afghan government and the Taliban to reach a political settlement."),
    E("REQUEST", None, A("Imran Khan", "He", "PAK", "GOV"), A("Taliban", "the Taliban", "AFG", "REB"),
      "2021-07-16", "day", "on Friday", TASHKENT,
      "He urged the Afghan government and the Taliban to reach a political settlement."),
    E("COERCE", "seize", A("Taliban", "The Taliban", "AFG", "REB"), None,
      "2021-05", "month", "since May", None,
      "whose fighters have overrun dozens of districts since May", core=False,
      note="Ongoing offensive dated to its start; background."),
]

# ---------------------------------------------------------------- 2. Alikhil abduction / recall
AFG_MFA = lambda text: A("Afghan Ministry of Foreign Affairs", text, "AFG", "GOV")  # noqa: E731
ABDUCTORS = lambda text: A("unidentified men", text, None, None)  # noqa: E731
SILSILA = lambda text: A("Silsila Alikhil", text, "AFG", "CVL")  # noqa: E731
ANN["afghan-envoy-daughter-recall"] = [
    E("ASSAULT", "abduct", ABDUCTORS("unidentified men"), SILSILA("Silsila Alikhil"),
      "2021-07-16", "day", "on Friday afternoon", ISB,
      "was seized by unidentified men on Friday afternoon",
      note="attributed_to the Afghan foreign ministry; the lead's 'abducted and beaten' is the same event."),
    E("SANCTION", None, AFG_MFA("The foreign ministry in Kabul"), A("Pakistan", None, "PAK", "GOV"),
      "2021-07-18", "day", "on Sunday", None,
      "The foreign ministry in Kabul announced on Sunday",
      note="Recall of the ambassador and senior diplomats (also in the lead)."),
    E("ACCUSE", "disapprove", AFG_MFA("the ministry"), ABDUCTORS(None),
      "2021-07-17", "day", "A day earlier", None,
      "A day earlier, the ministry had condemned the abduction",
      note="'A day earlier' = the day before Sunday's recall. Target = the abductors named earlier in the text."),
    E("REQUEST", None, AFG_MFA("the ministry"), PAK("Pakistan"),
      "2021-07-17", "day", "A day earlier", None,
      "A day earlier, the ministry had condemned the abduction"),
    E("REQUEST", None, A("Imran Khan", "Prime Minister Imran Khan", "PAK", "GOV"),
      A("Sheikh Rashid Ahmed", "Sheikh Rashid Ahmed", "PAK", "GOV"),
      "2021-07-17", "day", "on Saturday", None,
      "Prime Minister Imran Khan ordered the interior minister",
      note="Intra-state order, coded as REQUEST (intra-state requests are coded)."),
    E("ACCUSE", "investigate", A("Islamabad police", "Police in Islamabad", "PAK", "COP"), None,
      "2021-07-20", "day", None, None,
      "Police in Islamabad said they were investigating the case"),
    E("ACCUSE", "disapprove", A("Pakistan Foreign Office", "Pakistan's Foreign Office", "PAK", "GOV"),
      A("Afghan government", None, "AFG", "GOV"),
      "2021-07-18", "day", "late on Sunday", None,
      "Pakistan's Foreign Office described the recall as unfortunate"),
    E("REQUEST", None, A("Pakistan Foreign Office", "The Foreign Office", "PAK", "GOV"),
      A("Afghan government", "Kabul", "AFG", "GOV"),
      "2021-07-18", "day", "late on Sunday", None,
      "The Foreign Office urged Kabul to reconsider the decision.",
      note="Date carried from the preceding sentence (same statement)."),
    E("REJECT", None, PAK("Pakistani officials"), SILSILA(None),
      "2021-07-20", "day", None, None,
      "Pakistani officials have since questioned parts of her account",
      note="Dismissing her account; undated."),
    E("ACCUSE", "allege", A("Ashraf Ghani", "President Ashraf Ghani", "AFG", "GOV"), PAK("Pakistan"),
      "2021-07-16", "day", "on Friday", TASHKENT,
      "The row came days after President Ashraf Ghani accused Pakistan", core=False,
      note="Framed as earlier context ('The row came days after')."),
    E("REJECT", None, A("Imran Khan", "Imran Khan", "PAK", "GOV"), A("Ashraf Ghani", None, "AFG", "GOV"),
      "2021-07-16", "day", "on Friday", TASHKENT,
      "Imran Khan rejected the charge at the same meeting.", core=False,
      note="Date and place carried from the Tashkent sentence."),
]

# ---------------------------------------------------------------- 3. Indian wheat convoy
ANN["indian-wheat-convoy-wagah"] = [
    E("AID", "humanitarian", A("India", "India", "IND", "GOV"),
      A("Afghan civilians", "hungry Afghan families", "AFG", "CVL"),
      "2022-02-22", "day", "on Tuesday", L("Attari", "IND", "Punjab"),
      "India sent its first convoy of wheat",
      note="Place from the next sentence (flagged off at the Attari crossing)."),
    E("AGREE", None, A("Harsh Vardhan Shringla", "Shringla", "IND", "GOV"),
      A("Afghan civilians", "the Afghan people", "AFG", "CVL"),
      "2022-02-22", "day", "on Tuesday", L("Attari", "IND", "Punjab"),
      "Shringla said India would send a total of 50,000 tonnes",
      note="Pledge made at the Tuesday ceremony at Attari."),
    E("AID", "humanitarian", A("World Food Programme", "The World Food Programme", None, "IGO"),
      A("Afghan civilians", "needy families", "AFG", "CVL"),
      "2022-02-24", "day", None, L("Jalalabad", "AFG", "Nangarhar"),
      "The World Food Programme will distribute the grain", planned=True,
      note="Planned, no date given."),
    E("REQUEST", None, A("India", "India", "IND", "GOV"), PAK("Pakistan"),
      "2021-10", "month", "in October", None,
      "India first asked Pakistan in October", core=False),
    E("AGREE", None, A("Imran Khan", "Prime Minister Imran Khan", "PAK", "GOV"),
      A("India", None, "IND", "GOV"),
      "2021-11", "month", "In November", None,
      "In November, Prime Minister Imran Khan said Pakistan would allow", core=False),
    E("AGREE", None, A("Imran Khan", "he", "PAK", "GOV"),
      A("Afghan civilians", "the Afghan people", "AFG", "CVL"),
      "2021-11", "month", "At the same time", None,
      "At the same time, he announced a Pakistani aid package", core=False,
      note="Pledge of aid (announced, not yet given) = AGREE. 'At the same time' = November."),
    E("AGREE", None, PAK("Islamabad"), A("India", None, "IND", "GOV"),
      "2022-02-24", "day", None, None,
      "Islamabad eventually accepted that Afghan trucks", core=False,
      note="Undated; earlier context, background."),
    E("AID", "humanitarian", A("India", "India", "IND", "GOV"), None,
      "2021-12", "month", "Since December", KABUL,
      "Since December, India has also flown medicines", core=False,
      note="Ongoing aid dated to its start."),
]

# ---------------------------------------------------------------- 4. Peshawar mosque bombing
KOCHA = L("Kocha Risaldar", "PAK", "Khyber Pakhtunkhwa")
ANN["peshawar-shia-mosque-bombing"] = [
    E("ASSAULT", "suicide-attack", ISKP("A suicide bomber"),
      A("Shia worshippers", "worshippers", "PAK", "CVL"),
      "2022-03-04", "day", "during Friday prayers", KOCHA,
      "A suicide bomber struck a crowded Shia mosque",
      note="Claimed by ISKP (claimant as source). Evidence includes the dateline."),
    E("ASSAULT", "firearms", ISKP("the attacker"), A("police", "two policemen", "PAK", "COP"),
      "2022-03-04", "day", "during Friday prayers", KOCHA,
      "the attacker first opened fire on two policemen",
      note="attributed_to police; claimed by ISKP; second target of the same attack (one record per pair). Date and place carried from the lead."),
    E("ACCUSE", "disapprove", A("Imran Khan", "Prime Minister Imran Khan", "PAK", "GOV"), ISKP(None),
      "2022-03-04", "day", "the same evening", None,
      "Prime Minister Imran Khan condemned the attack the same evening",
      note="Target = the claimant named elsewhere in the text."),
    E("SUPPORT", None, A("Imran Khan", "Prime Minister Imran Khan", "PAK", "GOV"),
      A("victims' families", "the families of the victims", "PAK", "CVL"),
      "2022-03-04", "day", "the same evening", None,
      "Prime Minister Imran Khan condemned the attack the same evening"),
    E("ACCUSE", "disapprove", TALIBAN_GOV("The foreign ministry of the Taliban government in Kabul"), ISKP(None),
      "2022-03-06", "day", None, None,
      "The foreign ministry of the Taliban government in Kabul also condemned",
      note="'in Kabul' names the actor; undated."),
    E("ACCUSE", "disapprove", A("Antonio Guterres", "United Nations Secretary-General Antonio Guterres", None, "IGO"),
      ISKP(None), "2022-03-06", "day", None, None,
      "United Nations Secretary-General Antonio Guterres, the United States"),
    E("ACCUSE", "disapprove", A("United States", "the United States", "USA", "GOV"), ISKP(None),
      "2022-03-06", "day", None, None,
      "United Nations Secretary-General Antonio Guterres, the United States"),
    E("ACCUSE", "disapprove", A("European Union", "the European Union", None, "IGO"), ISKP(None),
      "2022-03-06", "day", None, None,
      "United Nations Secretary-General Antonio Guterres, the United States"),
    E("REQUEST", None, A("Shia organisations", "Shia organisations", "PAK", "CVL"),
      A("Khyber Pakhtunkhwa government", "the provincial government", "PAK", "GOV"),
      "2022-03-05", "day", "A day after the bombing", None,
      "A day after the bombing, Shia organisations"),
    E("ASSAULT", "suicide-attack", ISKP("the group"),
      A("Shia worshippers", "dozens of worshippers", "AFG", "CVL"),
      "2021-10", "month", "In October", L("Kunduz", "AFG", "Kunduz"),
      "In October, the group killed dozens of worshippers", core=False),
]

# ---------------------------------------------------------------- 5. Paktika earthquake aid
GHULAM_KHAN = L("Ghulam Khan", "PAK", "Khyber Pakhtunkhwa")
SHEHBAZ = lambda text: A("Shehbaz Sharif", text, "PAK", "GOV")  # noqa: E731
ANN["paktika-earthquake-pakistan-aid"] = [
    E("AID", "humanitarian", PAK("Pakistan"),
      A("Afghan civilians", "Afghan earthquake survivors", "AFG", "CVL"),
      "2022-06-23", "day", "on Thursday", GHULAM_KHAN,
      "Pakistan sent trucks of food, tents and medicine",
      note="Place from the next sentence (the convoy left through the Ghulam Khan crossing, North Waziristan)."),
    E("SUPPORT", None, SHEHBAZ("Prime Minister Shehbaz Sharif"),
      A("Afghan civilians", "the Afghan people", "AFG", "CVL"),
      "2022-06-22", "day", "on Wednesday", None,
      "Prime Minister Shehbaz Sharif offered his condolences"),
    E("REQUEST", None, SHEHBAZ("Prime Minister Shehbaz Sharif"), A("Pakistani officials", "officials", "PAK", "GOV"),
      "2022-06-22", "day", "on Wednesday", None,
      "Prime Minister Shehbaz Sharif offered his condolences",
      note="Intra-state directive."),
    E("CONCEDE", None, PAK("Pakistan"), A("Afghan civilians", "injured Afghans", "AFG", "CVL"),
      "2022-06-24", "day", None, GHULAM_KHAN,
      "Pakistan also eased entry rules at Ghulam Khan and Angoor Adda",
      note="Easing a restriction; several places = first named; undated."),
    E("REQUEST", None, A("Bilal Karimi", "Bilal Karimi", "AFG", "GOV"),
      A("aid agencies", "international aid agencies", None, "IGO"),
      "2022-06-22", "day", "on Wednesday", KABUL,
      "In Kabul, Bilal Karimi, a deputy spokesman",
      note="Placed in Kabul because the text places the appeal there ('In Kabul, ...')."),
    E("AID", "humanitarian", A("Iran", "Iran", "IRN", "GOV"), A("Afghan civilians", "the survivors", "AFG", "CVL"),
      "2022-06-24", "day", None, KABUL,
      "Iran and Qatar were among the first countries"),
    E("AID", "humanitarian", A("Qatar", "Qatar", "QAT", "GOV"), A("Afghan civilians", "the survivors", "AFG", "CVL"),
      "2022-06-24", "day", None, KABUL,
      "Iran and Qatar were among the first countries"),
    E("AID", "humanitarian", A("World Health Organization", "The World Health Organization", None, "IGO"),
      A("Afghan civilians", "the wounded", "AFG", "CVL"),
      "2022-06-24", "day", None, L("Gayan", "AFG", "Paktika"),
      "The World Health Organization said its teams were treating"),
    E("AID", "humanitarian", PAK("Islamabad"), None,
      "2021", "year", "last year", L("Afghanistan", "AFG", None),
      "Islamabad sent several consignments of food and medicine", core=False),
]

# ---------------------------------------------------------------- 6. Sanaullah remarks
ANN["sanaullah-remarks-taliban-response"] = [
    E("THREATEN", "violence", A("Rana Sanaullah", "Rana Sanaullah", "PAK", "GOV"),
      TTP("the Tehreek-e-Taliban Pakistan"),
      "2022-12-26", "week", "last week", None,
      "Rana Sanaullah, said in a television interview last week",
      note="Announcing possible use of force across the border (guidelines, section 1)."),
    E("REJECT", None, A("Zabihullah Mujahid", "Zabihullah Mujahid", "AFG", "GOV"),
      A("Rana Sanaullah", None, "PAK", "GOV"),
      "2023-01-04", "day", None, None,
      "Zabihullah Mujahid, the Taliban government's chief spokesman, rejected",
      note="Denies the claim that Afghan soil is used against Pakistan; undated."),
    E("REQUEST", None, A("Zabihullah Mujahid", "Zabihullah Mujahid", "AFG", "GOV"), PAK("Islamabad"),
      "2023-01-04", "day", None, None,
      "Zabihullah Mujahid, the Taliban government's chief spokesman, rejected"),
    E("ACCUSE", "disapprove", TALIBAN_GOV("A Taliban official"),
      A("Rana Sanaullah", "the minister", "PAK", "GOV"),
      "2023-01-04", "day", None, None,
      "A Taliban official also posted online a photograph",
      note="Public mockery aimed at the minister = criticism."),
    E("THREATEN", "violence", A("National Security Committee", "Pakistan's National Security Committee", "PAK", "GOV"),
      None, "2023-01-02", "day", "On Monday", ISB,
      "On Monday, Pakistan's National Security Committee",
      note="Warning to 'no country' / 'anyone': null target; 'full force of the state' = force."),
    E("SANCTION", None, TTP("the TTP"), PAK("the government"),
      "2022-11", "month", "in late November", None,
      "since the TTP ended its truce with the government in late November", core=False,
      note="A group ending its ceasefire with the government = SANCTION."),
    E("ASSAULT", "suicide-attack", TTP("a suicide bomber"), A("police", "a policeman", "PAK", "COP"),
      "2022-12-23", "day", "On December 23", L("I-10", "PAK", "Islamabad Capital Territory"),
      "On December 23, a suicide bomber killed a policeman", core=False,
      note="Claimed by the TTP in the same sentence; framed as earlier context."),
    E("REQUEST", None, A("Pakistan Foreign Office", "Pakistan's Foreign Office", "PAK", "GOV"),
      TALIBAN_GOV("the interim Afghan government"),
      "2023-01-04", "day", None, None,
      "Pakistan's Foreign Office has repeatedly urged", core=False,
      note="Habitual statement: background, undated."),
]

# ---------------------------------------------------------------- 7. Fazlur Rehman in Kabul
FAZL = lambda text: A("Fazlur Rehman", text, "PAK", "PTY")  # noqa: E731
KAKAR = lambda text: A("Anwaar-ul-Haq Kakar", text, "PAK", "GOV")  # noqa: E731
ANN["fazlur-rehman-kabul-visit"] = [
    E("CONSULT", "visit", FAZL("Maulana Fazlur Rehman"), TALIBAN_GOV("the Taliban government"),
      "2024-01-07", "day", "on Sunday", KABUL,
      "arrived in Kabul on Sunday at the invitation of the Taliban government",
      note="Arrival dated separately from the (undated) meetings, so coded on its own."),
    E("CONSULT", "visit", FAZL("he"), A("Amir Khan Muttaqi", "Amir Khan Muttaqi", "AFG", "GOV"),
      "2024-01-10", "day", None, KABUL,
      "Since his arrival, he has met the acting foreign minister",
      note="Undated meetings; place from the previous sentence (Kabul)."),
    E("CONSULT", "visit", FAZL("he"), A("Sirajuddin Haqqani", "Sirajuddin Haqqani", "AFG", "GOV"),
      "2024-01-10", "day", None, KABUL,
      "Since his arrival, he has met the acting foreign minister"),
    E("REQUEST", None, A("Amir Khan Muttaqi", "Muttaqi", "AFG", "GOV"), FAZL("him"),
      "2024-01-10", "day", None, KABUL,
      "Muttaqi asked him to help ease the plight",
      note="Request made at the undated meeting: its place."),
    E("REQUEST", None, FAZL("Fazl"), TALIBAN_GOV("the Taliban leadership"),
      "2024-01-10", "day", None, None,
      "Before leaving Pakistan, Fazl said he would urge", planned=True,
      note="Announced intention, planned, no date."),
    E("CONSULT", "visit", FAZL("he"), A("Hibatullah Akhundzada", "Hibatullah Akhundzada", "AFG", "GOV"),
      "2024-01-10", "day", None, L("Kandahar", "AFG", "Kandahar"),
      "he would also travel to Kandahar", planned=True,
      note="Planned, no date."),
    E("SUPPORT", None, A("Zabihullah Mujahid", "Zabihullah Mujahid", "AFG", "GOV"), FAZL(None),
      "2024-01-10", "day", None, None,
      "Zabihullah Mujahid, the Taliban's chief spokesman, welcomed the visit"),
    E("COERCE", "deport", PAK("Pakistan"), A("Afghan refugees", "undocumented Afghans", "AFG", "REF"),
      "2023-11", "month", "in November", None,
      "Pakistan began expelling undocumented Afghans in November", core=False),
    E("ACCUSE", "allege", KAKAR("Anwaar-ul-Haq Kakar"), A("Afghan nationals", "Afghan nationals", "AFG", "CVL"),
      "2023-11", "month", "The same month", None,
      "The same month, the caretaker prime minister", core=False),
    E("ACCUSE", "allege", KAKAR("Anwaar-ul-Haq Kakar"), TALIBAN_GOV("the Taliban government"),
      "2023-11", "month", "The same month", None,
      "The same month, the caretaker prime minister", core=False),
]

# ---------------------------------------------------------------- 8. Azm-e-Istehkam
ASIF = lambda text: A("Khawaja Asif", text, "PAK", "GOV")  # noqa: E731
ANN["azm-e-istehkam-kabul-warning"] = [
    E("MOBILIZE", "troops", PAK("Pakistan's top civilian and military leaders"),
      A("militants", "militants", None, "REB"),
      "2024-06-22", "day", "on June 22", ISB,
      "approved a new national campaign against militants",
      note="Launch of a national military operation, approved at a meeting in Islamabad."),
    E("THREATEN", "violence", ASIF("Defence Minister Khawaja Asif"), TTP("the Tehreek-e-Taliban Pakistan"),
      "2024-06-24", "week", "last week", None,
      "Defence Minister Khawaja Asif said in an interview"),
    E("ACCUSE", "allege", ASIF("He"), TALIBAN_GOV("the Taliban government"),
      "2024-06-24", "week", "last week", None,
      "He also accused the Taliban government of sheltering",
      note="Date carried from the interview sentence."),
    E("REJECT", None, TALIBAN_GOV("Kabul"), A("Pakistan", None, "PAK", "GOV"),
      "2024-07-01", "day", None, None,
      "He also accused the Taliban government of sheltering", core=False,
      note="Habitual denial ('has always rejected'): background, undated."),
    E("THREATEN", None, TALIBAN_GOV("a spokesman for the Taliban government"), A("Pakistan", None, "PAK", "GOV"),
      "2024-07-01", "day", None, KABUL,
      "In Kabul, a spokesman for the Taliban government warned",
      note="Warning of consequences without stated force: no mode. Undated."),
    E("ACCUSE", "disapprove", TALIBAN_GOV("a spokesman for the Taliban government"), ASIF("the minister"),
      "2024-07-01", "day", None, KABUL,
      "In Kabul, a spokesman for the Taliban government warned"),
    E("REJECT", None, A("Pakistan Tehreek-e-Insaf", "The Pakistan Tehreek-e-Insaf", "PAK", "PTY"),
      A("Pakistan government", None, "PAK", "GOV"),
      "2024-07-01", "day", None, None,
      "The Pakistan Tehreek-e-Insaf of jailed former prime minister"),
    E("REJECT", None, A("Jamiat Ulema-e-Islam-Fazl", "the Jamiat Ulema-e-Islam-Fazl", "PAK", "PTY"),
      A("Pakistan government", None, "PAK", "GOV"),
      "2024-07-01", "day", None, None,
      "The Pakistan Tehreek-e-Insaf of jailed former prime minister"),
    E("REQUEST", None, A("China", "Chinese officials", "CHN", "GOV"), PAK("Pakistan"),
      "2024-06", "month", "last month", None,
      "Chinese officials pressed Pakistan last month", core=False,
      note="Earlier context."),
]

# ---------------------------------------------------------------- 9. Doha UN meeting
MUJAHID = lambda text: A("Zabihullah Mujahid", text, "AFG", "GOV")  # noqa: E731
ANN["doha-un-meeting-taliban"] = [
    E("CONSULT", "third-party", TALIBAN_GOV("A Taliban delegation"), UN("United Nations"),
      "2024-06-30", "day", "on Sunday", DOHA,
      "A Taliban delegation joined United Nations talks",
      note="UN-convened talks at a neutral venue; 'here' = Doha (dateline)."),
    E("REQUEST", None, MUJAHID("Zabihullah Mujahid"),
      A("participating countries", "the participating countries", None, "GOV"),
      "2024-06-30", "day", "on Sunday", DOHA,
      "In his speech on Sunday, the delegation's leader"),
    E("AGREE", None, MUJAHID("Mujahid"), UN("the UN"),
      "2024-07-01", "day", "On Monday", DOHA,
      "On Monday, Mujahid told reporters here"),
    E("REQUEST", None, MUJAHID("he"), A("donors", "donors", None, "GOV"),
      "2024-07-01", "day", "On Monday", DOHA,
      "On Monday, Mujahid told reporters here"),
    E("CONSULT", "third-party", MUJAHID("He"), A("Asif Durrani", "Asif Durrani", "PAK", "GOV"),
      "2024-07-02", "day", None, DOHA,
      "He also met several delegations on the sidelines",
      note="attributed_to the Taliban. Day of the sideline meeting not given: undated. Place = the meeting's (Doha)."),
    E("ACCUSE", "disapprove", A("Afghan women's rights groups", "Afghan women's rights groups", "AFG", "CVL"),
      UN("the UN"), "2024-07-02", "day", None, None,
      "Afghan women's rights groups criticised the UN"),
    E("CONSULT", None, A("Rosemary DiCarlo", "DiCarlo", None, "IGO"),
      A("Afghan civil society", "civil society representatives", "AFG", "CVL"),
      "2024-07-02", "day", "on Tuesday", DOHA,
      "DiCarlo is due to meet civil society representatives", planned=True,
      note="Planned; Tuesday = the publication day."),
    E("REJECT", None, TALIBAN_GOV("The Taliban"), UN(None),
      "2024-02", "month", "in February", DOHA,
      "The Taliban declined an invitation to the previous round", core=False,
      note="Refusal of the UN's invitation; the second clause is negated and not coded."),
]

# ---------------------------------------------------------------- 10. Sharifullah
SHARIFULLAH = lambda text: A("Mohammad Sharifullah", text, "AFG", "REB")  # noqa: E731
ANN["sharifullah-abbey-gate-arrest"] = [
    E("SUPPORT", None, A("Donald Trump", "President Donald Trump", "USA", "GOV"), PAK("Pakistan"),
      "2025-03-04", "day", "on Tuesday night", L("Washington", "USA", "District of Columbia"),
      "President Donald Trump thanked Pakistan here on Tuesday night",
      note="'here' = Washington (dateline)."),
    E("COERCE", "arrest", A("Pakistan", "their security forces", "PAK", "MIL"), SHARIFULLAH("Sharifullah"),
      "2025-03-06", "day", None, L("Pakistan", "PAK", None),
      "Pakistani officials said their security forces had detained Sharifullah",
      note="attributed_to Pakistani officials; 'in the border region with Afghanistan' on the Pakistani side; no date given."),
    E("COERCE", "deport", A("Pakistan", "their security forces", "PAK", "MIL"), SHARIFULLAH("him"),
      "2025-03-06", "day", None, None,
      "Pakistani officials said their security forces had detained Sharifullah",
      note="Handover (extradition) to the United States = expulsion of a person; undated."),
    E("COOPERATE", None, A("CIA", "the agency", "USA", "SPY"), A("Pakistan", None, "PAK", "GOV"),
      "2025-03-06", "day", None, None,
      "The CIA director, John Ratcliffe, said the agency had provided the intelligence",
      note="Intelligence sharing; undated."),
    E("ACCUSE", "allege", A("US federal prosecutors", "prosecutors", "USA", "GOV"), SHARIFULLAH("him"),
      "2025-03-05", "day", "on Wednesday", L("Alexandria", "USA", "Virginia"),
      "where prosecutors charged him"),
    E("SUPPORT", None, SHEHBAZ("Prime Minister Shehbaz Sharif"), A("Donald Trump", "Trump", "USA", "GOV"),
      "2025-03-05", "day", "on Wednesday", None,
      "Prime Minister Shehbaz Sharif welcomed Trump's remarks"),
    E("AGREE", None, SHEHBAZ("Prime Minister Shehbaz Sharif"), A("United States", "Washington", "USA", "GOV"),
      "2025-03-05", "day", "on Wednesday", None,
      "Prime Minister Shehbaz Sharif welcomed Trump's remarks"),
    E("ASSAULT", "suicide-attack", ISKP("the group"), A("US troops", "13 US service members", "USA", "MIL"),
      "2021-08-26", "day", "on August 26, 2021", L("Abbey Gate", "AFG", "Kabul"),
      "The suicide bombing at the airport's Abbey Gate", core=False,
      note="Claimed by the group (ISKP, named in the lead)."),
    E("ASSAULT", "suicide-attack", ISKP("the group"), A("Afghan civilians", "about 170 Afghans", "AFG", "CVL"),
      "2021-08-26", "day", "on August 26, 2021", L("Abbey Gate", "AFG", "Kabul"),
      "The suicide bombing at the airport's Abbey Gate", core=False),
    E("ACCUSE", "allege", A("Donald Trump", "Trump", "USA", "GOV"), A("Joe Biden", "Joe Biden", "USA", "PTY"),
      "2025-03-06", "day", None, None,
      "Trump has long blamed his predecessor", core=False,
      note="Habitual: background, undated. Biden out of office on the article's date = PTY."),
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

"""Words that tell who an unnamed or unknown actor is: group nouns, titles, organisation heads.

These are general English (and South Asian English) reporting conventions, not names: the names
live in the knowledge base.
"""

from __future__ import annotations

#: Head noun of a descriptive noun phrase -> PLOVER sector ("Pakistani *troops*").
GROUP_NOUNS: dict[str, str] = {
    # armed forces
    "force": "MIL", "forces": "MIL", "troop": "MIL", "troops": "MIL", "soldier": "MIL",
    "soldiers": "MIL", "army": "MIL", "military": "MIL", "guard": "MIL", "guards": "MIL",
    "jet": "MIL", "jets": "MIL", "aircraft": "MIL", "warplane": "MIL", "warplanes": "MIL",
    "paramilitary": "MIL", "paramilitaries": "MIL", "personnel": "MIL", "commando": "MIL",
    "commandos": "MIL", "artillery": "MIL", "navy": "MIL",
    "warship": "MIL", "warships": "MIL", "helicopter": "MIL", "helicopters": "MIL",
    "gunboat": "MIL", "gunboats": "MIL", "drone": "MIL", "drones": "MIL", "tank": "MIL",
    "tanks": "MIL",
    # police and intelligence
    "police": "COP", "policeman": "COP", "policemen": "COP", "cop": "COP", "cops": "COP",
    "intelligence": "SPY", "spy": "SPY", "spies": "SPY",
    # government
    "government": "GOV", "administration": "GOV", "authority": "GOV", "authorities": "GOV",
    "official": "GOV", "officials": "GOV", "diplomat": "GOV", "diplomats": "GOV",
    "delegation": "GOV", "ministry": "GOV", "embassy": "GOV", "consulate": "GOV",
    "envoy": "GOV", "envoys": "GOV", "regime": "GOV", "cabinet": "GOV", "minister": "GOV",
    "ministers": "GOV", "spokesman": "GOV", "spokesperson": "GOV", "spokeswoman": "GOV",
    "leadership": "GOV", "rulers": "GOV", "ambassador": "GOV", "mission": "GOV",
    "office": "GOV", "state": "GOV", "side": "GOV",
    # armed groups
    "militant": "REB", "militants": "REB", "insurgent": "REB", "insurgents": "REB",
    "terrorist": "REB", "terrorists": "REB", "rebel": "REB", "rebels": "REB",
    "fighter": "REB", "fighters": "REB", "jihadist": "REB", "jihadists": "REB",
    "separatist": "REB", "separatists": "REB", "bomber": "REB", "bombers": "REB",
    "gunman": "UNK", "gunmen": "UNK", "attacker": "UNK", "attackers": "UNK",
    "assailant": "UNK", "assailants": "UNK",
    # population
    "refugee": "REF", "refugees": "REF", "migrant": "REF", "migrants": "REF",
    "returnee": "REF", "returnees": "REF", "deportee": "REF", "deportees": "REF",
    "civilian": "CVL", "civilians": "CVL", "resident": "CVL", "residents": "CVL",
    "passenger": "CVL", "passengers": "CVL", "national": "CVL", "nationals": "CVL",
    "citizen": "CVL", "citizens": "CVL", "villager": "CVL", "villagers": "CVL",
    "people": "CVL", "family": "CVL", "families": "CVL", "tribesmen": "CVL", "elders": "CVL",
    "survivor": "CVL", "survivors": "CVL", "victim": "CVL", "victims": "CVL",
    "worshipper": "CVL", "worshippers": "CVL", "pilgrim": "CVL", "pilgrims": "CVL",
    "trader": "BUS", "traders": "BUS", "businessmen": "BUS", "transporters": "BUS",
    "shopkeepers": "BUS", "merchants": "BUS", "exporters": "BUS", "importers": "BUS",
    "worker": "LAB", "workers": "LAB", "labourers": "LAB", "laborers": "LAB",
    "engineer": "BUS", "engineers": "BUS", "contractor": "BUS", "contractors": "BUS",
    "student": "EDU", "students": "EDU", "teachers": "EDU",
    "journalist": "JRN", "journalists": "JRN", "reporter": "JRN", "reporters": "JRN",
    "media": "MED", "cleric": "REL", "clerics": "REL", "scholars": "REL", "ulema": "REL",
    "lawmaker": "LEG", "lawmakers": "LEG", "parliament": "LEG", "senators": "LEG",
    "legislators": "LEG", "court": "JUD", "judge": "JUD", "judges": "JUD", "judiciary": "JUD",
    "opposition": "OPP", "party": "PTY", "protesters": "CVL", "demonstrators": "CVL",
    "officer": "MIL", "officers": "MIL", "servicemen": "MIL", "serviceman": "MIL",
    "constable": "COP", "constables": "COP", "jawan": "MIL", "jawans": "MIL",
    "cadet": "MIL", "cadets": "MIL", "ranger": "MIL", "rangers": "MIL",
    "leaders": "GOV", "negotiators": "GOV", "negotiator": "GOV", "representatives": "GOV",
    "coalition": "PTY", "alliance": "PTY", "bloc": "PTY",
    "guerrillas": "REB", "guerrilla": "REB", "extremists": "REB", "fundamentalists": "REB",
    "militia": "REB", "militias": "REB", "warlords": "REB", "insurgency": "REB",
    "activists": "CVL", "activist": "CVL", "crowd": "CVL", "crowds": "CVL", "mob": "CVL",
    "youths": "CVL", "youth": "CVL", "farmers": "AGR", "peasants": "AGR",
    "settler": "CVL", "settlers": "CVL", "prisoner": "CVL", "prisoners": "CVL", "inmates": "CVL",
    "detainee": "CVL", "detainees": "CVL", "hackers": "UNK",
    "groups": "UNK", "group": "UNK", "faction": "REB", "factions": "REB",
    "organisation": "UNK", "organization": "UNK", "organisations": "UNK", "organizations": "UNK",
}

#: Places an attack or a raid is aimed at that stand for the people holding them ("militants
#: attacked a security *post*": the soldiers manning it), with the usual holder's sector; a
#: modifier says otherwise ("a *police* post", "an *aid* convoy").
FACILITY_NOUNS: dict[str, str] = {
    "post": "MIL", "posts": "MIL", "checkpost": "MIL", "checkposts": "MIL",
    "check-post": "MIL", "check-posts": "MIL", "checkpoint": "MIL", "checkpoints": "MIL",
    "outpost": "MIL", "outposts": "MIL", "picket": "MIL", "pickets": "MIL",
    "garrison": "MIL", "cantonment": "MIL", "convoy": "MIL", "convoys": "MIL",
    "patrol": "MIL", "patrols": "MIL", "base": "MIL", "bases": "MIL", "camp": "UNK", "camps": "UNK",
    "installation": "MIL", "installations": "MIL", "position": "MIL", "positions": "MIL",
    "station": "UNK", "stations": "UNK", "compound": "UNK", "headquarters": "UNK",
    "lines": "UNK", "home": "CVL", "homes": "CVL", "house": "CVL", "houses": "CVL",
    "village": "CVL", "villages": "CVL",
    "hideout": "REB", "hideouts": "REB", "hide-out": "REB", "hide-outs": "REB",
    "sanctuary": "REB", "sanctuaries": "REB", "haven": "REB", "havens": "REB",
}
GROUP_NOUNS.update({k: v for k, v in FACILITY_NOUNS.items() if k not in GROUP_NOUNS})

#: A modifier that says what a generic head is ("opposition groups", "police officers",
#: "rights organisations").
MODIFIER_SECTORS: dict[str, str] = {
    "opposition": "OPP", "militant": "REB", "rebel": "REB", "terrorist": "REB",
    "armed": "REB", "insurgent": "REB", "separatist": "REB", "guerrilla": "REB",
    "police": "COP", "security": "MIL", "army": "MIL", "military": "MIL", "border": "MIL",
    "rights": "NGO", "aid": "NGO", "humanitarian": "NGO", "relief": "NGO", "charity": "NGO",
    "business": "BUS", "trade": "BUS", "student": "EDU", "religious": "REL",
    "political": "PTY", "ruling": "PTY", "government": "GOV", "intelligence": "SPY",
    "refugee": "REF", "camp": "REF",
}

#: Group nouns that stand for the state itself when no other country is given.
STATE_NOUNS = frozenset({"government", "administration", "authorities", "state", "side",
                         "regime", "leadership", "rulers", "officials", "delegation"})

#: Title words before or beside a person's name -> sector; the longest match wins.
TITLES: dict[str, str] = {
    "prime minister": "GOV", "premier": "GOV", "president": "GOV", "vice president": "GOV",
    "foreign minister": "GOV", "minister": "GOV", "minister of state": "GOV",
    "state minister": "GOV", "federal minister": "GOV", "interior minister": "GOV",
    "defence minister": "GOV", "defense minister": "GOV", "information minister": "GOV",
    "finance minister": "GOV", "deputy prime minister": "GOV", "chief minister": "GOV",
    "governor": "GOV", "foreign secretary": "GOV", "secretary": "GOV",
    "special envoy": "GOV", "special representative": "GOV", "envoy": "GOV",
    "ambassador": "GOV", "charge d'affaires": "GOV", "chargé d'affaires": "GOV",
    "charge d’affaires": "GOV", "chargé d’affaires": "GOV", "head of mission": "GOV",
    "deputy head of mission": "GOV", "consul general": "GOV", "diplomat": "GOV",
    "spokesperson": "GOV", "spokesman": "GOV", "spokeswoman": "GOV",
    "adviser": "GOV", "advisor": "GOV", "national security adviser": "GOV",
    "army chief": "MIL", "chief of army staff": "MIL", "general": "MIL", "gen": "MIL",
    "lt gen": "MIL", "lieutenant general": "MIL", "major general": "MIL", "maj gen": "MIL",
    "brigadier": "MIL", "colonel": "MIL", "col": "MIL", "major": "MIL", "captain": "MIL",
    "commander": "MIL", "field marshal": "MIL", "air chief marshal": "MIL",
    "director general": "GOV", "dg": "GOV", "intelligence chief": "SPY", "spy chief": "SPY",
    "police chief": "COP", "inspector general": "COP", "superintendent": "COP",
    "senator": "LEG", "lawmaker": "LEG", "mna": "LEG", "mpa": "LEG", "speaker": "LEG",
    "chief justice": "JUD", "justice": "JUD", "judge": "JUD",
    "militant commander": "REB", "militant leader": "REB", "emir": "REB", "amir": "REB",
    "journalist": "JRN", "reporter": "JRN", "correspondent": "JRN", "analyst": "ELI",
    "cleric": "REL", "mufti": "REL", "imam": "REL",
    "party leader": "PTY", "party chief": "PTY", "chairman": "PTY",
    "inspector": "COP", "deputy inspector general": "COP", "station house officer": "COP",
    "sho": "COP", "deputy commissioner": "GOV", "commissioner": "GOV",
    "assistant commissioner": "GOV", "political agent": "GOV", "corps commander": "MIL",
    "prayer leader": "REL", "maulvi": "REL", "scholar": "REL",
    "exporter": "BUS", "importer": "BUS", "trader": "BUS", "businessman": "BUS",
    "industrialist": "BUS", "shopkeeper": "BUS", "transporter": "BUS",
    "member of parliament": "LEG", "parliamentarian": "LEG", "mp": "LEG",
    "director": "GOV", "head": "GOV", "representative": "GOV", "official": "GOV",
}

#: Name endings that say what an unknown organisation is ("Baloch Liberation *Army*").
ORG_HEADS: dict[str, str] = {
    "army": "REB", "front": "REB", "brigade": "REB", "movement": "REB", "lashkar": "REB",
    "jaish": "REB", "tehreek": "REB", "mujahideen": "REB", "group": "REB", "network": "REB",
    "ministry": "GOV", "department": "GOV", "office": "GOV", "commission": "GOV",
    "directorate": "GOV", "authority": "GOV", "council": "GOV", "embassy": "GOV",
    "party": "PTY", "league": "PTY", "court": "JUD", "assembly": "LEG", "senate": "LEG",
    "police": "COP", "corps": "MIL", "forces": "MIL", "university": "EDU",
    "news": "MED", "tv": "MED", "times": "MED", "post": "MED", "agency": "MED",
    "bank": "BUS", "company": "BUS", "chamber": "BUS", "foundation": "NGO", "watch": "NGO",
    "committee": "GOV", "jirga": "CVL",
}

#: Pronouns that refer back to a person or a group.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"they", "it"})

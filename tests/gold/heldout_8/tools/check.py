"""Standalone checks for held-out set 8 (plain python3, no project code).

Adapted from held-out 6's tools/check.py.

Usage: python3 tools/check.py [events.jsonl] [docs_dir]
Exit 0 when every check passes; prints the problems and the counts.
"""
import calendar
import collections
import datetime as dt
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVENTS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "events.jsonl")
DOCS = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "docs")

KEYS = ["doc", "plover", "mode", "source", "target", "date", "date_precision", "date_text",
        "location", "evidence", "modality", "core", "note"]
ACTOR_KEYS = ["name", "text", "country", "sector"]
LOC_KEYS = ["name", "country", "admin1"]
META_KEYS = ["published", "outlet", "url", "title", "synthetic", "language"]

# type -> allowed modes (None = no mode), from the guidelines' table
MODES = {
    "CONSULT": {None, "visit", "phone", "third-party"},
    "REQUEST": {None},
    "AGREE": {None},
    "SUPPORT": {None},
    "COOPERATE": {None},
    "AID": {None, "economic", "military", "humanitarian"},
    "ACCUSE": {None, "allege", "disapprove", "investigate"},
    "REJECT": {None},
    "THREATEN": {None, "violence"},
    "PROTEST": {None, "demo"},
    "SANCTION": {None},
    "MOBILIZE": {None, "troops"},
    "COERCE": {None, "arrest", "deport", "restrict", "ban", "seize"},
    "ASSAULT": {None, "aerial", "drone", "heavy-weapons", "firearms", "explosives", "suicide-attack",
                "abduct", "assassinate"},
    "RETREAT": {None, "ceasefire", "release", "withdraw"},
    "CONCEDE": {None},
}
SECTORS = {None, "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "REB", "REF", "CVL", "IGO", "PTY"}
TAKEOVER = dt.date(2021, 8, 15)

# outlets of held-out sets 1-7 (their READMEs / docs file names): must not be reused
USED_OUTLETS = """spinghar-courier shandur-newswire attock-observer tirah-wire bolan-review eastgate-wire
westline-press sapedar-times sulaiman-gazette kohdaman-herald margalla-dispatch lowari-courier paghman-post
khojak-herald warsak-review hamun-observer safed-koh-tribune salang-bulletin oxus-ledger wakhan-chronicle
kalash-gazette pamir-post registan-review makran-courier gomal-dispatch kurram-wire ravi-observer
chitral-ledger swat-valley-times helmand-bulletin amu-darya-monitor tochi-sentinel landi-kotal-record
potohar-daily mohmand-messenger thal-evening-post derajat-monitor farah-journal chiltan-standard logar-daily
nangarhar-evening-mail mingora-mirror kohat-tribune murghab-times hayatabad-herald hangu-herald
zaranj-observer saidpur-standard khyber-pass-chronicle panj-river-dispatch arghandab-courier
shakarparian-times grand-trunk-review qissa-khwani-chronicle urgun-valley-post jamrud-observer
kandahar-road-weekly indus-frontier-daily corniche-wire foggy-bottom-digest sheberghan-ledger
lusail-evening-post kalat-times harirud-courier constitution-avenue-post east-river-gazette
blue-area-bulletin kabul-river-times marwat-gazette raisina-review""".split()

# datelines: "CITY —" or "CITY (Outlet) —" at the start of the body; the outlet must be the sidecar's
DATELINE = re.compile(r"([A-Z][A-Z ]+[A-Z])(?: \(([^)]+)\))? — ")
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}

# Anchored expressions: (doc slug, date_text) -> (anchor date_text in the same doc, kind, arg)
# kind "days": anchor's day + arg days; kind "month_of_year": month arg of the anchor's year.
ANCHORS = {
    ("qureshi-kabul-visit", "Afterwards"): ("on Thursday", "days", 0),
    ("kabul-jirga-ttp-truce", "The following day"): ("on Wednesday", "days", 1),
    ("chaman-passport-sit-in", "A day earlier"): ("on Wednesday", "days", -1),
    ("islamabad-girls-education-summit", "in December of that year"): ("in March 2022", "month_of_year", 12),
    ("kalat-mangochar-attack", "the following morning"): ("late on Friday", "days", 1),
    ("russia-lifts-taliban-ban", "Hours later"): ("on Thursday", "days", 0),
    ("mir-ali-convoy-bombing", "the following day"): ("Late on Saturday", "days", 1),
    ("mir-ali-convoy-bombing", "Two days after the attack"): ("on Saturday", "days", 2),
    ("por-card-holders-deportation", "A day later"): ("late on Tuesday", "days", 1),
}

problems = []


def bad(msg):
    problems.append(msg)


def sentences(body):
    out = []
    for para in body.split("\n\n"):
        para = para.strip()
        if para:
            out.extend(s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", para) if s.strip())
    return out


def monday(d):
    return d - dt.timedelta(days=d.weekday())


def latest_month(pub, month):
    y = pub.year if month <= pub.month else pub.year - 1
    return "%04d-%02d" % (y, month)


def latest_day(pub, month, day):
    d = dt.date(pub.year, month, day)
    return d if d <= pub else dt.date(pub.year - 1, month, day)


def expected(dtext, pub, planned):
    """Date the expression gives, resolved from the publication date: (date string, precision),
    or 'anchored', or None when the expression is not known to the checker."""
    low = dtext.lower()
    m = re.search(r"\b(%s)\b" % "|".join(WEEKDAYS), low)
    if m:
        wd = WEEKDAYS[m.group(1)]
        if planned:
            d = pub + dt.timedelta(days=(wd - pub.weekday()) % 7)
        else:
            d = pub - dt.timedelta(days=(pub.weekday() - wd) % 7)
        return d.isoformat(), "day"
    if low == "last week":
        return monday(pub - dt.timedelta(days=7)).isoformat(), "week"
    if low == "this week":
        return monday(pub).isoformat(), "week"
    if low == "next week":
        return monday(pub + dt.timedelta(days=7)).isoformat(), "week"
    if low in ("this month", "earlier this month", "later this month"):
        return pub.strftime("%Y-%m"), "month"
    if low == "next month":
        nxt = (pub.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return nxt.strftime("%Y-%m"), "month"
    if low in ("this year", "earlier this year"):
        return str(pub.year), "year"
    m = re.fullmatch(r"(%s) months? ago" % "|".join(NUMBERS), low)
    if m:
        y, mo = pub.year, pub.month - NUMBERS[m.group(1)]
        while mo < 1:
            y, mo = y - 1, mo + 12
        return "%04d-%02d" % (y, mo), "month"
    m = re.fullmatch(r"in (\d{4})", low)
    if m:
        return m.group(1), "year"
    m = re.fullmatch(r"(?:in|since) (%s) (\d{4})" % "|".join(MONTHS), low)
    if m:
        return "%s-%02d" % (m.group(2), MONTHS[m.group(1)]), "month"
    m = re.fullmatch(r"(?:in|since) (%s) last year" % "|".join(MONTHS), low)
    if m:
        return "%04d-%02d" % (pub.year - 1, MONTHS[m.group(1)]), "month"
    if low == "last month":
        first = pub.replace(day=1) - dt.timedelta(days=1)
        return first.strftime("%Y-%m"), "month"
    if low == "last year":
        return str(pub.year - 1), "year"
    m = re.fullmatch(r"on (%s) (\d{1,2}), (\d{4})" % "|".join(MONTHS), low)
    if m:
        return dt.date(int(m.group(3)), MONTHS[m.group(1)], int(m.group(2))).isoformat(), "day"
    m = re.fullmatch(r"on (%s) (\d{1,2})" % "|".join(MONTHS), low)
    if m:
        return latest_day(pub, MONTHS[m.group(1)], int(m.group(2))).isoformat(), "day"
    m = re.fullmatch(r"(?:in|since|in late|in early) (%s)" % "|".join(MONTHS), low)
    if m:
        return latest_month(pub, MONTHS[m.group(1)]), "month"
    return None


def period_end(d, prec):
    """Last day of the period that starts at d."""
    if prec == "week":
        return d + dt.timedelta(days=6)
    if prec == "month":
        return d.replace(day=calendar.monthrange(d.year, d.month)[1])
    if prec == "year":
        return d.replace(month=12, day=31)
    return d


def parse_date(s, prec):
    fmt = {"day": r"\d{4}-\d{2}-\d{2}", "week": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}",
           "year": r"\d{4}"}.get(prec)
    if fmt is None or not re.fullmatch(fmt, s or ""):
        return None
    if prec in ("day", "week"):
        return dt.date.fromisoformat(s)
    if prec == "month":
        return dt.date(int(s[:4]), int(s[5:7]), 1)
    return dt.date(int(s), 1, 1)


def main():
    # ---- documents and sidecars
    docs = {}
    for fn in sorted(os.listdir(DOCS)):
        if not fn.endswith(".txt"):
            continue
        with open(os.path.join(DOCS, fn), encoding="utf-8") as f:
            text = f.read()
        metafn = os.path.join(DOCS, fn[:-4] + ".meta.json")
        if not os.path.exists(metafn):
            bad("%s: no sidecar" % fn)
            continue
        with open(metafn, encoding="utf-8") as f:
            meta = json.load(f)
        m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})_([a-z0-9-]+?)_([a-z0-9-]+)\.txt", fn)
        if not m:
            bad("%s: bad file name" % fn)
            continue
        pubs, outlet_slug, slug = m.groups()
        if list(meta) != META_KEYS:
            bad("%s: sidecar keys %s" % (fn, list(meta)))
        if meta.get("published") != pubs:
            bad("%s: published %s" % (fn, meta.get("published")))
        if meta.get("outlet", "").lower().replace(" ", "-") != outlet_slug:
            bad("%s: outlet %s" % (fn, meta.get("outlet")))
        if outlet_slug in USED_OUTLETS:
            bad("%s: outlet used by an earlier held-out set" % fn)
        want_url = "https://%s.example.org/%s/%s" % (outlet_slug, pubs.replace("-", "/"), slug)
        if meta.get("url") != want_url:
            bad("%s: url %s" % (fn, meta.get("url")))
        if meta.get("synthetic") is not True or meta.get("language") != "en":
            bad("%s: synthetic/language" % fn)
        lines = text.split("\n")
        if lines[0] != meta.get("title") or lines[1] != "":
            bad("%s: first line is not the sidecar title followed by a blank line" % fn)
        body = "\n".join(lines[2:])
        n = len(text.split())
        if not 220 <= n <= 330:
            bad("%s: %d words" % (fn, n))
        if re.search(r"[\"\u201c\u201d\u2018\u00ab\u00bb]", text) or re.search(r"(^|\s)['\u2019]|['\u2019](\s|$|[.,;:])", text):
            bad("%s: quotation marks" % fn)
        dl = DATELINE.match(body)
        if dl and dl.group(2) is not None and dl.group(2) != meta.get("outlet"):
            bad("%s: dateline outlet %s is not the sidecar's" % (fn, dl.group(2)))
        docs[fn] = dict(dateline=dl.group(1) if dl else None, pub=dt.date.fromisoformat(pubs), slug=slug, text=text, body=body,
                        title=lines[0], sents=sentences(body), words=n, outlet=meta.get("outlet"))

    # ---- events
    recs = []
    with open(EVENTS, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                recs.append((i, json.loads(line)))
            except ValueError as e:
                bad("line %d: does not parse (%s)" % (i, e))
    seen = set()
    bydoc = collections.defaultdict(list)
    for i, r in recs:
        where = "line %d" % i
        if list(r) != KEYS:
            bad("%s: keys %s" % (where, list(r)))
            continue
        d = docs.get(r["doc"])
        if d is None:
            bad("%s: unknown doc %s" % (where, r["doc"]))
            continue
        bydoc[r["doc"]].append(r)
        pub = d["pub"]
        if r["plover"] not in MODES:
            bad("%s: type %s" % (where, r["plover"]))
        elif r["mode"] not in MODES[r["plover"]]:
            bad("%s: mode %s not allowed for %s" % (where, r["mode"], r["plover"]))
        # evidence
        ev = r["evidence"]
        if ev not in d["sents"]:
            bad("%s: evidence is not an exact sentence of %s: %r" % (where, r["doc"], ev[:70]))
        if ev == d["title"]:
            bad("%s: evidence is the headline" % where)
        # actors
        for role in ("source", "target"):
            a = r[role]
            if a is None:
                if role == "source":
                    bad("%s: source is null" % where)
                continue
            if list(a) != ACTOR_KEYS:
                bad("%s: %s keys %s" % (where, role, list(a)))
                continue
            if a["sector"] not in SECTORS:
                bad("%s: %s sector %s" % (where, role, a["sector"]))
            if a["country"] is not None and not re.fullmatch(r"[A-Z]{3}", a["country"]):
                bad("%s: %s country %s" % (where, role, a["country"]))
            if a["sector"] == "IGO" and a["country"] is not None:
                bad("%s: %s IGO with a country" % (where, role))
            if a["text"] is not None and not re.search(r"(?<![A-Za-z])%s(?![A-Za-z])" % re.escape(a["text"]), ev):
                bad("%s: %s text %r not in evidence" % (where, role, a["text"]))
            if a["name"] == "Taliban" and a["country"] == "AFG":
                ev_date = parse_date(r["date"], r["date_precision"])
                want = "REB" if ev_date and ev_date < TAKEOVER else "GOV"
                if a["sector"] != want:
                    bad("%s: Taliban sector %s, want %s" % (where, a["sector"], want))
        # location
        loc = r["location"]
        if loc is not None:
            if list(loc) != LOC_KEYS or not re.fullmatch(r"[A-Z]{3}", loc["country"] or ""):
                bad("%s: location %s" % (where, loc))
        # modality / core
        if list(r["modality"]) != ["planned"] or not isinstance(r["modality"]["planned"], bool):
            bad("%s: modality %s" % (where, r["modality"]))
        if not isinstance(r["core"], bool):
            bad("%s: core %s" % (where, r["core"]))
        planned = r["modality"]["planned"]
        # dates
        prec = r["date_precision"]
        date = parse_date(r["date"], prec)
        if date is None:
            bad("%s: date %r does not fit precision %r" % (where, r["date"], prec))
            continue
        if prec == "week" and date.weekday() != 0:
            bad("%s: week date %s is not a Monday" % (where, r["date"]))
        dtext = r["date_text"]
        if dtext is None:
            if not (r["date"] == pub.isoformat() and prec == "day"):
                bad("%s: undated event without the publication date at day precision" % where)
        else:
            if dtext not in d["body"]:
                bad("%s: date_text %r not in the text" % (where, dtext))
            if (d["slug"], dtext) not in ANCHORS:
                exp = expected(dtext, pub, planned)
                if exp is None:
                    bad("%s: date_text %r not resolvable by the checker" % (where, dtext))
                elif (r["date"], prec) != exp:
                    bad("%s: %r gives %s/%s, record has %s/%s" % (where, dtext, exp[0], exp[1], r["date"], prec))
        if not planned and date > pub:
            bad("%s: unplanned event after publication" % where)
        if planned and period_end(date, prec) < pub:
            bad("%s: planned event before publication" % where)
        if r["core"] and (pub - date).days > 62:
            bad("%s: core event more than two months before publication" % where)
        key = (r["doc"], r["plover"], r["mode"], json.dumps(r["source"], sort_keys=True),
               json.dumps(r["target"], sort_keys=True), r["date"], r["evidence"])
        if key in seen:
            bad("%s: duplicate record" % where)
        seen.add(key)

    # anchored expressions, recomputed from their anchor record in the same document
    for fn, rs in bydoc.items():
        slug = docs[fn]["slug"]
        for r in rs:
            spec = ANCHORS.get((slug, r["date_text"]))
            if not spec:
                continue
            anchors = [a for a in rs if a["date_text"] == spec[0]]
            if not anchors:
                bad("%s: anchor %r of %r not found" % (fn, spec[0], r["date_text"]))
                continue
            a = anchors[0]
            if spec[1] == "month_of_year":
                ok = (r["date"], r["date_precision"]) == ("%s-%02d" % (a["date"][:4], spec[2]), "month")
            else:
                want = dt.date.fromisoformat(a["date"]) + dt.timedelta(days=spec[2])
                ok = r["date_precision"] == "day" and r["date"] == want.isoformat()
            if not ok:
                bad("%s: %r (%s) does not follow from anchor %r (%s)" % (fn, r["date_text"], r["date"], spec[0], a["date"]))
    for fn in docs:
        if fn not in bydoc:
            bad("%s: no events" % fn)

    # ---- report
    rs = [r for _, r in recs if isinstance(r, dict) and r.get("doc") in docs]
    words = sorted(d["words"] for d in docs.values())
    cnt = lambda f: collections.Counter(f(r) for r in rs)  # noqa: E731
    core = sum(r["core"] for r in rs)
    located = [r for r in rs if r["location"]]
    print("| | |\n|---|---|")
    print("| articles | %d (%d–%d words each) |" % (len(docs), words[0], words[-1]))
    print("| events | %d |" % len(rs))
    print("| core / background | %d / %d |" % (core, len(rs) - core))
    print("| with a location | %d (%d of them core) |" % (len(located), sum(r["core"] for r in located)))
    p = cnt(lambda r: r["date_precision"])
    print("| date precision | %s |" % ", ".join("%s %d" % (k, p[k]) for k in ("day", "week", "month", "year")))
    und = [r for r in rs if r["date_text"] is None]
    print("| undated (publication date, `date_text` null) | %d (%d of them background) |"
          % (len(und), sum(not r["core"] for r in und)))
    print("| planned (`modality.planned`) | %d |" % sum(r["modality"]["planned"] for r in rs))
    lc = collections.Counter(r["location"]["country"] for r in located)
    print("| location countries | %s |" % ", ".join("%s %d" % kv for kv in lc.most_common()))
    print("| types | %s |" % ", ".join("%s %d" % kv for kv in cnt(lambda r: r["plover"]).most_common()))
    dls = [docs[fn]["dateline"] for fn in sorted(docs) if docs[fn]["dateline"]]
    print("| datelines | %d (%s); %d without |" % (len(dls), ", ".join(dls), len(docs) - len(dls)))
    print("\nPer article: %s events (in date order of the files)."
          % ", ".join(str(len(bydoc[fn])) for fn in sorted(docs)))
    if problems:
        print("\n%d PROBLEM(S):" % len(problems))
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("\nAll checks passed.")


if __name__ == "__main__":
    main()

"""Standalone checks for held-out set 7 (plain python3, no project code).

Adapted from held-out set 6's tools/check.py: same checks, this set's anchors and date expressions,
and the outlets of sets 1-6 excluded.

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

# outlets of held-out sets 1-6 (their READMEs / docs file names): must not be reused
USED_OUTLETS = """spinghar-courier shandur-newswire attock-observer tirah-wire bolan-review eastgate-wire
westline-press sapedar-times sulaiman-gazette kohdaman-herald margalla-dispatch lowari-courier paghman-post
khojak-herald warsak-review hamun-observer safed-koh-tribune salang-bulletin oxus-ledger wakhan-chronicle
kalash-gazette pamir-post registan-review makran-courier gomal-dispatch kurram-wire ravi-observer
chitral-ledger swat-valley-times helmand-bulletin amu-darya-monitor tochi-sentinel landi-kotal-record
potohar-daily mohmand-messenger thal-evening-post derajat-monitor farah-journal chiltan-standard logar-daily
nangarhar-evening-mail mingora-mirror kohat-tribune murghab-times hayatabad-herald hangu-herald
zaranj-observer saidpur-standard khyber-pass-chronicle panj-river-dispatch
arghandab-courier shakarparian-times grand-trunk-review qissa-khwani-chronicle urgun-valley-post
jamrud-observer kandahar-road-weekly indus-frontier-daily corniche-wire foggy-bottom-digest""".split()

WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}

# Anchored expressions: (doc slug, date_text) -> (anchor date_text in the same doc, offset in days)
# offset None = same period as the anchor (month precision anchors).
ANCHORS = {
    ("chinese-oil-contract-kabul", "the following morning"): ("on Thursday", 1),
    ("chinese-oil-contract-kabul", "at the time"): ("In December", None),
    ("doha-un-meeting-without-taliban", "afterwards"): ("on Tuesday", 0),
    ("mastung-hangu-bombings", "Hours later"): ("on Friday", 0),
    ("mastung-hangu-bombings", "A day earlier"): ("on Saturday", -1),
    ("herat-earthquake-aid", "the same day"): ("on Saturday", 0),
    ("por-card-extension", "on the same day"): ("on Thursday", 0),
    ("haqqania-seminary-bombing", "the same day"): ("on Saturday", 0),
    ("bannu-cantonment-attack", "Two days after the attack"): ("on Tuesday evening", 2),
    ("muttaqi-new-delhi-visit", "the same day"): ("on Friday", 0),
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
    if low == "earlier this month":
        return pub.strftime("%Y-%m"), "month"
    m = re.fullmatch(r"in (%s) last year" % "|".join(MONTHS), low)
    if m:
        return "%04d-%02d" % (pub.year - 1, MONTHS[m.group(1)]), "month"
    m = re.fullmatch(r"(?:in|since) (\d{4})", low)
    if m:
        return m.group(1), "year"
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
        dl = re.match(r"([A-Z][A-Z ]+)(?: \(([^)]*)\))? — ", body)
        if dl and dl.group(2) is not None and dl.group(2) != meta.get("outlet"):
            bad("%s: dateline names outlet %r" % (fn, dl.group(2)))
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
        if planned and date < pub:
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
            if spec[1] is None:
                ok = (r["date"], r["date_precision"]) == (a["date"], a["date_precision"])
            else:
                want = dt.date.fromisoformat(a["date"]) + dt.timedelta(days=spec[1])
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
    dls = [docs[fn]["dateline"] for fn in sorted(docs)]
    print("| datelines | %d (%s); %d without |" % (sum(1 for x in dls if x), ", ".join(x for x in dls if x),
                                                sum(1 for x in dls if not x)))
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

#!/usr/bin/env python3
"""Reference counts for the published FiveThirtyEight files in test/data/.

Independent of poll-trend: plain python3 with the standard library only
(csv, gzip, hashlib). It reads the files exactly as stored here (.csv.gz is
decompressed in memory) and prints every number written in test/data/README.md.

    python3 test/data/reference-counts.py            # from the repo root
    python3 reference-counts.py                      # from test/data/
"""
import collections
import csv
import gzip
import hashlib
import io
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

APPROVAL = "538-approval-polllist-2020-05-29.csv.gz"
TOPLINE = "538-approval-topline-2020-05-29.csv"
GENERIC = "538-generic-polllist-2018-07-06.csv"
PRIMARY = "538-president-primary-polls-2019-10-30.csv.gz"


# ---------------------------------------------------------------- helpers

def load(name):
    """Return (stored bytes, content bytes): content is decompressed for .gz."""
    with open(os.path.join(HERE, name), "rb") as f:
        stored = f.read()
    content = gzip.decompress(stored) if name.endswith(".gz") else stored
    return stored, content


def git_blob_id(content):
    return hashlib.sha1(b"blob %d\0" % len(content) + content).hexdigest()


def out(label, value):
    print(f"  {label}: {value}")


def fmt_counter(c, key=None):
    items = sorted(c.items(), key=key or (lambda kv: (-kv[1], str(kv[0]))))
    return ", ".join(f"{k!r}={v}" for k, v in items) or "none"


DATE_SHAPES = [
    (re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$"), "M/D/YYYY"),
    (re.compile(r"^\d{1,2}/\d{1,2}/\d{2}$"), "M/D/YY"),
    (re.compile(r"^\d{1,2}/\d{1,2}/\d{2} \d{1,2}:\d{2}$"), "M/D/YY H:MM"),
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), "YYYY-MM-DD"),
    (re.compile(r"^\d{2}:\d{2}:\d{2} [ \d]\d [A-Z][a-z]{2} \d{4}$"), "HH:MM:SS %e Mon YYYY"),
]


def date_shape(v):
    if v == "":
        return "empty"
    for rx, name in DATE_SHAPES:
        if rx.match(v):
            return name
    return "other:" + re.sub(r"\d", "9", v)


def iso(v):
    """M/D/YYYY or M/D/YY (20YY) -> YYYY-MM-DD."""
    m, d, y = v.split(" ")[0].split("/")
    y = int(y)
    if y < 100:
        y += 2000
    return f"{y:04d}-{int(m):02d}-{int(d):02d}"


def basics(name):
    """Byte-level facts, then csv records with the physical line each starts on."""
    stored, content = load(name)
    print(f"\n=== {name}")
    out("stored bytes", len(stored))
    out("stored sha256", hashlib.sha256(stored).hexdigest())
    if name.endswith(".gz"):
        out("decompressed bytes", len(content))
        out("decompressed sha256", hashlib.sha256(content).hexdigest())
    out("git blob id of the published bytes", git_blob_id(content))
    out("UTF-8 BOM", content.startswith(b"\xef\xbb\xbf"))
    out("CR bytes (CRLF line ends if > 0)", content.count(b"\r"))
    out("ends with a newline", content.endswith(b"\n"))
    physical = content.count(b"\n") + (0 if content.endswith(b"\n") else 1)
    out("physical lines", physical)
    text = content.decode("utf-8")  # raises if the file is not valid UTF-8
    non_ascii = collections.Counter(ch for ch in text if ord(ch) > 127)
    out("non-ASCII characters", fmt_counter(non_ascii))

    reader = csv.reader(io.StringIO(text, newline=""))
    records = []  # (record number, first physical line, last physical line, fields)
    prev = 0
    for i, fields in enumerate(reader):
        records.append((i, prev + 1, reader.line_num, fields))
        prev = reader.line_num
    header = records[0][3]
    data = records[1:]
    out("CSV records (data rows, header excluded)", len(data))
    out("header columns", f"{len(header)}: {', '.join(header)}")
    widths = collections.Counter(len(r[3]) for r in data)
    out("fields per record", fmt_counter(widths))
    multi = [r for r in data if r[2] > r[1]]
    out("records whose quoted field spans lines", len(multi))
    if multi:
        n, first, last, _ = multi[0]
        out("first such record", f"record {n} (header = record 0), physical lines {first}-{last}")
    # quoted-empty fields ("") cannot be seen through csv.reader; count them on the raw lines
    if not multi:
        field_rx = re.compile(r'(?:^|,)("(?:[^"]|"")*"|[^,]*)')
        quoted_empty = sum(1 for line in text.splitlines()[1:] for m in field_rx.finditer(line) if m.group(1) == '""')
        out('fields written as "" (quoted empty)', quoted_empty)
    rows = [dict(zip(header, r[3])) for r in data]
    return header, rows


def empties(header, rows):
    for col in header:
        c = collections.Counter(r[col] for r in rows if r[col].strip() in ("", "NA", "N/A"))
        c = {("empty" if k == "" else k): v for k, v in c.items()}
        if c:
            out(f"empty/NA/N-A cells in {col}", fmt_counter(collections.Counter(c)))
        dashes = sum(1 for r in rows if r[col].strip() in ("-", "--", "null", "NULL", "None", "nan", "NaN"))
        if dashes:
            out(f"other placeholder cells (-, null, None, nan) in {col}", dashes)
    cols = [c for c in header if not any(r[c].strip() in ("", "NA", "N/A") for r in rows)]
    out("columns with no empty/NA/N-A cell", ", ".join(cols))


def date_formats(rows, cols):
    for col in cols:
        out(f"date format of {col}", fmt_counter(collections.Counter(date_shape(r[col]) for r in rows)))


def shared_dates(rows, label):
    """Rows that share (pollster, startdate, enddate) with another row whose
    poll_id, population or samplesize differs."""
    groups = collections.defaultdict(list)
    for r in rows:
        groups[(r["pollster"], r["startdate"], r["enddate"])].append(r)

    def count(fields):
        n = 0
        for g in groups.values():
            for r in g:
                if any(tuple(o[f] for f in fields) != tuple(r[f] for f in fields) for o in g):
                    n += 1
        return n

    fields = ("poll_id", "population", "samplesize")
    hit = [g for g in groups.values()
           if len({tuple(o[f] for f in fields) for o in g}) > 1]
    out(f"{label}: rows sharing (pollster, startdate, enddate) with a row of different poll_id/population/samplesize",
        count(fields))
    out(f"{label}:   ... in how many (pollster, startdate, enddate) keys; rows beyond the first of each key",
        f"{len(hit)} keys; {sum(len(g) for g in hit) - len(hit)} rows beyond the first")
    out(f"{label}:   ... with a different poll_id", count(("poll_id",)))
    out(f"{label}:   ... with a different population", count(("population",)))
    out(f"{label}:   ... with a different samplesize", count(("samplesize",)))
    out(f"{label}: (pollster, startdate, enddate) keys with more than one row",
        sum(1 for g in groups.values() if len(g) > 1))


def exact_duplicates(header, rows, label):
    c = collections.Counter(tuple(r[h] for h in header) for r in rows)
    dup = {k: v for k, v in c.items() if v > 1}
    out(f"{label}: exact duplicate rows (all columns equal)",
        f"{sum(dup.values())} rows in {len(dup)} groups ({sum(v - 1 for v in dup.values())} surplus)")


def num_range(rows, col, label):
    vals = [r[col] for r in rows if r[col] not in ("", "NA")]
    lo = min(vals, key=float)
    hi = max(vals, key=float)
    out(f"{label}: {col} min / max", f"{lo} / {hi}")


def order(rows, col):
    ds = [iso(r[col]) for r in rows]
    down = sum(1 for a, b in zip(ds, ds[1:]) if b < a)
    up = sum(1 for a, b in zip(ds, ds[1:]) if b > a)
    out(f"file order by {col}", f"first row {ds[0]}, last row {ds[-1]}; "
        f"{up} steps to a later {col}, {down} steps to an earlier one")


def mean(rows, col):
    vals = [float(r[col]) for r in rows]
    return f"{math.fsum(vals) / len(vals):.6f} (n={len(vals)})"


def sample_sizes(rows, col, label):
    vals = [r[col] for r in rows]
    out(f"{label}: {col} containing a comma", sum(1 for v in vals if "," in v))
    out(f"{label}: {col} empty", sum(1 for v in vals if v == ""))
    non_int = collections.Counter(v for v in vals if v and not re.fullmatch(r"\d+", v))
    out(f"{label}: {col} not a plain whole number", f"{sum(non_int.values())} rows, {len(non_int)} distinct"
        + (f", e.g. {', '.join(sorted(non_int, key=float)[:6])}" if non_int else ""))


def one_per_population(rows, label, has_sponsor):
    """Groups of rows with the same (pollster, startdate, enddate, sponsor, poll_id) and
    more than one population; keep one row per such group, preferring lv > rv > v > a."""
    pref = {"lv": 0, "rv": 1, "v": 2, "a": 3}
    groups = collections.defaultdict(list)
    for r in rows:
        sponsor = r["sponsors"] if has_sponsor else ""
        groups[(r["pollster"], r["startdate"], r["enddate"], sponsor, r["poll_id"])].append(r)
    multi = [g for g in groups.values() if len({r["population"] for r in g}) > 1]
    dropped = sum(len(g) - 1 for g in multi)
    combos = collections.Counter("+".join(sorted({r["population"] for r in g}, key=pref.get)) for g in multi)
    kept = collections.Counter(min(g, key=lambda r: pref[r["population"]])["population"] for g in multi)
    out(f"{label}: groups with one (pollster, startdate, enddate, sponsor, poll_id) and more than one population",
        f"{len(multi)} groups, {sum(len(g) for g in multi)} rows; populations {fmt_counter(combos)}")
    out(f"{label}: rows kept from those groups (lv > rv > v > a)", fmt_counter(kept))
    out(f"{label}: rows remaining after keeping one row per such group", f"{len(rows) - dropped} (of {len(rows)})")
    same_pop = [g for g in groups.values() if len(g) > 1 and len({r['population'] for r in g}) == 1]
    out(f"{label}: (not touched by the rule) groups with several rows of one population",
        f"{len(same_pop)} groups, {sum(len(g) for g in same_pop)} rows")


def versions_rule(rows, allp, answers):
    """The one-per-population rule over the whole file (every subgroup), after
    keeping one row per question_id (a question_id is one population version)."""
    in_all = {r["poll_id"] for r in allp}
    only_sub = sorted({(r["poll_id"], r["pollster"], r["enddate"], r["subgroup"]) for r in rows
                       if r["poll_id"] not in in_all})
    out("poll_id present only in a subgroup, not in All polls",
        f"{len(only_sub)}: " + "; ".join(" ".join(x) for x in only_sub))
    qpop = collections.defaultdict(set)
    for r in rows:
        qpop[r["question_id"]].add(r["population"])
    out("whole file: distinct question_id / question_id with more than one population",
        f"{len(qpop)} / {sum(1 for v in qpop.values() if len(v) > 1)}")
    raw = ("pollster", "startdate", "enddate", "samplesize") + tuple(answers)
    per_q = collections.defaultdict(set)
    for r in rows:
        per_q[r["question_id"]].add(tuple(r[f] for f in raw))
    out("whole file: question_id whose pollster/dates/samplesize/answers differ between subgroups",
        sum(1 for v in per_q.values() if len(v) > 1))
    versions = {}
    for r in rows:
        versions.setdefault(r["question_id"], r)
    vlist = list(versions.values())
    one_per_population(vlist, "whole file, one row per question_id", has_sponsor=False)
    pref = {"lv": 0, "rv": 1, "v": 2, "a": 3}
    best = {}
    for r in vlist:
        b = best.get(r["poll_id"])
        if b is None or pref[r["population"]] < pref[b["population"]]:
            best[r["poll_id"]] = r
    differs = sum(1 for r in allp if best[r["poll_id"]]["question_id"] != r["question_id"])
    out("polls whose All polls row is not the lv > rv > v > a choice among its versions",
        f"{differs} of {len(allp)}")
    pref_approval = {"a": 0, "v": 1, "rv": 2, "lv": 3}
    best = {}
    for r in vlist:
        b = best.get(r["poll_id"])
        if b is None or pref_approval[r["population"]] < pref_approval[b["population"]]:
            best[r["poll_id"]] = r
    differs = sum(1 for r in allp if best[r["poll_id"]]["question_id"] != r["question_id"])
    out("polls whose All polls row is not the a > v > rv > lv choice (approval's order) among its versions",
        f"{differs} of {len(allp)}")
    multi = {r["poll_id"] for r in vlist} & {p for p, n in collections.Counter(r["poll_id"] for r in vlist).items() if n > 1}
    out("population of the All polls row, for polls with more than one version",
        fmt_counter(collections.Counter(r["population"] for r in allp if r["poll_id"] in multi)))


# ---------------------------------------------------------------- files

def approval():
    header, rows = basics(APPROVAL)
    out("rows per subgroup", fmt_counter(collections.Counter(r["subgroup"] for r in rows)))
    out("modeldate values", fmt_counter(collections.Counter(r["modeldate"] for r in rows)))
    allp = [r for r in rows if r["subgroup"] == "All polls"]
    L = "All polls"
    out(f"{L}: rows", len(allp))
    out(f"{L}: distinct poll_id", len({r['poll_id'] for r in allp}))
    out(f"{L}: distinct (poll_id, question_id)", len({(r['poll_id'], r['question_id']) for r in allp}))
    out(f"{L}: distinct question_id", len({r['question_id'] for r in allp}))
    out(f"{L}: rows per population", fmt_counter(collections.Counter(r["population"] for r in allp)))
    out(f"{L}: tracking values", fmt_counter(collections.Counter(r["tracking"] for r in allp)))
    out(f"{L}: rows with tracking TRUE (written T)", sum(1 for r in allp if r["tracking"] in ("T", "TRUE", "true")))
    out(f"{L}: multiversions values", fmt_counter(collections.Counter(r["multiversions"] for r in allp)))
    out(f"{L}: distinct pollster", len({r['pollster'] for r in allp}))
    out("whole file: distinct poll_id", len({r['poll_id'] for r in rows}))
    out("whole file: distinct pollster", len({r['pollster'] for r in rows}))
    shared_dates(allp, L)
    shared_dates(rows, "whole file")
    exact_duplicates(header, rows, "whole file")
    exact_duplicates(header, allp, L)
    same = [h for h in header if h not in ("subgroup", "timestamp")]
    keyset = collections.Counter(tuple(r[h] for h in same) for r in allp)
    sub = [r for r in rows if r["subgroup"] != "All polls"]
    rep = sum(1 for r in sub if tuple(r[h] for h in same) in keyset)
    out("Adults/Voters rows equal to an All polls row in every column but subgroup and timestamp",
        f"{rep} of {len(sub)}")
    for col in ("approve", "disapprove"):
        num_range(allp, col, L)
        num_range(rows, col, "whole file")
    date_formats(rows, ("startdate", "enddate", "modeldate", "createddate", "timestamp"))
    sample_sizes(rows, "samplesize", "whole file")
    sample_sizes(allp, "samplesize", L)
    empties(header, rows)
    for label, rs in ((L, allp), ("whole file", rows)):
        ends = sorted(iso(r["enddate"]) for r in rs)
        starts = sorted(iso(r["startdate"]) for r in rs)
        out(f"{label}: first / last enddate", f"{ends[0]} / {ends[-1]}")
        out(f"{label}: first / last startdate", f"{starts[0]} / {starts[-1]}")
    order(rows, "enddate")
    out(f"{L}: rows with startdate after enddate", sum(1 for r in allp if iso(r["startdate"]) > iso(r["enddate"])))
    out(f"{L}: mean approve", mean(allp, "approve"))
    out(f"{L}: mean disapprove", mean(allp, "disapprove"))
    out(f"{L}: approve + disapprove > 100", sum(1 for r in allp if float(r["approve"]) + float(r["disapprove"]) > 100))
    for r in allp:
        if float(r["approve"]) + float(r["disapprove"]) > 100:
            out("  approve + disapprove > 100", f"{r['pollster']} {r['startdate']}-{r['enddate']} "
                f"{r['approve']}/{r['disapprove']} poll_id {r['poll_id']}")
    out("no sponsor column in this file", "sponsor is taken as empty in the rule below")
    one_per_population(allp, L, has_sponsor=False)
    # The same rule over the whole file, one row per published version first.
    versions_rule(rows, allp, ("approve", "disapprove"))


def topline():
    header, rows = basics(TOPLINE)
    out("rows per subgroup", fmt_counter(collections.Counter(r["subgroup"] for r in rows)))
    date_formats(rows, ("modeldate", "timestamp"))
    empties(header, rows)
    order(rows, "modeldate")
    dates = sorted({iso(r["modeldate"]) for r in rows})
    out("first / last modeldate", f"{dates[0]} / {dates[-1]} ({len(dates)} distinct)")
    allp = {iso(r["modeldate"]): r for r in rows if r["subgroup"] == "All polls"}
    for d in (dates[0], dates[-1]):
        r = allp[d]
        out(f"All polls on {d}: approve_estimate / disapprove_estimate",
            f"{r['approve_estimate']} / {r['disapprove_estimate']}")
    # calendar gaps per subgroup
    import datetime
    for sg in sorted({r["subgroup"] for r in rows}):
        ds = sorted(datetime.date.fromisoformat(iso(r["modeldate"])) for r in rows if r["subgroup"] == sg)
        missing = (ds[-1] - ds[0]).days + 1 - len(set(ds))
        out(f"{sg}: modeldates missing from a daily run between first and last", missing)


def generic():
    header, rows = basics(GENERIC)
    out("rows per subgroup", fmt_counter(collections.Counter(r["subgroup"] for r in rows)))
    out("modeldate values", fmt_counter(collections.Counter(r["modeldate"] for r in rows)))
    out("whole file: distinct poll_id", len({r['poll_id'] for r in rows}))
    out("whole file: distinct question_id", len({r['question_id'] for r in rows}))
    allp = [r for r in rows if r["subgroup"] == "All polls"]
    L = "All polls"
    out(f"{L}: distinct poll_id", len({r['poll_id'] for r in allp}))
    out(f"{L}: rows per population", fmt_counter(collections.Counter(r["population"] for r in allp)))
    out(f"{L}: rows with tracking T", sum(1 for r in allp if r["tracking"] == "T"))
    out(f"{L}: distinct pollster", len({r['pollster'] for r in allp}))
    shared_dates(rows, "whole file")
    for sg in ("All polls", "Voters", "Adults"):
        shared_dates([r for r in rows if r["subgroup"] == sg], sg)
    exact_duplicates(header, rows, "whole file")
    for col in ("dem", "rep"):
        num_range(rows, col, "whole file")
    date_formats(rows, ("startdate", "enddate", "modeldate", "createddate", "timestamp"))
    sample_sizes(rows, "samplesize", "whole file")
    empties(header, rows)
    ends = sorted(iso(r["enddate"]) for r in rows)
    out("whole file: first / last enddate", f"{ends[0]} / {ends[-1]}")
    order(rows, "enddate")
    one_per_population(allp, L, has_sponsor=False)
    versions_rule(rows, allp, ("dem", "rep"))


def primary():
    header, rows = basics(PRIMARY)
    out("distinct poll_id", len({r['poll_id'] for r in rows}))
    out("distinct question_id", len({r['question_id'] for r in rows}))
    out("distinct candidate_name", len({r['candidate_name'] for r in rows}))
    out("distinct answer", len({r['answer'] for r in rows}))
    out("cycle values", fmt_counter(collections.Counter(r["cycle"] for r in rows)))
    out("stage values", fmt_counter(collections.Counter(r["stage"] for r in rows)))
    out("office_type values", fmt_counter(collections.Counter(r["office_type"] for r in rows)))
    out("rows per party", fmt_counter(collections.Counter(r["party"] for r in rows)))
    out("rows with state empty (national), per party",
        fmt_counter(collections.Counter(r["party"] for r in rows if r["state"] == "")))
    out("rows with a state, per party", fmt_counter(collections.Counter(r["party"] for r in rows if r["state"] != "")))
    out("distinct states (non-empty)", len({r['state'] for r in rows if r['state']}))
    out("national DEM: rows / distinct poll_id / distinct question_id",
        "{} / {} / {}".format(*[len(s) for s in (
            [r for r in rows if r['party'] == 'DEM' and r['state'] == ''],
            {r['poll_id'] for r in rows if r['party'] == 'DEM' and r['state'] == ''},
            {r['question_id'] for r in rows if r['party'] == 'DEM' and r['state'] == ''})]))
    top = collections.Counter(r["candidate_name"] for r in rows).most_common()
    top.sort(key=lambda kv: (-kv[1], kv[0]))
    print("  20 candidates with the most rows:")
    for i, (name, n) in enumerate(top[:20], 1):
        print(f"    {i:2d}. {name}: {n}")
    pct = [float(r["pct"]) for r in rows]
    out("pct min / max", f"{min(pct)} / {max(pct)}")
    out("rows with pct < 1", sum(1 for p in pct if p < 1))
    out("rows with pct <= 0.5", sum(1 for p in pct if p <= 0.5))
    out("pct values below 1", fmt_counter(collections.Counter(r["pct"] for r in rows if float(r["pct"]) < 1),
                                          key=lambda kv: float(kv[0])))
    out("pct written with a decimal point", sum(1 for r in rows if "." in r["pct"]))
    out("pct with a non-zero fraction", sum(1 for p in pct if p != int(p)))
    sums = collections.defaultdict(float)
    for r in rows:
        sums[r["question_id"]] += float(r["pct"])
    out("questions whose pct sum exceeds 100", f"{sum(1 for s in sums.values() if s > 100.0001)} "
        f"(largest sum {max(sums.values()):.2f})")
    two = collections.Counter(r["pollster"] for r in rows if len(r["pct"].split(".")[1]) > 1)
    out("rows whose pct has two decimals, per pollster", fmt_counter(two))
    out("questions whose pct sum is at most 1 (proportion-like)", sum(1 for s in sums.values() if s <= 1))
    date_formats(rows, ("start_date", "end_date", "created_at"))
    sample_sizes(rows, "sample_size", "whole file")
    out("sponsor_ids containing a comma (several sponsors)", sum(1 for r in rows if "," in r["sponsor_ids"]))
    out("boolean spellings", "; ".join(f"{c}: {fmt_counter(collections.Counter(r[c] for r in rows))}"
                                       for c in ("internal", "tracking", "nationwide_batch")))
    empties(header, rows)
    dup = collections.Counter((r["question_id"], r["candidate_name"]) for r in rows)
    out("(question_id, candidate_name) pairs listed more than once", sum(1 for v in dup.values() if v > 1))
    exact_duplicates(header, rows, "whole file")
    ends = sorted(iso(r["end_date"]) for r in rows)
    out("first / last end_date", f"{ends[0]} / {ends[-1]}")
    order(rows, "end_date")
    for col in ("pollster", "display_name", "candidate_name", "answer", "notes"):
        n = sum(1 for r in rows if any(ord(ch) > 127 for ch in r[col]))
        if n:
            out(f"rows with non-ASCII text in {col}", f"{n}: " + ", ".join(sorted({r[col][:40] for r in rows if any(ord(ch) > 127 for ch in r[col])})))


# poll-trend's rules for one poll once (src/model/relations.ts), recomputed here independently: a poll's
# identity is pollster, sponsor, field dates, population, sample size, mode, poll id and question id; the
# same identity and value twice is a repeated row; one poll (pollster and poll id) listed for several
# populations keeps the rows of the first of likely voters, registered voters, voters, adults.
POPULATION_CODES = {"a": "adults", "v": "voters", "rv": "registered voters", "lv": "likely voters"}
PREFERENCE = ["likely voters", "registered voters", "voters", "adults"]


def rules(name, rows, value, series, start, end, sample, sponsor=None, mode=None):
    def pop(r):
        return POPULATION_CODES.get(r["population"].lower(), r["population"])

    def rank(p):
        return PREFERENCE.index(p) if p in PREFERENCE else len(PREFERENCE)

    by_series = collections.defaultdict(list)
    for r in rows:
        by_series[series(r)].append(r)
    repeats = conflicts = dropped = kept = 0
    for rs in by_series.values():
        seen = {}
        unique = []
        for r in rs:
            key = (r["pollster"], r.get(sponsor, "") if sponsor else "", r[start], r[end], pop(r), r[sample],
                   r.get(mode, "") if mode else "", r["poll_id"], r["question_id"])
            if key in seen:
                if seen[key] == r[value]:
                    repeats += 1
                else:
                    conflicts += 1
                continue
            seen[key] = r[value]
            unique.append(r)
        groups = collections.defaultdict(list)
        for r in unique:
            groups[(r["pollster"], r["poll_id"])].append(r)
        for g in groups.values():
            if len({pop(r) for r in g}) < 2:
                continue
            best = min(rank(pop(r)) for r in g)
            dropped += sum(1 for r in g if rank(pop(r)) > best)
        kept += len(unique)
    out(f"{name}: repeated rows, conflicts, rows of other populations dropped, rows kept",
        f"{repeats}, {conflicts}, {dropped}, {kept - dropped}")


def poll_rules():
    print("\n== poll-trend's rules (one poll once)")
    rows = list(csv.DictReader(io.StringIO(load(APPROVAL)[1].decode("utf-8"))))
    for value in ("approve", "disapprove"):
        rules(f"approval list, whole file, series {value}", rows, value, lambda r: value, "startdate", "enddate",
              "samplesize")
    rows = list(csv.DictReader(io.StringIO(load(PRIMARY)[1].decode("utf-8"))))
    rules("primary list, whole file", rows, "pct", lambda r: r["candidate_name"], "start_date", "end_date",
          "sample_size", "sponsors", "methodology")
    dem = [r for r in rows if r["party"] == "DEM" and r["state"] == ""]
    rules("primary list, DEM national (party=DEM, state empty)", dem, "pct", lambda r: r["candidate_name"],
          "start_date", "end_date", "sample_size", "sponsors", "methodology")
    out("primary list, DEM national: candidates", len({r["candidate_name"] for r in dem}))


# ---------------------------------------------------------------- SnoutCounter's lists (2026)
#
# Four files of 2025-26 polls, as SnoutCounter published them (test/data/README.md). The rules below are
# poll-trend's, as its README states them, recomputed here from the file with the csv module: rows that
# cannot be polls, filters, one poll once (repeats, conflicts, populations by what is measured), and
# polls of several questions. Every count is of rows of the file, or of polls where it says polls.

SNOUT = {
    "primary": "snoutcounter-governor-primary-ca-2026-02-14.csv.gz",
    "approval": "snoutcounter-president-approval-polls-2026-02-14.csv.gz",
    "issues": "snoutcounter-president-issue-approval-polls-2026-02-14.csv.gz",
    "generic": "snoutcounter-generic-ballot-polls-2026-02-14.csv.gz",
}
AS_OF = "2026-02-14"  # the day of the commit the files come from
MISSING = {"", "na", "n/a", "-", "–", "—", "null", "none"}
ORDER = {
    "approval": ["adults", "voters", "registered voters", "likely voters"],
    "vote": ["likely voters", "registered voters", "voters", "adults"],
}


def records_with_lines(name):
    """(physical line the record starts on, dict) for every data record, the header on line 1."""
    text = load(name)[1].decode("utf-8")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    out_rows, prev = [], reader.line_num
    for fields in reader:
        out_rows.append((prev + 1, dict(zip(header, fields))))
        prev = reader.line_num
    return header, out_rows


def cell(r, col):
    v = r.get(col, "").strip() if col else ""
    return None if v.lower() in MISSING else v


def to_iso(v, us):
    if v is None:
        return None
    if us:
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", v)
        if not m:
            return v
        year = int(m[3]) if len(m[3]) == 4 else int(m[3]) + (2000 if int(m[3]) <= 68 else 1900)
        return f"{year:04d}-{int(m[1]):02d}-{int(m[2]):02d}"
    return v


def valid_date(v):
    import datetime
    try:
        return v is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) and datetime.date.fromisoformat(v) and True
    except ValueError:
        return False


def number(v):
    try:
        return float(v.rstrip("%"))
    except (ValueError, AttributeError):
        return None


def read_list(name, values, series=None, filters=None, as_of=AS_OF, us_dates=False,
              net=(), kind=None, conflicts="error", mode="mode"):
    """Reads a list as poll-trend's README says: returns a dict of counts and the points per series."""
    header, rows = records_with_lines(name)
    pop_codes = {"a": "adults", "v": "voters", "rv": "registered voters", "lv": "likely voters"}
    res = {"rows": len(rows), "invalid": [], "missing_rows": 0}
    kept_rows = []
    for line, r in rows:
        if filters and not all(r.get(c, "").strip() in vs for c, vs in filters.items()):
            continue
        kept_rows.append((line, r))
    res["rows kept by the filter"] = len(kept_rows)
    points = collections.defaultdict(list)  # series -> [(line, point)]
    for line, r in kept_rows:
        end, start = to_iso(cell(r, "end_date"), us_dates), to_iso(cell(r, "start_date"), us_dates)
        vals = [(c, cell(r, c)) for c in values if cell(r, c) is not None]
        reason = None
        if not valid_date(end) or (start is not None and not valid_date(start)):
            reason = "date-not-valid"
        elif start is not None and start > end:
            reason = "start-after-end"
        elif as_of and end > as_of:
            reason = "after-as-of"
        elif not vals:
            reason = "value-missing"
        else:
            for c, v in vals:
                x = number(v)
                if x is None:
                    reason = reason or "value-not-a-number"
                elif x > 100 or x < (-100 if c in net else 0):
                    reason = reason or "value-out-of-range"
        if reason:
            res["invalid"].append((line, reason))
            continue
        pop = cell(r, "population")
        point = {
            "pollster": cell(r, "pollster"), "sponsor": cell(r, "sponsors") or cell(r, "sponsor"),
            "start": start, "end": end, "population": pop_codes.get(pop.lower(), pop) if pop else None,
            "sample": number(cell(r, "sample_size")) if cell(r, "sample_size") else None,
            "mode": cell(r, mode), "poll_id": cell(r, "poll_id"), "question_id": cell(r, "question_id"),
        }
        for c, v in vals:
            key = c if series is None else (r[series].strip() if len(values) == 1 else f"{r[series].strip()}: {c}")
            points[key].append((line, dict(point, value=number(v))))
    order = ORDER[kind or "vote"]
    rank = lambda p: order.index(p["population"].lower()) if p["population"] and p["population"].lower() in order else len(order)
    dropped = {"repeated": set(), "conflicting": set(), "other populations": set()}
    conflict_lines = []
    kept = {}
    for key, pts in points.items():
        first, unique = {}, []
        for line, p in pts:
            ident = tuple(p[f] for f in ("pollster", "sponsor", "start", "end", "population", "sample", "mode",
                                         "poll_id", "question_id"))
            if ident not in first:
                first[ident] = len(unique)
                unique.append((line, p))
                continue
            earlier = unique[first[ident]][1]
            if earlier["value"] == p["value"]:
                dropped["repeated"].add(line)
            else:
                dropped["conflicting"].add(line)
                conflict_lines.append((unique[first[ident]][0], line, key))
                if conflicts == "mean":
                    earlier.setdefault("values", [earlier["value"]]).append(p["value"])
        for _, p in unique:
            if "values" in p:
                p["value"] = sum(p["values"]) / len(p["values"])
        groups = collections.defaultdict(list)
        for line, p in unique:
            sk = ("id", p["pollster"], p["poll_id"]) if p["poll_id"] else (p["pollster"], p["sponsor"], p["start"], p["end"], p["mode"])
            groups[sk].append((line, p))
        out_lines = set()
        for g in groups.values():
            if len(g) > 1 and len({p["population"] for _, p in g}) > 1:
                best = min(rank(p) for _, p in g)
                out_lines |= {line for line, p in g if rank(p) > best}
        dropped["other populations"] |= out_lines
        kept[key] = [(line, p) for line, p in unique if line not in out_lines]
    res["dropped"] = {k: len(v) for k, v in dropped.items()}
    res["conflict lines"] = conflict_lines
    polls, versions = set(), set()
    for pts in kept.values():
        for _, p in pts:
            poll = ("id", p["pollster"], p["poll_id"]) if p["poll_id"] else (
                p["pollster"], p["sponsor"], p["start"], p["end"], p["mode"], "" if p["question_id"] else p["sample"])
            polls.add(poll)
            versions.add((poll, p["question_id"] or (p["sample"], p["population"])))
    res["polls"], res["questions"] = len(polls), len(versions)
    res["points"] = kept
    return res


def say_read(label, res, series_shown=()):
    out(f"{label}: rows of the file / kept by the filter", f"{res['rows']} / {res['rows kept by the filter']}")
    inv = collections.defaultdict(list)
    for line, reason in res["invalid"]:
        inv[reason].append(line)
    out(f"{label}: rows that cannot be polls", f"{len(res['invalid'])}: "
        + ("; ".join(f"{k} at lines {', '.join(map(str, v))}" for k, v in inv.items()) or "none"))
    out(f"{label}: rows dropped (repeated, conflicting, other populations)",
        ", ".join(f"{k} {v}" for k, v in res["dropped"].items()))
    if res["conflict lines"]:
        out(f"{label}: conflicts (first line, line, series)", res["conflict lines"][:6])
    out(f"{label}: series / points per series (first 6)", f"{len(res['points'])} / "
        + ", ".join(f"{k} {len(v)}" for k, v in list(res["points"].items())[:6]))
    for key in series_shown:
        pts = res["points"][key]
        out(f"{label}: {key}: points, mean value, last end date",
            f"{len(pts)}, {math.fsum(p['value'] for _, p in pts) / len(pts):.6f}, {max(p['end'] for _, p in pts)}")
    out(f"{label}: questions / polls", f"{res['questions']} / {res['polls']}")


def snoutcounter():
    print("\n== SnoutCounter's 2026 lists, read by poll-trend's rules")
    for name in SNOUT.values():
        basics(name)
    _, rows = records_with_lines(SNOUT["primary"])
    out("primary: distinct candidate_name", len({r["candidate_name"] for _, r in rows}))
    out("primary: rows per population", fmt_counter(collections.Counter(r["population"] for _, r in rows)))
    latest = max(r["end_date"] for _, r in rows)
    out("primary: latest end_date", latest)
    res = read_list(SNOUT["primary"], ["pct"], series="candidate_name", kind="vote")
    say_read("primary", res, ("Chad Bianco", "Steve Hilton", "Katie Porter", "Kamala Harris"))
    last = {k: max(p["end"] for _, p in v) for k, v in res["points"].items()}
    out("primary: candidates last polled before 2025-07-01", sorted(k for k, d in last.items() if d < "2025-07-01"))

    res = read_list(SNOUT["approval"], ["approve", "disapprove"], kind="approval")
    say_read("approval, rows that cannot be polls left out", res, ("approve", "disapprove"))
    out("approval, approval order: approve points per population",
        fmt_counter(collections.Counter(p["population"] for _, p in res["points"]["approve"])))
    res = read_list(SNOUT["approval"], ["approve", "disapprove"], kind="vote")
    say_read("approval, rows that cannot be polls left out, populations in vote order", res, ("approve",))
    out("approval, vote order: approve points per population",
        fmt_counter(collections.Counter(p["population"] for _, p in res["points"]["approve"])))

    _, rows = records_with_lines(SNOUT["issues"])
    out("issue approval: distinct issue", len({r["issue"] for _, r in rows}))
    us = dict(us_dates=True, kind="approval", net=("net",))
    res = read_list(SNOUT["issues"], ["net"], series="issue", **us)
    say_read("issue approval, series column issue, net", res, ("economy", "immigration", "inflation"))
    res = read_list(SNOUT["issues"], ["approve", "disapprove"], series="issue",
                    filters={"issue": {"economy", "inflation"}}, **us)
    say_read("issue approval, issue economy or inflation, approve and disapprove", res,
             ("economy: approve", "inflation: disapprove"))

    res = read_list(PRIMARY, ["pct"], series="candidate_name", as_of=None, us_dates=True, kind="vote",
                    mode="methodology")
    say_read("538's 2020 primary list", res)
    res = read_list(PRIMARY, ["pct"], series="candidate_name", as_of=None, us_dates=True, kind="vote",
                    mode="methodology", filters={"party": {"DEM"}, "state": {""}})
    say_read("538's 2020 primary list, party DEM, state empty", res)

    print("\n== FiveThirtyEight's governor polls, 2018-2024 cycles (538-governor-polls-historical-2024.csv.gz)")
    name = "538-governor-polls-historical-2024.csv.gz"
    basics(name)
    _, rows = records_with_lines(name)
    recall = [r for _, r in rows if r["state"] == "California" and r["cycle"] == "2021"]
    out("California 2021 (the recall's replacement question): rows / stages",
        f"{len(recall)} / {fmt_counter(collections.Counter(r['stage'] for r in recall))}")
    out("California 2021: distinct candidate_name / poll_id / question_id",
        f"{len({r['candidate_name'] for r in recall})} / {len({r['poll_id'] for r in recall})} / "
        f"{len({r['question_id'] for r in recall})}")
    res = read_list(name, ["pct"], series="candidate_name", as_of=None, us_dates=True, kind="vote",
                    mode="methodology", filters={"state": {"California"}, "cycle": {"2021"}})
    say_read("538 governor polls, California 2021", res, ("Larry A. Elder", "Kevin Paffrath", "Kevin L. Faulconer"))

    for conflicts in ("first", "mean"):
        res = read_list(SNOUT["generic"], ["dem", "rep"], kind="vote", conflicts=conflicts)
        say_read(f"generic ballot, conflicts {conflicts}", res, ("dem", "rep"))
        line = res["conflict lines"][0][0]
        out(f"generic ballot, conflicts {conflicts}: the poll of line {line}",
            [(k, p["value"]) for k, pts in res["points"].items() for l, p in pts if l == line])



if __name__ == "__main__":
    approval()
    topline()
    generic()
    primary()
    poll_rules()
    snoutcounter()
    sys.exit(0)

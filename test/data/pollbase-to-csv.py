"""Writes britpol-pollbase-2021-12-11.csv from britpol's data/pollbase.rda (see README.md, "PollBase").

    python3 test/data/pollbase-to-csv.py pollbase.rda > britpol-pollbase-2021-12-11.csv

The .rda file is R's serialization (format 2, XDR, bzip2-compressed) of one data frame. This reads just
what that file holds (pairlists, symbols, strings, doubles, integers, lists, attributes) with Python's
standard library, so no R is needed to check it. Dates are days since 1970-01-01; shares are proportions,
written here as percentages with one decimal (every value in the file is a multiple of 0.001, so this
loses nothing); a missing sample size is an empty cell.
"""
import bz2
import csv
import datetime
import math
import struct
import sys


def unserialize(data):
    pos = 0

    def take(n):
        nonlocal pos
        chunk = data[pos : pos + n]
        pos += n
        return chunk

    def i32():
        return struct.unpack(">i", take(4))[0]

    assert take(5) == b"RDX2\n" and take(2) == b"X\n", "not an R data file, format 2"
    assert i32() == 2, "not serialization format 2"
    i32(), i32()  # the R versions that wrote it and can read it
    refs = []

    def item():
        flags = i32()
        kind, has_attr, has_tag = flags & 0xFF, flags & (1 << 9), flags & (1 << 10)
        if kind == 254:  # NULL
            return None
        if kind == 255:  # a reference to an earlier symbol
            index = flags >> 8 or i32()
            return refs[index - 1]
        if kind == 1:  # symbol
            symbol = ("symbol", item())
            refs.append(symbol)
            return symbol
        if kind == 9:  # one string
            n = i32()
            return None if n == -1 else take(n).decode("utf-8")
        if kind == 2:  # pairlist
            attr = item() if has_attr else None
            tag = item() if has_tag else None
            return {"tag": tag, "value": item(), "next": item(), "attr": attr}
        n = i32()
        if kind in (10, 13):  # logical, integer
            values = [None if v == -(2**31) else v for v in struct.unpack(f">{n}i", take(4 * n))]
        elif kind == 14:  # double
            values = list(struct.unpack(f">{n}d", take(8 * n)))
        elif kind in (16, 19):  # strings, list
            values = [item() for _ in range(n)]
        else:
            raise ValueError(f"R type {kind} is not read here")
        return {"values": values, "attr": item() if has_attr else None}

    return item()


def pairs(pairlist):
    out = {}
    while pairlist:
        out[pairlist["tag"][1]] = pairlist["value"]
        pairlist = pairlist["next"]
    return out


frame = pairs(unserialize(bz2.decompress(open(sys.argv[1], "rb").read())))["pollbase"]
names = pairs(frame["attr"])["names"]["values"]
columns = dict(zip(names, (column["values"] for column in frame["values"])))
day = lambda d: (datetime.date(1970, 1, 1) + datetime.timedelta(days=int(d))).isoformat()
share = lambda p: f"{round(p * 100, 1):g}"
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["poll_id", "start_date", "end_date", "pollster", "sample_size", "con", "lab", "lib"])
for i in range(len(columns["id"])):
    n = columns["n"][i]
    out.writerow(
        [
            columns["id"][i],
            day(columns["start"][i]),
            day(columns["end"][i]),
            columns["pollster"][i],
            "" if math.isnan(n) else f"{n:g}",
            *(share(columns[party][i]) for party in ("con", "lab", "lib")),
        ]
    )

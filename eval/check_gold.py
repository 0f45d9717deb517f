"""Validate eval gold files: JSON shape, keys, references, and that every name, quote and keyword
is found in the text (quotes as exact UTF-16 spans, like score.py reads predicted spans).

Usage (from the repository root): python3 eval/check_gold.py eval/extra5   (any set of eval/)
Needs ../shared/eval/score.py (for fold, tokens, utf16_slice); compares the texts with
../shared/corpus/wikinews-fr when that directory exists.
"""
import datetime, json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
sys.path.insert(0, os.path.join(SHARED, "eval"))
import score  # noqa: E402  fold, tokens, name_key, utf16_slice

def utf16_find(text, sub):
    i = text.find(sub)
    if i < 0:
        return None
    start = len(text[:i].encode("utf-16-le")) // 2
    end = start + len(sub.encode("utf-16-le")) // 2
    return start, end

TYPES_A = {"PERSON", "STATE", "ORGANISATION", "GROUP"}
TYPES_C = {"STATEMENT", "LETTER", "INVITATION", "CALL", "MEETING"}
if len(sys.argv) != 2:
    sys.exit("usage: python3 eval/check_gold.py DIR (a folder of NAME.txt and NAME.gold.json)")
d = sys.argv[1]
corpus = os.path.join(SHARED, "corpus", "wikinews-fr")
errors = warnings = 0
def err(m):
    global errors; errors += 1; print("  ERROR", m)
def warn(m):
    global warnings; warnings += 1; print("  note ", m)
for gf in sorted(f for f in os.listdir(d) if f.endswith(".gold.json")):
    print(gf)
    g = json.load(open(os.path.join(d, gf), encoding="utf-8"))
    if set(g) != {"text", "article", "actors", "communications", "demands"}:
        err(f"top-level keys {sorted(g)}")
    raw = open(os.path.join(d, g["text"]), "rb").read()
    copy = os.path.join(corpus, g["text"])  # texts written for the project have no corpus copy
    if os.path.isfile(copy) and raw != open(copy, "rb").read():
        err("text differs from corpus copy")
    text = raw.decode("utf-8")
    ftext = score.fold(text)
    # article
    a = g["article"]
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    # the article fields are checked for the Wikinews layout only ("3 juillet 2012. - Lead",
    # "22 août 2012, Espagne. - Lead" or "3 juillet 2012. - Québec - Lead");
    # agency wires (AFP, ATS, Reuters, ...) have their own layouts, checked by score.py alone
    m = re.match(r"(\d{1,2})(?:er)? (\w+) (\d{4})(?:, ([^.]+))?\. - (?:([A-ZÀ-Ý][\w'’-]*(?: [\w'’-]+){0,3}) - )?(.*)", blocks[1], re.S)
    if m is None:
        warn("not the Wikinews layout: article fields not checked")
    else:
        if a["headline"] != blocks[0]:
            err(f"headline {a['headline']!r} != {blocks[0]!r}")
        months = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
        pub = f"{m.group(3)}-{months.index(m.group(2)) + 1:02d}-{int(m.group(1)):02d}"
        if a["published"] != pub: err(f"published {a['published']} != {pub}")
        dateline = m.group(4) or m.group(5)
        if a["dateline"] != dateline: err(f"dateline {a['dateline']!r} != {dateline!r}")
        if not m.group(6).startswith(a["lead_starts"]): err(f"lead_starts {a['lead_starts']!r}")
        if a["paragraphs"] != len(blocks) - 2: err(f"paragraphs {a['paragraphs']} != {len(blocks) - 2}")
        for k in ("agency", "kicker"):
            if a[k] is not None: err(f"{k} not null")
        if a["credits"] or a["captions"] or a["headings"]: err("credits/captions/headings not empty")
    # actors
    keys = [x["key"] for x in g["actors"]]
    if len(keys) != len(set(keys)): err("duplicate actor keys")
    allnames = {}
    for x in g["actors"]:
        if x["type"] not in TYPES_A: err(f"actor type {x['type']}")
        if x.get("affiliation") and x["affiliation"] not in keys: err(f"affiliation {x['affiliation']}")
        if x.get("country") and not re.fullmatch(r"[A-Z]{2}", x["country"]): err(f"country {x['country']}")
        found = [n for n in x["names"] + x.get("aliases", []) if utf16_find(text, n) or score.fold(n) in ftext]
        if not found: err(f"actor {x['key']}: no name found in text")
        missing = [n for n in x["names"] + x.get("aliases", []) if n not in found]
        if missing: warn(f"actor {x['key']}: not in text (alternatives): {missing}")
        for n in x["names"] + x.get("aliases", []):
            k = score.name_key(n)
            if k in allnames and allnames[k] != x["key"]:
                err(f"name {n!r} shared by {allnames[k]} and {x['key']}")
            allnames[k] = x["key"]
    def ref(v, what):
        if v is not None and v not in keys: err(f"{what}: unknown actor {v}")
    # communications
    for i, c in enumerate(g["communications"]):
        if c["type"] not in TYPES_C: err(f"comm {i} type")
        if not c["sender"]: err(f"comm {i} empty sender list")
        for s in c["sender"]: ref(s, f"comm {i} sender")
        for r in c.get("recipients", []): ref(r, f"comm {i} recipient")
        if c.get("date"): datetime.date.fromisoformat(c["date"])
        if c.get("quote"):
            span = utf16_find(text, c["quote"])
            if span and score.utf16_slice(text, *span) == c["quote"]:
                pass
            else:
                err(f"comm {i} quote not verbatim in text: {c['quote'][:60]!r}")
            # the quote must sit between guillemets (at one of its occurrences)
            if span:
                between = False
                for mq in re.finditer(re.escape(c["quote"]), text):
                    before = text[:mq.start()].rstrip()[-1:]
                    after = text[mq.end():].lstrip()[:1]
                    between = between or (before == "«" and after == "»")
                if not between:
                    warn(f"comm {i} quote not exactly a guillemet span ({before!r}..{after!r}): {c['quote'][:50]!r}")
    # demands
    ttoks = score.tokens(text)
    for i, dm in enumerate(g["demands"]):
        for s in dm["source"]: ref(s, f"demand {i} source")
        for t in dm["target"]: ref(t, f"demand {i} target")
        if dm.get("date"): datetime.date.fromisoformat(dm["date"])
        for kw in dm["keywords"]:
            if not score.tokens(kw) or not score.tokens(kw) <= ttoks:
                err(f"demand {i} keyword {kw!r} not in text")
    req = lambda L: (sum(1 for x in L if not x.get("optional")), len(L))
    print(f"  actors {req(g['actors'])}, comms {req(g['communications'])}, demands {req(g['demands'])}")
print(f"errors {errors}, notes {warnings}")
sys.exit(1 if errors else 0)

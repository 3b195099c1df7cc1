#!/usr/bin/python3
"""Check the workbook's Summary, Readiness, Gaps and Findings sheets
against the JSON of the commands that compute the same figures.

    check_export_assessment.py LANG WORKBOOK DIR

DIR holds assess.json (crmready assess --format json), gaps.json (gaps
--format json), findings.json (findings --format json), readiness-q.json
and capabilities-q.json (questionnaire show ID --format json), all made
with the same --lang as the export. Sheets are found by position (their
names are translated). Exits 1 with every difference listed."""
import json
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

import openpyxl

LANG, BOOK, DIR = sys.argv[1], sys.argv[2], sys.argv[3]
FA = LANG == "fa"
errors = []


def load(name):
    with open(os.path.join(DIR, name), encoding="utf-8") as f:
        return json.load(f)


def check(cond, what):
    if not cond:
        errors.append(what)


def same_num(cell, want, what):
    """A number cell holds the JSON figure (JSON keeps 15 digits) and shows
    it as the text reports do: one decimal, counts as whole numbers."""
    if want is None:
        check(cell.value is None, "%s: %s should be empty, is %r" % (what, cell.coordinate, cell.value))
        return
    ok = isinstance(cell.value, (int, float)) and abs(cell.value - want) <= 1e-12 * max(1, abs(want))
    check(ok, "%s: %s is %r, JSON says %r" % (what, cell.coordinate, cell.value, want))
    shown = "#,##0" if isinstance(want, int) else "0.0"
    if FA:   # Persian digits: the format led by the spreadsheet locale
        shown = "[$-2000429]" + shown
    check(cell.number_format == shown, "%s: %s shown as %r, expected %r" %
          (what, cell.coordinate, cell.number_format, shown))


def same_text(cell, want, what):
    check(cell.data_type == "s" and cell.value == want,
          "%s: %s is %r (%s), expected %r" % (what, cell.coordinate, cell.value, cell.data_type, want))


def title(t):
    return t["fa"] if FA and t.get("fa") else t["en"]


assess, gaps, findings = load("assess.json"), load("gaps.json"), load("findings.json")
rq, cq = load("readiness-q.json"), load("capabilities-q.json")
wb = openpyxl.load_workbook(BOOK)
summary, readiness, gapsheet, findsheet = wb.worksheets[:4]

# ---- Readiness: dimensions, department heat map, index, perception gaps
dims = assess["dimensions"]
nd = len(dims)
dim_title = {d["id"]: title(d["title"]) for d in rq["dimensions"]}
depts = [g for g in assess["groups"] if g["by"] == "department"]
ws = readiness
# The subtitle is a sentence: its figures in the language's digits.
LATIN = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫", "01234567890123456789.")
sub = (ws["A2"].value or "").translate(LATIN)
check(sub and ("%.1f" % assess["index"]) in sub and assess["level"] in sub,
      "Readiness subtitle lacks the index and level: %r" % ws["A2"].value)
first_group = 3                       # column C
after = first_group + len(depts)      # Respondents, then Spread
for k, g in enumerate(depts):
    same_text(ws.cell(4, first_group + k), g["name"], "department header")
for i, d in enumerate(dims):
    r = 5 + i
    same_text(ws.cell(r, 1), dim_title[d["id"]], "dimension title")
    same_num(ws.cell(r, 2), d["score"], "score of " + d["id"])
    same_num(ws.cell(r, after), d["respondents"], "respondents of " + d["id"])
    same_num(ws.cell(r, after + 1), d["spread"], "spread of " + d["id"])
    for k, g in enumerate(depts):
        gd = g["dimensions"][i]
        check(gd["id"] == d["id"], "group dimensions out of order")
        same_num(ws.cell(r, first_group + k), gd["score"], "%s / %s" % (g["name"], d["id"]))
same_num(ws.cell(5 + nd, 2), assess["index"], "index")
same_num(ws.cell(6 + nd, 2), assess["respondents"], "respondents")
for k, g in enumerate(depts):
    same_num(ws.cell(5 + nd, first_group + k), g["index"], "index of " + g["name"])
    same_num(ws.cell(6 + nd, first_group + k), g["respondents"], "respondents of " + g["name"])
check(ws.cell(7 + nd, 1).value is None or ws.cell(7 + nd, 2).value is None,
      "a row after the heat map: %r" % ws.cell(7 + nd, 1).value)
# The perception-gap table: the second header row whose A is the Dimension header.
heads = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == ws["A4"].value]
check(len(heads) == 2, "Readiness should have two tables, found headers at %s" % heads)
if len(heads) == 2:
    by_word = {"department": "واحد" if FA else "department", "role": "نقش" if FA else "role"}
    score_of = {(g["by"], g["name"], x["id"]): x["score"] for g in assess["groups"] for x in g["dimensions"]}
    pg = assess["perception_gaps"]
    for i, p in enumerate(pg):
        r = heads[1] + 1 + i
        same_text(ws.cell(r, 1), dim_title[p["dimension"]], "perception gap %d dimension" % i)
        same_text(ws.cell(r, 2), by_word[p["by"]], "perception gap %d by" % i)
        same_num(ws.cell(r, 3), p["gap"], "perception gap %d" % i)
        same_text(ws.cell(r, 4), p["highest"], "perception gap %d highest" % i)
        same_num(ws.cell(r, 5), score_of[(p["by"], p["highest"], p["dimension"])], "highest score")
        same_text(ws.cell(r, 6), p["lowest"], "perception gap %d lowest" % i)
        same_num(ws.cell(r, 7), score_of[(p["by"], p["lowest"], p["dimension"])], "lowest score")
    check(ws.cell(heads[1] + 1 + len(pg), 1).value is None, "extra perception-gap rows")

# ---- Gaps: every capability in priority order
cap_title = {c["id"]: title(c["title"]) for c in cq["capabilities"]}
cap_area = {c["id"]: c["area"] for c in cq["capabilities"]}
ws = gapsheet
check(ws["A2"].value.translate(LATIN).startswith("%s · %d " % (gaps["questionnaire"], gaps["respondents"])),
      "Gaps subtitle: %r" % ws["A2"].value)
caps = gaps["capabilities"]
for i, c in enumerate(caps):
    r = 5 + i
    same_text(ws.cell(r, 1), cap_title[c["id"]], "capability title")
    same_text(ws.cell(r, 2), cap_area[c["id"]], "capability area")
    same_num(ws.cell(r, 3), c["current"], "current of " + c["id"])
    same_num(ws.cell(r, 4), c["target"], "target of " + c["id"])
    same_num(ws.cell(r, 5), c["gap"], "gap of " + c["id"])
    same_num(ws.cell(r, 6), c["importance"], "importance of " + c["id"])
    same_num(ws.cell(r, 7), c["priority"], "priority of " + c["id"])
    same_num(ws.cell(r, 8), c["respondents"], "respondents of " + c["id"])
check(ws.cell(5 + len(caps), 1).value is None or ws.cell(5 + len(caps), 3).value is None,
      "extra capability rows")

# ---- Findings: fired (in order) then not evaluated
SEV_FA = {"info": "اطلاعی", "low": "پایین", "medium": "متوسط", "high": "بالا", "critical": "بحرانی"}
sev = (lambda s: SEV_FA[s]) if FA else (lambda s: s)
ws = findsheet
fired, notev = findings["findings"], findings["not_evaluated"]
rows = [r for r in range(5, ws.max_row + 1) if ws.cell(r, 7).value]
check(len(rows) == len(fired) + len(notev), "Findings rows: %d, JSON %d + %d" % (len(rows), len(fired), len(notev)))
status_fired = "فعال شد" if FA else "fired"
sheet_fired = [ws.cell(r, 7).value for r in rows if ws.cell(r, 8).value == status_fired]
check(sheet_fired == [f["rule"] for f in fired],
      "fired rules differ:\n  sheet %s\n  json  %s" % (sheet_fired, [f["rule"] for f in fired]))
for i, f in enumerate(fired):
    r = 5 + i
    same_text(ws.cell(r, 7), f["rule"], "rule")
    same_text(ws.cell(r, 1), sev(f["severity"]), "severity of " + f["rule"])
    same_text(ws.cell(r, 2), f["title"], "title of " + f["rule"])
    same_text(ws.cell(r, 4), f["recommendation"], "recommendation of " + f["rule"])
    same_text(ws.cell(r, 5), ("، " if FA else ", ").join(f["initiatives"]), "initiatives of " + f["rule"])
    if f["source"] is None:
        check(ws.cell(r, 6).value in (None, ""), "source of " + f["rule"])
    else:
        same_text(ws.cell(r, 6), f["source"], "source of " + f["rule"])
    ev = ws.cell(r, 3).value or ""
    for call in f["evidence"]:
        check(call + " = " in ev, "evidence of %s lacks %s: %r" % (f["rule"], call, ev))
for i, n in enumerate(notev):
    r = 5 + len(fired) + i
    same_text(ws.cell(r, 7), n["rule"], "not evaluated rule")
    check(ws.cell(r, 8).value == ("ارزیابی نشد" if FA else "not evaluated"), "status of " + n["rule"])
    if FA:
        check((ws.cell(r, 3).value or "").startswith("داده‌ای برای") or
              (ws.cell(r, 3).value or "").startswith("پاسخی به"), "Persian reason of " + n["rule"])
    else:
        same_text(ws.cell(r, 3), n["reason"], "reason of " + n["rule"])

# ---- Summary: index, level, the top five findings, the rest counted
ws = summary
same_num(ws["B5"], assess["index"], "Summary index")
same_text(ws["D5"], assess["level"], "Summary level")
same_num(ws["G5"], assess["respondents"], "Summary respondents")
top = fired[:5]
for i, f in enumerate(top):
    same_text(ws.cell(10 + i, 1), sev(f["severity"]), "Summary finding %d severity" % i)
    same_text(ws.cell(10 + i, 2), f["title"], "Summary finding %d" % i)
    same_text(ws.cell(10 + i, 3), f["recommendation"], "Summary recommendation %d" % i)
if len(fired) > 5:
    more = (ws.cell(10 + len(top), 2).value or "").translate(LATIN)
    check(str(len(fired) - 5) in more, "Summary should count the other findings: %r" % more)

# ---- Charts: the radar and the gaps bars cover the rows written
NS = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart"}
z = zipfile.ZipFile(BOOK)
charts = {}
for name in sorted(n for n in z.namelist() if re.match(r"xl/charts/chart\d+\.xml$", n)):
    plot = ET.fromstring(z.read(name)).find("c:chart/c:plotArea", NS)
    kind = [el.tag.split("}")[1] for el in plot if el.tag.endswith("Chart")][0]
    charts.setdefault(kind, []).append([(s.find("c:cat//c:f", NS).text, s.find("c:val//c:f", NS).text)
                                        for s in plot.findall(".//c:ser", NS)])


def ref(sheet, col, r1, r2):
    q = "'%s'" % sheet if re.search(r"[^A-Za-z0-9_]", sheet) else sheet
    return "%s!$%s$%d:$%s$%d" % (q, col, r1, col, r2)


def col(n):
    return openpyxl.utils.get_column_letter(n)


radar = charts.get("radarChart", [[]])[0]
want = [(ref(readiness.title, "A", 5, 4 + nd), ref(readiness.title, col(c), 5, 4 + nd))
        for c in [2] + list(range(first_group, first_group + min(len(depts), 8)))]
check(radar == want, "radar series:\n  %s\n  expected %s" % (radar, want))
bars = charts.get("barChart", [[]])[0]
n = len(caps)
want = [(ref(gapsheet.title, "A", 5, 4 + n), ref(gapsheet.title, c, 5, 4 + n)) for c in "CD"]
check(bars == want, "gaps series:\n  %s\n  expected %s" % (bars, want))

# ---- nothing is a formula
for ws in wb.worksheets[:4]:
    for row in ws.iter_rows():
        for c in row:
            check(c.data_type != "f", "formula in %s!%s: %r" % (ws.title, c.coordinate, c.value))

for e in errors:
    print("mismatch:", e)
sys.exit(1 if errors else 0)

#!/usr/bin/env python3
"""Writes the form-tool exports of tests/cli/t0411..t0413 from the shipped
crm-readiness questionnaire: the same four respondents' answers as Google
Forms and Microsoft Forms would export them, in English and in Persian,
as KoboToolbox exports them (XLSForm names, values), and as crmready's own
CSV (native.csv: what every export must import as). Each *-bad.csv has one
answer that matches no option. Run from the repository root."""
import csv, io, os, yaml

here = "tests/data/forms"
q = yaml.safe_load(open("content/questionnaires/crm-readiness.yaml"))
scale = {int(k): v for k, v in q["scale"]["labels"].items()}
people = [("ana@acme.ir", "Sales", "Manager", "Ana Karimi"),
          ("bijan@acme.ir", "Sales", "Staff", "Bijan Azadi"),
          ("cyrus@acme.ir", "Service", "Team lead", "Cyrus Rahimi"),
          ("dina@acme.ir", "Executive", "Executive", "Dina Farahani")]
fa_dept = {"Sales": "فروش", "Service": "خدمات", "Executive": "مدیریت"}
fa_digits = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

def arabic(s):
    """Persian text as an Arabic keyboard or Windows writes it."""
    return s.replace("ی", "ي").replace("ک", "ك")

def answers(r):
    """(canonical, {lang: label}) per question for respondent r."""
    out = {}
    has_crm = r % 2 == 0
    for i, x in enumerate(q["questions"]):
        t, qid = x["type"], x["id"]
        if t == "likert":
            if qid == "current-crm-usage" and not has_crm:
                out[qid] = ("", {"en": "", "fa": "", "num": ""})
                continue
            v = 1 + (r + i) % 5
            out[qid] = (str(v), {"en": scale[v]["en"], "fa": scale[v]["fa"], "num": str(v)})
        elif t == "yesno":
            yes = has_crm if qid == "has-crm" else (r + i) % 2 == 0
            out[qid] = ("yes" if yes else "no", {"en": "Yes" if yes else "No",
                                                "fa": "بله" if yes else "خیر", "num": "yes" if yes else "no"})
        elif t == "number":
            out[qid] = (str(r + 1), {"en": str(r + 1), "fa": str(r + 1).translate(fa_digits), "num": str(r + 1)})
        elif t == "choice":
            o = x["options"][(r + i) % len(x["options"])]
            out[qid] = (o["id"], {"en": o["text"]["en"], "fa": o["text"]["fa"], "num": o["id"]})
        elif t == "multi":
            os_ = [x["options"][r % 5], x["options"][(r + 2) % 5]]
            out[qid] = (";".join(o["id"] for o in os_),
                        {"en": [o["text"]["en"] for o in os_], "fa": [o["text"]["fa"] for o in os_],
                         "num": " ".join(o["id"] for o in os_)})
        elif t == "text":
            en = "Too many spreadsheets, and no time" if r % 2 else "Nobody owns the data"
            out[qid] = (en, {"en": en, "fa": en, "num": en})
    return out

def write(name, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for row in rows:
        w.writerow(row)
    open(os.path.join(here, name), "w", encoding="utf-8-sig" if name.startswith("ms") else "utf-8",
         newline="").write(buf.getvalue())

qs = q["questions"]
# crmready's own layout: what the exports must import as.
write("native.csv", ["respondent", "department", "role"] + [x["id"] for x in qs],
      [[p[0], p[1], p[2]] + [answers(r)[x["id"]][0] for x in qs] for r, p in enumerate(people)])

def cell(r, x, lang, multi_sep, i):
    a = answers(r)[x["id"]][1]
    v = a[lang]
    if isinstance(v, list):
        return multi_sep.join(v) + (";" if multi_sep == ";" and v else "")
    if x["type"] == "likert" and lang == "en" and i % 2 == 0:
        return a["num"]           # Google Forms' linear scale exports the number
    if lang == "fa" and i % 3 == 0:
        return arabic(v)          # Arabic yeh and kaf in some answers
    return v

def forms(lang, tool):
    if tool == "google":
        meta = ["Timestamp", "Email address", "Department", "Role"] if lang == "en" else \
               ["مهر زمان", "نشانی ایمیل", "واحد سازمانی", "نقش"]
        sep = ", "
    else:
        meta = ["ID", "Start time", "Completion time", "Email", "Name", "Department", "Role"] \
            if lang == "en" else ["شناسه", "زمان شروع", "زمان تکمیل", "ایمیل", "نام", "واحد سازمانی", "نقش"]
        sep = ";"
    heads = []
    for i, x in enumerate(qs):
        t = x["text"][lang]
        if tool == "ms" and lang == "en":
            t = t.rstrip("?").upper() if i % 4 == 0 else t   # case and punctuation differ
        if lang == "fa" and i % 5 == 0:
            t = arabic(t) + " "
        heads.append(t)
    rows = []
    for r, p in enumerate(people):
        dept = p[1] if lang == "en" else fa_dept[p[1]]
        if tool == "google":
            m = ["2026/11/%02d 9:%02d:03 AM GMT+3:30" % (10 + r, r), p[0], dept, p[2]]
        else:
            m = [str(r + 1), "11/%d/26 9:0%d:00" % (10 + r, r), "11/%d/26 9:1%d:00" % (10 + r, r),
                 p[0], p[3], dept, p[2]]
        rows.append(m + [cell(r, x, lang, sep, i) for i, x in enumerate(qs)])
    return meta + heads, rows

for tool in ("google", "ms"):
    for lang in ("en", "fa"):
        h, rows = forms(lang, tool)
        name = "%s-%s" % ("gforms" if tool == "google" else "msforms", lang)
        write(name + ".csv", h, rows)
        # Broken: respondent 2 (row 2) answers crm-vision with a label no option has.
        col = len(h) - len(qs)   # the first question's column: crm-vision
        bad = [list(x) for x in rows]
        bad[1][col] = "Somewhat agree" if lang == "en" else "تا حدودی موافقم"
        write(name + "-bad.csv", h, bad)

# KoboToolbox / ODK: XLSForm names under groups, values, select_multiple
# space-separated plus one 0/1 column per option, and Kobo's meta columns.
groups = {x["id"]: "grp_" + x["dimension"] for x in qs}
h = ["start", "end", "respondent", "department", "role"]
for x in qs:
    h.append(groups[x["id"]] + "/" + x["id"])
    if x["type"] == "multi":
        h += [groups[x["id"]] + "/" + x["id"] + "/" + o["id"] for o in x["options"]]
h += ["_id", "_uuid", "_submission_time", "_validation_status", "_index"]
rows = []
for r, p in enumerate(people):
    row = ["2026-11-20T09:00:00.000+03:30", "2026-11-20T09:10:00.000+03:30", p[0], p[1], p[2]]
    for x in qs:
        a = answers(r)[x["id"]]
        row.append(a[1]["num"])
        if x["type"] == "multi":
            chosen = a[0].split(";")
            row += ["1" if o["id"] in chosen else "0" for o in x["options"]]
    row += [str(1000 + r), "uuid-%d" % r, "2026-11-20T06:40:00", "", str(r + 1)]
    rows.append(row)
write("kobo.csv", h, rows)

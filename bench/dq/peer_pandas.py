#!/usr/bin/python3
"""The peer a competent analyst would write with pandas: completeness per
column, validity (e-mail, phone, dates, allowed values, Id pattern) and
exact duplicates on lower-cased trimmed e-mail and on mobile digits.
With --fuzzy also duplicates on a name fingerprint (lower case, letters
and digits only) within an account: pandas' usual "fuzzy" route. Like every
peer we know, it does not fold Persian/Arabic letters or digits.

usage: peer_pandas.py FILE.csv [--fuzzy] [--clusters OUT.csv]
"""
import sys
import pandas as pd

path = sys.argv[1]
fuzzy = "--fuzzy" in sys.argv
clusters_out = sys.argv[sys.argv.index("--clusters") + 1] if "--clusters" in sys.argv else None

df = pd.read_csv(path, dtype=str, keep_default_na=False)
n = len(df)
fields = ["Id", "FirstName", "LastName", "Email", "Phone", "MobilePhone", "AccountId",
          "MailingCity", "MailingCountry", "LeadSource", "CreatedDate", "LastModifiedDate"]
completeness = {f: (df[f].str.strip() != "").mean() for f in fields}
email = df["Email"].str.strip()
validity = {}
validity["Email"] = email[email != ""].str.match(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$").mean()
for f in ["Phone", "MobilePhone"]:
    v = df[f].str.strip()
    v = v[v != ""]
    digits = v.str.replace(r"[\s\-().+/]", "", regex=True)
    validity[f] = (digits.str.fullmatch(r"\d{8,15}")).mean()
for f in ["CreatedDate", "LastModifiedDate"]:
    v = df[f].str.strip()
    v = v[v != ""]
    validity[f] = pd.to_datetime(v.str.slice(0, 10), format="%Y-%m-%d", errors="coerce").notna().mean()
sources = {"Web", "Phone Inquiry", "Partner Referral", "Purchased List", "Other", "Advertisement",
           "Employee Referral", "External Referral", "Trade Show", "Word of mouth"}
v = df["LeadSource"][df["LeadSource"] != ""]
validity["LeadSource"] = v.isin(sources).mean()
validity["Id"] = df["Id"].str.fullmatch(r"[A-Za-z0-9]{15}([A-Za-z0-9]{3})?").mean()

# Exact duplicates, joined by a small union-find over the groups.
parent = list(range(n))

def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x

def join_groups(key):
    key = key[key != ""]
    dup = key[key.duplicated(keep=False)]
    for _, idx in dup.groupby(dup).groups.items():
        idx = list(idx)
        for j in idx[1:]:
            a, b = find(idx[0]), find(j)
            if a != b:
                parent[b] = a

join_groups(email.str.lower())
mobile = df["MobilePhone"].str.replace(r"\D", "", regex=True).str.replace(r"^0098|^98|^0", "", regex=True)
join_groups(mobile)
if fuzzy:
    name = (df["FirstName"] + df["LastName"]).str.lower().str.replace(r"[\W_]", "", regex=True)
    acc = df["AccountId"].str.strip()
    key = (acc + "|" + name).where((acc != "") & (name != ""), "")
    join_groups(key)
roots = pd.Series([find(i) for i in range(n)])
sizes = roots.map(roots.value_counts())
redundant = int((sizes >= 2).sum() - roots[sizes >= 2].nunique())
print("pandas%s: %d records, completeness %.4f, email validity %.4f, duplicate rate %.4f"
      % (" (fuzzy)" if fuzzy else "", n, sum(completeness.values()) / len(fields),
         validity["Email"], redundant / n))
if clusters_out:
    with open(clusters_out, "w") as out:
        out.write("cluster,row\n")
        for i in range(n):
            if sizes[i] >= 2:
                out.write("%d,%d\n" % (roots[i], i + 1))

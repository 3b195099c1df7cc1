#!/usr/bin/python3
"""Precision and recall of duplicate pairs: clusters CSV (cluster,row,...)
against the generator's truth (row,person,kind). Recall per planted kind
counts the pairs (base, duplicate) of that kind.

usage: evaluate.py TRUTH.csv CLUSTERS.csv NAME [--require P R]

With --require, exit 1 unless precision >= P and recall >= R, overall and
for every planted kind (recall).
"""
import csv
import sys
from collections import defaultdict

truth_path, clusters_path, name = sys.argv[1:4]
require = None
if len(sys.argv) > 4 and sys.argv[4] == "--require":
    require = float(sys.argv[5]), float(sys.argv[6])
person, kind = {}, {}
by_person = defaultdict(list)
with open(truth_path) as f:
    for r in csv.DictReader(f):
        row = int(r["row"])
        person[row] = int(r["person"])
        kind[row] = r["kind"]
        by_person[int(r["person"])].append(row)
cluster = {}
members = defaultdict(list)
with open(clusters_path) as f:
    for r in csv.DictReader(f):
        cluster[int(r["row"])] = r["cluster"]
        members[r["cluster"]].append(int(r["row"]))

true_pairs = 0
found_pairs = 0
per_kind = defaultdict(lambda: [0, 0])
for rows in by_person.values():
    if len(rows) < 2:
        continue
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            a, b = rows[i], rows[j]
            true_pairs += 1
            hit = a in cluster and cluster.get(a) == cluster.get(b)
            found_pairs += hit
            k = kind[b] if kind[a] == "base" else kind[a] if kind[b] == "base" else "dup-dup"
            per_kind[k][0] += 1
            per_kind[k][1] += hit
predicted = 0
correct = 0
for rows in members.values():
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            predicted += 1
            correct += person[rows[i]] == person[rows[j]]
recall = found_pairs / true_pairs if true_pairs else 1.0
precision = correct / predicted if predicted else 1.0
print("%s: duplicate pairs planted %d, predicted %d; recall %.4f, precision %.4f"
      % (name, true_pairs, predicted, recall, precision))
print("  recall by kind: " + ", ".join("%s %.4f" % (k, v[1] / v[0]) for k, v in sorted(per_kind.items())))
if require:
    low = [k for k, v in per_kind.items() if v[1] < require[1] * v[0]]
    if precision < require[0] or recall < require[1] or low:
        print("below the required precision %.4f / recall %.4f%s"
              % (require[0], require[1], (" (kinds: " + ", ".join(sorted(low)) + ")") if low else ""))
        sys.exit(1)

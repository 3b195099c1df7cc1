# The manual's links hold: in README.md, HACKING.md, docs/*.md, bench/README.md
# and tests/README every relative link reaches a file (and, with #anchor, a
# heading of it), and every path in `code` under a directory of the tree
# (`metrics/metric_defs.c`, `tests/cli/t0811`, `core/csvx`) names files that
# exist. Generated places (build/, tests/out/, bench/data/, demo/) are skipped.
# README.md links every page of docs/.
. "$TESTS_DIR/cli/lib.sh"
python3 - "$TESTS_DIR/.." >broken <<'PY' || fail "the link checker did not run"
import os, re, sys, glob
top = sys.argv[1]
files = ['README.md', 'HACKING.md', 'bench/README.md', 'tests/README'] + sorted(
    os.path.relpath(p, top) for p in glob.glob(os.path.join(top, 'docs', '*.md')))
def slug(h):
    h = h.strip().lower()
    h = re.sub(r'[^\w\- ]', '', h)
    return h.replace(' ', '-')
anchors = {}
def anchors_of(path):
    if path not in anchors:
        s = set(); fence = False
        for line in open(path, encoding='utf-8'):
            if line.startswith('```'): fence = not fence; continue
            m = None if fence else re.match(r'#{1,6} (.*)', line)
            if m: s.add(slug(m.group(1)))
        anchors[path] = s
    return anchors[path]
bad = []
for f in files:
    p = os.path.join(top, f)
    if not os.path.exists(p): bad.append(f + ': missing'); continue
    fence = False
    for n, line in enumerate(open(p, encoding='utf-8'), 1):
        if line.startswith('```'): fence = not fence; continue
        if fence: continue
        for target in re.findall(r'\]\(([^)\s]+)\)', line):
            if re.match(r'[a-z]+:', target): continue
            path, _, anchor = target.partition('#')
            dest = os.path.normpath(os.path.join(os.path.dirname(p), path)) if path else p
            if not os.path.exists(dest):
                bad.append('%s:%d: link to %s: no such file' % (f, n, target)); continue
            if anchor and dest.endswith('.md') and anchor not in anchors_of(dest):
                bad.append('%s:%d: link to %s: no such section' % (f, n, target))
        for code in re.findall(r'`([^`\s]+)`', line):
            m = re.match(r'(?:\./)?([a-z]+)/[\w.*/-]*$', code)
            if not m or not os.path.isdir(os.path.join(top, m.group(1))): continue
            rel = code[2:] if code.startswith('./') else code
            if rel.startswith(('build/', 'tests/out/', 'bench/data/', 'demo/')): continue
            if not glob.glob(os.path.join(top, rel)) and not glob.glob(os.path.join(top, rel + '*')):
                bad.append('%s:%d: `%s`: no such file' % (f, n, code))
readme = open(os.path.join(top, 'README.md'), encoding='utf-8').read()
for f in files:
    if f.startswith('docs/') and '](%s)' % f not in readme:
        bad.append('README.md: no link to %s' % f)
for b in bad: print(b)
PY
[ ! -s broken ] || fail "references to files or sections that do not exist:
$(cat broken)"
done_testing

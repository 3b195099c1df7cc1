# Exit codes 0/64/65/66 and how the command line is read: global options
# anywhere, missing values, '--', unique prefixes, did-you-mean.
. "$TESTS_DIR/cli/lib.sh"
Q="$DATA/questionnaires"

# 0
run questionnaire validate "$Q/good.yaml"; expect_rc 0
expect_out "good.yaml: ok: questionnaire mini version 1, 7 questions, 2 dimensions, 1 capabilities"
# 65: bad data
run questionnaire validate "$Q/bad/unknown-key.yaml"; expect_rc 65
# 66: missing input
run questionnaire validate nosuch.yaml; expect_rc 66
expect_err "nosuch.yaml: error: cannot open: No such file or directory"
run questionnaire add nosuch.yaml; expect_rc 66; expect_no_file crmready.db
# 66 outranks 65 when both happen
run questionnaire validate "$Q/bad/unknown-key.yaml" nosuch.yaml; expect_rc 66
expect_err "unknown key 'wieght'"; expect_err "2 errors"
# 64: usage
run; expect_rc 64; expect_err "crmready: missing command"; expect_err "commands:"; expect_empty_out
run nosuch; expect_rc 64; expect_err "crmready: unknown command 'nosuch'"
run questionare list; expect_rc 64; expect_err "unknown command 'questionare' (did you mean 'questionnaire'?)"
run questionnaire lst; expect_rc 64
expect_err "crmready questionnaire: unknown subcommand 'lst' (did you mean 'list'?)"
run questionnaire validate; expect_rc 64; expect_err "crmready questionnaire validate: missing argument"
expect_err "usage: crmready questionnaire validate FILE.yaml..."
run questionnaire list extra; expect_rc 64; expect_err "unexpected argument 'extra'"
run questionnaire show; expect_rc 64
run questionnaire show nosuch-id; expect_rc 64
expect_err "unknown questionnaire 'nosuch-id'; 'crmready questionnaire list' shows those available"
run questionnaire show crm-readines; expect_rc 64
expect_err "unknown questionnaire 'crm-readines' (did you mean 'crm-readiness'?)"

# A group without its subcommand: the group's help on stderr, 64.
run questionnaire; expect_rc 64; expect_empty_out
expect_err "crmready questionnaire: missing subcommand"; expect_err "subcommands:"
expect_err "usage: crmready questionnaire add|validate|list|show"

# --db with no value: said, not the whole help (it used to print the help).
run --db; expect_rc 64; expect_err "crmready: option '--db' needs a value"; expect_empty_out
grep -q "commands:" err && fail "--db without a value printed the whole help"
run questionnaire list --db; expect_rc 64; expect_err "option '--db' needs a value"
run --db= questionnaire list; expect_rc 64; expect_err "--db needs a file name"
# an unknown option before the command is named, not taken for the command
run --lnag fa questionnaire list; expect_rc 64
expect_err "crmready: unknown option '--lnag' (did you mean '--lang'?)"
run -x; expect_rc 64; expect_err "crmready: unknown option '-x'"
run questionnaire list --frmat json; expect_rc 64
expect_err "unknown option '--frmat' (did you mean '--format'?)"
run questionnaire list -x; expect_rc 64; expect_err "unknown option '-x'"
# a flag given a value
run questionnaire list --no-color=1; expect_rc 64
expect_err "option '--no-color' takes no value"
# bad values of global options
run --lang xx questionnaire list; expect_rc 64; expect_err "--lang: found 'xx', expected one of: en, ar, fa"
run questionnaire list --format xml; expect_rc 64
expect_err "--format: found 'xml', expected one of: text, json, csv"
run questionnaire add "$Q/good.yaml" --format json; expect_rc 64
expect_err "--format: found 'json', expected one of: text"
expect_no_file crmready.db

# options after '--' are arguments
cp "$Q/good.yaml" ./--db
run questionnaire validate -- --db; expect_rc 0; expect_out "--db: ok: questionnaire mini"
run questionnaire list -- --db; expect_rc 64; expect_err "unexpected argument '--db'"
run -- questionnaire list; expect_rc 0; expect_out "crm-readiness"

# unique prefixes of commands and subcommands
run quest list; expect_rc 0; expect_out "crm-readiness"
run q l; expect_rc 0; expect_out "crm-readiness"
run questionnaire v "$Q/good.yaml"; expect_rc 0; expect_out "ok: questionnaire mini"
run he; expect_rc 0; expect_out "commands:"

# --version, before anything
run --version; expect_rc 0; expect_out "crmready 0."
run --no-color --version; expect_rc 0; expect_out "crmready 0."
expect_no_file crmready.db
done_testing

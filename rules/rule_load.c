/* rule_load: rules files into struct rule_set, with full validation.
 *
 * Every error is reported, not just the first: a wrong rule does not stop
 * the checks of the next one, and one condition reports each unknown id. */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../metrics/metrics.h"
#include "../phases/plan.h"
#include "../questionnaires/questionnaire.h"
#include "rule_internal.h"

static const struct expr_func FUNCS[RF_COUNT] = {
	[RF_SCORE] = { "score", 1, 3, { EXPR_STRING, EXPR_STRING, EXPR_STRING }, EXPR_NUMBER,
		       false, "score(\"DIMENSION\") or score(\"DIMENSION\", \"department\"|\"role\", \"GROUP\")" },
	[RF_INDEX] = { "index", 0, 0, { 0 }, EXPR_NUMBER, false, "index()" },
	[RF_ANSWER] = { "answer", 1, 1, { EXPR_STRING }, EXPR_NUMBER, true, "answer(\"QUESTION\")" },
	[RF_SHARE] = { "share", 2, 2, { EXPR_STRING, EXPR_STRING }, EXPR_NUMBER, false,
		       "share(\"QUESTION\", \"ANSWER\")" },
	[RF_RESPONDENTS] = { "respondents", 0, 0, { 0 }, EXPR_NUMBER, false, "respondents()" },
	[RF_GAP] = { "gap", 1, 1, { EXPR_STRING }, EXPR_NUMBER, false, "gap(\"CAPABILITY\")" },
	[RF_CURRENT] = { "current", 1, 1, { EXPR_STRING }, EXPR_NUMBER, false,
			 "current(\"CAPABILITY\")" },
	[RF_SPREAD] = { "spread", 1, 1, { EXPR_STRING }, EXPR_NUMBER, false, "spread(\"DIMENSION\")" },
	[RF_PERCEPTION_GAP] = { "perception_gap", 2, 2, { EXPR_STRING, EXPR_STRING }, EXPR_NUMBER,
				false, "perception_gap(\"DIMENSION\", \"department\"|\"role\")" },
	[RF_METRIC] = { "metric", 1, 2, { EXPR_STRING, EXPR_STRING }, EXPR_NUMBER, false,
			"metric(\"NAME\") or metric(\"NAME\", \"SCOPE\")" },
	[RF_METRIC_MIN] = { "metric_min", 2, 2, { EXPR_STRING, EXPR_STRING }, EXPR_NUMBER, false,
			    "metric_min(\"NAME\", \"department\"|\"wave\"|\"entity\"|\"role\")" },
	[RF_METRIC_MAX] = { "metric_max", 2, 2, { EXPR_STRING, EXPR_STRING }, EXPR_NUMBER, false,
			    "metric_max(\"NAME\", \"department\"|\"wave\"|\"entity\"|\"role\")" },
};

static const char *const SET_KEYS[] = { "id", "version", "title", "description",
					 "questionnaire", "capabilities", "rules", NULL };
static const char *const SET_REQUIRED[] = { "id", "rules", NULL };
static const char *const RULE_KEYS[] = { "id", "when", "severity", "title", "recommendation",
					  "source", "initiatives", NULL };
static const char *const RULE_REQUIRED[] = { "id", "when", "severity", "title",
					      "recommendation", NULL };

struct loader {
	struct rule_set *s;
	const struct yx_doc *doc;
	struct rule_refs *refs;
	struct diag *d;
	const struct questionnaire *q;     /* NULL: questions and dimensions unchecked */
	const struct questionnaire *caps;  /* NULL: capabilities unchecked */
};

/* Dimensions, questions, capabilities and options all start with their id. */
_Static_assert(offsetof(struct q_dimension, id) == 0, "id first");
_Static_assert(offsetof(struct q_question, id) == 0, "id first");
_Static_assert(offsetof(struct q_capability, id) == 0, "id first");
_Static_assert(offsetof(struct q_option, id) == 0, "id first");

/* "unknown WHAT 'x' in questionnaire 'q' (did you mean 'y'?)", the close
 * match among the ids of n items of size bytes each. */
static char *unknown(const char *what, const char *id, const char *where, const void *items,
		     size_t n, size_t size)
{
	const char **ids = xmalloc((n + 1) * sizeof *ids);
	for (size_t i = 0; i < n; i++)
		ids[i] = *(const char *const *)((const char *)items + i * size);
	const char *close = text_closest(id, ids, n);
	char *msg = close
		? tfmt(_("unknown %s '%s' in '%s' (did you mean '%s'?)"), what, id, where, close)
		: tfmt(_("unknown %s '%s' in '%s'"), what, id, where);
	free(ids);
	return msg;
}

static char *check_dimension(const struct questionnaire *q, const char *id)
{
	if (q_find_dimension(q, id) >= 0)
		return NULL;
	return unknown(_("dimension"), id, q->id, q->dimensions, q->ndimensions, sizeof *q->dimensions);
}

static char *check_question(const struct questionnaire *q, const char *id, long *index)
{
	*index = q_find_question(q, id);
	if (*index >= 0)
		return NULL;
	return unknown(_("question"), id, q->id, q->questions, q->nquestions, sizeof *q->questions);
}

static char *check_capability(const struct questionnaire *q, const char *id)
{
	if (q_find_capability(q, id) >= 0)
		return NULL;
	if (!q->ncapabilities)
		return tfmt(_("'%s' has no capabilities"), q->id);
	return unknown(_("capability"), id, q->id, q->capabilities, q->ncapabilities,
		       sizeof *q->capabilities);
}

static char *check_by(const char *by)
{
	if (!strcmp(by, "department") || !strcmp(by, "role"))
		return NULL;
	static const char *const bys[] = { "department", "role", NULL };
	const char *close = text_closest(by, bys, (size_t)-1);
	if (close)
		return tfmt(_("unknown grouping '%s' (did you mean '%s'?); expected department or role"),
				 by, close);
	return tfmt(_("unknown grouping '%s'; expected department or role"), by);
}

/* A value share() can count for a question: one answer to it as the
 * questionnaire reads answers (q_answer_parse, as share() reads the value
 * when it counts), and for a multi question one option. */
static char *check_share_value(const struct questionnaire *q, const struct q_question *qq,
			       const char *v)
{
	if (!strcmp(v, "na"))
		return NULL;
	const struct q_type_info *t = q_type_info(qq->type);
	if (!t->scored)
		return tfmt(_("question '%s' is free text: share() cannot count its answers"), qq->id);
	struct q_answer a;
	char *err;
	bool ok = q_answer_parse(q, qq, v, &a, &err);
	if (ok) {
		ok = a.kind != Q_ANSWER_EMPTY && !(t->several && strchr(a.canonical, ';'));
		q_answer_release(&a);
		if (ok)
			return NULL;
	}
	long lo, hi;
	char *msg;
	if (t->options)
		msg = unknown(_("option"), v, qq->id, qq->options, qq->noptions, sizeof *qq->options);
	else if (q_answer_range(q, qq, &lo, &hi))
		msg = tfmt(_("question '%s' is answered %ld..%ld: share() counts one of those, "
				"found \"%s\""), qq->id, lo, hi, v);
	else if (qq->type == Q_YESNO)
		msg = tfmt(_("question '%s' is yes/no: share() counts \"yes\" or \"no\", found "
				"\"%s\""), qq->id, v);
	else
		msg = tfmt(_("question '%s' is a number: share() counts one of its answers, %s"),
				qq->id, err ? err : _("found nothing"));
	free(err);
	return msg;
}

/* A rule may read every kind of metric_scope_kinds, role included (see metrics.h). */
static char *check_scope(const char *scope)
{
	if (!*scope)
		return NULL;
	const char *eq = strchr(scope, '=');
	if (eq && eq[1]) {
		for (int i = 0; metric_scope_kinds[i]; i++)
			if (strlen(metric_scope_kinds[i]) == (size_t)(eq - scope) &&
			    !strncmp(scope, metric_scope_kinds[i], (size_t)(eq - scope)))
				return NULL;
	}
	return tfmt(_("bad metric scope \"%s\": expected \"\" (the organisation), "
			 "department=NAME, wave=W, entity=NAME or role=NAME"), scope);
}

static char *check_kind(const char *kind)
{
	for (int i = 0; metric_scope_kinds[i]; i++)
		if (!strcmp(kind, metric_scope_kinds[i]))
			return NULL;
	const char *close = text_closest(kind, metric_scope_kinds, (size_t)-1);
	return tfmt(_("unknown scope kind \"%s\"%s%s%s; expected department, wave, entity "
			 "or role"), kind, close ? _(" (did you mean '") : "", close ? close : "",
			 close ? _("'?)") : "");
}

/* The scopes the producers of a family store: `dq scan` one value per
 * entity, never for the organisation; `adoption import` the organisation,
 * each department and each wave. Other metrics are recorded by hand
 * (`metric record`) at any scope. */
struct family_scopes {
	const char *prefix;         /* "dq." */
	const char *producer;       /* "dq scan" */
	bool organisation;          /* a value for the whole organisation ("") */
	const char *kinds[4];       /* kinds of scope=NAME it stores, NULL-ended */
};

static const struct family_scopes FAMILY_SCOPES[] = {
	{ METRIC_FAMILY_DQ ".", "dq scan", false, { "entity", NULL } },
	{ METRIC_FAMILY_ADOPTION ".", "adoption import", true, { "department", "wave", "role", NULL } },
};

static const struct family_scopes *family_of(const char *name)
{
	for (size_t i = 0; i < sizeof FAMILY_SCOPES / sizeof *FAMILY_SCOPES; i++)
		if (!strncmp(name, FAMILY_SCOPES[i].prefix, strlen(FAMILY_SCOPES[i].prefix)))
			return &FAMILY_SCOPES[i];
	return NULL;
}

static bool family_stores(const struct family_scopes *f, const char *kind, size_t klen)
{
	for (int i = 0; f->kinds[i]; i++)
		if (strlen(f->kinds[i]) == klen && !strncmp(f->kinds[i], kind, klen))
			return true;
	return false;
}

/* "the organisation, department=NAME and wave=NAME" */
static char *family_scope_list(const struct family_scopes *f)
{
	struct sbuf b;
	sbuf_init(&b);
	if (f->organisation)
		sbuf_adds(&b, _("the organisation"));
	for (int i = 0; f->kinds[i]; i++)
		sbuf_addf(&b, "%s%s=NAME", !b.len ? "" : f->kinds[i + 1] ? _(", ") : _(" and "),
			  f->kinds[i]);
	return sbuf_detach(&b);
}

/* A metric's name (the same check as `goal add` and `metric record`, with a
 * close match) and the shape of its scope or scope kind. *arg: the
 * argument at fault. */
static char *check_metric_call(const struct expr_call *call, int *arg)
{
	const struct expr_arg *a = call->args;
	char *err = NULL;
	if (!goal_metric_valid(a[0].str, &err)) {
		char *m = tfmt(_("metric \"%s\": %s"), a[0].str, err);
		free(err);
		return m;
	}
	if (call->nargs == 2) {
		*arg = 1;
		return call->func_index != RF_METRIC ? check_kind(a[1].str) : check_scope(a[1].str);
	}
	return NULL;
}

/* The expression checker's warning callback: a metric read at a scope (or
 * scope kind) its producer never stores has no data, so the rule can never
 * fire. A warning, not an error: rules sets written before this check
 * still load (`findings`, `export` and `report` keep working), and one can
 * record such a value by hand. */
static char *warn_call(void *ctx, const struct expr_call *call, int *arg)
{
	(void)ctx;
	if (call->func_index != RF_METRIC && call->func_index != RF_METRIC_MIN &&
	    call->func_index != RF_METRIC_MAX)
		return NULL;
	const struct expr_arg *a = call->args;
	bool over = call->func_index != RF_METRIC;
	const char *scope = call->nargs == 2 ? a[1].str : "";
	*arg = call->nargs == 2 ? 1 : 0;
	const struct family_scopes *f = family_of(a[0].str);
	if (!f)
		return NULL;
	const char *eq = strchr(scope, '=');
	size_t klen = over ? strlen(scope) : eq ? (size_t)(eq - scope) : 0;
	if (over ? family_stores(f, scope, klen) : !*scope ? f->organisation
						 : family_stores(f, scope, klen))
		return NULL;
	char *stored = family_scope_list(f);
	char *m;
	if (!*scope)
		m = tfmt(_("%s is stored by '%s' for %s, never for the whole organisation, so this "
			      "has no data: name "
			      "one with metric(\"%s\", \"%s=NAME\") or read them all with "
			      "metric_min(\"%s\", \"%s\") or metric_max"), a[0].str, f->producer,
			      stored, a[0].str, f->kinds[0], a[0].str, f->kinds[0]);
	else
		m = tfmt(_("%s is stored by '%s' for %s only: no value is ever stored for "
			      "%s%s, so this has no data"), a[0].str, f->producer, stored, scope,
			      over ? "=NAME" : "");
	free(stored);
	return m;
}

/* The expression checker's id callback. */
static char *check_call(void *ctx, const struct expr_call *call, int *arg)
{
	struct loader *l = ctx;
	const struct expr_arg *a = call->args;
	*arg = 0;
	switch ((enum rule_func)call->func_index) {
	case RF_SCORE:
		if (call->nargs == 2) {
			*arg = 1;
			return xstrdup(_("score() takes 1 or 3 arguments: score(\"DIMENSION\") or "
				       "score(\"DIMENSION\", \"department\"|\"role\", \"GROUP\")"));
		}
		if (l->q) {
			char *m = check_dimension(l->q, a[0].str);
			if (m)
				return m;
		}
		if (call->nargs == 3) {
			*arg = 1;
			char *m = check_by(a[1].str);
			if (m)
				return m;
			if (!*a[2].str) {
				*arg = 2;
				return xstrdup(_("empty group name"));
			}
		}
		return NULL;
	case RF_SPREAD:
		return l->q ? check_dimension(l->q, a[0].str) : NULL;
	case RF_PERCEPTION_GAP:
		if (l->q) {
			char *m = check_dimension(l->q, a[0].str);
			if (m)
				return m;
		}
		*arg = 1;
		return check_by(a[1].str);
	case RF_ANSWER:
	case RF_SHARE: {
		if (!l->q)
			return NULL;
		long qi;
		char *m = check_question(l->q, a[0].str, &qi);
		if (m)
			return m;
		const struct q_question *qq = &l->q->questions[qi];
		if (call->func_index == RF_SHARE) {
			*arg = 1;
			return check_share_value(l->q, qq, a[1].str);
		}
		if (!call->as_string && !q_type_info(qq->type)->scored)
			return tfmt(_("question '%s' is free text and has no score: compare "
					 "answer(\"%s\") with a string, or use another question"),
					 qq->id, qq->id);
		return NULL;
	}
	case RF_GAP:
	case RF_CURRENT:
		return l->caps ? check_capability(l->caps, a[0].str) : NULL;
	case RF_METRIC:
	case RF_METRIC_MIN:
	case RF_METRIC_MAX:
		return check_metric_call(call, arg);
	case RF_INDEX:
	case RF_RESPONDENTS:
	case RF_COUNT:
		break;
	}
	return NULL;
}

static struct expr_loc scalar_loc(const struct yx_doc *doc, const struct yx_node *n)
{
	struct expr_loc loc = { doc->file, n->line, n->col, doc->source };
	return loc;
}

static void load_rule(struct loader *l, const struct yx_node *it, struct rule *r)
{
	const struct yx_doc *doc = l->doc;
	memset(r, 0, sizeof *r);
	r->line = it->line;
	r->col = it->col;
	if (!yx_want_map(doc, it, _("a rule"), l->d))
		return;
	yx_check_keys(doc, it, RULE_KEYS, RULE_REQUIRED, _("rule"), l->d);
	const struct yx_node *n;
	if ((n = yx_get(it, "id")))
		yx_id(doc, n, &r->id, _("rule id"), l->d);
	if ((n = yx_get(it, "severity"))) {
		const char *sev;
		if (yx_str(doc, n, &sev, "severity", l->d) && !severity_parse(sev, &r->severity)) {
			const char *names[SEVERITY_COUNT];
			for (enum severity s = SEVERITY_INFO; s < SEVERITY_COUNT; s++)
				names[s] = severity_name(s);
			yx_unknown(doc, n, _("severity"), names, SEVERITY_COUNT, l->d);
		}
	}
	if ((n = yx_get(it, "title")))
		yx_text(doc, n, &r->title, _("rule title"), l->d);
	if ((n = yx_get(it, "recommendation")))
		yx_text(doc, n, &r->recommendation, "recommendation", l->d);
	if ((n = yx_get(it, "source")))
		yx_sources(doc, &l->s->doc.arena, n, &r->source, "source", l->d);
	if ((n = yx_get(it, "initiatives")) && yx_want_seq(doc, n, "initiatives", l->d)) {
		r->initiatives = arena_alloc(&l->s->doc.arena, (n->n + 1) * sizeof *r->initiatives);
		size_t nknown = 0;
		const char *const *known = l->refs ? rule_refs_initiatives(l->refs, &nknown, l->d)
						   : NULL;
		for (size_t i = 0; i < n->n; i++) {
			const struct yx_node *x = n->items[i];
			const char *id;
			if (!yx_id(doc, x, &id, "initiative", l->d))
				continue;
			bool dup = false;
			for (size_t k = 0; k < r->ninitiatives; k++)
				dup |= !strcmp(r->initiatives[k], id);
			if (dup) {
				yx_error(doc, x, l->d, _("initiative '%s' is listed twice"), id);
				continue;
			}
			bool found = !known;
			for (size_t k = 0; known && k < nknown && !found; k++)
				found = !strcmp(known[k], id);
			if (!found) {
				yx_unknown(doc, x, _("initiative"), known, nknown,
					   l->d);
				continue;
			}
			r->initiatives[r->ninitiatives++] = id;
		}
	}
	if ((n = yx_get(it, "when")) && yx_str(doc, n, &r->when_src, "when", l->d)) {
		struct expr_env env = { FUNCS, RF_COUNT, EXPR_BOOL, check_call, l, warn_call };
		struct expr_loc loc = scalar_loc(doc, n);
		r->when = expr_parse(r->when_src, &env, &loc, l->d);
	}
}

/* The questionnaire named by key (default def), or NULL with an error at
 * the key's value when it is unknown. */
static const struct questionnaire *load_ref(struct loader *l, const char *key, const char *def,
					    const char **out)
{
	const struct yx_node *n = yx_get(l->doc->root, key);
	*out = def;
	if (n && !yx_id(l->doc, n, out, key, l->d))
		return NULL;
	if (!l->refs)
		return NULL;
	const struct questionnaire *q = rule_refs_questionnaire(l->refs, *out, l->d);
	if (!q)
		yx_error(l->doc, n ? n : l->doc->root, l->d,
			 _("unknown questionnaire '%s'%s; 'crmready questionnaire list' shows those available"),
			 *out, n ? "" : _(" (the default)"));
	return q;
}

static struct rule_set *load_doc(struct rule_set *s, struct rule_refs *refs, struct diag *d)
{
	size_t before = d->errors;
	struct loader l = { .s = s, .doc = &s->doc, .refs = refs, .d = d };
	const struct yx_node *root = s->doc.root;
	if (!root) {
		diag_err(d, s->doc.file, 1, 1, _("empty file: expected a rules set (id:, rules:)"));
		return NULL;
	}
	if (!yx_want_map(&s->doc, root, _("a rules set (id:, rules:)"), d))
		return NULL;
	yx_check_keys(&s->doc, root, SET_KEYS, SET_REQUIRED, _("rules set"), d);
	const struct yx_node *n;
	if ((n = yx_get(root, "id")))
		yx_id(&s->doc, n, &s->id, _("rules set id"), d);
	s->version = RULE_DEFAULT_VERSION;
	if ((n = yx_get(root, "version")))
		yx_int(&s->doc, n, 1, 1000000, &s->version, "version", d);
	if ((n = yx_get(root, "title")))
		yx_text(&s->doc, n, &s->title, "title", d);
	if ((n = yx_get(root, "description"))) {
		struct text desc;
		yx_text(&s->doc, n, &desc, "description", d);
	}
	l.q = load_ref(&l, "questionnaire", RULE_DEFAULT_QUESTIONNAIRE, &s->questionnaire);
	l.caps = load_ref(&l, "capabilities", RULE_DEFAULT_CAPABILITIES, &s->capabilities);
	const struct yx_node *list = yx_get(root, "rules");
	if (list && yx_want_seq(&s->doc, list, "rules", d)) {
		if (!list->n)
			yx_error(&s->doc, list, d, _("a rules set needs at least one rule"));
		s->rules = xcalloc(list->n ? list->n : 1, sizeof *s->rules);
		for (size_t i = 0; i < list->n; i++) {
			struct rule *r = &s->rules[s->nrules++];
			load_rule(&l, list->items[i], r);
			for (size_t k = 0; r->id && k + 1 < s->nrules; k++)
				if (s->rules[k].id && !strcmp(s->rules[k].id, r->id)) {
					yx_error(&s->doc, yx_get(list->items[i], "id"), d,
						 _("duplicate rule id '%s' (first at line %d)"), r->id,
						 s->rules[k].line);
					break;
				}
		}
	}
	return d->errors == before ? s : NULL;
}

struct rule_set *rule_load_buffer(const char *file, const char *buf, size_t len,
				  struct rule_refs *refs, struct diag *d)
{
	struct rule_set *s = xcalloc(1, sizeof *s);
	bool ok = yx_load_buffer(&s->doc, file, buf, len, d);
	s->doc.file = arena_strdup(&s->doc.arena, file);
	if (!ok || !load_doc(s, refs, d)) {
		rule_set_free(s);
		return NULL;
	}
	return s;
}

struct rule_set *rule_load_file(const char *path, struct rule_refs *refs, struct diag *d)
{
	struct rule_set *s = xcalloc(1, sizeof *s);
	bool ok = yx_load_file(&s->doc, path, d);
	s->doc.file = arena_strdup(&s->doc.arena, path);
	if (!ok || !load_doc(s, refs, d)) {
		rule_set_free(s);
		return NULL;
	}
	return s;
}

void rule_set_free(struct rule_set *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->nrules; i++)
		expr_free(s->rules[i].when);
	free(s->rules);
	yx_release(&s->doc);
	free(s);
}

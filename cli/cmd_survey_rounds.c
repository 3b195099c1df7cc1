/* crmready survey rounds: the rounds (waves) of each survey with their
 * respondents and dates. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../questionnaires/questionnaire.h"
#include "../reports/report.h"
#include "cmd_survey.h"

struct rounds {
	struct report_round *v;
	size_t n, cap;
	char **ids;               /* questionnaires with rounds */
	size_t nids, idcap;
};

static bool collect_round(const struct store_round *r, void *arg)
{
	struct rounds *l = arg;
	XGROW(l->v, l->cap, l->n + 1);
	l->v[l->n++] = (struct report_round){
		.questionnaire = l->ids[l->nids - 1], .name = xstrdup(r->name),
		.created = xstrdup(r->created_at), .first = xstrdup(r->first),
		.last = xstrdup(r->last), .respondents = r->respondents,
	};
	return true;
}

static bool collect_id(const char *questionnaire, long respondents, void *arg)
{
	struct rounds *l = arg;
	(void)respondents;
	XGROW(l->ids, l->idcap, l->nids + 1);
	l->ids[l->nids++] = xstrdup(questionnaire);
	return true;
}

/* The rounds of the questionnaire last added to l->ids, oldest first: the
 * last is the latest (store_round_find's order). */
static bool rounds_of_last(struct store *st, struct rounds *l, struct diag *d)
{
	size_t before = l->n;
	if (!store_round_each(st, l->ids[l->nids - 1], collect_round, l, d))
		return false;
	if (l->n > before)
		l->v[l->n - 1].latest = true;
	return true;
}

int survey_rounds(struct cli *cli)
{
	struct store *st = cli->store;
	struct rounds l = { 0 };
	bool ok = true;
	if (cli->nargs) {
		struct questionnaire *q = q_lookup(st, cli->args[0], &cli->diag);
		ok = q != NULL;
		if (q) {
			collect_id(q->id, 0, &l);
			ok = rounds_of_last(st, &l, &cli->diag);
		}
		q_free(q);
	} else if (st) {
		struct rounds ids = { 0 };
		ok = store_survey_counts(st, collect_id, &ids, &cli->diag);
		for (size_t i = 0; ok && i < ids.nids; i++) {
			collect_id(ids.ids[i], 0, &l);
			ok = rounds_of_last(st, &l, &cli->diag);
		}
		for (size_t i = 0; i < ids.nids; i++)
			free(ids.ids[i]);
		free(ids.ids);
	}
	if (ok) {
		if (cli->format == FORMAT_JSON) {
			json_t *j = report_rounds_json(l.v, l.n);
			report_json_print(j, stdout);
			json_decref(j);
		} else if (cli->format == FORMAT_CSV) {
			report_rounds_csv(stdout, l.v, l.n);
		} else {
			struct report_options o = { cli->lang, cli->color_out };
			report_rounds_text(stdout, l.v, l.n, &o);
		}
	}
	for (size_t i = 0; i < l.n; i++) {
		free((char *)l.v[i].name);
		free((char *)l.v[i].created);
		free((char *)l.v[i].first);
		free((char *)l.v[i].last);
	}
	free(l.v);
	for (size_t i = 0; i < l.nids; i++)
		free(l.ids[i]);
	free(l.ids);
	return cli_finish(cli);
}

/* The workbook's and the HTML report's Changes: the history of hand-made
 * changes, worded as 'crmready log' words them. */
#include <stdlib.h>

#include "../core/xalloc.h"
#include "report.h"

struct gather_changes {
	struct report_workbook *w;
	size_t cap;
};

static bool add_change(const struct store_history *h, void *arg)
{
	struct gather_changes *g = arg;
	struct report_workbook *w = g->w;
	XGROW(w->changes, g->cap, w->nchanges + 1);
	char *text = report_log_change_text(h);
	w->changes[w->nchanges++] = (struct report_xl_change){
		.day = arena_strdup(&w->arena, h->day), .who = arena_strdup(&w->arena, h->who),
		.text = arena_strdup(&w->arena, text),
		.note = arena_strdup(&w->arena, h->note ? h->note : "") };
	free(text);
	return true;
}

bool report_workbook_gather_changes(struct report_workbook *w, struct store *st, struct diag *d)
{
	struct gather_changes g = { w, 0 };
	return store_history_each(st, NULL, add_change, &g, d);
}

/* Licence use in the workbook: the counts and waste under the weekly
 * table of the Adoption sheet, and the Licences sheet that names the
 * dormant and never-logged-in users (for licence management; the counts
 * per group keep the engagement's minimum group size). */
#include <stdlib.h>
#include <string.h>

#include "../core/anonymity.h"
#include "../core/xalloc.h"
#include "xlsx_sheets.h"

bool report_workbook_gather_usage(struct report_workbook *w, struct store *st,
				  const struct adoption_usage_opts *o, struct diag *d)
{
	w->usage = xcalloc(1, sizeof *w->usage);
	if (!adoption_usage_load(st, o, w->usage, d))
		return false;
	adoption_usage_min_group(w->usage, w->min_group);
	return true;
}

lxw_row_t xl_adoption_licences(struct xl_sheet *sh, lxw_row_t r)
{
	struct xl *x = sh->x;
	const struct adoption_usage *u = x->m->usage;
	if (!u || !u->known)
		return r;
	char asof[XL_SHOWN_DATE_MAX], line[400];
	xl_textf(line, sizeof line, trn("Licences as of %s, the last day the logs reach (dormant: no "
					"login in the last %ld day)",
					"Licences as of %s, the last day the logs reach (dormant: no "
					"login in the last %ld days)", (unsigned long)u->opts.dormant_days),
		 xl_shown_date(x, u->as_of, asof), u->opts.dormant_days);
	xl_str(sh, r++, 0, line, x->section);
	static const char *const head[] = { N_("Group"), N_("Licensed users"), N_("Dormant"),
					    N_("Never logged in"), N_("Unused licences"),
					    N_("Cost a month"), N_("Cost a year"), NULL };
	static const char *const head_no_cost[] = { N_("Group"), N_("Licensed users"), N_("Dormant"),
						    N_("Never logged in"), N_("Unused licences"),
						    NULL };
	xl_header_at(sh, r++, 0, u->opts.has_cost ? head : head_no_cost);
	lxw_format *money = xl_num_format(x, "#,##0.00");
	for (size_t i = 0; i < u->nscopes; i++, r++) {
		const struct adoption_licence_scope *s = &u->scopes[i];
		char *label = report_licence_scope_label(s->scope);
		xl_str(sh, r, 0, label, x->text);
		free(label);
		if (s->small) {
			char fewer[64];
			xl_str(sh, r, 1, anonymity_fewer_label(u->min_group, fewer, sizeof fewer), x->muted);
			continue;
		}
		xl_num(sh, r, 1, (double)s->licensed, x->integer);
		xl_num(sh, r, 2, (double)s->dormant, x->integer);
		xl_num(sh, r, 3, (double)s->never, x->integer);
		xl_num(sh, r, 4, (double)adoption_usage_unused(s), x->integer);
		if (u->opts.has_cost) {
			double m = adoption_usage_waste_month(u, s);
			xl_num(sh, r, 5, m, money);
			xl_num(sh, r, 6, 12 * m, money);
		}
	}
	if (u->opts.has_cost) {
		char *each = report_money(u, u->opts.cost_per_month);
		xl_textf(line, sizeof line, _("At %s per licence a month."), each);
		free(each);
		xl_str(sh, r++, 0, line, x->muted);
	}
	return r;
}

/* One list: a section title, the header, a row per person. */
static lxw_row_t people(struct xl_sheet *sh, lxw_row_t r, const char *title, const char *days,
			const struct adoption_licensee *v, size_t n)
{
	struct xl *x = sh->x;
	char line[200];
	xl_textf(line, sizeof line, "%s (%zu)", title, n);
	xl_str(sh, r++, 0, line, x->section);
	const char *const head[] = { N_("User"), N_("Name"), N_("Department"), N_("Wave"), N_("Role"),
				     N_("Last seen"), N_("Licensed since"), days, NULL };
	xl_header_at(sh, r++, 0, head);
	for (size_t i = 0; i < n; i++, r++) {
		xl_str(sh, r, 0, v[i].id, x->text);
		xl_str(sh, r, 1, v[i].name, x->text);
		xl_str(sh, r, 2, !strcmp(v[i].department, ADOPTION_NO_DEPARTMENT)
				 ? _(ADOPTION_NO_DEPARTMENT) : v[i].department, x->text);
		xl_str(sh, r, 3, v[i].wave, x->text);
		xl_str(sh, r, 4, v[i].role, x->text);
		if (*v[i].last_seen)
			xl_date(sh, r, 5, v[i].last_seen, x->date);
		else
			xl_blank(sh, r, 5, x->text);
		if (*v[i].since)
			xl_date(sh, r, 6, v[i].since, x->date);
		else
			xl_blank(sh, r, 6, x->text);
		xl_num_or_blank(sh, r, 7, v[i].days >= 0, (double)v[i].days, x->integer);
	}
	return r;
}

void xl_licence_lists(struct xl_sheet *sh)
{
	struct xl *x = sh->x;
	const struct adoption_usage *u = x->m->usage;
	char asof[XL_SHOWN_DATE_MAX], sub[400];
	xl_textf(sub, sizeof sub, trn("As of %s, the last day the logs reach; dormant: licensed, no "
				      "login in the last %ld day. Names are shown for licence "
				      "management: share this sheet with whoever manages licences.",
				      "As of %s, the last day the logs reach; dormant: licensed, no "
				      "login in the last %ld days. Names are shown for licence "
				      "management: share this sheet with whoever manages licences.",
				      (unsigned long)u->opts.dormant_days),
		 xl_shown_date(x, u->as_of, asof), u->opts.dormant_days);
	xl_sheet_title(sh, _("Licences nobody uses"), sub);
	lxw_row_t r = people(sh, 3, _("Dormant licences"), N_("Days without a login"), u->dormant,
			     u->ndormant);
	people(sh, r + 1, _("Never logged in"), N_("Days since licensed"), u->never, u->nnever);
}

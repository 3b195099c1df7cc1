/* The leadership workbook: report_xlsx_write drives the sheets (xlsx_*.c,
 * through xlsx_sheets.h) and streams the raw Metrics sheet.
 *
 * Memory: the eight report sheets are small and kept in memory (they are
 * written out of row order: charts, a Gantt header, summary blocks). The
 * Metrics sheet can hold millions of rows, so it alone is created in
 * libxlsxwriter's constant-memory mode. The library reads that mode from
 * the workbook's options when a worksheet is added, so the option is set
 * just for that one workbook_add_worksheet call; rows are then streamed
 * from SQLite in row order and flushed one by one to a temporary file. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/anonymity.h"
#include "../metrics/metrics.h"
#include "xlsx_cell.h"
#include "xlsx_sheets.h"

/* ---- the raw Metrics sheet, streamed ---- */

struct metrics_stream {
	struct xl_sheet *sh;
	const char *from, *to;
	lxw_row_t row;
	char last_date[11];           /* dates repeat: their serial (or shown text) is cached */
	double last_serial;
	char last_shown[XL_SHOWN_DATE_MAX];
	void (*progress)(long rows, void *arg);
	void *progress_arg;
	struct metric_privacy privacy;  /* small groups' figures: "fewer than N" (anonymity) */
	char fewer[48];
};

/* Code points of s: the raw sheet's widths, without the per-character
 * property look-ups of utf8_width (this runs for millions of cells). */
static double cheap_width(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return (double)n;
}

static void raw_str(struct metrics_stream *ms, lxw_col_t c, const char *s)
{
	char *plain = xl_without_controls(s);
	bool careful = plain != NULL;
	free(plain);
	if (careful || strlen(s) > XL_MAX_STRING / 4 || strchr(s, '\n') || strstr(s, "\xe2\x80") ||
	    strstr(s, "\xe2\x81")) {
		xl_str(ms->sh, ms->row, c, s, ms->sh->x->text);   /* rare: the careful path (long, multi-line, a control or a possible bidi control) */
		return;
	}
	xl_note_width(ms->sh, c, cheap_width(s));
	xl_check(ms->sh->x, worksheet_write_string(ms->sh->ws, ms->row, c, s, ms->sh->x->text));
}

static bool write_metric_row(const struct store_metric *m, void *arg)
{
	struct metrics_stream *ms = arg;
	if ((ms->from && strcmp(m->date, ms->from) < 0) || (ms->to && strcmp(m->date, ms->to) > 0))
		return true;
	if (ms->row >= LXW_ROW_MAX - 1) {
		xl_check(ms->sh->x, LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
		return false;
	}
	struct xl *x = ms->sh->x;
	lxw_row_t r = ++ms->row;
	raw_str(ms, 0, m->name);
	raw_str(ms, 1, m->scope);
	if (strcmp(m->date, ms->last_date)) {
		snprintf(ms->last_date, sizeof ms->last_date, "%s", m->date);
		ms->last_serial = xl_serial(m->date);
		xl_shown_date(x, m->date, ms->last_shown);
	}
	if (ms->last_serial >= 0 && x->shown_dates)
		raw_str(ms, 2, ms->last_shown);
	else if (ms->last_serial >= 0)
		xl_check(x, worksheet_write_number(ms->sh->ws, r, 2, ms->last_serial, x->date));
	else
		raw_str(ms, 2, m->date);
	if (metric_privacy_hidden(&ms->privacy, m->name, m->scope, m->date))
		raw_str(ms, 3, ms->fewer);
	else
		xl_check(x, worksheet_write_number(ms->sh->ws, r, 3, m->value, x->num));
	raw_str(ms, 4, m->source);
	if (ms->progress && r % 100000 == 0)
		ms->progress((long)r, ms->progress_arg);
	return !x->failed;
}

static bool metrics_sheet(struct xl *x, struct store *st, void (*progress)(long, void *),
			  void *progress_arg, struct diag *d)
{
	struct xl_sheet sh;
	x->wb->options.constant_memory = LXW_TRUE;
	bool opened = xl_sheet_open(x, &sh, _("Metrics"));
	x->wb->options.constant_memory = LXW_FALSE;
	if (!opened)
		return true;
	static const char *const en[] = { N_("Name"), N_("Scope"), N_("Date"), N_("Value"), N_("Source"), NULL };
	xl_header(&sh, 0, en);
	struct metrics_stream ms = { .sh = &sh, .from = x->m->from, .to = x->m->to,
				     .progress = progress, .progress_arg = progress_arg };
	bool ok = metric_privacy_load(st, NULL, &ms.privacy, d);
	anonymity_fewer_label(ms.privacy.min_group, ms.fewer, sizeof ms.fewer);
	ok = ok && store_metric_each(st, "*", NULL, write_metric_row, &ms, d);
	metric_privacy_release(&ms.privacy);
	if (ms.row == 0)
		xl_missing(&sh, 1, _("No metric values stored yet: 'crmready adoption import', "
			   "'crmready dq scan' and 'crmready metric record' add them."));
	else
		xl_check(x, worksheet_autofilter(sh.ws, 0, 0, ms.row, 4));
	worksheet_freeze_panes(sh.ws, 1, 0);
	xl_check(x, worksheet_repeat_rows(sh.ws, 0, 0));
	sh.width[2] = 10;
	sh.width[3] = 12;
	sh.max_width[0] = 40;
	sh.max_width[1] = 40;
	sh.max_width[4] = 40;
	xl_sheet_close(&sh);
	return ok;
}

/* ---- the workbook ---- */

static void sheet(struct xl *x, const char *name, void (*write)(struct xl_sheet *sh))
{
	struct xl_sheet sh;
	if (xl_sheet_open(x, &sh, name))
		write(&sh);
	xl_sheet_close(&sh);
}

static void readiness_sheet(struct xl *x, const struct report_xl_assessment *a, bool has_assessment,
			    const char *name)
{
	struct xl_sheet sh;
	if (xl_sheet_open(x, &sh, name))
		xl_readiness(&sh, a, has_assessment);
	xl_sheet_close(&sh);
}

/* Every other answered questionnaire: a sheet named by its id (at most 31
 * characters, Excel's limit; ids are a-z, 0-9 and '-'), after Findings, so
 * that the first four sheets stay where they were. */
static void more_readiness(struct xl *x)
{
	static const char *const taken[] = { "summary", "readiness", "gaps", "open answers", "findings",
					     "plan", "execution", "goals", "adoption", "data quality", "metrics",
					     "survey rounds", "changes", NULL };
	for (size_t i = 0; i < x->m->nmore; i++) {
		char name[32];
		snprintf(name, sizeof name, "%s", x->m->more[i].questionnaire);
		for (int k = 0; taken[k]; k++)
			if (!strcmp(name, taken[k]))
				snprintf(name, sizeof name, "q-%.29s", x->m->more[i].questionnaire);
		readiness_sheet(x, &x->m->more[i], true, name);
	}
}

static void report_sheets(struct xl *x)
{
	sheet(x, _("Summary"), xl_summary);
	readiness_sheet(x, &x->m->primary, x->m->has_assessment, _("Readiness"));
	sheet(x, _("Gaps"), xl_gaps);
	sheet(x, _("Findings"), xl_findings);
	more_readiness(x);
	if (x->m->has_rounds)
		sheet(x, _("Survey rounds"), xl_rounds);
	/* The answers to text questions: only when there are some. */
	if (x->m->ncomments)
		sheet(x, _("Open answers"), xl_open_answers);
	sheet(x, _("Plan"), xl_plan);
	/* What was done of the plan: only once something was recorded. */
	if (x->m->has_execution)
		sheet(x, _("Execution"), xl_execution);
	sheet(x, _("Plan by step"), xl_plan_steps);
	sheet(x, _("Goals"), xl_goals);
	sheet(x, _("Adoption"), xl_adoption);
	if (x->m->usage && x->m->usage->known)
		sheet(x, _("Licences"), xl_licence_lists);
	sheet(x, _("Data quality"), xl_data_quality);
	sheet(x, _("Changes"), xl_changes);
}

bool report_xlsx_write(const struct report_workbook *w, struct store *st,
		       const char *path, const char *path_shown,
		       void (*progress)(long rows, void *arg),
		       void *progress_arg, struct diag *d)
{
	struct xl x;
	memset(&x, 0, sizeof x);
	x.m = w;
	x.lang = w->lang;
	x.rtl = lang_rtl(w->lang);
	char shown[TIMEX_SHOW_MAX];
	x.shown_dates = strcmp(timex_show("2001-02-03", shown), "2001-02-03") != 0;
	/* Calibri is Excel's default; Persian and Arabic need a font with
	 * Arabic script that Windows, macOS and (through fontconfig)
	 * LibreOffice all have. */
	x.font = x.rtl ? "Tahoma" : "Calibri";
	lxw_workbook_options opts = { .constant_memory = LXW_FALSE, .tmpdir = NULL, .use_zip64 = LXW_TRUE };
	x.wb = workbook_new_opt(path, &opts);
	if (!x.wb) {
		diag_fail(d, EXIT_CANTCREAT, _("%s: cannot create the workbook"), path_shown);
		return false;
	}
	lxw_doc_properties props = {
		.title = (char *)_("CRM readiness: leadership workbook"),
		.subject = (char *)_("CRM rollout readiness, plan, goals, adoption and data quality"),
		.author = "crmready",
	};
	xl_check(&x, workbook_set_properties(x.wb, &props));
	xl_formats_make(&x);

	report_sheets(&x);
	bool ok = !x.failed && metrics_sheet(&x, st, progress, progress_arg, d);

	errno = 0;
	lxw_error e = workbook_close(x.wb);
	int why = errno;
	if (!ok && !x.failed)
		return false;     /* the store's error is in d */
	if (x.failed) {
		diag_fail(d, EXIT_SOFTWARE, _("%s: writing the workbook failed: %s"), path_shown, lxw_strerror(x.error));
		return false;
	}
	if (e != LXW_NO_ERROR) {
		int code = e == LXW_ERROR_CREATING_XLSX_FILE || e == LXW_ERROR_CREATING_TMPFILE
			? EXIT_CANTCREAT : EXIT_IOERR;
		/* the system's reason (a full disk, a file size limit) says more
		 * than the zip library's "ZIP_ERRNO" */
		if (why)
			diag_fail(d, code, _("%s: cannot write the workbook: %s"), path_shown, i18n_strerror(why));
		else
			diag_fail(d, code, _("%s: writing the workbook failed: %s"), path_shown, lxw_strerror(e));
		return false;
	}
	return true;
}

/* Unit tests of the leadership workbook writer (reports/report_xlsx.c and
 * xlsx_*.c) on a complete hand-made model: every sheet filled, user text
 * that looks like formulas, Persian. The workbook is inspected with
 * tests/lib/xlsx_dump.py (openpyxl + zipfile) and kept in tests/out/ so the
 * rendering test and a person can look at it. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "../../core/xalloc.h"
#include "../../reports/report.h"
#include "../../reports/xlsx_cell.h"

static const char *const dims[] = { "Strategy and vision", "Leadership and sponsorship",
	"People, skills and training", "Culture and change", "Processes",
	"Technology and integration", "Data and customer view", "Measurement and governance" };
static const char *const depts[] = { "Sales", "Service", "=1+2", "Marketing" };

static void fill_model(struct report_workbook *w)
{
	struct arena *a = &w->arena;
	w->has_assessment = true;
	w->primary.questionnaire = "crm-readiness";
	w->primary.respondents = 14;
	w->primary.has_index = true;
	w->primary.index = 54.25;
	w->primary.level = "Partially ready";
	w->primary.ndimensions = 8;
	w->primary.dimensions = xcalloc(8, sizeof *w->primary.dimensions);
	for (size_t i = 0; i < 8; i++)
		w->primary.dimensions[i] = (struct report_xl_dimension){ .id = "d", .title = dims[i], .has_score = true,
			.score = 30.0 + 7.5 * (double)i, .spread = 10 + (double)i, .respondents = 14 };
	w->primary.ngroups = 4;
	w->primary.groups = xcalloc(4, sizeof *w->primary.groups);
	for (size_t g = 0; g < 4; g++) {
		w->primary.groups[g].name = depts[g];
		w->primary.groups[g].respondents = 1 + (long)g;
		w->primary.groups[g].compared = g > 0;
		w->primary.groups[g].has_index = true;
		w->primary.groups[g].index = 40 + 10.0 * (double)g;
		w->primary.groups[g].has_score = xcalloc(8, sizeof(bool));
		w->primary.groups[g].score = xcalloc(8, sizeof(double));
		for (size_t i = 0; i < 8; i++) {
			w->primary.groups[g].has_score[i] = !(g == 3 && i == 2);
			w->primary.groups[g].score[i] = 20.0 + 9.0 * (double)i + 8.0 * (double)g;
		}
	}
	w->min_group = 2;
	w->primary.nperception_gaps = 2;
	w->primary.perception_gaps = xcalloc(2, sizeof *w->primary.perception_gaps);
	w->primary.perception_gaps[0] = (struct report_xl_perception_gap){ dims[3], Q_BY_DEPARTMENT, 24, "Marketing", "Service", 71, 47 };
	w->primary.perception_gaps[1] = (struct report_xl_perception_gap){ dims[0], Q_BY_DEPARTMENT, 16, "Marketing", "Service", 44, 28 };
	w->capability_model = "crm-capabilities";
	w->capability_respondents = 9;
	static const char *const caps[] = { "Account and contact management", "Opportunity management",
		"Sales forecasting", "Call centre / service", "Marketing campaigns", "Analytics and reporting" };
	w->ncapabilities = 6;
	w->capabilities = xcalloc(6, sizeof *w->capabilities);
	for (size_t i = 0; i < 6; i++) {
		double cur = 1.5 + 0.4 * (double)i, target = 4;
		w->capabilities[i] = (struct report_xl_capability){ .id = "c", .title = caps[i], .area = "sales",
			.has_current = true, .current = cur, .target = target, .gap = target - cur,
			.importance = 3 - (long)(i % 3), .priority = (target - cur) * (double)(3 - (long)(i % 3)),
			.respondents = 9, .target_overridden = i == 1 };
	}
	w->has_findings = true;
	w->nfindings = 4;
	w->findings = xcalloc(4, sizeof *w->findings);
	w->findings[0] = (struct report_xl_finding){ "no-executive-sponsor", SEVERITY_CRITICAL,
		"No committed executive sponsor", "score(leadership) = 37.5 < 50",
		"Secure a named sponsor and a steering committee before any rollout.",
		"executive-sponsorship", true, "Mendoza et al. 2007: top management support", NULL, NULL, NULL };
	w->findings[1] = (struct report_xl_finding){ "dirty-data", SEVERITY_HIGH, "Customer data is not ready for migration",
		"dq.duplicate_rate = 0.12 > 0.05", "@Cleanse and de-duplicate customer data before migration.",
		"data-cleansing", true, "=cmd|' /C calc'!A0", NULL, NULL, NULL };
	w->findings[2] = (struct report_xl_finding){ "training", SEVERITY_MEDIUM, "-Training is not planned",
		"score(people) = 45", "Plan 2-3 days of role-based training per wave.", "training", true, NULL, NULL, NULL, NULL };
	w->findings[3] = (struct report_xl_finding){ "roi", SEVERITY_LOW, "ROI is not measured", "no metric 'roi'",
		"Record ROI with 'crmready metric record'.", "", false, NULL, NULL, NULL, NULL };
	w->has_plan = true;
	static const char *const ph[][4] = { { "foundation", "Mobilise and prepare", "2027-01-04", "2027-02-28" },
		{ "pilot", "Pilot: opportunity management in one region", "2027-03-01", "2027-04-25" },
		{ "wave-1", "First wave", "2027-04-26", "2027-06-20" } };
	w->nphases = 3;
	w->phases = xcalloc(3, sizeof *w->phases);
	for (size_t i = 0; i < 3; i++)
		w->phases[i] = (struct report_xl_phase){ ph[i][0], ph[i][1], ph[i][2], ph[i][3], 30, 22 + 3.0 * (double)i };
	w->ninitiatives = 4;
	w->initiatives = xcalloc(4, sizeof *w->initiatives);
	w->initiatives[0] = (struct report_xl_initiative){ "executive-sponsorship", "Executive sponsorship", "foundation",
		"2027-01-04", "2027-01-24", 2, 5, 1, STEP_VISION, "IBM: step 1", .percent = -1 };
	w->initiatives[1] = (struct report_xl_initiative){ "data-cleansing", "Cleanse and de-duplicate customer data",
		"foundation", "2027-01-25", "2027-02-28", 8, 4, 2, STEP_CAPABILITIES, "", .percent = -1 };
	w->initiatives[2] = (struct report_xl_initiative){ "pilot-opportunities", "Opportunity management pilot", "pilot",
		"2027-03-01", "2027-04-25", 12, 5, 3, STEP_ROLLOUT, "", .percent = -1 };
	w->initiatives[3] = (struct report_xl_initiative){ "training", "Role-based training", "wave-1",
		"2027-04-26", "2027-05-16", 6, 3, 2, STEP_NONE, "", .percent = -1 };
	static const enum goal_state st[] = { GOAL_ACHIEVED, GOAL_ON_TRACK, GOAL_AT_RISK, GOAL_MISSED, GOAL_NO_DATA };
	w->ngoals = 5;
	w->goals = xcalloc(5, sizeof *w->goals);
	for (size_t i = 0; i < 5; i++)
		w->goals[i] = (struct report_xl_goal){ .id = arena_strdup(a, i == 0 ? "g1" : i == 1 ? "g2" : i == 2 ? "g3" : i == 3 ? "g4" : "g5"),
			.phase = ph[i % 3][0], .metric = i == 0 ? "adoption.active_rate" : "dq.duplicate_rate",
			.scope = i == 2 ? "department==HYPERLINK(\"x\")" : "", .op = i == 0 ? ">=" : "<=",
			.due = "2027-03-31", .state = st[i], .target = i == 0 ? 0.8 : 0.05,
			.has_latest = i != 4, .latest = 0.5, .latest_date = "2026-11-16" };
	w->nweeks = 6;
	w->weeks = xcalloc(6, sizeof *w->weeks);
	static const char *const wk[] = { "2026-10-12", "2026-10-19", "2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16" };
	for (size_t i = 0; i < 6; i++)
		w->weeks[i] = (struct report_xl_week){ .date = wk[i], .has_rate = true, .has_active = true,
			.has_licensed = true, .has_logins = true, .rate = 0.3 + 0.08 * (double)i,
			.active = 30 + 8.0 * (double)i, .licensed = 100, .logins = 3.5, .has_monthly = true,
			.has_stickiness = true, .monthly = 60, .stickiness = 0.5 };
	w->nadoption_groups = 2;
	w->adoption_groups = xcalloc(2, sizeof *w->adoption_groups);
	w->adoption_groups[0] = (struct report_xl_adoption_group){ "department=Sales", "2026-11-16", true, true, true, 0.8, 40, 50, false, false, false };
	w->adoption_groups[1] = (struct report_xl_adoption_group){ "wave=1", "2026-11-16", true, true, true, 0.6, 60, 100, false, false, false };
	w->ndq = 2;
	w->dq = xcalloc(2, sizeof *w->dq);
	w->dq[0] = (struct report_xl_dq_point){ "Contact", "2026-10-01", { true, true, true, true }, { 0.62, 0.7, 0.12, 0.5 } };
	w->dq[1] = (struct report_xl_dq_point){ "Contact", "2026-11-01", { true, true, true, true }, { 0.74, 0.8, 0.08, 0.6 } };
}

/* Write the model's workbook to path with an empty workspace beside it. */
static void write_workbook(lang_id lang, const char *path)
{
	char db[256];
	snprintf(db, sizeof db, "%s.db", path);
	unlink(db);
	struct diag d;
	diag_init(&d);
	struct store *st = store_open(db, STORE_WRITE, &d);
	assert_non_null(st);
	struct report_workbook w;
	report_workbook_init(&w, lang, "2026-11-23");
	fill_model(&w);
	i18n_use(lang, true);   /* the workbook's words come from the catalogue */
	bool ok = report_xlsx_write(&w, st, path, path, NULL, NULL, &d);
	i18n_use(LANG_EN, true);
	diag_print(&d, stderr, 0);
	assert_true(ok);
	report_workbook_release(&w);
	store_close(st);
	diag_release(&d);
	unlink(db);
}

static char *dump(const char *path)
{
	char *cmd = xasprintf("/usr/bin/python3 -W ignore tests/lib/xlsx_dump.py '%s'", path);
	FILE *p = popen(cmd, "r");
	free(cmd);
	assert_non_null(p);
	struct sbuf b;
	sbuf_init(&b);
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, p)) > 0)
		sbuf_add(&b, buf, n);
	assert_int_equal(pclose(p), 0);
	return sbuf_detach(&b);
}

static void expect_line(const char *text, const char *line)
{
	if (!strstr(text, line)) {
		fprintf(stderr, "missing line: %s\n", line);
		fail();
	}
}

static void report_xlsx_write__full_model__every_sheet_and_chart(void **state)
{
	(void)state;
	mkdir("tests/out", 0777);
	write_workbook(LANG_EN, "tests/out/export-full.xlsx");
	char *t = dump("tests/out/export-full.xlsx");
	expect_line(t, "sheets\tSummary|Readiness|Gaps|Findings|Plan|Plan by step|Goals|Baseline|Adoption|Data quality|Changes|Metrics\n");
	/* Summary: index, level, top finding, worst goal first, latest adoption. */
	expect_line(t, "cell\tSummary\tB5\tn\t54.25\n");
	expect_line(t, "cell\tSummary\tD5\ts\tPartially ready\n");
	expect_line(t, "\ts\tNo committed executive sponsor\n");
	expect_line(t, "\ts\tmissed\n");
	/* Readiness: the heat map and a radar chart with the organisation and departments. */
	expect_line(t, "cf\tReadiness\tB5:F13\tcolorScale\n");
	expect_line(t, "cell\tReadiness\tE4\ts\t=1+2\n");
	expect_line(t, "series\tchart1.xml\tReadiness!$B$4\tReadiness!$A$5:$A$12\tReadiness!$B$5:$B$12\n");
	expect_line(t, "chart\tchart1.xml\tradarChart\t5\n");
	expect_line(t, "\ts\tPerception gaps: highest minus lowest group\n");
	expect_line(t, "\ts\tCulture and change\n");
	expect_line(t, "cf\tReadiness\tC");
	/* Gaps: current vs target bars, the organisation's own target noted. */
	expect_line(t, "cell\tGaps\tA2\ts\tcrm-capabilities · 9 respondents");
	expect_line(t, "\ts\tBold target: set by the organisation");
	expect_line(t, "chart\tchart2.xml\tbarChart\t2\n");
	expect_line(t, "series\tchart2.xml\tGaps!$D$4\tGaps!$A$5:$A$10\tGaps!$D$5:$D$10\n");
	/* Findings: user text starting with @ and - stays text. */
	expect_line(t, "cell\tFindings\tD6\ts\t@Cleanse");
	expect_line(t, "\ts\t-Training is not planned\n");
	expect_line(t, "cell\tFindings\tF5\ts\tMendoza et al. 2007");
	expect_line(t, "cell\tFindings\tF6\ts\t=cmd|' /C calc'!A0\n");
	expect_line(t, "\ts\tnot evaluated\n");
	/* Plan: Gantt rules over week columns. */
	expect_line(t, "cf\tPlan\t");
	expect_line(t, "\texpression\n");
	/* Goals: status cells and the crafted scope as text. */
	expect_line(t, "cell\tGoals\tD7\ts\t=HYPERLINK(\"x\")\n");
	expect_line(t, "\ts\tat risk\n");
	/* Adoption: rate line and target line. */
	expect_line(t, "series\tchart3.xml\tAdoption!$B$4\tAdoption!$A$5:$A$10\tAdoption!$B$5:$B$10\n");
	expect_line(t, "series\tchart3.xml\tAdoption!$F$4\tAdoption!$A$5:$A$10\tAdoption!$F$5:$F$10\n");
	expect_line(t, "chart\tchart4.xml\tscatterChart\t1\n");
	assert_null(strstr(t, "\tf\t"));     /* no formula cell anywhere */
	assert_null(strstr(t, "rtl\tSummary\t1"));
	free(t);
}

static void report_xlsx_write__persian__rtl_sheets_and_font(void **state)
{
	(void)state;
	mkdir("tests/out", 0777);
	lang_id fa;
	assert_true(lang_parse("fa", &fa));
	write_workbook(fa, "tests/out/export-full-fa.xlsx");
	char *t = dump("tests/out/export-full-fa.xlsx");
	expect_line(t, "rtl\tخلاصه\t1\n");
	expect_line(t, "rtl\tسنجه‌ها\t1\n");
	assert_null(strstr(t, "\t0\n") && strstr(t, "rtl\t") ? strstr(strstr(t, "rtl\t"), "\t0\nrtl") : NULL);
	expect_line(t, "fonts\tCalibri|Tahoma\n");
	expect_line(t, "\ts\tبحرانی\n");
	free(t);
}

/* A goal's comparison: the symbol in English, a word in Persian and Arabic
 * (">=" inside right-to-left text would read "=<"); unknown ops as given. */
static void report_goal_op__language__symbol_or_word(void **state)
{
	(void)state;
	lang_id fa, ar;
	assert_true(lang_parse("fa", &fa) && lang_parse("ar", &ar));
	assert_string_equal(report_goal_op(">="), ">=");
	assert_string_equal(report_goal_op("~"), "~");
	assert_string_equal(report_goal_op(NULL), "");
	i18n_use(fa, true);
	assert_string_equal(report_goal_op(">="), "دست‌کم");
	assert_string_equal(report_goal_op("<="), "حداکثر");
	i18n_use(ar, true);
	assert_string_equal(report_goal_op("<"), "أقل من");
	i18n_use(LANG_EN, true);
}

static void xl_serial__dates__match_excel(void **state)
{
	(void)state;
	/* Excel: 1900-03-01 is 61, 2026-11-23 is 46349. */
	assert_true(xl_serial("1900-03-01") == 61);
	assert_true(xl_serial("2026-11-23") == 46349);
	assert_true(xl_serial("2024-02-29") == 45351);
	assert_true(xl_serial("nonsense") < 0);
	assert_true(xl_serial("2026-13-01") < 0);
}

static void xl_serial__day_not_in_month__text_not_a_date(void **state)
{
	(void)state;
	/* the one date check (timex_parse_date): no February 31, no 29th in
	 * a common year, no signs or spaces in the digits */
	assert_true(xl_serial("2026-02-31") < 0);
	assert_true(xl_serial("2025-02-29") < 0);
	assert_true(xl_serial("2026-04-31") < 0);
	assert_true(xl_serial("2026-+1-01") < 0);
	assert_true(xl_serial("2026- 1-01") < 0);
	assert_true(xl_serial(NULL) < 0);
	assert_true(xl_serial("2026-04-30") == 46142);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(report_goal_op__language__symbol_or_word),
		cmocka_unit_test(xl_serial__dates__match_excel),
		cmocka_unit_test(xl_serial__day_not_in_month__text_not_a_date),
		cmocka_unit_test(report_xlsx_write__full_model__every_sheet_and_chart),
		cmocka_unit_test(report_xlsx_write__persian__rtl_sheets_and_font),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

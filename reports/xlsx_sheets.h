/* Private to the workbook writer: the sheets report_xlsx.c drives, each
 * writing into a sheet it was given open and that is closed after it. */
#ifndef CRMREADY_XLSX_SHEETS_H
#define CRMREADY_XLSX_SHEETS_H

#include "xlsx_cell.h"

void xl_summary(struct xl_sheet *sh);                     /* xlsx_summary.c */
/* One questionnaire's readiness (a sheet per questionnaire); without an
 * assessment, what is missing. */
void xl_readiness(struct xl_sheet *sh, const struct report_xl_assessment *a,
		  bool has_assessment);                   /* xlsx_assessment.c */
void xl_gaps(struct xl_sheet *sh);
void xl_findings(struct xl_sheet *sh);
void xl_open_answers(struct xl_sheet *sh);
void xl_plan(struct xl_sheet *sh);                        /* xlsx_plan.c */
void xl_goals(struct xl_sheet *sh);
void xl_plan_steps(struct xl_sheet *sh);                  /* xlsx_steps.c */
/* What was recorded of the plan (plan update) and its forecast. */
void xl_execution(struct xl_sheet *sh);                   /* xlsx_execution.c */
void xl_adoption(struct xl_sheet *sh);                    /* xlsx_trends.c */
/* The series per department, wave and role, the cohorts and the team
 * league from row r; the next free row (xlsx_adoption_series.c). */
lxw_row_t xl_adoption_series(struct xl_sheet *sh, lxw_row_t r);
void xl_data_quality(struct xl_sheet *sh);
/* xlsx_changes.c: the Changes sheet; on the Findings sheet, a finding's
 * status (with the waiver that expired) and the waived findings from row
 * r, returning the row after them. */
void xl_changes(struct xl_sheet *sh);
const char *xl_finding_status(const struct report_xl_finding *f, char *buf, size_t n);
lxw_row_t xl_waived_findings(struct xl_sheet *sh, lxw_row_t r);
/* The latest survey round against the previous (m->has_rounds). */
void xl_rounds(struct xl_sheet *sh);                      /* xlsx_rounds.c */
/* The licence counts and waste on the Adoption sheet from row r; the
 * sheet of dormant and never-logged-in users (xlsx_adoption_lists.c). */
lxw_row_t xl_adoption_licences(struct xl_sheet *sh, lxw_row_t r);
void xl_licence_lists(struct xl_sheet *sh);

#endif

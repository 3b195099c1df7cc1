/* report_survey_import: how 'survey import' read a file's columns, column
 * by column, for a consultant to check. */
#include <stdlib.h>
#include <string.h>

#include "report.h"

/* Every column was named exactly (crmready's own layout): no mapping to show. */
static bool mapping_is_plain(const struct q_import_result *r)
{
	for (size_t c = 0; c < r->ncols; c++)
		if (r->cols[c].how != Q_HOW_ID && r->cols[c].how != Q_HOW_HEADER)
			return false;
	return true;
}

void report_survey_import_mapping(FILE *out, const struct q_import_result *r,
				  const struct questionnaire *q, const char *path, lang_id lang)
{
	if (mapping_is_plain(r))
		return;
	const char *base = strrchr(path, '/');
	char *file = text_sanitize(base ? base + 1 : path);
	fprintf(out, _("mapping of %s (column -> question):\n"), file);
	free(file);
	int width = r->ncols >= 1000 ? 4 : 3;
	for (size_t c = 0; c < r->ncols; c++) {
		const struct q_column *col = &r->cols[c];
		char *h = text_sanitize(r->headers[c]);
		/* Long question texts: the first 50 columns of them. */
		if (utf8_width(h) > 50) {
			size_t cut = utf8_prefix_for_width(h, 49);
			while (cut > 0 && h[cut - 1] == ' ')
				cut--;
			strcpy(h + cut, "\xE2\x80\xA6");
		}
		tfprintf(out, "%*zu %s -> ", width, c + 1, h);
		free(h);
		char *how = q_column_how_text(col);
		bool say_how = col->how != Q_HOW_HEADER;
		switch (col->role) {
		case Q_COLUMN_QUESTION:
			fprintf(out, "%s (%s)\n", q->questions[col->question].id, how);
			break;
		case Q_COLUMN_RESPONDENT:
		case Q_COLUMN_DEPARTMENT:
		case Q_COLUMN_ROLE:
			fprintf(out, "%s%s%s%s\n", col->role == Q_COLUMN_RESPONDENT
				? trc("column", "respondent")
				: col->role == Q_COLUMN_DEPARTMENT ? trc("column", "department")
				: trc("column", "role"),
				say_how ? " (" : "", say_how ? how : "", say_how ? ")" : "");
			break;
		case Q_COLUMN_META:
			fputs(_("ignored (form metadata)\n"), out);
			break;
		case Q_COLUMN_OPTION:
			fprintf(out, _("ignored (an option of %s)\n"), q->questions[col->question].id);
			break;
		case Q_COLUMN_SKIP:
			fprintf(out, _("skipped (%s)\n"), how);
			break;
		case Q_COLUMN_UNKNOWN:
			fputs(_("unknown\n"), out);
			break;
		}
		free(how);
	}
}

/* Assessment snapshots: an assessment kept under a name (assess --save)
 * and read back to compare with (assess --compare). The snapshot is the
 * assessment's JSON with every group, exact to the last digit. */
#include <jansson.h>
#include <stdlib.h>

#include "../store/store.h"
#include "questionnaire.h"

bool q_snapshot_name_valid(const char *name)
{
	return text_is_id(name);
}

bool q_snapshot_save(struct store *st, const char *qid, const char *name, const char *today,
		     const struct json_t *assessment, struct diag *d)
{
	char *text = json_dumps(assessment, JSON_REAL_PRECISION(17) | JSON_PRESERVE_ORDER |
				JSON_COMPACT);
	int rc = -1;
	bool ok = false;
	if (store_begin(st, d)) {
		rc = store_snapshot_put(st, qid, name, today, text, d);
		ok = rc > 0 && store_commit(st, d);
		if (!ok)
			store_rollback(st);
	}
	free(text);
	if (rc == 0)
		diag_fail(d, EXIT_DATAERR, _("a snapshot named '%s' of %s already exists; "
			  "choose another name"), name, qid);
	return ok;
}

struct json_t *q_snapshot_load(struct store *st, const char *qid, const char *name,
			       char **saved_at, struct diag *d)
{
	char *text = NULL;
	*saved_at = NULL;
	int found = store_snapshot_get(st, qid, name, &text, saved_at, d);
	if (found == 0)
		diag_fail(d, EXIT_DATAERR, _("no snapshot '%s' of %s; 'assess --save NAME' "
			  "keeps one"), name, qid);
	if (found <= 0)
		return NULL;
	json_error_t err;
	json_t *snap = json_loads(text, 0, &err);
	free(text);
	if (!snap) {
		diag_fail(d, EXIT_DATAERR, _("snapshot '%s' is damaged: %s"), name, err.text);
		free(*saved_at);
		*saved_at = NULL;
	}
	return snap;
}

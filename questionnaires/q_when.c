/* q_when: the `when:` conditions of questions.
 *
 * A condition may only look at answers given before the question: it can
 * name earlier questions through answer(ID) and share(ID, "value"). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "q_when.h"

/* The node of question i's when: for positions. */
static const struct yx_node *when_node(const struct questionnaire *q, size_t i)
{
	const struct yx_node *qs = yx_get(q->doc.root, "questions");
	if (!qs || qs->kind != YX_SEQ)
		return NULL;
	for (size_t k = 0; k < qs->n; k++) {
		const struct yx_node *id = yx_get(qs->items[k], "id");
		if (id && id->kind == YX_SCALAR && !strcmp(id->str, q->questions[i].id))
			return yx_get(qs->items[k], "when");
	}
	return NULL;
}

static void check_refs(struct questionnaire *q, size_t i, struct diag *d)
{
	const struct q_question *qq = &q->questions[i];
	const struct yx_node *n = when_node(q, i);
	const char *s = qq->when_src;
	static const char *const funcs[] = { "answer(", "share(", NULL };
	for (int f = 0; funcs[f]; f++) {
		for (const char *p = strstr(s, funcs[f]); p; p = strstr(p + 1, funcs[f])) {
			if (p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '_'))
				continue;
			const char *a = p + strlen(funcs[f]);
			while (*a == ' ')
				a++;
			if (*a != '"') {
				diag_err(d, q->doc.file, n ? n->line : qq->line,
					 n ? n->col + (int)(a - s) + !n->plain : 0,
					 "when: %.*s() expects a question id in quotes, e.g. %s\"%s\")",
					 (int)strlen(funcs[f]) - 1, funcs[f], funcs[f],
					 i ? q->questions[i - 1].id : "question-id");
				continue;
			}
			const char *end = strchr(a + 1, '"');
			if (!end) {
				diag_err(d, q->doc.file, n ? n->line : qq->line,
					 n ? n->col + (int)(a - s) + !n->plain : 0,
					 "when: unterminated string");
				break;
			}
			char *id = xstrndup(a + 1, (size_t)(end - a - 1));
			long k = q_find_question(q, id);
			/* The column of the id itself, just after its quote. */
			int col = n ? n->col + (int)(a + 1 - s) + !n->plain : 0;
			if (k < 0) {
				const char **ids = xmalloc((q->nquestions + 1) * sizeof *ids);
				for (size_t j = 0; j < q->nquestions; j++)
					ids[j] = q->questions[j].id;
				const char *close = text_closest(id, ids, q->nquestions);
				if (close)
					diag_err(d, q->doc.file, n ? n->line : qq->line, col,
						 "when: unknown question '%s' (did you mean '%s'?)", id, close);
				else
					diag_err(d, q->doc.file, n ? n->line : qq->line, col,
						 "when: unknown question '%s'", id);
				free(ids);
			} else if ((size_t)k >= i) {
				diag_err(d, q->doc.file, n ? n->line : qq->line, col,
					 "when: question '%s' is asked %s; a condition may only refer to "
					 "earlier questions", id, (size_t)k == i ? "here" : "later");
			}
			free(id);
		}
	}
}

void q_when_compile(struct questionnaire *q, struct diag *d)
{
	for (size_t i = 0; i < q->nquestions; i++)
		if (q->questions[i].when_src)
			check_refs(q, i, d);
}

void q_when_release(struct questionnaire *q)
{
	(void)q;
}

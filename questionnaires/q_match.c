/* q_match: survey answers as form tools export them (Google Forms,
 * Microsoft Forms, KoboToolbox/ODK): which question a column is, and what
 * an answer label means. See questionnaire.h. */
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/text.h"
#include "../core/xalloc.h"
#include "questionnaire.h"

/* ---- texts are compared by text_match_key (core/text.h) ---- */

static bool key_eq(const char *a_key, const char *text)
{
	if (!text)
		return false;
	char *k = text_match_key(text);
	bool eq = !strcmp(a_key, k);
	free(k);
	return eq;
}

/* True when key is the match key of t in any language. */
static bool text_key_any(const char *a_key, const struct text *t)
{
	for (size_t l = 0; l < LANG_MAX; l++)
		if (key_eq(a_key, t->v[l]))
			return true;
	return false;
}

/* ---- columns ---- */

/* Form tools' own columns (keys): when the response came, who sent it. The
 * first group can name a respondent. */
static const char *const IDENTITY_COLUMNS[] = {
	"email", "email address", "e-mail", "e-mail address", "name", "id", "username",
	/* Persian and Arabic form tools' names for them (input to recognise,
	 * not messages). */
	"ایمیل", "نشانی ایمیل", "آدرس ایمیل", "نام", "شناسه",
	"البريد الإلكتروني", "عنوان البريد الإلكتروني", "الاسم", "المعرف", "اسم المستخدم", NULL,
};
static const char *const META_COLUMNS[] = {
	"timestamp", "start time", "completion time", "last modified time", "start", "end",
	"today", "deviceid", "subscriberid", "simserial", "phonenumber", "audit", "instanceid",
	"meta/instanceid", "formhub/uuid", "مهر زمان", "مهر زمانی", "زمان شروع", "زمان تکمیل",
	"زمان پایان", "زمان آخرین تغییر", "الطابع الزمني", "طابع زمني", "وقت البدء",
	"وقت الإكمال", "وقت الانتهاء", "وقت آخر تعديل", NULL,
};
static const char *const DEPARTMENT_COLUMNS[] = {
	"department", "dept", "واحد", "واحد سازمانی", "دپارتمان", "بخش",
	"الإدارة", "إدارة", "القسم", "قسم", "الوحدة", NULL,
};
static const char *const ROLE_COLUMNS[] = {
	"role", "job role", "نقش", "سمت", "الدور", "الوظيفة", "المسمى الوظيفي", "المنصب", NULL,
};

static bool in_list(const char *key, const char *const *list)
{
	for (size_t i = 0; list[i]; i++)
		if (key_eq(key, list[i]))
			return true;
	return false;
}

char *q_column_how_text(const struct q_column *col)
{
	static const char *const HOW[] = {
		[Q_HOW_NONE] = "",
		[Q_HOW_ID] = N_("question id"),
		[Q_HOW_NAME] = N_("XLSForm name"),
		[Q_HOW_TEXT] = "",
		[Q_HOW_MAP] = "--map",
		[Q_HOW_RESPONDENT_OPTION] = "--respondent-column",
		[Q_HOW_HEADER] = N_("column name"),
		[Q_HOW_META] = N_("form metadata"),
		[Q_HOW_OPTION] = N_("an option of"),
		[Q_HOW_IGNORE_UNKNOWN] = N_("unknown: --ignore-unknown"),
	};
	if (col->how == Q_HOW_TEXT)
		/* TRANSLATORS: %s is a language code: en, fa, ar. */
		return tfmt(_("question text, %s"), lang_code(col->text_lang));
	return xstrdup(col->how == Q_HOW_MAP || col->how == Q_HOW_RESPONDENT_OPTION
		       ? HOW[col->how] : _(HOW[col->how]));
}

/* "grp/sub/name" -> "name" and, when there is one, "sub" in *parent. */
static const char *last_segment(const char *h, const char **parent, size_t *parent_len)
{
	const char *slash = strrchr(h, '/');
	*parent = NULL;
	*parent_len = 0;
	if (!slash)
		return h;
	const char *p = slash;
	while (p > h && p[-1] != '/')
		p--;
	*parent = p;
	*parent_len = (size_t)(slash - p);
	return slash + 1;
}

static long find_question_n(const struct questionnaire *q, const char *s, size_t n)
{
	char *id = xstrndup(s, n);
	long k = q_find_question(q, id);
	free(id);
	return k;
}

/* The target of a --map entry: a question id or respondent, department,
 * role, skip. */
static bool map_target(const struct questionnaire *q, const char *t, struct q_column *c)
{
	c->how = Q_HOW_MAP;
	c->question = -1;
	if (!strcmp(t, "respondent"))
		c->role = Q_COLUMN_RESPONDENT;
	else if (!strcmp(t, "department"))
		c->role = Q_COLUMN_DEPARTMENT;
	else if (!strcmp(t, "role"))
		c->role = Q_COLUMN_ROLE;
	else if (!strcmp(t, "skip"))
		c->role = Q_COLUMN_SKIP;
	else if ((c->question = q_find_question(q, t)) >= 0)
		c->role = Q_COLUMN_QUESTION;
	else
		return false;
	return true;
}

/* ---- --map FILE ---- */

struct map_read {
	const struct questionnaire *q;
	struct q_form_map *m;
	const char *file;
	struct diag *d;
	int col_column, col_question;
};

static bool map_row(const struct csvx_row *r, void *arg)
{
	struct map_read *mr = arg;
	if (r->row == 0) {
		mr->col_column = mr->col_question = -1;
		for (size_t i = 0; i < r->n; i++) {
			if (csvx_header_eq(r->cells[i], "column"))
				mr->col_column = (int)i;
			else if (csvx_header_eq(r->cells[i], "question"))
				mr->col_question = (int)i;
		}
		if (mr->col_column < 0 || mr->col_question < 0) {
			diag_err(mr->d, mr->file, (int)r->line, 0, _("expected the header column,question "
				 "(one line per column of the export: its header, then a question id, "
				 "respondent, department, role or skip)"));
			return false;
		}
		return true;
	}
	size_t need = (size_t)(mr->col_column > mr->col_question ? mr->col_column : mr->col_question);
	if (r->n <= need) {
		diag_row(mr->d, EXIT_DATAERR, mr->file, r->row, r->line, 0, NULL,
			 _("found %zu cells, expected column,question"), r->n);
		return true;
	}
	const char *target = r->cells[mr->col_question];
	struct q_column c;
	if (!map_target(mr->q, target, &c)) {
		char *safe = text_sanitize(target);
		long near = q_form_closest(mr->q, target);
		diag_row(mr->d, EXIT_DATAERR, mr->file, r->row, r->line, mr->col_question + 1, NULL,
			 _("unknown question '%s' of %s%s%s%s; expected a question id, respondent, "
			 "department, role or skip"), safe, mr->q->id, near >= 0 ? _(" (did you mean '") : "",
			 near >= 0 ? mr->q->questions[near].id : "", near >= 0 ? _("'?)") : "");
		free(safe);
		return true;
	}
	struct q_form_map *m = mr->m;
	XGROW(m->entries, m->cap, m->n + 1);
	m->entries[m->n++] = (struct q_map_entry){ text_match_key(r->cells[mr->col_column]),
						   xstrdup(r->cells[mr->col_column]), c, r->row,
						   r->line, false };
	return true;
}

bool q_form_map_load(const struct questionnaire *q, const char *path, struct q_form_map *m,
		     struct diag *d)
{
	memset(m, 0, sizeof *m);
	m->file = path;
	struct map_read mr = { q, m, path, d, -1, -1 };
	/* The map is crmready's own file: UTF-8, commas. */
	static const struct csvx_format plain = { NULL, ',' };
	struct csvx_reader rd = { .file = path, .format = &plain, .on_row = map_row, .arg = &mr,
				  .check_utf8 = true };
	size_t before = d->errors;
	return csvx_read(&rd, path, d) && d->errors == before;
}

void q_form_map_release(struct q_form_map *m)
{
	for (size_t i = 0; i < m->n; i++) {
		free(m->entries[i].key);
		free(m->entries[i].column);
	}
	free(m->entries);
	memset(m, 0, sizeof *m);
}

/* ---- the header ---- */

bool q_form_columns(const struct questionnaire *q, const char *const *header, size_t n,
		    const struct q_form_opts *o, struct q_column *out, struct diag *d)
{
	/* The match key of each question's text in each language. */
	size_t nl = lang_count();
	char **keys = xcalloc(LANG_MAX * q->nquestions + 1, sizeof *keys);
	for (size_t i = 0; i < q->nquestions; i++)
		for (size_t l = 0; l < nl; l++)
			if (q->questions[i].text.v[l] || l == LANG_EN)
				keys[LANG_MAX * i + l] = text_match_key(q->questions[i].text.v[l]
									? q->questions[i].text.v[l] : "");
	char **loose = xcalloc(LANG_MAX * q->nquestions + 1, sizeof *loose);   /* q_form_loose_find */
	char *resp_key = o->respondent_column ? text_match_key(o->respondent_column) : NULL;
	bool resp_found = false;
	for (size_t c = 0; c < n; c++) {
		const char *h = header[c];
		struct q_column *col = &out[c];
		*col = (struct q_column){ Q_COLUMN_UNKNOWN, -1, Q_HOW_NONE, false, LANG_EN };
		char *key = text_match_key(h);
		struct q_map_entry *pin = NULL;
		for (size_t k = 0; o->map && k < o->map->n; k++)
			if (!strcmp(o->map->entries[k].key, key))
				pin = &o->map->entries[k];
		long qi;
		const char *parent;
		size_t parent_len;
		const char *last = last_segment(h, &parent, &parent_len);
		if (pin) {
			*col = pin->target;
			pin->used = true;
		} else if (resp_key && !strcmp(key, resp_key)) {
			*col = (struct q_column){ Q_COLUMN_RESPONDENT, -1, Q_HOW_RESPONDENT_OPTION, false, LANG_EN };
			resp_found = true;
		} else if (!strcmp(key, "respondent")) {
			*col = (struct q_column){ Q_COLUMN_RESPONDENT, -1, Q_HOW_HEADER, false, LANG_EN };
		} else if (csvx_header_eq(h, "department") || in_list(key, DEPARTMENT_COLUMNS)) {
			*col = (struct q_column){ Q_COLUMN_DEPARTMENT, -1, Q_HOW_HEADER, false, LANG_EN };
		} else if (csvx_header_eq(h, "role") || in_list(key, ROLE_COLUMNS)) {
			*col = (struct q_column){ Q_COLUMN_ROLE, -1, Q_HOW_HEADER, false, LANG_EN };
		} else if ((qi = q_find_question(q, h)) >= 0) {
			*col = (struct q_column){ Q_COLUMN_QUESTION, qi, Q_HOW_ID, false, LANG_EN };
		} else if (last != h && (qi = q_find_question(q, last)) >= 0) {
			*col = (struct q_column){ Q_COLUMN_QUESTION, qi, Q_HOW_NAME, false, LANG_EN };
		} else if (parent && (qi = find_question_n(q, parent, parent_len)) >= 0 &&
			   q_type_info(q->questions[qi].type)->several &&
			   q_find_option(&q->questions[qi], last) >= 0) {
			/* Kobo's 0/1 column per option of a select_multiple. */
			*col = (struct q_column){ Q_COLUMN_OPTION, qi, Q_HOW_OPTION, false, LANG_EN };
		} else {
			for (size_t i = 0; i < q->nquestions && col->role == Q_COLUMN_UNKNOWN; i++)
				for (size_t l = 0; l < nl && col->role == Q_COLUMN_UNKNOWN; l++) {
					const char *k = keys[LANG_MAX * i + l];
					if (*key && k && !strcmp(key, k))
						*col = (struct q_column){ Q_COLUMN_QUESTION, (long)i,
									  Q_HOW_TEXT, false, (lang_id)l };
				}
			lang_id loose_lang = LANG_EN;
			if (col->role == Q_COLUMN_UNKNOWN &&
			    (qi = q_form_loose_find(q, loose, h, &loose_lang)) >= 0)
				*col = (struct q_column){ Q_COLUMN_QUESTION, qi, Q_HOW_TEXT, false,
							  loose_lang };
			if (col->role == Q_COLUMN_UNKNOWN) {
				if (in_list(key, IDENTITY_COLUMNS))
					*col = (struct q_column){ Q_COLUMN_META, -1, Q_HOW_META, true, LANG_EN };
				else if (h[0] == '_' || in_list(key, META_COLUMNS))
					*col = (struct q_column){ Q_COLUMN_META, -1, Q_HOW_META, false, LANG_EN };
				else if (o->ignore_unknown)
					*col = (struct q_column){ Q_COLUMN_SKIP, -1, Q_HOW_IGNORE_UNKNOWN, false, LANG_EN };
			}
		}
		free(key);
	}
	bool ok = true;
	if (resp_key && !resp_found) {
		bool pinned = false;
		for (size_t c = 0; c < n; c++)
			pinned |= out[c].role == Q_COLUMN_RESPONDENT;
		if (!pinned) {
			char *safe = text_sanitize(o->respondent_column);
			diag_fail(d, EXIT_DATAERR, _("--respondent-column: no column '%s' in the header of %s"),
				  safe, o->file);
			free(safe);
			ok = false;
		}
	}
	for (size_t k = 0; o->map && k < o->map->n; k++) {
		const struct q_map_entry *e = &o->map->entries[k];
		if (!e->used) {
			char *safe = text_sanitize(e->column);
			diag_row(d, EXIT_DATAERR, o->map->file, e->row, e->line, 1, NULL,
				 _("no column '%s' in %s"), safe, o->file);
			free(safe);
			ok = false;
		}
	}
	for (size_t i = 0; i < LANG_MAX * q->nquestions; i++) {
		free(keys[i]);
		free(loose[i]);
	}
	free(keys);
	free(loose);
	free(resp_key);
	return ok;
}

/* ---- answers ---- */

/* The option of qq whose label (either language) or id s is, or -1. */
static long option_by_label(const struct q_question *qq, const char *s)
{
	char *key = text_match_key(s);
	long found = -1;
	for (size_t i = 0; i < qq->noptions && found < 0; i++)
		if (text_key_any(key, &qq->options[i].text) || key_eq(key, qq->options[i].id))
			found = (long)i;
	free(key);
	return found;
}

static char *trimmed(const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return xstrndup(s, n);
}

/* Labels joined by ", " or ";" (a label may hold ", " itself: the longest
 * run of pieces that is a label wins), or ids joined by spaces (Kobo). */
static char *multi_labels(const struct q_question *qq, const char *raw)
{
	char **pieces = NULL;
	size_t n = 0, cap = 0;
	for (const char *p = raw;;) {
		size_t len = strcspn(p, ",;");
		const char *arabic_comma = strstr(p, "\xD8\x8C");
		if (arabic_comma && (size_t)(arabic_comma - p) < len)
			len = (size_t)(arabic_comma - p);
		char *piece = trimmed(p, len);
		XGROW(pieces, cap, n + 1);
		pieces[n++] = piece;
		p += len;
		if (!*p)
			break;
		p += (unsigned char)*p == 0xD8 ? 2 : 1;
	}
	struct sbuf out;
	sbuf_init(&out);
	bool ok = true;
	size_t chosen = 0;
	for (size_t i = 0; i < n && ok;) {
		if (!*pieces[i]) {
			i++;
			continue;
		}
		long best = -1;
		size_t best_j = i;
		struct sbuf joined;
		sbuf_init(&joined);
		for (size_t j = i; j < n; j++) {
			sbuf_addf(&joined, "%s%s", j > i ? ", " : "", pieces[j]);
			long k = option_by_label(qq, joined.s);
			if (k >= 0) {
				best = k;
				best_j = j;
			}
		}
		sbuf_release(&joined);
		if (best < 0) {
			ok = false;
			break;
		}
		sbuf_addf(&out, "%s%s", chosen++ ? ";" : "", qq->options[best].id);
		i = best_j + 1;
	}
	if (!ok && n == 1 && strchr(raw, ' ')) {
		/* Kobo: option ids separated by spaces. */
		sbuf_reset(&out);
		ok = true;
		chosen = 0;
		for (const char *p = raw; *p && ok;) {
			size_t len = strcspn(p, " ");
			if (len) {
				char *id = xstrndup(p, len);
				long k = q_find_option(qq, id);
				free(id);
				if (k < 0)
					ok = false;
				else
					sbuf_addf(&out, "%s%s", chosen++ ? ";" : "", qq->options[k].id);
			}
			p += len + (p[len] == ' ');
		}
	}
	for (size_t i = 0; i < n; i++)
		free(pieces[i]);
	free(pieces);
	if (!ok || !out.s) {
		sbuf_release(&out);
		return NULL;
	}
	return sbuf_detach(&out);
}

/* The scale value whose label (either language) raw is. */
char *q_label_scale(const struct questionnaire *q, const struct q_question *qq, const char *raw)
{
	char *key = text_match_key(raw);
	char *found = NULL;
	for (size_t i = 0; i < q->nscale_labels && !found; i++)
		if (text_key_any(key, &q->scale_labels[i].text))
			found = xasprintf("%ld", q->scale_labels[i].value);
	free(key);
	return found;
}

char *q_label_yesno(const struct questionnaire *q, const struct q_question *qq, const char *raw)
{
	/* Answers as Persian and Arabic forms write them (input, not messages). */
	static const char *const yes[] = { "yes", "بله", "آری", "بلی", "نعم", NULL };
	static const char *const no[] = { "no", "خیر", "نه", "لا", NULL };
	char *key = text_match_key(raw);
	const char *v = in_list(key, yes) ? "yes" : in_list(key, no) ? "no" : NULL;
	free(key);
	return v ? xstrdup(v) : NULL;
}

char *q_label_option(const struct questionnaire *q, const struct q_question *qq, const char *raw)
{
	if (q_type_info(qq->type)->several)
		return multi_labels(qq, raw);
	long k = option_by_label(qq, raw);
	return k >= 0 ? xstrdup(qq->options[k].id) : NULL;
}

char *q_labels_scale(const struct questionnaire *q, const struct q_question *qq, lang_id lang)
{
	struct sbuf b;
	sbuf_init(&b);
	char *head = tfmt(_("a whole number %ld..%ld or one of the scale's labels: "), q->scale_min,
			  q->scale_max);
	sbuf_adds(&b, head);
	free(head);
	for (size_t i = 0; i < q->nscale_labels; i++)
		sbuf_addf(&b, "%s%s", i ? _(", ") : "", text_get(&q->scale_labels[i].text, lang));
	return sbuf_detach(&b);
}

char *q_labels_yesno(const struct questionnaire *q, const struct q_question *qq, lang_id lang)
{
	return xstrdup(_("Yes or No"));
}

char *q_labels_option(const struct questionnaire *q, const struct q_question *qq, lang_id lang)
{
	bool several = q_type_info(qq->type)->several;
	struct sbuf b;
	sbuf_init(&b);
	sbuf_addf(&b, "%s: ", several ? _("options of") : _("one of the options"));
	for (size_t i = 0; i < qq->noptions; i++)
		sbuf_addf(&b, "%s'%s'", i ? _(", ") : "", text_get(&qq->options[i].text, lang));
	if (several)
		sbuf_adds(&b, _(" (joined by ';' or ', ')"));
	return sbuf_detach(&b);
}

char *q_match_answer(const struct questionnaire *q, const struct q_question *qq, const char *raw)
{
	const struct q_type_info *t = q_type_info(qq->type);
	if (!raw || !*raw || !t->from_label)
		return NULL;
	return t->from_label(q, qq, raw);
}

char *q_match_answer_error(const struct questionnaire *q, const struct q_question *qq,
			   const char *raw, lang_id lang)
{
	const struct q_type_info *t = q_type_info(qq->type);
	if (!t->labels)
		return NULL;
	char *safe = text_sanitize(raw);
	char *labels = t->labels(q, qq, lang);
	char *msg = tfmt(_("found '%s', expected %s%s"), safe, labels, qq->na ? _(", or na") : "");
	free(labels);
	free(safe);
	return msg;
}

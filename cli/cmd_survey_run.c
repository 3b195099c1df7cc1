/* crmready survey run: one respondent answers in the terminal (SPEC §4).
 *
 * One question at a time with its scale or options; b back, s skip, n n/a,
 * ? help, q save and quit. Every answer is saved at once in its own small
 * transaction, so an interrupted survey loses nothing and running the same
 * command again resumes at the first question not yet answered. Reads
 * answers from a pipe as well as from a terminal.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/xalloc.h"
#include "../questionnaires/questionnaire.h"
#include "cmd_survey.h"

enum msg {
	M_REQUIRED, M_OPTIONAL, M_KEYS_NA, M_KEYS, M_PROMPT, M_BACK_FIRST, M_NO_SKIP, M_NO_NA,
	M_SAVED_QUIT, M_DONE, M_EOF, M_CURRENT, M_YESNO, M_NUMBER, M_TEXT, M_LEVEL, M_MULTI,
	M_RESUME, M_HELP_NONE, M_SOURCE, M_EMPTY, M_NOT_UTF8, M_COUNT
};

static const struct text MSG[M_COUNT] = {
	[M_REQUIRED] = { "required", "اجباری" },
	[M_OPTIONAL] = { "optional", "اختیاری" },
	[M_KEYS_NA] = { "b back, s skip, n not applicable, ? help, q save and quit",
			"b قبلی، s رد شدن، n موضوعیت ندارد، ? راهنما، q ذخیره و خروج" },
	[M_KEYS] = { "b back, s skip, ? help, q save and quit",
		     "b قبلی، s رد شدن، ? راهنما، q ذخیره و خروج" },
	[M_PROMPT] = { "answer", "پاسخ" },
	[M_BACK_FIRST] = { "this is the first question", "این نخستین پرسش است" },
	[M_NO_SKIP] = { "this question is required: it cannot be skipped",
			"این پرسش اجباری است و نمی‌توان از آن گذشت" },
	[M_NO_NA] = { "'not applicable' is not allowed for this question",
		      "پاسخ «موضوعیت ندارد» برای این پرسش پذیرفته نیست" },
	[M_SAVED_QUIT] = { "saved; run the same command again to resume",
			   "ذخیره شد؛ برای ادامه، همین فرمان را دوباره اجرا کنید" },
	[M_DONE] = { "all questions answered, thank you", "همه پرسش‌ها پاسخ داده شد؛ سپاس" },
	[M_EOF] = { "end of input: answers saved; run again to resume",
		    "پایان ورودی: پاسخ‌ها ذخیره شد؛ برای ادامه دوباره اجرا کنید" },
	[M_CURRENT] = { "current answer", "پاسخ فعلی" },
	[M_YESNO] = { "yes / no", "بله / خیر (yes / no)" },
	[M_NUMBER] = { "a number", "یک عدد" },
	[M_TEXT] = { "free text", "متن آزاد" },
	[M_LEVEL] = { "maturity level 1..5", "سطح بلوغ ۱ تا ۵" },
	[M_MULTI] = { "one or more, separated by ';' (numbers or ids)",
		      "یک یا چند گزینه، جدا با ';' (شماره یا شناسه)" },
	[M_RESUME] = { "resuming", "ادامه از" },
	[M_HELP_NONE] = { "no further help for this question", "راهنمای بیشتری برای این پرسش نیست" },
	[M_SOURCE] = { "why we ask", "چرا می‌پرسیم" },
	[M_EMPTY] = { "type an answer, or s to skip", "پاسخی بنویسید، یا s برای رد شدن" },
	[M_NOT_UTF8] = { "the answer is not UTF-8 text (check the terminal's encoding); type it again",
			 "پاسخ متن UTF-8 نیست (رمزگذاری ترمینال را بررسی کنید)؛ دوباره بنویسید" },
};

struct session {
	struct cli *cli;
	struct store *st;
	struct store_survey *sv;
	const struct questionnaire *q;
	const char *name;
	char **values;            /* per question: stored answer, or NULL */
	size_t *history;          /* questions asked, in order (for back) */
	size_t nhistory, history_cap;
	char today[11];
};

static const char *msg(const struct session *s, enum msg m)
{
	return text_get(&MSG[m], s->cli->lang);
}

/* Print user-facing content text safely. */
static void say(const char *s)
{
	char *safe = text_sanitize(s);
	fputs(safe, stdout);
	free(safe);
}

static bool save(struct session *s, size_t qi, const char *value)
{
	struct diag *d = &s->cli->diag;
	if (!store_begin(s->st, d))
		return false;
	if (!store_answer_set(s->sv, s->name, qi, value, s->today, d) || !store_commit(s->st, d)) {
		store_rollback(s->st);
		return false;
	}
	free(s->values[qi]);
	s->values[qi] = xstrdup(value);
	return true;
}

/* The next question to ask after position from (inclusive): applicable
 * and, when fresh, not yet answered; nquestions when none. */
static size_t next_question(const struct session *s, size_t from, bool fresh)
{
	for (size_t i = from; i < s->q->nquestions; i++) {
		if (!q_when_applies(s->q, &s->q->questions[i], (const char *const *)s->values))
			continue;
		if (fresh && s->values[i])
			continue;
		return i;
	}
	return s->q->nquestions;
}

static void show_question(const struct session *s, size_t qi, size_t number, size_t total)
{
	const struct questionnaire *q = s->q;
	const struct q_question *qq = &q->questions[qi];
	enum lang lang = s->cli->lang;
	printf("\n[%zu/%zu] ", number, total);
	say(text_get(&q->dimensions[qq->dimension].title, lang));
	printf(" (%s)\n", msg(s, qq->required ? M_REQUIRED : M_OPTIONAL));
	say(text_get(&qq->text, lang));
	fputc('\n', stdout);
	switch (qq->type) {
	case Q_LIKERT:
		for (long v = q->scale_min; v <= q->scale_max; v++) {
			const struct text *label = q_scale_label(q, v);
			printf("  %ld", v);
			if (label) {
				fputc(' ', stdout);
				say(text_get(label, lang));
			}
			fputc('\n', stdout);
		}
		break;
	case Q_CHOICE:
	case Q_MULTI:
		for (size_t k = 0; k < qq->noptions; k++) {
			printf("  %zu %s: ", k + 1, qq->options[k].id);
			say(text_get(&qq->options[k].text, lang));
			fputc('\n', stdout);
		}
		if (qq->type == Q_MULTI)
			printf("  (%s)\n", msg(s, M_MULTI));
		break;
	case Q_LEVEL:
		if (qq->capability >= 0) {
			const struct q_capability *c = &q->capabilities[qq->capability];
			for (int l = 0; l < 5; l++) {
				printf("  %d ", l + 1);
				say(text_get(&c->levels[l], lang));
				fputc('\n', stdout);
			}
		} else {
			printf("  (%s)\n", msg(s, M_LEVEL));
		}
		break;
	case Q_YESNO:
		printf("  (%s)\n", msg(s, M_YESNO));
		break;
	case Q_NUMBER:
		printf("  (%s)\n", msg(s, M_NUMBER));
		break;
	case Q_TEXT:
		printf("  (%s)\n", msg(s, M_TEXT));
		break;
	}
	if (s->values[qi] && *s->values[qi]) {
		printf("  %s: ", msg(s, M_CURRENT));
		say(s->values[qi]);
		fputc('\n', stdout);
	}
	printf("  [%s]\n", msg(s, qq->na ? M_KEYS_NA : M_KEYS));
}

/* Choice and multi answers may name options by their number. */
static char *options_by_number(const struct q_question *qq, const char *in)
{
	if (qq->type != Q_CHOICE && qq->type != Q_MULTI)
		return xstrdup(in);
	struct sbuf b;
	sbuf_init(&b);
	const char *p = in;
	while (*p) {
		size_t n = strcspn(p, ";, ");
		char *part = xstrndup(p, n);
		char *end;
		long k = strtol(part, &end, 10);
		if (*part && !*end && k >= 1 && (size_t)k <= qq->noptions && q_find_option(qq, part) < 0)
			sbuf_addf(&b, "%s%s", b.len ? ";" : "", qq->options[k - 1].id);
		else if (*part)
			sbuf_addf(&b, "%s%s", b.len ? ";" : "", part);
		free(part);
		p += n;
		while (*p == ';' || *p == ',' || *p == ' ')
			p++;
	}
	return sbuf_detach(&b);
}

static char *read_line(void)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n = getline(&line, &cap, stdin);
	if (n < 0) {
		free(line);
		return NULL;
	}
	while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		line[--n] = '\0';
	return line;
}

static size_t count_applicable(const struct session *s, size_t upto, size_t *total)
{
	size_t pos = 0;
	*total = 0;
	for (size_t i = 0; i < s->q->nquestions; i++)
		if (q_when_applies(s->q, &s->q->questions[i], (const char *const *)s->values)) {
			(*total)++;
			if (i <= upto)
				pos++;
		}
	return pos;
}

/* The dialog. Returns false on a store error. */
static bool ask_all(struct session *s)
{
	const struct questionnaire *q = s->q;
	size_t qi = next_question(s, 0, true);
	if (s->nhistory == 0 && qi > 0 && qi < q->nquestions) {
		printf("%s: %s\n", msg(s, M_RESUME), q->questions[qi].id);
	}
	while (qi < q->nquestions) {
		const struct q_question *qq = &q->questions[qi];
		size_t total, number = count_applicable(s, qi, &total);
		show_question(s, qi, number, total);
		printf("%s> ", msg(s, M_PROMPT));
		fflush(stdout);
		char *line = read_line();
		if (!line) {
			printf("\n%s\n", msg(s, M_EOF));
			return true;
		}
		size_t bad;
		if (!utf8_valid(line, strlen(line), &bad) || strlen(line) > 65536) {
			printf("! %s\n", msg(s, M_NOT_UTF8));
			free(line);
			continue;
		}
		char *in = line;
		while (*in == ' ' || *in == '\t')
			in++;
		bool one = in[0] && !in[1];
		if (one && (in[0] == 'q' || in[0] == 'Q')) {
			printf("%s\n", msg(s, M_SAVED_QUIT));
			free(line);
			return true;
		}
		if (one && (in[0] == 'b' || in[0] == 'B')) {
			if (!s->nhistory)
				printf("! %s\n", msg(s, M_BACK_FIRST));
			else
				qi = s->history[--s->nhistory];
			free(line);
			continue;
		}
		if (one && in[0] == '?') {
			if (qq->help.en)
				say(text_get(&qq->help, s->cli->lang));
			else
				fputs(msg(s, M_HELP_NONE), stdout);
			fputc('\n', stdout);
			if (qq->source) {
				printf("%s: ", msg(s, M_SOURCE));
				say(qq->source);
				fputc('\n', stdout);
			}
			free(line);
			continue;
		}
		const char *value = NULL;
		char *canonical = NULL;
		if (one && (in[0] == 's' || in[0] == 'S')) {
			if (qq->required) {
				printf("! %s\n", msg(s, M_NO_SKIP));
				free(line);
				continue;
			}
			value = "";
		} else if (one && (in[0] == 'n' || in[0] == 'N')) {
			if (!qq->na) {
				printf("! %s\n", msg(s, M_NO_NA));
				free(line);
				continue;
			}
			value = "na";
		} else if (!*in) {
			printf("! %s\n", msg(s, qq->required ? M_NO_SKIP : M_EMPTY));
			free(line);
			continue;
		} else {
			char *mapped = options_by_number(qq, in);
			struct q_answer a;
			char *err;
			bool ok = q_answer_parse(q, qq, mapped, &a, &err);
			free(mapped);
			if (!ok) {
				printf("! ");
				say(err);
				fputc('\n', stdout);
				free(err);
				free(line);
				continue;
			}
			if (a.kind == Q_ANSWER_EMPTY) {
				q_answer_release(&a);
				printf("! %s\n", msg(s, M_EMPTY));
				free(line);
				continue;
			}
			canonical = a.canonical;
			a.canonical = NULL;
			q_answer_release(&a);
			value = canonical;
		}
		bool saved = save(s, qi, value);
		free(canonical);
		free(line);
		if (!saved)
			return false;
		XGROW(s->history, s->history_cap, s->nhistory + 1);
		s->history[s->nhistory++] = qi;
		/* On in questionnaire order; after going back this shows the
		 * questions answered since, with their current answers. */
		qi = next_question(s, qi + 1, false);
	}
	printf("\n%s\n", msg(s, M_DONE));
	return true;
}

int survey_run(struct cli *cli)
{
	const char *name = cli_opt(cli, "respondent");
	const char *department = cli_opt(cli, "department");
	const char *role = cli_opt(cli, "role");
	if (!name || !*name)
		return cli_usage_error(cli, "--respondent NAME is required");
	struct store *st = cli->store;
	struct questionnaire *q = q_lookup(st, cli->args[0], &cli->diag);
	struct session s = { .cli = cli, .st = st, .q = q, .name = name };
	cli_today(s.today);
	const char **ids = NULL;
	struct store_respondent old = { 0 };
	if (!q)
		goto out;
	ids = xcalloc(q->nquestions + 1, sizeof *ids);
	for (size_t i = 0; i < q->nquestions; i++)
		ids[i] = q->questions[i].id;
	s.values = xcalloc(q->nquestions + 1, sizeof *s.values);
	/* Register the respondent (or update department and role), keeping
	 * what they answered before. */
	if (!store_begin(st, &cli->diag))
		goto out;
	s.sv = store_survey_open(st, q->id, ids, q->nquestions, true, &cli->diag);
	int found = s.sv ? store_respondent_get(s.sv, name, &old, &cli->diag) : -1;
	if (found == 0 && (!department || !*department)) {
		store_rollback(st);
		cli_usage_error(cli, "--department D is required for a new respondent");
		store_survey_close(s.sv);
		free(ids);
		free(s.values);
		q_free(q);
		return EXIT_USAGE;
	}
	bool ok = found >= 0;
	if (ok) {
		size_t *qidx = xcalloc(old.nanswers + 1, sizeof *qidx);
		const char **vals = xcalloc(old.nanswers + 1, sizeof *vals);
		size_t n = 0;
		for (size_t i = 0; i < old.nanswers; i++)
			if (old.answers[i].qindex >= 0) {
				qidx[n] = (size_t)old.answers[i].qindex;
				vals[n++] = old.answers[i].value;
				s.values[old.answers[i].qindex] = xstrdup(old.answers[i].value);
			}
		ok = store_respondent_put(s.sv, name,
					  department && *department ? department : old.department,
					  role ? role : found ? old.role : "", qidx, vals, n, s.today,
					  &cli->diag);
		free(qidx);
		free(vals);
	}
	if (!ok || !store_commit(st, &cli->diag)) {
		store_rollback(st);
		goto out;
	}
	{
		char *safe = text_sanitize(name);
		printf("%s: %s (%zu questions)\n", text_get(&q->title, cli->lang), safe, q->nquestions);
		free(safe);
	}
	ask_all(&s);
out:
	store_respondent_release(&old);
	store_survey_close(s.sv);
	if (s.values)
		for (size_t i = 0; i < q->nquestions; i++)
			free(s.values[i]);
	free(s.values);
	free(s.history);
	free(ids);
	q_free(q);
	return cli_finish(cli);
}

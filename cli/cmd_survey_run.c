/* crmready survey run: one respondent answers in the terminal.
 *
 * One question at a time with its scale or options; b back, s skip, n n/a,
 * ? help, q save and quit. The session (q_session_*) saves every answer at
 * once, so an interrupted survey loses nothing and running the same
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
	M_SAVED_QUIT, M_DONE, M_EOF, M_CURRENT, M_RESUME, M_HELP_NONE, M_SOURCE, M_EMPTY, M_NOT_UTF8, M_COUNT
};

static const char *const MSG[M_COUNT] = {
	[M_REQUIRED] = N_("required"),
	[M_OPTIONAL] = N_("optional"),
	[M_KEYS_NA] = N_("b back, s skip, n not applicable, ? help, q save and quit"),
	[M_KEYS] = N_("b back, s skip, ? help, q save and quit"),
	[M_PROMPT] = N_("answer"),
	[M_BACK_FIRST] = N_("this is the first question"),
	[M_NO_SKIP] = N_("this question is required: it cannot be skipped"),
	[M_NO_NA] = N_("'not applicable' is not allowed for this question"),
	[M_SAVED_QUIT] = N_("saved; run the same command again to resume"),
	[M_DONE] = N_("all questions answered, thank you"),
	[M_EOF] = N_("end of input: answers saved; run again to resume"),
	[M_CURRENT] = N_("current answer"),
	[M_RESUME] = N_("resuming"),
	[M_HELP_NONE] = N_("no further help for this question"),
	[M_SOURCE] = N_("why we ask"),
	[M_EMPTY] = N_("type an answer, or s to skip"),
	[M_NOT_UTF8] = N_("the answer is not UTF-8 text (check the terminal's encoding); type it again"),
};

struct session {
	struct cli *cli;
	struct q_session qs;
	size_t *history;          /* questions asked, in order (for back) */
	size_t nhistory, history_cap;
};

static const char *msg(const struct session *s, enum msg m)
{
	return _(MSG[m]);
}

/* Print user-facing content text safely. */
static void say(const char *s)
{
	char *safe = text_sanitize(s);
	fputs(safe, stdout);
	free(safe);
}

static void show_question(const struct session *s, size_t qi, size_t number, size_t total)
{
	const struct questionnaire *q = s->qs.q;
	const struct q_question *qq = &q->questions[qi];
	lang_id lang = s->cli->lang;
	tfprintf(stdout, "\n[%zu/%zu] ", number, total);
	say(text_get(&q->dimensions[qq->dimension].title, lang));
	printf(" (%s)\n", msg(s, qq->required ? M_REQUIRED : M_OPTIONAL));
	say(text_get(&qq->text, lang));
	fputc('\n', stdout);
	const struct q_type_info *t = q_type_info(qq->type);
	bool listed = true;       /* the answers it takes are listed */
	/* the numbers to type in the reader's digits (either kind is read) */
	if (t->options) {
		for (size_t k = 0; k < qq->noptions; k++) {
			tfprintf(stdout, "  %zu %s: ", k + 1, qq->options[k].id);
			say(text_get(&qq->options[k].text, lang));
			fputc('\n', stdout);
		}
	} else if (t->capability && qq->capability >= 0) {
		const struct q_capability *c = &q->capabilities[qq->capability];
		for (int l = 0; l < Q_LEVELS; l++) {
			tfprintf(stdout, "  %d ", l + Q_LEVEL_MIN);
			say(text_get(&c->levels[l], lang));
			fputc('\n', stdout);
		}
	} else if (t->ranged && !t->capability) {
		for (long v = q->scale_min; v <= q->scale_max; v++) {
			const struct text *label = q_scale_label(q, v);
			tfprintf(stdout, "  %ld", v);
			if (label) {
				fputc(' ', stdout);
				say(text_get(label, lang));
			}
			fputc('\n', stdout);
		}
	} else {
		listed = false;
	}
	/* What to type: where nothing is listed, and for several options how. */
	if (t->hint && (!listed || t->several))
		printf("  (%s)\n", _(t->hint));
	const char *current = s->qs.values[qi];
	if (current && *current) {
		printf("  %s: ", msg(s, M_CURRENT));
		say(current);
		fputc('\n', stdout);
	}
	printf("  [%s]\n", msg(s, qq->na ? M_KEYS_NA : M_KEYS));
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

static void show_help(const struct session *s, const struct q_question *qq)
{
	if (qq->help.v[LANG_EN])
		say(text_get(&qq->help, s->cli->lang));
	else
		fputs(msg(s, M_HELP_NONE), stdout);
	fputc('\n', stdout);
	if (qq->source.n) {
		char *src = sources_text(&qq->source, s->cli->lang);
		printf("%s: ", msg(s, M_SOURCE));
		say(src);
		fputc('\n', stdout);
		free(src);
	}
}

/* What was typed for qq read as its answer: the value to store (malloc'd),
 * or NULL after saying why it is not one. */
static char *typed_answer(const struct session *s, const struct q_question *qq, const char *in)
{
	bool one = in[0] && !in[1];
	enum q_typed_how how = one && (in[0] == 's' || in[0] == 'S') ? Q_TYPED_SKIP
			       : one && (in[0] == 'n' || in[0] == 'N') ? Q_TYPED_NA : Q_TYPED_ANSWER;
	char *value, *err;
	switch (q_answer_typed(s->qs.q, qq, how, in, &value, &err)) {
	case Q_TYPED_OK:
		return value;
	case Q_TYPED_REQUIRED:
		printf("! %s\n", msg(s, M_NO_SKIP));
		break;
	case Q_TYPED_NO_NA:
		printf("! %s\n", msg(s, M_NO_NA));
		break;
	case Q_TYPED_EMPTY:
		printf("! %s\n", msg(s, M_EMPTY));
		break;
	case Q_TYPED_INVALID:
		printf("! ");
		say(err);
		fputc('\n', stdout);
		free(err);
		break;
	}
	return NULL;
}

/* The dialog. Returns false on a store error. */
static bool ask_all(struct session *s)
{
	const struct questionnaire *q = s->qs.q;
	size_t qi = q_session_next(&s->qs, 0, true);
	if (s->nhistory == 0 && qi > 0 && qi < q->nquestions) {
		printf("%s: %s\n", msg(s, M_RESUME), q->questions[qi].id);
	}
	while (qi < q->nquestions) {
		const struct q_question *qq = &q->questions[qi];
		size_t total, number = q_session_number(&s->qs, qi, &total);
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
			show_help(s, qq);
			free(line);
			continue;
		}
		char *value = typed_answer(s, qq, in);
		free(line);
		if (!value)
			continue;
		bool saved = q_session_save(&s->qs, qi, value, &s->cli->diag);
		free(value);
		if (!saved)
			return false;
		XGROW(s->history, s->history_cap, s->nhistory + 1);
		s->history[s->nhistory++] = qi;
		/* On in questionnaire order; after going back this shows the
		 * questions answered since, with their current answers. */
		qi = q_session_next(&s->qs, qi + 1, false);
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
		return cli_usage_error(cli, "%s", _("--respondent NAME is required"));
	const char *round;
	if (!cli_round_opt(cli, &round))
		return EXIT_USAGE;
	struct store *st = cli->store;
	struct questionnaire *q = q_lookup(st, cli->args[0], &cli->diag);
	struct session s = { .cli = cli };
	char today[11];
	cli_today(today);
	enum q_session_status status = Q_SESSION_FAILED;
	if (q)
		status = q_session_open(&s.qs, st, q, round, name, department, role, today, &cli->diag);
	if (status == Q_SESSION_NEEDS_DEPARTMENT) {
		cli_usage_error(cli, "%s", _("--department D is required for a new respondent"));
		q_session_close(&s.qs);
		q_free(q);
		return EXIT_USAGE;
	}
	if (status == Q_SESSION_OPEN) {
		char *safe = text_sanitize(name);
		tfprintf(stdout, trn("%s: %s (%zu questions)\n", "%s: %s (%zu questions)\n", q->nquestions),
			 text_get(&q->title, cli->lang), safe, q->nquestions);
		free(safe);
		ask_all(&s);
	}
	if (q)
		q_session_close(&s.qs);
	free(s.history);
	q_free(q);
	return cli_finish(cli);
}

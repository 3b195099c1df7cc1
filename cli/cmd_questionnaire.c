/* crmready questionnaire add|validate|list|show */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/xalloc.h"
#include "../questionnaires/questionnaire.h"
#include "commands.h"

static int run_add(struct cli *cli)
{
	struct questionnaire *q = q_load_file(cli->args[0], &cli->diag);
	if (!q)
		return cli_finish(cli);
	struct store *st = cli_open_store(cli, STORE_WRITE);
	bool unchanged;
	if (st && store_begin(st, &cli->diag)) {
		if (q_register(st, q, q->doc.source, cli->args[0], &unchanged, &cli->diag) &&
		    store_commit(st, &cli->diag)) {
			if (unchanged)
				printf("questionnaire %s version %ld is already known; nothing changed\n",
				       q->id, q->version);
			else
				printf("added questionnaire %s version %ld (%zu questions, %zu dimensions, "
				       "%zu capabilities)\n", q->id, q->version, q->nquestions,
				       q->ndimensions, q->ncapabilities);
		} else {
			store_rollback(st);
		}
	}
	store_close(st);
	q_free(q);
	return cli_finish(cli);
}

static int run_validate(struct cli *cli)
{
	for (int i = 0; i < cli->nargs; i++) {
		size_t before = cli->diag.errors;
		struct questionnaire *q = q_load_file(cli->args[i], &cli->diag);
		if (q && cli->diag.errors == before)
			printf("%s: ok: questionnaire %s version %ld, %zu questions, %zu dimensions, "
			       "%zu capabilities\n", cli->args[i], q->id, q->version, q->nquestions,
			       q->ndimensions, q->ncapabilities);
		q_free(q);
	}
	if (cli->diag.errors && !cli->quiet) {
		int rc = cli_finish(cli);
		fprintf(stderr, "%zu error%s\n", cli->diag.errors, cli->diag.errors == 1 ? "" : "s");
		return rc;
	}
	return cli_finish(cli);
}

static int run_list(struct cli *cli)
{
	struct store *st = cli_open_store(cli, STORE_READ);
	if (!st)
		return cli_finish(cli);
	struct q_listing *all = NULL;
	size_t n = 0;
	if (!q_list_all(st, &all, &n, &cli->diag))
		goto out;
	json_t *arr = cli->format == FORMAT_JSON ? json_array() : NULL;
	if (cli->format == FORMAT_TEXT)
		printf("%-24s %7s %9s %10s  %s\n", "ID", "VERSION", "QUESTIONS", "DIMENSIONS", "TITLE");
	if (cli->format == FORMAT_CSV) {
		/* Always the header, even when the first entry cannot be read. */
		const char *h[] = { "id", "version", "title", "questions", "dimensions",
				    "capabilities", "origin" };
		csvx_write_row(stdout, h, 7);
	}
	for (size_t i = 0; i < n; i++) {
		struct diag d;
		diag_init(&d);
		struct questionnaire *q = q_lookup(st, all[i].id, &d);
		if (!q) {
			/* A broken workspace copy: say so, list the rest. */
			diag_merge(&cli->diag, &d);
			continue;
		}
		diag_release(&d);
		const char *title = text_get(&q->title, cli->lang);
		if (arr) {
			json_array_append_new(arr, json_pack("{s:s, s:I, s:s, s:I, s:I, s:I, s:s}",
				"id", q->id, "version", (json_int_t)q->version, "title", title,
				"questions", (json_int_t)q->nquestions, "dimensions",
				(json_int_t)q->ndimensions, "capabilities", (json_int_t)q->ncapabilities,
				"origin", all[i].origin));
		} else if (cli->format == FORMAT_CSV) {
			char v[24], nq[24], nd[24], nc[24];
			snprintf(v, sizeof v, "%ld", q->version);
			snprintf(nq, sizeof nq, "%zu", q->nquestions);
			snprintf(nd, sizeof nd, "%zu", q->ndimensions);
			snprintf(nc, sizeof nc, "%zu", q->ncapabilities);
			const char *row[] = { q->id, v, title, nq, nd, nc, all[i].origin };
			csvx_write_row(stdout, row, 7);
		} else {
			char *clean = text_sanitize(title);
			printf("%-24s %7ld %9zu %10zu  %s%s\n", q->id, q->version, q->nquestions,
			       q->ndimensions, clean, all[i].in_workspace ? "" : "  (shipped)");
			free(clean);
		}
		q_free(q);
	}
	if (arr) {
		json_t *root = json_pack("{s:o}", "questionnaires", arr);
		json_dumpf(root, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
		fputc('\n', stdout);
		json_decref(root);
	}
out:
	q_listing_free(all, n);
	store_close(st);
	return cli_finish(cli);
}

static json_t *text_json(const struct text *t)
{
	json_t *o = json_object();
	json_object_set_new(o, "en", json_string(t->en ? t->en : ""));
	if (t->fa)
		json_object_set_new(o, "fa", json_string(t->fa));
	return o;
}

static json_t *show_json(const struct questionnaire *q)
{
	json_t *labels = json_object();
	for (size_t i = 0; i < q->nscale_labels; i++) {
		char k[24];
		snprintf(k, sizeof k, "%ld", q->scale_labels[i].value);
		json_object_set_new(labels, k, text_json(&q->scale_labels[i].text));
	}
	json_t *levels = json_array();
	for (size_t i = 0; i < q->nlevels; i++)
		json_array_append_new(levels, json_pack("{s:f, s:o}", "min", q->levels[i].min,
							"label", text_json(&q->levels[i].label)));
	json_t *dims = json_array();
	for (size_t i = 0; i < q->ndimensions; i++)
		json_array_append_new(dims, json_pack("{s:s, s:o, s:f}", "id", q->dimensions[i].id,
						      "title", text_json(&q->dimensions[i].title),
						      "weight", q->dimensions[i].weight));
	json_t *qs = json_array();
	for (size_t i = 0; i < q->nquestions; i++) {
		const struct q_question *qq = &q->questions[i];
		json_t *o = json_pack("{s:s, s:s, s:s, s:o, s:f, s:b, s:b, s:b}", "id", qq->id,
				      "dimension", q->dimensions[qq->dimension].id, "type",
				      q_type_name(qq->type), "text", text_json(&qq->text), "weight",
				      qq->weight, "reverse", qq->reverse, "required", qq->required,
				      "na", qq->na);
		if (qq->when_src)
			json_object_set_new(o, "when", json_string(qq->when_src));
		if (qq->noptions) {
			json_t *opts = json_array();
			for (size_t k = 0; k < qq->noptions; k++)
				json_array_append_new(opts, json_pack("{s:s, s:o, s:f}", "id",
					qq->options[k].id, "text", text_json(&qq->options[k].text),
					"score", qq->options[k].score));
			json_object_set_new(o, "options", opts);
		}
		if (qq->nbands) {
			json_t *bands = json_array();
			for (size_t k = 0; k < qq->nbands; k++) {
				json_t *b = json_pack("{s:f}", "score", qq->bands[k].score);
				if (qq->bands[k].has_max)
					json_object_set_new(b, "max", json_real(qq->bands[k].max));
				json_array_append_new(bands, b);
			}
			json_object_set_new(o, "bands", bands);
		}
		if (qq->capability >= 0)
			json_object_set_new(o, "capability",
					    json_string(q->capabilities[qq->capability].id));
		if (qq->source)
			json_object_set_new(o, "source", json_string(qq->source));
		json_array_append_new(qs, o);
	}
	json_t *caps = json_array();
	for (size_t i = 0; i < q->ncapabilities; i++) {
		const struct q_capability *c = &q->capabilities[i];
		json_t *lv = json_object();
		for (int k = 0; k < 5; k++) {
			char key[12];
			snprintf(key, sizeof key, "%d", k + 1);
			json_object_set_new(lv, key, text_json(&c->levels[k]));
		}
		json_t *o = json_pack("{s:s, s:o, s:I, s:I, s:o}", "id", c->id, "title",
				      text_json(&c->title), "importance", (json_int_t)c->importance,
				      "target", (json_int_t)c->target, "levels", lv);
		if (c->area)
			json_object_set_new(o, "area", json_string(c->area));
		json_array_append_new(caps, o);
	}
	return json_pack("{s:s, s:I, s:o, s:{s:I, s:I, s:o}, s:o, s:o, s:o, s:o}", "id", q->id,
			 "version", (json_int_t)q->version, "title", text_json(&q->title), "scale",
			 "min", (json_int_t)q->scale_min, "max", (json_int_t)q->scale_max, "labels",
			 labels, "levels", levels, "dimensions", dims, "questions", qs,
			 "capabilities", caps);
}

static void print_wrapped(const char *indent, const char *s)
{
	char *clean = text_sanitize(s);
	printf("%s%s\n", indent, clean);
	free(clean);
}

static void show_text(const struct questionnaire *q, enum lang lang, bool color)
{
	const char *bold = color ? "\033[1m" : "", *dim = color ? "\033[2m" : "",
		   *reset = color ? "\033[0m" : "";
	char *title = text_sanitize(text_get(&q->title, lang));
	printf("%s%s%s  (%s, version %ld)\n", bold, title, reset, q->id, q->version);
	free(title);
	printf("\n%s %ld..%ld:", lang == LANG_FA ? "مقیاس" : "Scale", q->scale_min, q->scale_max);
	for (size_t i = 0; i < q->nscale_labels; i++) {
		char *l = text_sanitize(text_get(&q->scale_labels[i].text, lang));
		printf("%s %ld = %s", i ? "," : "", q->scale_labels[i].value, l);
		free(l);
	}
	printf("\n%s:", lang == LANG_FA ? "سطح‌ها" : "Levels");
	for (size_t i = 0; i < q->nlevels; i++) {
		char *l = text_sanitize(text_get(&q->levels[i].label, lang));
		printf("%s %g+ %s", i ? "," : "", q->levels[i].min, l);
		free(l);
	}
	printf("\n");
	for (size_t dm = 0; dm < q->ndimensions; dm++) {
		const struct q_dimension *d = &q->dimensions[dm];
		char *t = text_sanitize(text_get(&d->title, lang));
		printf("\n%s%s%s  %s[%s, %s %g]%s\n", bold, t, reset, dim, d->id,
		       lang == LANG_FA ? "وزن" : "weight", d->weight, reset);
		free(t);
		for (size_t i = 0; i < q->nquestions; i++) {
			const struct q_question *qq = &q->questions[i];
			if (qq->dimension != dm)
				continue;
			struct sbuf flags;
			sbuf_init(&flags);
			sbuf_adds(&flags, q_type_name(qq->type));
			if (qq->weight != 1)
				sbuf_addf(&flags, ", weight %g", qq->weight);
			if (qq->required)
				sbuf_adds(&flags, ", required");
			if (qq->reverse)
				sbuf_adds(&flags, ", reverse");
			if (!qq->na)
				sbuf_adds(&flags, ", no n/a");
			if (qq->when_src)
				sbuf_addf(&flags, ", when %s", qq->when_src);
			printf("  %s%s%s  %s(%s)%s\n", bold, qq->id, reset, dim, flags.s, reset);
			sbuf_release(&flags);
			print_wrapped("    ", text_get(&qq->text, lang));
			for (size_t k = 0; k < qq->noptions; k++) {
				char *o = text_sanitize(text_get(&qq->options[k].text, lang));
				printf("      - %s: %s %s(%g)%s\n", qq->options[k].id, o, dim,
				       qq->options[k].score, reset);
				free(o);
			}
			for (size_t k = 0; k < qq->nbands; k++) {
				if (qq->bands[k].has_max)
					printf("      <= %g: %g\n", qq->bands[k].max, qq->bands[k].score);
				else
					printf("      %s: %g\n", lang == LANG_FA ? "بیشتر" : "above", qq->bands[k].score);
			}
		}
	}
	if (q->ncapabilities) {
		printf("\n%s%s%s\n", bold, lang == LANG_FA ? "قابلیت‌ها" : "Capabilities", reset);
		for (size_t i = 0; i < q->ncapabilities; i++) {
			const struct q_capability *c = &q->capabilities[i];
			char *t = text_sanitize(text_get(&c->title, lang));
			printf("  %s%s%s  %s  %s(%s %ld, %s %ld)%s\n", bold, c->id, reset, t, dim,
			       lang == LANG_FA ? "اهمیت" : "importance", c->importance,
			       lang == LANG_FA ? "هدف" : "target", c->target, reset);
			free(t);
		}
	}
}

static int run_show(struct cli *cli)
{
	struct store *st = cli_open_store(cli, STORE_READ);
	if (!st)
		return cli_finish(cli);
	struct questionnaire *q = q_lookup(st, cli->args[0], &cli->diag);
	if (q) {
		if (cli->format == FORMAT_JSON) {
			json_t *j = show_json(q);
			json_dumpf(j, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
			fputc('\n', stdout);
			json_decref(j);
		} else {
			show_text(q, cli->lang, cli->color_out);
		}
	}
	q_free(q);
	store_close(st);
	return cli_finish(cli);
}

static const struct command questionnaire_add = {
	.name = "add",
	.summary = "register a questionnaire in the workspace, or upgrade it to a higher version",
	.usage = "questionnaire add FILE.yaml",
	.description = "The file is validated in full first; nothing is written when it has an error.\n"
		       "A questionnaire with the id of one already known is accepted only with a\n"
		       "higher 'version'.",
	.min_args = 1, .max_args = 1, .run = run_add,
};
static const struct command questionnaire_validate = {
	.name = "validate",
	.summary = "check questionnaire files and report every error with its position",
	.usage = "questionnaire validate FILE.yaml...",
	.description = "Exit 0 when every file is valid, 65 when any has an error.",
	.min_args = 1, .max_args = -1, .run = run_validate,
};
static const struct command questionnaire_list = {
	.name = "list",
	.summary = "list the questionnaires available (shipped and in the workspace)",
	.usage = "questionnaire list [--format json|csv]",
	.formats = FORMAT_JSON | FORMAT_CSV,
	.min_args = 0, .max_args = 0, .run = run_list,
};
static const struct command questionnaire_show = {
	.name = "show",
	.summary = "print a questionnaire: scale, levels, dimensions and questions",
	.usage = "questionnaire show ID|FILE [--format json] [--lang en|fa]",
	.formats = FORMAT_JSON,
	.min_args = 1, .max_args = 1, .run = run_show,
};

static const struct command *const questionnaire_subcommands[] = {
	&questionnaire_add, &questionnaire_validate, &questionnaire_list, &questionnaire_show, NULL,
};

const struct command cmd_questionnaire = {
	.name = "questionnaire",
	.summary = "add, validate, list and show questionnaires",
	.usage = "questionnaire add|validate|list|show ...",
	.subcommands = questionnaire_subcommands,
	.run = NULL,
};

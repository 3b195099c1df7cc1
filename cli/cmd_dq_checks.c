/* crmready dq checks add|validate|list|show: data-quality checks files,
 * and the lookup every dq command uses (file, workspace, shipped). */
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "../core/embedded.h"
#include "../core/yamlx.h"
#include "cmd_dq.h"

void dq_source_release(struct dq_source *s)
{
	free(s->name);
	free(s->text);
	memset(s, 0, sizeof *s);
}

const char *dq_pct(char buf[16], double v)
{
	snprintf(buf, 16, "%.1f%%", v * 100.0);
	return buf;
}

bool dq_read_file(struct cli *cli, const char *path, struct dq_source *s)
{
	memset(s, 0, sizeof *s);
	FILE *in = fopen(path, "rb");
	if (!in) {
		diag_fail(&cli->diag, EXIT_NOINPUT, "%s: cannot open: %s", path, strerror(errno));
		return false;
	}
	struct stat sb;
	if (fstat(fileno(in), &sb) == 0 && S_ISDIR(sb.st_mode)) {
		fclose(in);
		diag_fail(&cli->diag, EXIT_NOINPUT, "%s: is a directory", path);
		return false;
	}
	struct sbuf b;
	sbuf_init(&b);
	char chunk[65536];
	size_t got;
	while ((got = fread(chunk, 1, sizeof chunk, in)) > 0) {
		sbuf_add(&b, chunk, got);
		if (b.len > YX_MAX_FILE)
			break;
	}
	bool err = ferror(in);
	fclose(in);
	if (err) {
		diag_fail(&cli->diag, EXIT_IOERR, "%s: read error", path);
		sbuf_release(&b);
		return false;
	}
	s->len = b.len;
	s->text = sbuf_detach(&b);
	s->name = xstrdup(path);
	s->origin = "file";
	return true;
}

static bool looks_like_file(const char *spec)
{
	size_t n = strlen(spec);
	struct stat sb;
	return strchr(spec, '/') || (n > 5 && !strcmp(spec + n - 5, ".yaml")) ||
	       (n > 4 && !strcmp(spec + n - 4, ".yml")) || stat(spec, &sb) == 0;
}

bool dq_find_checks(struct cli *cli, const char *spec, struct dq_checks *c,
		    struct dq_source *s)
{
	memset(s, 0, sizeof *s);
	if (!spec)
		spec = DQ_DEFAULT_CHECKS;
	if (looks_like_file(spec)) {
		if (!dq_read_file(cli, spec, s))
			return false;
	} else {
		struct store *st = cli_open_store(cli, STORE_READ);
		if (!st)
			return false;
		struct store_document doc;
		int found = store_document_get(st, "checks", spec, &doc, &cli->diag);
		if (found < 0) {
			store_close(st);
			return false;
		}
		if (found) {
			s->name = xasprintf("%s (workspace checks %s)", doc.origin, spec);
			s->text = doc.source;
			s->len = strlen(doc.source);
			s->origin = "workspace";
			doc.source = NULL;
			store_document_release(&doc);
		} else {
			char *path = xasprintf("checks/%s.yaml", spec);
			const struct embedded_file *f = content_find(path);
			if (f) {
				s->name = path;
				s->text = xstrndup(f->data, f->len);
				s->len = f->len;
				s->origin = "built-in";
			} else {
				free(path);
				struct store_document *docs = NULL;
				size_t n = 0;
				const char **ids = NULL;
				size_t nids = 0, nshipped = 0;
				char *shipped[60];
				if (store_document_list(st, "checks", &docs, &n, &cli->diag)) {
					ids = xcalloc(n + 64, sizeof *ids);
					for (size_t i = 0; i < n; i++)
						ids[nids++] = docs[i].id;
				} else {
					ids = xcalloc(64, sizeof *ids);
				}
				for (const struct embedded_file *e = content_files; e->name && nshipped < 60; e++)
					if (!strncmp(e->name, "checks/", 7)) {
						shipped[nshipped] = xstrndup(e->name + 7, strcspn(e->name + 7, "."));
						ids[nids++] = shipped[nshipped++];
					}
				const char *close = text_closest(spec, ids, nids);
				if (close)
					diag_fail(&cli->diag, EXIT_NOINPUT, "no checks '%s' in the workspace or "
						  "shipped (did you mean '%s'?)", spec, close);
				else
					diag_fail(&cli->diag, EXIT_NOINPUT, "no checks '%s' in the workspace or "
						  "shipped; 'crmready dq checks list' shows them", spec);
				for (size_t i = 0; i < n; i++)
					store_document_release(&docs[i]);
				for (size_t i = 0; i < nshipped; i++)
					free(shipped[i]);
				free(docs);
				free(ids);
				store_close(st);
				return false;
			}
		}
		store_close(st);
	}
	if (!dq_checks_load(c, s->name, s->text, s->len, &cli->diag)) {
		dq_source_release(s);
		return false;
	}
	return true;
}

/* ---- the verbs ---- */

static int checks_validate(struct cli *cli)
{
	if (cli->nargs < 2)
		return cli_usage_error(cli, "validate needs at least one FILE.yaml");
	for (int i = 1; i < cli->nargs; i++) {
		struct dq_source s;
		struct dq_checks c;
		if (!dq_read_file(cli, cli->args[i], &s))
			continue;
		if (dq_checks_load(&c, s.name, s.text, s.len, &cli->diag)) {
			if (!cli->quiet)
				printf("%s: ok (checks %s, %zu fields, %zu duplicate rules)\n",
				       cli->args[i], c.id, c.nfields, c.nrules);
			dq_checks_release(&c);
		}
		dq_source_release(&s);
	}
	return cli_finish(cli);
}

static int checks_add(struct cli *cli)
{
	if (cli->nargs != 2)
		return cli_usage_error(cli, "add needs exactly one FILE.yaml");
	struct dq_source s;
	struct dq_checks c;
	if (!dq_read_file(cli, cli->args[1], &s))
		return cli_finish(cli);
	if (!dq_checks_load(&c, s.name, s.text, s.len, &cli->diag)) {
		dq_source_release(&s);
		return cli_finish(cli);
	}
	struct store *st = cli_open_store(cli, STORE_WRITE);
	bool ok = st && store_begin(st, &cli->diag);
	struct store_document old;
	int found = ok ? store_document_get(st, "checks", c.id, &old, &cli->diag) : -1;
	ok = ok && found >= 0;
	bool same = false;
	if (ok && found == 1) {
		same = !strcmp(old.source, s.text);
		if (!same && old.version >= c.version) {
			diag_fail(&cli->diag, EXIT_DATAERR, "%s: checks '%s' version %ld is already in "
				  "the workspace; raise 'version' above %ld to replace it",
				  cli->args[1], c.id, old.version, old.version);
			ok = false;
		}
		store_document_release(&old);
	}
	if (ok && !same) {
		char now[32];
		time_t t = time(NULL);
		struct tm tm;
		gmtime_r(&t, &tm);
		strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tm);
		struct store_document doc = { "checks", (char *)c.id, (char *)cli->args[1], now,
					      c.version, s.text };
		ok = store_document_put(st, &doc, &cli->diag);
	}
	if (ok && store_commit(st, &cli->diag)) {
		if (!cli->quiet)
			printf(same ? "checks %s version %ld: already in the workspace\n"
				    : "added checks %s version %ld (%zu fields, %zu duplicate rules)\n",
			       c.id, c.version, c.nfields, c.nrules);
	} else if (st) {
		store_rollback(st);
	}
	if (st)
		store_close(st);
	dq_checks_release(&c);
	dq_source_release(&s);
	return cli_finish(cli);
}

struct listed {
	char *id, *origin, *title;
	long version;
	size_t nfields, nrules;
};

static void list_add(struct listed **v, size_t *n, size_t *cap, const char *id,
		     const char *origin, const char *file, const char *text, size_t len,
		     enum lang lang)
{
	for (size_t i = 0; i < *n; i++)
		if (!strcmp((*v)[i].id, id))
			return; /* the workspace one hides the shipped one */
	struct dq_checks c;
	struct diag d;
	diag_init(&d);
	bool ok = dq_checks_load(&c, file, text, len, &d);
	diag_release(&d);
	XGROW(*v, *cap, *n + 1);
	struct listed *l = &(*v)[(*n)++];
	l->id = xstrdup(id);
	l->origin = xstrdup(origin);
	l->title = xstrdup(ok ? text_get(&c.title, lang) : "(does not load)");
	l->version = ok ? c.version : 0;
	l->nfields = ok ? c.nfields : 0;
	l->nrules = ok ? c.nrules : 0;
	if (ok)
		dq_checks_release(&c);
}

static int checks_list(struct cli *cli)
{
	struct store *st = cli_open_store(cli, STORE_READ);
	if (!st)
		return cli_finish(cli);
	struct store_document *docs = NULL;
	size_t ndocs = 0;
	if (!store_document_list(st, "checks", &docs, &ndocs, &cli->diag)) {
		store_close(st);
		return cli_finish(cli);
	}
	store_close(st);
	struct listed *v = NULL;
	size_t n = 0, cap = 0;
	for (size_t i = 0; i < ndocs; i++)
		list_add(&v, &n, &cap, docs[i].id, "workspace", docs[i].origin, docs[i].source,
			 strlen(docs[i].source), cli->lang);
	for (const struct embedded_file *e = content_files; e->name; e++)
		if (!strncmp(e->name, "checks/", 7)) {
			char *id = xstrndup(e->name + 7, strcspn(e->name + 7, "."));
			list_add(&v, &n, &cap, id, "built-in", e->name, e->data, e->len, cli->lang);
			free(id);
		}
	if (cli->format == FORMAT_JSON) {
		json_t *a = json_array();
		for (size_t i = 0; i < n; i++)
			json_array_append_new(a, json_pack("{s:s, s:I, s:s, s:s, s:I, s:I}", "id", v[i].id,
							   "version", (json_int_t)v[i].version, "origin",
							   v[i].origin, "title", v[i].title, "fields",
							   (json_int_t)v[i].nfields, "duplicate_rules",
							   (json_int_t)v[i].nrules));
		json_t *o = json_pack("{s:o}", "checks", a);
		json_dumpf(o, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		putchar('\n');
		json_decref(o);
	} else {
		printf("%-24s %7s  %-9s  %6s  %5s  %s\n", "id", "version", "origin", "fields", "rules", "title");
		for (size_t i = 0; i < n; i++) {
			char *t = text_sanitize(v[i].title);
			printf("%-24s %7ld  %-9s  %6zu  %5zu  %s\n", v[i].id, v[i].version, v[i].origin,
			       v[i].nfields, v[i].nrules, t);
			free(t);
		}
	}
	for (size_t i = 0; i < n; i++) {
		free(v[i].id);
		free(v[i].origin);
		free(v[i].title);
	}
	free(v);
	for (size_t i = 0; i < ndocs; i++)
		store_document_release(&docs[i]);
	free(docs);
	return cli_finish(cli);
}

static int checks_show(struct cli *cli)
{
	if (cli->nargs != 2)
		return cli_usage_error(cli, "show needs exactly one checks ID");
	struct dq_source s;
	struct dq_checks c;
	if (!dq_find_checks(cli, cli->args[1], &c, &s))
		return cli_finish(cli);
	if (!cli->quiet)
		fprintf(stderr, "# %s checks %s version %ld\n", s.origin, c.id, c.version);
	fwrite(s.text, 1, s.len, stdout);
	if (s.len && s.text[s.len - 1] != '\n')
		putchar('\n');
	dq_checks_release(&c);
	dq_source_release(&s);
	return cli_finish(cli);
}

static int run_checks(struct cli *cli)
{
	static const struct { const char *verb; int (*run)(struct cli *); } verbs[] = {
		{ "add", checks_add }, { "validate", checks_validate },
		{ "list", checks_list }, { "show", checks_show } };
	static const char *const names[] = { "add", "validate", "list", "show", NULL };
	if (cli->nargs == 0)
		return cli_usage_error(cli, "say what to do: add, validate, list or show");
	for (size_t i = 0; i < 4; i++)
		if (!strcmp(cli->args[0], verbs[i].verb)) {
			if (cli->format == FORMAT_JSON && verbs[i].run != checks_list)
				return cli_usage_error(cli, "--format json is for 'list'");
			return verbs[i].run(cli);
		}
	const char *close = text_closest(cli->args[0], names, (size_t)-1);
	if (close)
		return cli_usage_error(cli, "unknown action '%s' (did you mean '%s'?)", cli->args[0], close);
	return cli_usage_error(cli, "unknown action '%s': expected add, validate, list or show",
			       cli->args[0]);
}

const struct command cmd_dq_checks = {
	.name = "checks",
	.summary = "add, validate, list or show data-quality checks files",
	.usage = "dq checks add FILE.yaml | validate FILE.yaml... | list | show ID",
	.description =
		"Checks say which fields of an export to profile and how: required,\n"
		"format (email, phone, date), allowed values, pattern, length, exact and\n"
		"fuzzy duplicate rules, freshness, and the weights of dq.score.\n"
		"'add' stores a file in the workspace (a workspace file with the id of a\n"
		"shipped one is used instead of it); 'validate' only checks files and\n"
		"reports every error with FILE:LINE:COL; 'list' shows the workspace and\n"
		"shipped checks; 'show' prints one's YAML.",
	.formats = FORMAT_JSON,
	.min_args = 0,
	.max_args = -1,
	.run = run_checks,
};

/* Outputs that must not overwrite what the command reads or writes: the
 * workspace, its inputs, each other (outfile_same_file compares them). */
#include <stdlib.h>
#include <string.h>

#include "../core/outfile.h"
#include "../core/text.h"
#include "../core/xalloc.h"
#include "cli.h"

/* what: "%s %s is the workspace %s: ..." (the output's label and name, the
 * other file). */
static bool refuse(struct cli *cli, const struct cli_output *o, const char *what, const char *other)
{
	char *path = text_sanitize(o->path), *shown = text_sanitize(other);
	diag_fail(&cli->diag, EXIT_USAGE, what, o->label, path, shown);
	free(path);
	free(shown);
	return false;
}

static bool is_workspace(const char *out, const char *db)
{
	static const char *const suffix[] = { "", "-wal", "-shm", "-journal" };
	for (size_t i = 0; i < sizeof suffix / sizeof *suffix; i++) {
		char *name = xasprintf("%s%s", db, suffix[i]);
		bool same = outfile_same_file(out, name);
		free(name);
		if (same)
			return true;
	}
	return false;
}

bool cli_outputs_distinct(struct cli *cli, const struct cli_output *outs, size_t nouts,
			  const char *const *inputs, size_t ninputs)
{
	for (size_t i = 0; i < nouts; i++) {
		const struct cli_output *o = &outs[i];
		if (!o->path)
			continue;
		if (cli->db_path && is_workspace(o->path, cli->db_path))
			return refuse(cli, o, _("%s %s is the workspace %s: give the output another name"),
				      cli->db_path);
		for (size_t k = 0; k < ninputs; k++)
			if (inputs[k] && outfile_same_file(o->path, inputs[k]))
				return refuse(cli, o, _("%s %s is the input file %s: give the output "
							"another name"), inputs[k]);
		for (size_t k = 0; k < i; k++)
			if (outs[k].path && outfile_same_file(o->path, outs[k].path)) {
				char *other = xasprintf("%s %s", outs[k].label, outs[k].path);
				refuse(cli, o, _("%s %s is the same file as %s: give the output another "
						 "name"), other);
				free(other);
				return false;
			}
	}
	return true;
}

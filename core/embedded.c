#include "embedded.h"

#include <string.h>

const struct embedded_file *content_find(const char *name)
{
	for (const struct embedded_file *f = content_files; f->name; f++)
		if (!strcmp(f->name, name))
			return f;
	return NULL;
}

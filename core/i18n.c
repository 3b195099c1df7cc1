/* The languages and their catalogues: the embedded po/<code>.mo files, read
 * in place (the gettext .mo layout: a sorted table of original strings and
 * one of translations, looked up by binary search). */
#include "i18n.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "embedded.h"

struct catalogue {
	const unsigned char *data;
	size_t len;
	uint32_t n, orig, trans;
	bool swap;
};

struct language {
	char code[16];
	char name[64];
	char calendar[32];
	char digits[16];
	char plural[256];         /* the expression after "plural=" */
	bool rtl;
	struct catalogue cat;
};

static struct language langs[LANG_MAX];
static size_t nlangs;
static char codes[LANG_MAX * 18];
static pthread_once_t once = PTHREAD_ONCE_INIT;

void i18n_format_prepare(const char *code, const char *digits);

static lang_id current = LANG_EN;
static bool native_digits_on = true;
static atomic_size_t missing;

static uint32_t u32(const struct catalogue *c, size_t off)
{
	uint32_t v;
	memcpy(&v, c->data + off, 4);
	return c->swap ? __builtin_bswap32(v) : v;
}

/* The string at entry i of the table at tab, or NULL when it lies outside
 * the file. */
static const char *entry(const struct catalogue *c, uint32_t tab, uint32_t i, uint32_t *len)
{
	size_t at = (size_t)tab + (size_t)i * 8;
	if (at + 8 > c->len)
		return NULL;
	uint32_t l = u32(c, at), off = u32(c, at + 4);
	/* the string and its NUL inside the file (a plural's forms are NUL
	 * separated within l) */
	if ((size_t)off + l >= c->len || c->data[(size_t)off + l] != '\0')
		return NULL;
	if (len)
		*len = l;
	return (const char *)c->data + off;
}

static bool catalogue_open(struct catalogue *c, const unsigned char *data, size_t len)
{
	c->data = data;
	c->len = len;
	if (len < 28)
		return false;
	uint32_t magic;
	memcpy(&magic, data, 4);
	if (magic == 0x950412deu)
		c->swap = false;
	else if (magic == 0xde120495u)
		c->swap = true;
	else
		return false;
	c->n = u32(c, 8);
	c->orig = u32(c, 12);
	c->trans = u32(c, 16);
	return (size_t)c->orig + (size_t)c->n * 8 <= len && (size_t)c->trans + (size_t)c->n * 8 <= len;
}

/* The translation of key (for a plural, its forms separated by NULs, *len
 * covering them all), or NULL. */
static const char *catalogue_find(const struct catalogue *c, const char *key, uint32_t *len)
{
	uint32_t lo = 0, hi = c->n;
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		const char *o = entry(c, c->orig, mid, NULL);
		if (!o)
			return NULL;
		int cmp = strcmp(key, o);
		if (cmp == 0) {
			const char *t = entry(c, c->trans, mid, len);
			return t && *t ? t : NULL;
		}
		if (cmp < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* Copies the value of header field name (up to its newline) into out. */
static void header_field(const char *hdr, const char *name, char *out, size_t cap)
{
	size_t nl = strlen(name);
	for (const char *p = hdr; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
		if (!strncasecmp(p, name, nl) && p[nl] == ':') {
			const char *v = p + nl + 1;
			while (*v == ' ' || *v == '\t')
				v++;
			size_t k = strcspn(v, "\n");
			while (k && (v[k - 1] == ' ' || v[k - 1] == '\t' || v[k - 1] == '\r'))
				k--;
			if (k >= cap)
				k = cap - 1;
			memcpy(out, v, k);
			out[k] = '\0';
			return;
		}
	}
}

static int by_code(const void *a, const void *b)
{
	return strcmp(((const struct language *)a)->code, ((const struct language *)b)->code);
}

static void load(void)
{
	struct language *en = &langs[0];
	strcpy(en->code, "en");
	strcpy(en->name, "English");
	strcpy(en->calendar, "gregorian");
	strcpy(en->digits, "latn");
	strcpy(en->plural, "n != 1");
	nlangs = 1;
	for (const struct embedded_file *f = catalogue_files; f->name && nlangs < LANG_MAX; f++) {
		size_t nl = strlen(f->name);
		if (nl < 4 || strcmp(f->name + nl - 3, ".mo") || nl - 3 >= sizeof en->code)
			continue;
		struct language *l = &langs[nlangs];
		memset(l, 0, sizeof *l);
		if (!catalogue_open(&l->cat, (const unsigned char *)f->data, f->len))
			continue;
		memcpy(l->code, f->name, nl - 3);
		const char *hdr = catalogue_find(&l->cat, "", NULL);
		char dir[16] = "", forms[256] = "";
		strcpy(l->name, l->code);
		strcpy(l->calendar, "gregorian");
		strcpy(l->digits, "latn");
		strcpy(l->plural, "n != 1");
		if (hdr) {
			header_field(hdr, "X-Crmready-Name", l->name, sizeof l->name);
			header_field(hdr, "X-Crmready-Calendar", l->calendar, sizeof l->calendar);
			header_field(hdr, "X-Crmready-Digits", l->digits, sizeof l->digits);
			header_field(hdr, "X-Crmready-Direction", dir, sizeof dir);
			header_field(hdr, "Plural-Forms", forms, sizeof forms);
		}
		l->rtl = !strcasecmp(dir, "rtl");
		const char *p = strstr(forms, "plural=");
		if (p) {
			size_t k = strcspn(p + 7, ";");
			if (k < sizeof l->plural) {
				memcpy(l->plural, p + 7, k);
				l->plural[k] = '\0';
			}
		}
		nlangs++;
	}
	qsort(langs + 1, nlangs - 1, sizeof langs[0], by_code);
	char *w = codes;
	for (size_t i = 0; i < nlangs; i++)
		w += sprintf(w, "%s%s", i ? ", " : "", langs[i].code);
}

static const struct language *lang_at(lang_id l)
{
	pthread_once(&once, load);
	return l < nlangs ? &langs[l] : &langs[0];
}

size_t lang_count(void)
{
	pthread_once(&once, load);
	return nlangs;
}

bool lang_parse(const char *s, lang_id *out)
{
	pthread_once(&once, load);
	size_t k = strcspn(s, "_-.@:");
	for (size_t i = 0; i < nlangs; i++)
		if (strlen(langs[i].code) == k && !strncasecmp(s, langs[i].code, k)) {
			*out = (lang_id)i;
			return true;
		}
	return false;
}

const char *lang_code(lang_id l) { return lang_at(l)->code; }
const char *lang_name(lang_id l) { return lang_at(l)->name; }
bool lang_rtl(lang_id l) { return lang_at(l)->rtl; }
const char *lang_calendar(lang_id l) { return lang_at(l)->calendar; }
const char *lang_digits(lang_id l) { return lang_at(l)->digits; }

const char *lang_codes(void)
{
	pthread_once(&once, load);
	return codes;
}

void i18n_use(lang_id l, bool native_digits)
{
	pthread_once(&once, load);
	current = l < nlangs ? l : LANG_EN;
	native_digits_on = native_digits;
	i18n_format_prepare(langs[current].code, langs[current].digits);
}

lang_id i18n_lang(void)
{
	return current;
}

bool i18n_format_ready(void);

bool i18n_native_digits(void)
{
	/* ready: ICU gave the numbering system's digits (a numbering system it
	 * lacks leaves every figure Latin, dates included) */
	return native_digits_on && strcmp(lang_at(current)->digits, "latn") && i18n_format_ready();
}

size_t i18n_missing_count(void)
{
	return atomic_load(&missing);
}

static void note_missing(const char *key)
{
	atomic_fetch_add(&missing, 1);
	const char *env = getenv("CRMREADY_I18N_MISSING");
	if (env && *env) {
		/* Context separator shown as " | ". */
		fputs("crmready: untranslated: ", stderr);
		for (const char *p = key; *p; p++)
			if (*p == '\004')
				fputs(" | ", stderr);
			else if (*p == '\n')
				fputs("\\n", stderr);
			else
				fputc(*p, stderr);
		fputc('\n', stderr);
	}
}

static const char *lookup(const char *key, uint32_t *len)
{
	if (current == LANG_EN || !*key)
		return NULL;
	const char *t = catalogue_find(&lang_at(current)->cat, key, len);
	if (!t)
		note_missing(key);
	return t;
}

const char *tr(const char *msgid)
{
	const char *t = lookup(msgid, NULL);
	return t ? t : msgid;
}

const char *trn(const char *singular, const char *plural, unsigned long n)
{
	uint32_t len = 0;
	const char *t = lookup(singular, &len);
	if (!t)
		return n == 1 ? singular : plural;
	long form = i18n_plural_eval(lang_at(current)->plural, n);
	const char *end = t + len;
	for (long i = 0; i < form; i++) {
		const char *next = t + strlen(t) + 1;
		if (next >= end)
			break;
		t = next;
	}
	return t;
}

const char *trc(const char *ctx, const char *msgid)
{
	if (current == LANG_EN)
		return msgid;
	size_t cl = strlen(ctx), ml = strlen(msgid);
	char stack[512];
	char *key = cl + ml + 2 <= sizeof stack ? stack : malloc(cl + ml + 2);
	if (!key)
		return msgid;
	memcpy(key, ctx, cl);
	key[cl] = '\004';
	memcpy(key + cl + 1, msgid, ml + 1);
	const char *t = lookup(key, NULL);
	if (key != stack)
		free(key);
	return t ? t : msgid;
}

/* The errors a file or memory can give a command, in the C library's
 * English: that text is the msgid, so a language lacking one, and English,
 * say strerror's own words. */
static const struct {
	int errnum;
	const char *text;
} SYS_ERRORS[] = {
	{ EPERM, N_("Operation not permitted") },
	{ ENOENT, N_("No such file or directory") },
	{ EIO, N_("Input/output error") },
	{ ENOMEM, N_("Cannot allocate memory") },
	{ EACCES, N_("Permission denied") },
	{ EBUSY, N_("Device or resource busy") },
	{ EEXIST, N_("File exists") },
	{ EXDEV, N_("Invalid cross-device link") },
	{ ENOTDIR, N_("Not a directory") },
	{ EISDIR, N_("Is a directory") },
	{ EINVAL, N_("Invalid argument") },
	{ ENFILE, N_("Too many open files in system") },
	{ EMFILE, N_("Too many open files") },
	{ ETXTBSY, N_("Text file busy") },
	{ EFBIG, N_("File too large") },
	{ ENOSPC, N_("No space left on device") },
	{ EROFS, N_("Read-only file system") },
	{ ENAMETOOLONG, N_("File name too long") },
	{ ELOOP, N_("Too many levels of symbolic links") },
	{ EDQUOT, N_("Disk quota exceeded") },
};

const char *i18n_strerror(int errnum)
{
	const char *sys = strerror(errnum);
	for (size_t i = 0; i < sizeof SYS_ERRORS / sizeof SYS_ERRORS[0]; i++) {
		if (SYS_ERRORS[i].errnum != errnum)
			continue;
		const char *t = tr(SYS_ERRORS[i].text);
		return t == SYS_ERRORS[i].text ? sys : t;
	}
	return sys;
}

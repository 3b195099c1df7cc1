/* csvx_input: opening a table file as UTF-8 whatever Excel or a CRM wrote
 * (a BOM for UTF-16, --encoding through iconv), the delimiter of its
 * header, and what Salesforce appends after the data. See csvx.h. */
#define _GNU_SOURCE   /* fopencookie */
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "csvx.h"
#include "text.h"
#include "xalloc.h"

static struct csvx_format input_default;

void csvx_input_format(const struct csvx_format *f)
{
	input_default = f ? *f : (struct csvx_format){0};
}

const struct csvx_format *csvx_default_format(void)
{
	return &input_default;
}

bool csvx_format_check(const char *encoding, const char *delimiter, struct csvx_format *out,
		       struct diag *d)
{
	*out = (struct csvx_format){0};
	if (encoding && *encoding && !csvx_is_utf8_name(encoding)) {
		iconv_t cd = iconv_open("UTF-8", encoding);
		if (cd == (iconv_t)-1) {
			char *safe = text_sanitize(encoding);
			diag_fail(d, EXIT_USAGE, _("--encoding: unknown encoding '%s' (for example "
				  "windows-1256, windows-1252, utf-16; 'iconv -l' lists them)"), safe);
			free(safe);
			return false;
		}
		iconv_close(cd);
		out->encoding = encoding;
	}
	if (delimiter) {
		if (!strcasecmp(delimiter, "tab") || !strcmp(delimiter, "\\t"))
			out->delimiter = '\t';
		else if (strlen(delimiter) == 1 && strchr(",;|", delimiter[0]))
			out->delimiter = delimiter[0];
		else {
			char *safe = text_sanitize(delimiter);
			diag_fail(d, EXIT_USAGE, _("--delimiter: expected ',' ';' '|' or 'tab', found '%s'"),
				  safe);
			free(safe);
			return false;
		}
	}
	return true;
}

bool csvx_is_utf8_name(const char *name)
{
	return !strcasecmp(name, "utf-8") || !strcasecmp(name, "utf8");
}

/* ---- transcoding through a stdio cookie ---- */

enum { XC_IN = 1 << 16 };

struct xcode {
	FILE *raw;
	bool close_raw;
	iconv_t cd;               /* (iconv_t)-1: bytes pass as they are */
	char *encoding;           /* for messages */
	const char *file;
	struct diag d;            /* the reading thread's; merged by csvx_close */
	char in[XC_IN];
	size_t inpos, inlen;
	uint64_t offset;          /* file offset of in[0] */
	long line;                /* lines handed out so far + 1 */
	bool eof, failed;
	FILE *self;
};

static bool xc_fill(struct xcode *x)
{
	if (x->inpos > 0) {
		memmove(x->in, x->in + x->inpos, x->inlen - x->inpos);
		x->offset += x->inpos;
		x->inlen -= x->inpos;
		x->inpos = 0;
	}
	if (x->eof || x->inlen == XC_IN)
		return false;
	size_t got = fread(x->in + x->inlen, 1, XC_IN - x->inlen, x->raw);
	if (got == 0) {
		x->eof = true;
		return false;
	}
	x->inlen += got;
	return true;
}

static ssize_t xc_read(void *cookie, char *buf, size_t size)
{
	struct xcode *x = cookie;
	if (x->failed) {
		errno = EILSEQ;
		return -1;
	}
	char *out = buf;
	size_t left = size;
	while (left > 0) {
		if (x->inpos == x->inlen && !xc_fill(x))
			break;
		if (x->cd == (iconv_t)-1) {
			size_t n = x->inlen - x->inpos < left ? x->inlen - x->inpos : left;
			memcpy(out, x->in + x->inpos, n);
			x->inpos += n;
			out += n;
			left -= n;
			continue;
		}
		char *ip = x->in + x->inpos;
		size_t ileft = x->inlen - x->inpos;
		size_t r = iconv(x->cd, &ip, &ileft, &out, &left);
		int err = errno;
		x->inpos = (size_t)(ip - x->in);
		if (r != (size_t)-1)
			continue;
		if (err == E2BIG) {
			/* The next character does not fit in what is left of buf:
			 * hand out what is there. stdio reads a cookie a buffer
			 * (kilobytes) at a time, so something always is. */
			if (out > buf)
				break;
			errno = ENOBUFS;
			return -1;
		}
		if (err == EINVAL) {
			/* A character cut by the buffer's end: read on. */
			if (xc_fill(x))
				continue;
			if (!x->eof)
				continue;
		}
		/* Name where it happened: the lines handed out so far, and the
		 * output of this call up to here. */
		long line = x->line;
		for (char *p = buf; p < out; p++)
			line += *p == '\n';
		if (err == EINVAL)
			diag_at(&x->d, DIAG_ERROR, EXIT_DATAERR, x->file, (int)line, 0,
				_("not valid %s text: the file ends inside a character (byte %llu); "
				"was it cut short?"), x->encoding,
				(unsigned long long)(x->offset + x->inpos + 1));
		else
			diag_at(&x->d, DIAG_ERROR, EXIT_DATAERR, x->file, (int)line, 0,
				_("not valid %s text: byte 0x%02X at byte %llu of the file has no "
				"character in it; is the file in another encoding (--encoding)?"),
				x->encoding, (unsigned char)x->in[x->inpos],
				(unsigned long long)(x->offset + x->inpos + 1));
		x->failed = true;
		break;
	}
	for (char *p = buf; p < out; p++)
		x->line += *p == '\n';
	if (out == buf && x->failed) {
		errno = EILSEQ;
		return -1;
	}
	return out - buf;
}

static int xc_close(void *cookie)
{
	struct xcode *x = cookie;
	if (x->cd != (iconv_t)-1)
		iconv_close(x->cd);
	if (x->close_raw)
		fclose(x->raw);
	free(x->encoding);
	diag_release(&x->d);
	free(x);
	return 0;
}

/* raw wrapped so reads give UTF-8; the first npre bytes (already read from
 * raw, BOM excluded) come first. from NULL: bytes pass unchanged. */
static struct xcode *wrap(FILE *raw, bool close_raw, const char *from, const char *file,
			  const unsigned char *pre, size_t npre, uint64_t offset, struct diag *d)
{
	struct xcode *x = xcalloc(1, sizeof *x);
	diag_init(&x->d);
	x->raw = raw;
	x->close_raw = close_raw;
	x->cd = (iconv_t)-1;
	if (from) {
		x->cd = iconv_open("UTF-8", from);
		if (x->cd == (iconv_t)-1) {
			diag_fail(d, EXIT_USAGE, _("--encoding: unknown encoding '%s'"), from);
			diag_release(&x->d);
			free(x);
			return NULL;
		}
		x->encoding = xstrdup(from);
		for (char *p = x->encoding; *p; p++)
			if (*p >= 'a' && *p <= 'z')
				*p = (char)(*p - 'a' + 'A');
	}
	x->file = file;
	x->line = 1;
	x->offset = offset;
	memcpy(x->in, pre, npre);
	x->inlen = npre;
	cookie_io_functions_t io = { .read = xc_read, .close = xc_close };
	FILE *f = fopencookie(x, "r", io);
	if (!f) {
		diag_fail(d, EXIT_SOFTWARE, _("%s: cannot read: %s"), file, i18n_strerror(errno));
		x->close_raw = false;
		xc_close(x);
		return NULL;
	}
	x->self = f;
	return x;
}

bool csvx_open(struct csvx_input *in, const char *path, const struct csvx_format *fmt,
	       struct diag *d)
{
	memset(in, 0, sizeof *in);
	if (!fmt)
		fmt = &input_default;
	bool is_stdin = !strcmp(path, "-");
	FILE *raw = is_stdin ? stdin : fopen(path, "rb");
	if (!raw) {
		diag_fail(d, EXIT_NOINPUT, _("%s: cannot open: %s"), path, i18n_strerror(errno));
		return false;
	}
	struct stat sb;
	bool seekable = false;
	if (fstat(fileno(raw), &sb) == 0) {
		if (S_ISDIR(sb.st_mode)) {
			diag_fail(d, EXIT_NOINPUT, _("%s: is a directory"), path);
			if (!is_stdin)
				fclose(raw);
			return false;
		}
		if (S_ISREG(sb.st_mode)) {
			in->size = (uint64_t)sb.st_size;
			seekable = true;
		}
	}
	/* The byte order mark says what the file is, whatever --encoding says. */
	unsigned char pre[4];
	size_t npre = fread(pre, 1, sizeof pre, raw);
	const char *from = fmt->encoding;
	size_t bom = 0;
	if (npre >= 3 && !memcmp(pre, "\xEF\xBB\xBF", 3)) {
		from = NULL;            /* the readers skip a UTF-8 BOM themselves */
	} else if (npre >= 2 && pre[0] == 0xFF && pre[1] == 0xFE) {
		from = "UTF-16LE";
		bom = 2;
	} else if (npre >= 2 && pre[0] == 0xFE && pre[1] == 0xFF) {
		from = "UTF-16BE";
		bom = 2;
	}
	if (ferror(raw)) {
		diag_fail(d, EXIT_IOERR, _("%s: read error: %s"), path, i18n_strerror(errno));
		if (!is_stdin)
			fclose(raw);
		return false;
	}
	if (!from && seekable && fseek(raw, 0, SEEK_SET) == 0) {
		in->f = raw;            /* plain UTF-8: the reader reads the file itself */
		return true;
	}
	in->x = wrap(raw, !is_stdin, from, path, pre + bom, npre - bom, bom, d);
	if (!in->x) {
		if (!is_stdin)
			fclose(raw);
		return false;
	}
	in->f = in->x->self;
	return true;
}

void csvx_close(struct csvx_input *in, struct diag *d)
{
	if (in->x)
		diag_merge(d, &in->x->d);
	if (in->f && in->f != stdin)
		fclose(in->f);
	memset(in, 0, sizeof *in);
}

/* ---- what the data looks like ---- */

char csvx_detect_delimiter(const char *s, size_t n)
{
	size_t comma = 0, semi = 0, tab = 0;
	bool quoted = false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '"')
			quoted = !quoted;
		else if (quoted)
			continue;
		else if (c == '\n')
			break;
		else if (c == ',')
			comma++;
		else if (c == ';')
			semi++;
		else if (c == '\t')
			tab++;
	}
	if (tab > comma && tab >= semi)
		return '\t';
	if (semi > comma)
		return ';';
	return ',';
}

size_t csvx_sep_line(const char *s, size_t n, char *delim)
{
	if (n < 5 || strncasecmp(s, "sep=", 4))
		return 0;
	char c = s[4];
	size_t i = 5;
	if (c == '\\' && n > 6 && s[5] == 't') {   /* "sep=\t" written out */
		c = '\t';
		i = 6;
	}
	if (!strchr(",;|\t", c))
		return 0;
	if (i < n && s[i] == '\r')
		i++;
	if (i >= n || s[i] != '\n')
		return 0;
	*delim = c;
	return i + 1;
}

/* The lines a Salesforce report export appends after its data. */
bool csvx_footer_marker(const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '"')) {
		s++;
		n--;
	}
	static const char *const starts[] = {
		"Confidential Information - Do Not Distribute",
		"Generated By:",
	};
	for (size_t i = 0; i < sizeof starts / sizeof *starts; i++) {
		size_t k = strlen(starts[i]);
		if (n >= k && !strncasecmp(s, starts[i], k))
			return true;
	}
	if (n >= 13 && !strncasecmp(s, "Copyright (c)", 13)) {
		for (size_t i = 0; i + 14 <= n; i++)
			if (!strncasecmp(s + i, "salesforce.com", 14))
				return true;
	}
	return false;
}

const char *csvx_guess_encoding(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t high = 0, paired = 0, nul = 0;
	for (size_t i = 0; i < n; i++) {
		if (!p[i])
			nul++;
		if (p[i] < 0x80)
			continue;
		high++;
		if ((i > 0 && p[i - 1] >= 0x80) || (i + 1 < n && p[i + 1] >= 0x80))
			paired++;
	}
	if (nul * 4 >= n && n >= 4)
		return "utf-16";
	/* Arabic script is letters in a row; Latin text has an accented letter
	 * here and there between ASCII ones. */
	if (high && paired * 2 >= high)
		return "windows-1256";
	return "windows-1252";
}

void csvx_skipped_init(struct csvx_skipped *k)
{
	memset(k, 0, sizeof *k);
}

void csvx_skipped_empty(struct csvx_skipped *k, long line)
{
	if (!k->empty)
		k->empty_first = line;
	k->empty++;
	k->empty_last = line;
}

void csvx_skipped_blank(struct csvx_skipped *k, long line)
{
	if (k->footer)
		return;   /* part of the footer */
	if (!k->blank)
		k->blank_first = line;
	if (k->blank < CSVX_SKIPPED_LINES)
		k->blank_lines[k->blank] = line;
	k->blank++;
	k->blank_last = line;
}

void csvx_skipped_record(struct csvx_skipped *k)
{
	k->blank = 0;
}

/* "line 7" or "lines 7-9" */
static char *lines_text(long first, long last)
{
	return first == last ? tfmt(_("line %ld"), first) : tfmt(_("lines %ld-%ld"), first, last);
}

/* The blank lines, which rows of empty cells may interrupt: "lines
 * 22-23, 25"; past CSVX_SKIPPED_LINES of them, the first and the last. */
static char *blank_lines_text(const struct csvx_skipped *k)
{
	if (k->blank > CSVX_SKIPPED_LINES)
		return tfmt(_("lines %ld to %ld"), k->blank_first, k->blank_last);
	if (k->blank_last - k->blank_first + 1 == k->blank)
		return lines_text(k->blank_first, k->blank_last);
	struct sbuf b;
	sbuf_init(&b);
	for (long i = 0; i < k->blank;) {
		long j = i;
		while (j + 1 < k->blank && k->blank_lines[j + 1] == k->blank_lines[j] + 1)
			j++;
		sbuf_addf(&b, i ? ", %ld" : "%ld", k->blank_lines[i]);
		if (j > i)
			sbuf_addf(&b, "-%ld", k->blank_lines[j]);
		i = j + 1;
	}
	/* TRANSLATORS: %s is a list of line numbers, "22-23, 25". */
	char *out = xasprintf(_("lines %s"), b.s);
	sbuf_release(&b);
	return out;
}

void csvx_skipped_notes(const struct csvx_skipped *k, const char *file, long last_line,
			struct diag *d)
{
	if (k->empty) {
		char *where = lines_text(k->empty_first, k->empty_last);
		diag_at(d, DIAG_NOTE, 0, file, (int)k->empty_first, 0,
			trn("skipped %ld row of empty cells (%s)", "skipped %ld rows of empty cells (%s)",
			    (unsigned long)k->empty), k->empty, where);
		free(where);
	}
	if (k->title) {
		char *clean = text_sanitize(k->title_text);
		diag_at(d, DIAG_NOTE, 0, file, (int)k->title, 0,
			_("skipped '%s', alone on the last line after a blank line (a report's title)"),
			clean);
		free(clean);
	}
	if (k->footer) {
		char *where = lines_text(k->footer, last_line > k->footer ? last_line : k->footer);
		diag_at(d, DIAG_NOTE, 0, file, (int)k->footer, 0,
			_("skipped the Salesforce report footer (%s)"), where);
		free(where);
	} else if (k->blank) {
		char *where = blank_lines_text(k);
		diag_at(d, DIAG_NOTE, 0, file, (int)k->blank_first, 0,
			trn("skipped %ld blank line at the end (%s)",
			    "skipped %ld blank lines at the end (%s)", (unsigned long)k->blank),
			k->blank, where);
		free(where);
	}
}

enum csvx_kind csvx_skipped_classify(struct csvx_skipped *k, long line, const char *first,
				     size_t first_len, bool rest_empty, size_t ncells)
{
	if (k->footer)
		return rest_empty ? CSVX_SKIP : CSVX_AFTER_FOOTER;
	if (rest_empty && first_len == 0) {
		csvx_skipped_empty(k, line);
		return CSVX_SKIP;
	}
	if (rest_empty && csvx_footer_marker(first, first_len)) {
		k->footer = k->title ? k->title : line;
		k->title = 0;
		return CSVX_SKIP;
	}
	if (k->title)
		return CSVX_AFTER_TITLE;
	if (ncells == 1 && k->blank) {
		k->title = line;
		snprintf(k->title_text, sizeof k->title_text, "%.*s",
			 (int)(first_len < 60 ? first_len : 60), first);
		return CSVX_SKIP;
	}
	csvx_skipped_record(k);
	return CSVX_DATA;
}

void csvx_skipped_title_error(const struct csvx_skipped *k, const char *file, struct diag *d)
{
	char *clean = text_sanitize(k->title_text);
	diag_at(d, DIAG_ERROR, EXIT_DATAERR, file, (int)k->title, 0,
		_("'%s' is alone on its line after a blank line, and no Salesforce report footer "
		"follows it: a row of one cell"), clean);
	free(clean);
}

/* xalloc: allocation that never returns NULL.
 *
 * Out of memory is not a condition crmready can recover from halfway
 * through a transaction, so these stop the process: through the handler
 * set with xalloc_on_oom (which must not return), else with a message and
 * exit 71. */
#ifndef CRMREADY_XALLOC_H
#define CRMREADY_XALLOC_H

#include <stdarg.h>
#include <stddef.h>

/* The function run when memory runs out (any thread); it must end the
 * process and must not allocate. NULL restores the default. */
void xalloc_on_oom(void (*handler)(void));

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
/* Zeroed memory at an address that is a multiple of align (a power of
 * two, at least sizeof(void *)); released with free. */
void *xcalloc_aligned(size_t align, size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap);

/* Grow *v (of *cap elements of size) so it holds at least need elements. */
void xgrow(void **v, size_t *cap, size_t need, size_t size);
#define XGROW(v, cap, need) xgrow((void **)&(v), &(cap), (need), sizeof *(v))

/* A growable string. */
struct sbuf {
	char *s;
	size_t len, cap;
};
void sbuf_init(struct sbuf *b);
void sbuf_release(struct sbuf *b);
void sbuf_add(struct sbuf *b, const char *s, size_t n);
void sbuf_adds(struct sbuf *b, const char *s);
void sbuf_addc(struct sbuf *b, char c);
void sbuf_addf(struct sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sbuf_reset(struct sbuf *b);
/* Hand the string over to the caller (never NULL) and reset the buffer. */
char *sbuf_detach(struct sbuf *b);

#endif

/* rules: rules files — loading with full validation, evaluation
 * against the facts of an engagement, and findings.
 *
 * A rules file names the questionnaire its score/answer/share/... functions
 * read (`questionnaire:`, default crm-readiness) and the capability model
 * its gap/current functions read (`capabilities:`, default
 * crm-capabilities); every id in a condition is checked against them when
 * the file is loaded. A loaded set owns its YAML document: every string in
 * it lives until rule_set_free.
 */
#ifndef CRMREADY_RULES_H
#define CRMREADY_RULES_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/diag.h"
#include "../core/expr.h"
#include "../core/severity.h"
#include "../core/source.h"
#include "../core/text.h"
#include "../core/yamlx.h"

struct store;
struct store_waiver;
struct questionnaire;
struct q_assessment;

struct rule {
	const char *id;
	const char *when_src;
	struct expr *when;
	enum severity severity;
	struct text title;
	struct text recommendation;
	struct sources source;         /* where the practice comes from; n 0 when none */
	const char **initiatives;    /* ids in the initiative catalogue */
	size_t ninitiatives;
	int line, col;               /* of the rule in its file */
};

struct rule_set {
	struct yx_doc doc;
	const char *id;
	long version;
	struct text title;
	const char *questionnaire;   /* read by score, index, answer, share, ... */
	const char *capabilities;    /* read by gap, current */
	struct rule *rules;
	size_t nrules;
};

enum { RULE_DEFAULT_VERSION = 1 };
#define RULE_DEFAULT_QUESTIONNAIRE "crm-readiness"
#define RULE_DEFAULT_CAPABILITIES "crm-capabilities"
#define RULE_SHIPPED_SET "crm-default"

/* ---- what ids a rules file may name (rule_refs.c) ---- */

struct rule_refs;

/* References resolved from the workspace (st may be NULL: shipped content
 * only): questionnaires by id (workspace copy first, then shipped) and the
 * initiative ids of every catalogue (shipped and `catalogue add`ed). */
struct rule_refs *rule_refs_new(struct store *st);
void rule_refs_free(struct rule_refs *r);

/* The questionnaire with id, loaded once; NULL when there is none (or it is
 * broken: the errors go to d). Owned by r. */
const struct questionnaire *rule_refs_questionnaire(struct rule_refs *r, const char *id,
						    struct diag *d);

/* ---- loading (rule_load.c) ---- */

/* Parse and validate a rules file. refs may be NULL (ids are then checked
 * for syntax only). Returns NULL when there is any error; every error found
 * is in d as FILE:LINE:COL, with a close match where one exists and, for a
 * condition, the expression with a caret under the offending token. */
struct rule_set *rule_load_buffer(const char *file, const char *buf, size_t len,
				  struct rule_refs *refs, struct diag *d);
struct rule_set *rule_load_file(const char *path, struct rule_refs *refs, struct diag *d);
void rule_set_free(struct rule_set *s);

/* ---- where rules sets come from (rule_lookup.c) ---- */

/* The set named ref: a file path, else an id in the workspace, else a
 * shipped one. NULL with the error in d (unknown id: 64 with a close match). */
struct rule_set *rule_lookup(struct store *st, struct rule_refs *refs, const char *ref,
			     struct diag *d);

/* ---- facts: what the functions read (rule_eval.c) ----
 *
 * Each callback returns true with the value in *out, or false for "no
 * data", optionally with a malloc'd reason in *why (the default reason is
 * `no data for FUNCTION(ARGS)`). A NULL callback always answers "no data".
 * questionnaire / model are the ids the rules set names.
 */
struct rule_facts {
	void *ctx;
	/* by, group NULL: the organisation's score; else the group's. */
	bool (*score)(void *ctx, const char *questionnaire, const char *dimension,
		      const char *by, const char *group, double *out, char **why);
	bool (*index)(void *ctx, const char *questionnaire, double *out, char **why);
	/* Mean score 0..100 of a question. */
	bool (*answer_mean)(void *ctx, const char *questionnaire, const char *question,
			    double *out, char **why);
	/* The most common raw answer (malloc'd in *out). */
	bool (*answer_mode)(void *ctx, const char *questionnaire, const char *question,
			    char **out, char **why);
	/* Fraction 0..1 of the respondents who answered question that gave value. */
	bool (*share)(void *ctx, const char *questionnaire, const char *question,
		      const char *value, double *out, char **why);
	bool (*respondents)(void *ctx, const char *questionnaire, double *out, char **why);
	bool (*gap)(void *ctx, const char *model, const char *capability, double *out, char **why);
	bool (*current)(void *ctx, const char *model, const char *capability, double *out,
			char **why);
	bool (*spread)(void *ctx, const char *questionnaire, const char *dimension, double *out,
		       char **why);
	bool (*perception_gap)(void *ctx, const char *questionnaire, const char *dimension,
			       const char *by, double *out, char **why);
	/* Latest value of a metric; scope "" is the whole organisation. */
	bool (*metric)(void *ctx, const char *name, const char *scope, double *out, char **why);
	/* The lowest (highest: the highest) of the latest values of a metric
	 * over every scope of a kind: kind "entity" reads each entity=NAME. */
	bool (*metric_over)(void *ctx, const char *name, const char *kind, bool highest,
			    double *out, char **why);
};

/* Evaluate rule r of set s: out->evaluated false means "not evaluated"
 * (out->reason says why); the rule fires when expr_result_true(out). */
void rule_eval(const struct rule_set *s, const struct rule *r, const struct rule_facts *facts,
	       struct expr_result *out);

/* ---- findings ---- */

struct rule_finding {
	const struct rule_set *set;
	const struct rule *rule;
	struct expr_result result;   /* evidence, or the reason it was not evaluated */
	/* waived: the waiver that holds; fired: the waiver that expired (the
	 * finding fires again, with a note), else NULL. */
	const struct store_waiver *waiver;
};

struct rule_findings {
	struct rule_finding *fired;  /* by severity, most severe first, then set and file order */
	size_t nfired;
	struct rule_finding *not_evaluated; /* set and file order */
	size_t nnot_evaluated;
	struct rule_finding *passing; /* evaluated and did not fire: set and file order */
	size_t passed;
	struct rule_finding *waived; /* would fire, but a waiver holds: in the order of fired */
	size_t nwaived;
};

/* Evaluate every rule of every set whose severity is at least min. */
void rule_findings_collect(struct rule_set *const *sets, size_t nsets,
			   const struct rule_facts *facts, enum severity min,
			   struct rule_findings *out);
void rule_findings_release(struct rule_findings *f);
/* The findings of all at or above min, in the same order: out borrows the
 * evidence from all (release out with rule_findings_view_release only, all
 * after it). */
void rule_findings_at_least(const struct rule_findings *all, enum severity min,
			    struct rule_findings *out);
void rule_findings_view_release(struct rule_findings *view);
/* True when a finding at or above level fired (--fail-on): a waived one
 * does not count, one whose waiver expired does. */
bool rule_findings_fired_at_least(const struct rule_findings *f, enum severity level);
/* Why a rule was not evaluated (expr_result.reason: English, as JSON and
 * CSV keep it), in the language in use and its digits: each of the
 * reasons joined by "; " that core/expr.c and the workspace's facts give.
 * malloc'd; "" for NULL. (rule_reason.c) */
char *rule_reason_text(const char *reason);

/* ---- the workspace's facts (rule_facts.c) ---- */

struct rule_workspace_facts;

/* Facts read from the workspace: metrics (store_metric_latest) and the
 * assessment of every questionnaire a set names. st must outlive the
 * result. Errors reading the workspace go to d. */
struct rule_workspace_facts *rule_workspace_facts_new(struct store *st, struct rule_refs *refs,
						      struct diag *d);
/* Read the questionnaires of known (assessments the caller loaded; the
 * list is copied, the assessments must outlive w) from there instead of the workspace, when they were made
 * with the engagement's minimum group size: a survey is then read once. */
void rule_workspace_facts_know(struct rule_workspace_facts *w,
			       const struct q_assessment *const *known, size_t n);
const struct rule_facts *rule_workspace_facts(struct rule_workspace_facts *w);
/* The finished assessment of questionnaire id that the facts read (loaded
 * once, on first use), or NULL when the questionnaire is unknown or broken
 * (errors in the facts' diag) or has no respondents. Owned by w. */
const struct q_assessment *rule_workspace_assessment(struct rule_workspace_facts *w,
						     const char *id);
void rule_workspace_facts_free(struct rule_workspace_facts *w);

/* ---- an engagement's findings, in one call (rule_engagement.c) ---- */

/* Every rules set known (the workspace's and the shipped ones) evaluated
 * against the workspace. Sets that fail to load are reported in d and
 * left out; the others are evaluated. */
struct rule_engagement {
	struct rule_refs *refs;
	struct rule_set **sets;
	size_t nsets;
	struct rule_workspace_facts *facts;
	struct rule_findings findings;   /* every severity, waivers applied on store_today */
	struct store_waiver *waivers;    /* the workspace's, by rule id */
	size_t nwaivers;
};

bool rule_engagement_evaluate(struct store *st, struct rule_engagement *out, struct diag *d);
/* The same, with the assessments the caller has already loaded (see
 * rule_workspace_facts_know; they must outlive out). */
bool rule_engagement_evaluate_known(struct store *st, const struct q_assessment *const *known,
				    size_t nknown, struct rule_engagement *out, struct diag *d);
void rule_engagement_release(struct rule_engagement *e);

/* ---- waivers (rule_waivers.c) ---- */

/* A waiver holds on today (YYYY-MM-DD) unless today is past its until. */
bool rule_waiver_holds(const struct store_waiver *w, const char *today);
/* Move each fired finding whose rule has a waiver that holds on today into
 * f->waived (with the waiver); a fired finding whose waiver expired keeps
 * firing with it (the note). waivers sorted by rule id, as
 * store_waiver_list gives them; they must outlive f. */
void rule_findings_apply_waivers(struct rule_findings *f, const struct store_waiver *waivers,
				 size_t n, const char *today);

/* Waive the rule w->rule until w->until (set on w->set_on, today): the
 * rule must be one of the engagement's rules sets' (else 65, with a close
 * match), until not before today and the reason not blank (64). Replaces
 * the rule's waiver (its old one into *replaced, to release, when
 * replaced is not NULL and there was one: *had true) and records the
 * change in the history. Inside the caller's transaction. */
bool rule_waive(struct store *st, const struct store_waiver *w, struct store_waiver *replaced,
		bool *had, struct diag *d);
/* Remove rule's waiver (into *removed, to release), recording who and
 * note in the history; none: 65. Inside the caller's transaction. */
bool rule_unwaive(struct store *st, const char *rule, const char *who, const char *note,
		  struct store_waiver *removed, struct diag *d);

#endif

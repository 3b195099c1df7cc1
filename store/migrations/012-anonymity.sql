-- Anonymity: the engagement's minimum group size. A per-group figure (a
-- department's scores, a perception gap, a department's adoption) resting on
-- fewer respondents or users than this is not shown. Kept in meta under
-- 'min_group'; 'crmready init --min-group N' changes it. Workspaces from
-- before this setting get the default, 5.
INSERT OR IGNORE INTO meta (key, value) VALUES ('min_group', '5');

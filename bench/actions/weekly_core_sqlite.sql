-- The SQLite shell route after .import of the login log (login), the
-- activity log (action) and the roster: indexes, then per ISO week (dated
-- by Monday) and department the active users (a successful login) and the
-- core-active users (an action on a core object: the shipped default's
-- opportunities, tasks, events, activities and cases, created or updated).
CREATE INDEX login_user_time ON login(UserId, LoginTime);
CREATE INDEX action_user_time ON action(CreatedById, CreatedDate);
CREATE TABLE weekly_active AS
SELECT date(substr(l.LoginTime, 1, 10),
            '-' || ((CAST(strftime('%w', substr(l.LoginTime, 1, 10)) AS INTEGER) + 6) % 7)
            || ' days') AS week,
       r.Department AS department,
       count(DISTINCT l.UserId) AS active_users
FROM login l JOIN roster r ON r.Id = l.UserId
WHERE l.Status = 'Success'
GROUP BY week, department;
CREATE TABLE weekly_core AS
SELECT date(substr(a.CreatedDate, 1, 10),
            '-' || ((CAST(strftime('%w', substr(a.CreatedDate, 1, 10)) AS INTEGER) + 6) % 7)
            || ' days') AS week,
       r.Department AS department,
       count(DISTINCT a.CreatedById) AS core_active_users
FROM action a JOIN roster r ON r.Id = a.CreatedById
WHERE a.Object IN ('Opportunity', 'Task', 'Event', 'Activity', 'Case')
  AND a.Action IN ('created', 'updated')
GROUP BY week, department;
SELECT (SELECT count(*) FROM weekly_active) || ' + ' || (SELECT count(*) FROM weekly_core)
       || ' week x department figures';

-- The SQLite shell route after .import: an index, then weekly active users
-- per department (ISO weeks dated by Monday).
CREATE INDEX login_user_time ON login(UserId, LoginTime);
CREATE TABLE weekly AS
SELECT date(substr(l.LoginTime, 1, 10),
            '-' || ((CAST(strftime('%w', substr(l.LoginTime, 1, 10)) AS INTEGER) + 6) % 7)
            || ' days') AS week,
       r.Department AS department,
       count(DISTINCT l.UserId) AS active_users
FROM login l JOIN roster r ON r.Id = l.UserId
WHERE l.Status = 'Success'
GROUP BY week, department;
SELECT count(*) || ' week x department figures' FROM weekly;

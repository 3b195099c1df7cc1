-- The SQLite shell doing the exact checks: completeness, e-mail shape,
-- exact duplicates on lower-cased trimmed e-mail.
.mode csv
.import contacts.csv c
.mode list
SELECT 'sqlite: ' || count(*) || ' records, completeness Email ' ||
       round(avg(trim(Email) <> ''), 4) || ', Phone ' || round(avg(trim(Phone) <> ''), 4) ||
       ', email shape ' || round(avg(CASE WHEN trim(Email) = '' THEN NULL
                                     ELSE trim(Email) LIKE '%_@_%._%' END), 4)
FROM c;
SELECT 'sqlite: redundant by e-mail ' || coalesce(sum(n - 1), 0) FROM
  (SELECT count(*) AS n FROM c WHERE trim(Email) <> '' GROUP BY lower(trim(Email)) HAVING n > 1);

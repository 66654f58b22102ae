-- PostgreSQL's time + interval keeps a time of day and wraps around midnight
-- ('23:45' + 30 minutes is 00:15:00). SQLite's datetime() would give
-- 2000-01-02 00:15:00, so a time uses time(). MySQL's DATE_ADD makes a
-- DATETIME of a TIME and its TIME arithmetic runs past 24 hours: an error.
CREATE TABLE ev (id int PRIMARY KEY, t time);
INSERT INTO ev VALUES (1, '23:45:00'), (2, '00:00:01'), (3, NULL);
SELECT id, t + interval '30 minutes' AS t30, '10:00'::time - interval '11 hours' AS lit FROM ev ORDER BY id;

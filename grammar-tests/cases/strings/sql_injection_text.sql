SELECT '''; DROP TABLE t; --' AS s;

-- run: no
CREATE TYPE pair AS (a int, b int);

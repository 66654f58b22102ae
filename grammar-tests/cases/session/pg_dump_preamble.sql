-- pg_dump's session preamble: every setting is dropped with a note.
SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE t (id int PRIMARY KEY);
INSERT INTO t VALUES (1);
SELECT id FROM t;

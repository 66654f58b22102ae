-- run: no
CREATE EXTENSION pgcrypto;

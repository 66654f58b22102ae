-- run: no
SELECT nextval('t_id_seq');

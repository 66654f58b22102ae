-- run: no
SELECT currval('t_id_seq');

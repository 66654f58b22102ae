CREATE TABLE public.t (id integer NOT NULL, v text);
INSERT INTO public.t VALUES (1, 'a'), (2, 'b');
ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id);
SELECT id, v FROM t ORDER BY id;

CREATE TABLE public.p (id integer NOT NULL);
CREATE TABLE public.c (id integer NOT NULL, p_id integer);
INSERT INTO public.p VALUES (1), (2);
INSERT INTO public.c VALUES (10, 1), (20, 2);
ALTER TABLE ONLY public.p
    ADD CONSTRAINT p_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.c
    ADD CONSTRAINT c_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.c
    ADD CONSTRAINT c_p_id_fkey FOREIGN KEY (p_id) REFERENCES public.p(id);
SELECT c.id, p.id FROM c JOIN p ON p.id = c.p_id ORDER BY c.id;

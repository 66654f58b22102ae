-- pg_dump's form: a sequence owned by the column, its nextval() default, then setval after the data.
CREATE SEQUENCE public.items_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
CREATE TABLE public.items (id integer DEFAULT nextval('public.items_id_seq'::regclass) NOT NULL PRIMARY KEY, name text);
ALTER SEQUENCE public.items_id_seq OWNED BY public.items.id;
INSERT INTO public.items (id, name) VALUES (1, 'one'), (7, 'seven');
SELECT pg_catalog.setval('public.items_id_seq', 100, true);
INSERT INTO public.items (name) VALUES ('next');
SELECT id, name FROM public.items ORDER BY id;

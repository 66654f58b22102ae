CREATE TABLE public.t (id INT PRIMARY KEY);
INSERT INTO public.t VALUES (4);
CREATE VIEW public.v AS SELECT id FROM public.t;
SELECT id FROM public.v;
DROP VIEW public.v;
DROP TABLE public.t;

CREATE TABLE public.t (id INT);
INSERT INTO public.t VALUES (1);
SELECT public.t.id FROM public.t;

CREATE TABLE public.t (a INT);
CREATE INDEX t_a ON public.t (a);
DROP INDEX public.t_a;
INSERT INTO public.t VALUES (1);
SELECT a FROM public.t;

CREATE SCHEMA IF NOT EXISTS public;
CREATE TABLE public.t (id INT PRIMARY KEY);
SELECT count(*) FROM public.t;
DROP TABLE public.t;

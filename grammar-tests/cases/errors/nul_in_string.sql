-- run: no
-- PostgreSQL's text cannot hold NUL (it rejects U&'\0000' and E'\000'): the
-- literal is refused instead of being passed to a target that would store it.
SELECT U&'a\0000b';

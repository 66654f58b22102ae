-- run: no
SELECT greatest(random(), random()) AS g;

-- run: no
LISTEN job_events;

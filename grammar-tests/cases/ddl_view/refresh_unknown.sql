-- run: no
REFRESH MATERIALIZED VIEW nothing;

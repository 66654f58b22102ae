SELECT E'\101' AS oct, E'\x42' AS hex, E'\u00e9' AS uni;

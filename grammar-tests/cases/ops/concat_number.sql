SELECT 'n=' || 42 AS s;

-- A bare VALUES query: columns column1, column2; MySQL gets SELECT ... UNION ALL.
VALUES (1, 'a'), (2, 'b'), (3, NULL);

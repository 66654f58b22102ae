SELECT transaction_timestamp() IS NOT NULL AS a, statement_timestamp() IS NOT NULL AS b;

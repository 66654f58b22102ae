SELECT e FROM jsonb_array_elements_text('["x", "y", "z"]') e ORDER BY e DESC;

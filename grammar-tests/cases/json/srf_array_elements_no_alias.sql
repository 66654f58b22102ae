SELECT value FROM json_array_elements_text('[3, 1, 2]') ORDER BY value;

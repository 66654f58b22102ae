SELECT trim(BOTH 'x' FROM 'xxhixx'), trim(LEADING 'x' FROM 'xxhixx'), trim(TRAILING 'x' FROM 'xxhixx'), trim('  hi  ') || '|';

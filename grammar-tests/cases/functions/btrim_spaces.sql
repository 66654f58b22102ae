SELECT btrim('  hi  ') || '|', ltrim('  hi  ') || '|', rtrim('  hi  ') || '|';

SELECT btrim('xxhixx', 'x'), ltrim('xxhixx', 'x'), rtrim('xxhixx', 'x');

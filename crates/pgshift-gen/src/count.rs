//! A writer that counts the bytes passed through it, so a generator knows when
//! it has written the size it was asked for.

use std::io::{self, Write};

/// Wraps a writer and counts every byte written to it.
pub struct Counting<'a, W: Write> {
    inner: &'a mut W,
    pub written: u64,
}

impl<'a, W: Write> Counting<'a, W> {
    pub fn new(inner: &'a mut W) -> Counting<'a, W> {
        Counting { inner, written: 0 }
    }
}

impl<W: Write> Write for Counting<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.written += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

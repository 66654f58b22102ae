//! Reporting and writing each piece's translation, in input order: on the
//! thread that translates, or with `--jobs` on a thread of its own.
//!
//! A script with many warnings spends about as long rendering them (miette)
//! as applying the rules, and the two do not depend on each other once a
//! piece is translated. So with more than one job, the translating thread
//! hands each finished piece ([`Done`]) to a writer thread, in order, through
//! a bounded channel; the writer renders its diagnostics and writes its
//! output. Everything reaches stderr and the sink in the order it would with
//! one thread. Diagnostics of a COPY part go through `Translator::adopt` on
//! the translating thread first, since that is where the run counts errors.

use crate::inputs::Input;
use crate::output::Sink;
use crate::parallel::{Done, Ordered};
use crate::report::Reporter;
use crate::source::Tracker;
use pgshift::{Output, Translator};
use std::path::Path;
use std::sync::mpsc::{self, SyncSender};
use std::thread::{Scope, ScopedJoinHandle};

/// Batches of finished pieces on their way to the writer thread, at most.
const IN_FLIGHT: usize = 4;
/// A batch for the writer ends at this much output or this many pieces: one
/// hand-over per statement would cost more in waking threads than rendering
/// takes, and a COPY part's output (about a megabyte) goes on its own, so
/// that what is in flight stays a few megabytes.
const BATCH_BYTES: usize = 64 << 10;
const BATCH_LEN: usize = 64;

/// Reports and writes translated pieces, in input order.
pub struct Writer<'a> {
    pub input: &'a Input,
    pub path: &'a Path,
    pub sink: &'a mut Sink,
    pub reporter: &'a mut Reporter,
    /// The output text, reused from piece to piece.
    pub text: String,
}

impl Writer<'_> {
    /// Reports one piece's diagnostics and writes its outputs.
    fn deliver(&mut self, mut done: Done) -> Result<(), String> {
        if !done.diagnostics.is_empty() {
            let excerpt = done
                .excerpt
                .unwrap_or_else(|| Tracker::default().excerpt(0, ""));
            for d in &done.diagnostics {
                self.reporter
                    .diagnostic(d, &self.input.name, &excerpt, self.path);
            }
        }
        self.write(&mut done.outputs)
    }

    /// Prints outputs into the sink.
    pub fn write(&mut self, outputs: &mut Vec<Output>) -> Result<(), String> {
        self.text.clear();
        for o in outputs.drain(..) {
            o.write_to(&mut self.text);
        }
        self.sink
            .write(&self.text)
            .map_err(|e| format!("cannot write: {e}"))
    }
}

/// Where finished pieces go: a writer on this thread, or the channel to one
/// on its own thread.
pub enum Out<'scope, 'a> {
    Here(Writer<'a>),
    Thread {
        send: SyncSender<Vec<Done>>,
        /// The pieces gathered for the next hand-over, and their output's size.
        batch: Vec<Done>,
        bytes: usize,
        /// `None` once joined.
        writer: Option<ScopedJoinHandle<'scope, Result<Writer<'a>, String>>>,
    },
}

impl<'scope, 'a> Out<'scope, 'a> {
    /// `writer`, on a thread spawned in `scope` when `threaded`.
    pub fn new<'env>(
        scope: &'scope Scope<'scope, 'env>,
        mut writer: Writer<'a>,
        threaded: bool,
    ) -> Out<'scope, 'a>
    where
        'a: 'scope,
    {
        if !threaded {
            return Out::Here(writer);
        }
        let (send, receive) = mpsc::sync_channel::<Vec<Done>>(IN_FLIGHT);
        let handle = scope.spawn(move || {
            // The channel closes when the translating thread is done with it.
            for batch in receive {
                for done in batch {
                    writer.deliver(done)?;
                }
            }
            Ok(writer)
        });
        Out::Thread {
            send,
            batch: Vec::new(),
            bytes: 0,
            writer: Some(handle),
        }
    }

    /// Reports and writes the results at the front of `ordered` that are
    /// done (with `all`, every result, waiting for them).
    pub fn drain(
        &mut self,
        ordered: &mut Ordered,
        translator: &mut Translator,
        all: bool,
    ) -> Result<(), String> {
        while let Some(mut done) = ordered.next(all)? {
            if done.adopt {
                done.diagnostics = translator.adopt(done.diagnostics);
                done.adopt = false;
            }
            match self {
                Out::Here(writer) => writer.deliver(done)?,
                Out::Thread { batch, bytes, .. } => {
                    *bytes += done.outputs.iter().map(size).sum::<usize>();
                    batch.push(done);
                    if *bytes >= BATCH_BYTES || batch.len() >= BATCH_LEN {
                        self.send()?;
                    }
                }
            }
        }
        if all {
            self.send()?;
        }
        Ok(())
    }

    /// Hands the gathered batch to the writer thread.
    fn send(&mut self) -> Result<(), String> {
        let Out::Thread {
            send,
            batch,
            bytes,
            writer,
        } = self
        else {
            return Ok(());
        };
        if batch.is_empty() {
            return Ok(());
        }
        *bytes = 0;
        if send.send(std::mem::take(batch)).is_err() {
            // The writer stopped at an error: that is the run's error.
            return Err(join(writer.take())
                .err()
                .unwrap_or_else(|| "the writer thread stopped".to_string()));
        }
        Ok(())
    }

    /// Waits for everything sent to be written; the writer, for what comes
    /// after the last piece.
    pub fn finish(self) -> Result<Writer<'a>, String> {
        match self {
            Out::Here(writer) => Ok(writer),
            Out::Thread {
                send,
                batch,
                writer,
                ..
            } => {
                // What `drain` gathered is sent when it is called with `all`.
                debug_assert!(batch.is_empty());
                drop(send);
                join(writer)
            }
        }
    }
}

/// The writer back from its thread, or the error it stopped at.
fn join<'a>(
    writer: Option<ScopedJoinHandle<'_, Result<Writer<'a>, String>>>,
) -> Result<Writer<'a>, String> {
    match writer.map(ScopedJoinHandle::join) {
        Some(Ok(result)) => result,
        // It panicked (the scope raises the panic when it ends), or it was joined.
        _ => Err("the writer thread stopped".to_string()),
    }
}

/// The size of an output's text.
fn size(o: &Output) -> usize {
    match o {
        Output::Statement(s) => s.sql.len(),
        Output::Comment(c) => c.len(),
    }
}

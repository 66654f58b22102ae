//! `--jobs N`: COPY data translated on worker threads, every result written
//! in input order.
//!
//! Statements depend on the schema the statements before them built, so the
//! main thread translates them itself, in order. The parts of a COPY data
//! block (`scan::Reader` yields them in chunks of whole lines) depend only on
//! their block's header: each becomes a job (`Translator::copy_chunk`) that a
//! worker translates while the main thread reads on. Every piece's result,
//! ready at once or a job's, takes its place in one queue, and results leave
//! the queue from its front only: the output and the diagnostics come out
//! exactly as with one thread. The queue holds at most two pieces per worker
//! (each about a megabyte of input and its INSERTs), so memory stays bounded
//! whatever the input's size.

use crate::source::{Excerpt, Tracker};
use pgshift::{CopyChunk, Diagnostic, Output};
use std::collections::VecDeque;
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::{Arc, Mutex};
use std::thread::Scope;

/// The jobs a run uses when `--jobs` is not given: the available cores, at
/// most 8 (beyond that, reading and writing on the main thread are the limit,
/// and each worker adds to the memory in flight).
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(8))
}

/// One piece's translation, ready to be reported and written.
pub struct Done {
    pub outputs: Vec<Output>,
    pub diagnostics: Vec<Diagnostic>,
    /// The text around the piece, when it has diagnostics.
    pub excerpt: Option<Excerpt>,
    /// Whether the diagnostics come from a `CopyChunk` and still go through
    /// `Translator::adopt`.
    pub adopt: bool,
}

/// A COPY data part for a worker.
struct Job<'o> {
    chunk: CopyChunk<'o>,
    text: String,
    offset: usize,
    /// Where the part starts, for the excerpt of its diagnostics.
    tracker: Tracker,
    reply: SyncSender<Done>,
}

/// A place in an in-order queue of results: one ready now, or one a worker
/// will send. `ahead.rs` queues its batches the same way.
pub enum Slot<T> {
    Ready(T),
    Pending(Receiver<T>),
}

/// Takes the result at the front of `queue` if it is ready; with `wait`, it
/// waits for it. `Ok(None)` when the queue is empty, or its front is still
/// being worked on and need not be waited for; `Err` when its worker stopped
/// without sending it (it panicked: the scope raises the panic when it ends).
pub fn take_front<T>(queue: &mut VecDeque<Slot<T>>, wait: bool) -> Result<Option<T>, ()> {
    let result = match queue.front() {
        None => return Ok(None),
        Some(Slot::Ready(_)) => None,
        Some(Slot::Pending(result)) if wait => Some(result.recv().ok()),
        Some(Slot::Pending(result)) => match result.try_recv() {
            Err(mpsc::TryRecvError::Empty) => return Ok(None),
            other => Some(other.ok()),
        },
    };
    match (queue.pop_front(), result) {
        (Some(Slot::Ready(t)), None) | (_, Some(Some(t))) => Ok(Some(t)),
        _ => Err(()),
    }
}

/// The queue of results in input order, and the workers that fill it.
pub struct Ordered<'o> {
    /// `None` with no workers: jobs then run on the calling thread.
    jobs: Option<SyncSender<Job<'o>>>,
    queue: VecDeque<Slot<Done>>,
    limit: usize,
}

impl<'o> Ordered<'o> {
    /// A queue served by `workers` threads spawned in `scope` (none for 0).
    pub fn new<'scope, 'env: 'scope>(
        scope: &'scope Scope<'scope, 'env>,
        workers: usize,
    ) -> Ordered<'o>
    where
        'o: 'scope,
    {
        let jobs = (workers > 0).then(|| {
            let (send, receive) = mpsc::sync_channel::<Job<'o>>(workers);
            let receive = Arc::new(Mutex::new(receive));
            for _ in 0..workers {
                let receive = Arc::clone(&receive);
                scope.spawn(move || loop {
                    // The lock is held only to take the next job.
                    let job = match receive.lock() {
                        Ok(guard) => guard.recv(),
                        Err(_) => return,
                    };
                    match job {
                        Ok(job) => {
                            let done = run(&job);
                            // The receiver is gone only when the run stopped early.
                            let _ = job.reply.send(done);
                        }
                        Err(_) => return,
                    }
                });
            }
            send
        });
        Ordered {
            jobs,
            queue: VecDeque::new(),
            limit: 2 * workers.max(1),
        }
    }

    /// A result that is ready now; one with nothing in it takes no place.
    pub fn ready(&mut self, done: Done) {
        if !done.outputs.is_empty() || !done.diagnostics.is_empty() {
            self.queue.push_back(Slot::Ready(done));
        }
    }

    /// A COPY data part, `text` at byte `offset`, translated by a worker;
    /// `tracker` is where the part starts.
    pub fn job(&mut self, chunk: CopyChunk<'o>, text: String, offset: usize, tracker: Tracker) {
        let (reply, result) = mpsc::sync_channel(1);
        let job = Job {
            chunk,
            text,
            offset,
            tracker,
            reply,
        };
        let job = match &self.jobs {
            None => job,
            Some(jobs) => match jobs.send(job) {
                Ok(()) => {
                    self.queue.push_back(Slot::Pending(result));
                    return;
                }
                // No worker is left (one panicked): run it here.
                Err(mpsc::SendError(job)) => job,
            },
        };
        self.ready(run(&job));
    }

    /// The next result in input order, if it is done; when the queue is full,
    /// or with `all`, it waits for it. `None` when the queue is empty, or its
    /// front is still being translated and need not be waited for.
    pub fn next(&mut self, all: bool) -> Result<Option<Done>, String> {
        let wait = all || self.queue.len() >= self.limit;
        take_front(&mut self.queue, wait)
            .map_err(|()| "a worker thread stopped while translating COPY data".to_string())
    }
}

/// Translates one job.
fn run(job: &Job) -> Done {
    let mut outputs = Vec::new();
    let diagnostics = job.chunk.translate(&job.text, &mut outputs);
    let excerpt = (!diagnostics.is_empty()).then(|| job.tracker.excerpt(job.offset, &job.text));
    Done {
        outputs,
        diagnostics,
        excerpt,
        adopt: true,
    }
}

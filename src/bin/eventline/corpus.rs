//! `eventline corpus`: documents read in order, processed in parallel on a rayon pool (each
//! worker taking up to a few documents already read at once), written in order, one JSON line
//! each. At most a fixed window of documents is in flight, so memory stays flat however large
//! the corpus; every record is flushed as it is written, so an interrupted run loses nothing
//! already written.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{channel, sync_channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use eventline::corpus::{Item, Reader, Source};
use eventline::export::TimelineRecord;
use eventline::timeline::Timeline;
use eventline::Dateline;
use serde_json::json;

/// Documents in flight per worker thread.
const WINDOW_PER_THREAD: usize = 8;

/// The most documents a worker takes at once, of those already read: handing documents over
/// in small batches wakes the threads a quarter as often (a tenth of a run's time went to
/// waking them per document), and a worker never waits for a batch to fill.
const BATCH: usize = 4;

/// What a worker hands the writer: the output line, the document's size, and the error to
/// report, if it failed.
struct Done {
    seq: usize,
    line: String,
    bytes: usize,
    failure: Option<String>,
}

fn process(item: Item, default_dateline: Option<Dateline>) -> Done {
    let where_ = match item.line {
        Some(n) => format!("{}:{n}", item.source),
        None => item.source.clone(),
    };
    let error_line = |message: &str| {
        json!({
            "id": item.id,
            "source": item.source,
            "line": item.line,
            "error": message,
        })
        .to_string()
    };
    let input = match item.result {
        Ok(input) => input,
        Err(e) => {
            let message = e.to_string();
            let id = item
                .id
                .as_deref()
                .map(|i| format!(" ({i})"))
                .unwrap_or_default();
            return Done {
                seq: item.seq,
                line: error_line(&message),
                bytes: 0,
                failure: Some(format!("{where_}{id}: {message}")),
            };
        }
    };
    let mut doc = input.document;
    if doc.dateline().is_none() {
        if let Some(d) = default_dateline {
            doc = doc.with_dateline(d);
        }
    }
    let bytes = doc.text().len();
    // The pipeline does not panic on any input we know of; if it ever does, the document is
    // reported like any other failure and the run goes on.
    let built = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let timeline = Timeline::build(&doc);
        TimelineRecord::new(&timeline).to_json_line(&input.extra)
    }));
    match built {
        Ok(Ok(line)) => Done {
            seq: item.seq,
            line,
            bytes,
            failure: None,
        },
        Ok(Err(_)) | Err(_) => {
            let message = "internal error while building the timeline";
            Done {
                seq: item.seq,
                line: error_line(message),
                bytes,
                failure: Some(format!("{where_}: {message}")),
            }
        }
    }
}

pub fn run(inputs: &[PathBuf], threads: Option<usize>, dateline: Option<String>) -> ExitCode {
    let dateline = match dateline.map(|d| d.parse::<Dateline>()).transpose() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("eventline: --dateline: {e}");
            return ExitCode::from(2);
        }
    };
    let threads = threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let mut failed = 0usize;
    let mut sources = Vec::new();
    for path in inputs {
        match Source::from_path(path) {
            Ok(s) => sources.extend(s),
            Err(e) => {
                eprintln!("eventline: {e}");
                failed += 1;
            }
        }
    }
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("eventline: starting {threads} threads: {e}");
            return ExitCode::from(1);
        }
    };
    let window = threads * WINDOW_PER_THREAD;
    let (job_tx, job_rx) = sync_channel::<Item>(window);
    let job_rx = Arc::new(Mutex::new(job_rx));
    let (done_tx, done_rx) = channel::<Vec<Done>>();
    // A token per document in flight: the reader takes one before reading a document, the
    // writer gives it back once the document is written.
    let (token_tx, token_rx) = sync_channel::<()>(window);
    for _ in 0..window {
        let _ = token_tx.send(());
    }
    for _ in 0..threads {
        let job_rx = Arc::clone(&job_rx);
        let done_tx = done_tx.clone();
        pool.spawn(move || loop {
            let batch: Vec<Item> = {
                let Ok(rx) = job_rx.lock() else { break };
                let Ok(first) = rx.recv() else { break };
                let mut batch = vec![first];
                while batch.len() < BATCH {
                    match rx.try_recv() {
                        Ok(item) => batch.push(item),
                        Err(_) => break,
                    }
                }
                batch
            };
            let done = batch
                .into_iter()
                .map(|item| process(item, dateline))
                .collect();
            if done_tx.send(done).is_err() {
                break;
            }
        });
    }
    drop(done_tx);
    let reader = std::thread::spawn(move || {
        for item in Reader::new(sources) {
            if token_rx.recv().is_err() || job_tx.send(item).is_err() {
                break;
            }
        }
    });

    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let progress = std::io::stderr().is_terminal();
    let start = Instant::now();
    let mut last_report = start;
    let (mut written, mut bytes) = (0usize, 0usize);
    let mut pending: BTreeMap<usize, Done> = BTreeMap::new();
    let mut closed = false;
    for batch in done_rx {
        for done in batch {
            pending.insert(done.seq, done);
        }
        while let Some(d) = pending.remove(&written) {
            if let Some(f) = &d.failure {
                if progress {
                    eprint!("\r\x1b[K");
                }
                eprintln!("eventline: {f}");
                failed += 1;
            }
            if !closed {
                // One write with its newline: standard output looks for the last newline of
                // each write, from the end, and finds it at once.
                let mut line = d.line;
                line.push('\n');
                let ok = out.write_all(line.as_bytes()).and_then(|_| out.flush());
                if ok.is_err() {
                    // The reader of our output went away (`| head`): stop reading input.
                    closed = true;
                }
            }
            written += 1;
            bytes += d.bytes;
            let _ = token_tx.send(());
            if progress && last_report.elapsed() > Duration::from_millis(200) {
                last_report = Instant::now();
                let secs = start.elapsed().as_secs_f64().max(1e-9);
                eprint!(
                    "\r\x1b[K{written} documents  {:.0} docs/s  {:.1} MB/s",
                    written as f64 / secs,
                    bytes as f64 / 1e6 / secs
                );
            }
        }
        if closed {
            break;
        }
    }
    drop(token_tx);
    if !closed {
        let _ = reader.join();
    }
    let secs = start.elapsed().as_secs_f64().max(1e-9);
    if progress {
        eprint!("\r\x1b[K");
    }
    eprintln!(
        "eventline: {written} documents, {failed} failed, {:.1} MB in {secs:.1} s ({:.1} MB/s, {threads} threads)",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs
    );
    if closed {
        ExitCode::SUCCESS
    } else if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

//! The shipped models are what the README's `train` commands make from the annotated corpora,
//! byte for byte. Each model reads what the stages before it produce (the event model reads
//! the tagger's tags and which words stand in a time expression; the pair model reads events),
//! so a change to an earlier stage can leave a shipped model stale: this test retrains each one
//! and compares.
//!
//! The corpora are not part of the crate. The test reads them from the directory named by
//! `EVENTLINE_DATA` (default `../shared`, laid out as its README describes) and is skipped,
//! with a message, when they are absent.
#![cfg(feature = "cli")]

use std::path::{Path, PathBuf};
use std::process::Command;

fn data() -> Option<PathBuf> {
    let dir = std::env::var_os("EVENTLINE_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let eval = dir.join("eval");
    if eval.join("tbaq/TimeBank").is_dir() {
        Some(eval)
    } else {
        eprintln!(
            "skipped: no annotated corpora under {} (set EVENTLINE_DATA)",
            dir.display()
        );
        None
    }
}

/// Run `eventline train <what> <args> --out FILE` and compare FILE with `models/<what>.bin`.
fn retrains_to_the_shipped_file(what: &str, args: &[PathBuf]) {
    let out = std::env::temp_dir().join(format!("eventline-{what}-{}.bin", std::process::id()));
    let status = Command::new(env!("CARGO_BIN_EXE_eventline"))
        .arg("train")
        .arg(what)
        .args(args)
        .arg("--out")
        .arg(&out)
        .output()
        .expect("the program runs");
    assert!(
        status.status.success(),
        "train {what} failed: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    let made = std::fs::read(&out).expect("the model was written");
    let _ = std::fs::remove_file(&out);
    let shipped_path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("models/{what}.bin"));
    let shipped = std::fs::read(&shipped_path).expect("the shipped model");
    assert!(
        made == shipped,
        "models/{what}.bin is stale: retraining gives {} bytes where the shipped file has {}; \
         run the README's train commands in their order",
        made.len(),
        shipped.len()
    );
}

#[test]
fn the_tagger_retrains_to_the_shipped_file() {
    let Some(eval) = data() else { return };
    retrains_to_the_shipped_file(
        "pos",
        &[
            "--col".into(),
            eval.join("causal_timebank/Causal-TimeBank_COL"),
            "--timeml".into(),
            eval.join("tbaq/TimeBank"),
        ],
    );
}

#[test]
fn the_event_model_retrains_to_the_shipped_file() {
    let Some(eval) = data() else { return };
    retrains_to_the_shipped_file(
        "events",
        &[
            "--gold".into(),
            eval.join("tbaq/TimeBank"),
            "--gold".into(),
            eval.join("tbaq/AQUAINT"),
        ],
    );
}

#[test]
fn the_pair_model_retrains_to_the_shipped_file() {
    let Some(eval) = data() else { return };
    retrains_to_the_shipped_file(
        "pairs",
        &[
            "--tbaq".into(),
            eval.join("tbaq/TimeBank"),
            "--matres".into(),
            eval.join("matres/timebank.txt"),
            "--tbaq".into(),
            eval.join("tbaq/AQUAINT"),
            "--matres".into(),
            eval.join("matres/aquaint.txt"),
        ],
    );
}

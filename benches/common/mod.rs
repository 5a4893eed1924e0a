//! The benchmark corpus, shared by the benchmarks: `../shared/corpora/te3_silver.jsonl` (JSON
//! lines with `text` and `dateline`), or the file named by `EVENTLINE_BENCH_CORPUS`; without
//! it, a small corpus of the crate's own texts stands in, and the report says so.

use std::path::PathBuf;

use eventline::{Dateline, Document};

/// A description of the corpus, and its documents.
pub fn corpus() -> (String, Vec<Document>) {
    let path = std::env::var_os("EVENTLINE_BENCH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/te3_silver.jsonl")
        });
    if let Ok(text) = std::fs::read_to_string(&path) {
        let docs: Vec<Document> = text
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| {
                let body = v.get("text")?.as_str()?.to_string();
                let mut d = Document::new(body);
                if let Some(dl) = v
                    .get("dateline")
                    .and_then(|d| d.as_str())
                    .and_then(|d| d.parse::<Dateline>().ok())
                {
                    d = d.with_dateline(dl);
                }
                Some(d)
            })
            .collect();
        if !docs.is_empty() {
            return (
                format!("{} ({} documents)", path.display(), docs.len()),
                docs,
            );
        }
    }
    let own = [
        include_str!("../../examples/data/haniyeh.txt"),
        include_str!("../../tests/fixtures/timeml/jns_strike.xml"),
        include_str!("../../tests/fixtures/timeml/earnings.xml"),
    ];
    let docs: Vec<Document> = (0..200)
        .map(|i| Document::new(own[i % own.len()]).with_dateline("2024-08-01".parse().unwrap()))
        .collect();
    (
        format!(
            "fallback corpus of the crate's own texts ({} documents; {} not found)",
            docs.len(),
            path.display()
        ),
        docs,
    )
}

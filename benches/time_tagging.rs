//! Throughput of segmentation and of time tagging, single thread.
//!
//! The corpus is `../shared/corpora/te3_silver.jsonl` (JSON lines with `text` and `dateline`),
//! or the file named by `EVENTLINE_BENCH_CORPUS`; without it, a small corpus of the crate's own
//! texts (the reference article and the test fixtures) stands in, and the report says so.
//!
//! ```text
//! cargo bench --bench time_tagging
//! ```

mod common;

use common::corpus;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use eventline::segment::Segments;
use eventline::time::{tag, TimeConfig};

fn bench(c: &mut Criterion) {
    let (name, docs) = corpus();
    let bytes: usize = docs.iter().map(|d| d.text().len()).sum();
    eprintln!("corpus: {name}, {:.1} MB", bytes as f64 / 1e6);
    let mut g = c.benchmark_group("time");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("segment", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| Segments::new(d.text()).tokens().len())
                .sum::<usize>()
        })
    });
    let config = TimeConfig::default();
    g.bench_function("tag", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| tag(d, &config).timexes.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

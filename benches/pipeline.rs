//! Throughput of each stage after time tagging, and of the whole pipeline, single thread:
//! events (part-of-speech tags, detection, attributes), relations, the graph and timeline,
//! the JSON export, and everything from text to timeline.
//!
//! The corpus is `../shared/corpora/te3_silver.jsonl` (JSON lines with `text` and `dateline`),
//! or the file named by `EVENTLINE_BENCH_CORPUS`; without it, a small corpus of the crate's own
//! texts stands in, and the report says so.
//!
//! ```text
//! cargo bench --bench pipeline
//! ```

mod common;

use common::corpus;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use eventline::export::TimelineRecord;
use eventline::graph::EventGraph;
use eventline::time::{tag, TimeConfig};
use eventline::timeline::Timeline;
use eventline::{event, relation};

fn bench(c: &mut Criterion) {
    let (name, docs) = corpus();
    let bytes: usize = docs.iter().map(|d| d.text().len()).sum();
    eprintln!("corpus: {name}, {:.1} MB", bytes as f64 / 1e6);
    let config = TimeConfig::default();
    let times: Vec<_> = docs.iter().map(|d| tag(d, &config)).collect();
    let events: Vec<_> = docs
        .iter()
        .zip(&times)
        .map(|(d, t)| event::extract(d, t))
        .collect();
    let timelines: Vec<Timeline> = docs.iter().map(Timeline::build).collect();
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("events", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&times)
                .map(|(d, t)| event::extract(d, t).events.len())
                .sum::<usize>()
        })
    });
    g.bench_function("relations", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&times)
                .zip(&events)
                .map(|((d, t), e)| relation::relate(d, t, e).relations.len())
                .sum::<usize>()
        })
    });
    let relations: Vec<_> = docs
        .iter()
        .zip(&times)
        .zip(&events)
        .map(|((d, t), e)| relation::relate(d, t, e))
        .collect();
    g.bench_function("graph", |b| {
        b.iter(|| {
            relations
                .iter()
                .map(|r| {
                    let dates: Vec<_> = r
                        .times
                        .iter()
                        .map(|t| {
                            t.as_ref()
                                .and_then(|t| t.interval.map(|i| (i, t.confidence)))
                        })
                        .collect();
                    EventGraph::build(dates.len(), &r.relations, &dates)
                        .kept()
                        .len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("graph_and_timeline", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&times)
                .zip(&events)
                .map(|((d, t), e)| {
                    let r = relation::relate(d, t, e);
                    Timeline::from_parts(d, t, e, r).order().len()
                })
                .sum::<usize>()
        })
    });
    g.bench_function("export_json", |b| {
        b.iter(|| {
            timelines
                .iter()
                .map(|t| serde_json::to_string(&TimelineRecord::new(t)).map_or(0, |s| s.len()))
                .sum::<usize>()
        })
    });
    g.bench_function("full", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| Timeline::build(d).order().len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! The start-point order of two events (BEFORE, AFTER, EQUAL, VAGUE, as MATRES annotates it),
//! predicted by a trained model over what the pipeline knows of the pair: the kept graph's
//! verdict, their dates, tense, aspect, class, lemmas and the words between them.
//!
//! The shipped model (`models/pairs.bin`) is trained on MATRES over TBAQ by
//! `eventline train pairs --tbaq tbaq/TimeBank --matres matres/timebank.txt --tbaq tbaq/AQUAINT
//! --matres matres/aquaint.txt`; `eventline eval matres` scores it across corpora.

use super::Timeline;
use crate::event::Event;
use crate::learn::{Features, Model};
use std::sync::OnceLock;

/// The labels, in model order.
pub const LABELS: [&str; 4] = ["BEFORE", "AFTER", "EQUAL", "VAGUE"];

/// Words whose presence between two events says something of their order.
pub const BETWEEN_WORDS: &[&str] = &[
    "after",
    "before",
    "when",
    "while",
    "then",
    "because",
    "since",
    "until",
    "as",
    "and",
    "but",
    "that",
    "to",
    "said",
    "following",
    "later",
    "earlier",
    "once",
    "if",
    "would",
    "will",
    "had",
    "has",
    "by",
    "during",
    "ago",
    "now",
    "so",
];

static MODEL_BYTES: &[u8] = include_bytes!("../../models/pairs.bin");

/// The shipped model (`None` while none has been trained).
pub fn model() -> Option<&'static Model> {
    static M: OnceLock<Option<Model>> = OnceLock::new();
    M.get_or_init(|| Model::from_bytes(MODEL_BYTES).ok())
        .as_ref()
}

/// A value's Debug name ("Past", "Perfective"), as a feature string.
fn debug_name<T: std::fmt::Debug>(x: T) -> String {
    format!("{x:?}")
}

/// The features of the pair (`a`, `b`) of events of timeline `t` (`a` first in the text).
pub fn features(t: &Timeline, a: usize, b: usize, f: &mut Features) {
    let text = t.document().text();
    let (ea, eb): (&Event, &Event) = (t.event(a), t.event(b));
    f.add(0, b"");
    f.add(
        1,
        format!("{}|{}", debug_name(ea.tense), debug_name(eb.tense)).as_bytes(),
    );
    f.add(
        2,
        format!("{}|{}", debug_name(ea.aspect), debug_name(eb.aspect)).as_bytes(),
    );
    f.add(
        3,
        format!("{}|{}", ea.class.as_str(), eb.class.as_str()).as_bytes(),
    );
    f.add(
        4,
        format!("{}|{}", ea.factuality.as_str(), eb.factuality.as_str()).as_bytes(),
    );
    f.add(5, ea.lemma.as_bytes());
    f.add(6, eb.lemma.as_bytes());

    // (the pair of lemmas overfits across corpora)
    let sentences = eb.sentence.saturating_sub(ea.sentence).min(2);
    f.add(8, &[b'0' + sentences as u8]);
    let distance = eb.token.saturating_sub(ea.token);
    let bucket: &[u8] = match distance {
        0..=2 => b"near",
        3..=6 => b"mid",
        7..=15 => b"far",
        _ => b"very-far",
    };
    f.add2(9, bucket, &[b'0' + sentences as u8]);
    if sentences == 0 && ea.span.end <= eb.span.start {
        let between: Vec<String> = text[ea.span.end..eb.span.start]
            .split(|c: char| !c.is_alphanumeric() && c != ',')
            .filter(|w| !w.is_empty())
            .map(|w| w.to_ascii_lowercase())
            .collect();
        for w in &between {
            if BETWEEN_WORDS.contains(&w.as_str()) {
                f.add(10, w.as_bytes());
                f.add2(
                    11,
                    w.as_bytes(),
                    format!("{}|{}", debug_name(ea.tense), debug_name(eb.tense)).as_bytes(),
                );
            }
        }
        if let Some(first) = between.first() {
            f.add(18, first.as_bytes());
        }
        if let Some(last) = between.last() {
            f.add(19, last.as_bytes());
            f.add2(20, last.as_bytes(), ea.class.as_str().as_bytes());
        }
        if between.iter().any(|w| w.contains(',')) {
            f.add(21, b"comma");
        }
        if between.len() <= 3
            && between
                .iter()
                .any(|w| w == "and" || w == "or" || w == "but")
        {
            f.add2(
                27,
                b"coordinated",
                format!("{}|{}", debug_name(ea.tense), debug_name(eb.tense)).as_bytes(),
            );
        }
        f.add2(
            28,
            format!("{}|{}", debug_name(ea.polarity), debug_name(eb.polarity)).as_bytes(),
            b"",
        );
        f.add2(
            29,
            ea.modality.as_deref().unwrap_or("-").as_bytes(),
            eb.modality.as_deref().unwrap_or("-").as_bytes(),
        );
        // b in a's complement: "said that b", "expects to b", "ordered x to b".
        if between.len() <= 6 && between.iter().any(|w| w == "that" || w == "to") {
            f.add2(
                22,
                ea.class.as_str().as_bytes(),
                format!("{:?}", eb.tense).as_bytes(),
            );
        }
    }
    let between_events: &[u8] = match b.saturating_sub(a) {
        0 | 1 => b"adjacent",
        2 => b"one-between",
        _ => b"more-between",
    };
    f.add2(31, between_events, &[b'0' + sentences as u8]);
    // What the pipeline already says.
    let g = t.graph();
    let verdict: &[u8] = if g.precedes(a, b) {
        b"graph-before"
    } else if g.precedes(b, a) {
        b"graph-after"
    } else {
        b"graph-none"
    };
    f.add(12, verdict);
    let time = |i: usize| {
        t.entry_of(i)
            .and_then(|e| e.time.as_ref())
            .and_then(|x| x.interval)
    };
    let dates: &[u8] = match (time(a), time(b)) {
        (Some(x), Some(y)) if x.end <= y.start => b"dates-before",
        (Some(x), Some(y)) if y.end <= x.start => b"dates-after",
        (Some(x), Some(y)) if x == y => b"dates-same",
        (Some(_), Some(_)) => b"dates-overlap",
        (Some(_), None) => b"dates-a",
        (None, Some(_)) => b"dates-b",
        (None, None) => b"dates-none",
    };
    f.add(13, dates);
    f.add2(14, dates, verdict);
    // Each event against the dateline.
    let dct = |i: usize| -> &'static str {
        let Some(time) = t.entry_of(i).and_then(|e| e.time.as_ref()) else {
            return "unknown";
        };
        if time.value == "FUTURE_REF" {
            return "future";
        }
        match (time.interval, t.dateline()) {
            (Some(iv), Some(d)) => {
                let day = d.date().and_hms_opt(0, 0, 0);
                let next = d.date().succ_opt().and_then(|x| x.and_hms_opt(0, 0, 0));
                match (day, next) {
                    (Some(s), _) if iv.end <= s => "past",
                    (_, Some(n)) if iv.start >= n => "future",
                    _ => "dct",
                }
            }
            _ => "unknown",
        }
    };
    f.add2(23, dct(a).as_bytes(), dct(b).as_bytes());

    f.add2(
        24,
        format!("{}|{}", dct(a), dct(b)).as_bytes(),
        &[b'0' + sentences as u8],
    );
    let same_entry = t.entry_of(a).map(|e| e.event) == t.entry_of(b).map(|e| e.event);
    if same_entry {
        f.add(15, b"same-event");
    }
    f.add2(
        16,
        format!("{}|{}", debug_name(ea.tense), debug_name(eb.tense)).as_bytes(),
        &[b'0' + sentences as u8],
    );
    f.add2(
        17,
        format!("{}|{}", ea.class.as_str(), eb.class.as_str()).as_bytes(),
        &[b'0' + sentences as u8],
    );
}

/// The predicted label (index into [`LABELS`]) of the pair, by `model`.
pub fn predict(model: &Model, t: &Timeline, a: usize, b: usize) -> usize {
    let mut f = Features::new();
    features(t, a, b, &mut f);
    let i = model.predict(f.hashes());
    LABELS
        .iter()
        .position(|l| *l == model.label(i))
        .unwrap_or(3)
}

//! Property tests: arbitrary text never makes the tagger panic, and what it returns is well formed.

use eventline::time::{tag, TimeConfig};
use eventline::{Document, Span};
use proptest::prelude::*;

fn check(text: &str, dateline: Option<&str>) -> Result<(), TestCaseError> {
    let mut doc = Document::new(text);
    if let Some(d) = dateline {
        doc = doc.with_dateline(d.parse().unwrap());
    }
    let times = tag(&doc, &TimeConfig::default());
    let mut last_end = 0;
    for t in &times.timexes {
        let Span { start, end } = t.span;
        prop_assert!(start < end && end <= text.len());
        prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        prop_assert!(start >= last_end, "overlapping or unordered spans");
        last_end = end;
        let _ = t.value.timex3();
        let _ = t.interval();
    }
    for s in times.segments.sentences() {
        prop_assert!(s.span.end <= text.len());
    }
    Ok(())
}

const WORDS: &[&str] = &[
    "the",
    "last",
    "next",
    "week",
    "day",
    "days",
    "ago",
    "May",
    "march",
    "mid",
    "-",
    "early",
    "2024",
    "1990s",
    "'80s",
    "7/30",
    "10:30",
    "a.m.",
    "EDT",
    "Tuesday",
    "morning",
    "of",
    "on",
    "quarter",
    "third",
    "fiscal",
    "every",
    "year",
    "later",
    "that",
    "same",
    ",",
    ".",
    "\n",
    "hours",
    "after",
    "attack",
    "99999999999999",
    "Aug.",
    "1st",
    "noon",
    "tonight",
    "recent",
    "years",
    "than",
    "more",
    "Christmas",
    "St.",
    "Patrick",
    "'s",
    "Q3",
    "half",
    "first",
    "before",
    "in",
    "is",
    "night",
    "ending",
    "protests",
    "``",
    "FY24",
    "H1",
    "ET",
    "2005/06",
    "between",
    "p.m.",
    "dawn",
    "rest",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(text in "\\PC{0,200}") {
        check(&text, Some("2024-08-01"))?;
        check(&text, None)?;
    }

    #[test]
    fn arbitrary_temporal_word_salad(words in proptest::collection::vec(proptest::sample::select(WORDS), 0..40)) {
        let text = words.join(" ");
        check(&text, Some("2024-08-01"))?;
        check(&text, None)?;
    }
}

/// Words that make events, relations and causes, for the whole pipeline.
const STORY_WORDS: &[&str] = &[
    // participles that borrow their clause's subject, and "last" before a month and day
    "Speaking",
    "adding",
    "citing",
    "Wounded",
    "last",
    "Oct.",
    "23",
    "Iran",
    "Israel",
    "attacked",
    "killed",
    "said",
    "will",
    "would",
    "not",
    "respond",
    "to",
    "in",
    "response",
    "the",
    "assassination",
    "after",
    "before",
    "because",
    "of",
    "funeral",
    "on",
    "July",
    "30",
    "Aug.",
    "1",
    "yesterday",
    "hours",
    "that",
    "morning",
    "led",
    "to",
    "prompted",
    "while",
    "then",
    ",",
    ".",
    "had",
    "been",
    "expected",
    "no",
    "may",
    "if",
    "struck",
    "meeting",
    "held",
    "early",
    "the",
    "strike",
    "its",
    "burial",
    "follows",
    "which",
    "stems",
    "from",
    "by",
    "and",
    "it",
    "what",
    "reason",
    "is",
    "a",
    "made",
    "force",
    "gain",
    "sale",
    "as",
    "result",
    "reflecting",
    "so",
    "when",
    "hospitalized",
    "amid",
    "turmoil",
    "through",
    "enables",
    "citizens",
    "sides",
    "\n",
];

fn check_timeline(text: &str, dateline: Option<&str>) -> Result<(), TestCaseError> {
    use eventline::export::{to_dot, to_text, TimelineRecord};
    use eventline::timeline::Timeline;
    let mut doc = Document::new(text);
    if let Some(d) = dateline {
        doc = doc.with_dateline(d.parse().unwrap());
    }
    let t = Timeline::build(&doc);
    let n = t.events().len();
    prop_assert_eq!(t.order().len(), n, "every event once in the order");
    let mut seen = vec![false; n];
    for &i in t.order() {
        prop_assert!(!seen[i], "an event twice in the order");
        seen[i] = true;
    }
    for e in t.events() {
        prop_assert!(e.span.end <= text.len() && text.is_char_boundary(e.span.start));
        prop_assert!(e.sentence_span.start <= e.span.start && e.span.end <= e.sentence_span.end);
    }
    // Kept relations agree with the order: whatever precedes comes first.
    let pos: Vec<usize> = {
        let mut p = vec![0; n];
        for (k, &i) in t.order().iter().enumerate() {
            p[i] = k;
        }
        p
    };
    for r in t.relations() {
        if matches!(
            r.kind,
            eventline::relation::RelationKind::Before | eventline::relation::RelationKind::Causes
        ) {
            let (a, b) = (
                t.entry_of(r.source).unwrap().event,
                t.entry_of(r.target).unwrap().event,
            );
            if a != b {
                prop_assert!(pos[a] < pos[b], "{:?} against the order", r);
            }
        }
    }
    let _ = to_text(&t, Default::default());
    let _ = to_dot(&t);
    let _ = eventline::timeml::write_timeline(&t, None);
    serde_json::to_string(&TimelineRecord::new(&t)).unwrap();
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_through_the_whole_pipeline(text in "\\PC{0,200}") {
        check_timeline(&text, Some("2024-08-01"))?;
    }

    #[test]
    fn story_word_salad_through_the_whole_pipeline(words in proptest::collection::vec(proptest::sample::select(STORY_WORDS), 0..60)) {
        let text = words.join(" ");
        check_timeline(&text, Some("2024-08-01"))?;
        check_timeline(&text, None)?;
    }
}

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

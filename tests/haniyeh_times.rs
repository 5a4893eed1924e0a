//! The reference article's temporal expressions, resolved against its dateline.

use eventline::time::{tag, Anchor, Family, TimeConfig, TimexType};
use eventline::Document;

const ARTICLE: &str = include_str!("../examples/data/haniyeh.txt");

fn tagged() -> (Document, eventline::time::TimeAnnotation) {
    let doc = Document::new(ARTICLE).with_dateline("2024-08-01".parse().unwrap());
    let times = tag(&doc, &TimeConfig::default());
    (doc, times)
}

fn value_of(text: &str) -> Vec<String> {
    let (doc, times) = tagged();
    times
        .timexes
        .iter()
        .filter(|t| t.text(doc.text()) == text)
        .map(|t| {
            format!(
                "{}{}",
                t.value,
                t.modifier
                    .map(|m| format!(" {}", m.as_str()))
                    .unwrap_or_default()
            )
        })
        .collect()
}

#[test]
fn early_that_morning_is_the_morning_of_the_report_date() {
    let (doc, times) = tagged();
    let t = times
        .timexes
        .iter()
        .find(|t| t.text(doc.text()) == "early that morning")
        .expect("found");
    assert_eq!(t.value.timex3(), "2024-07-31TMO");
    assert_eq!(t.modifier.map(|m| m.as_str()), Some("START"));
    assert_eq!(t.kind, TimexType::Time);
    match &t.anchor {
        Anchor::Time { span } => assert_eq!(span.of(doc.text()), "July 31"),
        other => panic!("anchored to {other:?}"),
    }
}

#[test]
fn hours_after_the_attack_is_event_relative() {
    let (doc, times) = tagged();
    let t = times
        .timexes
        .iter()
        .find(|t| t.family == Family::EventRelative)
        .expect("found");
    assert_eq!(t.text(doc.text()), "Hours");
    assert_eq!(t.value.timex3(), "PTXH");
    let Anchor::Event { phrase, after, .. } = &t.anchor else {
        panic!("{:?}", t.anchor)
    };
    assert_eq!(phrase.of(doc.text()), "the attack");
    assert!(after);
}

#[test]
fn dates_without_a_year_lean_to_the_past_even_beside_future_verbs() {
    assert_eq!(value_of("mid-April"), ["2024-04 MID"]);
    assert_eq!(value_of("April"), ["2024-04", "2024-04"]);
    assert_eq!(value_of("July 30"), ["2024-07-30"]);
    assert_eq!(value_of("Aug. 2"), ["2024-08-02"]);
    assert_eq!(value_of("the morning of Aug. 1"), ["2024-08-01TMO"]);
    assert_eq!(value_of("the coming days"), ["FUTURE_REF"]);
    assert_eq!(value_of("recently"), ["PAST_REF"]);
}

#[test]
fn intervals_are_chrono_values() {
    let (doc, times) = tagged();
    let t = times
        .timexes
        .iter()
        .find(|t| t.text(doc.text()) == "the morning of Aug. 1")
        .expect("found");
    let i = t.interval().expect("interval");
    assert_eq!(i.start.to_string(), "2024-08-01 04:00:00");
    assert_eq!(i.end.to_string(), "2024-08-01 12:00:00");
}

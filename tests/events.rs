//! Event detection on realistic text: a hand-annotated fixture (written for this crate) as an
//! accuracy regression, and the factuality a timeline relies on.

use std::path::Path;

use eventline::eval::events::{read_dir, score_document};
use eventline::event::{self, Factuality};
use eventline::time::{tag, TimeConfig};
use eventline::Document;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/events");

#[test]
fn detection_on_fixture_does_not_regress() {
    let docs = read_dir(Path::new(FIXTURES)).unwrap();
    assert_eq!(docs.len(), 1);
    let gold = &docs[0];
    let doc = gold.to_document();
    let times = tag(&doc, &TimeConfig::default());
    let events = event::extract(&doc, &times);
    let c = score_document(gold, &events.events);
    assert_eq!(c.gold, 26);
    // Measured: 23 of 26 found, 3 spurious, 19 of the 23 with the gold class (F1 0.885).
    let (p, r, f) = c.relaxed_prf();
    assert!(f >= 0.88, "P {p:.3} R {r:.3} F1 {f:.3}: {c:?}");
    assert!(c.class_correct >= 19, "{c:?}");
}

fn factuality_of(text: &str, trigger: &str) -> Factuality {
    let doc = Document::new(text).with_dateline("2025-03-03".parse().unwrap());
    let times = tag(&doc, &TimeConfig::default());
    let events = event::extract(&doc, &times);
    events
        .find(doc.text(), trigger)
        .unwrap_or_else(|| panic!("no event {trigger:?} in {text:?}: {:?}", events.events))
        .factuality
}

#[test]
fn factuality_separates_what_happened_from_what_is_expected() {
    let cases = [
        (
            "The delegations met for six hours in Geneva.",
            "met",
            Factuality::Actual,
        ),
        (
            "The body will be taken to Doha for burial.",
            "taken",
            Factuality::Future,
        ),
        (
            "The funeral is expected to draw crowds on Friday.",
            "funeral",
            Factuality::Future,
        ),
        (
            "The council agreed to exchange prisoners.",
            "exchange",
            Factuality::Future,
        ),
        (
            "The company sold two plants to help pay its debt.",
            "pay",
            Factuality::Future,
        ),
        (
            "The company sold two plants to pay its debt, and it paid it.",
            "sold",
            Factuality::Actual,
        ),
        (
            "Parliament may reject the agreement.",
            "reject",
            Factuality::Hypothetical,
        ),
        (
            "Commanders are considering an attack on the port.",
            "attack",
            Factuality::Hypothetical,
        ),
        (
            "The missiles would aim for military targets.",
            "aim",
            Factuality::Hypothetical,
        ),
        (
            "The ceasefire will collapse if the army strikes again.",
            "strikes",
            Factuality::Hypothetical,
        ),
        (
            "Crowds chanted slogans demanding the government's resignation.",
            "resignation",
            Factuality::Hypothetical,
        ),
        (
            "The president's resignation shocked the country.",
            "resignation",
            Factuality::Actual,
        ),
        (
            "Schools in the region will stay closed until Friday.",
            "closed",
            Factuality::Future,
        ),
        // A bare verb joined to one with a modal or a future shares it.
        (
            "The group would close 40 stores and cut about 1,200 jobs.",
            "cut",
            Factuality::Hypothetical,
        ),
        (
            "The army will withdraw its troops and hand over the base.",
            "hand",
            Factuality::Future,
        ),
        (
            "The police did not intervene.",
            "intervene",
            Factuality::Negated,
        ),
        (
            "The minister refused to resign.",
            "resign",
            Factuality::Negated,
        ),
    ];
    let mut wrong = Vec::new();
    for (text, trigger, want) in cases {
        let got = factuality_of(text, trigger);
        if got != want {
            wrong.push(format!("{text} [{trigger}]: {got:?}, expected {want:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn no_events_in_text_without_any() {
    for text in ["", "   ", "2024-08-01", "The, of, and; a."] {
        let doc = Document::new(text);
        let times = tag(&doc, &TimeConfig::default());
        assert!(event::extract(&doc, &times).events.is_empty(), "{text:?}");
    }
}

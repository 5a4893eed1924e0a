//! Cross-document timelines: two agencies report the same events, one misdates one of them.

use eventline::export::TimelineRecord;
use eventline::merge::{entity_timeline, merge};
use eventline::timeline::Timeline;
use eventline::Document;

fn record(id: &str, dateline: &str, text: &str) -> TimelineRecord {
    let doc = Document::new(text)
        .with_id(id)
        .with_dateline(dateline.parse().unwrap());
    TimelineRecord::new(&Timeline::build(&doc))
}

#[test]
fn the_same_events_from_two_agencies_become_one_timeline() {
    let a = record(
        "agency-a",
        "2024-08-01",
        "Israeli jets struck a depot in Beirut on July 30. Hezbollah fired rockets at Haifa on July 31 \
         in response to the strike.",
    );
    let b = record(
        "agency-b",
        "2024-08-02",
        "Hezbollah fired rockets at Haifa on July 31. Israeli jets had struck a depot in Beirut on \
         July 30, the army said.",
    );
    let merged = merge(&[a, b]);
    assert_eq!(merged.documents, ["agency-a", "agency-b"]);
    let fired = merged.events.iter().find(|e| e.lemma == "fire").unwrap();
    assert_eq!(fired.date.as_deref(), Some("2024-07-31"));
    let sources: Vec<&str> = fired.mentions.iter().map(|m| m.document.as_str()).collect();
    assert_eq!(sources, ["agency-a", "agency-b"]);
    let struck = merged
        .events
        .iter()
        .find(|e| e.lemma == "strike" && e.date.as_deref() == Some("2024-07-30"))
        .unwrap();
    assert_eq!(struck.mentions.len(), 2);
    // In order: the strike before the rockets.
    let pos = |id: &str| merged.events.iter().position(|e| e.id == id).unwrap();
    assert!(pos(&struck.id) < pos(&fired.id));
    // Entity timeline.
    let hezbollah = entity_timeline(&merged, "Hezbollah");
    let first = hezbollah.lines().find(|l| !l.starts_with('0')).unwrap();
    let cols: Vec<&str> = first.split('\t').collect();
    assert_eq!(cols[..2], ["1", "2024-07-31"]);
    assert!(
        cols[2].contains("agency-a-e") && cols[2].contains("agency-b-e"),
        "{first}"
    );
}

#[test]
fn sources_that_disagree_on_a_date_are_reported() {
    let a = record(
        "a",
        "2024-08-01",
        "Israeli jets struck a weapons depot in Beirut on July 30.",
    );
    let b = record(
        "b",
        "2024-08-01",
        "Israeli jets struck a weapons depot in Beirut on July 29.",
    );
    let merged = merge(&[a, b]);
    let dates: Vec<_> = merged
        .conflicts
        .iter()
        .filter(|c| c.kind == "date")
        .flat_map(|c| c.dates.clone())
        .collect();
    assert!(
        dates.contains(&"2024-07-30".to_string()) && dates.contains(&"2024-07-29".to_string()),
        "{:?}",
        merged.conflicts
    );
}

#[test]
fn merging_nothing_is_empty() {
    let merged = merge(&[]);
    assert!(merged.events.is_empty() && merged.conflicts.is_empty());
}

//! The reference article's timeline, as a careful reader knows the story: the April attack,
//! the July 30 killing of Fuad Shukr, the early-morning strike of July 31 that killed Haniyeh,
//! what followed hours after, the Aug. 1 funeral processions and meetings, the burial planned
//! for Aug. 2, and the expected response. A snapshot of the JSON guards the rest.

use eventline::event::Factuality;
use eventline::export::TimelineRecord;
use eventline::timeline::{Entry, Timeline};
use eventline::Document;

const ARTICLE: &str = include_str!("../examples/data/haniyeh.txt");

fn timeline() -> (Document, Timeline) {
    let doc = Document::new(ARTICLE)
        .with_id("haniyeh")
        .with_dateline("2024-08-01".parse().unwrap());
    let t = Timeline::build(&doc);
    (doc, t)
}

/// The position in the timeline of the entry whose summary is `needle`, else of the first
/// whose summary contains it.
fn find<'t>(t: &'t Timeline, needle: &str) -> (usize, &'t Entry) {
    let summary = |e: &Entry| t.event(e.event).summary.clone();
    t.iter()
        .enumerate()
        .find(|(_, e)| summary(e) == needle)
        .or_else(|| {
            t.iter()
                .enumerate()
                .find(|(_, e)| summary(e).contains(needle))
        })
        .unwrap_or_else(|| panic!("no event {needle:?}"))
}

fn date(e: &Entry) -> &str {
    e.time.as_ref().map_or("", |t| t.value.as_str())
}

#[test]
fn the_story_in_order() {
    let (_, t) = timeline();
    let (april, a) = find(&t, "missiles were launched at Israel");
    assert_eq!(date(a), "2024-04");
    let (shukr, s) = find(
        &t,
        "killing by Israel of senior Hezbollah official Fuad Shukr",
    );
    assert_eq!(date(s), "2024-07-30");
    let (strike, k) = find(&t, "the missile strike that killed");
    assert_eq!(date(k), "2024-07-31TMO");
    let (assassination, _) = find(&t, "the assassination of Hamas terror chief Ismail Haniyeh");
    let (ordered, o) = find(&t, "has ordered a direct attack on Israel");
    let (held, h) = find(&t, "held an emergency meeting");
    assert_eq!(date(h), "2024-07-31"); // hours after the attack
    let (funeral, f) = find(&t, "Funeral processions for Haniyeh");
    assert_eq!(date(f), "2024-08-01TMO");
    let (met, m) = find(&t, "officials met with representatives");
    assert_eq!(date(m), "2024-08-01");
    let (burial, b) = find(&t, "body will be taken to Doha");
    assert_eq!(date(b), "2024-08-02");
    assert!(april < shukr && shukr < strike && strike < assassination);
    assert!(assassination < ordered && ordered < held && held < funeral);
    assert!(funeral < burial && met < burial);
    // The order was given because of the assassination.
    let causes: Vec<&str> = o
        .causes
        .iter()
        .map(|&c| t.event(c).lemma.as_str())
        .collect();
    assert!(causes.contains(&"assassination"), "{causes:?}");
}

#[test]
fn expected_events_are_not_mixed_with_what_happened() {
    let (doc, t) = timeline();
    let text = doc.text();
    let fact = |needle: &str| t.event(find(&t, needle).1.event).factuality;
    assert_eq!(fact("body will be taken to Doha"), Factuality::Future);
    // "The security establishment believes that the Iranian response will occur": the
    // response is expected (the same one named before, as "an Iranian response").
    let response = t
        .events()
        .iter()
        .find(|e| e.summary == "the Iranian response")
        .expect("the response that will occur");
    assert_eq!(response.factuality, Factuality::Future);
    assert_eq!(fact("a direct attack on Israel"), Factuality::Future);
    assert_eq!(fact("Tehran would retaliate"), Factuality::Hypothetical);
    assert_eq!(fact("the missile strike that killed"), Factuality::Actual);
    // Every expected event is after everything that happened on a known date.
    let last_actual = t
        .iter()
        .enumerate()
        .filter(|(_, e)| t.event(e.event).factuality == Factuality::Actual && e.time.is_some())
        .map(|(i, _)| i)
        .max()
        .unwrap();
    let burial = find(&t, "body will be taken").0;
    assert!(burial > last_actual);
    assert!(t
        .expected()
        .any(|e| t.event(e.event).text(text) == "burial"));
}

#[test]
fn json_snapshot() {
    let (_, t) = timeline();
    let record = TimelineRecord::new(&t);
    insta::assert_json_snapshot!("haniyeh_timeline", record);
}

#[test]
fn serde_round_trip() {
    let (_, t) = timeline();
    let json = serde_json::to_string(&t).unwrap();
    let back: Timeline = serde_json::from_str(&json).unwrap();
    assert_eq!(back.order(), t.order());
    assert_eq!(back.relations(), t.relations());
    assert_eq!(back.events(), t.events());
    assert_eq!(back.graph().kept().len(), t.graph().kept().len());
    assert_eq!(serde_json::to_string(&back).unwrap(), json);
}

//! Bad input gets a typed error or a correct empty result, never a panic, in linear time.

use eventline::time::{tag, TimeConfig};
use eventline::timeml::TimeMlDocument;
use eventline::{Dateline, Document, Error};

fn count(text: &str) -> usize {
    let doc = Document::new(text).with_dateline("2024-08-01".parse().unwrap());
    tag(&doc, &TimeConfig::default()).timexes.len()
}

#[test]
fn empty_and_timeless_texts_give_empty_results() {
    assert_eq!(count(""), 0);
    assert_eq!(count("   \n\n  "), 0);
    assert_eq!(count("The cat sat on the mat, and nothing happened."), 0);
}

#[test]
fn absurd_numbers_are_not_dates_and_do_not_panic() {
    let text = "In the year 99999999999 after 99999999999999999999999 days, 2999999999 years ago, \
                on 99/99/9999 at 99:99, on 2024-02-30 and on February 30, 12345678901234567890 weeks later.";
    let doc = Document::new(text).with_dateline("2024-08-01".parse().unwrap());
    let times = tag(&doc, &TimeConfig::default());
    for t in &times.timexes {
        let v = t.value.timex3();
        assert!(!v.contains("99999999999"), "{} → {v}", t.text(text));
        assert!(!v.starts_with("2024-02-30"), "{v}");
    }
}

#[test]
fn unparsable_datelines_are_typed_errors() {
    for bad in ["next Tuesday", "2024-02-30", "2024-08-01T10:99", ""] {
        assert!(
            matches!(bad.parse::<Dateline>(), Err(Error::Dateline { .. })),
            "{bad}"
        );
    }
}

#[test]
fn malformed_or_truncated_timeml_is_a_typed_error() {
    let good = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/timeml/jns_strike.xml"
    ))
    .unwrap();
    assert!(TimeMlDocument::parse(&good).is_ok());
    for cut in [good.len() / 3, good.len() / 2, good.len() - 20] {
        let mut end = cut;
        while !good.is_char_boundary(end) {
            end -= 1;
        }
        let err = TimeMlDocument::parse(&good[..end]).unwrap_err();
        assert!(matches!(err, Error::TimeMl { .. }), "cut at {cut}: {err}");
    }
    assert!(TimeMlDocument::parse("<TimeML><TEXT>a</TIMEX3></TEXT></TimeML>").is_err());
}

#[test]
fn a_fifty_megabyte_document_of_one_word_is_handled() {
    let text = "lorem ".repeat(50 * 1024 * 1024 / 6);
    assert_eq!(count(&text), 0);
}

#[test]
fn a_long_document_dense_with_triggers_is_handled() {
    // Every token starts a rule attempt; the result stays linear and correct.
    let text =
        "the next day, last week, on Tuesday morning, 3 days ago, in mid-April and the quarter; "
            .repeat(20_000);
    let n = count(&text);
    assert_eq!(n, 6 * 20_000);
}

mod timeline {
    use eventline::export::{to_dot, to_text, TimelineRecord};
    use eventline::graph::DropReason;
    use eventline::timeline::Timeline;
    use eventline::Document;

    fn build(text: &str, dateline: &str) -> Timeline {
        Timeline::build(&Document::new(text).with_dateline(dateline.parse().unwrap()))
    }

    fn exports(t: &Timeline) {
        let _ = to_text(t, Default::default());
        let _ = to_dot(t);
        serde_json::to_string(&TimelineRecord::new(t)).unwrap();
    }

    #[test]
    fn no_events_no_dates() {
        for text in ["", "Hello, world.", "The blue one, of course, and the red."] {
            let t = build(text, "2024-08-01");
            assert!(t.events().is_empty() && t.order().is_empty(), "{text:?}");
            exports(&t);
        }
        let t = build("Officials met and talked. Then they left.", "2024-08-01");
        assert!(!t.events().is_empty());
        assert_eq!(t.order().len(), t.events().len());
        exports(&t);
    }

    #[test]
    fn dateline_after_every_event() {
        let t = build(
            "The army attacked the town on March 3, 2019. It withdrew on March 9, 2019.",
            "2031-01-01",
        );
        let text = t.document().text().to_string();
        let order: Vec<&str> = t.iter().map(|e| t.event(e.event).text(&text)).collect();
        let pos = |w: &str| order.iter().position(|x| *x == w).unwrap();
        assert!(pos("attacked") < pos("withdrew"), "{order:?}");
    }

    #[test]
    fn contradictory_cues_are_dropped_and_reported() {
        // "before" says one thing, the dates the other: the dates are surer.
        let t = build(
            "Israel struck Beirut on July 30 before Iran attacked Israel on July 20.",
            "2024-08-01",
        );
        exports(&t);
        assert_eq!(t.order().len(), t.events().len());
        assert!(
            t.dropped()
                .iter()
                .any(|d| d.reason == DropReason::ContradictsDates),
            "{:?}",
            t.dropped()
        );
        let text = t.document().text().to_string();
        let first = t
            .iter()
            .next()
            .map(|e| t.event(e.event).text(&text).to_string());
        assert_eq!(first.as_deref(), Some("attacked"));
    }

    #[test]
    fn an_endless_sentence_dense_with_events_stays_linear() {
        // No sentence end at all: the relation rules, which relate the events of a sentence to
        // each other, must not relate every event to every other one.
        let clause = "Officials said on Monday, adding that troops left the city, ";
        let relations = |n: usize| {
            let t = build(&clause.repeat(n), "2024-08-01");
            assert_eq!(t.order().len(), t.events().len());
            t.relations().len() + t.dropped().len()
        };
        let (one, two) = (relations(300), relations(600));
        assert!(one > 300, "{one}");
        assert!(
            two <= one * 21 / 10,
            "{one} relations, then {two} for twice the text"
        );
    }

    #[test]
    fn ten_thousand_events() {
        let sentence = "Officials met in Geneva on Monday after the attack, and said they would \
                        respond because of the strike. ";
        let text = sentence.repeat(2_000);
        let t = build(&text, "2024-08-01");
        assert!(t.events().len() >= 10_000, "{}", t.events().len());
        assert_eq!(t.order().len(), t.events().len());
        exports(&t);
    }
}

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

//! Accuracy regression on hand-annotated fixtures (written for this crate), and the scorer's
//! arithmetic on a known system output.

use std::path::Path;

use eventline::eval::timex::{score_dirs, score_tagger};
use eventline::time::TimeConfig;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/timeml");

#[test]
fn tagger_accuracy_on_fixtures_does_not_regress() {
    let (counts, errors) = score_tagger(Path::new(FIXTURES), &TimeConfig::default()).unwrap();
    let listing: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    assert_eq!(counts.documents, 2);
    assert_eq!(counts.gold, 26);
    // Measured: every expression found with its exact span and value.
    assert_eq!(counts.strict, 26, "{listing:#?}");
    assert_eq!(counts.system, 26, "{listing:#?}");
    assert_eq!(counts.value_correct, 26, "{listing:#?}");
}

#[test]
fn scoring_gold_against_itself_is_perfect() {
    let (counts, errors) = score_dirs(Path::new(FIXTURES), Path::new(FIXTURES)).unwrap();
    assert!(errors.is_empty());
    assert_eq!(counts.value_f1(), 1.0);
    assert_eq!(counts.strict_prf(), (1.0, 1.0, 1.0));
}

#[test]
fn scoring_a_system_with_known_errors() {
    let dir = std::env::temp_dir().join(format!("eventline-score-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let gold = std::fs::read_to_string(Path::new(FIXTURES).join("earnings.xml")).unwrap();
    // One value wrong, one span widened (relaxed only), one missed.
    let system = gold
        .replace(
            r#"value="1994-Q3">a year earlier"#,
            r#"value="1994">a year earlier"#,
        )
        .replace(
            "in <TIMEX3 tid=\"t7\" type=\"DATE\" value=\"1995-Q4\">the fourth quarter</TIMEX3>",
            "<TIMEX3 tid=\"t7\" type=\"DATE\" value=\"1995-Q4\">in the fourth quarter</TIMEX3>",
        )
        .replace(
            "<TIMEX3 tid=\"t9\" type=\"DATE\" value=\"1993-03\">March 1993</TIMEX3>",
            "March 1993",
        );
    std::fs::write(dir.join("earnings.xml"), system).unwrap();
    let gold_dir = dir.join("gold");
    std::fs::create_dir_all(&gold_dir).unwrap();
    std::fs::write(gold_dir.join("earnings.xml"), &gold).unwrap();
    let (c, errors) = score_dirs(&gold_dir, &dir).unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(
        (c.gold, c.system, c.relaxed, c.strict, c.value_correct),
        (11, 10, 10, 9, 9)
    );
    assert_eq!(errors.len(), 2);
}

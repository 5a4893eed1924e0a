//! The timeline as readable text: one line per event, date first, what happened apart from what
//! is expected, what is only possible and what did not happen, with causes shown.

use crate::event::{EventClass, Factuality};
use crate::relation::RelationKind;
use crate::timeline::{DateCertainty, Entry, Timeline};
use chrono::Datelike as _;
use std::fmt::Write as _;

/// What the text shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TextOptions {
    /// Every event, reports and states of mind included, dated or not. Without it, the text
    /// keeps the happenings a reader of a timeline wants: no "said", "expects" or "saw", and no
    /// undated event that has no cause or effect.
    pub all: bool,
}

/// Day parts in TIMEX3 values and how to say them.
const DAY_PARTS: &[(&str, &str)] = &[
    ("TMO", "morning"),
    ("TAF", "afternoon"),
    ("TEV", "evening"),
    ("TNI", "night"),
    ("TDT", "daytime"),
];

/// A TIMEX3 value as a reader says it: "2024-07-31TMO" → "2024-07-31 morning",
/// "2024-07-31T10:30" → "2024-07-31 10:30", "PRESENT_REF" → "now", "BC0044-03-15" →
/// "44 BC 03-15".
fn readable(value: &str) -> String {
    match value {
        "PRESENT_REF" => return "now".to_string(),
        "PAST_REF" => return "in the past".to_string(),
        _ => {}
    }
    // A year before Christ: its number and era first, then the rest.
    if let Some(bc) = value.strip_prefix("BC") {
        let digits = bc.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 4 {
            let year = bc[..digits].trim_start_matches('0');
            let rest = readable(bc[digits..].trim_start_matches('-'));
            return if rest.is_empty() {
                format!("{year} BC")
            } else {
                format!("{year} BC {rest}")
            };
        }
    }
    for (code, name) in DAY_PARTS {
        if let Some(day) = value.strip_suffix(code) {
            return format!("{day} {name}");
        }
    }
    // Only the T between a date and its clock time.
    match value.split_once('T') {
        // TIMEX3 writes the midnight that ends a day as 24:00.
        Some((day, "24:00" | "24")) => format!("{day} midnight"),
        Some((day, clock)) if day.ends_with(|c: char| c.is_ascii_digit() || c == 'X') => {
            format!("{day} {clock}")
        }
        _ => value.to_string(),
    }
}

/// The section an entry is listed in: its event's factuality, except that what the text tells
/// as a fact but dates after the dateline ("the measures, which take effect on July 1") is
/// still expected.
fn section_of(t: &Timeline, e: &Entry) -> Factuality {
    let f = t.event(e.event).factuality;
    let later = match (&e.time, t.dateline()) {
        (Some(time), Some(d)) => {
            time.relation != RelationKind::Before
                && time
                    .interval
                    .zip(d.date().succ_opt())
                    .is_some_and(|(i, next)| i.start.date() >= next)
        }
        _ => false,
    };
    if f == Factuality::Actual && later {
        Factuality::Future
    } else {
        f
    }
}

fn date_of(t: &Timeline, e: &Entry) -> String {
    let Some(time) = &e.time else {
        return "undated".to_string();
    };
    let dateline = t.dateline().map(|d| d.date().to_string());
    let value = if time.value == "FUTURE_REF" {
        match &dateline {
            Some(d) => return format!("after {d}"),
            None => "later".to_string(),
        }
    } else if let (true, Some(iv)) = (time.value.starts_with('P'), time.interval) {
        // A range of days ("held July 13-15", a length in TIMEX3) by its first and last day, a
        // range of whole years ("the 1975-1990 civil war") by its first and last year.
        let first = iv.start.date();
        let last = iv
            .end
            .date()
            .pred_opt()
            .filter(|d| *d > first)
            .unwrap_or(first);
        let whole_years = first.ordinal() == 1 && last.succ_opt().is_some_and(|d| d.ordinal() == 1);
        if whole_years && last.year() > first.year() {
            format!("{} to {}", first.year(), last.year())
        } else if last == first {
            first.to_string()
        } else {
            format!("{first} to {last}")
        }
    } else {
        readable(&time.value)
    };
    let mark = match e.certainty {
        DateCertainty::Explicit | DateCertainty::Dateline => "",
        _ => "~",
    };
    match time.relation {
        RelationKind::After => format!("{mark}after {value}"),
        RelationKind::Before => format!("{mark}before {value}"),
        _ => format!("{mark}{value}"),
    }
}

fn shown(t: &Timeline, e: &Entry, options: TextOptions) -> bool {
    if options.all {
        return true;
    }
    let ev = t.event(e.event);
    let happening = !matches!(
        ev.class,
        EventClass::Reporting | EventClass::IState | EventClass::Perception | EventClass::State
    );
    // Light verbs say nothing alone ("you saw us do that").
    let light = matches!(ev.lemma.as_str(), "do" | "be" | "have" | "get");
    happening && !light && (e.time.is_some() || !e.causes.is_empty() || !e.effects.is_empty())
}

/// The timeline as text.
///
/// ```
/// use eventline::{Document, export::{to_text, TextOptions}, timeline::Timeline};
/// let doc = Document::new(
///     "The strike killed him on July 31. His burial will take place on Aug. 2.",
/// ).with_dateline("2024-08-01".parse()?);
/// let text = to_text(&Timeline::build(&doc), TextOptions::default());
/// assert!(text.contains("2024-07-31"));
/// let happened = text.find("What happened").unwrap();
/// let expected = text.find("Expected").unwrap();
/// assert!(happened < text.find("killed").unwrap() && text.find("killed").unwrap() < expected);
/// assert!(text[expected..].contains("burial"));
/// # Ok::<(), eventline::Error>(())
/// ```
pub fn to_text(t: &Timeline, options: TextOptions) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Timeline{}{}",
        t.document()
            .id()
            .map(|i| format!(" of {i}"))
            .unwrap_or_default(),
        t.dateline()
            .map(|d| format!(" (dateline {d})"))
            .unwrap_or_default()
    );
    let sections = [
        (Factuality::Actual, "What happened"),
        (Factuality::Future, "Expected or planned"),
        (Factuality::Hypothetical, "Possible, not certain"),
        (Factuality::Negated, "Did not happen"),
    ];
    let mut entries: Vec<&Entry> = t.iter().filter(|e| shown(t, e, options)).collect();
    if !options.all {
        // An event told inside another's summary ("an emergency meeting" in "Iran held an
        // emergency meeting"), on the same date and with no causal link of its own, is that
        // line already.
        type Told = (crate::Span, Option<String>, usize);
        let mut by_sentence: std::collections::HashMap<usize, Vec<Told>> = Default::default();
        for e in &entries {
            let ev = t.event(e.event);
            by_sentence.entry(ev.sentence).or_default().push((
                ev.summary_span,
                e.time.as_ref().map(|x| x.value.clone()),
                e.event,
            ));
        }
        entries.retain(|e| {
            let ev = t.event(e.event);
            let date = e.time.as_ref().map(|x| x.value.clone());
            let same_sentence = by_sentence.get(&ev.sentence).map_or(&[][..], Vec::as_slice);
            !(e.causes.is_empty()
                && e.effects.is_empty()
                && same_sentence.iter().any(|(s, d, other)| {
                    *other != e.event
                        && s.start <= ev.span.start
                        && ev.span.end <= s.end
                        && (s.end - s.start) > (ev.summary_span.end - ev.summary_span.start)
                        && (d == &date || date.is_none())
                }))
        });
    }
    let width = entries
        .iter()
        .map(|e| date_of(t, e).chars().count())
        .max()
        .unwrap_or(10)
        .max(10);
    for (factuality, title) in sections {
        let here: Vec<&&Entry> = entries
            .iter()
            .filter(|e| section_of(t, e) == factuality)
            .collect();
        if here.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{title}");
        for e in here {
            let ev = t.event(e.event);
            let date = date_of(t, e);
            let pad = width.saturating_sub(date.chars().count());
            let _ = writeln!(out, "  {date}{}  {}", " ".repeat(pad), ev.summary);
            for &c in &e.causes {
                let _ = writeln!(
                    out,
                    "  {}    ← because of: {}",
                    " ".repeat(width),
                    t.event(c).summary
                );
            }
        }
    }
    if !t.dropped().is_empty() {
        let _ = writeln!(
            out,
            "\n{} contradictory relation(s) dropped (see the JSON output)",
            t.dropped().len()
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{readable, to_text, TextOptions};
    use crate::timeline::Timeline;
    use crate::Document;

    /// What the text tells as a fact but dates after the dateline is listed as expected.
    #[test]
    fn a_fact_dated_after_the_dateline_is_expected() {
        let doc = Document::new(
            "Leaders agreed on the sanctions on Thursday. The measures, which take effect on \
             July 1, ban imports of liquefied natural gas.",
        )
        .with_dateline("2025-06-12".parse().unwrap());
        let text = to_text(&Timeline::build(&doc), TextOptions::default());
        let expected = text.find("Expected or planned").unwrap();
        assert!(text.find("agreed").unwrap() < expected, "{text}");
        assert!(text.find("2025-07-01").unwrap() > expected, "{text}");
    }

    /// The text timeline of `text` at `dateline`, and its line that holds `needle`.
    fn line_with(text: &str, dateline: &str, needle: &str) -> (String, String) {
        let doc = Document::new(text).with_dateline(dateline.parse().unwrap());
        let all = to_text(&Timeline::build(&doc), TextOptions::default());
        let line = all
            .lines()
            .find(|l| l.contains(needle))
            .unwrap_or_default()
            .to_string();
        (all, line)
    }

    /// A range of days dates what happens within it, from its first to its last day.
    #[test]
    fn a_range_of_days_dates_what_happens_within_it() {
        let (all, line) = line_with(
            "Talks went on. European leaders met July 13-15 in Geneva to discuss the budget.",
            "2024-08-02",
            "met",
        );
        assert!(line.contains("2024-07-13 to 2024-07-15"), "{all}");
    }

    /// A range of years is written by its first and last year.
    #[test]
    fn a_range_of_years_is_written_by_its_years() {
        let (all, line) = line_with(
            "BEIRUT, Dec. 5 -- The country is still reeling from its 1975-1990 civil war.",
            "2006-12-05",
            "civil war",
        );
        assert!(line.trim_start().starts_with("1975 to 1990 "), "{all}");
    }

    #[test]
    fn values_read_as_a_reader_says_them() {
        assert_eq!(readable("2024-07-31TMO"), "2024-07-31 morning");
        assert_eq!(readable("2024-07-31T10:30"), "2024-07-31 10:30");
        assert_eq!(readable("2024-07-31T24:00"), "2024-07-31 midnight");
        assert_eq!(readable("PRESENT_REF"), "now");
        assert_eq!(readable("PAST_REF"), "in the past");
        assert_eq!(readable("2024-W31"), "2024-W31");
        assert_eq!(readable("2024-Q3"), "2024-Q3");
        assert_eq!(readable("BC0044"), "44 BC");
        assert_eq!(readable("BC0044-03-15"), "44 BC 03-15");
        assert_eq!(readable("BC0753-SP"), "753 BC SP");
        assert_eq!(readable("BC04"), "BC04");
    }
}

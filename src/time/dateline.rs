//! Finding the dateline in an article head: "WASHINGTON, Aug. 1, 2024 (JNS) —",
//! "July 31 (Reuters) -", "Published: 08/01/2024 10:32 EDT", "Thursday, 1 August 2024".
//!
//! The recognizer's own date candidates are used; a date counts as the dateline only where a
//! dateline stands: at the start of a line, after a place name and comma at the start of a
//! line, after "Published"/"Updated"/"Posted", or before an agency tag or dash. A date inside a
//! sentence ("met in Tehran on July 30, 2024") is a mention, not the dateline.

use chrono::{FixedOffset, NaiveDate, NaiveTime};

use super::daylight::us_daylight_time;
use super::grammar::{self, Base, Candidate, Expr, Input, Zone};
use crate::document::Span;
use crate::segment::Segments;
use crate::Dateline;

/// How far into the text a dateline may stand, in bytes.
const HEAD: usize = 600;

const LEAD_WORDS: &[&str] = &[
    "published",
    "updated",
    "posted",
    "date",
    "dated",
    "filed",
    "released",
];

fn in_dateline_position(inp: &Input, c: &Candidate) -> bool {
    let toks = inp.toks;
    let first = c.first;
    if toks[first].newline_before {
        return true;
    }
    // After "Published:" / "Updated"
    let mut k = first;
    if k > 0 && inp.punct(k - 1, ':') {
        k -= 1;
    }
    if k > 0 && LEAD_WORDS.iter().any(|w| inp.word(k - 1, w)) {
        return true;
    }
    // After "WASHINGTON," at a line start: capitalized words, then a comma.
    if first > 0 && inp.punct(first - 1, ',') {
        let mut j = first - 1;
        let mut words = 0;
        while j > 0 && words < 5 {
            j -= 1;
            let t = &toks[j];
            if !(inp.punct(j, '.') || t.is_word() && t.capitalized) {
                break;
            }
            words += 1;
            if t.newline_before {
                return true;
            }
        }
    }
    // Before an agency tag or a dash: "July 31 (Reuters) -"
    inp.punct(c.last, '(')
        || inp.punct(c.last, '\u{2014}')
        || (inp.punct(c.last, '-') && !inp.glued(c.last))
}

fn year_in_text(inp: &Input) -> Option<i32> {
    (0..inp.len()).find_map(|i| inp.year(i).filter(|y| (1900..=2100).contains(y)))
}

/// Find the dateline among the recognized candidates.
pub(super) fn detect_in(inp: &Input, candidates: &[Candidate]) -> Option<(Dateline, Span)> {
    for c in candidates {
        let span = Span::new(inp.toks[c.first].span.start, inp.toks[c.last - 1].span.end);
        if span.start > HEAD {
            break;
        }
        let Expr::Date(d) = &c.expr else { continue };
        let Base::Explicit {
            year,
            month: Some(m),
            day: Some(day),
        } = d.base
        else {
            continue;
        };
        if !in_dateline_position(inp, c) {
            continue;
        }
        let Some(y) = year.or_else(|| year_in_text(inp)) else {
            continue;
        };
        let Some(date) = NaiveDate::from_ymd_opt(y, u32::from(m), u32::from(day)) else {
            continue;
        };
        let mut dateline = Dateline::from_date(date);
        if let Some(clock) = d.clock {
            let h = u32::from(clock.hour).min(23);
            if let Some(t) = NaiveTime::from_hms_opt(
                h,
                u32::from(clock.minute.unwrap_or(0)),
                u32::from(clock.second.unwrap_or(0)),
            ) {
                dateline = Dateline::from_datetime(date.and_time(t));
                let zone = clock.zone.map(|z| match z {
                    Zone::Fixed(z) => z,
                    Zone::Seasonal(z) if us_daylight_time(date) => z + 60,
                    Zone::Seasonal(z) => z,
                });
                if let Some(off) = zone.and_then(|z| FixedOffset::east_opt(i32::from(z) * 60)) {
                    dateline = dateline.with_offset(off);
                }
            }
        }
        return Some((dateline, span));
    }
    None
}

/// Find the dateline of an article from its head.
///
/// ```
/// use eventline::time::detect_dateline;
///
/// let (d, span) = detect_dateline("WASHINGTON, Aug. 1, 2024 (JNS) — Iran vowed revenge.").unwrap();
/// assert_eq!(d.to_string(), "2024-08-01");
/// assert_eq!(span.start, 12);
///
/// let (d, _) = detect_dateline("Published: 08/01/2024 10:32 EDT\nIran vowed revenge.").unwrap();
/// assert_eq!(d.to_string(), "2024-08-01T10:32:00-04:00");
///
/// // A date inside a sentence is a mention, not the dateline.
/// assert!(detect_dateline("Iran's leader met Haniyeh in Tehran on July 30, 2024.").is_none());
/// ```
pub fn detect_dateline(text: &str) -> Option<(Dateline, Span)> {
    let head_end = text
        .char_indices()
        .map(|(i, _)| i)
        .find(|&i| i >= HEAD * 2)
        .unwrap_or(text.len());
    let head = &text[..head_end];
    let segments = Segments::new(head);
    let inp = Input::new(head, segments.tokens());
    let candidates = grammar::recognize(&inp);
    detect_in(&inp, &candidates)
}

#[cfg(test)]
mod tests {
    use super::detect_dateline;

    #[test]
    fn forms() {
        for (text, want) in [
            (
                "WASHINGTON, Aug. 1, 2024 (JNS) — Iran vowed revenge.",
                "2024-08-01",
            ),
            (
                "July 31 (Reuters) - Iran vowed revenge in 2024.",
                "2024-07-31",
            ),
            (
                "Published: 08/01/2024 10:32 EDT\nIran vowed revenge.",
                "2024-08-01T10:32:00-04:00",
            ),
            ("Thursday, 1 August 2024\nIran vowed revenge.", "2024-08-01"),
            // "ET" is EDT in summer and EST in winter.
            (
                "Published: 08/01/2024 10:32 ET\nIran vowed revenge.",
                "2024-08-01T10:32:00-04:00",
            ),
            (
                "Published: 01/15/2024 10:32 ET\nIran vowed revenge.",
                "2024-01-15T10:32:00-05:00",
            ),
        ] {
            let (d, _) = detect_dateline(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(d.to_string(), want, "{text}");
        }
        assert!(detect_dateline("July 31 (Reuters) - no year anywhere.").is_none());
    }
}

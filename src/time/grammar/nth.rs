//! Ordinal positions inside a period: "the first Tuesday of October", "the last day of
//! October 2015", "the first week of October 2014", "the third last week of 2018", "the 20th of
//! next month", "the first Monday of this month".

use super::absolute::month_at;
use super::{Base, Candidate, Family, Inner, Input, NthItem};
use crate::lexicon::{Kw, Lex};

/// The period after "of"/"in": a month (with or without its year), a year, or a month or year
/// counted from the dateline.
fn inner(inp: &Input, i: usize) -> Option<(Inner, usize)> {
    let the = inp.kw(i, Kw::The);
    let j = if the { i + 1 } else { i };
    if let Some((m, k)) = month_at(inp, j) {
        let k2 = if inp.punct(k, ',') { k + 1 } else { k };
        if let Some(y) = inp.year(k2) {
            return Some((
                Inner::Month {
                    month: m,
                    year: Some(y),
                },
                k2 + 1,
            ));
        }
        return Some((
            Inner::Month {
                month: m,
                year: None,
            },
            k,
        ));
    }
    if let Some(y) = inp.year(j) {
        return Some((Inner::Year(y), j + 1));
    }
    let (offset, k) = match inp.lex(j) {
        Lex::Key(Kw::This | Kw::Current) => (0, j + 1),
        Lex::Key(Kw::Next | Kw::Following | Kw::Coming) => (1, j + 1),
        Lex::Key(Kw::Last | Kw::Previous | Kw::Past) => (-1, j + 1),
        _ if the => (0, j),
        _ => return None,
    };
    if inp.word(k, "month") {
        return Some((Inner::RelMonth(offset), k + 1));
    }
    if inp.word(k, "year") {
        return Some((Inner::RelYear(offset), k + 1));
    }
    None
}

/// "first", "3rd", "last", "third last", "2nd last"; also a bare day number ("20 of next month").
fn position(inp: &Input, i: usize) -> Option<(i8, usize, bool)> {
    if inp.kw(i, Kw::Last) {
        return Some((-1, i + 1, false));
    }
    if let Some((n, j)) = inp.ordinal(i) {
        if !(1..=31).contains(&n) {
            return None;
        }
        if inp.kw(j, Kw::Last) {
            return Some((-(n as i8), j + 1, false));
        }
        return Some((n as i8, j, false));
    }
    let n = inp.int(i, 1, 31)?;
    Some((n as i8, i + 1, true))
}

/// A weekday of a week counted from the dateline: "Wednesday of next week", "Wednesday next
/// week", "Monday of this week", "Sunday from last week", "last week's Sunday".
fn weekday_of_week(inp: &Input, i: usize) -> Option<Candidate> {
    let week = |j: usize| -> Option<(i64, usize)> {
        let k = match inp.lex(j) {
            Lex::Key(Kw::This | Kw::Current) => 0,
            Lex::Key(Kw::Next | Kw::Coming) => 1,
            Lex::Key(Kw::Last | Kw::Past | Kw::Previous) => -1,
            _ => return None,
        };
        inp.word(j + 1, "week").then_some((k, j + 2))
    };
    let make = |w: u8, k: i64, end: usize| {
        Candidate::date(
            i,
            end,
            Base::Nth {
                nth: 1,
                item: NthItem::Weekday(w),
                within: Inner::RelWeek(k),
            },
            Family::Deictic,
        )
    };
    if let Lex::Weekday(w) = inp.lex(i) {
        let j = if inp.kw(i + 1, Kw::Of) || inp.kw(i + 1, Kw::From) {
            i + 2
        } else {
            i + 1
        };
        let (k, end) = week(j)?;
        return Some(make(w, k, end));
    }
    // "last week's Sunday"
    let (k, j) = week(i)?;
    if (inp.punct(j, '\'') || inp.punct(j, '\u{2019}')) && inp.word(j + 1, "s") {
        if let Lex::Weekday(w) = inp.lex(j + 2) {
            return Some(make(w, k, j + 3));
        }
    }
    None
}

/// The nth family's entry point.
pub(super) fn parse(inp: &Input, i: usize) -> Option<Candidate> {
    weekday_of_week(inp, i).or_else(|| nth(inp, i))
}

fn nth(inp: &Input, i: usize) -> Option<Candidate> {
    let start = i;
    let i = if inp.kw(i, Kw::The) { i + 1 } else { i };
    let (nth, j, bare_number) = position(inp, i)?;
    let (item, k) = match inp.lex(j) {
        Lex::Weekday(w) if !bare_number => (NthItem::Weekday(w), j + 1),
        _ if inp.word(j, "day") => (NthItem::Day, j + 1),
        _ if inp.word(j, "week")
            && !bare_number
            && inp.punct(j + 1, '-')
            && inp.word(j + 2, "end") =>
        {
            (NthItem::Weekend, j + 3)
        }
        _ if inp.word(j, "week") && !bare_number && inp.word(j + 1, "end") => {
            (NthItem::Weekend, j + 2)
        }
        _ if (inp.word(j, "weekend") || inp.word(j, "wkend")) && !bare_number => {
            (NthItem::Weekend, j + 1)
        }
        _ if inp.word(j, "week") && !bare_number => (NthItem::Week, j + 1),
        // "the 20th of next month": a day number straight before "of"
        _ if nth > 0 && (inp.kw(j, Kw::Of)) => (NthItem::Day, j),
        _ => return None,
    };
    if !(inp.kw(k, Kw::Of) || inp.kw(k, Kw::In)) {
        return None;
    }
    let (within, end) = inner(inp, k + 1)?;
    // "the 20th of July" is the absolute rules' day-first date.
    if item == NthItem::Day && matches!(within, Inner::Month { .. }) && j == k && nth > 0 {
        return None;
    }
    Some(Candidate::date(
        start,
        end,
        Base::Nth { nth, item, within },
        Family::Absolute,
    ))
}

#[cfg(test)]
mod tests {
    const EXAMPLES: &[(&str, &str, &str)] = &[
        (
            "The fair is held on [the last weekend of October].",
            "2024-W43-WE",
            "",
        ),
        (
            "Primaries are held on [the first Tuesday of March].",
            "2024-03-05",
            "",
        ),
        (
            "The lease ended on [the last day of October 2015].",
            "2015-10-31",
            "",
        ),
        (
            "Talks began in [the first week of October 2014].",
            "2014-W41",
            "",
        ),
        (
            "The fund closes on [the 20th of next month].",
            "2024-09-20",
            "",
        ),
        (
            "Payments fall due on [the first Monday of this month].",
            "2024-08-05",
            "",
        ),
        (
            "The festival ran in [the last week of September 2014].",
            "2014-W39",
            "",
        ),
    ];

    #[test]
    fn examples() {
        super::super::examples::check("nth", EXAMPLES);
    }
}

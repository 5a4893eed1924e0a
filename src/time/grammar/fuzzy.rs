//! Modifiers: "mid-April" (MID), "early 2023" (START), "late last year" (END), "the end of
//! the month" (END), "around noon" (APPROX), "more than a decade" (MORE_THAN), "at least 30
//! days" (EQUAL_OR_MORE), "nearly two years" (EQUAL_OR_LESS).

use super::{parse_at, Base, Candidate, Expr, Family, From, Input};
use crate::lexicon::{Kw, Lex, Unit};
use crate::time::value::Mod;

/// A quantity modifier before a duration or date: (mod, next token).
fn quantity_mod(inp: &Input, i: usize) -> Option<(Mod, usize)> {
    Some(match inp.lex(i) {
        Lex::Key(Kw::Around | Kw::About | Kw::Approximately | Kw::Roughly) => (Mod::Approx, i + 1),
        Lex::Key(Kw::Nearly) => (Mod::EqualOrLess, i + 1),
        Lex::Key(Kw::Almost) => (Mod::LessThan, i + 1),
        Lex::Key(Kw::More) if inp.word(i + 1, "than") => (Mod::MoreThan, i + 2),
        Lex::Key(Kw::Less) if inp.word(i + 1, "than") => (Mod::LessThan, i + 2),
        // "over three years" but not "over the past three years"
        Lex::Key(Kw::Over | Kw::Under | Kw::Within) if inp.kw(i + 1, Kw::The) => return None,
        Lex::Key(Kw::Over) => (Mod::MoreThan, i + 1),
        Lex::Key(Kw::Under) => (Mod::LessThan, i + 1),
        Lex::Key(Kw::Within) => (Mod::EqualOrLess, i + 1),
        // "up to 10 years", but not "the run-up to next year's World Cup": only before an
        // amount, and not as the end of a noun.
        Lex::Key(Kw::Up)
            if inp.kw(i + 1, Kw::To)
                && inp.quantity(i + 2).is_some()
                && !(i > 0 && inp.hyphen(i - 1)) =>
        {
            (Mod::EqualOrLess, i + 2)
        }
        Lex::Key(Kw::At) if inp.kw(i + 1, Kw::Least) => (Mod::EqualOrMore, i + 2),
        Lex::Key(Kw::At) if inp.kw(i + 1, Kw::Most) => (Mod::EqualOrLess, i + 2),
        _ if inp.word(i, "no") && inp.kw(i + 1, Kw::More) && inp.word(i + 2, "than") => {
            (Mod::EqualOrLess, i + 3)
        }
        _ if inp.word(i, "no") && inp.kw(i + 1, Kw::Less) && inp.word(i + 2, "than") => {
            (Mod::EqualOrMore, i + 3)
        }
        _ if inp.word(i, "just") && inp.kw(i + 1, Kw::Over) => (Mod::MoreThan, i + 2),
        _ if inp.word(i, "just") && inp.kw(i + 1, Kw::Under) => (Mod::LessThan, i + 2),
        _ => return None,
    })
}

/// A position modifier before a date: (mod, next token, whether a half is meant).
fn position_mod(inp: &Input, i: usize) -> Option<(Mod, usize)> {
    let the = inp.kw(i, Kw::The);
    let j = if the { i + 1 } else { i };
    let (m, k) = match inp.lex(j) {
        Lex::Key(Kw::Early) => (Mod::Start, j + 1),
        Lex::Key(Kw::Late) => (Mod::End, j + 1),
        Lex::Key(Kw::Mid) => (Mod::Mid, j + 1),
        Lex::Key(Kw::End) if inp.kw(j + 1, Kw::Of) => (Mod::End, j + 2),
        Lex::Key(Kw::Beginning | Kw::Start) if inp.kw(j + 1, Kw::Of) => (Mod::Start, j + 2),
        Lex::Key(Kw::Middle) if inp.kw(j + 1, Kw::Of) => (Mod::Mid, j + 2),
        _ => return None,
    };
    // "mid-April", "mid April"; "early in the year"
    let k = if inp.hyphen(k) { k + 1 } else { k };
    let k = if matches!(m, Mod::Start | Mod::End) && inp.kw(k, Kw::In) && !the {
        k + 1
    } else {
        k
    };
    Some((m, k))
}

/// "the month", "the year", "the week" after a position: the one the dateline is in
/// ("the end of the month").
fn the_unit(inp: &Input, i: usize) -> Option<Candidate> {
    // "the end of the month", and in notes "end of month"
    let j = if inp.kw(i, Kw::The) { i + 1 } else { i };
    // "the start of the fiscal year", "the end of the calendar year": the year it is in.
    let j = if (inp.kw(j, Kw::Fiscal) || inp.word(j, "financial") || inp.word(j, "calendar"))
        && inp.word(j + 1, "year")
    {
        j + 1
    } else {
        j
    };
    let (u, false) = inp.unit(j)? else {
        return None;
    };
    if !matches!(
        u,
        Unit::Week | Unit::Month | Unit::Quarter | Unit::Year | Unit::Decade | Unit::Century
    ) {
        return None;
    }
    Some(Candidate::date(
        i,
        j + 1,
        Base::Relative {
            unit: u,
            offset: 0,
            from: From::Dateline,
        },
        Family::Deictic,
    ))
}

/// The fuzzy family's entry point: a modifier and the expression it modifies.
pub(super) fn parse(inp: &Input, i: usize) -> Option<Candidate> {
    if let Some((m, j)) = quantity_mod(inp, i) {
        let mut c = parse_at(inp, j)?;
        if c.modifier.is_some() {
            return None;
        }
        let ok = match &c.expr {
            Expr::Duration(_) => true,
            Expr::Date(d) => {
                m == Mod::Approx
                    && (d.clock.is_some()
                        || matches!(
                            d.base,
                            Base::Relative { .. }
                                | Base::YearsFromFocus { .. }
                                | Base::Explicit { .. }
                                | Base::Period { .. }
                        ))
                    || matches!(d.base, Base::Relative { .. } | Base::YearsFromFocus { .. })
                        && c.family != Family::Clock
            }
            _ => false,
        };
        // "a dispute about next year's budget": "about" before a date it does not count is
        // the preposition.
        let topic = inp.kw(i, Kw::About)
            && c.offset.is_none()
            && matches!(&c.expr, Expr::Date(d) if d.clock.is_none()
                && matches!(d.base, Base::Relative { .. } | Base::Weekday { .. }));
        if !ok || topic {
            return None;
        }
        c.first = i;
        c.modifier = Some(m);
        return Some(c);
    }
    let (m, j) = position_mod(inp, i)?;
    // A length after a position is the period it fills: "the start of the fiscal year".
    let mut c = match parse_at(inp, j) {
        Some(c) if matches!(c.expr, Expr::Date(_)) => c,
        _ => the_unit(inp, j)?,
    };
    // A position replaces an approximation ("the beginning of around next week").
    if c.modifier.is_some_and(|m| m != Mod::Approx) || !matches!(c.expr, Expr::Date(_)) {
        return None;
    }
    // "late Tuesday" and "early that morning" keep their day; "the end of 10:30" makes no sense.
    if matches!(&c.expr, Expr::Date(d) if d.base == Base::TimeOnly && d.day_part.is_none()) {
        return None;
    }
    c.first = i;
    c.modifier = Some(m);
    Some(c)
}

#[cfg(test)]
mod tests {
    const EXAMPLES: &[(&str, &str, &str)] = &[
        ("The attack came in [mid-April].", "2024-04", "MID"),
        (
            "He faces [up to 10 years] in prison.",
            "P10Y",
            "EQUAL_OR_LESS",
        ),
        (
            "Brazil will train in Switzerland in the run-up to [next year]'s World Cup.",
            "2025",
            "",
        ),
        (
            "Crowds gathered in the build-up to [three days] of celebrations.",
            "P3D",
            "",
        ),
        (
            "They walked out over a dispute about [next year]'s budget.",
            "2025",
            "",
        ),
        ("It happened [about two years ago].", "2022", "APPROX"),
        (
            "The law takes effect at [the start of the fiscal year].",
            "2024",
            "START",
        ),
        ("Growth slowed in [early 2023].", "2023", "START"),
        ("The company was sold [late last year].", "2023", "END"),
        (
            "Payment is due by [the end of the month].",
            "2024-08",
            "END",
        ),
        ("They met [around noon].", "2024-08-01T12:00", "APPROX"),
        (
            "The war has lasted [more than a decade].",
            "P10Y",
            "MORE_THAN",
        ),
        (
            "Talks could take [at least 30 days].",
            "P30D",
            "EQUAL_OR_MORE",
        ),
        ("He served [nearly two years].", "P2Y", "EQUAL_OR_LESS"),
        ("Prices soared in [the early 1980s].", "198", "START"),
        ("Demand fell in [the mid-1990s].", "199", "MID"),
        ("He left at [the end of November].", "2023-11", "END"),
        ("Troops arrive [within 18 months].", "P18M", "EQUAL_OR_LESS"),
    ];

    #[test]
    fn examples() {
        super::super::examples::check("fuzzy", EXAMPLES);
    }
}

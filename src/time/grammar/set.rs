//! Sets: "every Tuesday" (`XXXX-WXX-2`), "weekly" (`P1W`), "annually" (`P1Y`), "each year",
//! "twice a week" (`P1W`, freq `2X`), "Tuesday nights", "on Tuesdays".

use super::{
    duration_of, Base, Candidate, DateExpr, Expr, Family, Input, Quantity, SetExpr, Shift,
};
use crate::lexicon::{Kw, Lex, Unit};

fn set(
    first: usize,
    last: usize,
    set: SetExpr,
    quant: Option<&'static str>,
    freq: Option<String>,
) -> Candidate {
    Candidate::new(first, last, Expr::Set { set, quant, freq }, Family::Set)
}

fn every_unit(u: Unit, n: f64) -> SetExpr {
    SetExpr::Every(duration_of(Quantity::Exact(n), u))
}

fn weekday_pattern(wd: u8, inp: &Input, j: usize) -> (SetExpr, usize) {
    let mut d = DateExpr::new(Base::Weekday {
        weekday: wd,
        shift: Shift::Infer,
    });
    let mut end = j + 1;
    if let Lex::DayPart(p) = inp.lex(j + 1) {
        d.day_part = Some(p);
        end += 1;
    }
    (SetExpr::Pattern(d), end)
}

/// "every day", "each year", "every other week", "every three months", "every Tuesday".
fn every(inp: &Input, i: usize) -> Option<Candidate> {
    let quant = match inp.lex(i) {
        Lex::Key(Kw::Every) => "EVERY",
        Lex::Key(Kw::Each) => "EACH",
        _ => return None,
    };
    let mut j = i + 1;
    let mut n = 1.0;
    if inp.word(j, "other") {
        n = 2.0;
        j += 1;
    } else if let Some((q, k, false)) = inp.quantity(j) {
        match q {
            super::Quantity::Exact(v) => {
                n = v;
                j = k;
            }
            // "every few months": at a length the text leaves open.
            super::Quantity::Vague => {
                let (u, _) = inp.unit(k)?;
                let every = SetExpr::Every(duration_of(Quantity::Vague, u));
                return Some(set(i, k + 1, every, Some(quant), None));
            }
        }
    }
    if let Lex::Weekday(w) = inp.lex(j) {
        let (s, end) = weekday_pattern(w, inp, j);
        return Some(set(i, end, s, Some(quant), None));
    }
    // "each July", "each summer": the month or season of every year.
    let period = match inp.lex(j) {
        Lex::Month(m) => Some(super::Period::Month(m)),
        Lex::Season(season) => Some(super::Period::Season(season)),
        _ => None,
    };
    if let (Some(period), 1.0) = (period, n) {
        let d = DateExpr::new(Base::Period {
            period,
            year: None,
            shift: Shift::Infer,
        });
        return Some(set(i, j + 1, SetExpr::Pattern(d), Some(quant), None));
    }
    let (u, _) = inp.unit(j)?;
    Some(set(i, j + 1, every_unit(u, n), Some(quant), None))
}

/// "daily", "weekly", "biweekly", "monthly", "quarterly", "annually", "yearly", "hourly", "nightly".
fn adverb(inp: &Input, i: usize) -> Option<Candidate> {
    let (n, u) = match inp.lex(i) {
        Lex::Key(Kw::Daily | Kw::Nightly) => (1.0, Unit::Day),
        Lex::Key(Kw::Weekly) => (1.0, Unit::Week),
        Lex::Key(Kw::Biweekly) => (2.0, Unit::Week),
        Lex::Key(Kw::Monthly) => (1.0, Unit::Month),
        // "quarterly" is mostly an adjective of reports ("quarterly earnings"): left out.
        Lex::Key(Kw::Yearly | Kw::Annually) if !inp.word(i, "annual") => (1.0, Unit::Year),
        Lex::Key(Kw::Hourly) => (1.0, Unit::Hour),
        _ => return None,
    };
    if names_a_paper(inp, i) {
        return None;
    }
    Some(set(i, i + 1, every_unit(u, n), None, None))
}

/// Words before "daily" or "weekly" that make it a newspaper: "told the daily", "the national
/// news weekly", "the local daily".
const PAPER_BEFORE: &[&str] = &[
    "the",
    "a",
    "news",
    "local",
    "national",
    "regional",
    "english",
    "financial",
    "business",
    "official",
    "leading",
    "popular",
    "mass-circulation",
    "state-run",
    "independent",
    "government",
    "opposition",
    "party",
];

/// Words after "daily" or "weekly" that end a paper's name: what a paper does ("the Izvestia
/// daily pointed out"), or a preposition or relative after its name ("the business daily in
/// Moscow", "the daily which said").
const PAPER_AFTER: &[&str] = &[
    "said",
    "says",
    "reported",
    "reports",
    "quoted",
    "quotes",
    "cited",
    "wrote",
    "writes",
    "pointed",
    "noted",
    "added",
    "commented",
    "claimed",
    "stated",
    "warned",
    "revealed",
    "disclosed",
    "published",
    "printed",
    "carried",
    "ran",
    "quoting",
    "citing",
    "attributed",
    "found",
    "echoed",
    "argued",
    "observed",
    "speculated",
    "estimated",
    "headlined",
    "described",
    "called",
    "urged",
    "criticized",
    "criticised",
    "predicted",
    "suggested",
    "alleged",
    "editorialized",
    "in",
    "of",
    "which",
];

/// "Told the Sabah daily.", "the English daily The Nation", "a local weekly reported": the
/// word names a newspaper, not how often something happens. It stands after an article, a
/// name or a word that describes a paper, and ends its phrase (punctuation, a name, a word of
/// reporting).
fn names_a_paper(inp: &Input, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    // Capitalized inside a sentence, the word is part of a paper's name: "the People's Daily
    // on Friday", "told Business Weekly that", "the Southern Metropolis Daily commented".
    if inp.capitalized_inside(i) {
        return true;
    }
    let reported = PAPER_AFTER.iter().any(|w| inp.word(i + 1, w));
    let name_after = inp.capitalized_inside(i + 1);
    let ends = match inp.toks.get(i + 1) {
        None => true,
        Some(t) if !t.is_word() => t.num().is_none(),
        Some(_) => inp.capitalized(i + 1) || reported,
    };
    // A name before it: "the Izvestia daily", and at a sentence's start too when a comma or
    // a word of reporting follows ("Bild daily, the biggest-selling paper, concurred").
    let name_before = inp.capitalized(i - 1)
        && (inp.capitalized_inside(i - 1)
            || reported
            || inp.punct(i + 1, ',') && inp.kw(i + 2, Kw::The));
    // The paper's own name after it, with an article before: "the liberal daily Hurriyet".
    let named_paper = name_after && (i.saturating_sub(5)..i).any(|k| inp.kw(k, Kw::The));
    let before = PAPER_BEFORE.iter().any(|w| inp.word(i - 1, w)) || name_before || named_paper;
    before && ends
}

/// "twice a week", "three times a year", "once a month", "5% a year", "per year".
fn frequency(inp: &Input, i: usize) -> Option<Candidate> {
    let (freq, j) = match inp.lex(i) {
        Lex::Key(Kw::Once) => (Some(1), i + 1),
        Lex::Key(Kw::Twice) => (Some(2), i + 1),
        Lex::Key(Kw::Per) => (None, i),
        _ => {
            let (super::Quantity::Exact(v), k, _) = inp.quantity(i)? else {
                return None;
            };
            if !inp.word(k, "times") {
                return None;
            }
            (Some(v as u32), k + 1)
        }
    };
    let k = if inp.kw(j, Kw::A) || inp.kw(j, Kw::Per) || inp.kw(j, Kw::Each) || inp.kw(j, Kw::Every)
    {
        j + 1
    } else {
        return None;
    };
    let (u, false) = inp.unit(k)? else {
        return None;
    };
    let first = if freq.is_none() { j } else { i };
    Some(set(
        first,
        k + 1,
        every_unit(u, 1.0),
        None,
        freq.map(|f| format!("{f}X")),
    ))
}

/// "on Tuesdays", "Tuesday nights", "mornings".
fn plural_weekday(inp: &Input, i: usize) -> Option<Candidate> {
    let Lex::Weekday(w) = inp.lex(i) else {
        return None;
    };
    let plural = inp.text(i).ends_with('s') && inp.text(i).len() > 4;
    let night_plural = matches!(inp.lex(i + 1), Lex::DayPart(_)) && inp.text(i + 1).ends_with('s');
    if !plural && !night_plural {
        return None;
    }
    let (s, end) = weekday_pattern(w, inp, i);
    Some(set(i, end, s, None, None))
}

/// "a year" after a rate: "5% a year", "$500 million a year", "four flights a week".
fn rate(inp: &Input, i: usize) -> Option<Candidate> {
    if !inp.kw(i, Kw::A) || i == 0 {
        return None;
    }
    if !inp.rate_at(i) {
        return None;
    }
    let (u, false) = inp.unit(i + 1)? else {
        return None;
    };
    // "a year-on-year increment": a comparison, not a rate.
    if inp.hyphen(i + 2) {
        return None;
    }
    Some(set(i, i + 2, every_unit(u, 1.0), None, None))
}

/// The set family's entry point.
pub(super) fn parse(inp: &Input, i: usize) -> Option<Candidate> {
    every(inp, i)
        .or_else(|| adverb(inp, i))
        .or_else(|| frequency(inp, i))
        .or_else(|| plural_weekday(inp, i))
        .or_else(|| rate(inp, i))
}

#[cfg(test)]
mod tests {
    const EXAMPLES: &[(&str, &str, &str)] = &[
        ("The council meets [every Tuesday].", "XXXX-WXX-2", ""),
        ("The fair opens [each July].", "XXXX-07", ""),
        ("He visits [each summer].", "XXXX-SU", ""),
        ("Talks are held [every few months].", "PXM", ""),
        ("The paper appears [weekly].", "P1W", ""),
        ("Take the pills [daily].", "P1D", ""),
        // A weekday paired with a weekday's nights is such a set too.
        (
            "Two new flights leave Bombay on [Monday] and Tuesday nights.",
            "XXXX-WXX-1TNI",
            "",
        ),
        ("Flights leave [daily] in summer.", "P1D", ""),
        (
            "The strike ended. [Daily] flights resume on Monday.",
            "P1D",
            "",
        ),
        ("Dividends are paid [annually].", "P1Y", ""),
        ("Inspections happen [each year].", "P1Y", ""),
        ("They meet [twice a week].", "P1W", ""),
        ("The club meets on [Tuesday nights].", "XXXX-WXX-2TNI", ""),
        ("Prices rise 5% [a year].", "P1Y", ""),
    ];

    /// A time given to someone to do something is a length, not a rate (the two share their
    /// TIMEX3 value, `P1M`, so the type tells them apart); after an amount it stays a rate.
    #[test]
    fn a_time_given_to_do_something_is_no_rate() {
        use crate::time::{tag, TimeConfig, TimexType};
        for (text, kind) in [
            (
                "The group offered to give US troops a month to pull out.",
                TimexType::Duration,
            ),
            (
                "They gave the rebels a week to disarm.",
                TimexType::Duration,
            ),
            (
                "Workers earn 100 dollars a day to feed their families.",
                TimexType::Set,
            ),
            (
                "Four flights a week to the capital are planned.",
                TimexType::Set,
            ),
        ] {
            let doc = crate::Document::new(text).with_dateline("2024-08-01".parse().unwrap());
            let found: Vec<TimexType> = tag(&doc, &TimeConfig::default())
                .timexes
                .iter()
                .map(|t| t.kind)
                .collect();
            assert_eq!(found, [kind], "{text}");
        }
    }

    #[test]
    fn examples() {
        super::super::examples::check("set", EXAMPLES);
    }

    /// "20 liters of clean water a day": an amount of something a few words back makes "a day"
    /// a rate, a set, not a length; so does an amount in brackets right before it.
    #[test]
    fn an_amount_of_something_a_day_is_a_rate() {
        use crate::time::{tag, TimeConfig, TimexType};
        for text in [
            "Children lived on 100 grams of rice a day.",
            "The park earns 300 million yuan (38 million U.S. dollars) a year.",
            "Aid must double to 150 billion (dollars) a year.",
        ] {
            let doc = crate::Document::new(text)
                .with_dateline("2024-08-01".parse().expect("a valid dateline"));
            let t = tag(&doc, &TimeConfig::default());
            let kinds: Vec<_> = t.timexes.iter().map(|x| x.kind).collect();
            assert_eq!(kinds, [TimexType::Set], "{text}");
        }
    }

    #[test]
    fn newspapers_are_not_frequencies() {
        super::super::examples::check_none(
            "set",
            &[
                "He told the Sabah daily.",
                "According to the English daily The Nation, no lifter made it.",
                "Matherani told the national news weekly.",
                "A local weekly reported the raid.",
                "He told the daily, \"It will end.\"",
                "It was published by the People's Daily, he said.",
                "The government weekly Akhbar al-Yom quoted him.",
                "They sold 500 tons of flowers, a year-on-year increment.",
                "He told the forum sponsored by Business Weekly that reforms must go on.",
                "\"A gas war has been declared,\" said the respected business daily in Moscow.",
                "The local daily of the ruling party printed the letter.",
                "He was a likely pretender, the Izvestia daily pointed out.",
                "Bild daily, the country's biggest selling newspaper, concurred.",
                "The latest survey published by the Yediot Aharonot daily found a lead.",
                "The Istanbul-based liberal daily Hurriyet said the party would not survive.",
                "An official quoted by the Haaretz daily attributed the halt to the raids.",
                "The national weekly, quoting officials, put the toll at 40.",
            ],
        );
    }
}

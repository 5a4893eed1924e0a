//! Named days from the holiday table: "Christmas", "Thanksgiving 2012", "last Easter",
//! "St. Patrick's Day", "Black Friday of this year".

use super::{Base, Candidate, Family, Input, Quantity, Shift};
use crate::lexicon::{Kw, Lex, Unit};
use crate::time::holidays::names_starting_with;

/// Titles before a person's name, which a holiday name after them is ("Minister Ramzan").
const TITLES: &[&str] = &[
    "Minister",
    "President",
    "Premier",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "General",
    "Gen",
    "Sheikh",
    "King",
    "Prince",
    "Princess",
    "Imam",
    "Commander",
    "Chairman",
    "Leader",
    "Secretary",
];

/// Holiday names that are also family names ("Taha Yassin Ramadan", "Jermaine Easter").
const SURNAMES: &[&str] = &["Ramadan", "Easter"];

/// Capitalized words that qualify such a holiday rather than name a person ("Orthodox
/// Easter", "the holy month of Ramadan" written "Holy Ramadan").
const QUALIFIERS: &[&str] = &[
    "Holy",
    "Blessed",
    "Happy",
    "Muslim",
    "Islamic",
    "Christian",
    "Catholic",
    "Orthodox",
    "Coptic",
    "Greek",
    "Russian",
    "Armenian",
    "Western",
    "Eastern",
    "Last",
    "Next",
    "This",
];

/// What is held on a holiday and named after it ("the Boxing Day Test", "the Christmas
/// Truce"): the name still dates it.
const HELD_ON: &[&str] = &[
    "Parade",
    "Test",
    "Tests",
    "Match",
    "Game",
    "Games",
    "Concert",
    "Sale",
    "Sales",
    "Service",
    "Mass",
    "Address",
    "Message",
    "Speech",
    "Offensive",
    "Truce",
    "Ceasefire",
    "Party",
    "Celebration",
    "Celebrations",
    "Market",
    "Holiday",
    "Holidays",
    "Weekend",
    "Rally",
];

/// Things named after a holiday but not held on it ("Christmas cards", "Easter eggs", "Christmas
/// commodities" made in September): the name says what kind of thing, not when.
const THINGS_NAMED_FOR: &[&str] = &[
    "card",
    "cards",
    "tree",
    "trees",
    "carol",
    "carols",
    "decoration",
    "decorations",
    "ornament",
    "ornaments",
    "lights",
    "present",
    "presents",
    "gift",
    "gifts",
    "goods",
    "commodities",
    "products",
    "toys",
    "crackers",
    "pudding",
    "cake",
    "cakes",
    "stocking",
    "stockings",
    "egg",
    "eggs",
    "bunny",
    "lily",
    "lilies",
    "jeer",
    "cheer",
    "spirit",
];

/// The most words a holiday name has.
const MAX_WORDS: usize = 6;

/// The tokens that can spell a holiday name from token `i`, in the name tables' normal form
/// (punctuation inside the name and a possessive 's skipped): (token, token after it).
fn words(inp: &Input, mut i: usize) -> ([(usize, usize); MAX_WORDS], usize) {
    let mut out = [(0, 0); MAX_WORDS];
    let mut n = 0;
    while n < MAX_WORDS && i < inp.len() {
        let t = &inp.toks[i];
        let glued_mark = (inp.punct(i, '.') || inp.punct(i, '-')) && inp.glued(i);
        // An apostrophe only as a possessive ("St. Patrick's"): "King' day" is no name.
        let possessive = (inp.punct(i, '\'') || inp.punct(i, '\u{2019}')) && inp.word(i + 1, "s");
        let possessive_s =
            inp.word(i, "s") && i > 0 && (inp.punct(i - 1, '\'') || inp.punct(i - 1, '\u{2019}'));
        if glued_mark || possessive || possessive_s {
            i += 1;
            continue;
        }
        if !t.is_word() && t.num().is_none() {
            break;
        }
        out[n] = (i, i + 1);
        n += 1;
        i += 1;
    }
    (out, n)
}

fn name_at(inp: &Input, i: usize) -> Option<(usize, usize)> {
    // Holiday names start with a word the lexicon marks (or "fourth"/"4th" of July).
    let starts = matches!(inp.lex(i), Lex::Holiday(_))
        || (inp.word(i, "spring") && inp.word(i + 1, "festival"))
        || inp.word(i, "fourth")
        || inp.text(i).eq_ignore_ascii_case("4th");
    if !starts {
        return None;
    }
    let (ws, n) = words(inp, i);
    let first = inp.text(ws.first().filter(|_| n > 0)?.0);
    // The name index is in lower case; holiday first words are short ASCII words.
    let mut buf = [0u8; 16];
    let lower = buf.get_mut(..first.len())?;
    lower.copy_from_slice(first.as_bytes());
    lower.make_ascii_lowercase();
    let first = std::str::from_utf8(lower).ok()?;
    let mut best: Option<(usize, usize)> = None;
    for (idx, name) in names_starting_with(first) {
        let mut len = 0;
        let matched = name.split(' ').all(|part| {
            let ok = len < n && inp.text(ws[len].0).eq_ignore_ascii_case(part);
            len += 1;
            ok
        });
        let proper = crate::time::holidays::HOLIDAYS
            .get(idx)
            .is_some_and(|h| h.capitalized);
        if matched && (!proper || inp.capitalized(ws[0].0)) {
            let end = ws[len - 1].1;
            if best.is_none_or(|(_, e)| end > e) {
                best = Some((idx, end));
            }
        }
    }
    best
}

/// The holiday family's entry point.
pub(super) fn parse(inp: &Input, i: usize) -> Option<Candidate> {
    let (shift, j) = match inp.lex(i) {
        Lex::Key(Kw::Last) => (Shift::Last, i + 1),
        Lex::Key(Kw::Next) => (Shift::Next, i + 1),
        Lex::Key(Kw::This) => (Shift::This, i + 1),
        _ => (Shift::Infer, i),
    };
    let (index, k) = name_at(inp, j)?;
    // Names that are ordinary words need a capital ("lent", "ascension", "valentine").
    let lowercase_ok =
        inp.capitalized(j) || !matches!(inp.text(j), "lent" | "ascension" | "pentecost");
    if !lowercase_ok {
        return None;
    }
    // Part of a proper name: "Christmas Island", "Easter Island", "Ramzan Kadyrov" (a
    // capitalized word after it that is no time word, nor a thing held on the day: "New Year's
    // Day Parade"), or a name after a title ("Prime Minister Ramzan").
    let name_goes_on = (inp.capitalized(k)
        && matches!(inp.lex(k), Lex::None)
        && !HELD_ON.iter().any(|w| inp.text(k) == *w))
        // "the Good Friday agreement", "the Good Friday accord": a treaty named for its day.
        || ["agreement", "accord", "accords", "treaty"]
            .iter()
            .any(|w| inp.word(k, w))
        || THINGS_NAMED_FOR.iter().any(|w| inp.word(k, w));
    let titled = j > 0 && TITLES.iter().any(|t| inp.text(j - 1) == *t);
    // A surname after a given name: "Taha Yassin Ramadan", "Jermaine Easter's goal" (a
    // capitalized word before it, after another word, that is no qualifier). "In Cairo
    // Ramadan began" loses its holiday; a comma there keeps it.
    let surname = j >= 2
        && SURNAMES.contains(&inp.text(j))
        && inp.capitalized(j - 1)
        && matches!(inp.lex(j - 1), Lex::None)
        && !inp.toks[j - 1].newline_before
        && inp.toks[j - 2].is_word()
        && !QUALIFIERS.contains(&inp.text(j - 1));
    if name_goes_on || titled || surname || another_calendars_new_year(inp, index, j) {
        return None;
    }
    let holiday = |end: usize, year: Option<i32>, shift: Shift| {
        Candidate::date(
            i,
            end,
            Base::Holiday { index, year, shift },
            Family::Holiday,
        )
    };
    // An explicit year: "Christmas 2024", "Thanksgiving of 2012", "Diwali in 2019"
    let k2 = if inp.kw(k, Kw::Of) || (inp.kw(k, Kw::In) && inp.year(k + 1).is_some()) {
        k + 1
    } else {
        k
    };
    if let Some((y, end)) = inp.year_at(k2) {
        return Some(holiday(end, Some(y), shift));
    }
    // The year the holiday falls in, counted from the dateline: "Black Friday of this year",
    // "MLK Day of last year", "Thanksgiving in 3 years", "Thanksgiving 3 months ago".
    if let Some((offset, end)) = year_of(inp, k) {
        return Some(Candidate::date(
            i,
            end,
            Base::HolidayIn { index, offset },
            Family::Holiday,
        ));
    }
    Some(holiday(k, None, shift))
}

/// Words before "New Year" that keep it the first of January.
const NEW_YEAR_OF_JANUARY: &[&str] = &[
    "Happy",
    "The",
    "A",
    "This",
    "Next",
    "Last",
    "Western",
    "Gregorian",
    "Christian",
    "Civil",
];

/// "The Burmese new year", "Khmer New Year", "the Persian New Year": another calendar's new
/// year, whose day the table does not know (names it knows, such as "Chinese New Year" or
/// "Rosh Hashanah", are read whole before this).
fn another_calendars_new_year(inp: &Input, index: usize, j: usize) -> bool {
    let Some(p) = j.checked_sub(1) else {
        return false;
    };
    crate::time::holidays::HOLIDAYS
        .get(index)
        .is_some_and(|h| h.name == "New Year's Day")
        && inp.word(j, "new")
        && inp.toks[p].is_word()
        && inp.capitalized(p)
        && !inp.toks[p].newline_before
        && !NEW_YEAR_OF_JANUARY.iter().any(|w| inp.text(p) == *w)
}

/// "of this/next/last year", "in a year", "in 3 years", "3 months ago", "9 months from now".
pub(super) fn year_of(inp: &Input, k: usize) -> Option<((i64, Unit), usize)> {
    // "of next year", and without "of" ("June last year", "Easter next year").
    let y = if inp.kw(k, Kw::Of) { k + 1 } else { k };
    if inp.word(y + 1, "year") && !inp.punct(y + 2, '\'') {
        let n = match inp.lex(y) {
            Lex::Key(Kw::This | Kw::Current) => Some(0),
            Lex::Key(Kw::Next) => Some(1),
            Lex::Key(Kw::Last | Kw::Previous) => Some(-1),
            _ => None,
        };
        if let Some(n) = n {
            return Some(((n, Unit::Year), y + 2));
        }
    }
    let (j, forward) = if inp.kw(k, Kw::In) {
        (k + 1, true)
    } else {
        (k, false)
    };
    let (Quantity::Exact(n), u_at, _) = inp.quantity(j)? else {
        return None;
    };
    let (unit, _) = inp.unit(u_at)?;
    if n.fract() != 0.0
        || n > 1000.0
        || !matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year)
    {
        return None;
    }
    let n = n as i64;
    if forward {
        return Some(((n, unit), u_at + 1));
    }
    if inp.kw(u_at + 1, Kw::Ago) {
        return Some(((-n, unit), u_at + 2));
    }
    if inp.kw(u_at + 1, Kw::Hence) {
        return Some(((n, unit), u_at + 2));
    }
    if inp.kw(u_at + 1, Kw::From) && (inp.kw(u_at + 2, Kw::Now) || inp.kw(u_at + 2, Kw::Today)) {
        return Some(((n, unit), u_at + 3));
    }
    None
}

/// A year counted from the one the text is at: "(of) that year", "(of) that same year", "(of)
/// the same year", "(of) the following year", "(of) the next year", "(of) the previous year".
/// Its offset in years, and the token after it.
pub(super) fn discourse_year_of(inp: &Input, k: usize) -> Option<(i64, usize)> {
    let y = if inp.kw(k, Kw::Of) { k + 1 } else { k };
    let (n, at) = match inp.lex(y) {
        Lex::Key(Kw::That) if inp.kw(y + 1, Kw::Same) => (0, y + 2),
        Lex::Key(Kw::That) => (0, y + 1),
        Lex::Key(Kw::The) => match inp.lex(y + 1) {
            Lex::Key(Kw::Same) => (0, y + 2),
            Lex::Key(Kw::Following | Kw::Next) => (1, y + 2),
            Lex::Key(Kw::Previous | Kw::Preceding | Kw::Prior) => (-1, y + 2),
            _ => return None,
        },
        _ => return None,
    };
    (inp.word(at, "year") && !inp.punct(at + 1, '\'') && !inp.punct(at + 1, '\u{2019}'))
        .then_some((n, at + 1))
}

#[cfg(test)]
mod tests {
    const EXAMPLES: &[(&str, &str, &str)] = &[
        ("Markets will close on [Christmas].", "2024-12-25", ""),
        ("Sales jumped on [Black Friday].", "2023-11-24", ""),
        ("Sales should jump on [Black Friday].", "2024-11-29", ""),
        (
            "The parade was held on [St. Patrick's Day].",
            "2024-03-17",
            "",
        ),
        ("He spoke on [Thanksgiving 2012].", "2012-11-22", ""),
        ("Offices were shut on [MLK Jr. Day].", "2024-01-15", ""),
        ("They married [last Easter].", "2024-03-31", ""),
        // A time word or no capital after the name leaves it a holiday.
        ("Shops closed on [Easter Monday].", "2024-04-01", ""),
        // A holiday that is also a family name, after a word that qualifies it.
        (
            "Attacks rose during the Muslim [Ramadan] fast.",
            "2024-03-11",
            "",
        ),
        (
            "Crowds lined the [New Year's Day] Parade.",
            "2024-01-01",
            "",
        ),
        ("Pakistanis fasted during [Ramzan].", "2024-03-11", ""),
        (
            "The parade returns on [Thanksgiving of next year].",
            "2025-11-27",
            "",
        ),
        (
            "Families met on [Thanksgiving 9 months ago].",
            "2023-11-23",
            "",
        ),
        // The Tuesday after the first Monday of November: Nov. 3 in 1998, Nov. 5 in 2024.
        (
            "Voters go to the polls on [Election Day].",
            "2024-11-05",
            "",
        ),
        ("Turnout on [Election Day 1998] was low.", "1998-11-03", ""),
        (
            "Water fights will mark the [Thai new year].",
            "2025-04-13",
            "",
        ),
        (
            "Dhaka celebrated the [Bengali New Year] with parades.",
            "2024-04-14",
            "",
        ),
        ("The [New Year] began quietly.", "2024-01-01", ""),
        (
            "Iranians marked [Nowruz] with family visits.",
            "2024-03-20",
            "",
        ),
        (
            "Markets will close for the [Persian New Year 2025].",
            "2025-03-21",
            "",
        ),
    ];

    #[test]
    fn examples() {
        super::super::examples::check("holiday", EXAMPLES);
    }

    #[test]
    fn holiday_words_inside_proper_names_are_no_holidays() {
        super::super::examples::check_none(
            "holiday",
            &[
                "Christmas Island lies south of Java.",
                "Tourists flock to Easter Island.",
                "The Good Friday agreement brought peace to the province.",
                "Ramzan Kadyrov took office.",
                "Deputy Prime Minister Ramzan said the fighting was over.",
                "The delay came after Taha Yassin Ramadan, a former vice president, fell ill.",
                "Wycombe won as Jermaine Easter's goal clinched it.",
                "One school has banned Christmas cards in class.",
                "Exports of Christmas commodities made in Guangdong are in a slump.",
                "Children hunted for Easter eggs.",
                // Another calendar's new year, whose day is not known.
                "Crowds gathered ahead of Burmese new year festivities.",
                "The Khmer New Year holiday closed the markets.",
            ],
        );
    }

    #[test]
    fn election_day_written_small_is_any_countrys() {
        use crate::time::{tag, TimeConfig};
        let doc = crate::Document::new("Israel votes again, and election day is near.")
            .with_dateline("2024-08-01".parse().unwrap());
        assert!(tag(&doc, &TimeConfig::default()).timexes.is_empty());
    }
}

//! Holidays as data: each is a name list and a rule that gives its date in a year.
//!
//! Names are written in the grammar's normal form: lower case, words separated by one space,
//! punctuation and possessive `'s` dropped ("St. Patrick's Day" → `st patrick day`).
//! Holidays of other calendars (Hebrew, Islamic, Chinese, Hindu, Parsi) are computed by
//! [`super::calendars`]; the Islamic ones from the new moon, which matches observed dates most
//! years and is otherwise a day off.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::calendars::{self, HebrewDay};

/// How a holiday's date is found in a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// The same month and day each year.
    Fixed(u32, u32),
    /// The `n`th weekday of a month (`n` = -1 for the last).
    NthWeekday(u32, Weekday, i32),
    /// Days after the `n`th weekday of a month ("the Tuesday after the first Monday").
    AfterNthWeekday(u32, Weekday, i32, i64),
    /// Days after (or before) western Easter Sunday.
    Easter(i64),
    /// Days after (or before) Orthodox Easter Sunday (Julian computus, in Gregorian dates).
    OrthodoxEaster(i64),
    /// Days after another holiday of the table.
    After(usize, i64),
    /// A day of the Hebrew calendar.
    Hebrew(HebrewDay),
    /// An Islamic month and day (a holiday lasting `days: 0` covers the whole month).
    Islamic(i64, i64),
    /// Chinese New Year.
    ChineseNewYear,
    /// Diwali, plus days (Naraka Chaturdashi is the day before).
    Diwali(i64),
    /// Parsi New Year (Navroz).
    Parsi,
    /// Nowruz, the Iranian new year (the March equinox).
    Nowruz,
}

/// One holiday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holiday {
    /// Its canonical name.
    pub name: &'static str,
    /// Names in normal form.
    pub names: &'static [&'static str],
    /// Its date rule.
    pub rule: Rule,
    /// How many days it lasts (`0`: a whole month of its calendar).
    pub days: i64,
    /// Whether it begins at sunset the evening before (the Hebrew holidays).
    pub eve: bool,
    /// Whether it is read only when written with a capital: names that are also common
    /// phrases ("Election Day" in the United States, "election day" anywhere).
    pub capitalized: bool,
}

const fn h(name: &'static str, names: &'static [&'static str], rule: Rule) -> Holiday {
    Holiday {
        name,
        names,
        rule,
        days: 1,
        eve: false,
        capitalized: false,
    }
}

/// The holidays the grammar knows.
pub const HOLIDAYS: &[Holiday] = &[
    h(
        "Christmas",
        &["christmas", "xmas", "christmas day", "xmas day"],
        Rule::Fixed(12, 25),
    ),
    h(
        "Christmas Eve",
        &["christmas eve", "xmas eve"],
        Rule::Fixed(12, 24),
    ),
    h(
        "New Year's Eve",
        &["new year eve", "new years eve"],
        Rule::Fixed(12, 31),
    ),
    h(
        "New Year's Day",
        &["new year day", "new years day", "new year"],
        Rule::Fixed(1, 1),
    ),
    h(
        "Valentine's Day",
        &["valentine day", "valentines day", "valentine"],
        Rule::Fixed(2, 14),
    ),
    h(
        "St Patrick's Day",
        &[
            "st patrick day",
            "saint patrick day",
            "st paddy day",
            "st patricks day",
            "saint paddy day",
            "saint patricks day",
        ],
        Rule::Fixed(3, 17),
    ),
    h("Halloween", &["halloween"], Rule::Fixed(10, 31)),
    h(
        "Independence Day",
        &["independence day", "fourth of july", "4th of july"],
        Rule::Fixed(7, 4),
    ),
    h("Veterans Day", &["veterans day"], Rule::Fixed(11, 11)),
    h("Boxing Day", &["boxing day"], Rule::Fixed(12, 26)),
    h("Earth Day", &["earth day"], Rule::Fixed(4, 22)),
    h("Bastille Day", &["bastille day"], Rule::Fixed(7, 14)),
    h(
        "Thanksgiving Day",
        &["thanksgiving", "thanksgiving day"],
        Rule::NthWeekday(11, Weekday::Thu, 4),
    ),
    h(
        "Martin Luther King's Day",
        &[
            "martin luther king day",
            "martin luther king jr day",
            "mlk day",
            "mlk jr day",
            "martin luther kings day",
            "civil rights day",
        ],
        Rule::NthWeekday(1, Weekday::Mon, 3),
    ),
    h(
        "Presidents' Day",
        &["presidents day", "president day", "washington birthday"],
        Rule::NthWeekday(2, Weekday::Mon, 3),
    ),
    h(
        "Memorial Day",
        &["memorial day"],
        Rule::NthWeekday(5, Weekday::Mon, -1),
    ),
    h(
        "Labor Day",
        &["labor day", "labour day"],
        Rule::NthWeekday(9, Weekday::Mon, 1),
    ),
    h(
        "Columbus Day",
        &["columbus day"],
        Rule::NthWeekday(10, Weekday::Mon, 2),
    ),
    h(
        "Mother's Day",
        &["mother day", "mothers day"],
        Rule::NthWeekday(5, Weekday::Sun, 2),
    ),
    h(
        "Father's Day",
        &["father day", "fathers day"],
        Rule::NthWeekday(6, Weekday::Sun, 3),
    ),
    // Index 20: Black Friday and Cyber Monday follow Thanksgiving (index 12).
    h("Black Friday", &["black friday"], Rule::After(12, 1)),
    h("Cyber Monday", &["cyber monday"], Rule::After(12, 4)),
    h(
        "Easter Sunday",
        &["easter", "easter sunday", "easter day"],
        Rule::Easter(0),
    ),
    h("Good Friday", &["good friday"], Rule::Easter(-2)),
    h(
        "Easter Monday",
        &["easter monday", "easter mon"],
        Rule::Easter(1),
    ),
    h("Palm Sunday", &["palm sunday"], Rule::Easter(-7)),
    h("Ash Wednesday", &["ash wednesday"], Rule::Easter(-46)),
    h(
        "Maundy Thursday",
        &["maundy thursday", "holy thursday"],
        Rule::Easter(-3),
    ),
    h("Pentecost", &["pentecost", "whit sunday"], Rule::Easter(49)),
    h(
        "Ascension Day",
        &["ascension day", "ascension"],
        Rule::Easter(39),
    ),
    h(
        "Orthodox Easter Sunday",
        &["orthodox easter", "orthodox easter sunday"],
        Rule::OrthodoxEaster(0),
    ),
    h(
        "Orthodox Good Friday",
        &["orthodox good friday", "orthodox great friday"],
        Rule::OrthodoxEaster(-2),
    ),
    Holiday {
        name: "Lent",
        names: &["lent"],
        rule: Rule::Easter(-46),
        days: 46,
        eve: false,
        capitalized: false,
    },
    Holiday {
        name: "Great Lent",
        // From Clean Monday to the Friday before Lazarus Saturday: forty days.
        names: &["great lent", "orthodox lent", "great fast"],
        rule: Rule::OrthodoxEaster(-48),
        days: 40,
        eve: false,
        capitalized: false,
    },
    Holiday {
        name: "Rosh Hashanah",
        names: &[
            "rosh hashanah",
            "rosh hashana",
            "rosh hashanna",
            "jewish new year",
        ],
        rule: Rule::Hebrew(HebrewDay::RoshHashanah),
        days: 2,
        eve: true,
        capitalized: false,
    },
    Holiday {
        name: "Yom Kippur",
        names: &["yom kippur", "day of atonement"],
        rule: Rule::Hebrew(HebrewDay::YomKippur),
        days: 1,
        eve: true,
        capitalized: false,
    },
    Holiday {
        name: "Hanukkah",
        names: &[
            "hanukkah",
            "hanukah",
            "chanukah",
            "hannukkah",
            "hanukka",
            "chanuka",
        ],
        rule: Rule::Hebrew(HebrewDay::Hanukkah),
        days: 8,
        eve: true,
        capitalized: false,
    },
    Holiday {
        name: "Passover",
        names: &["passover", "pesach"],
        rule: Rule::Hebrew(HebrewDay::Passover),
        days: 8,
        eve: true,
        capitalized: false,
    },
    h(
        "Eid al-Adha",
        &[
            "eid al adha",
            "eid ul adha",
            "id ul adha",
            "bakr id",
            "bakrid",
            "eid e qurban",
            "sacrifice feast",
            "feast of the sacrifice",
        ],
        Rule::Islamic(12, 10),
    ),
    h(
        "Eid al-Fitr",
        &["eid al fitr", "eid ul fitr", "id ul fitr", "ramzan id"],
        Rule::Islamic(10, 1),
    ),
    Holiday {
        name: "Ramadan",
        names: &["ramadan", "ramzan"],
        rule: Rule::Islamic(9, 1),
        days: 0,
        eve: false,
        capitalized: false,
    },
    h(
        "Islamic New Year",
        &["islamic new year", "hijri new year", "amun jadid"],
        Rule::Islamic(1, 1),
    ),
    h(
        "Chinese New Year",
        &[
            "chinese new year",
            "chinese new years",
            "chinese new year day",
            "chinese lunar new year",
            "chinese lunar new year day",
            "lunar new year",
        ],
        Rule::ChineseNewYear,
    ),
    // China's name for its New Year; written small it is any town's spring fair.
    Holiday {
        capitalized: true,
        ..h(
            "Spring Festival",
            &["spring festival"],
            Rule::ChineseNewYear,
        )
    },
    h(
        "Nowruz",
        &[
            "nowruz",
            "norouz",
            "noruz",
            "nowrouz",
            "nowroz",
            "newroz",
            "navruz",
            "novruz",
            "nauryz",
            "persian new year",
            "iranian new year",
            "afghan new year",
            "kurdish new year",
        ],
        Rule::Nowruz,
    ),
    // New years of solar calendars kept on fixed Gregorian days: Thailand's (April 13-15) and
    // Bangladesh's (April 14 since the calendar's 1987 revision).
    Holiday {
        days: 3,
        ..h(
            "Songkran",
            &["songkran", "thai new year"],
            Rule::Fixed(4, 13),
        )
    },
    h(
        "Pohela Boishakh",
        &["pohela boishakh", "pahela baishakh", "bengali new year"],
        Rule::Fixed(4, 14),
    ),
    h(
        "Diwali",
        &["diwali", "deepavali", "lakshmi puja", "divali"],
        Rule::Diwali(0),
    ),
    h(
        "Naraka Chaturdashi",
        &[
            "naraka chaturdashi",
            "choti diwali",
            "chhoti diwali",
            "kali chaudas",
        ],
        Rule::Diwali(-1),
    ),
    h(
        "Parsi New Year",
        &["parsi new year", "jamshedi navroz", "navroz"],
        Rule::Parsi,
    ),
    // United States federal elections: the Tuesday after the first Monday of November.
    Holiday {
        capitalized: true,
        ..h(
            "Election Day",
            &["election day"],
            Rule::AfterNthWeekday(11, Weekday::Mon, 1, 1),
        )
    },
];

/// Western Easter Sunday (anonymous Gregorian computus).
///
/// ```
/// use eventline::time::holidays::easter;
/// assert_eq!(easter(2024).unwrap().to_string(), "2024-03-31");
/// assert_eq!(easter(2013).unwrap().to_string(), "2013-03-31");
/// ```
pub fn easter(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// Orthodox Easter Sunday (Meeus' Julian computus, shifted to the Gregorian calendar).
///
/// ```
/// use eventline::time::holidays::orthodox_easter;
/// assert_eq!(orthodox_easter(2024).unwrap().to_string(), "2024-05-05");
/// ```
pub fn orthodox_easter(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(4);
    let b = year.rem_euclid(7);
    let c = year.rem_euclid(19);
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    let julian = NaiveDate::from_ymd_opt(year, month as u32, day as u32)?;
    // Julian to Gregorian offset: 13 days from 1900 to 2099.
    let century = year / 100;
    let offset = century - century / 4 - 2;
    Some(julian + Duration::days(i64::from(offset)))
}

/// Every first day of `holiday` in `year`: one, or two for a holiday of the Islamic calendar,
/// whose year is eleven days shorter (Eid al-Adha fell on January 10 and December 31, 2006).
///
/// ```
/// use eventline::time::holidays::{dates_in, HOLIDAYS};
/// let adha = HOLIDAYS.iter().position(|h| h.name == "Eid al-Adha").unwrap();
/// assert_eq!(dates_in(adha, 2006).len(), 2);
/// ```
pub fn dates_in(holiday: usize, year: i32) -> Vec<NaiveDate> {
    match HOLIDAYS.get(holiday).map(|h| h.rule) {
        Some(Rule::Islamic(m, d)) => calendars::islamic_in_year(m, d, year),
        _ => date_in(holiday, year).into_iter().collect(),
    }
}

/// The first day of `holiday` in `year`.
///
/// ```
/// use eventline::time::holidays::{date_in, HOLIDAYS};
/// let thanksgiving = HOLIDAYS.iter().position(|h| h.name == "Thanksgiving Day").unwrap();
/// assert_eq!(date_in(thanksgiving, 2013).unwrap().to_string(), "2013-11-28");
/// ```
pub fn date_in(holiday: usize, year: i32) -> Option<NaiveDate> {
    let h = HOLIDAYS.get(holiday)?;
    match h.rule {
        Rule::Fixed(m, d) => NaiveDate::from_ymd_opt(year, m, d),
        Rule::NthWeekday(m, wd, n) => nth_weekday(year, m, wd, n),
        Rule::AfterNthWeekday(m, wd, n, off) => {
            Some(nth_weekday(year, m, wd, n)? + Duration::days(off))
        }
        Rule::Easter(off) => Some(easter(year)? + Duration::days(off)),
        Rule::OrthodoxEaster(off) => Some(orthodox_easter(year)? + Duration::days(off)),
        Rule::After(other, off) => Some(date_in(other, year)? + Duration::days(off)),
        Rule::Hebrew(d) => calendars::hebrew_holiday(d, year),
        Rule::Islamic(m, d) => calendars::islamic_in_year(m, d, year).first().copied(),
        Rule::ChineseNewYear => calendars::chinese_new_year(year),
        Rule::Diwali(off) => Some(calendars::diwali(year)? + Duration::days(off)),
        Rule::Parsi => calendars::parsi_new_year(year),
        Rule::Nowruz => calendars::nowruz(year),
    }
}

/// The days `[first, end)` a holiday covers in `year`, when it lasts more than one day.
///
/// ```
/// use eventline::time::holidays::{span_in, HOLIDAYS};
/// let ramadan = HOLIDAYS.iter().position(|h| h.name == "Ramadan").unwrap();
/// let (a, b) = span_in(ramadan, 2018).unwrap();
/// assert_eq!((a.to_string(), b.to_string()), ("2018-05-16".into(), "2018-06-15".into()));
/// ```
pub fn span_in(holiday: usize, year: i32) -> Option<(NaiveDate, NaiveDate)> {
    let h = HOLIDAYS.get(holiday)?;
    let first = date_in(holiday, year)?;
    match (h.rule, h.days) {
        (Rule::Islamic(m, _), 0) => Some((first, calendars::islamic_month_end(m, first)?)),
        (_, d) if d > 1 => Some((first, first + Duration::days(d))),
        _ => None,
    }
}

fn nth_weekday(year: i32, month: u32, wd: Weekday, n: i32) -> Option<NaiveDate> {
    if n > 0 {
        NaiveDate::from_weekday_of_month_opt(year, month, wd, n as u8)
    } else {
        let (ny, nm) = if month == 12 {
            (year + 1, 1)
        } else {
            (year, month + 1)
        };
        let mut d = NaiveDate::from_ymd_opt(ny, nm, 1)? - Duration::days(1);
        while d.weekday() != wd {
            d -= Duration::days(1);
        }
        Some(d)
    }
}

/// The holidays whose normal-form names start with `first` (lower case), from an index built
/// once.
pub(crate) fn names_starting_with(first: &str) -> impl Iterator<Item = (usize, &'static str)> + '_ {
    static INDEX: std::sync::OnceLock<Vec<(&'static str, usize, &'static str)>> =
        std::sync::OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut v: Vec<(&'static str, usize, &'static str)> = HOLIDAYS
            .iter()
            .enumerate()
            .flat_map(|(i, h)| {
                h.names
                    .iter()
                    .map(move |n| (n.split(' ').next().unwrap_or(n), i, *n))
            })
            .collect();
        v.sort_by_key(|(f, _, _)| *f);
        v
    });
    let lo = index.partition_point(|(f, _, _)| *f < first);
    index[lo..]
        .iter()
        .take_while(move |(f, _, _)| *f == first)
        .map(|(_, i, n)| (*i, *n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        let idx = |n: &str| HOLIDAYS.iter().position(|h| h.name == n).unwrap();
        assert_eq!(
            date_in(idx("Martin Luther King's Day"), 2014)
                .unwrap()
                .to_string(),
            "2014-01-20"
        );
        assert_eq!(
            date_in(idx("Black Friday"), 2013).unwrap().to_string(),
            "2013-11-29"
        );
        assert_eq!(
            date_in(idx("Memorial Day"), 2024).unwrap().to_string(),
            "2024-05-27"
        );
        assert_eq!(
            date_in(idx("Orthodox Good Friday"), 2013)
                .unwrap()
                .to_string(),
            "2013-05-03"
        );
        assert_eq!(HOLIDAYS[12].name, "Thanksgiving Day");
    }
}

//! Word tables: the normalization knowledge of the time grammar, as data.
//!
//! Each entry maps a lower-case word to what it means for time: a month, a weekday, a number,
//! a calendar unit, a part of the day, a season, or a keyword the grammar looks for. The tables
//! are plain arrays (easy to read and extend); [`lookup`] serves them from a table built once,
//! each key packed into three machine words, behind a filter by a word's first and last letter
//! and its length that turns about half the words of news text away without a lookup.
//!
//! ```
//! use eventline::lexicon::{lookup, Lex, Unit};
//! assert_eq!(lookup("Aug"), Lex::Month(8));
//! assert_eq!(lookup("fortnight"), Lex::Unit(Unit::Fortnight));
//! assert_eq!(lookup("banana"), Lex::None);
//! ```

use std::sync::OnceLock;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// A calendar unit, as used by durations and relative expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[allow(missing_docs)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Millennium,
}

/// A part of the day, with its TIMEX3 code (`MO`, `AF`, `EV`, `NI`, `DT`).
///
/// ```
/// use eventline::lexicon::DayPart;
/// assert_eq!(DayPart::Morning.code(), "MO");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[allow(missing_docs)]
pub enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
    Daytime,
}

impl DayPart {
    /// The TIMEX3 code.
    ///
    /// ```
    /// assert_eq!(eventline::lexicon::DayPart::Night.code(), "NI");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
            DayPart::Daytime => "DT",
        }
    }

    /// The hours `[start, end)` it is taken to cover when an interval is needed.
    ///
    /// ```
    /// assert_eq!(eventline::lexicon::DayPart::Morning.hours(), (4, 12));
    /// ```
    pub fn hours(self) -> (u32, u32) {
        DAY_PART_HOURS
            .iter()
            .find(|(p, _, _)| *p == self)
            .map(|(_, s, e)| (*s, *e))
            .unwrap_or((0, 24))
    }
}

/// Hours covered by each part of the day (Duckling's and TIMEX3 practice: morning 4–12,
/// afternoon 12–19, evening 18–24, night 18–24 plus the small hours, daytime 8–18).
pub const DAY_PART_HOURS: &[(DayPart, u32, u32)] = &[
    (DayPart::Morning, 4, 12),
    (DayPart::Afternoon, 12, 19),
    (DayPart::Evening, 18, 24),
    (DayPart::Night, 18, 24),
    (DayPart::Daytime, 8, 18),
];

/// A season, with its TIMEX3 code (`SP`, `SU`, `FA`, `WI`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[allow(missing_docs)]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    /// The TIMEX3 code.
    ///
    /// ```
    /// assert_eq!(eventline::lexicon::Season::Fall.code(), "FA");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// Its first month and its length in months (northern meteorological seasons; winter
    /// starts in December of the year before the one it is named by).
    ///
    /// ```
    /// assert_eq!(eventline::lexicon::Season::Summer.months(), (6, 3));
    /// ```
    pub fn months(self) -> (u32, u32) {
        match self {
            Season::Spring => (3, 3),
            Season::Summer => (6, 3),
            Season::Fall => (9, 3),
            Season::Winter => (12, 3),
        }
    }
}

/// A keyword of the time grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Kw {
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Overnight,
    Now,
    Currently,
    Recently,
    Recent,
    Future,
    Past,
    Present,
    Ago,
    Later,
    Earlier,
    Last,
    Next,
    This,
    That,
    These,
    The,
    Coming,
    Upcoming,
    Following,
    Previous,
    Preceding,
    Prior,
    Same,
    /// "rest", "remainder": "the rest of the week".
    Rest,
    Current,
    Early,
    /// "small", "wee", "predawn", "pre" (of "pre-dawn"): "the small hours" and its kin.
    Small,
    Mid,
    Late,
    End,
    Beginning,
    Start,
    Middle,
    Every,
    Each,
    Per,
    Few,
    Several,
    Many,
    Couple,
    Half,
    Fiscal,
    Noon,
    Midnight,
    Midday,
    Around,
    About,
    Approximately,
    Roughly,
    Nearly,
    Almost,
    More,
    /// "additional", "extra", "further": "an additional year" is a year.
    Additional,
    Less,
    Over,
    Under,
    Least,
    Most,
    Up,
    Within,
    Hence,
    After,
    Before,
    A,
    Of,
    On,
    In,
    At,
    Since,
    /// "while": "for a while".
    While,
    Until,
    From,
    To,
    Through,
    During,
    For,
    By,
    And,
    Or,
    Oclock,
    Am,
    Pm,
    Period,
    Time,
    Once,
    Twice,
    Daily,
    Weekly,
    Biweekly,
    Monthly,
    Yearly,
    Annually,
    Hourly,
    Nightly,
    Lately,
    Nowadays,
    Someday,
    Latest,
    Near,
    Than,
    No,
    Just,
    Ides,
}

/// What a word means to the time grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Lex {
    None,
    /// 1–12.
    Month(u8),
    /// 1 (Monday) – 7 (Sunday).
    Weekday(u8),
    /// A weekday abbreviation that is also a word ("wed", "sat", "sun"): only read as a weekday
    /// in a date context.
    WeekdayAbbr(u8),
    /// A cardinal number word: "two", "twenty", "dozen".
    Number(u32),
    /// An ordinal word: "third", "twentieth".
    Ordinal(u32),
    Unit(Unit),
    /// A plural or adjectival unit ("days", "weeks"): same unit, marked plural.
    Units(Unit),
    DayPart(DayPart),
    Season(Season),
    /// An index into [`crate::time::holidays::HOLIDAYS`].
    Holiday(u16),
    Key(Kw),
    /// A time-zone abbreviation, with its offset from UTC in minutes.
    Zone(i16),
    /// A decade word: "nineties" (90), "eighties" (80).
    Decade(u8),
    /// "Q1" – "Q4".
    QuarterName(u8),
    /// "H1", "H2": a half, read only before a year ("H1 2024").
    HalfName(u8),
    /// A fiscal year in one word: "FY2024", "FY24" (1950–2049).
    FiscalYear(i16),
}

const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

const WEEKDAYS: &[(&str, u8)] = &[
    ("monday", 1),
    ("mon", 1),
    ("mondays", 1),
    ("tuesday", 2),
    ("tue", 2),
    ("tues", 2),
    ("tuesdays", 2),
    ("wednesday", 3),
    ("wednesdays", 3),
    ("thursday", 4),
    ("thu", 4),
    ("thur", 4),
    ("thurs", 4),
    ("thursdays", 4),
    ("friday", 5),
    ("fri", 5),
    ("fridays", 5),
    ("saturday", 6),
    ("saturdays", 6),
    ("sunday", 7),
    ("sundays", 7),
];

const WEEKDAY_ABBRS: &[(&str, u8)] = &[("wed", 3), ("sat", 6), ("sun", 7)];

const NUMBERS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("thousand", 1000),
    ("dozen", 12),
    ("dozens", 12),
    ("single", 1),
];

const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("hundredth", 100),
    ("last", 0),
];

const UNITS: &[(&str, Unit, bool)] = &[
    ("second", Unit::Second, false),
    ("seconds", Unit::Second, true),
    ("sec", Unit::Second, false),
    ("secs", Unit::Second, true),
    ("minute", Unit::Minute, false),
    ("minutes", Unit::Minute, true),
    ("min", Unit::Minute, false),
    ("mins", Unit::Minute, true),
    ("hour", Unit::Hour, false),
    ("hours", Unit::Hour, true),
    ("hr", Unit::Hour, false),
    ("hrs", Unit::Hour, true),
    ("day", Unit::Day, false),
    ("days", Unit::Day, true),
    ("week", Unit::Week, false),
    ("weeks", Unit::Week, true),
    ("wk", Unit::Week, false),
    ("wks", Unit::Week, true),
    ("weekend", Unit::Weekend, false),
    ("weekends", Unit::Weekend, true),
    ("wkend", Unit::Weekend, false),
    ("fortnight", Unit::Fortnight, false),
    ("fortnights", Unit::Fortnight, true),
    ("month", Unit::Month, false),
    ("months", Unit::Month, true),
    ("quarter", Unit::Quarter, false),
    ("quarters", Unit::Quarter, true),
    ("qtr", Unit::Quarter, false),
    ("qtrs", Unit::Quarter, true),
    ("year", Unit::Year, false),
    ("years", Unit::Year, true),
    ("yr", Unit::Year, false),
    ("yrs", Unit::Year, true),
    ("decade", Unit::Decade, false),
    ("decades", Unit::Decade, true),
    ("century", Unit::Century, false),
    ("centuries", Unit::Century, true),
    ("millennium", Unit::Millennium, false),
    ("millennia", Unit::Millennium, true),
];

const DAY_PARTS: &[(&str, DayPart)] = &[
    ("morning", DayPart::Morning),
    ("mornings", DayPart::Morning),
    ("dawn", DayPart::Morning),
    ("daybreak", DayPart::Morning),
    ("sunrise", DayPart::Morning),
    // One word for the middle of the part ("midafternoon Tuesday"): the part's value, without
    // the MID that "mid-afternoon" in three tokens gets from the fuzzy rules.
    ("midmorning", DayPart::Morning),
    ("afternoon", DayPart::Afternoon),
    ("afternoons", DayPart::Afternoon),
    ("midafternoon", DayPart::Afternoon),
    ("evening", DayPart::Evening),
    ("evenings", DayPart::Evening),
    ("dusk", DayPart::Evening),
    ("sunset", DayPart::Evening),
    ("nightfall", DayPart::Evening),
    ("night", DayPart::Night),
    ("nights", DayPart::Night),
    ("nighttime", DayPart::Night),
    ("daytime", DayPart::Daytime),
];

const SEASONS: &[(&str, Season)] = &[
    ("spring", Season::Spring),
    ("springtime", Season::Spring),
    ("summer", Season::Summer),
    ("summertime", Season::Summer),
    ("fall", Season::Fall),
    ("autumn", Season::Fall),
    ("winter", Season::Winter),
    ("wintertime", Season::Winter),
];

const DECADES: &[(&str, u8)] = &[
    ("twenties", 20),
    ("thirties", 30),
    ("forties", 40),
    ("fifties", 50),
    ("sixties", 60),
    ("seventies", 70),
    ("eighties", 80),
    ("nineties", 90),
];

/// Time-zone abbreviations and their offsets from UTC in minutes.
pub const ZONES: &[(&str, i16)] = &[
    ("utc", 0),
    ("gmt", 0),
    ("z", 0),
    ("bst", 60),
    ("cet", 60),
    ("cest", 120),
    ("eet", 120),
    ("eest", 180),
    ("msk", 180),
    ("ist", 330),
    ("jst", 540),
    ("kst", 540),
    ("aest", 600),
    ("est", -300),
    ("edt", -240),
    ("cst", -360),
    ("cdt", -300),
    ("mst", -420),
    ("mdt", -360),
    ("pst", -480),
    ("pdt", -420),
    ("akst", -540),
    ("hst", -600),
];

/// North American zones named without their season, with their standard offsets in minutes:
/// "4 p.m. ET" is EDT in summer and EST in winter. Only in capitals, after a clock time.
const SEASONAL_ZONES: &[(&str, i16)] = &[("ET", -300), ("CT", -360), ("MT", -420), ("PT", -480)];

/// The standard offset (minutes east of UTC) of a zone written without its season, if `word`
/// is one.
///
/// ```
/// assert_eq!(eventline::lexicon::seasonal_zone("ET"), Some(-300));
/// assert_eq!(eventline::lexicon::seasonal_zone("et"), None);
/// ```
pub fn seasonal_zone(word: &str) -> Option<i16> {
    SEASONAL_ZONES
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, z)| z)
}

/// Zones spelt out before "time" ("Eastern time", "Beijing time"): the standard offset in
/// minutes east of UTC, and whether the zone keeps North American daylight-saving time.
const SPELLED_ZONES: &[(&str, i16, bool)] = &[
    ("Eastern", -300, true),
    ("Central", -360, true),
    ("Mountain", -420, true),
    ("Pacific", -480, true),
    ("Washington", -300, true),
    ("Beijing", 480, false),
    ("Tokyo", 540, false),
    ("Seoul", 540, false),
];

/// The zone a capitalized word names before "time" ("Eastern time", "Beijing time"): its
/// standard offset in minutes east of UTC, and whether it keeps North American daylight-saving
/// time.
///
/// ```
/// assert_eq!(eventline::lexicon::spelled_zone("Eastern"), Some((-300, true)));
/// assert_eq!(eventline::lexicon::spelled_zone("Beijing"), Some((480, false)));
/// assert_eq!(eventline::lexicon::spelled_zone("eastern"), None);
/// ```
pub fn spelled_zone(word: &str) -> Option<(i16, bool)> {
    SPELLED_ZONES
        .iter()
        .find(|(w, _, _)| *w == word)
        .map(|&(_, z, seasonal)| (z, seasonal))
}

const KEYWORDS: &[(&str, Kw)] = &[
    ("today", Kw::Today),
    ("yesterday", Kw::Yesterday),
    ("tomorrow", Kw::Tomorrow),
    ("tonight", Kw::Tonight),
    ("tonite", Kw::Tonight),
    ("overnight", Kw::Overnight),
    ("now", Kw::Now),
    ("currently", Kw::Currently),
    ("recently", Kw::Recently),
    ("recent", Kw::Recent),
    ("future", Kw::Future),
    ("past", Kw::Past),
    ("present", Kw::Present),
    ("ago", Kw::Ago),
    ("later", Kw::Later),
    ("earlier", Kw::Earlier),
    ("last", Kw::Last),
    ("next", Kw::Next),
    ("this", Kw::This),
    ("that", Kw::That),
    ("these", Kw::These),
    ("the", Kw::The),
    ("coming", Kw::Coming),
    ("upcoming", Kw::Upcoming),
    ("following", Kw::Following),
    ("previous", Kw::Previous),
    ("preceding", Kw::Preceding),
    ("prior", Kw::Prior),
    ("same", Kw::Same),
    ("current", Kw::Current),
    ("early", Kw::Early),
    ("small", Kw::Small),
    ("wee", Kw::Small),
    ("predawn", Kw::Small),
    ("pre", Kw::Small),
    ("mid", Kw::Mid),
    ("late", Kw::Late),
    ("end", Kw::End),
    ("beginning", Kw::Beginning),
    ("start", Kw::Start),
    ("middle", Kw::Middle),
    ("every", Kw::Every),
    ("each", Kw::Each),
    ("per", Kw::Per),
    ("few", Kw::Few),
    ("several", Kw::Several),
    ("many", Kw::Many),
    ("couple", Kw::Couple),
    ("half", Kw::Half),
    ("fiscal", Kw::Fiscal),
    ("noon", Kw::Noon),
    ("midnight", Kw::Midnight),
    ("midday", Kw::Midday),
    ("around", Kw::Around),
    ("about", Kw::About),
    ("approximately", Kw::Approximately),
    ("roughly", Kw::Roughly),
    ("nearly", Kw::Nearly),
    ("almost", Kw::Almost),
    ("more", Kw::More),
    ("additional", Kw::Additional),
    ("extra", Kw::Additional),
    ("further", Kw::Additional),
    ("less", Kw::Less),
    ("over", Kw::Over),
    ("under", Kw::Under),
    ("least", Kw::Least),
    ("most", Kw::Most),
    ("up", Kw::Up),
    ("within", Kw::Within),
    ("hence", Kw::Hence),
    ("after", Kw::After),
    ("before", Kw::Before),
    ("a", Kw::A),
    ("an", Kw::A),
    ("of", Kw::Of),
    ("on", Kw::On),
    ("in", Kw::In),
    ("at", Kw::At),
    ("since", Kw::Since),
    ("while", Kw::While),
    ("until", Kw::Until),
    ("till", Kw::Until),
    ("from", Kw::From),
    ("to", Kw::To),
    ("through", Kw::Through),
    ("thru", Kw::Through),
    ("during", Kw::During),
    ("for", Kw::For),
    ("by", Kw::By),
    ("and", Kw::And),
    ("or", Kw::Or),
    ("o'clock", Kw::Oclock),
    ("oclock", Kw::Oclock),
    ("am", Kw::Am),
    ("a.m.", Kw::Am),
    ("a.m", Kw::Am),
    ("pm", Kw::Pm),
    ("p.m.", Kw::Pm),
    ("p.m", Kw::Pm),
    ("period", Kw::Period),
    ("time", Kw::Time),
    ("once", Kw::Once),
    ("twice", Kw::Twice),
    ("daily", Kw::Daily),
    ("weekly", Kw::Weekly),
    ("biweekly", Kw::Biweekly),
    ("monthly", Kw::Monthly),
    ("yearly", Kw::Yearly),
    ("annually", Kw::Annually),
    ("annual", Kw::Yearly),
    ("hourly", Kw::Hourly),
    ("nightly", Kw::Nightly),
    ("lately", Kw::Lately),
    ("nowadays", Kw::Nowadays),
    ("someday", Kw::Someday),
    ("ides", Kw::Ides),
    ("moment", Kw::Time),
    // "latest", "comparable", "near", "short", "full" are read by the reporting-period,
    // reference and duration rules (by word); their reading lets "the latest quarter", "the
    // near future", "the short term" and "the full year" start a match.
    ("latest", Kw::Latest),
    ("full", Kw::Latest),
    ("short", Kw::Latest),
    ("comparable", Kw::Latest),
    ("corresponding", Kw::Latest),
    ("near", Kw::Near),
    ("than", Kw::Than),
    ("no", Kw::No),
    ("just", Kw::Just),
];

/// No key in the tables is longer, in bytes: longer words are not looked up.
pub const MAX_KEY_LEN: usize = 24;

/// For each first and last letter, the lengths of the keys that start and end with them (bit
/// `n` set for length `n`): about half the words of news text cannot be keys, and this tells so
/// without a lookup.
struct Filter([[u32; LETTER_CLASSES]; LETTER_CLASSES]);

/// The 26 letters in any case, and a last class for every other byte.
const LETTER_CLASSES: usize = 27;

fn letter_class(b: u8) -> usize {
    let l = b.to_ascii_lowercase();
    if l.is_ascii_lowercase() {
        usize::from(l - b'a')
    } else {
        LETTER_CLASSES - 1
    }
}

impl Filter {
    fn may_hold(&self, bytes: &[u8]) -> bool {
        match (bytes.first(), bytes.last()) {
            (Some(&f), Some(&l)) => {
                self.0[letter_class(f)][letter_class(l)] & (1 << bytes.len()) != 0
            }
            _ => false,
        }
    }
}

fn filter() -> &'static Filter {
    static FILTER: OnceLock<Filter> = OnceLock::new();
    FILTER.get_or_init(|| {
        let mut f = Filter([[0; LETTER_CLASSES]; LETTER_CLASSES]);
        for key in keys().keys() {
            if let (Some(&first), Some(&last)) = (key.first(), key.last()) {
                f.0[letter_class(first)][letter_class(last)] |= 1 << key.len();
            }
        }
        f
    })
}

/// The readings of every key, as the tables list them.
fn keys() -> &'static FxHashMap<&'static [u8], Lex> {
    static TABLE: OnceLock<FxHashMap<&'static [u8], Lex>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m: FxHashMap<&'static [u8], Lex> = FxHashMap::default();
        // Later tables do not override earlier ones: the first reading of a word is its main one.
        let mut put = |k: &'static str, v: Lex| {
            m.entry(k.as_bytes()).or_insert(v);
        };
        for &(k, v) in MONTHS {
            put(k, Lex::Month(v));
        }
        for &(k, v) in WEEKDAYS {
            put(k, Lex::Weekday(v));
        }
        for &(k, v) in WEEKDAY_ABBRS {
            put(k, Lex::WeekdayAbbr(v));
        }
        for &(k, u, plural) in UNITS {
            // "second" reads first as an ordinal; the grammar asks for the unit where it fits.
            if k == "second" {
                continue;
            }
            put(k, if plural { Lex::Units(u) } else { Lex::Unit(u) });
        }
        for &(k, v) in ORDINALS {
            if k != "last" {
                put(k, Lex::Ordinal(v));
            }
        }
        for &(k, v) in NUMBERS {
            put(k, Lex::Number(v));
        }
        for &(k, v) in DAY_PARTS {
            put(k, Lex::DayPart(v));
        }
        for &(k, v) in SEASONS {
            put(k, Lex::Season(v));
        }
        for &(k, v) in DECADES {
            put(k, Lex::Decade(v));
        }
        for &(k, v) in ZONES {
            if k != "z" {
                put(k, Lex::Zone(v));
            }
        }
        for (k, q) in [("q1", 1), ("q2", 2), ("q3", 3), ("q4", 4)] {
            put(k, Lex::QuarterName(q));
        }

        for &(k, v) in KEYWORDS {
            put(k, Lex::Key(v));
        }
        for (i, h) in crate::time::holidays::HOLIDAYS.iter().enumerate() {
            for name in h.names {
                // The first word of each name makes the grammar try the holiday names there.
                if let Some(first) = name.split(' ').next() {
                    put(first, Lex::Holiday(i as u16));
                }
            }
        }
        m
    })
}

/// A key packed into three machine words: its bytes in order, zero after its end (no key holds
/// a zero byte, so keys of different lengths differ).
type Packed = [u64; 3];

/// The keys in an open-addressed table of packed keys: a lookup hashes and compares integers
/// instead of hashing and comparing a byte string. A slot holds a key's first eight bytes and
/// its reading (sixteen bytes, so that the table stays in the first-level cache); the rest of
/// the longer keys lie beside, read only when the first eight bytes match.
struct Table {
    slots: Vec<(u64, Lex)>,
    tails: Vec<[u64; 2]>,
    mask: usize,
}

impl Table {
    fn new(keys: &FxHashMap<&'static [u8], Lex>) -> Self {
        let size = (keys.len() * 2).next_power_of_two();
        let mut t = Table {
            slots: vec![(0, Lex::None); size],
            tails: vec![[0; 2]; size],
            mask: size - 1,
        };
        for (k, &v) in keys {
            let p = pack(k);
            let mut at = t.slot_of(&p);
            while t.slots[at].0 != 0 {
                at = (at + 1) & t.mask;
            }
            t.slots[at] = (p[0], v);
            t.tails[at] = [p[1], p[2]];
        }
        t
    }

    fn slot_of(&self, p: &Packed) -> usize {
        let h = (p[0] ^ p[1].rotate_left(21) ^ p[2].rotate_left(42))
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> 40) as usize & self.mask
    }

    fn get(&self, p: &Packed) -> Lex {
        let mut at = self.slot_of(p);
        loop {
            let (k, v) = self.slots[at];
            if k == p[0] && self.tails[at] == [p[1], p[2]] {
                return v;
            }
            if k == 0 {
                return Lex::None;
            }
            at = (at + 1) & self.mask;
        }
    }
}

/// `bytes` (ASCII, at most [`MAX_KEY_LEN`] of them) lower-cased and packed. Each machine word
/// is built in registers: bytes stored one by one and read back as a word would stall the load.
fn pack(bytes: &[u8]) -> Packed {
    let mut p = [0u64; 3];
    for (w, chunk) in p.iter_mut().zip(bytes.chunks(8)) {
        let word = if let Ok(full) = <[u8; 8]>::try_from(chunk) {
            u64::from_le_bytes(full)
        } else {
            chunk.iter().rev().fold(0, |w, &b| w << 8 | u64::from(b))
        };
        *w = ascii_lowercase(word);
    }
    p
}

/// Eight ASCII bytes lower-cased at once: 0x20 added to each byte from `A` to `Z`.
fn ascii_lowercase(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // With each byte below 0x80, these sums carry into no other byte; the high bit of each byte
    // says whether it is at least `A`, and whether it is above `Z`.
    let at_least_a = w + ONES * (0x80 - u64::from(b'A'));
    let above_z = w + ONES * (0x7f - u64::from(b'Z'));
    let upper = at_least_a & !above_z & (ONES * 0x80);
    w | upper >> 2
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| Table::new(keys()))
}

/// The words read by rule: "H1", "H2", "rest", "remainder", "FY2024".
fn by_rule(first: u8, bytes: &[u8]) -> Option<Lex> {
    match (first, bytes.len()) {
        (b'h', 2) => match bytes[1] {
            b'1' => Some(Lex::HalfName(1)),
            b'2' => Some(Lex::HalfName(2)),
            _ => None,
        },
        (b'r', 4) if bytes.eq_ignore_ascii_case(b"rest") => Some(Lex::Key(Kw::Rest)),
        (b'r', 9) if bytes.eq_ignore_ascii_case(b"remainder") => Some(Lex::Key(Kw::Rest)),
        (b'f', 4 | 6) if bytes[1].eq_ignore_ascii_case(&b'y') => {
            fiscal_year(bytes).map(Lex::FiscalYear)
        }
        _ => None,
    }
}

/// "FY2024" → 2024, "FY24" → 2024 (two digits: 1950–2049).
fn fiscal_year(bytes: &[u8]) -> Option<i16> {
    if !(bytes.len() == 4 || bytes.len() == 6) || !bytes[1].eq_ignore_ascii_case(&b'y') {
        return None;
    }
    let digits = &bytes[2..];
    if !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = digits
        .iter()
        .fold(0i16, |n, d| n * 10 + i16::from(d - b'0'));
    Some(match digits.len() {
        2 if n < 50 => 2000 + n,
        2 => 1900 + n,
        _ => n,
    })
}

/// What `word` means to the time grammar (case-insensitive; [`Lex::None`] for other words).
///
/// ```
/// use eventline::lexicon::{lookup, Lex, Kw};
/// assert_eq!(lookup("Yesterday"), Lex::Key(Kw::Yesterday));
/// assert_eq!(lookup("THIRD"), Lex::Ordinal(3));
/// assert_eq!(lookup("FY24"), Lex::FiscalYear(2024));
/// assert_eq!(lookup("H1"), Lex::HalfName(1));
/// assert_eq!(lookup("Rest"), Lex::Key(Kw::Rest));
/// ```
pub fn lookup(word: &str) -> Lex {
    let bytes = word.as_bytes();
    // ASCII without NUL: the packed keys end in zero bytes, so a NUL would read as an end.
    if bytes.is_empty() || bytes.len() > MAX_KEY_LEN || !bytes.iter().all(|b| (1..0x80).contains(b))
    {
        return Lex::None;
    }
    let first = bytes[0].to_ascii_lowercase();
    // Read by rule rather than kept in the table, so that the common words of their first
    // letter and length ("he", "role") stay outside the table's filter.
    if let Some(lex) = by_rule(first, bytes) {
        return lex;
    }
    if !filter().may_hold(bytes) {
        return Lex::None;
    }
    table().get(&pack(bytes))
}

/// The unit named by a word, singular or plural, including "second" (which [`lookup`] reads as
/// an ordinal first).
///
/// ```
/// use eventline::lexicon::{unit_of, Unit};
/// assert_eq!(unit_of("second"), Some(Unit::Second));
/// assert_eq!(unit_of("Years"), Some(Unit::Year));
/// assert_eq!(unit_of("apple"), None);
/// ```
pub fn unit_of(word: &str) -> Option<Unit> {
    UNITS
        .iter()
        .find(|(k, _, _)| k.eq_ignore_ascii_case(word))
        .map(|(_, u, _)| *u)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readings() {
        assert_eq!(lookup("May"), Lex::Month(5));
        assert_eq!(lookup("sat"), Lex::WeekdayAbbr(6));
        assert_eq!(lookup("days"), Lex::Units(Unit::Day));
        assert_eq!(lookup("second"), Lex::Ordinal(2));
        assert_eq!(lookup("fall"), Lex::Season(Season::Fall));
        assert_eq!(lookup("EDT"), Lex::Zone(-240));
        assert_eq!(lookup("p.m."), Lex::Key(Kw::Pm));
        assert_eq!(lookup("nineties"), Lex::Decade(90));
        assert_eq!(lookup("été"), Lex::None);
        assert_eq!(lookup(""), Lex::None);
    }

    #[test]
    fn the_packed_table_reads_every_key_in_any_case_and_nothing_else() {
        for (k, &v) in keys() {
            assert_eq!(table().get(&pack(k)), v, "{}", String::from_utf8_lossy(k));
            assert!(filter().may_hold(k));
            // A NUL byte is no end of the word: "p.m.\0" is no key.
            let mut nul = k.to_vec();
            nul.push(0);
            if let Ok(w) = std::str::from_utf8(&nul) {
                assert_eq!(lookup(w), Lex::None);
            }
            let upper = k.to_ascii_uppercase();
            assert_eq!(table().get(&pack(&upper)), v);
            // A key with one byte more or one less is another word.
            let mut longer = k.to_vec();
            longer.push(b's');
            if !keys().contains_key(&longer[..]) && longer.len() <= MAX_KEY_LEN {
                assert_eq!(table().get(&pack(&longer)), Lex::None);
            }
            let shorter = &k[..k.len() - 1];
            if !shorter.is_empty() && !keys().contains_key(shorter) {
                assert_eq!(table().get(&pack(shorter)), Lex::None);
            }
        }
        assert_eq!(
            ascii_lowercase(u64::from_le_bytes(*b"@AZ[`az{")),
            u64::from_le_bytes(*b"@az[`az{")
        );
    }
}

//! Tokens: words, numbers and punctuation, with their lexicon reading.

use crate::document::Span;
use crate::lexicon::{self, Lex};

/// What sort of token it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with internal apostrophes, and dotted abbreviations such as "U.S." or "a.m.").
    Word,
    /// Digits, with an optional decimal part, digit groups and a letter suffix.
    Number(Num),
    /// Anything else: one character.
    Punct(char),
}

/// A number token's value and shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Num {
    /// Its integer value (saturating for absurdly long digit strings).
    pub value: u64,
    /// How many digits its integer part has (saturating at 255).
    pub digits: u8,
    /// It had a decimal part ("2.7") or digit groups ("1,500"): not a date or time component.
    pub plain_quantity: bool,
    /// It was written with a leading apostrophe ("'80s").
    pub apostrophe: bool,
    /// What followed the digits.
    pub suffix: NumSuffix,
}

/// The letters glued to a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumSuffix {
    /// None.
    None,
    /// "st", "nd", "rd", "th".
    Ordinal,
    /// "s" or "'s", as in "1990s".
    Plural,
    /// "am", "a".
    Am,
    /// "pm", "p".
    Pm,
    /// A unit letter such as "h" (hours) or "m"; also any other letters.
    Other,
}

/// One token.
///
/// ```
/// use eventline::{lexicon::Lex, segment::Segments};
/// let text = "On Aug. 1, at 10pm";
/// let seg = Segments::new(text);
/// let t = &seg.tokens()[1];
/// assert_eq!((t.span.of(text), t.lex, t.capitalized), ("Aug", Lex::Month(8), true));
/// assert!(seg.tokens()[3].num().is_some_and(|n| n.value == 1));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Its bytes in the text.
    pub span: Span,
    /// Its sort.
    pub kind: TokenKind,
    /// Its lexicon reading (words only; [`Lex::None`] otherwise).
    pub lex: Lex,
    /// Whether white space stands before it (distinguishes "mid-April" from "mid - April").
    pub space_before: bool,
    /// Whether it starts with an upper-case letter.
    pub capitalized: bool,
    /// Whether a line break stands before it.
    pub newline_before: bool,
}

impl Token {
    /// The number, for number tokens.
    pub fn num(&self) -> Option<Num> {
        match self.kind {
            TokenKind::Number(n) => Some(n),
            _ => None,
        }
    }

    /// Whether it is this punctuation character.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct(c)
    }

    /// Whether it is a word.
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Split `text` into tokens.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    let mut space_before = true;
    let mut newline_before = true;
    while i < bytes.len() {
        let b = bytes[i];
        // White space, ASCII fast path first.
        if b.is_ascii_whitespace() {
            if b == b'\n' {
                newline_before = true;
            }
            space_before = true;
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        let capitalized;
        if b.is_ascii_alphabetic() {
            // The common case first, without decoding a char.
            i = scan_word(text, i);
            kind = TokenKind::Word;
            capitalized = b.is_ascii_uppercase();
        } else if b.is_ascii_digit() {
            let (end, num) = scan_number(bytes, i, b as char);
            i = end;
            kind = TokenKind::Number(num);
            capitalized = false;
        } else {
            let c = if b < 0x80 {
                b as char
            } else {
                match text[i..].chars().next() {
                    Some(c) => c,
                    None => break,
                }
            };
            if c.is_whitespace() {
                space_before = true;
                i += c.len_utf8();
                continue;
            }
            capitalized = c.is_uppercase();
            if is_apostrophe(c) && short_year_at(bytes, i + c.len_utf8()) {
                let (end, num) = scan_number(bytes, i, c);
                i = end;
                kind = TokenKind::Number(num);
            } else if c.is_alphabetic() {
                i = scan_word(text, i);
                kind = TokenKind::Word;
            } else {
                i += c.len_utf8();
                kind = TokenKind::Punct(c);
            }
        }
        let span = Span::new(start, i);
        let lex = if kind == TokenKind::Word && span.len() <= lexicon::MAX_KEY_LEN {
            lexicon::lookup(&text[start..i])
        } else {
            Lex::None
        };
        tokens.push(Token {
            span,
            kind,
            lex,
            space_before,
            capitalized,
            newline_before,
        });
        space_before = false;
        newline_before = false;
    }
    tokens
}

/// `'80s` or `'98`: an apostrophe then exactly two digits not followed by another digit.
fn short_year_at(bytes: &[u8], i: usize) -> bool {
    bytes.len() >= i + 2
        && bytes[i].is_ascii_digit()
        && bytes[i + 1].is_ascii_digit()
        && bytes.get(i + 2).is_none_or(|b| !b.is_ascii_digit())
}

fn scan_digits(bytes: &[u8], mut i: usize, value: &mut u64, digits: &mut u32) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        *value = value
            .saturating_mul(10)
            .saturating_add(u64::from(bytes[i] - b'0'));
        *digits += 1;
        i += 1;
    }
    i
}

fn scan_number(bytes: &[u8], start: usize, first: char) -> (usize, Num) {
    let mut i = start;
    let apostrophe = is_apostrophe(first);
    if apostrophe {
        i += first.len_utf8();
    }
    let mut value = 0u64;
    let mut digits = 0u32;
    i = scan_digits(bytes, i, &mut value, &mut digits);
    let mut plain_quantity = false;
    // Digit groups: 1,500 or 12,000,000 (exactly three digits after each comma).
    while !apostrophe
        && i + 3 < bytes.len() + 1
        && bytes.get(i) == Some(&b',')
        && bytes
            .get(i + 1..i + 4)
            .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
        && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit())
        && digits <= 3
    {
        let mut d = 0;
        i = scan_digits(bytes, i + 1, &mut value, &mut d);
        plain_quantity = true;
    }
    // Decimals: 2.7 — but not dotted dates such as 10.31.1974.
    let inside_dotted_run =
        start >= 2 && bytes[start - 1] == b'.' && bytes[start - 2].is_ascii_digit();
    if !apostrophe
        && !inside_dotted_run
        && bytes.get(i) == Some(&b'.')
        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
    {
        let mut j = i + 1;
        while j < bytes.len() && bytes[j].is_ascii_digit() {
            j += 1;
        }
        let dotted_date =
            bytes.get(j) == Some(&b'.') && bytes.get(j + 1).is_some_and(u8::is_ascii_digit);
        if !dotted_date {
            i = j;
            plain_quantity = true;
        }
    }
    // Letter suffix: 31st, 1990s, 1990's, 10am, 4p — but a month name glued to a day
    // ("14april") is a word of its own.
    let suffix_start = i;
    let letters_end = i + bytes[i..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    if letters_end > i + 2
        && matches!(
            lexicon::lookup(std::str::from_utf8(&bytes[i..letters_end]).unwrap_or("")),
            Lex::Month(_)
        )
    {
        return (
            i,
            num(value, digits, plain_quantity, apostrophe, NumSuffix::None),
        );
    }
    let mut suffix = NumSuffix::None;
    if bytes.get(i) == Some(&b'\'')
        && bytes.get(i + 1) == Some(&b's')
        && bytes.get(i + 2).is_none_or(|b| !b.is_ascii_alphanumeric())
    {
        return (
            i + 2,
            num(value, digits, plain_quantity, apostrophe, NumSuffix::Plural),
        );
    }
    while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
        i += 1;
    }
    if i > suffix_start {
        let s = &bytes[suffix_start..i];
        suffix = if s.eq_ignore_ascii_case(b"st")
            || s.eq_ignore_ascii_case(b"nd")
            || s.eq_ignore_ascii_case(b"rd")
            || s.eq_ignore_ascii_case(b"th")
        {
            NumSuffix::Ordinal
        } else if s == b"s" {
            NumSuffix::Plural
        } else if s.eq_ignore_ascii_case(b"am") || s.eq_ignore_ascii_case(b"a") {
            NumSuffix::Am
        } else if s.eq_ignore_ascii_case(b"pm") || s.eq_ignore_ascii_case(b"p") {
            NumSuffix::Pm
        } else {
            NumSuffix::Other
        };
        // "4a.m." / "10p.m.": take the dotted suffix whole; a lone "4a" is no time ("4a" is a
        // form, a flat, a grade).
        if matches!(suffix, NumSuffix::Am | NumSuffix::Pm) && i - suffix_start == 1 {
            if bytes.get(i) == Some(&b'.')
                && bytes
                    .get(i + 1)
                    .is_some_and(|b| b.eq_ignore_ascii_case(&b'm'))
            {
                i += 2;
                if bytes.get(i) == Some(&b'.') {
                    i += 1;
                }
            } else if suffix == NumSuffix::Am {
                suffix = NumSuffix::Other;
            }
        }
    }
    (i, num(value, digits, plain_quantity, apostrophe, suffix))
}

fn num(value: u64, digits: u32, plain_quantity: bool, apostrophe: bool, suffix: NumSuffix) -> Num {
    Num {
        value,
        digits: digits.min(255) as u8,
        plain_quantity,
        apostrophe,
        suffix,
    }
}

/// A word: letters and digits, internal apostrophes ("o'clock", "don't"), and dotted
/// single-letter abbreviations taken whole ("U.S.", "a.m.", "p.m.").
fn scan_word(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut letters = 0;
    let mut first_digit = None;
    loop {
        match bytes.get(i) {
            // ASCII fast path.
            Some(b) if b.is_ascii_alphanumeric() => {
                if first_digit.is_none() && b.is_ascii_digit() {
                    first_digit = Some(i - start);
                }
                i += 1;
                letters += 1;
            }
            Some(b) if *b >= 0x80 => match text[i..].chars().next() {
                Some(c) if c.is_alphanumeric() => {
                    i += c.len_utf8();
                    letters += 1;
                }
                _ => break,
            },
            _ => break,
        }
    }
    // A month name glued to a day ("Feb13") ends before the digits.
    if let Some(d) = first_digit {
        let head = &text[start..start + d];
        if d >= 3
            && bytes[start + d..i].iter().all(u8::is_ascii_digit)
            && matches!(lexicon::lookup(head), Lex::Month(_))
        {
            return start + d;
        }
    }
    // Dotted abbreviation: X.Y. — a single letter, a dot, a letter, a dot...
    if letters == 1
        && bytes.get(i) == Some(&b'.')
        && bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic)
        && bytes.get(i + 2) == Some(&b'.')
    {
        let mut j = i;
        while bytes.get(j) == Some(&b'.')
            && bytes.get(j + 1).is_some_and(u8::is_ascii_alphabetic)
            && bytes.get(j + 2).is_none_or(|b| !b.is_ascii_alphabetic())
        {
            j += 2;
        }
        if bytes.get(j) == Some(&b'.') {
            j += 1;
        }
        return j;
    }
    // "a.m" and "p.m" without their last dot ("until 9:33 a.m on Monday").
    if letters == 1
        && matches!(bytes[start].to_ascii_lowercase(), b'a' | b'p')
        && bytes.get(i) == Some(&b'.')
        && bytes
            .get(i + 1)
            .is_some_and(|b| b.eq_ignore_ascii_case(&b'm'))
        && bytes.get(i + 2).is_none_or(|b| !b.is_ascii_alphanumeric())
    {
        return i + 2;
    }
    // Internal apostrophes: o'clock, don't, Haniyeh's stays "Haniyeh" + "'s".
    loop {
        // Most words end at neither apostrophe (' or the first byte of ’): no char to decode.
        if !matches!(bytes.get(i), Some(b'\'' | 0xE2)) {
            return i;
        }
        let rest = &text[i..];
        let mut chars = rest.chars();
        match (chars.next(), chars.next()) {
            (Some(a), Some(b)) if is_apostrophe(a) && b.is_alphabetic() => {
                let tail: usize = rest[a.len_utf8()..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric())
                    .map(char::len_utf8)
                    .sum();
                let word = &rest[a.len_utf8()..a.len_utf8() + tail];
                // A possessive 's is its own token.
                if word.eq_ignore_ascii_case("s") {
                    return i;
                }
                i += a.len_utf8() + tail;
            }
            _ => return i,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.span.of(text)).collect()
    }

    #[test]
    fn news_shapes() {
        assert_eq!(
            words("the U.S. at 10 a.m. EDT"),
            ["the", "U.S.", "at", "10", "a.m.", "EDT"]
        );
        assert_eq!(
            words("mid-April 2.7% 1,500"),
            ["mid", "-", "April", "2.7", "%", "1,500"]
        );
        assert_eq!(
            words("the '80s and 1990's"),
            ["the", "'80s", "and", "1990's"]
        );
        assert_eq!(words("10.31.1974"), ["10", ".", "31", ".", "1974"]);
        assert_eq!(
            words("Haniyeh’s body, o'clock"),
            ["Haniyeh", "’", "s", "body", ",", "o'clock"]
        );
        assert_eq!(words("4a.m. 31st"), ["4a.m.", "31st"]);
        assert_eq!(
            words("9:33 a.m on Monday"),
            ["9", ":", "33", "a.m", "on", "Monday"]
        );
        assert_eq!(words("A.M. Best"), ["A.M.", "Best"]);
        assert_eq!(
            words("Wed, Feb13 and 14april 2015"),
            ["Wed", ",", "Feb", "13", "and", "14", "april", "2015"]
        );
    }

    #[test]
    fn numbers() {
        let t = tokenize("1,500 31st 1990s 4pm '98 99999999999999999999999");
        let nums: Vec<Num> = t.iter().filter_map(Token::num).collect();
        assert_eq!(nums[0].value, 1500);
        assert!(nums[0].plain_quantity);
        assert_eq!(nums[1].suffix, NumSuffix::Ordinal);
        assert_eq!(nums[2].suffix, NumSuffix::Plural);
        assert_eq!(nums[3].suffix, NumSuffix::Pm);
        assert!(nums[4].apostrophe && nums[4].value == 98);
        assert_eq!(nums[5].value, u64::MAX);
    }
}

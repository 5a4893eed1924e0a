//! Segmentation: tokens and sentences with byte offsets into the untouched text.
//!
//! One pass over the bytes makes the tokens (each with its [`Lex`](crate::lexicon::Lex) reading, so later stages never
//! look a word up twice); a second pass over the tokens finds sentence boundaries, knowing news
//! abbreviations ("Aug.", "U.S.", "Dr.", "a.m."), initials, decimals and headlines that end
//! without punctuation. [`pos`] tags the tokens with their part of speech.
//!
//! ```
//! use eventline::segment::Segments;
//!
//! let text = "Austin spoke on Aug. 1 at 10 a.m. in Manila. Israel remains committed.";
//! let seg = Segments::new(text);
//! assert_eq!(seg.sentences().len(), 2);
//! assert_eq!(seg.sentence_text(text, 0), "Austin spoke on Aug. 1 at 10 a.m. in Manila.");
//! ```

pub mod pos;
pub mod quote;
mod sentence;
mod token;

pub use sentence::MAX_SENTENCE_TOKENS;
pub use token::{Num, NumSuffix, Token, TokenKind};

use crate::document::Span;
use std::ops::Range;

/// A sentence: its span and the range of its tokens in [`Segments::tokens`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Bytes from its first token to its last.
    pub span: Span,
    /// Indices of its tokens.
    pub tokens: Range<usize>,
}

/// The tokens and sentences of one text.
#[derive(Debug, Clone, Default)]
pub struct Segments {
    tokens: Vec<Token>,
    sentences: Vec<Sentence>,
}

/// Whether token `k` is the "s" of a possessive "'s", which tokenization keeps apart from its
/// apostrophe ("Israel’s destruction": "Israel", "’", "s", "destruction").
///
/// ```
/// use eventline::segment::{possessive_s, Segments};
/// let text = "Israel’s destruction, it's said";
/// let toks = Segments::new(text).tokens().to_vec();
/// assert!(possessive_s(text, &toks, 2));
/// assert!(!possessive_s(text, &toks, 3));
/// ```
pub fn possessive_s(text: &str, toks: &[Token], k: usize) -> bool {
    k >= 1
        && toks
            .get(k)
            .is_some_and(|t| t.span.of(text).eq_ignore_ascii_case("s"))
        && toks
            .get(k - 1)
            .is_some_and(|t| t.is_punct('\'') || t.is_punct('\u{2019}'))
}

impl Segments {
    /// Segment `text`. Linear in its length; never fails.
    ///
    /// ```
    /// let seg = eventline::segment::Segments::new("");
    /// assert!(seg.tokens().is_empty() && seg.sentences().is_empty());
    /// ```
    pub fn new(text: &str) -> Self {
        let tokens = token::tokenize(text);
        let sentences = sentence::split(text, &tokens);
        Segments { tokens, sentences }
    }

    /// All tokens, in text order.
    ///
    /// ```
    /// let text = "It rose 2.7% on 7/30/2024.";
    /// let seg = eventline::segment::Segments::new(text);
    /// let words: Vec<&str> = seg.tokens().iter().map(|t| t.span.of(text)).collect();
    /// assert_eq!(words, ["It", "rose", "2.7", "%", "on", "7", "/", "30", "/", "2024", "."]);
    /// ```
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// All sentences, in text order.
    ///
    /// ```
    /// let seg = eventline::segment::Segments::new("One. Two.");
    /// assert_eq!(seg.sentences().len(), 2);
    /// ```
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// The text of sentence `i` (empty when out of range).
    ///
    /// ```
    /// let text = "Dr. Smith left. He returned.";
    /// let seg = eventline::segment::Segments::new(text);
    /// assert_eq!(seg.sentence_text(text, 1), "He returned.");
    /// ```
    pub fn sentence_text<'t>(&self, text: &'t str, i: usize) -> &'t str {
        self.sentences.get(i).map(|s| s.span.of(text)).unwrap_or("")
    }

    /// The index of the sentence holding token `t`.
    ///
    /// ```
    /// let seg = eventline::segment::Segments::new("One. Two.");
    /// assert_eq!(seg.sentence_of_token(2), Some(1));
    /// ```
    pub fn sentence_of_token(&self, t: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.tokens.end <= t);
        (i < self.sentences.len() && self.sentences[i].tokens.contains(&t)).then_some(i)
    }
}

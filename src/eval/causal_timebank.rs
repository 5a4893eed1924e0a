//! Causal-TimeBank: TimeBank as 18-column CoNLL (token, lemma, event, Penn Treebank tag…) with
//! causal links. Read here to train the part-of-speech tagger (its tags aligned to this crate's
//! tokens of the same TimeML text) and to score causal relations.
//!
//! ```
//! use eventline::eval::causal_timebank::{parse_col, align};
//! let col = "DCT_1998-01-08\tO\tO\tO\tO\tO\tO\ttmx0\tDATE\t1998-01-08\tO\tO\tNP0\tB-NP\tdct\tLS\tO\tO\n\n\
//!            Prices\tt1\t1\tprice\tO\tO\tO\tO\tO\tO\tO\tO\tNN2\tB-NP\tprice\tNNS\tO\tO\n\
//!            fell\tt2\t1\tfall\te1\tOCCURRENCE\tPAST+NONE+POS\tO\tO\tO\tO\tO\tVVD\tB-VP\tfall\tVBD\tO\tO\n";
//! let toks = parse_col(col, "x.col")?;
//! assert_eq!(toks.len(), 2);
//! assert_eq!((toks[1].pos.as_str(), toks[1].eid.as_deref()), ("VBD", Some("e1")));
//! let spans = align("Prices  fell.", &toks);
//! assert_eq!(spans[1].map(|s| (s.start, s.end)), Some((8, 12)));
//! # Ok::<(), eventline::Error>(())
//! ```

use crate::document::Span;
use crate::error::{Error, Result};
use crate::segment::pos::TrainingText;
use crate::segment::Segments;

/// One token of a Causal-TimeBank `.col` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColToken {
    /// The token as written.
    pub text: String,
    /// Its sentence number.
    pub sentence: u32,
    /// Its lemma.
    pub lemma: String,
    /// Its event id, when it is an event.
    pub eid: Option<String>,
    /// Its Penn Treebank tag.
    pub pos: String,
}

/// Parse a `.col` file's text (`name` is for error messages). The creation-time line is skipped.
pub fn parse_col(text: &str, name: &str) -> Result<Vec<ColToken>> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.is_empty() || line.starts_with("DCT_") {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() < 16 {
            return Err(Error::Eval {
                context: format!("{name} line {}", n + 1),
                reason: format!("{} columns, expected 18", c.len()),
            });
        }
        out.push(ColToken {
            text: c[0].to_string(),
            sentence: c[2].parse().unwrap_or(0),
            lemma: c[3].to_string(),
            eid: (c[4] != "O").then(|| c[4].to_string()),
            pos: c[15].to_string(),
        });
    }
    Ok(out)
}

/// Where each token lies in `text` (the same document's TimeML text), found in order; `None`
/// for a token that cannot be found within a short distance of the previous one.
pub fn align(text: &str, toks: &[ColToken]) -> Vec<Option<Span>> {
    let mut at = 0;
    let mut out = Vec::with_capacity(toks.len());
    for t in toks {
        let forms: &[&str] = match t.text.as_str() {
            "``" | "''" => &["\"", "``", "''", "\u{201c}", "\u{201d}"],
            "-LRB-" => &["("],
            "-RRB-" => &[")"],
            s => &[s][..],
        };
        let window_end = (at + 200).min(text.len());
        let window_end = (window_end..=text.len())
            .find(|&e| text.is_char_boundary(e))
            .unwrap_or(text.len());
        let found = forms
            .iter()
            .filter_map(|f| text[at..window_end].find(f).map(|p| (p, f.len())))
            .min();
        match found {
            Some((p, len)) => {
                out.push(Some(Span::new(at + p, at + p + len)));
                at += p + len;
            }
            None => out.push(None),
        }
    }
    out
}

/// A training text for the tagger: each of this crate's tokens of `text` gets the tag of the
/// gold token that starts where it starts (a token this crate joins, such as "it's", gets the
/// first part's tag), or none.
pub fn pos_training_text(text: &str, toks: &[ColToken]) -> TrainingText {
    let spans = align(text, toks);
    let mut by_start = rustc_hash::FxHashMap::default();
    for (t, s) in toks.iter().zip(&spans) {
        if let Some(s) = s {
            by_start.insert(s.start, t.pos.clone());
        }
    }
    let seg = Segments::new(text);
    let tags = seg
        .tokens()
        .iter()
        .map(|t| by_start.get(&t.span.start).cloned())
        .collect();
    TrainingText {
        text: text.to_string(),
        tags,
    }
}

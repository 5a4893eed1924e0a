//! The TempEval-3 TIMEX3 scorer.
//!
//! A system expression matches a gold one *relaxed* when their spans overlap and *strict* when
//! they are identical (one-to-one, strict matches first). Type and value accuracy are taken over
//! relaxed matches, and an attribute's F1 is its accuracy times the relaxed F1 — the figure
//! TempEval-3 ranks systems by for `value`.
//!
//! ```
//! use eventline::eval::timex::{score_document, SystemTimex};
//! use eventline::timeml::TimeMlDocument;
//! use eventline::Span;
//!
//! let gold = TimeMlDocument::parse(r#"<TimeML><TEXT>It fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT></TimeML>"#)?;
//! let system = [SystemTimex { span: Span::new(8, 17), kind: "DATE".into(), value: "1998-01-07".into() }];
//! let (counts, errors) = score_document(&gold, &system);
//! assert_eq!((counts.strict, counts.value_correct), (1, 1));
//! assert!(errors.is_empty());
//! # Ok::<(), eventline::Error>(())
//! ```

use std::fmt;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::{prf, ratio, read_utf8, timeml_files};
use crate::document::Span;
use crate::error::{Error, Result};
use crate::time::{tag, TimeConfig};
use crate::timeml::TimeMlDocument;

/// A system expression to score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SystemTimex {
    /// Its span in the document text.
    pub span: Span,
    /// TIMEX3 type.
    pub kind: String,
    /// TIMEX3 value.
    pub value: String,
}

/// Counts over one or more documents.
///
/// ```
/// use eventline::eval::timex::TimexCounts;
/// let mut total = TimexCounts::default();
/// total.add(&TimexCounts { documents: 1, gold: 4, system: 5, strict: 3, relaxed: 4, type_correct: 4, value_correct: 3 });
/// let (p, r, f) = total.relaxed_prf();
/// assert_eq!((p, r), (0.8, 1.0));
/// assert!((total.type_f1() - f).abs() < 1e-12);
/// assert_eq!(total.value_accuracy(), 0.75);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimexCounts {
    /// Documents scored.
    pub documents: usize,
    /// Gold expressions.
    pub gold: usize,
    /// System expressions.
    pub system: usize,
    /// Identical spans.
    pub strict: usize,
    /// Overlapping spans (one-to-one).
    pub relaxed: usize,
    /// Relaxed matches with the right type.
    pub type_correct: usize,
    /// Relaxed matches with the right value.
    pub value_correct: usize,
}

impl TimexCounts {
    /// Add another document's counts.
    pub fn add(&mut self, o: &TimexCounts) {
        self.documents += o.documents;
        self.gold += o.gold;
        self.system += o.system;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.type_correct += o.type_correct;
        self.value_correct += o.value_correct;
    }

    /// Strict precision, recall, F1.
    pub fn strict_prf(&self) -> (f64, f64, f64) {
        prf(self.strict, self.system, self.gold)
    }

    /// Relaxed precision, recall, F1.
    pub fn relaxed_prf(&self) -> (f64, f64, f64) {
        prf(self.relaxed, self.system, self.gold)
    }

    /// Type accuracy over relaxed matches.
    pub fn type_accuracy(&self) -> f64 {
        ratio(self.type_correct, self.relaxed)
    }

    /// Value accuracy over relaxed matches.
    pub fn value_accuracy(&self) -> f64 {
        ratio(self.value_correct, self.relaxed)
    }

    /// Type F1: type accuracy × relaxed F1.
    pub fn type_f1(&self) -> f64 {
        self.type_accuracy() * self.relaxed_prf().2
    }

    /// Value F1: value accuracy × relaxed F1.
    ///
    /// ```
    /// let c = eventline::eval::timex::TimexCounts { documents: 1, gold: 10, system: 10, strict: 9, relaxed: 10, type_correct: 10, value_correct: 8 };
    /// assert!((c.value_f1() - 0.8).abs() < 1e-9);
    /// ```
    pub fn value_f1(&self) -> f64 {
        self.value_accuracy() * self.relaxed_prf().2
    }
}

impl fmt::Display for TimexCounts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (sp, sr, sf) = self.strict_prf();
        let (rp, rr, rf) = self.relaxed_prf();
        writeln!(
            f,
            "documents {}  gold {}  system {}",
            self.documents, self.gold, self.system
        )?;
        writeln!(
            f,
            "strict   P {:5.1}  R {:5.1}  F1 {:5.1}",
            sp * 100.0,
            sr * 100.0,
            sf * 100.0
        )?;
        writeln!(
            f,
            "relaxed  P {:5.1}  R {:5.1}  F1 {:5.1}",
            rp * 100.0,
            rr * 100.0,
            rf * 100.0
        )?;
        writeln!(
            f,
            "type     accuracy {:5.1}  F1 {:5.1}",
            self.type_accuracy() * 100.0,
            self.type_f1() * 100.0
        )?;
        write!(
            f,
            "value    accuracy {:5.1}  F1 {:5.1}",
            self.value_accuracy() * 100.0,
            self.value_f1() * 100.0
        )
    }
}

/// What went wrong with one expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimexErrorKind {
    /// A gold expression with no system match.
    Missed,
    /// A system expression with no gold match.
    Spurious,
    /// Matched, with another value (or type).
    Wrong,
}

/// One scoring error, for `--errors`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimexError {
    /// The document.
    pub docid: String,
    /// What kind of error.
    pub kind: TimexErrorKind,
    /// The gold text and `type:value`, if any.
    pub gold: Option<(String, String)>,
    /// The system text and `type:value`, if any.
    pub system: Option<(String, String)>,
}

impl fmt::Display for TimexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let side = |s: &Option<(String, String)>| {
            s.as_ref()
                .map(|(t, v)| format!("[{t}] {v}"))
                .unwrap_or_else(|| "-".into())
        };
        let kind = match self.kind {
            TimexErrorKind::Missed => "MISSED",
            TimexErrorKind::Spurious => "SPURIOUS",
            TimexErrorKind::Wrong => "WRONG",
        };
        write!(
            f,
            "{kind:8} {}  gold {}  system {}",
            self.docid,
            side(&self.gold),
            side(&self.system)
        )
    }
}

/// Score one document's system expressions against its gold TIMEX3s.
pub fn score_document(
    gold: &TimeMlDocument,
    system: &[SystemTimex],
) -> (TimexCounts, Vec<TimexError>) {
    let text = &gold.text;
    let docid = gold.docid.clone().unwrap_or_default();
    let mut counts = TimexCounts {
        documents: 1,
        gold: gold.timexes.len(),
        system: system.len(),
        ..Default::default()
    };
    let mut used = vec![false; system.len()];
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    // Strict matches first, then the largest overlap.
    for (gi, g) in gold.timexes.iter().enumerate() {
        if let Some(si) = system
            .iter()
            .enumerate()
            .position(|(si, s)| !used[si] && s.span == g.span)
        {
            used[si] = true;
            pairs.push((gi, si));
            counts.strict += 1;
        }
    }
    for (gi, g) in gold.timexes.iter().enumerate() {
        if pairs.iter().any(|(pg, _)| *pg == gi) {
            continue;
        }
        let best = system
            .iter()
            .enumerate()
            .filter(|(si, s)| !used[*si] && s.span.overlaps(g.span))
            .max_by_key(|(_, s)| s.span.end.min(g.span.end) - s.span.start.max(g.span.start))
            .map(|(si, _)| si);
        if let Some(si) = best {
            used[si] = true;
            pairs.push((gi, si));
        }
    }
    counts.relaxed = pairs.len();
    let mut errors = Vec::new();
    let show = |span: Span, kind: &str, value: &str| {
        (span.of(text).to_string(), format!("{kind}:{value}"))
    };
    for &(gi, si) in &pairs {
        let (g, s) = (&gold.timexes[gi], &system[si]);
        let type_ok = g.kind == s.kind;
        let value_ok = g.value == s.value;
        counts.type_correct += usize::from(type_ok);
        counts.value_correct += usize::from(value_ok);
        if !type_ok || !value_ok {
            errors.push(TimexError {
                docid: docid.clone(),
                kind: TimexErrorKind::Wrong,
                gold: Some(show(g.span, &g.kind, &g.value)),
                system: Some(show(s.span, &s.kind, &s.value)),
            });
        }
    }
    for (gi, g) in gold.timexes.iter().enumerate() {
        if !pairs.iter().any(|(pg, _)| *pg == gi) {
            errors.push(TimexError {
                docid: docid.clone(),
                kind: TimexErrorKind::Missed,
                gold: Some(show(g.span, &g.kind, &g.value)),
                system: None,
            });
        }
    }
    for (si, s) in system.iter().enumerate() {
        if !used[si] {
            errors.push(TimexError {
                docid: docid.clone(),
                kind: TimexErrorKind::Spurious,
                gold: None,
                system: Some(show(s.span, &s.kind, &s.value)),
            });
        }
    }
    (counts, errors)
}

/// The system expressions of a TimeML document (its TIMEX3 tags).
pub fn system_of(doc: &TimeMlDocument) -> Vec<SystemTimex> {
    doc.timexes
        .iter()
        .map(|t| SystemTimex {
            span: t.span,
            kind: t.kind.clone(),
            value: t.value.clone(),
        })
        .collect()
}

/// Score every TimeML file (`.tml`, `.xml`) under `gold_dir` against the file of the same relative path under
/// `system_dir`. The two texts must be identical.
///
/// ```no_run
/// let (counts, _) = eventline::eval::timex::score_dirs("gold".as_ref(), "system".as_ref())?;
/// println!("value F1 {:.1}", counts.value_f1() * 100.0);
/// # Ok::<(), eventline::Error>(())
/// ```
pub fn score_dirs(gold_dir: &Path, system_dir: &Path) -> Result<(TimexCounts, Vec<TimexError>)> {
    let mut total = TimexCounts::default();
    let mut errors = Vec::new();
    for rel in timeml_files(gold_dir)? {
        let gold = TimeMlDocument::parse(&read_utf8(&gold_dir.join(&rel))?)?;
        let sys_path = system_dir.join(&rel);
        let sys_path = if sys_path.exists() {
            sys_path
        } else {
            system_dir.join(rel.file_name().unwrap_or_default())
        };
        let system = TimeMlDocument::parse(&read_utf8(&sys_path)?)?;
        if system.text != gold.text {
            return Err(Error::Eval {
                context: sys_path.display().to_string(),
                reason: "its text differs from the gold document's".into(),
            });
        }
        let (c, e) = score_document(&gold, &system_of(&system));
        total.add(&c);
        errors.extend(e);
    }
    Ok((total, errors))
}

/// Tag every TimeML file (`.tml`, `.xml`) under `gold_dir` in memory (text and DCT only) and
/// score the result.
///
/// ```no_run
/// use eventline::{eval::timex::score_tagger, time::TimeConfig};
/// let (counts, errors) = score_tagger("tbaq/TimeBank".as_ref(), &TimeConfig::default())?;
/// println!("{counts}\n{} errors", errors.len());
/// # Ok::<(), eventline::Error>(())
/// ```
pub fn score_tagger(
    gold_dir: &Path,
    config: &TimeConfig,
) -> Result<(TimexCounts, Vec<TimexError>)> {
    let mut total = TimexCounts::default();
    let mut errors = Vec::new();
    for rel in timeml_files(gold_dir)? {
        let gold = TimeMlDocument::parse(&read_utf8(&gold_dir.join(&rel))?)?;
        let doc = gold.to_document();
        let times = tag(&doc, config);
        let system: Vec<SystemTimex> = times
            .timexes
            .iter()
            .map(|t| SystemTimex {
                span: t.span,
                kind: t.kind.as_str().to_string(),
                value: t.value.timex3(),
            })
            .collect();
        let (c, e) = score_document(&gold, &system);
        total.add(&c);
        errors.extend(e);
    }
    Ok((total, errors))
}

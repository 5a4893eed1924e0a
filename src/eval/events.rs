//! TempEval-3 EVENT scores: strict and relaxed P/R/F1 of the trigger spans, class accuracy
//! and F1 over relaxed matches, and the accuracy of tense, aspect and polarity against the gold
//! MAKEINSTANCEs.
//!
//! Scores are honest only when the model never saw the scored documents: [`cross_score`] trains
//! a model on one directory and scores another, in memory.
//!
//! ```
//! use eventline::eval::events::{score_document, EventCounts};
//! use eventline::timeml::TimeMlDocument;
//! use eventline::{event, time};
//! let gold = TimeMlDocument::parse(r#"<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">1998-01-08</TIMEX3></DCT>
//! <TEXT>Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> after the company <EVENT eid="e2" class="REPORTING">said</EVENT> profits would <EVENT eid="e3" class="OCCURRENCE">drop</EVENT>.</TEXT>
//! <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/></TimeML>"#)?;
//! let doc = gold.to_document();
//! let times = time::tag(&doc, &Default::default());
//! let events = event::extract(&doc, &times);
//! let c = score_document(&gold, &events.events);
//! assert_eq!(c.gold, 3);
//! assert!(c.relaxed_prf().2 > 0.8);
//! # Ok::<(), eventline::Error>(())
//! ```

use super::timeml_files;
use super::{ratio, read_utf8};
use crate::error::Result;
use crate::event::detect::{train, TrainingDoc};
use crate::event::{extract_with, Event, EventClass};
use crate::learn::Model;
use crate::time::{tag, TimeConfig};
use crate::timeml::TimeMlDocument;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::Path;

/// Counts over one or more documents.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventCounts {
    /// Documents scored.
    pub documents: usize,
    /// Gold events.
    pub gold: usize,
    /// System events.
    pub system: usize,
    /// Same span.
    pub strict: usize,
    /// Overlapping span.
    pub relaxed: usize,
    /// Relaxed matches with the gold class.
    pub class_correct: usize,
    /// Relaxed matches whose gold event has a MAKEINSTANCE.
    pub with_instance: usize,
    /// … and the gold tense.
    pub tense_correct: usize,
    /// … and the gold aspect.
    pub aspect_correct: usize,
    /// … and the gold polarity.
    pub polarity_correct: usize,
}

impl EventCounts {
    /// Add another count.
    pub fn add(&mut self, o: &EventCounts) {
        self.documents += o.documents;
        self.gold += o.gold;
        self.system += o.system;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.class_correct += o.class_correct;
        self.with_instance += o.with_instance;
        self.tense_correct += o.tense_correct;
        self.aspect_correct += o.aspect_correct;
        self.polarity_correct += o.polarity_correct;
    }

    /// Strict precision, recall, F1.
    pub fn strict_prf(&self) -> (f64, f64, f64) {
        super::prf(self.strict, self.system, self.gold)
    }

    /// Relaxed precision, recall, F1.
    pub fn relaxed_prf(&self) -> (f64, f64, f64) {
        super::prf(self.relaxed, self.system, self.gold)
    }

    /// Class accuracy over relaxed matches.
    pub fn class_accuracy(&self) -> f64 {
        ratio(self.class_correct, self.relaxed)
    }

    /// Class F1: class accuracy × relaxed F1.
    pub fn class_f1(&self) -> f64 {
        self.class_accuracy() * self.relaxed_prf().2
    }
}

impl fmt::Display for EventCounts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (sp, sr, sf) = self.strict_prf();
        let (rp, rr, rf) = self.relaxed_prf();
        let pct = |x: f64| x * 100.0;
        writeln!(
            f,
            "documents {}  gold {}  system {}",
            self.documents, self.gold, self.system
        )?;
        writeln!(
            f,
            "strict   P {:5.1}  R {:5.1}  F1 {:5.1}",
            pct(sp),
            pct(sr),
            pct(sf)
        )?;
        writeln!(
            f,
            "relaxed  P {:5.1}  R {:5.1}  F1 {:5.1}",
            pct(rp),
            pct(rr),
            pct(rf)
        )?;
        writeln!(
            f,
            "class    accuracy {:5.1}  F1 {:5.1}",
            pct(self.class_accuracy()),
            pct(self.class_f1())
        )?;
        write!(
            f,
            "tense {:5.1}  aspect {:5.1}  polarity {:5.1}  (accuracy over {} matches with a MAKEINSTANCE)",
            pct(ratio(self.tense_correct, self.with_instance)),
            pct(ratio(self.aspect_correct, self.with_instance)),
            pct(ratio(self.polarity_correct, self.with_instance)),
            self.with_instance
        )
    }
}

fn tense_name(e: &Event) -> &'static str {
    use crate::event::Tense::*;
    match e.tense {
        Past => "PAST",
        Present => "PRESENT",
        Future => "FUTURE",
        Infinitive => "INFINITIVE",
        Pastpart => "PASTPART",
        Prespart => "PRESPART",
        None => "NONE",
    }
}

fn aspect_name(e: &Event) -> &'static str {
    use crate::event::Aspect::*;
    match e.aspect {
        None => "NONE",
        Progressive => "PROGRESSIVE",
        Perfective => "PERFECTIVE",
        PerfectiveProgressive => "PERFECTIVE_PROGRESSIVE",
    }
}

/// Score one document's system events against its gold EVENT tags.
pub fn score_document(gold: &TimeMlDocument, system: &[Event]) -> EventCounts {
    let mut c = EventCounts {
        documents: 1,
        gold: gold.events.len(),
        system: system.len(),
        ..Default::default()
    };
    let mut used = vec![false; system.len()];
    for g in &gold.events {
        let Some(k) = (0..system.len()).find(|&k| {
            !used[k] && system[k].span.start < g.span.end && g.span.start < system[k].span.end
        }) else {
            continue;
        };
        used[k] = true;
        let s = &system[k];
        c.relaxed += 1;
        c.strict += usize::from(s.span == g.span);
        c.class_correct += usize::from(s.class.as_str() == g.class);
        if let Some(inst) = gold.makeinstances.iter().find(|m| m.event == g.eid) {
            c.with_instance += 1;
            c.tense_correct += usize::from(tense_name(s) == inst.tense);
            c.aspect_correct += usize::from(aspect_name(s) == inst.aspect);
            let pol = match s.polarity {
                crate::event::Polarity::Pos => "POS",
                crate::event::Polarity::Neg => "NEG",
            };
            c.polarity_correct += usize::from(pol == inst.polarity);
        }
    }
    c
}

/// A training document from a gold TimeML document: its text, the spans of the times this
/// crate finds in it, and its gold events.
pub fn training_doc(gold: &TimeMlDocument) -> TrainingDoc {
    let doc = gold.to_document();
    let times = tag(&doc, &TimeConfig::default());
    TrainingDoc {
        text: gold.text.clone(),
        times: times.timexes.iter().map(|t| t.span).collect(),
        events: gold
            .events
            .iter()
            .filter_map(|e| EventClass::from_timeml(&e.class).map(|c| (e.span, c)))
            .collect(),
    }
}

/// Every TimeML document under `dir`, parsed.
pub fn read_dir(dir: &Path) -> Result<Vec<TimeMlDocument>> {
    timeml_files(dir)?
        .iter()
        .map(|rel| TimeMlDocument::parse(&read_utf8(&dir.join(rel))?))
        .collect()
}

/// Score `model` on every TimeML document under `gold_dir`.
pub fn score_model(model: &Model, gold_dir: &Path) -> Result<EventCounts> {
    let mut total = EventCounts::default();
    for gold in read_dir(gold_dir)? {
        let doc = gold.to_document();
        let times = tag(&doc, &TimeConfig::default());
        let events = extract_with(model, &doc, &times);
        total.add(&score_document(&gold, &events.events));
    }
    Ok(total)
}

/// k-fold cross-validation over `docs`: document `i` is in fold `i % folds`; each fold is
/// scored by a model trained on the other folds.
pub fn k_fold(docs: &[TimeMlDocument], folds: usize, iterations: usize) -> EventCounts {
    let folds = folds.max(2);
    let training: Vec<TrainingDoc> = docs.iter().map(training_doc).collect();
    let mut total = EventCounts::default();
    for k in 0..folds {
        let train_docs: Vec<TrainingDoc> = training
            .iter()
            .enumerate()
            .filter(|(i, _)| i % folds != k)
            .map(|(_, d)| d.clone())
            .collect();
        let model = train(&train_docs, iterations);
        for gold in docs.iter().skip(k).step_by(folds) {
            let doc = gold.to_document();
            let times = tag(&doc, &TimeConfig::default());
            let events = extract_with(&model, &doc, &times);
            total.add(&score_document(gold, &events.events));
        }
    }
    total
}

/// Train a detector on the documents under `train_dirs` and score it on those under `gold_dir`.
pub fn cross_score(
    train_dirs: &[&Path],
    gold_dir: &Path,
    iterations: usize,
) -> Result<EventCounts> {
    let mut docs = Vec::new();
    for d in train_dirs {
        docs.extend(read_dir(d)?.iter().map(training_doc));
    }
    let model = train(&docs, iterations);
    score_model(&model, gold_dir)
}

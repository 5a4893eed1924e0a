//! Relation scores: MATRES start-point order of gold event pairs (accuracy and the confusion
//! matrix), and Causal-TimeBank causal links (precision, recall, F1 of cause → effect pairs).
//!
//! Both run the whole pipeline on the TimeML text with its DCT; for MATRES the gold events are
//! given to the event stage (the task is ordering given pairs), for causal links nothing is.

use super::causal_timebank::{align, parse_col};
use super::{read_utf8, timeml_files};
use crate::document::Span;
use crate::error::{Error, Result};
use crate::event;
use crate::learn::{Features, Model, Shuffle, Trainer};
use crate::relation;
use crate::time::{self, TimeConfig};
use crate::timeline::pair::{self, LABELS};
use crate::timeline::Timeline;
use crate::timeml::TimeMlDocument;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// One MATRES line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatresPair {
    /// The TBAQ document id.
    pub docid: String,
    /// `eiid` of the first event (as `ei123`).
    pub first: String,
    /// `eiid` of the second.
    pub second: String,
    /// BEFORE, AFTER, EQUAL or VAGUE.
    pub relation: String,
}

/// Read a MATRES file (`docid verb1 verb2 eiid1 eiid2 relation`, tab-separated).
pub fn read_matres(path: &Path) -> Result<Vec<MatresPair>> {
    let text = read_utf8(path)?;
    let mut out = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() < 6 || !LABELS.contains(&c[5].trim()) {
            return Err(Error::Eval {
                context: format!("{} line {}", path.display(), n + 1),
                reason: "expected docid, verb1, verb2, eiid1, eiid2, relation".into(),
            });
        }
        out.push(MatresPair {
            docid: c[0].to_string(),
            first: format!("ei{}", c[3].trim()),
            second: format!("ei{}", c[4].trim()),
            relation: c[5].trim().to_string(),
        });
    }
    Ok(out)
}

/// A document's timeline built with its gold events given, and its MATRES pairs as event
/// indices with their gold label (`None` where a gold event could not be placed).
pub struct PairDocument {
    /// The timeline.
    pub timeline: Timeline,
    /// (first event, second event, gold label index into [`LABELS`]).
    pub pairs: Vec<(Option<(usize, usize)>, usize)>,
}

/// Read the TBAQ documents named in `pairs` from `tbaq_dir` and build their timelines.
pub fn pair_documents(tbaq_dir: &Path, pairs: &[MatresPair]) -> Result<Vec<PairDocument>> {
    let mut by_doc: BTreeMap<&str, Vec<&MatresPair>> = BTreeMap::new();
    for p in pairs {
        by_doc.entry(p.docid.as_str()).or_default().push(p);
    }
    let mut out = Vec::new();
    for (docid, ps) in by_doc {
        let path = tbaq_dir.join(format!("{docid}.tml"));
        if !path.exists() {
            continue;
        }
        let gold = TimeMlDocument::parse(&read_utf8(&path)?)?;
        let doc = gold.to_document();
        let times = time::tag(&doc, &TimeConfig::default());
        let span_of_eiid = |eiid: &str| -> Option<Span> {
            let inst = gold.makeinstances.iter().find(|m| m.eiid == eiid)?;
            gold.events
                .iter()
                .find(|e| e.eid == inst.event)
                .map(|e| e.span)
        };
        let given: Vec<Span> = ps
            .iter()
            .flat_map(|p| [span_of_eiid(&p.first), span_of_eiid(&p.second)])
            .flatten()
            .collect();
        let events = event::extract_at(event::detect::model(), &doc, &times, &given);
        let index_of = |s: Span| events.overlapping(s);
        let pairs = ps
            .iter()
            .map(|p| {
                let a = span_of_eiid(&p.first).and_then(index_of);
                let b = span_of_eiid(&p.second).and_then(index_of);
                let label = LABELS.iter().position(|l| *l == p.relation).unwrap_or(3);
                (a.zip(b), label)
            })
            .collect();
        let rel = relation::relate(&doc, &times, &events);
        let timeline = Timeline::from_parts(&doc, &times, &events, rel);
        out.push(PairDocument { timeline, pairs });
    }
    Ok(out)
}

/// Train a pair model on prepared documents: `iterations` passes over every pair, each pass in
/// a new order (a fixed-seed shuffle), so that no document's pairs come last in every pass;
/// ten such models, each from its own seed, are averaged ([`Model::mean`]), so that
/// the result hardly depends on the order of the examples.
pub fn train_pairs(docs: &[PairDocument], iterations: usize) -> Model {
    let order: Vec<(&PairDocument, usize, usize, usize)> = docs
        .iter()
        .flat_map(|d| {
            d.pairs
                .iter()
                .filter_map(move |&(ab, gold)| ab.map(|(a, b)| (d, a, b, gold)))
        })
        .collect();
    let models: Vec<Model> = (0..PAIR_ORDERS)
        .map(|k| {
            let mut trainer = Trainer::new(LABELS.iter().map(|s| s.to_string()).collect());
            let mut f = Features::new();
            let mut order = order.clone();
            let mut shuffle = Shuffle::new(PAIR_SEED + k);
            for _ in 0..iterations {
                shuffle.shuffle(&mut order);
                for &(d, a, b, gold) in &order {
                    f.clear();
                    pair::features(&d.timeline, a, b, &mut f);
                    trainer.train(f.hashes(), gold);
                }
            }
            trainer.finish(0.0)
        })
        .collect();
    match Model::mean(&models) {
        Some(m) => m,
        None => Trainer::new(LABELS.iter().map(|s| s.to_string()).collect()).finish(0.0),
    }
}

/// How many training orders the pair model is averaged over (ten: with one, the accuracy on
/// MATRES moved by a point from one seed to the next).
const PAIR_ORDERS: u64 = 10;

const PAIR_SEED: u64 = 1;

/// MATRES counts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatresCounts {
    /// Gold pairs.
    pub pairs: usize,
    /// Pairs whose two events could be placed in the text.
    pub placed: usize,
    /// Pairs predicted right.
    pub correct: usize,
    /// `confusion[gold][predicted]`, in [`LABELS`] order.
    pub confusion: [[usize; 4]; 4],
}

impl MatresCounts {
    /// Accuracy over all gold pairs (an unplaced pair counts as wrong unless its gold label is
    /// BEFORE, which is what is predicted for it).
    pub fn accuracy(&self) -> f64 {
        if self.pairs == 0 {
            0.0
        } else {
            self.correct as f64 / self.pairs as f64
        }
    }

    /// Micro precision, recall and F1 over BEFORE, AFTER and EQUAL (VAGUE is not a relation),
    /// the way MATRES results are usually reported.
    pub fn prf(&self) -> (f64, f64, f64) {
        let hit: usize = (0..3).map(|i| self.confusion[i][i]).sum();
        let predicted: usize = (0..4)
            .map(|g| (0..3).map(|p| self.confusion[g][p]).sum::<usize>())
            .sum();
        let gold: usize = (0..3)
            .map(|g| self.confusion[g].iter().sum::<usize>())
            .sum();
        super::prf(hit, predicted, gold)
    }
}

impl fmt::Display for MatresCounts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (p, r, f1) = self.prf();
        writeln!(
            f,
            "pairs {}  placed {}  accuracy {:.1}  P {:.1}  R {:.1}  F1 {:.1} (BEFORE/AFTER/EQUAL)",
            self.pairs,
            self.placed,
            100.0 * self.accuracy(),
            100.0 * p,
            100.0 * r,
            100.0 * f1
        )?;
        writeln!(f, "gold \\ predicted  BEFORE  AFTER  EQUAL  VAGUE")?;
        for (g, row) in self.confusion.iter().enumerate() {
            writeln!(
                f,
                "{:16} {:7} {:6} {:6} {:6}",
                LABELS[g], row[0], row[1], row[2], row[3]
            )?;
        }
        Ok(())
    }
}

/// Score `model` on prepared documents.
pub fn score_pairs(model: &Model, docs: &[PairDocument]) -> MatresCounts {
    let mut c = MatresCounts::default();
    for d in docs {
        for &(ab, gold) in &d.pairs {
            c.pairs += 1;
            let predicted = match ab {
                Some((a, b)) => {
                    c.placed += 1;
                    pair::predict(model, &d.timeline, a, b)
                }
                None => 0,
            };
            c.confusion[gold][predicted] += 1;
            c.correct += usize::from(gold == predicted);
        }
    }
    c
}

/// Causal-link counts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClinkCounts {
    /// Documents scored.
    pub documents: usize,
    /// Gold cause → effect links.
    pub gold: usize,
    /// System causal relations.
    pub system: usize,
    /// System links matching a gold link, direction included.
    pub correct: usize,
    /// System links matching a gold link in either direction.
    pub correct_undirected: usize,
}

impl ClinkCounts {
    /// Precision, recall and F1, direction included.
    pub fn prf(&self) -> (f64, f64, f64) {
        super::prf(self.correct, self.system, self.gold)
    }

    /// Precision, recall and F1, direction ignored.
    pub fn prf_undirected(&self) -> (f64, f64, f64) {
        super::prf(self.correct_undirected, self.system, self.gold)
    }
}

impl fmt::Display for ClinkCounts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (p, r, f1) = self.prf();
        let (up, ur, uf) = self.prf_undirected();
        writeln!(
            f,
            "documents {}  gold {}  system {}",
            self.documents, self.gold, self.system
        )?;
        writeln!(
            f,
            "directed    P {:.1}  R {:.1}  F1 {:.1}",
            100.0 * p,
            100.0 * r,
            100.0 * f1
        )?;
        write!(
            f,
            "undirected  P {:.1}  R {:.1}  F1 {:.1}",
            100.0 * up,
            100.0 * ur,
            100.0 * uf
        )
    }
}

/// Score the pipeline's causal relations against Causal-TimeBank: `col_dir` holds its `.col`
/// files, `clinks` its CLINK list (`doc.col cause effect CLINK`), `timeml_dir` the TimeML files
/// of the same documents (TBAQ's TimeBank), whose text the pipeline reads with nothing given.
pub fn score_clinks(col_dir: &Path, clinks: &Path, timeml_dir: &Path) -> Result<ClinkCounts> {
    Ok(score_causes(&causal_documents(
        col_dir, clinks, timeml_dir, false,
    )?))
}

/// A Causal-TimeBank document prepared for scoring causal links: its times and events (with the
/// gold events given, or not), and its gold links as event indices.
pub struct CausalDocument {
    /// The document.
    pub doc: crate::Document,
    /// Its times.
    pub times: crate::time::TimeAnnotation,
    /// Its events.
    pub events: crate::event::EventAnnotation,
    /// Gold (cause, effect) links whose events were found.
    pub links: Vec<(usize, usize)>,
    /// All gold links, found or not.
    pub gold: usize,
}

/// Read Causal-TimeBank (see [`score_clinks`] for the arguments) into documents for scoring. With `given_events`, every gold event of the `.col` files is given to the event
/// stage, as relation tasks usually are scored.
pub fn causal_documents(
    col_dir: &Path,
    clinks: &Path,
    timeml_dir: &Path,
    given_events: bool,
) -> Result<Vec<CausalDocument>> {
    let mut gold_links: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for line in read_utf8(clinks)?.lines() {
        let c: Vec<&str> = line.split_whitespace().collect();
        if c.len() >= 3 {
            gold_links
                .entry(c[0].trim_end_matches(".col").to_string())
                .or_default()
                .push((c[1].to_string(), c[2].to_string()));
        }
    }
    let mut out = Vec::new();
    for rel in timeml_files(timeml_dir)? {
        let stem = rel
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        let col_path = col_dir.join(format!("{stem}.col"));
        if !col_path.exists() {
            continue;
        }
        let gold = TimeMlDocument::parse(&read_utf8(&timeml_dir.join(&rel))?)?;
        let toks = parse_col(&read_utf8(&col_path)?, &col_path.display().to_string())?;
        let spans = align(&gold.text, &toks);
        let span_of = |eid: &str| -> Option<Span> {
            toks.iter()
                .zip(&spans)
                .find(|(t, _)| t.eid.as_deref() == Some(eid))
                .and_then(|(_, s)| *s)
        };
        let doc = gold.to_document();
        let times = time::tag(&doc, &TimeConfig::default());
        let given: Vec<Span> = if given_events {
            toks.iter()
                .zip(&spans)
                .filter(|(t, _)| t.eid.is_some())
                .filter_map(|(_, s)| *s)
                .collect()
        } else {
            Vec::new()
        };
        let events = event::extract_at(event::detect::model(), &doc, &times, &given);
        let index_of = |s: Span| events.overlapping(s);
        let doc_links = gold_links.get(&stem).cloned().unwrap_or_default();
        let links = doc_links
            .iter()
            .filter_map(|(c, e)| {
                let c = index_of(span_of(c)?)?;
                let e = index_of(span_of(e)?)?;
                Some((c, e))
            })
            .collect();
        out.push(CausalDocument {
            doc,
            times,
            events,
            links,
            gold: doc_links.len(),
        });
    }
    Ok(out)
}

/// Score the causal links the timeline keeps on prepared documents.
pub fn score_causes(docs: &[CausalDocument]) -> ClinkCounts {
    let mut counts = ClinkCounts::default();
    for d in docs {
        let related = relation::relate(&d.doc, &d.times, &d.events);
        let timeline = Timeline::from_parts(&d.doc, &d.times, &d.events, related);
        let rels = timeline.relations();
        counts.documents += 1;
        counts.gold += d.gold;
        for r in rels.iter().filter(|r| r.kind.is_causal()) {
            counts.system += 1;
            if d.links.contains(&(r.source, r.target)) {
                counts.correct += 1;
                counts.correct_undirected += 1;
            } else if d.links.contains(&(r.target, r.source)) {
                counts.correct_undirected += 1;
            }
        }
    }
    counts
}

//! The event graph: a petgraph DAG whose nodes are events and whose edges are the relations,
//! turned so that every edge points forward in time (BEFORE, INCLUDES, CAUSES, ENABLES; AFTER
//! and IS_INCLUDED are stored as their inverses; SIMULTANEOUS from the earlier mention).
//!
//! Relations are added strongest first. One that would close a cycle (A before B, B before A;
//! a cause after its effect), that contradicts the events' dates, or that orders two events
//! already said to be simultaneous, is dropped and kept in [`EventGraph::dropped`] with the
//! reason. The check runs against the transitive closure of the kept edges: an edge A → B is
//! refused exactly when B already reaches A, which is what closing the graph under
//! transitivity and looking for contradictions would find, without storing the closure.
//!
//! ```
//! use eventline::graph::{EventGraph, DropReason};
//! use eventline::relation::{Evidence, Relation, RelationKind};
//!
//! let rel = |source, target, kind, confidence| Relation {
//!     source, target, kind, evidence: Evidence::rule("test"), confidence,
//! };
//! let relations = [
//!     rel(0, 1, RelationKind::Before, 0.9),
//!     rel(1, 2, RelationKind::Before, 0.8),
//!     rel(0, 2, RelationKind::After, 0.3), // contradicts the two above, through 1
//! ];
//! let g = EventGraph::build(3, &relations, &[None, None, None]);
//! assert_eq!(g.kept().len(), 2);
//! assert_eq!(g.dropped().len(), 1);
//! assert_eq!(g.dropped()[0].reason, DropReason::Cycle);
//! assert!(g.precedes(0, 2));
//! ```

use crate::relation::{Relation, RelationKind};
use crate::time::Interval;
use petgraph::acyclic::Acyclic;
use petgraph::algo::has_path_connecting;
use petgraph::data::Build;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use serde::{Deserialize, Serialize};

/// Why a relation was left out of the graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DropReason {
    /// Stronger relations already order the two events the other way.
    Cycle,
    /// The events' dates say otherwise (a cause dated after its effect, "A before B" with A
    /// dated after B).
    ContradictsDates,
    /// The two events were already said to be simultaneous (or the same event).
    ContradictsSimultaneity,
    /// An event related to itself.
    SelfLoop,
}

/// A relation left out, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dropped {
    /// The relation as it was proposed.
    pub relation: Relation,
    /// Why it was dropped.
    pub reason: DropReason,
}

/// The kind of a forward-pointing edge.
pub type EdgeKind = RelationKind;

/// The events and their consistent relations.
#[derive(Debug, Clone, Default)]
pub struct EventGraph {
    graph: DiGraph<usize, Relation>,
    dropped: Vec<Dropped>,
    kept: Vec<Relation>,
}

/// The relation turned to point forward in time (AFTER → BEFORE, IS_INCLUDED → INCLUDES;
/// SIMULTANEOUS from the lower index).
pub fn forward(r: &Relation) -> Relation {
    let mut r = r.clone();
    let flip = match r.kind {
        RelationKind::After | RelationKind::IsIncluded => true,
        RelationKind::Simultaneous => r.source > r.target,
        _ => false,
    };
    if flip {
        std::mem::swap(&mut r.source, &mut r.target);
        if r.kind != RelationKind::Simultaneous {
            r.kind = r.kind.inverse();
        }
    }
    r
}

/// Whether the dates rule out `r` (already forward): its source starts only after its target
/// has ended.
fn contradicts_dates(r: &Relation, dates: &[Option<(Interval, f32)>]) -> Option<f32> {
    let (Some((a, ca)), Some((b, cb))) = (
        dates.get(r.source).copied().flatten(),
        dates.get(r.target).copied().flatten(),
    ) else {
        return None;
    };
    let contradiction = match r.kind {
        RelationKind::Before | RelationKind::Causes | RelationKind::Enables => a.start >= b.end,
        RelationKind::Simultaneous | RelationKind::Includes => a.start >= b.end || b.start >= a.end,
        _ => false,
    };
    contradiction.then_some(ca.min(cb))
}

impl EventGraph {
    /// Build the graph over `n` events from `relations`, strongest first; `dates` gives each
    /// event's interval and how sure it is, for the date checks.
    pub fn build(n: usize, relations: &[Relation], dates: &[Option<(Interval, f32)>]) -> Self {
        let mut proposed: Vec<Relation> = relations.iter().map(forward).collect();
        // One relation per (pair, kind): the most confident.
        proposed.sort_by(|a, b| {
            (a.source, a.target, a.kind as u8)
                .cmp(&(b.source, b.target, b.kind as u8))
                .then(b.confidence.total_cmp(&a.confidence))
        });
        let mut dropped = Vec::new();
        proposed.dedup_by(|b, a| a.source == b.source && a.target == b.target && a.kind == b.kind);
        proposed.sort_by(|a, b| b.confidence.total_cmp(&a.confidence));
        let mut dag: Acyclic<DiGraph<usize, Relation>> = Acyclic::new();
        let nodes: Vec<NodeIndex> = (0..n).map(|i| dag.add_node(i)).collect();
        let mut simultaneous: rustc_hash::FxHashSet<(usize, usize)> = Default::default();
        let mut kept = Vec::new();
        for r in proposed {
            if r.source >= n || r.target >= n {
                continue;
            }
            let reason = if r.source == r.target {
                Some(DropReason::SelfLoop)
            } else if contradicts_dates(&r, dates).is_some_and(|c| c >= r.confidence) {
                Some(DropReason::ContradictsDates)
            } else if r.kind != RelationKind::Simultaneous
                && (simultaneous.contains(&(r.source, r.target))
                    || simultaneous.contains(&(r.target, r.source)))
            {
                Some(DropReason::ContradictsSimultaneity)
            } else {
                match dag.try_add_edge(nodes[r.source], nodes[r.target], r.clone()) {
                    Ok(_) => None,
                    Err(_) => Some(DropReason::Cycle),
                }
            };
            match reason {
                Some(reason) => dropped.push(Dropped {
                    relation: r,
                    reason,
                }),
                None => {
                    if r.kind == RelationKind::Simultaneous {
                        simultaneous.insert((r.source, r.target));
                    }
                    kept.push(r);
                }
            }
        }
        EventGraph {
            graph: dag.into_inner(),
            dropped,
            kept,
        }
    }

    /// The petgraph graph: node weights are event indices, edge weights the kept relations
    /// (forward).
    pub fn graph(&self) -> &DiGraph<usize, Relation> {
        &self.graph
    }

    /// The relations kept, forward, strongest first.
    pub fn kept(&self) -> &[Relation] {
        &self.kept
    }

    /// The relations dropped, with why.
    pub fn dropped(&self) -> &[Dropped] {
        &self.dropped
    }

    /// Whether the kept relations put event `a` before event `b` (through any chain of
    /// BEFORE, INCLUDES, CAUSES, ENABLES and SIMULTANEOUS edges with at least one edge).
    pub fn precedes(&self, a: usize, b: usize) -> bool {
        let n = self.graph.node_count();
        a < n
            && b < n
            && a != b
            && has_path_connecting(&self.graph, NodeIndex::new(a), NodeIndex::new(b), None)
    }

    /// The events that cause or enable event `e` (direct causal edges).
    pub fn causes_of(&self, e: usize) -> Vec<usize> {
        self.causal(e, Direction::Incoming)
    }

    /// The events event `e` causes or enables (direct causal edges).
    pub fn effects_of(&self, e: usize) -> Vec<usize> {
        self.causal(e, Direction::Outgoing)
    }

    fn causal(&self, e: usize, dir: Direction) -> Vec<usize> {
        if e >= self.graph.node_count() {
            return Vec::new();
        }
        let mut out: Vec<usize> = self
            .graph
            .edges_directed(NodeIndex::new(e), dir)
            .filter(|x| x.weight().kind.is_causal())
            .map(|x| match dir {
                Direction::Incoming => x.source().index(),
                Direction::Outgoing => x.target().index(),
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

//! Unanchored references: "now" (`PRESENT_REF`), "recently", "the past", "previously"
//! (`PAST_REF`), "the future", "in the coming days", "a later date" (`FUTURE_REF`).

use super::{Candidate, Expr, Family, Input};
use crate::lexicon::{Kw, Lex};
use crate::time::value::Reference;

fn reference(first: usize, last: usize, r: Reference) -> Candidate {
    Candidate::new(first, last, Expr::Reference(r), Family::Reference)
}

/// The reference family's entry point.
pub(super) fn parse(inp: &Input, i: usize) -> Option<Candidate> {
    let the = inp.kw(i, Kw::The);
    let j = if the { i + 1 } else { i };
    match inp.lex(j) {
        Lex::Key(Kw::Now | Kw::Nowadays) if !the => {
            Some(reference(i, j + 1, Reference::PresentRef))
        }
        // "the near term", "the short term": the future; not an adjective ("the short term
        // counterparty rating"), unless a preposition of time comes first.
        _ if the
            && (inp.word(j, "near") || inp.word(j, "short"))
            && inp.word(j + 1, "term")
            && (i > 0
                && ["in", "over", "for", "during"]
                    .iter()
                    .any(|w| inp.word(i - 1, w))
                || !inp
                    .toks
                    .get(j + 2)
                    .is_some_and(|t| t.is_word() && !t.capitalized)) =>
        {
            Some(reference(i, j + 2, Reference::FutureRef))
        }
        // "these days"
        Lex::Key(Kw::These) if inp.word(j + 1, "days") => {
            Some(reference(i, j + 2, Reference::PresentRef))
        }
        // "at the moment" — not the moment something happens ("killed at the moment it
        // blew", "at the moment we judge opportune", "at the moment when talks broke down");
        // "at the moment it is unlikely" is now.
        _ if the
            && i > 0
            && inp.kw(i - 1, Kw::At)
            && inp.word(j, "moment")
            && !(inp.word(j + 1, "when")
                || SUBJECTS.iter().any(|w| inp.word(j + 1, w))
                    && !PRESENT_STATES.iter().any(|w| inp.word(j + 2, w))) =>
        {
            Some(reference(i, j + 1, Reference::PresentRef))
        }
        Lex::Key(Kw::Present) if the || (i > 0 && inp.kw(i - 1, Kw::At)) => {
            // "the present", "at present" — not "the present government"
            if inp
                .toks
                .get(j + 1)
                .is_some_and(|t| t.is_word() && t.lex == Lex::None)
            {
                return None;
            }
            Some(reference(i, j + 1, Reference::PresentRef))
        }
        // "previously" and "formerly" are left out: annotators rarely read them as times.
        Lex::Key(Kw::Recently | Kw::Lately) if !the => {
            Some(reference(i, j + 1, Reference::PastRef))
        }
        Lex::Key(Kw::Currently) if !the => Some(reference(i, j + 1, Reference::PresentRef)),
        Lex::Key(Kw::More) if inp.kw(j + 1, Kw::Recently) && !the => {
            Some(reference(i, j + 2, Reference::PastRef))
        }
        // "recent years" is the past; "recent weeks" a length (the duration rules).
        Lex::Key(Kw::Recent) if !the && inp.word(j + 1, "years") => {
            Some(reference(i, j + 2, Reference::PastRef))
        }
        // "the past" — not in "a thing of the past", which says something is over.
        Lex::Key(Kw::Past)
            if the
                && !(i >= 2
                    && inp.kw(i - 1, Kw::Of)
                    && (inp.word(i - 2, "thing") || inp.word(i - 2, "things")))
                && !matches!(
                    inp.lex(j + 1),
                    Lex::Unit(_)
                        | Lex::Units(_)
                        | Lex::Number(_)
                        | Lex::Key(Kw::Few | Kw::Several | Kw::Many | Kw::Couple)
                )
                && inp.num(j + 1).is_none() =>
        {
            Some(reference(i, j + 1, Reference::PastRef))
        }
        // "the future", "in future" — not the adjective of "future growth" or "the future
        // Turkmen leader", nor what lies ahead for something ("a referendum on the future of
        // the territory").
        Lex::Key(Kw::Future)
            if (the || (i > 0 && inp.kw(i - 1, Kw::In)))
                && !inp.kw(j + 1, Kw::Of)
                && (!inp.capitalized(j + 1) || inp.toks[j + 1].newline_before) =>
        {
            Some(reference(i, j + 1, Reference::FutureRef))
        }
        _ if the && inp.word(j, "near") && inp.kw(j + 1, Kw::Future) => {
            Some(reference(i, j + 2, Reference::FutureRef))
        }
        Lex::Key(Kw::Coming | Kw::Upcoming) if matches!(inp.unit(j + 1), Some((_, true))) => {
            // "the coming days", "coming months"
            Some(reference(i, j + 2, Reference::FutureRef))
        }
        // "the weeks ahead", "the days ahead": the coming ones.
        _ if the && matches!(inp.unit(j), Some((_, true))) && inp.word(j + 1, "ahead") => {
            Some(reference(i, j + 2, Reference::FutureRef))
        }
        Lex::Key(Kw::A) if inp.kw(j + 1, Kw::Later) && inp.word(j + 2, "date") => {
            Some(reference(i, j + 3, Reference::FutureRef))
        }
        // "someday"; "will one day lead", "hopes to one day return": some time to come, not a
        // length of a day.
        Lex::Key(Kw::Someday) if !the => Some(reference(i, i + 1, Reference::FutureRef)),
        _ if some_day(inp, i) => Some(reference(i, i + 2, Reference::FutureRef)),
        _ => None,
    }
}

/// Subject pronouns, which after "at the moment" open the clause of what happened then…
const SUBJECTS: &[&str] = &["it", "he", "she", "they", "we", "i", "you"];

/// …unless a verb of a present state follows them: "at the moment it is unlikely".
const PRESENT_STATES: &[&str] = &[
    "is", "are", "am", "s", "seems", "seem", "appears", "appear", "looks", "look", "remains",
    "remain", "has", "have", "does", "do", "don", "doesn", "can", "cannot",
];

/// "one day" or "some day" after a modal or "to" at token `i`: some time to come ("he will one
/// day lead"), which the duration rules leave alone.
pub(super) fn some_day(inp: &Input, i: usize) -> bool {
    (inp.word(i, "one") || inp.word(i, "some"))
        && inp.word(i + 1, "day")
        && i > 0
        && MODALS.iter().any(|m| inp.word(i - 1, m))
}

/// Words after which "one day" is some time to come.
const MODALS: &[&str] = &[
    "will", "would", "could", "might", "may", "can", "shall", "should", "must", "to", "ll",
];

#[cfg(test)]
mod tests {
    const EXAMPLES: &[(&str, &str, &str)] = &[
        (
            "The Iranian response will occur in [the coming days].",
            "FUTURE_REF",
            "",
        ),
        ("He was [recently] overshadowed.", "PAST_REF", ""),
        ("Prices are [now] falling.", "PRESENT_REF", ""),
        ("It will matter in [the future].", "FUTURE_REF", ""),
        (
            "Our love and [the future] that awaits him matter.",
            "FUTURE_REF",
            "",
        ),
        ("As in [the past], he refused.", "PAST_REF", ""),
        ("Prices have soared in [recent years].", "PAST_REF", ""),
        ("He is [currently] in Doha.", "PRESENT_REF", ""),
        ("Prices are steady at [the moment].", "PRESENT_REF", ""),
        (
            "But at [the moment] it is unlikely that I will run.",
            "PRESENT_REF",
            "",
        ),
        (
            "We don't know at [the moment] of any change.",
            "PRESENT_REF",
            "",
        ),
        ("It will be decided at [a later date].", "FUTURE_REF", ""),
        ("Talks will resume in [the weeks ahead].", "FUTURE_REF", ""),
        ("Prices may fall in [the short term].", "FUTURE_REF", ""),
        (
            "He believes he will [one day] lead the party.",
            "FUTURE_REF",
            "",
        ),
        ("She hopes to [one day] return home.", "FUTURE_REF", ""),
        ("[Someday] the border will open.", "FUTURE_REF", ""),
    ];

    #[test]
    fn examples() {
        super::super::examples::check("reference", EXAMPLES);
    }

    #[test]
    fn what_lies_ahead_for_something_is_no_time() {
        super::super::examples::check_none(
            "reference",
            &[
                "The quake orphaned the future Turkmen leader.",
                "They voted in a referendum on the future of the territory.",
                "The agency cut the short term counterparty rating of the bank.",
                "Five scientists died at the moment it blew.",
                "The talks will take place at the moment we judge to be opportune.",
                "Fighting resumed at the moment when talks broke down.",
                "He said the ban would soon be a thing of the past.",
            ],
        );
    }
}

#pragma once

#include "CheckContext.h"

namespace caselens::qa {

// Terminology, on both sides:
//  - a word the engine did not recognise, in no lexicon of any language, that is a near miss
//    of a known drug or diagnosis name of its language ("cloxaciclina" for "cloxacilina",
//    "cloxacycline" for "cloxacillin"). When both sides misspell the same drug, one issue
//    holds both; a misspelling on one side points at the drug it stands for on the other;
//  - a source-language term left untranslated: a word of the translation that is a term of
//    the original's language only, written as in the original ("hemoglobina" in English).
void checkTerminology(const PairView& pair, const CheckContext& context, QList<QaIssue>& issues);

} // namespace caselens::qa

#pragma once

#include "PairView.h"
#include "QaIssue.h"

#include <QList>

namespace caselens::findings {
class CompiledLexicons;
class ContextAnalyzer;
} // namespace caselens::findings

namespace caselens::qa {

class TermIndex;

// What every check reads besides the pair: the lexicons, a ConText analyser to find triggers,
// the index of known terms for near misses. Owned by the TranslationChecker.
struct CheckContext {
    const findings::CompiledLexicons& lexicons;
    const findings::ContextAnalyzer& context;
    const TermIndex& terms;
};

// One family of checks over an aligned pair; each appends what it finds to `issues`.
using Check = void (*)(const PairView& pair, const CheckContext& context, QList<QaIssue>& issues);

} // namespace caselens::qa

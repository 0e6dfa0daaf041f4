#pragma once

#include "CandidateFinding.h"
#include "SentenceSplitter.h"

#include <QStringView>

#include <span>
#include <vector>

namespace caselens::findings {

// Vertebral levels as anatomy findings: "L5-S1", "T12", "D12", "C5-C6", "L4/L5". The text is
// kept as written (the translation check compares it); the concept normalises the dorsal "D"
// to "T", so "D12" and "T12" link across languages. "T2-weighted" is not a level.
class VertebralLevelExtractor {
public:
    static void extract(QStringView text, std::span<const Token> tokens, const SentenceBounds& sentence,
                        std::vector<std::uint8_t>& claimed, std::vector<CandidateFinding>& out);
};

} // namespace caselens::findings

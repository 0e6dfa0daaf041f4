#pragma once

#include "FlatHashMap.h"
#include "Tokenizer.h"

#include <QStringView>

#include <array>
#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

namespace caselens::findings {

// Finds lexicon phrases in a token sequence: a trie over folded tokens, stored as one hash map
// from "hash of the first k tokens" to a node. Matching costs one probe per token of the
// longest phrase that still matches, whatever the lexicon's size. Payloads are the caller's
// indices (into its own entry table); case-sensitive entries are checked by the caller.
//
// The trie keys are 64-bit hashes; two different phrases colliding is about 1 in 10^10 for
// the lexicons we ship, a price worth paying for not storing and comparing strings per token.
class PhraseMatcher {
public:
    static constexpr int kMaxPhraseTokens = 24;

    // A phrase ending after `tokenCount` tokens, with its payloads. Trivial on purpose: the
    // Candidates array is on the stack of every per-token call and must cost nothing to create.
    struct Candidate {
        int tokenCount;
        std::uint32_t firstPayload;
        std::uint32_t payloadCount;
    };
    using Candidates = std::array<Candidate, kMaxPhraseTokens>;

    class Builder {
    public:
        // Adds `phrase` with `payload`; returns false (and adds nothing) for a phrase with no
        // tokens or more than kMaxPhraseTokens.
        bool add(QStringView phrase, std::uint32_t payload);
        bool add(std::span<const Token> tokens, std::uint32_t payload);
        void reserve(std::size_t phrases) { m_records.reserve(phrases * 3); }
        PhraseMatcher build();

    private:
        // One record per phrase prefix ("has longer phrases") and one per phrase end (payload);
        // sorting them by key groups each trie node's records, with no per-node allocation.
        struct Record {
            std::uint64_t key = 0;
            std::uint32_t payload = 0;
            bool terminal = false;
        };
        std::vector<Record> m_records;
        std::vector<std::uint64_t> m_firstKeys; // keys of one-token prefixes
        std::vector<Token> m_scratchTokens;
        std::u16string m_scratchFolded;
    };

    // The phrases that start at tokens[first] and end at or before tokens[limit - 1], shortest
    // first, written to `out`; returns how many. Spaces between tokens do not matter; a line
    // break inside a phrase does (no phrase spans two lines).
    int candidatesAt(std::span<const Token> tokens, int first, int limit, Candidates& out) const;

    std::span<const std::uint32_t> payloads(const Candidate& candidate) const
    {
        return {m_payloads.data() + candidate.firstPayload, candidate.payloadCount};
    }

    // A match [first, first + count) must not start or end inside a word ("T" in "T12").
    static bool onWordBoundaries(std::span<const Token> tokens, int first, int count);

    bool isEmpty() const { return m_nodes.empty(); }
    std::size_t phraseCount() const { return m_phraseCount; }

private:
    struct Node {
        std::uint32_t firstPayload = 0;
        std::uint32_t payloadCount = 0;
        bool hasChildren = false;
    };
    // One bit per one-token prefix key (by its top bits): most tokens start no phrase, and this
    // 32 KB filter answers that from the L1/L2 cache without probing the index.
    static constexpr int kFilterBits = 18;
    std::vector<std::uint64_t> m_firstTokenFilter;
    bool mayStartPhrase(std::uint64_t key) const
    {
        const std::uint64_t bit = key >> (64 - kFilterBits);
        return !m_firstTokenFilter.empty() && (m_firstTokenFilter[bit >> 6] >> (bit & 63) & 1);
    }
    FlatHashMap m_index; // prefix key -> node
    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_payloads;
    std::size_t m_phraseCount = 0;
};

} // namespace caselens::findings

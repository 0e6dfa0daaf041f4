#include "PhraseMatcher.h"

#include <algorithm>

namespace caselens::findings {

bool PhraseMatcher::Builder::add(QStringView phrase, std::uint32_t payload)
{
    Tokenizer::tokenize(phrase, m_scratchFolded, m_scratchTokens);
    return add(m_scratchTokens, payload);
}

bool PhraseMatcher::Builder::add(std::span<const Token> tokens, std::uint32_t payload)
{
    if (tokens.empty() || tokens.size() > static_cast<std::size_t>(kMaxPhraseTokens))
        return false;
    std::uint64_t key = Tokenizer::kPhraseSeed;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        key = Tokenizer::combine(key, tokens[i].hash);
        if (i == 0)
            m_firstKeys.push_back(key);
        if (i + 1 < tokens.size())
            m_records.push_back({key, 0, false});
    }
    m_records.push_back({key, payload, true});
    return true;
}

PhraseMatcher PhraseMatcher::Builder::build()
{
    // Stable: a node's payloads keep the order in which they were added.
    std::stable_sort(m_records.begin(), m_records.end(),
                     [](const Record& a, const Record& b) { return a.key < b.key; });
    PhraseMatcher matcher;
    matcher.m_payloads.reserve(m_records.size() / 2);
    std::size_t i = 0;
    std::vector<Node> nodes;
    std::vector<std::uint64_t> keys;
    while (i < m_records.size()) {
        const std::uint64_t key = m_records[i].key;
        Node node;
        node.firstPayload = static_cast<std::uint32_t>(matcher.m_payloads.size());
        for (; i < m_records.size() && m_records[i].key == key; ++i) {
            const Record& record = m_records[i];
            if (!record.terminal) {
                node.hasChildren = true;
                continue;
            }
            const auto begin = matcher.m_payloads.begin() + node.firstPayload;
            if (std::find(begin, matcher.m_payloads.end(), record.payload) == matcher.m_payloads.end())
                matcher.m_payloads.push_back(record.payload);
        }
        node.payloadCount = static_cast<std::uint32_t>(matcher.m_payloads.size()) - node.firstPayload;
        if (node.payloadCount > 0)
            ++matcher.m_phraseCount;
        nodes.push_back(node);
        keys.push_back(key);
    }
    matcher.m_index.reserve(nodes.size());
    for (std::size_t n = 0; n < nodes.size(); ++n)
        matcher.m_index.insert(keys[n], static_cast<std::uint32_t>(n));
    matcher.m_nodes = std::move(nodes);
    matcher.m_firstTokenFilter.assign((std::size_t(1) << kFilterBits) / 64, 0);
    for (const std::uint64_t first : m_firstKeys) {
        const std::uint64_t bit = first >> (64 - kFilterBits);
        matcher.m_firstTokenFilter[bit >> 6] |= std::uint64_t(1) << (bit & 63);
    }
    m_firstKeys.clear();
    m_records.clear();
    m_records.shrink_to_fit();
    return matcher;
}

int PhraseMatcher::candidatesAt(std::span<const Token> tokens, int first, int limit, Candidates& out) const
{
    int found = 0;
    std::uint64_t key = Tokenizer::kPhraseSeed;
    for (int i = first; i < limit && i - first < kMaxPhraseTokens; ++i) {
        if (i > first && tokens[static_cast<std::size_t>(i)].lineBreakBefore)
            break;
        key = Tokenizer::combine(key, tokens[static_cast<std::size_t>(i)].hash);
        if (i == first && !mayStartPhrase(key))
            break;
        const std::uint32_t* nodeIndex = m_index.find(key);
        if (!nodeIndex)
            break;
        const Node& node = m_nodes[*nodeIndex];
        if (node.payloadCount > 0)
            out[static_cast<std::size_t>(found++)] = {i - first + 1, node.firstPayload, node.payloadCount};
        if (!node.hasChildren)
            break;
    }
    return found;
}

bool PhraseMatcher::onWordBoundaries(std::span<const Token> tokens, int first, int count)
{
    const auto begin = static_cast<std::size_t>(first);
    const auto end = static_cast<std::size_t>(first + count);
    if (begin > 0 && tokens[begin].continuesWord(tokens[begin - 1]))
        return false;
    if (end < tokens.size() && tokens[end].continuesWord(tokens[end - 1]))
        return false;
    return true;
}

} // namespace caselens::findings

#pragma once

#include "Library.h"
#include "model/Case.h"
#include "model/Finding.h"
#include "model/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace caselens::storage {

// What to look for: words in either language's text or the title, narrowed by filters.
struct SearchQuery {
    QString text; // user syntax, see FullTextQuery.h; empty: every case that passes the filters
    std::optional<ReviewStatus> status;
    QString tag;
    QString language; // a case with a document in this language
    // Cases with a finding of this concept id (e.g. "cl:crp"), or whose text is this word
    // (case-insensitive, e.g. "ceftriaxone").
    QString finding;
    std::optional<FindingCategory> findingCategory;
    bool abnormalOnly = false; // the finding (or any finding, without one) is flagged high or low
    int offset = 0;
    int limit = 50;
};

struct SearchHit {
    CaseSummary summary;
    // Where the words matched, with each match between kMatchStart and kMatchEnd. Plain text:
    // the UI escapes it before showing it as rich text.
    QString snippet;
};

struct SearchResults {
    QList<SearchHit> hits;
    int totalCount = 0; // all matches, not just this page
};

class CaseSearch {
public:
    static constexpr QChar kMatchStart = QChar(0x2);
    static constexpr QChar kMatchEnd = QChar(0x3);

    explicit CaseSearch(Library& library);

    Result<SearchResults> search(const SearchQuery& query) const;

private:
    Result<SearchResults> searchWords(const QString& match, int offset, int limit) const;

    Library& m_library;
};

} // namespace caselens::storage

#include "FindingPairs.h"

#include <QHash>
#include <QSet>

namespace caselens {

QList<FindingPair> pairFindings(const CaseBundle& bundle, const std::function<bool(qsizetype)>& include)
{
    QHash<qsizetype, qsizetype> partner;
    for (const FindingLink& link : bundle.links) {
        partner.insert(link.originalFinding, link.translationFinding);
        partner.insert(link.translationFinding, link.originalFinding);
    }
    QList<FindingPair> pairs;
    QSet<qsizetype> done;
    for (const DocumentRole role : {DocumentRole::Original, DocumentRole::Translation})
        for (qsizetype i = 0; i < bundle.findings.size(); ++i) {
            if (bundle.findingDocumentRoles.value(i) != role || done.contains(i) || !include(i))
                continue;
            done.insert(i);
            qsizetype other = -1;
            const auto found = partner.constFind(i);
            if (found != partner.constEnd() && !done.contains(found.value()) && include(found.value())) {
                other = found.value();
                done.insert(other);
            }
            pairs << (role == DocumentRole::Original ? FindingPair{i, other} : FindingPair{other, i});
        }
    return pairs;
}

} // namespace caselens

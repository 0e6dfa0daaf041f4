#include "Case.h"

namespace caselens {

const Document* Case::original() const
{
    for (const auto& document : documents)
        if (document.role == DocumentRole::Original)
            return &document;
    return nullptr;
}

const Document* Case::translation() const
{
    for (const auto& document : documents)
        if (document.role == DocumentRole::Translation)
            return &document;
    return nullptr;
}

QStringList Case::languages() const
{
    QStringList codes;
    if (const auto* doc = original())
        codes << doc->language;
    if (const auto* doc = translation())
        codes << doc->language;
    return codes;
}

} // namespace caselens

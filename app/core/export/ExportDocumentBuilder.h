#pragma once

#include "ExportDocument.h"
#include "ExportOptions.h"
#include "PreparedCase.h"

namespace caselens {

// Composes the annotated document of a case (ExportDocument) from a prepared case and the
// options: title block, legend, the texts, annotations, findings table, case notes and, in
// teaching mode, the questions and the answer page.
class ExportDocumentBuilder {
public:
    static ExportDocument build(const PreparedCase& prepared, const ExportOptions& options,
                                const FindingsEngine& engine);
    // "27.4", "80/50": a value as a reader writes it (no trailing zeros, no exponent).
    static QString formatValue(const Finding& finding);
    // A UCUM unit as a reader writes it: mm[Hg] -> mmHg, Cel -> °C, 10*9/L -> ×10⁹/L, a -> years.
    static QString displayUnit(const QString& ucum);
};

} // namespace caselens

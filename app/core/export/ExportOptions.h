#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace caselens {

enum class ExportFormat { Pdf, Html, Json, Csv, Brat };
enum class ExportLayout { SideBySide, Stacked };
enum class PageSize { A4, Letter };

// "pdf", "html", "json", "csv", "brat"; parsing accepts any case.
QString toKey(ExportFormat format);
std::optional<ExportFormat> exportFormatFromKey(const QString& key);
QStringList exportFormatKeys();
QString toKey(ExportLayout layout); // "side-by-side", "stacked"
std::optional<ExportLayout> exportLayoutFromKey(const QString& key);
QString toKey(PageSize size); // "a4", "letter"
std::optional<PageSize> pageSizeFromKey(const QString& key);
// The extension of the main file a format writes ("pdf", "html", "json", "csv"; brat: "ann").
QString fileSuffix(ExportFormat format);

struct ExportOptions {
    ExportFormat format = ExportFormat::Pdf;
    ExportLayout layout = ExportLayout::SideBySide;
    PageSize pageSize = PageSize::A4;
    // Teaching mode (PDF and HTML): the final diagnosis and the teaching points move to an answer
    // page at the end; the questions for learners come from the case notes (docs/export.md).
    bool teaching = false;
    // Dates shifted, names, places, identifiers and phone numbers masked, ages over 89 capped
    // (docs/export.md); every format.
    bool deidentify = false;
    // The date printed as the export date; the current time when not set (tests fix it).
    QDateTime generatedAt;

    // Only PDF and HTML have a teaching form.
    bool teachingApplies() const { return format == ExportFormat::Pdf || format == ExportFormat::Html; }
};

} // namespace caselens

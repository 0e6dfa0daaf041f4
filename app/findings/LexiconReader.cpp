#include "LexiconReader.h"

#include <QCoreApplication>
#include <QFile>

#include <array>

namespace caselens::findings {

Result<int> LexiconReader::forEachRow(const QString& folder, const QString& fileName, int columns,
                                      const std::function<void(std::span<const QStringView>)>& row)
{
    QFile file(folder + QLatin1Char('/') + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("Findings", "The lexicon %1 is missing (%2).")
                         .arg(fileName, file.errorString())};
    const QString text = QString::fromUtf8(file.readAll());
    constexpr int kMaxColumns = 16;
    std::array<QStringView, kMaxColumns> fields;
    const int wanted = std::min(columns, kMaxColumns);
    int rows = 0;
    qsizetype lineStart = 0;
    while (lineStart < text.size()) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        int count = 0;
        qsizetype fieldStart = 0;
        while (count < wanted) {
            const qsizetype tab = line.indexOf(QLatin1Char('\t'), fieldStart);
            if (tab < 0) {
                fields[static_cast<std::size_t>(count++)] = line.mid(fieldStart).trimmed();
                break;
            }
            fields[static_cast<std::size_t>(count++)] = line.mid(fieldStart, tab - fieldStart).trimmed();
            fieldStart = tab + 1;
        }
        for (int i = count; i < wanted; ++i)
            fields[static_cast<std::size_t>(i)] = QStringView();
        row(std::span<const QStringView>(fields.data(), static_cast<std::size_t>(wanted)));
        ++rows;
    }
    return rows;
}

} // namespace caselens::findings

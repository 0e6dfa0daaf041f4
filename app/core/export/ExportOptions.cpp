#include "ExportOptions.h"

#include <array>
#include <utility>

namespace caselens {
namespace {

constexpr std::array<std::pair<ExportFormat, const char*>, 5> kFormats{{{ExportFormat::Pdf, "pdf"},
                                                                        {ExportFormat::Html, "html"},
                                                                        {ExportFormat::Json, "json"},
                                                                        {ExportFormat::Csv, "csv"},
                                                                        {ExportFormat::Brat, "brat"}}};
constexpr std::array<std::pair<ExportLayout, const char*>, 2> kLayouts{
    {{ExportLayout::SideBySide, "side-by-side"}, {ExportLayout::Stacked, "stacked"}}};
constexpr std::array<std::pair<PageSize, const char*>, 2> kPageSizes{
    {{PageSize::A4, "a4"}, {PageSize::Letter, "letter"}}};

template <typename Enum, std::size_t N>
QString keyOf(Enum value, const std::array<std::pair<Enum, const char*>, N>& names)
{
    for (const auto& [candidate, key] : names)
        if (candidate == value)
            return QString::fromLatin1(key);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const QString& key, const std::array<std::pair<Enum, const char*>, N>& names)
{
    const QString wanted = key.trimmed().toLower();
    for (const auto& [candidate, name] : names)
        if (wanted == QLatin1String(name))
            return candidate;
    return std::nullopt;
}

} // namespace

QString toKey(ExportFormat format)
{
    return keyOf(format, kFormats);
}

std::optional<ExportFormat> exportFormatFromKey(const QString& key)
{
    return valueOf(key, kFormats);
}

QStringList exportFormatKeys()
{
    QStringList keys;
    for (const auto& [format, key] : kFormats)
        keys << QString::fromLatin1(key);
    return keys;
}

QString toKey(ExportLayout layout)
{
    return keyOf(layout, kLayouts);
}

std::optional<ExportLayout> exportLayoutFromKey(const QString& key)
{
    return valueOf(key, kLayouts);
}

QString toKey(PageSize size)
{
    return keyOf(size, kPageSizes);
}

std::optional<PageSize> pageSizeFromKey(const QString& key)
{
    return valueOf(key, kPageSizes);
}

QString fileSuffix(ExportFormat format)
{
    return format == ExportFormat::Brat ? QStringLiteral("ann") : toKey(format);
}

} // namespace caselens

#pragma once

#include <QString>

namespace caselens::ui {

// Applies the theme chosen in Preferences: "system" keeps the desktop's palette (light or dark),
// "light" and "dark" use Qt's Fusion style with a matching palette.
void applyTheme(const QString& theme);
bool isDarkPalette();

} // namespace caselens::ui

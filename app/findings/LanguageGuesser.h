#pragma once

#include <QString>

namespace caselens {

// Tells Portuguese, Spanish and English apart by their function words and letters. Returns
// "pt", "es" or "en", or an empty string when the text is too short or too mixed to tell.
QString guessLanguage(const QString& text);

} // namespace caselens

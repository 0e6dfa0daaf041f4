#pragma once

#include "DetectedSpan.h"

namespace caselens {

// Finds dates in Portuguese, Spanish and English texts and writes each one shifted by a fixed
// number of days, in the form it was written: 12/03/2019, 12.03.19, 2019-03-12, 3 de marzo de
// 2019, 12 de março, agosto de 2003, March 3, 2019, 3rd of March 2019, March 2019, 03/2019.
// Numeric dates are read day first (the habit of the case reports' countries, kept by their
// translations), except in English when only month-first makes a valid date (03/25/2019).
// A date that is not a real day (31/02/2019) is masked rather than guessed. A year on its own
// ("in 2009") is not a date here: HIPAA's Safe Harbor keeps years, and shifting a bare year by
// days would change nothing or say something false.
class DateFinder {
public:
    explicit DateFinder(int shiftDays);
    QList<DetectedSpan> find(const QString& text, const QString& language) const;

private:
    int m_shiftDays;
};

} // namespace caselens

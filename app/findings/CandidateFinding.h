#pragma once

#include "model/Finding.h"

namespace caselens::findings {

// A finding while the engine is still working on it: offsets are UTF-16 positions and the
// token range is kept for the ConText and section passes.
struct CandidateFinding {
    Finding finding;
    int firstToken = 0;
    int endToken = 0;
    int analyte = -1; // AnalyteTable index for vital signs and lab results
};

} // namespace caselens::findings
